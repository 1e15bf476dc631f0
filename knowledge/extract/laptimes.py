"""A driver's qualifying lap time: "pakte pole met een tijd van 1.24,303", "klokte een toptijd van
1:04.984", "Leclerc's pole lap of 1:19.307s", "reed zijn Red Bull in 1:08.885 rond".

The fact is kind "lap_time" for the driver the clause is about, with the time in milliseconds in
``amount`` (``unit`` "ms"). Only a time of qualifying as a whole is kept: the pipeline places it in
qualifying when the article is a qualifying report or the clause speaks of qualifying or pole, and drops it
otherwise (a race's fastest lap is another family). A clause with two times ("improving from 1:27.958 to
1:27.866", a row of Q1, Q2 and Q3 times), a time of one part of qualifying ("in Q1", or told in a paragraph
after one about Q1 or Q2 until Q3 is told of, unless the clause says pole or best time), of practice, a
provisional, matched or bettered time, the time of a driver named as the clause's object, or a time of another
season gives nothing.
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt

NL: Phrases = {
    # a time that is not his best of qualifying: one part, a first attempt, practice, a provisional time
    "not_best": (
        r"\bq[12]\b",
        r"voorlopig\w*",
        r"eerste (?:run|poging|snelle ronde)",
        r"\bvt[123]\b",
        r"vrije training\w*",
        r"training\w*",
        r"verbeterde",
        r"record uit",  # "het record uit 2019": a time of another year
        r"evenaar\w*",  # "evenaarde het baanrecord van 1.27,958": the record's time
        r"(?:nog|even) sneller",  # "... en ging daarna nog sneller": a time he improved on
    ),
    "best": (r"pole\w*", r"q3", r"(?:beste|snelste) tijd", r"toptijd", r"baanrecord"),
}
EN: Phrases = {
    "not_best": (
        r"\bq[12]\b",
        r"provisional\w*",
        r"first (?:run|attempt|flying lap)",
        r"\bfp[123]\b",
        r"practice",
        r"improv\w*",
        r"record from",
        r"match\w*|equall?\w*",  # "matching the track record of 1:27.958"
        r"even quicker|even faster|went quicker|went faster",
        r"first (?:hot|timed|quick) laps?",
        r"initial (?:run|attempt|lap)s?",
    ),
    "best": (r"pole\w*", r"q3", r"(?:best|fastest|quickest) time", r"lap record", r"track record"),
}

# "1:30.872", "1.30.872", "1.24,303", "01:38.014", "1m27.866s": minutes, seconds and thousandths
_TIME_RE = re.compile(r"(?<![\d.,:])0?([0-2])(?:[:.]|m\s?)([0-5]\d)[.,](\d{3})(?!\d|[.,]\d)")
_GATE_RE = re.compile(r"\d[:.,m]\d")
_NOT_BEST_RE = re.compile(alt(NL["not_best"], EN["not_best"]))
# a clause that says the time is the best of qualifying
BEST_TIME_RE = re.compile(r"\b(?:" + alt(NL["best"], EN["best"]) + r")\b")


# "Sainz met een tijd van", "Sainz with a time of": the time told of the name right before it
_WITH_TIME_BEFORE_RE = re.compile(
    r"\s+(?:met|with)\s+(?:een|a)\s+(?:\w+\s+)?(?:tijd|rondetijd|time|lap(?: time)?)\s+(?:van|of)\s+$"
)
_WITH_REACH = 40  # characters before a time where "met een tijd van" may stand


def only_lap_ms(text: str) -> int | None:
    """The one lap time in ``text`` ("in 1:31.458") in milliseconds; None for none, several or no lap's."""
    times = list(_TIME_RE.finditer(text)) if _GATE_RE.search(text) else []
    if len(times) != 1:
        return None
    t = times[0]
    ms = (int(t.group(1)) * 60 + int(t.group(2))) * 1000 + int(t.group(3))
    return ms if 40_000 <= ms < 180_000 else None


def lap_times(c: Clause) -> list[Fact]:
    """The lap time the clause gives its driver, when it gives exactly one."""
    clause = c.text
    if not _GATE_RE.search(clause):
        return []  # the cheap gate: every time has a digit, a separator and a digit
    times = list(_TIME_RE.finditer(clause))
    if len(times) != 1 or _NOT_BEST_RE.search(clause):
        return []
    t = times[0]
    ms = (int(t.group(1)) * 60 + int(t.group(2))) * 1000 + int(t.group(3))
    if not 40_000 <= ms < 180_000:
        return []  # no lap of a Grand Prix circuit
    at = c.base + t.start()
    who = owner_left(c, at)
    told_with = _WITH_TIME_BEFORE_RE.search(c.f, max(0, at - _WITH_REACH), at)
    named_with = [m for m in c.sentence.mentions if told_with and m.end == told_with.start() and not m.group]
    if named_with:
        # "zag Sainz met een tijd van 1.40,983 pole pakken": the time of the one named right before it,
        # whatever the clause's subject
        who = named_with[0].drivers
    if len(who) != 1:
        return []
    named = [m for m in c.mentions if m.drivers == who and not m.group]
    before = [m for m in named if m.end <= at]
    if (before and all(m.is_object for m in before)) or (not before and named and named[0].is_object):
        # "was met zijn 1.15,024 niet aan de tijd van Verstappen gekomen", "strandde op anderhalve seconde van
        # polesitter Räikkönen in 1.20,615": a driver named as the object of the clause does not own its time
        return []
    return [Fact("lap_time", who[0], c.index, amount=ms, unit="ms")]


def qualifying_only(facts: list[Fact]) -> list[Fact]:
    """Keep the lap times placed in qualifying; a time in a race is no qualifying time."""
    return [x for x in facts if x.kind != "lap_time" or x.session == "qualifying"]
