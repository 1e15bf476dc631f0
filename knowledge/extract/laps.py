"""The lap of an event, told in the same clause as the event: "viel in ronde 12 uit", "crashte in de
eerste ronde", "retired on lap 7", "collided on lap 26 of 53".

A lap is a detail of a retirement, crash or collision the other families found; this helper adds a fact of
kind "lap" beside it: ``driver`` and ``others`` the event's, ``detail`` the event's kind, ``amount``
the lap (``unit`` "lap"). Overtakes keep their own moment ("lap:12" in ``detail``). A pit stop told with its
lap ("kwam in ronde 24 naar binnen", "made his second stop on lap 41") gives a "lap" fact of its own,
``detail`` "pit_stop" and ``other_label`` "stop:2" when the stop's number is told.

Only a lap phrase that names the lap exactly counts, and only when it stands in the same part of the clause
as the event's own verb: "after ten laps" / "na tien ronden" (the lap after?), "with three laps to go"
(needs the race's length), a lap in a subordinate part ("nadat hij in ronde 3 een lekke band kreeg, viel
hij uit") and a clause with two laps give nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.incidents import CRASH_RE, RETIRE_RE
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import ordinal_value

NL: Phrases = {
    "lap": (
        r"(?:in|op|tijdens) ronde (?P<n1>\d{1,2})",
        r"in de (?P<o1>\w+) (?:ronde|raceronde)",
        r"in (?:de )?(?P<o2>openings)ronde",
        r"in (?:de )?ronde (?P<w1>een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b",
        r"aan het einde? van ronde (?P<n6>\d{1,2})",
    ),
    # the parts of a clause a lap does not cross: the event and its lap stand in one
    "subordinate": (
        r"nadat",
        r"toen",
        r"doordat",
        r"terwijl",
        r"waarna",
        r"voordat",
        r"omdat",
        r"waardoor",
        r"na",
        r"maar",
    ),
    # a pit stop: "pitte in ronde 25", "kwam in ronde 14 naar binnen", "maakte in ronde 36 zijn tweede stop"
    # (a bare "stopte" may be a retirement: only with a stop's own words)
    "pit": (
        r"pit(?:te|ten|t)\b",
        r"(?:pit)?stop\b",
        r"pitstops?",
        r"naar binnen",
        r"binnen(?:kwam|kwamen|gehaald|geroepen)",
        r"kwam \w+ ?binnen",
        r"de pits? in",
        r"bandenwissel",
        # the team's call, its driver the object: "haalde Verstappen in ronde 16 binnen"
        r"(?:haalde|haalt|riep|roept) (?:[\w'-]+ ){1,3}?(?:naar )?binnen",
    ),
    "collide": (
        r"bots\w*",
        r"raakte\w*",
        r"geraakt",
        r"aanrijding\w*",
        r"contact",
        r"tikte\w*",
        r"aangetikt",
    ),
}
EN: Phrases = {
    "lap": (
        # ("forced to retire during the Lap 28")
        r"(?:on|in|at|during) (?:the )?lap (?P<n2>\d{1,2})",
        r"(?:on|in) the (?P<o3>\w+) lap",
        # "his retirement on the 28th of 53 laps"
        r"(?:on|in) the (?P<o4>\w+) of \d{1,2} (?:scheduled |planned )?laps",
        r"(?:on|in) lap (?P<w2>one|two|three|four|five|six|seven|eight|nine|ten)\b",
        # "called Verstappen in at the end of lap 16"
        r"at the end of lap (?P<n5>\d{1,2})",
    ),
    "subordinate": (
        r"after",
        r"when",
        r"while",
        r"before",
        r"because",
        r"since",
        r"which",
        r"but",
        r"as",
    ),
    "collide": (r"collid\w*", r"collision", r"contact", r"clash\w*", r"hit", r"tangled?"),
    "pit": (
        r"pitt(?:ed|ing)",
        r"pits",
        r"pit ?stops?",
        r"(?:first|second|third|only) stop",
        r"came in",
        r"boxed",
        r"stopped for (?:new |fresh )?tyres",
        # the team's call, its driver the object: "called Verstappen in", "bringing in the Finn"
        r"(?:called|calls|call|brought|brings|bring|bringing) (?:[\w'-]+ ){1,3}?in\b",
        r"(?:brought|brings|bring|bringing) in\b",
    ),
}

LAP_RE = re.compile(r"\b(?:" + alt(NL["lap"], EN["lap"]) + r")\b")
_SUBORDINATE_RE = re.compile(r"\b(?:" + alt(NL["subordinate"], EN["subordinate"]) + r")\b")
COLLIDE_RE = re.compile(r"\b(?:" + alt(NL["collide"], EN["collide"]) + r")")
_WORDS = {
    w: i + 1
    for i, w in enumerate(("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"))
}
_WORDS.update(
    {
        w: i + 1
        for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
    }
)
_EVENT_RES = {"retirement": RETIRE_RE, "crash": CRASH_RE, "collision": COLLIDE_RE}
_PIT_RE = re.compile(r"\b(?:" + alt(NL["pit"], EN["pit"]) + r")")
# which stop: "zijn tweede stop", "his first pit stop", "de 2e pitstop"
_STOP_NUMBER_RE = re.compile(
    r"\b(eerste|tweede|derde|first|second|third|1e|2e|3e|1st|2nd|3rd)\s+(?:pit ?)?stop"
)
_STOP_OF_RE = re.compile(r"\s+(?:van|of|by)\b")
_NOT_PIT_RE = re.compile(
    r"\b(?:drive[- ]through|stop[- ](?:and[- ])?go|straf\w*|penalt\w*|safety ?car|vsc|rode vlag|red flag|"
    r"gesloten|closed|moet|moest|zou|would|could|kon|kan|gaat|will|plan\w*|verwacht\w*|expected)\b"
)
#: ``other_label`` of a retirement's "lap" fact told as the laps run before it ("na vijf ronden"): no lap
#: number of the retirement itself
AFTER_LAPS = "after"
# "na (al) vijf ronden", "after just 12 laps" (not "na tien ronden aan de leiding": a stretch led)
_AFTER_LAPS_RE = re.compile(
    r"\b(?:na|after)\s+(?:(?:al|maar|slechts|amper|pas|just|only|a mere)\s+)?"
    r"(?:(?P<n7>\d{1,2})|(?P<w3>een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six|"
    r"seven|eight|nine|ten))\s+(?:ronden|rondes|rondjes|laps)\b(?!\s+(?:aan de leiding|in the lead|leading))"
)
#: the kinds whose lap this helper tells
LAP_KINDS = frozenset(_EVENT_RES)


_CALLED_IN_RE = re.compile(
    r"(?:called|calls|call|brought|brings|bring|bringing|haalde|haalt|riep|roept)\s+(?:in\s+)?"
)
_OBJECT_REACH = 24  # characters after "bringing in" where the one brought in is named


def _pit_lap(c: Clause, part: str, at: int, lap: int) -> list[Fact]:
    """The lap of a pit stop told in the same part of the clause (``part``, from ``at``), with which stop it
    was in ``other_label`` ("stop:2") when told. A penalty served, a stop under a neutralisation or one
    planned is no lap of his stop."""
    pit = _PIT_RE.search(part)
    if pit is None or _NOT_PIT_RE.search(c.text):
        return []
    pos = c.base + at + pit.start()
    if _STOP_OF_RE.match(part, pit.end()):
        return []  # "kreeg de leiding door een stop van Vettel": another's stop, its owner after it
    called = _CALLED_IN_RE.match(pit.group(0))
    if called:
        # "Red Bull called Verstappen in", "bringing in the Finn": the one called in is named in the phrase or
        # right after it
        end = pos + len(pit.group(0)) + (_OBJECT_REACH if pit.group(0).endswith(" in") else 0)
        inside = [m for m in c.sentence.mentions if pos + called.end() <= m.start < end and not m.group]
        who = inside[0].drivers if inside else ()
    else:
        who, end = owner_left(c, pos), pos
    if len(who) != 1 or not any(who[0] in m.drivers and m.start < end for m in c.sentence.mentions):
        # ("het moment dat de eerste coureur een stop maakte": nobody the sentence names)
        return []
    number = _STOP_NUMBER_RE.search(part)
    label = f"stop:{ordinal_value(number.group(1))}" if number else None
    return [Fact("lap", who[0], c.index, detail="pit_stop", other_label=label, amount=lap, unit="lap")]


def lap_number(m: re.Match[str]) -> int | None:
    """The lap a match of the lap phrase names: digits, a number word or an ordinal ("elfde", "opening")."""
    g = {k: v for k, v in m.groupdict().items() if v}
    for k, v in g.items():
        if k.startswith("n"):
            return int(v)
        if k.startswith("w"):
            return _WORDS.get(v)
        if v in ("openings", "opening"):
            return 1
        return lap_ordinal(v)
    return None


_LAP_ORDINAL_RE = re.compile(r"(\d{1,2})(?:e|ste|de|st|nd|rd|th)")


def lap_ordinal(token: str) -> int | None:
    """The lap an ordinal names: "elfde", "11e", "69ste", "52nd" (a race has more laps than places)."""
    m = _LAP_ORDINAL_RE.fullmatch(token)
    if m is not None:
        n = int(m.group(1))
        return n if n > 0 else None
    return ordinal_value(token)


def clause_part(clause: str, start: int, end: int) -> tuple[int, int]:
    """Where the part of ``clause`` that holds ``start:end`` begins and ends: between the subordinating
    words around it ("nadat", "when", ...), where a lap or a corner and its event must stand together."""
    cuts = [0] + [s.start() for s in _SUBORDINATE_RE.finditer(clause)] + [len(clause)]
    return max(x for x in cuts if x <= start), min(x for x in cuts if x >= end)


def laps(c: Clause, facts: list[Fact]) -> list[Fact]:
    """A "lap" fact for each retirement, crash or collision of ``facts`` whose lap the clause tells."""
    clause = c.text
    if "ronde" not in clause and "lap" not in clause:
        return []  # the substring test spares the patterns for the many clauses without a lap
    events = [x for x in facts if x.kind in LAP_KINDS and x.sentence == c.index]
    pit = _PIT_RE.search(clause) if not events else None
    if not events and pit is None:
        return []
    after = _AFTER_LAPS_RE.search(clause)
    if after is not None:
        # "was al na vijf ronden uitgevallen", "retired after just 12 laps": the laps he ran (not its lap)
        n = lap_number(after)
        ran = [x for x in events if x.kind == "retirement"] if n is not None else []
        return [replace(_lap_of(x, n or 0), other_label=AFTER_LAPS) for x in ran]
    found = list(LAP_RE.finditer(clause))
    if len(found) != 1:
        return []  # two laps in one clause: which is whose stays open
    m = found[0]
    lap = lap_number(m)
    if lap is None:
        return []
    a, b = clause_part(clause, m.start(), m.end())
    part = clause[a:b]
    if pit is not None:
        return _pit_lap(c, part, a, lap)
    return [_lap_of(x, lap) for x in events if _EVENT_RES[x.kind].search(part)]


def _lap_of(event: Fact, lap: int) -> Fact:
    """The "lap" fact of ``event`` (a retirement, crash or collision) on ``lap``."""
    return detail_of(event, "lap", amount=lap, unit="lap")


def detail_of(
    event: Fact,
    kind: str,
    *,
    amount: int | None = None,
    unit: str | None = None,
    other_label: str | None = None,
) -> Fact:
    """A fact of ``kind`` that tells a detail of ``event`` (its lap, its corner): the event's driver,
    sentence, session and others, ``detail`` the event's kind."""
    return Fact(
        kind,
        event.driver,
        event.sentence,
        session=event.session,
        others=event.others,
        detail=event.kind,
        amount=amount,
        unit=unit,
        other_label=other_label,
    )


# a live blog's lap marker opening a line: "LAP 61/62: Russell is in the wall!", "Ronde 20/72 - ..."
# (the race's laps in group 2)
LIVE_LAP_RE = re.compile(r"\s*(?:lap|ronde)\s+(\d{1,2})\s*/\s*(\d{2})\s*[:.-]")


def live_blog_laps(f: str, facts: list[Fact]) -> list[Fact]:
    """The facts of a live blog's line that opens with its lap ("LAP 61/62: Russell is in the wall"): its
    retirements, crashes and collisions get that lap (as "lap" facts), its neutralisations too (their
    ``amount``), unless the line tells a lap of its own."""
    m = LIVE_LAP_RE.match(f)
    if m is None or len(LAP_RE.findall(f, m.end())) > 0:
        return facts
    lap = int(m.group(1))
    told = {(x.driver, x.detail) for x in facts if x.kind == "lap"}
    out = []
    for x in facts:
        if x.kind == "safety_car" and x.amount is None and x.session == "race":
            x = replace(x, amount=lap, unit="lap")
        out.append(x)
        if x.kind in LAP_KINDS and (x.driver, x.kind) not in told:
            told.add((x.driver, x.kind))
            # (a copy of the event, its race and season already placed)
            out.append(
                replace(
                    x,
                    kind="lap",
                    position=None,
                    penalty=None,
                    reason=None,
                    other_label=None,
                    detail=x.kind,
                    amount=lap,
                    unit="lap",
                )
            )
    return out
