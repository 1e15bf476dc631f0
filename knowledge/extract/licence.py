"""The penalty points a driver has on his licence in all ("staat nu op tien strafpunten", "is now on a total
of eight penalty points"), as kind "licence_total" with the total in ``amount``, of the race the article
tells. The points handed out at one race are a penalty of kind "points" (``penalties.licence_points``)."""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import CARDINAL_RE, cardinal_value

_N = r"(" + CARDINAL_RE + r")"
_PTS_NL = r"(?:straf)?punt(?:en|jes)?"
_PTS_EN = r"(?:penalty )?points"

NL: Phrases = {
    # "staat nu op tien strafpunten", "zit daarmee op acht strafpunten"
    "stands_on": ("staat", "stond", "zit", "zat", "komt", "kwam"),
    # "heeft ondertussen tien strafpunten verzameld", "heeft zeven strafpunten op zijn licentie staan"
    "gathered": ("verzameld", "staan", "opgebouwd", "bij elkaar"),
}
EN: Phrases = {
    # "has reached nine penalty points", "has now collected seven penalty points"
    "gathered": ("reached", "collected", "amassed", "accumulated", "racked up"),
}
_TIME_WORDS = r"(?:(?:nu|inmiddels|ondertussen|namelijk|daarmee|dus|al|now|therefore|currently|already)\s+)*"

_TOTAL_FORMS = (
    # "staat nu op tien strafpunten"
    rf"\b(?:{alt(NL['stands_on'])})\s+{_TIME_WORDS}op\s+(?:een\s+totaal\s+van\s+)?{_N}\s+strafpunt",
    # "heeft ondertussen tien strafpunten verzameld", "heeft zeven strafpunten op zijn licentie staan"
    rf"\bheeft\s+{_TIME_WORDS}{_N}\s+{_PTS_NL}\s+(?:op\s+(?:zijn|haar)\s+(?:super)?licentie\s+)?"
    rf"(?:{alt(NL['gathered'])})\b",
    # "wat zijn totaal nu op zes punten brengt", "zijn totaal staat nu op 10"
    rf"\b(?:zijn|haar)\s+totaal\s+(?:\w+\s+){{0,2}}?op\s+{_N}(?:\s+{_PTS_NL})?"
    r"(?=\s+(?:brengt|bracht|gebracht)|\s*[.,;]|$)",
    # "is now on a total of eight penalty points"
    rf"\b(?:is|was)\s+{_TIME_WORDS}on\s+(?:a\s+total\s+of\s+)?{_N}\s+{_PTS_EN}\b",
    # "has reached nine penalty points", "reached nine penalty points at the previous race"
    # ("collected two penalty points in Spain" without "has" is what one race gave)
    rf"\b(?:has\s+{_TIME_WORDS}(?:{alt(EN['gathered'])})|reached)\s+{_N}\s+penalty\s+points\b",
    # the stewards' decision: "(2 points awarded, 7 points in total for the 12 month period)"
    rf"\b{_N}\s+(?:penalty\s+)?points\s+in\s+total\s+for\s+the\s+(?:12|twelve)[- ]month\s+period\b",
    # "bringing his total to ten", "making it seven points"
    rf"\b(?:brings|bringing|brought|takes|taking|took)\s+his\s+(?:licen[cs]e\s+)?total\s+to\s+{_N}\b",
    rf"\bmaking\s+it\s+{_N}\s+points\b",
)
_TOTAL_RE = re.compile("|".join(_TOTAL_FORMS))
# the sentence is about the points on a licence, not the championship's (substrings: "licen" is "licence",
# "license" and "(super)licentie"; "month period" the stewards' twelve months)
_LICENCE_WORDS = ("strafpunt", "penalty point", "licen", "month period")
# a total he would reach, or the limit, is nobody's total now
_NOT_NOW_RE = re.compile(
    r"\b(?:als|if|zou|zouden|would|could|kan|kunnen|can|bij|reaching|once|zodra|wanneer|when)\b[^.;]{0,40}$"
)


def total_number_at(text: str) -> int | None:
    """Where the number of a licence total the (folded) clause tells starts, or None: that number is no
    count of points handed out."""
    m = _TOTAL_RE.search(text)
    return m.start(m.lastindex or 1) if m else None


def licence_total(c: Clause, subj: tuple[str, ...]) -> list[Fact]:
    """The total of penalty points on his licence the clause tells he has now."""
    f = c.f
    if not any(w in f for w in _LICENCE_WORDS):
        return []
    m = _TOTAL_RE.search(c.text)
    if m is None or _NOT_NOW_RE.search(c.text, 0, m.start()):
        return []
    n = cardinal_value(m.group(m.lastindex or 1))
    who = owner_left(c, c.base + m.start())[:1] or subj[:1]
    if not c.sentence.mentions and c.sentence.block_driver:
        who = (c.sentence.block_driver,)  # a line of the stewards' document about the driver it named
    return [Fact("licence_total", d, c.index, amount=n) for d in who if n and n <= _MOST_ON_A_LICENCE]


_MOST_ON_A_LICENCE = 12  # twelve points in twelve months mean a ban: no licence holds more
