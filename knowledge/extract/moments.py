"""The moment of a crash (or of who caused one, ``knowledge.extract.culprits``): at the start (the opening
lap), at the restart, or in a part of qualifying ("crashte bij de start", "crashed after the restart", "a
heavy crash in Q2").

A moment is a fact of kind "moment" beside the crash fact of the same driver and sentence: ``detail`` the
moment ("start", "restart", "q1", "q2", "q3"), ``unit`` the event's kind ("crash", "culprit"). A question
that names a moment ("who crashed at the start?") is answered only from crashes that carry that very
moment.

Where the moment is told:

- in the crash's own sentence, when that sentence names one moment and no other time in the race
  ("Bij de start crashte Stroll", but not "Na de start reed hij weg; in ronde 40 crashte hij");
- in a sentence just before it in the same paragraph that tells no driver's crash itself, up to two
  sentences back, when nothing in between moves the time on ("De race werd hervat. Nu was het Stroll die
  crashte." but not "De race werd hervat. Later crashte Stroll.");
- for a qualifying crash, the part of qualifying a report is telling: the last one its paragraph named
  before the crash, else the last one the paragraph before named ("In Q2 was Ferrari sterk. || Schumacher
  crashte zwaar."). Qualifying reports go through the parts in order.

An accident told without a driver in one sentence with its lap ("al in de eerste ronde opgeschrikt door een
zwaar ongeval") and the driver's crash in the next sentence of the paragraph tell one event: the crash gets
that lap as a "lap" fact (see ``knowledge.extract.laps``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.culprits import CULPRIT_RE
from knowledge.extract.incidents import CRASH_RE
from knowledge.extract.laps import LAP_RE, lap_number
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import Sentence

NL: Phrases = {
    "start": (
        r"(?:bij|na|vlak na|direct na|meteen na|kort na) de start",
        r"(?:in|tijdens) de (?:eerste|openings) ?ronde",
        r"in (?:de )?openingsronde",
        r"in ronde (?:1|een|één)",
        r"(?:in|bij|door) de eerste (?:bocht|bochten|meters|meter)",
        r"al na (?:een|één|twee|drie|vier|vijf|enkele|een paar) bochten?",
        r"startcrash\w*",
        r"startongeval\w*",
    ),
    "restart": (
        r"(?:bij|na|vlak na|direct na|meteen na|kort na) de (?:herstart|hervatting)",
        r"(?:werd|wordt|is|was) (?:de (?:race|wedstrijd) )?(?:\w+ ){0,4}hervat",
        r"herstartcrash\w*",
    ),
    # a time that moves on from the moment told before: the crash is later in the race
    "later": (
        r"later",
        r"daarna",
        r"halverwege",
        r"slotfase",
        r"slotronde\w*",
        r"laatste ronde\w*",
        r"(?:in|op) ronde \d+",
        r"na \d+ ronden",
        r"uiteindelijk",
        r"opnieuw hervat",
        r"\w+ ronden? voor (?:de |het )?(?:finish|einde|eind)",
        r"tot (?:de |het )?(?:finish|einde|eind)",
    ),
    # a driverless accident: the sentence that tells its lap before the next names the driver
    "accident": (r"crash\w*", r"ongeval\w*", r"ongeluk\w*"),
    # the part of qualifying a sentence is in ("in Q2", "aan het einde van Q1", "Q1 werd hervat"), not one
    # it looks ahead to ("doorstoten naar Q2", "de sprong naar Q3")
    "part_before": (r"in", r"tijdens", r"aan het (?:begin|einde?) van", r"halverwege"),
    "part_after": (r"(?:werd|wordt) (?:\w+ )?hervat", r"begon", r"startte"),
    "part_word_before": (r"(?:in|tijdens|uit) het", r"aan het (?:begin|einde?) van het"),
    "ahead": (r"plek\w*", r"plaats\w*", r"ticket", r"sprong", r"doorstoten", r"door"),
}
EN: Phrases = {
    "start": (
        r"(?:at|off|just after|right after|shortly after|after) the start",
        r"off the line",
        r"on the (?:opening|first) lap",
        r"on lap (?:1|one)",
        # "a lap-one crash", not "his first lap in Q3"
        r"(?:lap[- ]one|(?:opening|first)[- ]lap) (?:crash|accident|shunt|incident|pile-?up)",
        r"(?:at|into|in) the (?:first|opening) (?:corner|corners|turn|turns)",
        r"(?:at|into) turn (?:1|one)",
        r"start crash",
    ),
    "restart": (
        r"(?:at|on|after|just after|right after|shortly after) the restart",
        r"(?:race|racing|action) (?:was |had )?resumed",
        r"restart crash",
    ),
    "later": (
        r"later",
        r"then",
        r"halfway",
        r"closing (?:laps|stages)",
        r"(?:final|last) laps?",
        r"(?:on|in) lap \d+",
        r"after \d+ laps",
        r"eventually",
        r"\w+ laps? (?:to go|from the end|before the (?:end|finish|flag))",
    ),
    "accident": (r"crash\w*", r"accident", r"shunt"),
    "part_before": (r"in", r"during", r"at the (?:start|end) of", r"halfway through"),
    "part_after": (r"(?:was |had )?resumed", r"began", r"started", r"got under ?way"),
    "part_word_before": (r"(?:in|during) the", r"at the (?:start|end) of the"),
    "ahead": (r"places?", r"spots?", r"berths?", r"ticket", r"through", r"progress", r"make it"),
}

_START_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["start"], EN["start"]) + r")(?![\w-])")
_RESTART_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["restart"], EN["restart"]) + r")(?![\w-])")
_LATER_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["later"], EN["later"]) + r")(?![\w-])")
_ACCIDENT_RE = re.compile(r"\b(?:" + alt(NL["accident"], EN["accident"]) + r")")
# Between the moment and the crash word a new clause about someone else may begin: "held his lead at the
# start, which led to Sainz crashing" tells no moment of that crash.
_BREAK_RE = re.compile(
    r";|,\s*(?:which|who|while|whereas|but|die|dat|waarna|terwijl|maar)\b|\b(?:which|while|whereas|waarna|terwijl)\b"
)
_PART_RE = re.compile(
    r"(?<![\w-])(?:(?:"
    + alt(NL["part_before"], EN["part_before"])
    + r") (?:de |het |the )?q(?P<a>[123])(?![\w-])|q(?P<b>[123]) (?:"
    + alt(NL["part_after"], EN["part_after"])
    + r")(?![\w-])|^q(?P<c>[123])\s*[-–:|]"  # a heading: "Q1 - Leclerc crasht"
    + r"|(?:"
    + alt(NL["part_word_before"], EN["part_word_before"])
    + r") (?P<d>eerste|tweede|derde|laatste|first|second|third|final|last) "
    + r"(?:deel|part|segment|session) (?:van de kwalificatie|of qualifying))"
)
# "een plek in Q2", "a place in Q3": a part looked ahead to, not the one the report is in
_AHEAD_RE = re.compile(
    r"\b(?:" + alt(NL["ahead"], EN["ahead"]) + r")\s+(?:in|into)\s+(?:de |het |the )?q[123]\b"
)
#: the events a moment is told of, with the words that tell each
_ANCHORS = {"crash": CRASH_RE, "culprit": CULPRIT_RE}
_PART_WORDS = {"eerste": "1", "tweede": "2", "derde": "3", "laatste": "3"}
_PART_WORDS.update({"first": "1", "second": "2", "third": "3", "final": "3", "last": "3"})
# The words every moment phrase holds: a sentence without any is not looked at further.
_GATE = (
    "start",
    "ronde",
    "lap",
    "bocht",
    "corner",
    "turn",
    "hervat",
    "resum",
    "meter",
    "line",
    "q1",
    "q2",
    "q3",
)


def _race_moments(f: str) -> list[tuple[str, int, int]]:
    """The race moments a folded sentence names ("start", "restart"), each with where it stands."""
    if not any(w in f for w in _GATE):
        return []
    found = [("restart", m.start(), m.end()) for m in _RESTART_RE.finditer(f)]
    # "na de herstart" holds no start; a start phrase is read outside the restart phrases
    rest = _RESTART_RE.sub(lambda m: " " * len(m.group(0)), f)
    found.extend(("start", m.start(), m.end()) for m in _START_RE.finditer(rest))
    return sorted(found, key=lambda t: t[1])


def _own_moment(f: str, anchor: re.Pattern[str]) -> str | None:
    """The one race moment of the event's own sentence: named once, in the event's own clause (nothing
    breaks off between it and the event's words, ``anchor``), and no other time in the race."""
    told = _race_moments(f)
    if len({t[0] for t in told}) != 1 or _LATER_RE.search(f):
        return None
    crash_at = [m.start() for m in anchor.finditer(f)]
    for moment, a, b in told:
        if "crash" in f[a:b]:
            return moment  # "de startcrash"
        for c in crash_at:
            lo, hi = (b, c) if c >= b else (c, a)
            if not _BREAK_RE.search(f, lo, hi):
                return moment
    return None


def _parts(f: str) -> list[str]:
    """The parts of qualifying a folded sentence names, in order ("q1", "q2")."""
    if "q" not in f and "deel" not in f and "part" not in f:
        return []
    return [
        "q" + (m.group("a") or m.group("b") or m.group("c") or _PART_WORDS[m.group("d")])
        for m in _PART_RE.finditer(_AHEAD_RE.sub(lambda a: " " * len(a.group(0)), f))
    ]


def _moment(x: Fact, moment: str) -> Fact:
    return replace(x, kind="moment", detail=moment, unit=x.kind, reason=None)


def crash_moments(
    facts: list[Fact], sentences: list[Sentence], folded: list[str], named: list[set[str]]
) -> list[Fact]:
    """``facts`` with a "moment" fact beside each crash whose moment the article tells, and a "lap" fact
    beside a crash whose lap the driverless sentence before it tells (``named``: the drivers each sentence
    names)."""
    crashes: dict[int, list[Fact]] = {}
    for x in facts:
        if x.kind in _ANCHORS and x.driver and x.status in ("final", "provisional"):
            crashes.setdefault(x.sentence, []).append(x)
    if not crashes:
        return facts
    has_lap = {(x.sentence, x.driver) for x in facts if x.kind == "lap" and x.detail == "crash"}
    # the sentences that name a driver or tell something of one
    told = {x.sentence for x in facts if x.driver} | {i for i, n in enumerate(named) if n}
    out = list(facts)
    for i, xs in crashes.items():
        # "na de start reed hij weg; in ronde 40 crashte hij": which moment stays open
        told_here = _race_moments(folded[i])
        carried = None if told_here else _carried(i, sentences, folded, crashes)
        race_xs = [x for x in xs if x.session == "race"]
        for kind, anchor in _ANCHORS.items():
            moment = _own_moment(folded[i], anchor) if told_here else carried
            if moment is not None:
                out.extend(_moment(x, moment) for x in race_xs if x.kind == kind)
        quali_xs = [x for x in xs if x.session == "qualifying"]
        part = _part_of(i, sentences, folded) if quali_xs else None
        if part is not None:
            out.extend(_moment(x, part) for x in quali_xs)
        j = i - 1
        if j >= 0 and ("ronde" in folded[j] or "lap" in folded[j]):
            crash_xs = [x for x in race_xs if x.kind == "crash"]
            out.extend(_carried_lap(j, i, sentences, folded, told, crash_xs, has_lap))
    return out


def _carried(
    i: int, sentences: list[Sentence], folded: list[str], crashes: dict[int, list[Fact]]
) -> str | None:
    """The race moment a sentence up to two back in the paragraph told for the crash of sentence ``i``
    (that sentence tells no crash of a driver itself; nothing after the moment, in between or in ``i``
    moves the time on)."""
    para = sentences[i].paragraph
    if _LATER_RE.search(folded[i]):
        return None
    for j in (i - 1, i - 2):
        if j < 0 or sentences[j].paragraph != para or j in crashes:
            return None
        told = _race_moments(folded[j])
        if told:
            kinds = {t[0] for t in told}
            if len(kinds) != 1 or _LATER_RE.search(folded[j], told[-1][2]):
                return None
            return kinds.pop()
        if _LATER_RE.search(folded[j]):
            return None
    return None


def _part_of(i: int, sentences: list[Sentence], folded: list[str]) -> str | None:
    """The part of qualifying the crash of sentence ``i`` happened in: the one its own sentence names,
    else the last one named before it in its paragraph, else in the paragraph before."""
    own = set(_parts(folded[i]))
    if own:
        return own.pop() if len(own) == 1 else None
    para = sentences[i].paragraph
    j = i - 1
    while j >= 0 and sentences[j].paragraph == para:
        named = _parts(folded[j])
        if named:
            return named[-1]
        j -= 1
    if j < 0:
        return None
    prev = sentences[j].paragraph
    while j >= 0 and sentences[j].paragraph == prev:
        named = _parts(folded[j])
        if named:
            return named[-1]
        j -= 1
    return None


def _carried_lap(
    j: int,
    i: int,
    sentences: list[Sentence],
    folded: list[str],
    told: set[int],
    xs: list[Fact],
    has_lap: set[tuple[int, str]],
) -> list[Fact]:
    """A "lap" fact for the one driver's crash of sentence ``i`` when sentence ``j`` just before it in the
    paragraph tells a driverless accident with its lap."""
    if (
        sentences[j].paragraph != sentences[i].paragraph
        or j in told
        or len({x.driver for x in xs}) != 1
        or not _ACCIDENT_RE.search(folded[j])
        or _LATER_RE.search(folded[i])
    ):
        return []
    found = list(LAP_RE.finditer(folded[j]))
    if len(found) != 1:
        return []
    lap = lap_number(found[0])
    x = xs[0]
    if lap is None or (x.sentence, x.driver) in has_lap:
        return []
    return [replace(x, kind="lap", detail="crash", amount=lap, unit="lap", reason=None)]
