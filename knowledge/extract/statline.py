"""A driver's season in one line of labelled figures, as season reviews print them under his name:
"5th | Pts: 240 | Wins: 1 | Podiums: 9 | Poles: 2", "Kampioenschap: 3e - Punten: 214 - Zeges: 2"; or one
figure a line, in a block under a line naming him ("Charles Leclerc (Monaco, 16 oktober 1997)",
"Eindklassering 2022: tweede", "Aantal WK-punten: 308").

The line gives the championship place, the points total and the counts of wins, podiums and poles of the
article's season. Whose season it is: the driver the line names before its first label, else the driver
a heading line right above it names alone ("Sebastian Vettel"). A line needs at least two labelled
figures, one of them the points, to be read: "Wins: 1" alone may be of anything.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.context import Mention
from knowledge.extract.mentions import PRONOUN_RE
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import ORDINAL_RE, ordinal_value

NL: Phrases = {
    "place": (
        "positie",
        "plaats",
        "kampioenschap",
        "eindstand",
        "wk-stand",
        "wk",
        "klassering",
        "eindklassering",
    ),
    "points": ("punten", "ptn", "pnt"),
    "wins": ("zeges", "overwinningen", "winst"),
    "podiums": ("podiums", "podia", "podiumplaatsen"),
    "poles": ("poles", "polepositions", "pole positions"),
}
EN: Phrases = {
    "place": ("position", "pos", "championship", "final position", "standing"),
    "points": ("points", "pts"),
    "wins": ("wins", "victories"),
    "podiums": ("podiums",),
    "poles": ("poles", "pole positions"),
}
FIELDS = ("place", "points", "wins", "podiums", "poles")
#: the count each field gives (as ``knowledge.extract.counts`` names them)
_COUNTS = {"wins": "wins", "podiums": "podiums", "poles": "poles"}

# "Pts: 240", "Punten 240" after a separator: a label, a colon (or none), a figure
_FIELD_RE = re.compile(
    r"(?:^|[|;/\u2022-]|\s)\s*(?:"
    + "|".join(f"(?P<{k}>{alt(NL[k], EN[k])})" for k in FIELDS)
    + r")\s*:?\s*(?P<value>\d{1,3}(?:e|de|ste|st|nd|rd|th)?|"
    + ORDINAL_RE
    + r")(?=\s*(?:[|;/\u2022-]|$|\s+[a-z]+\s*:))"
)
# "5th | Pts: 240": a place before the first label
_LEADING_PLACE_RE = re.compile(
    r"\s*(?P<value>\d{1,2}(?:e|de|ste|st|nd|rd|th)|" + ORDINAL_RE + r")\s*[|;/\u2022-]"
)
_NUMBER_RE = re.compile(r"(\d{1,3})(?:e|de|ste|st|nd|rd|th)?")


def _value(token: str) -> int | None:
    m = _NUMBER_RE.fullmatch(token)
    return int(m.group(1)) if m else ordinal_value(token)


def season_line(
    f: str, index: int, found: list[Mention], heading: tuple[str, ...], season: int | None, final: bool
) -> list[Fact] | None:
    """The facts of a line of labelled season figures (``f`` folded), or None when it is no such line.

    ``heading``: the driver a heading line right above named alone; ``final``: the season is over, so the
    place is the final standing (else a standing during the season).
    """
    if ":" not in f and "|" not in f:
        return None  # every such line has labels or bars: prose is skipped at once
    fields = [m for m in _FIELD_RE.finditer(f)]
    if len(fields) < 2 or not any(m.group("points") for m in fields) or season is None:
        return None
    first = fields[0].start()
    named = [m for m in found if m.end <= first and not m.group]
    who = named[-1].drivers if named else heading
    if len(who) != 1:
        return None
    lead = _LEADING_PLACE_RE.match(f, named[-1].end if named else 0)
    base = Fact("championship", who[0], index, season=season, session="season")
    interim = None if final else "interim"
    out: list[Fact] = []
    for m in fields:
        value = _value(m.group("value"))
        if value is None:
            continue
        kind = next(k for k in FIELDS if m.group(k))
        if kind == "place":
            out.append(replace(base, position=value, detail=interim))
        elif kind == "points":
            out.append(replace(base, kind="points", amount=value, detail=interim))
        else:
            out.append(replace(base, kind="count", amount=value, detail=f"{_COUNTS[kind]}:season"))
    if lead is not None and not any(x.kind == "championship" for x in out):
        value = _value(lead.group("value"))
        if value is not None:
            out.append(replace(base, position=value, detail=interim))
    return out


# "Eindklassering 2022: tweede", "Aantal WK-punten: 308", "Positie in het wereldkampioenschap: 1": one
# labelled figure, the whole line
# the labels of the line's fields, and the longer ones a line of its own may use
_LONGER_LABELS = {
    "place": (
        "positie in het wereldkampioenschap",
        "positie in het wk",
        "championship position",
        "position in the championship",
    ),
    "points": ("wk-punten", "championship points"),
    "poles": ("pole-positions",),
}
_BLOCK_LABELS = {k: (*_LONGER_LABELS.get(k, ()), *NL[k], *EN[k]) for k in FIELDS}
_BLOCK_LINE_RE = re.compile(
    r"\s*(?:aantal\s+|number of\s+)?(?:"
    + "|".join(f"(?P<{k}>{alt(v)})" for k, v in _BLOCK_LABELS.items())
    + r")(?:\s+(?:in\s+)?(?P<year>(?:19|20)\d\d))?\s*(?P<colon>:)?\s*"
    + r"(?P<value>\d{1,3}(?:e|de|ste|st|nd|rd|th|(?P<half>[.,]5))?|"
    + ORDINAL_RE
    + r")\s*\.?\s*"
)
# the other figures of such a block, which no fact holds: "Races 22", "Fastest Laps 5", "Starts: 141"
_OTHER_FIGURE_RE = re.compile(
    r"\s*(?:aantal\s+|number of\s+)?(?:races|starts|grands prix|gp's|fastest laps|snelste ronden|dnfs?|"
    r"uitvalbeurten|laps led|kopronden)\s*:?\s*\d{1,4}\s*\.?\s*"
)
# a line that may head a block: his name and little else ("Naam: Max Verstappen (Nederland, 30 september
# 1997)", "Het Formule 1-seizoen van Max Verstappen")
_HEAD_WORDS = 12


def block_line(
    f: str, index: int, driver: tuple[str, ...], season: int | None, final: bool
) -> list[Fact] | None:
    """The fact of one labelled figure on a line of its own in a block about ``driver`` (``f`` folded), or
    None when the line is no such figure. The year the label names is the season (else ``season``)."""
    if len(driver) != 1:
        return None
    m = _BLOCK_LINE_RE.fullmatch(f)
    if m is None:
        # ("Races 22" between "Max Verstappen 2022 season" and "Points 454": the block goes on)
        return [] if _OTHER_FIGURE_RE.fullmatch(f) else None
    year = int(m.group("year")) if m.group("year") else season
    value = _value(m.group("value"))
    if year is None or value is None or m.group("half"):
        return []  # (a half point, "395,5", is no whole figure: the block goes on without it)
    kind = next(k for k in FIELDS if m.group(k))
    base = Fact("championship", driver[0], index, season=year, session="season")
    interim = None if final or (season is not None and year < season) else "interim"
    if kind == "place":
        return [replace(base, position=value, detail=interim)]
    if kind == "points":
        return [replace(base, kind="points", amount=value, detail=interim)]
    return [replace(base, kind="count", amount=value, detail=f"{_COUNTS[kind]}:season")]


def block_head(f: str, found: list[Mention]) -> tuple[str, ...]:
    """The driver a short line names alone, as the head of a block of labelled lines under it, else
    nobody."""
    drivers = {d for m in found if not m.group for d in m.drivers}
    if (
        len(drivers) != 1
        or len(f.split()) > _HEAD_WORDS
        or any(m.group or PRONOUN_RE.fullmatch(m.label) for m in found)  # ("Hij had een sterk jaar")
    ):
        return ()
    return (next(iter(drivers)),)
