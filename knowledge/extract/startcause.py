"""A start place told with its cause: "pas vanaf de vijfde rij gestart na een technisch probleem in Q3",
"startte als twaalfde door een crash in de kwalificatie", "started ninth after a hydraulics failure in Q2".

The fact (kind "start_cause") holds the place as told: ``position`` for a place, ``amount`` for a row
(``unit`` "row"). It answers only why a driver started where he did; the grid family keeps the place itself.
A grid penalty as the cause is the penalties family's, and a cause that only says when ("na de
kwalificatie", "after qualifying") or a cause that follows something else than the start ("startte als
vijfde en werd derde na een sterke race") is no fact.
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, SentenceGate, alt
from knowledge.text import ORDINAL_RE, ordinal_value

KIND = "start_cause"

NL: Phrases = {
    "gate": ("start", "vertr"),
    "verb": (r"gestart", r"vertrokken", r"startte", r"startten", r"vertrok", r"starten"),
    "row": (r"(?:vanaf|van|op)\s+(?:de\s+)?(?P<row>" + ORDINAL_RE + r")\s+(?:start)?rij",),
    "place": (
        r"(?:als|vanaf|van)\s+(?:de\s+)?(?:(?:plek|plaats|positie|startplek)\s+)?(?P<pos>" + ORDINAL_RE + r")"
        r"(?:\s+(?:plek|plaats|positie|startplek|startplaats))?",
    ),
    "cause": (r"na", r"nadat", r"door", r"doordat", r"vanwege", r"wegens", r"omdat"),
}
EN: Phrases = {
    "gate": ("start",),
    # ("condemned to start P14 due to a Q1 hydraulics failure", "had to start 20th after a crash")
    "verb": (r"started", r"starting", r"starts", r"(?<=to )start", r"(?<=will )start"),
    "row": (
        r"(?:from|on)\s+(?:the\s+)?(?P<row2>" + ORDINAL_RE + r")\s+row",
        r"(?:from|on)\s+row\s+(?P<row3>\d{1,2})",
    ),
    "place": (
        r"(?:from\s+|in\s+)?(?:the\s+)?(?P<pos2>" + ORDINAL_RE + r")(?:\s+(?:place|position|on the grid))?",
    ),
    "cause": (r"after", r"because of", r"due to", r"following", r"owing to", r"as a result of"),
}

_GATE = (*NL["gate"], *EN["gate"])
_SENTENCE_GATE = SentenceGate(_GATE)
_VERB_RE = re.compile(r"\b(?:" + alt(NL["verb"], EN["verb"]) + r")\b")
_PLACE_RE = re.compile(r"\b(?:" + alt(NL["row"], EN["row"], NL["place"], EN["place"]) + r")\b")
# the cause right after the start (the verb or the place, whichever ends later)
_CAUSE_RE = re.compile(
    r"[\s,]*(?:pas\s+|al\s+|(?:op|on) the grid\s+|op de grid\s+)?(?:"
    + alt(NL["cause"], EN["cause"])
    + r")\s+(?P<why>[^,;:()]{4,120}?)\s*(?:[,;:()]|\.(?:\s|$)|\s(?:en|and|maar|but|waarna|before)\s|$)"
)
# a cause that says when, or a penalty (the penalties family's)
_NOT_CAUSE_RE = re.compile(
    r"^(?:de\s+|het\s+|the\s+|een\s+|an?\s+)?(?:kwalificatie|qualifying|q[123]|zaterdag|saturday|training|"
    r"practice|start)$|straf|penalt|reprimand"
)
_NEAR = 30  # the most characters between the verb and the place
_REST_RE = re.compile(r"[^,;:()]*")  # the clause after the cause, to its next stop


def gate(text: str) -> bool:
    """Whether the folded text may tell a start with its cause (a literal check before any pattern)."""
    return any(w in text for w in _GATE)


def start_causes(c: Clause) -> list[Fact]:
    """The start place the clause tells with its cause."""
    clause = c.text
    if not _SENTENCE_GATE(c.f) or not gate(clause):
        return []
    verb = _VERB_RE.search(clause)
    if verb is None:
        return []
    place = next(
        (
            p
            for p in _PLACE_RE.finditer(clause, max(0, verb.start() - _NEAR - 20), verb.end() + _NEAR)
            if (p.end() <= verb.start() and verb.start() - p.end() <= _NEAR)
            or 0 <= p.start() - verb.end() <= 6
        ),
        None,
    )
    if place is None:
        return []
    cause = _CAUSE_RE.match(clause, max(place.end(), verb.end()))
    if cause is None or _NOT_CAUSE_RE.search(cause.group("why")):
        return []
    rest = _REST_RE.match(c.f, c.base + cause.end("why"))  # (the sentence's: "and" may end the clause)
    if cause.group("why").endswith(("'s", "’s")) or (rest and _NOT_CAUSE_RE.search(rest.group(0))):
        # "starting from third due to Bottas's and Verstappen's grid penalties": the cause goes on after
        # "and", a penalty (the penalties family's), cut at a possessive
        return []
    groups = place.groupdict()
    row_token = groups.get("row") or groups.get("row2") or groups.get("row3")
    pos_token = groups.get("pos") or groups.get("pos2")
    row = (int(row_token) if row_token.isdigit() else ordinal_value(row_token)) if row_token else None
    pos = ordinal_value(pos_token) if pos_token else None
    if row is None and pos is None:
        return []
    who = owner_left(c, c.base + min(place.start(), verb.start()), close_any=False)
    if len(who) != 1:
        return []
    a, b = c.base + cause.start("why"), c.base + cause.end("why")
    reason = c.sentence.orig[a:b].strip()
    if row is not None:
        return [Fact(KIND, who[0], c.index, amount=row, unit="row", reason=reason)]
    return [Fact(KIND, who[0], c.index, position=pos, reason=reason)]
