"""Gaps in the championship: how many points one driver is ahead of or behind another ("heeft een
voorsprong van 104 punten op Leclerc", "staat 22 punten achter Bottas", "leads Hamilton by eight points",
"is 46 points clear of Pérez").

The fact is kind "points_gap" for the driver the clause is about, with the other driver in ``others``, the
points in ``amount`` and the direction in ``detail`` ("ahead" or "behind"). It is a standing at the time of
the article, like a points total: a gap a driver could reach ("kan zijn voorsprong uitbreiden tot ...") is
no gap, and neither is a gap in a race ("tien seconden voorsprong").
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.text import CARDINAL_RE, cardinal_value

_N = r"(?P<n>\d{1,3}(?![.,]\d)|" + CARDINAL_RE + r")"  # whole points: a half-points gap is not read
_PTS_NL = r"(?:wk-)?punten"
_PTS_EN = r"(?:points?|pts)"
_GAP = r"(?:\w+ ){0,2}"  # a word or two between: "nog maar", "dan ook"

#: (the text right before the other driver, the text right after him, direction). The points are in
#: either part; both parts are matched on the folded sentence.
RULES: tuple[tuple[str, str, str], ...] = (
    # Dutch
    (rf"voorsprong {_GAP}van {_N} {_PTS_NL} {_GAP}op (?:de |het )?", "", "ahead"),
    (rf"{_N} {_PTS_NL} {_GAP}voorsprong {_GAP}op (?:de |het )?", "", "ahead"),
    (rf"{_N} {_PTS_NL} {_GAP}voor op (?:de |het )?", "", "ahead"),
    (rf"{_N} {_PTS_NL} {_GAP}achter (?:de |het )?", "", "behind"),
    (rf"achterstand {_GAP}van {_N} {_PTS_NL} {_GAP}op (?:de |het )?", "", "behind"),
    (rf"{_N} {_PTS_NL} {_GAP}achterstand {_GAP}op (?:de |het )?", "", "behind"),
    (
        r"achterstand (?:\w+ ){0,2}op (?:de |het )?",
        rf"\s+(?:is|bedraagt|bedroeg|was) {_GAP}{_N} {_PTS_NL}",
        "behind",
    ),
    (
        r"voorsprong (?:\w+ ){0,2}op (?:de |het )?",
        rf"\s+(?:is|bedraagt|bedroeg|was) {_GAP}{_N} {_PTS_NL}",
        "ahead",
    ),
    # English
    (r"\blead(?:s|ing)? (?:the (?:championship|standings) )?(?:over )?", rf"\s+by {_N} {_PTS_EN}", "ahead"),
    (rf"{_N}[- ]{_PTS_EN} (?:lead|advantage|cushion|buffer) over (?:the )?", "", "ahead"),
    (rf"{_N} {_PTS_EN} (?:clear of|ahead of) (?:the )?", "", "ahead"),
    (r"lead over (?:the )?", rf"\s+(?:is|stands at|of|to|at) {_GAP}{_N} {_PTS_EN}", "ahead"),
    (rf"{_N} {_PTS_EN} (?:behind|adrift of|short of|back from) (?:the )?", "", "behind"),
    (r"\btrail(?:s|ed|ing)? ", rf"\s+by {_N} {_PTS_EN}", "behind"),
)
_BEFORE = [(re.compile(b + r"$"), re.compile(a) if a else None, d) for b, a, d in RULES]
# A gap he may reach, or needs, is no gap: "kan zijn voorsprong uitbreiden", "could cut the gap".
_NOT_RE = re.compile(
    r"\b(?:kan|kon|zou|moet|moest|wil|wilde|could|would|can|must|needs?|needed|tot|uitbreiden|verkleinen|"
    r"maximaal|maximum|minstens|at least|up to|if|als|wanneer|zodra)\b"
)
_WINDOW = 90  # how far before the other driver a rule looks


def gaps(c: Clause) -> list[Fact]:
    """The points gaps the clause tells, one per other driver named."""
    clause = c.text
    if "punt" not in clause and "point" not in clause and "pts" not in clause:
        return []  # the substring test spares the rules for the many clauses without points
    if _NOT_RE.search(clause):
        return []
    f, base = c.f, c.base
    out: list[Fact] = []
    for m in c.mentions:
        if m.group or len(m.drivers) != 1:
            continue
        before_text = f[max(base, m.start - _WINDOW) : m.start]
        for before, after, direction in _BEFORE:
            bm = before.search(before_text)
            if bm is None:
                continue
            n = bm.group("n") if "n" in bm.groupdict() and bm.group("n") else None
            if after is not None:
                am = after.match(f, m.end, base + len(clause))
                if am is None:
                    continue
                n = am.group("n")
            amount = _points(n)
            if amount is None:
                continue
            start = m.start - len(before_text) + bm.start()
            who = [d for d in owner_left(c, start) if d != m.drivers[0]]
            for d in who[:1]:
                out.append(
                    Fact(
                        "points_gap",
                        d,
                        c.index,
                        others=m.drivers,
                        amount=amount,
                        detail=direction,
                        session="season",
                    )
                )
            break
    return out


def _points(n: str | None) -> int | None:
    if not n:
        return None
    return int(n) if n.isdigit() else cardinal_value(n)
