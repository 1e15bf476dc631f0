"""The points a driver scored at one race or sprint ("de zege leverde Verstappen drie WK-punten op", "goed
voor acht WK-punten", "Verstappen claimed the win and with it 12.5 points"), as kind "race_points" with the
points in ``amount``. A championship total is ``standings.points``; a gap is ``gaps``."""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.extract.standings import CHAMP_RE, MOST_POINTS_PER_WEEKEND, points_value
from knowledge.text import CARDINAL_RE

_N = r"(\d{1,2}(?:[.,]5)?|" + CARDINAL_RE + r")"
# ("18 valuable points", "acht belangrijke WK-punten": a word of worth between)
_UNIT = (
    r"(?:(?:valuable|vital|precious|important|crucial|belangrijke|waardevolle|kostbare)\s+)?"
    r"(?:(?:wk-)?punt(?:en|je)?|(?:championship )?points?)\b"
)

NL: Phrases = {
    # "kreeg er drie punten bij", "pakte niet alleen 3 punten", "mag acht WK-punten bijschrijven"
    "scored": (
        "krijgt",
        "kreeg",
        "ontvangt",
        "ontving",
        "pakt",
        "pakte",
        "verdiende",
        "verdient",
        "scoorde",
        "scoort",
        "sprokkelde",
        "haalde",
        "incasseerde",
        "stak",
        "mag",
    ),
}
EN: Phrases = {
    "scored": (
        "scored",
        "scores",
        "got",
        "gets",
        "earned",
        "earns",
        "claimed",
        "claims",
        "collected",
        "took",
        "takes",
        "picked up",
        "picks up",
        "bagged",
        "banked",
        "clinched",
        "secured",
        "grabbed",
        "gained",
        "with it",
    ),
}
_WORDS_BETWEEN = r"(?:(?:er|nog|ook|daarmee|dus|niet alleen|meteen|maar|slechts|another|a|an|the|just|only|"
_WORDS_BETWEEN += r"valuable|vital|maximum|full|extra|further|huge|precious)\s+)*"
_PLACE_OR_TIME_WORDS = (
    r"(?:(?!(?:seizoen|jaar|races|wedstrijden|grands|sinds|totaal|daarmee|nu|inmiddels|al|ruim|bijna|nog|geen|"
    r"niet)\b)[\w-]+\s+){1,6}?(?:al\s+)?(?:zijn\s+|haar\s+)?(?:eerste\s+)?"
)
_FORMS = (
    # "kreeg er drie WK-punten bij", "scored 18 points", "krijgt als winnaar van de sprint acht punten"
    rf"\b(?:{alt(NL['scored'], EN['scored'])})\s+(?:als\s+(?:[\w-]+\s+){{1,4}}?)?{_WORDS_BETWEEN}{_N}"
    rf"\s+{_UNIT}",
    # "pakte op het circuit in Monte Carlo twee punten", "pakte zaterdag al zijn eerste acht punten": words of
    # where or when between (no span of a season)
    rf"\b(?:{alt(NL['scored'])})\s+{_PLACE_OR_TIME_WORDS}{_N}\s+{_UNIT}",
    # "De eerste plek leverde Verstappen drie WK-punten op"
    rf"\bleverde\s+(?:[\w-]+\s+){{0,3}}?{_N}\s+{_UNIT}\s+op\b",
    # "goed voor acht WK-punten", "worth 25 points"
    rf"\b(?:goed voor|good for|worth)\s+{_WORDS_BETWEEN}{_N}\s+{_UNIT}",
    # "waardoor hij met 26 punten Hongarije verlaat": what he leaves the race with
    rf"\bmet\s+{_N}\s+{_UNIT}\s+(?:[\w-]+\s+){{0,3}}?(?:verlaat|verliet)\b",
    rf"\b(?:verlaat|verliet)\s+(?:[\w-]+\s+){{0,3}}?met\s+{_N}\s+{_UNIT}",
)
_SCORED_RE = re.compile("|".join(_FORMS))
# "verdiende niet 25 punten maar 12,5 punten": what he got instead (over the clause "maar" opens)
_INSTEAD_RE = re.compile(rf"\bniet\s+\d{{1,2}}\s+{_UNIT}\s+(?:\w+\s+)?maar\s+{_N}\s+{_UNIT}")
# "Hamilton (2 punten) en Bottas (1 punt) vervolledigden het podium": a race's points right after a name or
# a place, in a sentence not about the standings
_BRACKET_RE = re.compile(rf"\(\s*{_N}\s+{_UNIT}\s*\)")
# what makes the number no race's haul: a gap, a total over a span, a comparison
_NOT_A_HAUL_AFTER_RE = re.compile(
    r"\s*(?:\w+\s+)?(?:voorsprong|achterstand|meer|minder|verschil|lead|clear|ahead|behind|more|fewer|less|"
    r"deficit|gap|adrift)\b"
    r"|\s+(?:in (?:totaal|total)|dit seizoen|this season|so far|tot nu toe|in (?:de|the) (?:laatste|last)|"
    r"over (?:the|de) (?:last|laatste)|this year|dit jaar)\b"
    # "claimed a point for the fastest lap": the bonus alone, not his haul
    r"|\s+(?:for|voor)\s+(?:the|de|het)\s+(?:fastest lap|snelste (?:race)?ronde)"
    # "krijgt hij 3 punten op zijn F1-licentie": penalty points
    r"|\s+(?:op|on)\s+(?:zijn|his|haar|her|de|the)\s+(?:[\w-]+\s+)?(?:super)?(?:[\w-]*licen[tcs]\w*)"
)
# the rules told in general ("de winnaar krijgt 8 punten, de tweede 7"), of nobody the clause names
_GENERIC_SUBJECT_RE = re.compile(
    r"\b(?:de winnaar|de nummer (?:\d+|een|twee|drie)|de eerste|de tweede|de derde|elke|iedere|the winner|"
    r"the runner-up|the (?:first|second|third)(?:-placed)? (?:driver|finisher)|each|every)\b"
)
_NOT_A_HAUL_BEFORE_RE = re.compile(
    r"\b(?:zou|zouden|would|could|kan|kon|can|als|if|wanneer|zodra|needs?|nodig|moet|must)\b[^.;]{0,40}$"
)


# "18 in plaats van 15 punten": the number after "in plaats van" is the one he did not get
_INSTEAD_OF_BEFORE_RE = re.compile(r"\b(?:in plaats(?: van)?|instead of|rather than)\s+$")


def race_points(c: Clause) -> list[Fact]:
    """The points the clause says a driver scored at the race it tells."""
    text = c.text
    if "punt" not in text and "point" not in text:
        return []
    out: list[Fact] = []
    hits = list(_SCORED_RE.finditer(text))
    if "(" in text and not CHAMP_RE.search(c.f):
        hits += _BRACKET_RE.finditer(text)
    instead = _INSTEAD_RE.search(c.f) if " maar " in c.f else None
    if instead and c.base <= instead.start(1) < c.base + len(text):
        # (its number in this clause: the match is in the sentence's offsets, so taken apart below)
        return _haul(c, points_value(instead.group(1)), instead.start(1), set())
    told: set[str] = set()
    for m in hits:
        amount = points_value(m.group(m.lastindex or 1))
        if (
            not amount
            or amount > MOST_POINTS_PER_WEEKEND
            or _NOT_A_HAUL_AFTER_RE.match(text, m.end())
            or _NOT_A_HAUL_BEFORE_RE.search(text, 0, m.start())
            or _INSTEAD_OF_BEFORE_RE.search(text, 0, m.start(m.lastindex or 1))
        ):
            continue
        out += _haul(c, amount, c.base + m.start(m.lastindex or 1), told)
    return out


def _haul(c: Clause, amount: float, at: int, told: set[str]) -> list[Fact]:
    """The race's points ``amount`` (told at ``at`` in the sentence) of the driver who owns them, once
    each."""
    named = [x for x in c.mentions if c.base <= x.start < at]
    if not named and _GENERIC_SUBJECT_RE.search(c.f, c.base, at):
        return []  # "de nummer 2 krijgt 2 punten": the rule, nobody's haul
    out = []
    for d in owner_left(c, at)[:1]:
        if d not in told and amount:
            told.add(d)
            out.append(Fact("race_points", d, c.index, amount=amount))
    return out
