"""A driver who did not take part, and who drove in his place: "Hamilton mist de race na een positieve
coronatest", "ruled out with COVID-19", "Russell, de vervanger van de positief geteste Hamilton", "Hulkenberg
stood in for Pérez".

An absence is kept only with its reason (what it answers is why). A stand-in is kept only when the article
tells why the driver he replaced was absent: "Pérez vervangt Albon bij Red Bull" is a seat for next season,
not a stand-in for one race.

A miss that is no absence ("miste het podium", "missed the apex", "missed out on pole"), a positive test
told without a missed race, and a denial ("hoeft de race niet te missen", "will not miss the race") are no
fact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, SentenceGate, alt

ABSENT = "absent"
SUBSTITUTE = "substitute"

NL: Phrases = {
    # cheap literal gate: every phrase of the family holds one of these
    "gate": (
        "mis",
        "positief",
        "vervang",
        "verving",
        "ontbr",
        " in voor",
        "niet mee",
        "afwezig",
        "oversl",
        "sloeg",
    ),
    # a driver who is not there ("mist de race", "moest de GP overslaan", "ontbreekt", "doet niet mee")
    "miss": (
        r"mist",
        r"miste",
        r"missen",
        r"gemist",
        r"overslaan",
        r"sloeg\s+(?:\w+\s+){1,4}over",
        r"ontbreekt",
        r"ontbrak",
        r"afwezig",
        r"(?:doet|deed|rijdt|reed|kan|kon|mag|mocht)\s+(?:\w+\s+){0,5}?niet\s+mee(?:doen|rijden)?",
    ),
    # a positive test, which with a missed race or a stand-in is the reason
    "positive": (r"positief\s+(?:getest|geteste|testte|test)", r"(?:testte|test)\s+positief", r"corona\w*"),
    # the one who drove in his place, before the absent driver
    "stand_in": (
        r"vervanger\s+van",
        r"verving",
        r"vervangt",
        r"vervangen",
        r"(?:viel|valt)\s+in\s+voor",
        r"in\s+plaats\s+van",
        r"invaller\s+voor",
    ),
    # a miss of something that is no race or session
    "not_absence": (
        r"podium\w*",
        r"punten",
        r"pole\w*",
        r"zege",
        r"overwinning",
        r"kans\w*",
        r"bocht\w*",
        r"remzone",
        r"niet\s+(?:hoeven|hoeft|hoefde)",
        r"hoeft\s+(?:\w+\s+){0,4}niet",
        r"hoefde\s+(?:\w+\s+){0,4}niet",
        r"geen",
        r"snelste",
        r"top",
    ),
    "session": (r"kwalificatie\w*",),
}
EN: Phrases = {
    # ("miss" is in the Dutch "mis", "stood in for" and "standing in for" in " in for")
    "gate": (
        "positive",
        "ruled out",
        "replac",
        " in for",
        "t out",
        "covid",
        "withdr",
        "in place",
        "unable",
        "deputi",
        "substitut",
    ),
    "miss": (
        r"miss(?:es|ed|ing)?",
        r"(?:sat|sit|sits|sitting)\s+out",
        r"ruled\s+out",
        r"withdr[ae]wn?",
        r"withdraws?",
        r"(?:was|is)\s+unable\s+to\s+(?:race|take\s+part|compete|start)",
    ),
    "positive": (r"tested\s+positive", r"positive\s+(?:covid\S*\s+)?test", r"covid\S*"),
    "stand_in": (
        r"replac(?:ed|es|ing)",
        r"replacement\s+for",
        r"(?:stood|stands|standing|stand)\s+in\s+for",
        r"deputi[sz](?:ed|es|ing)\s+for",
        r"in\s+place\s+of",
        r"substitut(?:ed|es|ing)\s+for",
    ),
    "not_absence": (
        r"podium\w*",
        r"points",
        r"pole",
        r"win",
        r"victory",
        r"chance\w*",
        r"apex",
        r"braking\s+point",
        r"corner",
        r"out\s+on",
        r"not",
        r"never",
        r"fastest",
        r"top",
        r"cut",
        r"shot",
        r"near",
        r"narrow",
    ),
    "session": (r"qualifying", r"quali"),
}

_GATE = (*NL["gate"], *EN["gate"])
_SENTENCE_GATE = SentenceGate(_GATE)
_MISS_RE = re.compile(r"\b(?:" + alt(NL["miss"], EN["miss"]) + r")\b")
_POSITIVE_RE = re.compile(r"\b(?:" + alt(NL["positive"], EN["positive"]) + r")")
_STAND_IN_RE = re.compile(r"\b(?:" + alt(NL["stand_in"], EN["stand_in"]) + r")\s+(?:(?:de|the)\s+)?")
_NOT_ABSENCE_RE = re.compile(r"\b(?:" + alt(NL["not_absence"], EN["not_absence"]) + r")\b|n't\b")
_SESSION_RE = re.compile(r"\b(?:" + alt(NL["session"], EN["session"]) + r")\b")
# What introduces the reason of a miss: "door een positieve test", "with COVID-19", "due to illness".
_REASON_RE = re.compile(
    r"\b(?:door|vanwege|wegens|omdat|na|nadat|because(?:\s+of)?|due\s+to|owing\s+to|after|following|with)"
    r"\s+(.{3,120}?)\s*(?:[,;.]|\s(?:en|and|maar|but)\s|$)"
)
# "Russell, de 22-jarige vervanger van Hamilton": the stand-in is named before, the absent driver after
_AFTER_STAND_IN_RE = re.compile(r"(?:(?:[\w-]+\s+){0,2}(?:positief\s+geteste|zieke|geblesseerde)\s+)?")
_NEAR = 60  # how far after a miss its object (race, session, excluded words) is looked for


def gate(text: str) -> bool:
    """Whether the folded text may tell an absence or a stand-in (a literal check before any pattern)."""
    return any(w in text for w in _GATE)


def absences(c: Clause) -> list[Fact]:
    """Who missed the race (or qualifying) with its reason, and who drove in an absent driver's place."""
    clause = c.text
    if not _SENTENCE_GATE(c.f) or not gate(clause):
        return []
    facts: list[Fact] = []
    positive = _POSITIVE_RE.search(clause)
    stand_in = _STAND_IN_RE.search(clause)
    if stand_in is not None:
        facts.extend(_stand_in(c, stand_in, positive))
    miss = _MISS_RE.search(clause)
    if miss is not None and not _NOT_ABSENCE_RE.search(clause, max(0, miss.start() - 25), miss.end() + _NEAR):
        who = owner_left(c, c.base + miss.start(), close_any=False)
        reason = _reason(c, miss.end())
        if reason is None and positive is not None:
            reason = c.sentence.orig[c.base + positive.start() : c.base + positive.end()]
        if len(who) == 1 and reason:
            session = "qualifying" if _SESSION_RE.search(clause, miss.end(), miss.end() + _NEAR) else "race"
            facts.append(Fact(ABSENT, who[0], c.index, session=session, reason=reason))
    return facts


def _stand_in(c: Clause, m: re.Match[str], positive: re.Match[str] | None) -> list[Fact]:
    """ "Y verving X", "Y, vervanger van de positief geteste X": Y drove in X's place; X's reason, when the
    words before his name tell it, makes him absent."""
    at = c.base + m.end()
    lead = _AFTER_STAND_IN_RE.match(c.f, at)
    gap_end = lead.end() if lead else at
    absent = [mm for mm in c.sentence.mentions if mm.start == gap_end and not mm.group]
    if not absent or len(absent[0].drivers) != 1:
        return []
    gone = absent[0].drivers[0]
    # the driver named last before the phrase ("Russell, de vervanger van ..."), else the clause's subject
    left = [mm for mm in c.sentence.mentions if mm.end <= c.base + m.start() and not mm.group]
    stand_in = list(left[-1].drivers) if left else [d for d in c.subject if d != gone]
    if len(stand_in) != 1 or stand_in[0] == gone:
        return []
    facts = [Fact(SUBSTITUTE, stand_in[0], c.index, others=(gone,))]
    if positive is not None and c.base + positive.start() < gap_end:
        reason = c.sentence.orig[c.base + positive.start() : c.base + positive.end()]
        facts.append(Fact(ABSENT, gone, c.index, reason=reason))
    return facts


def _reason(c: Clause, after: int) -> str | None:
    """The reason told after a miss ("door een positieve coronatest"), as written."""
    m = _REASON_RE.search(c.text, after)
    if m is None or m.start() - after > _NEAR:
        return None
    start, end = c.base + m.start(1), c.base + m.end(1)
    return c.sentence.orig[start:end].strip(" ,.") or None


def settle(facts: list[Fact]) -> list[Fact]:
    """A stand-in is kept only when the article tells the absent driver's reason for that race; he then
    carries it."""
    reasons = {
        (x.driver, x.season, x.grand_prix): x.reason
        for x in facts
        if x.kind == ABSENT and x.reason and x.session == "race"
    }
    out: list[Fact] = []
    for x in facts:
        if x.kind == SUBSTITUTE:
            reason = reasons.get((x.others[0], x.season, x.grand_prix))
            if reason is None:
                continue
            x = replace(x, reason=reason)
        out.append(x)
    return out
