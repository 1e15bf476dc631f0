"""How long a driver's pit stop took, as an article states it: "een pitstop van 4,2 seconden", "stond 11
seconden stil" (after a sentence about his pit stop), "a slow 6.6sec pit stop", "stationary for 11 seconds".

The fact is kind "pit_stop": ``driver`` the driver, ``detail`` the seconds as written with a decimal point
("6.6"), ``unit`` "s", ``other_label`` what the figure measures: "stationary" (the car standing still in
its box) or "stop" (the stop, unsaid which part). A penalty served at a stop ("a five-second stop-go",
"vijf seconden straf bij zijn pitstop"), time lost ("verloor 5 seconden bij de stop") and a stop of a whole
team ("Red Bull's fastest stop") give none. A standing still told without a pit stop in its own or the
sentence before ("stond 10 seconden stil op de grid") gives none either.
"""

from __future__ import annotations

import re

from knowledge.extract.context import Clause
from knowledge.extract.incidents import clause_subject
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import Sentence

_N = r"(\d{1,2}(?:[.,]\d{1,3})?)"  # the one group of each phrase: the figure
_ABOUT_NL = (
    r"(?:(?:maar liefst|liefst|ruim|bijna|slechts|amper|zo'n|ongeveer|meer dan|een kleine|nog geen) )?"
)
_ABOUT_EN = r"(?:(?:just|only|nearly|almost|about|around|over|more than|a whopping|some) )?"
_SEC_NL = r" ?(?:seconden|seconde|sec\.?|s)\b"
_SEC_EN = r" ?-?(?:seconds?|secs?\.?|s)\b"

NL: Phrases = {
    "stop": (
        rf"(?:pitstop|stop|bandenwissel)\w* van {_ABOUT_NL}{_N}{_SEC_NL}",
        rf"{_N}{_SEC_NL}(?: durende| lange)? (?:pitstop|stop|bandenwissel)",
        # "de pitstop (van Sainz) duurde ruim 12 seconden"
        # ("de tweede stop van winnaar Max Verstappen in Brazilië duurde slechts 1,82 seconden")
        r"(?:pitstop|stop|bandenwissel)(?: van(?: \w+){1,6}?)? duurde "
        rf"(?:\w+ ){{0,3}}?{_ABOUT_NL}{_N}{_SEC_NL}",
    ),
    "stationary": (
        # "stond maar liefst 11 seconden stil" (the clause may start at "maar liefst"), "11 seconden
        # stilgestaan", "11 seconden stilstand"
        rf"{_ABOUT_NL}{_N}{_SEC_NL} (?:\w+ ){{0,3}}?stil(?:stand|staan|gestaan)?\b",
        rf"stilstand van {_ABOUT_NL}{_N}{_SEC_NL}",
    ),
    # what makes the figure no stop's duration: a penalty, time lost or gained
    "not": (
        r"straf\w*",
        r"stop-?(?:and-?)?go",
        r"drive-?through",
        r"verlo\w*",
        r"kostte",
        r"won\b",
        r"sneller",
    ),
    "pit": (r"pitstop\w*", r"pitbezoek\w*", r"bandenwissel\w*", r"in de pits", r"naar binnen"),
}
EN: Phrases = {
    "stop": (
        rf"{_N}{_SEC_EN} (?:pit[- ]?stop|stop|tyre change)",
        # ("Bottas's stop, which took an agonising 27 seconds": a word for it before the figure)
        r"(?:pit[- ]?stop|stop|tyre change),? "
        r"(?:of|lasting|that lasted|which lasted|took|which took|that took) "
        r"(?:an? )?(?:(?!just|only|nearly|almost|about|around|over|more|some)[a-z]+ )?"
        rf"{_ABOUT_EN}{_N}{_SEC_EN}",
    ),
    "stationary": (
        rf"(?:stationary|stood still|standing still|sat still|was stopped) for {_ABOUT_EN}{_N}{_SEC_EN}",
        rf"{_N}{_SEC_EN} (?:\w+ )?(?:stationary|standstill)",
    ),
    "not": (
        r"penalt\w*",
        r"stop-?(?:and-?)?go",
        r"drive-?through",
        r"lost",
        r"lose",
        r"cost",
        r"gained",
        r"faster",
    ),
    "pit": (r"pit ?stops?", r"pitted", r"pit lane", r"in the pits", r"tyre change", r"boxed"),
}

_STOP_RE = re.compile(r"(?<![\w.,])(?:" + alt(NL["stop"], EN["stop"]) + r")(?![- ]?(?:and[- ])?go\b)")
_STATIONARY_RE = re.compile(r"(?<![\w.,])(?:" + alt(NL["stationary"], EN["stationary"]) + r")")
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")")
_PIT_RE = re.compile(r"\b(?:" + alt(NL["pit"], EN["pit"]) + r")")
_GATE = ("stop", "stil", "stationary", "bandenwissel")
#: a figure beyond this is no stop but a pit-lane passage or a penalty
_MOST = 60.0


def pit_stops(c: Clause) -> list[Fact]:
    """The duration of the clause's driver's pit stop, stationary or unsaid which part."""
    clause = c.text
    if not any(w in clause for w in _GATE) or not any(ch.isdigit() for ch in clause):
        return []  # the substring tests spare the patterns for the many clauses without a stop and a figure
    # The sentence as a whole: a penalty or a second figure anywhere in it leaves the figure open.
    f = c.f
    found = [(m, "stop") for m in _STOP_RE.finditer(f)]
    found += [(m, "stationary") for m in _STATIONARY_RE.finditer(f)]
    if len({_figure(m) for m, _ in found}) != 1 or _NOT_RE.search(f):
        return []  # none, or two figures: which is whose stays open
    here = [x for x in found if c.base <= x[0].start() < c.base + len(clause)]
    if not here:
        return []  # the figure is another clause's
    m, what = next((x for x in here if x[1] == "stationary"), here[0])
    seconds = _figure(m).replace(",", ".")
    if float(seconds) <= 0 or float(seconds) > _MOST:
        return []
    who = clause_subject(c)
    if len(who) != 1:
        return []
    return [Fact("pit_stop", who[0], c.index, session="race", detail=seconds, unit="s", other_label=what)]


def _figure(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g)


def in_pit_context(facts: list[Fact], sentences: list[Sentence], folded: list[str]) -> list[Fact]:
    """``facts`` without a standing still told where neither its sentence nor the one before it in the
    paragraph speaks of a pit stop ("stond 10 seconden stil op de grid")."""
    out = []
    for x in facts:
        if x.kind == "pit_stop" and x.other_label == "stationary" and not _PIT_RE.search(folded[x.sentence]):
            i = x.sentence - 1
            if (
                i < 0
                or sentences[i].paragraph != sentences[x.sentence].paragraph
                or not _PIT_RE.search(folded[i])
            ):
                continue
        out.append(x)
    return out
