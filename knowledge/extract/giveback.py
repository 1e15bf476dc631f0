"""A place given back during a race, and why: "moest de leiding teruggeven omdat hij buiten de baan voordeel
had gehaald", "was told to hand the position back to Hamilton after passing him off track".

The reason is told after the phrase ("omdat ...", "because ...", "for ..."), before it in an opening clause
("Omdat hij de chicane afsneed, moest ..."), or in the sentence before, when that one is about the same
driver and tells what broke the rules (a yellow flag, the track limits, a safety car). A place given back
told without a reason is no fact: what it answers is why.

A place not given back ("hoefde de plek niet terug te geven"), a place won back ("kreeg de plek terug",
"got the place back") and time given back ("gave back five seconds") are no fact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract import penalties
from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, SentenceGate, alt
from knowledge.text import Sentence

KIND = "give_back"

NL: Phrases = {
    # what is given back
    "place": (r"plek", r"plaats", r"positie", r"leiding", r"koppositie", r"kop", r"p\d{1,2}"),
    # the verb, after the place ("de plek teruggeven", "de positie weer terug moeten geven")
    "give_after": (
        r"terug(?:gegeven|geven|geeft|gaf|gaven)",
        r"terug (?:te |moeten |moest |moesten )?(?:geven|gegeven)",
    ),
    # the verb, before the place ("gaf de plek (weer) terug")
    "give_before": (r"gaf", r"gaven", r"geeft", r"geven"),
    # cheap literal gate: every phrase of the family holds one of these
    "gate": ("terug",),
    # a place not given back
    "not": (r"niet", r"geen", r"hoefde", r"hoeft", r"nooit"),
    # the sentence before tells what broke the rules
    "offence": (
        r"gele (?:waarschuwings)?vlag\w*",
        r"geel",
        r"buiten de baan",
        r"naast de baan",
        r"baanlimiet\w*",
        r"track ?limits",
        r"afgesneden",
        r"afsnijden",
        r"sneed\b",
        r"voordeel",
        r"onder (?:de )?(?:virtual )?(?:safety car|vsc)",
        r"chicane",
    ),
}
EN: Phrases = {
    "place": (r"position", r"place", r"lead", r"spot", r"p\d{1,2}", r"the place", r"the position"),
    # "gave the position back", "hand back the lead"
    "give": (
        r"give",
        r"gives",
        r"gave",
        r"given",
        r"giving",
        r"hand",
        r"hands",
        r"handed",
        r"handing",
        r"cede",
        r"ceded",
        r"ceding",
        r"return",
        r"returned",
        r"returning",
    ),
    "gate": ("back", "return"),
    "not": (r"not", r"never", r"no need", r"didn't", r"did not", r"without"),
    "offence": (
        r"yellow flags?",
        r"double yellows?",
        r"track ?limits",
        r"off (?:the )?track",
        r"outside (?:the )?track",
        r"advantage",
        r"cut(?:ting)? the (?:chicane|corner)",
        r"under (?:the )?(?:virtual )?(?:safety car|vsc)",
        r"chicane",
    ),
}

_OWNER = r"(?:(?:de|die|zijn|een|the|that|this|his|a)\s+)?(?:(?:\w+)\s+)?"
_GIVE_BACK_RE = re.compile(
    # Dutch: the place, at most three words, then the verb with "terug"
    r"\b(?:" + alt(NL["place"]) + r")\b(?:\s+[\w-]+){0,3}?\s+(?:" + alt(NL["give_after"]) + r")\b"
    r"|\b(?:" + alt(NL["give_before"]) + r")\s+(?:\w+\s+)?" + _OWNER + r"(?:" + alt(NL["place"]) + r")\b"
    r"(?:\s+[\w-]+){0,3}?\s+terug\b"
    # English: "give the position back", "give back the lead"
    r"|\b(?:" + alt(EN["give"]) + r")\s+(?:it|" + _OWNER + r"(?:" + alt(EN["place"]) + r"))\s+back\b"
    r"|\b(?:" + alt(EN["give"]) + r")\s+back\s+" + _OWNER + r"(?:" + alt(EN["place"]) + r")\b"
)
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")\b|n't\b")
_OFFENCE_RE = re.compile(r"\b(?:" + alt(NL["offence"], EN["offence"]) + r")")
# "Omdat hij de chicane afsneed, moest ...", "After cutting the chicane, he had to ...": an opening cause
_OPENING_CAUSE_RE = re.compile(
    r"^\s*(?:omdat|doordat|nadat|because|after|for|since)\s+(?P<why>[^,;]{4,160}?)\s*,\s"
)
# "..., want hij had de baanlimieten overschreden": a reason the penalty phrases do not introduce
_BECAUSE_RE = re.compile(r"[\s,]*(?:want|aangezien|as|since)\s+(?P<why>[^;]{4,160}?)\s*(?:[.;]|$)")
_LEAD_RE = re.compile(r"\b(?:leiding|koppositie|kop|lead)\b")  # the lead given back, not a place
_TO_RE = re.compile(r"[\s,]*(?:aan|to)\s+(?:(?:de|the)\s+)?")
_NOT_WINDOW = 40  # how far before the phrase a negation makes it no fact


_SENTENCE_GATE = SentenceGate((*NL["gate"], *EN["gate"]))


def gate(text: str) -> bool:
    """Whether the folded text may hold a place given back (a literal check before any pattern)."""
    return any(w in text for w in (*NL["gate"], *EN["gate"]))


def give_backs(c: Clause) -> list[Fact]:
    """The places the clause tells were given back, each with its reason when the sentence tells it."""
    clause = c.text
    if not _SENTENCE_GATE(c.f) or not gate(clause):
        return []
    m = _GIVE_BACK_RE.search(clause)
    if m is None or _NOT_RE.search(clause, max(0, m.start() - _NOT_WINDOW), m.end()):
        return []
    start, end = c.base + m.start(), c.base + m.end()
    who = owner_left(c, start, close_any=False)
    if len(who) != 1:
        return []
    # the one it went to: named inside the phrase ("gaf de plek aan Ocon terug") or right after "aan"/"to"
    to = tuple(
        d
        for mm in c.sentence.mentions
        if start <= mm.start < end or (mm.start >= end and _TO_RE.fullmatch(c.f, end, mm.start))
        for d in mm.drivers
        if d not in who
    )
    reason = penalties.reason_after(c.f[end:], c.sentence.orig[end:])
    if reason is None and (because := _BECAUSE_RE.match(c.f, end)) is not None:
        reason = c.sentence.orig[because.start("why") : because.end("why")].strip()
    if reason is None:
        opening = _OPENING_CAUSE_RE.match(c.f[:start])
        if opening is not None:
            reason = c.sentence.orig[opening.start("why") : opening.end("why")].strip()
    what = "lead" if _LEAD_RE.search(m.group(0)) else "place"
    return [Fact(KIND, who[0], c.index, others=to[:1], reason=reason, detail=what)]


def attach_reasons(
    facts: list[Fact], sentences: list[Sentence], folded: list[str], leads: dict[int, tuple[str, ...]]
) -> list[Fact]:
    """A place given back without a reason takes the sentence before it in its paragraph when that one
    opens with the same driver and tells what broke the rules ("Verstappen negeerde de gele vlag en haalde
    Alonso in.")."""
    out: list[Fact] = []
    for x in facts:
        i = x.sentence - 1
        if (
            x.kind == KIND
            and x.reason is None
            and i >= 0
            and sentences[i].paragraph == sentences[x.sentence].paragraph
            and _OFFENCE_RE.search(folded[i])
            and leads.get(i) == (x.driver,)
        ):
            x = replace(x, reason=sentences[i].text.strip().rstrip("."))
        out.append(x)
    # no reason, no fact: a place given back is asked about only as "why"
    return [x for x in out if x.kind != KIND or x.reason]
