"""A practice session's timesheet as the articles tell it ("who was fastest in fp2 at imola 2022", "wie was
het snelst in vt3 op spa", "max vt3 portugal 2020 p?", "turkey 2020 fp2 who was second fastest", "in welke
vrije trainingen was max de snelste").

Only a question that names its session by number (or "the final practice") is answered, and only with a
place an article gives in that session: "fastest in practice" or "on Friday" may be any of two or three, and
a place in practice is no result. A driver's time in a session ("leclerc fp2 time") is the one an article
tells of him there. The gap between two drivers in a session ("gap max to lewis fp1", "hoeveel achterstand
had leclerc in vt2": to the session's fastest) and what happened in it ("wie crashte in vt3", "who caused the
red flag in fp1", "why did seb stop in fp1") are answered from the facts kept with that session. Asked
anything else of a session (its laps, tyres, hours), the place answers a neighbouring question: no answer.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import TYPE_CHECKING, TypeVar

from knowledge.extract.corners import corner_words
from knowledge.extract.practice import EVENT_KINDS, LAST_SESSION, sessions_named, without_sessions
from knowledge.text import ORDINAL_RE, lap_clock, ordinal_en, ordinal_nl, ordinal_value

if TYPE_CHECKING:
    from knowledge.answer import Answerer, FactIndex
    from knowledge.extract.model import Fact
    from knowledge.query import Query
    from knowledge.store import StoredFact

# the fastest asked: "who was fastest", "wie was het snelst", "who topped fp1", "wie won vt2"
_FASTEST_Q_RE = re.compile(
    r"\b(?:snelste?|fastest|quickest|topped|top of|bovenaan|won|wint|beste tijd|best time)\b"
)
# a place asked: "max vt3 p?", "welke plek", "hoeveelste", "where did he end up", "position"
_PLACE_Q_RE = re.compile(
    r"\bp\?|\b(?:plek|plaats|positie|position|place|hoeveelste|waar|where|result\w*|uitslag|"
    r"klassering|eindigde|finished|ended)\b"
)
# the sessions asked where he was fastest: "in welke vrije trainingen", "which practice sessions"
_WHICH_SESSIONS_Q_RE = re.compile(r"\b(?:in welke|welke|which|in which)\b")
# what else a session has: its times, laps, crashes, problems, gaps, hours (a fastest time stays a place)
_OTHER_Q_RE = re.compile(
    r"\b(?:tijd|tijden|time|times|ronden|rondes|rondjes|laps?|crash\w*|probleem|problemen|problem\w*|"
    r"waarom|why|hoe ?laat|wanneer|when|rode vlag|red flag|incident\w*|botst\w*|band\w*|tyres?|tires?|"
    r"sneller|langzamer|faster|slower|verschil|gap|achterstand|voorsprong|hoeveel|how (?:many|much|long)|"
    r"auto|car|team|debu\w*|reed .{0,20} in de auto|stewards|straf|penalty|reprimand\w*)\b"
)
_WHO_Q_RE = re.compile(r"\b(?:wie|who|whose|wiens)\b")
_WHAT_TIME_Q_RE = re.compile(r"\b(?:wat|welke|what|which)\b[^?]{0,20}\b(?:tijd|time)\b")
_BEST_TIME_RE = re.compile(r"\b(?:snelste|beste|fastest|quickest|best) (?:tijd|time|lap|ronde)\b")
_VERB_Q_RE = re.compile(
    r"\b(?:was|is|had|heeft|reed|rijdt|zette|werd|set|sets|clocked|topped|did|does|went|ging|noteerde)\b"
)
_ORD_RE = re.compile(r"(?<![\w-])(" + ORDINAL_RE + r")(?![\w-])")


def answer_practice(ans: Answerer, q: Query, index: FactIndex) -> tuple[str, list[StoredFact]] | None:
    """The place (or the fastest) an article gives in the practice session asked, or None."""
    if not q.grand_prix or q.season is None:
        return None
    f = q.folded
    if _EVENT_Q_RE.search(f) and not _FASTEST_Q_RE.search(f) and not _TIME_Q_RE.search(f):
        # ("who had the quickest lap when the red flag came out": the timesheet asked, not the flag)
        return _practice_event(ans, q, index)
    if q.why:
        return None
    f = q.folded
    # ("who set the fastest time in fp1": the fastest asked; "wat was de snelste tijd in vt1": the time)
    # ("wat was de snelste tijd van bottas in vt1": his time, not his place)
    # ("leclerc snelste tijd vt2": a fragment with no verb asks his time, not whether he was fastest)
    asks_who = _WHO_Q_RE.search(f) is not None or (
        bool(q.drivers)
        and not _WHAT_TIME_Q_RE.search(f)
        and not (_BEST_TIME_RE.search(f) and not _VERB_Q_RE.search(f))
    )
    if _GAP_Q_RE.search(f) and not _NOT_GAP_Q_RE.search(f):
        return _practice_gap(ans, q, index)
    if (
        _TIME_Q_RE.search(f)
        and not _NOT_TIME_Q_RE.search(f)
        and not _WHO_Q_RE.search(f)
        # ("was leclerc the fastest in fp2": his place; "leclerc fastest time fp2", "welke tijd": his time)
        and (not _FASTEST_Q_RE.search(f) or not _VERB_Q_RE.search(f) or _WHAT_TIME_Q_RE.search(f))
    ):
        return _practice_time(ans, q, index)
    if _OTHER_Q_RE.search(_BEST_TIME_RE.sub(" ", f) if asks_who else f):
        return None
    asked = sessions_named(f)
    gp = ans.ref.race(q.season, q.grand_prix)
    sprint = gp is not None and gp.has_sprint
    facts = [
        sf
        for sf in index.by_event_season.get((q.grand_prix, q.season), [])
        if sf.fact.kind == "practice" and sf.fact.position
    ]
    # ("the final practice" is the second of a sprint weekend, the third of another)
    last = "FP2" if sprint else "FP3"
    for_session: dict[str, list[StoredFact]] = {}
    for sf in facts:
        for_session.setdefault(last if sf.fact.detail == LAST_SESSION else sf.fact.detail or "", []).append(
            sf
        )
    asked = tuple(dict.fromkeys(last if s == LAST_SESSION else s for s in asked))
    race = ans.event_name(q.grand_prix, q.season, q.lang)
    en = q.lang == "en"
    if q.drivers and not asked and _WHICH_SESSIONS_Q_RE.search(f) and _FASTEST_Q_RE.search(f):
        # "in welke vrije trainingen was max de snelste": the sessions an article has him fastest in
        d = q.drivers[0]
        tops = sorted(s for s, sfs in for_session.items() if _top(sfs) == d)
        if not tops:
            return None
        used = [sf for s in tops for sf in for_session[s] if sf.fact.driver == d and sf.fact.position == 1]
        names = ", ".join(tops if en else [s.replace("FP", "VT") for s in tops])
        name = ans.driver_name(d)
        text = (
            f"{name} was fastest in {names} ({race})."
            if en
            else f"{name} was de snelste in {names} ({race})."
        )
        return text, used
    if len(asked) != 1:
        return None
    session = asked[0]
    sfs = for_session.get(session, [])
    # (a Dutch reader calls the second free practice "VT2")
    where = f"{session if en else session.replace('FP', 'VT')} ({race})"
    if q.drivers:
        if not (_PLACE_Q_RE.search(f) or _FASTEST_Q_RE.search(f)):
            return None
        d = q.drivers[0]
        mine = [sf for sf in sfs if sf.fact.driver == d]
        place = _agreed([sf.fact.position or 0 for sf in mine])
        if place is None:
            return None
        name = ans.driver_name(d)
        ordinal = ordinal_en(place) if en else ordinal_nl(place)
        if place == 1:
            text = f"{name} was fastest in {where}." if en else f"{name} was de snelste in {where}."
        else:
            text = (
                f"{name} was {ordinal} (P{place}) in {where}."
                if en
                else f"{name} werd {ordinal} (P{place}) in {where}."
            )
        return text, [sf for sf in mine if sf.fact.position == place]
    n = _place_asked(f)
    if n is None:
        return None
    at = [sf for sf in sfs if sf.fact.position == n]
    who = _agreed([sf.fact.driver for sf in at])
    if who is None or any(sf.fact.driver == who and sf.fact.position != n for sf in sfs):
        return None  # (an article that gives him another place there: the articles disagree)
    name = ans.driver_name(who)
    if n == 1:
        text = f"Fastest in {where}: {name}." if en else f"Snelste in {where}: {name}."
    else:
        ordinal = ordinal_en(n) if en else ordinal_nl(n)
        text = f"{ordinal.capitalize()} in {where}: {name}."
    return text, [sf for sf in at if sf.fact.driver == who]


# a lap time asked: "tijd van max in vt1", "leclerc fp2 time", "welke tijd reed bottas in vt3"
_TIME_Q_RE = re.compile(r"\b(?:tijd|rondetijd|time|lap ?time|laptime)\b")
# ... not a gap, a count, a moment or a clock time ("hoeveel tijd", "how much time", "what time did it start")
_NOT_TIME_Q_RE = re.compile(
    r"\b(?:hoeveel|how much|how many|verschil|gap|achterstand|voorsprong|behind|ahead|sneller|langzamer|"
    r"faster|slower|hoe laat|what time (?:did|does|do|will) (?:the|it)|start\w*|begin\w*|when|wanneer|"
    # ("op welke band reed max zijn tijd": the tyre, not the time)
    r"band\w*|tyres?|tires?|compound|rubber)\b"
)


def _practice_time(ans: Answerer, q: Query, index: FactIndex) -> tuple[str, list[StoredFact]] | None:
    """The lap time an article gives the driver asked beside his place in the practice session asked."""
    asked = _session_asked(ans, q)
    if len(q.drivers) != 1 or asked is None or q.grand_prix is None:
        return None
    session, last = asked
    mine = [
        sf
        for sf in index.by_driver_event.get((q.drivers[0], q.grand_prix), [])
        if sf.fact.kind == "practice_time"
        and sf.fact.season == q.season
        and _as_session(sf.fact.detail, last) == session
        and sf.fact.amount
    ]
    ms = _agreed([int(sf.fact.amount or 0) for sf in mine])
    if ms is None:
        return None
    time = lap_clock(ms)
    name = ans.driver_name(q.drivers[0])
    race = ans.event_name(q.grand_prix, q.season, q.lang)
    if q.lang == "en":
        return f"{name}'s time in {session} ({race}) was {time}.", mine
    return f"{name} reed in {session.replace('FP', 'VT')} ({race}) een tijd van {time}.", mine


# a gap asked: "gap max to lewis fp1", "hoeveel sneller was checo dan max in vt3", "how far was bottas behind
# max in fp2", "hoeveel achterstand had leclerc in vt2", "verschil hamilton verstappen vt1"
_GAP_Q_RE = re.compile(
    r"\b(?:gap|verschil|achterstand|voorsprong|margin|how far|hoe ver|sneller|langzamer|faster|slower|"
    r"quicker|behind|ahead|off the pace|toe op|tekort)\b"
)
# ... not one in laps, points or places ("hoeveel ronden", "how many places")
_NOT_GAP_Q_RE = re.compile(
    r"\b(?:ronden|rondes|laps?|punten|points|plaatsen|places|positions?|km/h|kph|mph)\b"
)
# the fastest of the session as the other one: "gap to the fastest", "achterstand op de snelste"
_TO_THE_TOP_Q_RE = re.compile(
    r"\b(?:snelste|fastest|quickest|top|leader|koploper|pole|bovenaan|de beste)\b|\bachterstand\b|\bhow far\b"
)


def _practice_gap(ans: Answerer, q: Query, index: FactIndex) -> tuple[str, list[StoredFact]] | None:
    """The gap an article tells between the two drivers asked in the practice session asked ("gap max to
    lewis fp1 zandvoort 2021"), or between the one asked and the session's fastest ("hoeveel achterstand had
    leclerc in vt2"): the figure the articles agree on, from the first one's side."""
    asked = _session_asked(ans, q)
    if asked is None or q.grand_prix is None:
        return None
    session, last = asked
    if len(q.drivers) == 2:
        a, b = q.drivers
    elif len(q.drivers) == 1 and _TO_THE_TOP_Q_RE.search(q.folded):
        a = q.drivers[0]
        tops = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "practice"
            and sf.fact.position == 1
            and _as_session(sf.fact.detail, last) == session
        ]
        top = _top(tops)
        if top is None or top == a:
            return None  # (the fastest asked how far he was off: a gap to the second, not asked so)
        b = top
    else:
        return None

    def of_session(x: Fact) -> bool:
        return x.session == "practice" and _as_session(x.other_label, last) == session

    told = ans.gap_between(q, index, a, b, of_session)
    if told is None:
        return None
    ahead, secs, used, name_a, name_b, race = told
    if q.lang == "en":
        side = "faster" if ahead else "slower"
        return f"In {session} ({race}), {name_a} was {secs} seconds {side} than {name_b}.", used
    side = "sneller" if ahead else "langzamer"
    return f"In {session.replace('FP', 'VT')} ({race}) was {name_a} {secs} seconde {side} dan {name_b}.", used


# what happened in a session asked: a crash or a spin, a red flag or a VSC, a stop or a problem
_CRASH_Q_RE = re.compile(
    r"\b(?:crash\w*|gecrasht|spin\w*|spun|muur|wall|barriers?|vangrail|bandenstapel\w*|botst\w*|collid\w*|"
    r"contact)\b"
)
_FLAG_Q_RE = re.compile(r"\b(?:rode vlag|red[- ]flag\w*|stilgelegd|onderbroken|vsc|virtual safety car)\b")
_STOP_Q_RE = re.compile(
    r"\b(?:stopte|stopped|stop|stil|stilgevallen|viel\w* stil|uitgevallen|retired?|probleem|problemen|"
    r"problem\w*|mis met|wrong with|kapot|broke\w*|defect\w*|issue\w*)\b"
)
_VSC_Q_RE = re.compile(r"\b(?:vsc|virtual)\b")
_EVENT_Q_RE = re.compile(f"{_CRASH_Q_RE.pattern}|{_FLAG_Q_RE.pattern}|{_STOP_Q_RE.pattern}")
_WHERE_Q_RE = re.compile(r"\b(?:waar|where|welke bocht|which (?:corner|turn)|in which corner)\b")
_CAUSED_Q_RE = re.compile(r"\b(?:wie|who|welke coureur|which driver)\b")
_CAUSE_Q_RE = re.compile(r"\b(?:waardoor|wat zorgde|what caused|oorzaak|cause)\b")
# one flag of several asked: "de eerste rode vlag", "the second red flag"
_NTH_FLAG_Q_RE = re.compile(r"\b(?:eerste|tweede|derde|laatste|first|second|third|last|andere|other)\b")


def _practice_event(ans: Answerer, q: Query, index: FactIndex) -> tuple[str, list[StoredFact]] | None:
    """A crash, a red flag or a stop the articles tell in the practice session asked ("wie crashte in vt3",
    "who caused the red flag in fp1", "why did seb stop in fp1", "where did hamilton crash in fp3"): from the
    facts kept with that session only (a crash of the race answers none of these)."""
    asked = _session_asked(ans, q)
    if asked is None or q.grand_prix is None or q.season is None or len(q.drivers) > 1:
        return None
    session, last = asked
    told = [
        sf
        for sf in index.by_event_season.get((q.grand_prix, q.season), [])
        if sf.fact.session == "practice"
        and sf.fact.kind in EVENT_KINDS
        and _as_session(sf.fact.other_label, last) == session
    ]
    f, en = q.folded, q.lang == "en"
    race = ans.event_name(q.grand_prix, q.season, q.lang)
    where = f"{session if en else session.replace('FP', 'VT')} ({race})"
    if _FLAG_Q_RE.search(f):
        kind = "vsc" if _VSC_Q_RE.search(f) else "red_flag"
        flags = [sf for sf in told if sf.fact.kind == "safety_car" and sf.fact.detail == kind]
        causes = list(dict.fromkeys(sf.fact.reason for sf in flags if sf.fact.reason))
        drivers = list(dict.fromkeys(sf.fact.driver for sf in flags if sf.fact.driver))
        if _NTH_FLAG_Q_RE.search(without_sessions(f)):
            return None  # (which of the session's flags is which, the facts do not tell)
        if _CAUSED_Q_RE.search(f):
            if len(drivers) != 1:
                return None  # ("who caused it": a driver, not a cause told without one)
            name = ans.driver_name(drivers[0])
            used = [sf for sf in flags if sf.fact.driver == drivers[0]]
            flag = "the red flag" if kind == "red_flag" else "the VSC"
            vlag = "de rode vlag" if kind == "red_flag" else "de VSC"
            text = f"{name} caused {flag} in {where}." if en else f"{name} zorgde voor {vlag} in {where}."
            return text, used
        if len(causes) == 1 and (q.why or _CAUSE_Q_RE.search(f)):
            used = [sf for sf in flags if sf.fact.reason == causes[0]]
            cause = causes[0]
            return (f"In {where}, as the article tells it: {cause}." if en else f"In {where}: {cause}."), used
        return None
    if q.drivers:
        d = q.drivers[0]
        mine = [sf for sf in told if sf.fact.driver == d or d in sf.fact.others]
        name = ans.driver_name(d)
        if _WHERE_Q_RE.search(f):
            return _practice_corner(q, index, mine, name, where)
        if q.why or _STOP_Q_RE.search(f):
            reasons = list(
                dict.fromkeys(
                    sf.fact.reason
                    for sf in mine
                    if sf.fact.kind in ("retirement", "crash") and sf.fact.reason and sf.fact.driver == d
                )
            )
            if len(reasons) != 1:
                return None
            used = [sf for sf in mine if sf.fact.reason == reasons[0]]
            return (
                f"{name} in {where}, as the article tells it: {reasons[0]}."
                if en
                else f"{name} in {where}, volgens het artikel: {reasons[0]}."
            ), used
        return None
    if not _CRASH_Q_RE.search(f) or q.why:
        return None
    crashed = [sf for sf in told if sf.fact.kind in ("crash", "collision")]
    names = list(dict.fromkeys(sf.fact.driver for sf in crashed))
    if not names or len(names) > 2:
        return None  # (more than two told: a list of the session's incidents, no one answer)
    who = (" and " if en else " en ").join(ans.driver_name(n) for n in names)
    return (f"In {where}: {who} crashed." if en else f"In {where} crashte {who}."), crashed


def _practice_corner(
    q: Query, index: FactIndex, mine: list[StoredFact], name: str, where: str
) -> tuple[str, list[StoredFact]] | None:
    """The one corner told beside his crash, collision or stop in the session (a corner fact of the same
    sentence), or None."""
    at = {(sf.article, sf.sentence_id) for sf in mine if sf.fact.kind in ("crash", "collision", "retirement")}
    corners = [
        sf
        for sf in index.by_driver_event.get((q.drivers[0], q.grand_prix or ""), [])
        if sf.fact.kind == "corner" and (sf.article, sf.sentence_id) in at
    ]
    labels = {sf.fact.other_label or "" for sf in corners}
    if len(labels) != 1:
        return None  # none told, or two: which one is asked stays open
    place = corner_words(labels.pop(), q.lang)
    if q.lang == "en":
        return f"{name} crashed at {place} in {where}.", corners
    return f"{name} crashte bij {place} in {where}.", corners


def _session_asked(ans: Answerer, q: Query) -> tuple[str, str] | None:
    """The one session a question names, and the weekend's final practice ("FP2" on a sprint weekend, else
    "FP3"), for ``_as_session``; None for no session or several."""
    asked = tuple(dict.fromkeys(sessions_named(q.folded)))
    if len(asked) != 1 or q.grand_prix is None or q.season is None:
        return None
    gp = ans.ref.race(q.season, q.grand_prix)
    last = "FP2" if gp is not None and gp.has_sprint else "FP3"
    return _as_session(asked[0], last) or "", last


def _as_session(label: str | None, last: str) -> str | None:
    """A session's label with "the final practice" made the weekend's own (``last``)."""
    return last if label == LAST_SESSION else label


def _place_asked(f: str) -> int | None:
    """The place a question without a driver asks: an ordinal besides the session's own, else the fastest."""
    m = _ORD_RE.search(without_sessions(f))
    if m is not None:
        return ordinal_value(m.group(1))
    return 1 if _FASTEST_Q_RE.search(f) else None


def _top(facts: list[StoredFact]) -> str | None:
    return _agreed([sf.fact.driver for sf in facts if sf.fact.position == 1])


_V = TypeVar("_V", bound=Hashable)


def _agreed(values: list[_V]) -> _V | None:
    """The one value all the facts give (the articles may not disagree), or None."""
    found = set(values)
    return found.pop() if len(found) == 1 else None
