"""A race's length in laps: "the 52-lap race", "lap 29 of 66", "de race over 71 ronden", "kwam na 58 ronden
als winnaar over de streep", "took the chequered flag after 57 laps".

The fact is kind "race_laps" with no driver, the laps in ``amount`` and in ``detail`` what the article
counts: "scheduled" (the distance set: "the 52-lap race", "lap 29 of 66"), "completed" (the laps run to the
flag: "na 58 ronden als winnaar over de streep") or "distance" (either: "de race over 71 ronden"). A red flag
can make the two differ (Suzuka 2022: 28 laps of 53), so a question that asks one is answered by that one.
"Nog 44 ronden te gaan", "with 10 laps to go" count what is left, and "na 20 ronden" without the finish is a
moment in the race: none of them is the race's length. A length it will not have ("niet meer over de
volledige afstand van 53 ronden") is the one it was set to have.
"""

from __future__ import annotations

import re

from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases

_N = r"(?P<n>\d{2})"
NL: Phrases = {
    "scheduled": (
        rf"\bronde \d{{1,2}} (?:van|uit) (?:de |in totaal )?{_N}\b(?! (?:seconden|punten|plaatsen))",
        rf"\bronde \d{{1,2}}\s*/\s*{_N}\b",
        rf"\b{_N} ronden (?:lange|tellende) (?:race|grand prix|gp|wedstrijd|sprint\w*)\b",
    ),
    # ("de sprint ging over 24 ronden": a verb between)
    "distance": (
        r"\b(?:race|grand prix|gp|wedstrijd|sprint\w*|afstand) (?:ging |gaat |gaan |duurde )?(?:over|van) "
        rf"{_N} ronden\b",
    ),
    # "na 58 ronden": only with the finish in the sentence (not "na 20 ronden lag hij derde")
    # ("leidde vanaf pole alle 58 ronden": every lap of the race led)
    "completed": (rf"\bna {_N} ronden\b", rf"\b(?:leidde|leidt|reed) (?:\w+ ){{0,4}}alle {_N} ronden\b"),
}
EN: Phrases = {
    "scheduled": (
        # ("the shortened 30-lap Japanese Grand Prix": the race's name between)
        rf"\b{_N}[- ]lap (?:[a-z]+ )?"
        r"(?:race|grand prix|gp|sprint|event|contest|encounter|affair|dash|distance)\b",
        rf"\blap (?:\d{{1,2}}|one|two|three|four|five) of (?:the )?{_N}\b(?! (?:seconds|points|places))",
        rf"\blap \d{{1,2}}\s*/\s*{_N}\b",  # a live blog's "LAP 44/62:"
    ),
    "distance": (
        rf"\b(?:race|grand prix|sprint|distance) (?:over|of) {_N} laps\b",
        rf"\bthroughout the {_N} laps\b",
    ),
    "completed": (rf"\bafter {_N} laps\b", rf"\b(?:led|leads|leading) (?:\w+ ){{0,4}}all {_N} laps\b"),
}
_RULES = [
    (detail, re.compile(rule))
    for detail in ("scheduled", "distance", "completed")
    for rule in (*NL[detail], *EN[detail])
]
# the finish a "completed" count needs in its sentence
_FINISH_RE = re.compile(
    r"\b(?:over de (?:streep|meet|finish\w*)|finish\w*|chequered|checkered|de vlag|the flag|winnaar|won|wint|"
    r"zege|victory|win|winner|line)\b"
)
_LEFT_RE = re.compile(r"\b(?:te gaan|to go|remaining|resterende|left)\b")
_NOT_BEFORE_RE = re.compile(r"\b(?:niet|not|geen|no longer|never|nooit)\b(?:\s+\w+){0,5}\s*$")
_RATHER_THAN_BEFORE_RE = re.compile(r"\b(\d{1,2})\s+(?:rather than|instead of|in plaats van|i\.p\.v\.)\s+$")
_SHORTENED_BEFORE_RE = re.compile(r"\b(?:shortened|ingekorte|verkorte|reduced)\s+(?:\w+\s+)?$")
_FEWEST, _MOST = 10, 90  # a race's laps (a sprint's about 20, Monaco's 78)


def race_laps(f: str, index: int) -> list[Fact]:
    """The race's length the folded sentence ``f`` tells, if any."""
    if "lap" not in f and "ronde" not in f:
        return []  # the substring test spares the rules for the many sentences without laps
    for detail, rx in _RULES:
        m = rx.search(f)
        if m is None:
            continue
        n = int(m.group("n"))
        if not _FEWEST <= n <= _MOST or _LEFT_RE.match(f[m.end() : m.end() + 12].lstrip()):
            continue
        if detail == "completed" and not (_FINISH_RE.search(f) or m.group(0).startswith(("le", "reed"))):
            continue
        if _NOT_BEFORE_RE.search(f, max(0, m.start() - 45), m.start()):
            # "kan niet meer over de volledige afstand van 53 ronden worden afgewerkt": the length it was set
            # to have, not the one it had
            detail = "scheduled"
        if detail == "scheduled" and _SHORTENED_BEFORE_RE.search(f, max(0, m.start() - 25), m.start()):
            detail = "completed"  # "the shortened 28-lap race": the laps it had
        rather = _RATHER_THAN_BEFORE_RE.search(f, max(0, m.start("n") - 30), m.start("n"))
        if rather is not None:
            # "to start a 23 rather than 24 lap sprint": the laps it had, not the ones set
            n, detail = int(rather.group(1)), "completed"
        session = "sprint" if "sprint" in f[max(0, m.start() - 30) : m.end() + 10] else "race"
        return [Fact("race_laps", "", index, session=session, amount=n, detail=detail)]
    return []
