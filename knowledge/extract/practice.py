"""Places on a practice session's timesheet: who was fastest in which free practice, and who set the
n-th time ("Verstappen was de snelste in de tweede vrije training", "Hamilton klokte in VT3 de vijfde tijd",
"Leclerc topped FP1", "Sainz set the third-fastest time in second practice").

A practice place is no result: the fact is kind "practice", with the session in ``detail`` ("FP1", "FP2",
"FP3", or "FP-last" for "the final practice", which is FP2 on a sprint weekend and FP3 on another) and the
place in ``position``. Only a session named by number gets a place: by the clause or its sentence, by the
sentence before, by the paragraph's first sentence (until another session is named), or by a practice report
(an article written before its race about one session, ``report_session``, or one whose lead opens with one
session, ``lead_session``; its places read as results are that session's, ``report_places``). "Fastest in
practice" or "on Friday" could be any of two or three.

Beside the places, a session keeps what else its clauses tell: the time of a driver ("practice_time"), a gap
between two drivers (``session_gaps``: kind "time_gap", session "practice", the session in ``other_label``),
and a crash, collision, stop or red flag (``session_events``, the same way), none of which answers a question
of the race.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.laptimes import only_lap_ms
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import ORDINAL_RE, ordinal_value

LAST_SESSION = "FP-last"

NL: Phrases = {
    # the session's noun after its number: "de tweede vrije training", "de eerste oefensessie"
    "session_noun": (
        r"vrije (?:training|oefensessie|oefenrit)\w*",
        r"oefensessie\w*",
        r"oefenrit\w*",
        r"trainingssessie\w*",
        r"training\w*",
    ),
    "first": (r"eerste", r"1e", r"1ste"),
    "second": (r"tweede", r"2e", r"2de"),
    "third": (r"derde", r"3e", r"3de"),
    "last": (r"laatste", r"afsluitende"),
    "two": (r"(?:de )?eerste twee", r"beide"),
    "all": (
        r"alle (?:drie|3)(?: de)?",
        r"alledrie(?: de)?",
        r"elk(?:e)? van de drie",
        r"ieder(?:e)? van de drie",
    ),
    # the fastest: "was de snelste", "klokte de snelste tijd", "het snelst", "de beste tijd", "bovenaan"
    "fastest": (
        r"(?:de |het )?snelste?(?: (?:tijd|rondetijd|ronde|rondje))?",
        r"de (?:beste|toptijd)(?: tijd)?",
        r"bovenaan(?: (?:de tijdenlijst|het klassement|de tijden))?",
        r"aan (?:de )?kop van (?:de tijdenlijst|het klassement)",
        r"voerde (?:de tijdenlijst|het klassement) aan",
    ),
    # the n-th: "de vijfde tijd", "de tweede snelste tijd", "als derde", "op de vierde plaats"
    "nth_after": (
        r"(?: snelste)? (?:tijd|rondetijd)",
        r"(?: snelste)? (?:plaats|plek|positie)",
        r" snelste",
    ),
    # ("Max Verstappen werd achtste", "eindigde als vijfde")
    # ("moest het met P12 doen": the place he had to settle for)
    "nth_before": (
        r"als",
        r"op (?:de |een )?",
        r"op plek",
        r"op plaats",
        r"(?:werd|eindigde|finishte|was) ",
        r"met",
    ),
    # the n-th right after the name, in a headline: "Verstappen tweede in eerste vrije training"
    "nth_headline": (r"in", r"tijdens", r"bij"),
}
EN: Phrases = {
    "session_noun": (r"(?:free )?practice(?: sessions?)?", r"session"),
    "first": (r"first", r"1st", r"opening"),
    "second": (r"second", r"2nd"),
    "third": (r"third", r"3rd"),
    "last": (r"final", r"last"),
    # ("set the pace in both practice sessions" on the Friday: the first two)
    "two": (r"(?:the )?first two", r"both"),
    "all": (r"all three", r"each of the three", r"every one of the three"),
    "fastest": (
        r"top(?:ped|s)(?! (?:up|off|out)\b)(?: the (?:timesheets?|times|order|standings))?",
        r"top(?:ped)? of the (?:timesheets?|times|order)",
        # (not "heads to China", "headed home": travelling)
        r"head(?:ed|s)(?! (?:to|into|for|home|back|off|out|up|down|towards?|straight)\b)"
        r"(?: the (?:timesheets?|times|order|field))?",
        r"set the pace",
        r"led the (?:way|times|timesheets?|session|order)",
        # "Leclerc leads Vettel in second F1 practice", "with Leclerc leading team-mate Vettel by 0.3 sec"
        r"lead(?:s|ing)"
        r"(?! (?:the |his |her )?(?:championship|standings|title|world|drivers|points|race|way|by \d+ p))"
        r"(?= (?:team-?mate |teammate )?[a-z][\w'-]+)",
        r"(?:was |went |the )?(?:fastest|quickest)(?: time| lap)?",
        r"(?:set|posted|clocked|recorded) the (?:best|fastest|quickest) (?:time|lap)",
    ),
    "nth_after": (r"[- ](?:fastest|quickest)(?: time)?", r" (?:best |fastest |quickest )?time", r" place"),
    "nth_before": (r"in", r"(?:was|were|finished|ended|came) "),
    "nth_headline": (r"in", r"during", r"at"),
}

# a session by its name: "VT2", "FP3", "practice 1", "de 2e vrije training"
_CODE_RE = re.compile(r"\b(?:vt|fp|practice|training) ?([123])\b")
_NUMBERED_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(
        f"(?P<{name}>{alt(NL[slot], EN[slot])})"
        for name, slot in (
            ("s1", "first"),
            ("s2", "second"),
            ("s3", "third"),
            ("sl", "last"),
            ("sa", "all"),
            ("st", "two"),
        )
    )
    + r"))"
    # "de tweede en derde vrije training": a second number before the noun
    + r"(?:\s+(?:en|and|&)\s+(?P<also>"
    + alt(NL["second"], NL["third"], EN["second"], EN["third"])
    + r"))?"
    + r"(?:\s+en\s+(?:tevens\s+)?laatste|\s+and\s+final)?"
    + r"\s+(?:f1 |formula 1 |formula one |formule 1 |f1-)?(?:"
    + alt(NL["session_noun"], EN["session_noun"])
    + r")\b"
    # ("the first session of qualifying" is Q1)
    + r"(?!\s+(?:of qualifying|van de kwalificatie))"
)
_ALSO = {
    **{w: "FP2" for w in ("tweede", "2e", "2de", "second", "2nd")},
    **{w: "FP3" for w in ("derde", "3e", "3de", "third", "3rd")},
}
# the fastest, not of a group only ("de snelste Mercedes", "fastest of the rest", "snelste van de
# achtervolgers"), nor "not the fastest", nor the fastest of another thing ("de snelste pitstop")
_ONLY_OF_RE = re.compile(
    # ("de snelste van het pak", "fastest of them all": of everyone; not "van de dag": a day may hold two)
    r"(?!\s*(?:van (?:het (?:hele )?(?:pak|veld|deelnemersveld)|allemaal|"
    r"alle (?:coureurs|rijders|deelnemers))|"
    r"of (?:them )?all|of all (?:the )?drivers|of the (?:field|session|whole field))\b)"
    r"\s*(?:van|of|onder|among|achter|behind|[a-z]+-?(?:coureur|driver|rijder|rookie|man)s?\b|"
    r"ferrari|mercedes|red bull|mclaren|renault|alpine|williams|haas|sauber|alfa|aston|racing|toro|"
    r"alphatauri|force|pitstop|pit stop|sector|speed|snelheid|straight|rechte|man|rookie|non|in the dry|"
    r"in de droge|(?:in|through|door) (?:the |de )?(?:speed ?trap|snelheidsval|sector))\b"
)
# "klokte 1.30,100 als snelste tijd": a lap time told as his own best (no article: not "als de snelste")
_OWN_BEST_BEFORE_RE = re.compile(r"\d[.:,m]\d{2}[.,]\d{2,3}s?\s+als\s+$")
_NOT_BEFORE_RE = re.compile(
    r"\b(?:niet|geen|not|never|nooit|nowhere near|bijna|almost|nearly)\s+(?:\w+\s+)?$"
)
# "off the quickest time", "achter de snelste tijd", "gap to the fastest": a reference, nobody placed first
_REFERENCE_BEFORE_RE = re.compile(r"\b(?:off|behind|from|to|achter|van)\s+(?:(?:the|de|het)\s+)?$")
_HIS_BEFORE_RE = re.compile(r"\b(?:zijn|z'n|haar|his|her|their|hun)\s+$")
FASTEST_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["fastest"], EN["fastest"]) + r")(?![\w-])")
_NTH_RE = re.compile(
    r"(?<![\w-])(?:(?:de |een |the |a )?(?P<ord>"
    + ORDINAL_RE
    + r")(?:"
    + alt(NL["nth_after"], EN["nth_after"])
    + r")|(?:"
    + alt(NL["nth_before"], EN["nth_before"])
    + r")\s*(?P<ord2>"
    + ORDINAL_RE
    + r"))(?![\w-])"
)
_NTH_HEADLINE_RE = re.compile(
    r"(?<![\w-])(?P<ord>" + ORDINAL_RE + r")(?=\s+(?:" + alt(NL["nth_headline"], EN["nth_headline"]) + r")\b)"
)
# "De derde en vierde tijd kwamen op naam van Bottas en Hamilton": places in a list, paired by order, not read
_ORDINAL_LIST_RE = re.compile(
    r"(?<![\w-])(?:" + ORDINAL_RE + r")\s*(?:,|en|and|&)\s*(?:de |the )?(?:" + ORDINAL_RE + r")\b"
)
# a place told as another thing than a session's: a gap ("op de tweede rij"), a corner, a lap
_NOT_A_PLACE_RE = re.compile(r"\s*(?:rij|row|bocht|corner|turn|ronde|lap|run|poging|attempt|stint|set)\b")


def sessions_named(text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """The practice sessions folded ``text`` names by number ("FP1", "FP2", "FP3", ``LAST_SESSION``), in
    order, each once; with ``start`` and ``end``, only the names that reach into that stretch ("de tweede en
    | derde vrije training": a clause cut at "en" still has both)."""
    stop = len(text) if end is None else end
    found: list[tuple[int, str]] = [
        (m.start(), "FP" + m.group(1))
        for m in _CODE_RE.finditer(text)
        if m.end() > start and m.start() < stop
    ]
    for m in _NUMBERED_RE.finditer(text):
        if m.end() <= start or m.start() >= stop:
            continue
        if m.group("sa") or m.group("st"):
            found.extend((m.start(), s) for s in ("FP1", "FP2", "FP3")[: 3 if m.group("sa") else 2])
            continue
        first = (
            "FP1" if m.group("s1") else "FP2" if m.group("s2") else "FP3" if m.group("s3") else LAST_SESSION
        )
        found.append((m.start(), first))
        also = m.group("also")
        if also:
            found.append((m.start(), _ALSO.get(also, LAST_SESSION)))
    return tuple(dict.fromkeys(s for _, s in sorted(found)))


# the first time set in the session, in time ("voordat de eerste tijd werd neergezet", "before the first time
# was set"): no place on the timesheet
_FIRST_SET_RE = re.compile(
    r"\b(?:voordat|voor|tot|before|until)\s+(?:\w+\s+){0,2}(?:de|het|the)\s+eerste\s+(?:tijd|rondetijd|ronde)\b"
    r"|\b(?:voordat|voor|tot|before|until)\s+(?:\w+\s+){0,2}the\s+first\s+(?:time|lap time|timed lap)\b"
)
# a place on the timesheet for a while, not at the session's end: "al snel", "aanvankelijk", "early on"
_BUT_N_RE = re.compile(r"(?<![\w-])op (een|twee|drie|1|2|3) na (?:snelste|beste|snelst)(?![\w-])")
_BUT_N = {"een": 2, "1": 2, "twee": 3, "2": 3, "drie": 4, "3": 4}
_FOR_A_WHILE_RE = re.compile(
    # ("At the time, Gasly was fastest", "op dat moment": the top when the report looks in)
    # ("staat kortstondig bovenaan", "briefly topped the times": for a moment)
    r"\b(?:at the time|at that (?:time|point|stage)|op dat moment|op dat ogenblik|kortstondig|tijdelijk|"
    r"even bovenaan|briefly|momentarily|temporarily|"
    # "after ten minutes Verstappen topped the timesheet", "topped the early stages of the session"
    r"after (?:\w+ ){0,2}minutes|minutes into|na (?:\w+ ){0,2}minuten|early stages|"
    r"al snel|aanvankelijk|in eerste instantie|in (?:het begin|de beginfase|de openingsfase)|lange tijd|"
    r"early on|initially|at first|early in the session|for (?:much|most) of the session|for a long time|"
    # "wat aan het begin van de training de snelste tijd was", "in the early stages of the session"
    r"aan het begin van de (?:training|sessie)|in the (?:early stages|opening minutes|first minutes) of the "
    r"(?:session|practice)|at the start of the session|"
    # "took him back to the top of the timesheet", "weer bovenaan": a return to the top during the session
    r"back to the top|terug naar (?:de top|boven)|weer bovenaan)\b"
)


# what is no place on the session's timesheet: a sector's time ("paarse minisectors", "quickest in the second
# sector"), last year's session ("Last year the quickest lap time in FP2 was ..."), the first lap of the
# session in time ("de eerste die een snelle tijd klokte", "the first to post a time", "de eerste snelle
# ronde")
_NOT_THE_SHEET_RE = re.compile(
    r"\b(?:(?:in|op) (?:de |het |the )?(?:(?:eerste|tweede|derde|laatste|first|second|third|final|last) )?"
    r"(?:mini)?sectors?|paarse|purple|baanvak\w*|vorig jaar|last year|a year ago|een jaar eerder|"
    r"(?:de|het|the) eerste (?:\w+ ){0,3}die (?:\w+ ){0,3}(?:tijd|ronde|rondetijd)|"
    r"(?:the )?first (?:\w+ ){0,4}to (?:post|set|clock|record) (?:a|an|his) (?:\w+ )?(?:time|lap)|"
    r"(?:de|het|the) eerste (?:snelle |echte |)(?:ronde|rondetijd|tijd) van de (?:sessie|training)|"
    r"the first (?:quick |fast |timed |flying )?lap of the session)\b"
)


def practice_places(c: Clause, sessions: tuple[str, ...]) -> list[Fact]:
    """The places the clause ``c`` gives on the timesheet of ``sessions`` (those it names, else those the
    sentence or the one before named)."""
    clause = c.text
    opening = _FOR_A_WHILE_RE.match(c.f)
    if _FIRST_SET_RE.search(c.f) or _NOT_THE_SHEET_RE.search(c.f):
        return []  # "duurde 25 minuten voordat de eerste tijd werd neergezet door Latifi": first in time
    if not sessions or _FOR_A_WHILE_RE.search(clause) or (opening and c.base <= opening.end() + 2):
        # ("Al snel wist Bottas zich bovenaan de tijdenlijst te melden": the top for a while; "At the time,
        # Gasly was fastest": the clause right after it opening the sentence)
        return []
    stat = list(_STAT_RE.finditer(clause))
    if stat:
        return [x for m in stat for x in _stat_fact(c, m)]
    named = _CODE_RE.findall(clause) + [m.group(0) for m in _NUMBERED_RE.finditer(clause)]
    if len(named) > 1 and len({d for x in c.mentions if not x.group for d in x.drivers}) > 1:
        return []  # "Verstappen topped FP1 and Hamilton FP2": which place is whose is not read here
    # "de op een na snelste tijd", "op twee na snelst": second, third (not the fastest)
    but = _BUT_N_RE.search(clause)
    m = but if but is not None else _fastest(clause)
    place = _BUT_N[but.group(1)] if but is not None else 1
    if m is None:
        # (a session's own number is no place: "In second practice, Hamilton was third")
        bare = without_sessions(clause)
        if _ORDINAL_LIST_RE.search(without_sessions(c.f)):
            return []  # (the sentence's: a clause may be cut at its "en")
        n = _NTH_RE.search(bare)
        if n is None:
            # "Verstappen tweede in eerste vrije training": the n-th right after the name, in a headline
            n = _NTH_HEADLINE_RE.search(bare)
            after_name = n is not None and any(x.end <= c.base + n.start() <= x.end + 1 for x in c.mentions)
            n = n if after_name else None
        if n is None or _NOT_A_PLACE_RE.match(clause, n.end()):
            return []
        value = ordinal_value(n.groupdict().get("ord") or n.groupdict().get("ord2") or "")
        if value is None or not 1 <= value <= 24:
            return []
        m, place = n, value
    who = _taken_by(c, m) or owner_left(c, c.base + m.start())
    if len(who) != 1:
        return []
    return [Fact("practice", who[0], c.index, session="practice", position=place, detail=s) for s in sessions]


def tells_fastest(clause: str) -> bool:
    """Whether ``clause`` tells someone fastest, not the fastest lap ("Fastest lap: 1:18.741 (Norris)" after
    a practice line is the race's): a sentence that goes on about the practice session named before it."""
    return any(
        not m.group(0).endswith(("lap", "ronde", "rondje"))
        and not _REFERENCE_BEFORE_RE.search(clause, max(0, m.start() - 12), m.start())
        for m in FASTEST_RE.finditer(clause)
    )


def tells_place(clause: str, sentence: str) -> bool:
    """Whether ``clause`` tells an n-th place ("Verstappen werd achtste") in a ``sentence`` that names no
    qualifying: in a paragraph about one practice session, that session's."""
    return _NTH_RE.search(without_sessions(clause)) is not None and not _QUALI_WORDS_RE.search(sentence)


# what makes a bare place in a practice report another thing than the session's: the standings, what may be,
# another year or another race, the first out or first in time ("raakte de tweede plek in de WK-stand
# kwijt", "als hij op de zevende plek eindigt", "in 2018 stoomde hij op naar de vijfde plek", "kwamen als
# eerste de baan op", "was first running the medium tyre")
_NOT_A_SHEET_PLACE_RE = re.compile(
    r"\b(?:wk\w*|stand|klassement|kampioenschap\w*|championship|standings?|points?|punten|"
    r"als (?:hij|ze|zij|het)|indien|mocht|if|would|zou\w*|could|kan|kunnen|"
    r"(?:19|20)\d\d|vorig jaar|last year|geleden|ago|race|wedstrijd|grand prix|grote prijs|finish\w*|"
    r"als eerste|first (?:to|out|on|running|driver|car|onto)|(?:de|the) baan op)\b"
)


def tells_sheet_place(clause: str, sentence: str) -> bool:
    """Whether ``clause`` tells an n-th place on the timesheet ("Pérez is terug te vinden op de dertiende
    plek", "Albon moest het met P12 doen") in a ``sentence`` that names no qualifying, no standings, no other
    year or race and no supposition: in a report of one practice session, that session's."""
    return tells_place(clause, sentence) and not _NOT_A_SHEET_PLACE_RE.search(sentence)


def without_sessions(clause: str) -> str:
    """``clause`` with the sessions it names blanked out (the same length: positions stay)."""
    for rx in (_NUMBERED_RE, _CODE_RE):
        clause = rx.sub(lambda m: " " * len(m.group(0)), clause)
    return clause


def _fastest(clause: str) -> re.Match[str] | None:
    for m in FASTEST_RE.finditer(clause):
        if _ONLY_OF_RE.match(clause, m.end()) or _NOT_BEFORE_RE.search(clause, 0, m.start()):
            continue
        if m.group(0).startswith("snelste") and _OWN_BEST_BEFORE_RE.search(clause, 0, m.start()):
            continue
        if _HIS_BEFORE_RE.search(clause, max(0, m.start() - 8), m.start()):
            continue  # "zijn snelste tijd op de medium", "his fastest lap": his own best, no first place
        if _REFERENCE_BEFORE_RE.search(clause, max(0, m.start() - 12), m.start()):
            continue  # "seven-tenths off the quickest time": the time others are measured by
        if re.search(r"(?:" + ORDINAL_RE + r")[- ]$", clause[: m.start()]):
            continue  # "de tweede snelste tijd": the n-th, read below
        return m
    return None


# "De snelste tijd was weggelegd voor Bottas", "the fastest time went to Leclerc": named after the place
# (not a bare "voor": "was de snelste voor Hamilton" is ahead of him)
_TAKEN_BY_RE = re.compile(
    r"\s*(?:was |is |werd )?(?:weggelegd voor|ging naar|was voor|went to|belonged to|was for)\s"
)


def _taken_by(c: Clause, m: re.Match[str]) -> tuple[str, ...]:
    if not _TAKEN_BY_RE.match(c.text, m.end()):
        return ()
    after = [x for x in c.mentions if x.start >= c.base + m.end() and not x.group]
    return after[0].drivers[:1] if after else ()


# a line of statistics: "Snelste tijd VT1 1:34.057 (Verstappen) Snelste tijd VT2 1:33.232 (Hamilton)"
_STAT_RE = re.compile(
    r"\b(?:snelste|beste|fastest|quickest|best)(?: tijd| time)?:?\s+(?:in\s+)?(?:vt|fp) ?([123])\b"
    r"[^()]{0,30}\(\s*"
)


def _stat_fact(c: Clause, m: re.Match[str]) -> list[Fact]:
    """The fastest of the session a statistics line names, by the name in brackets after its time."""
    named = [x for x in c.mentions if x.start == c.base + m.end() and not x.group]
    if not named or len(named[0].drivers) != 1:
        return []
    return [
        Fact(
            "practice", named[0].drivers[0], c.index, session="practice", position=1, detail=f"FP{m.group(1)}"
        )
    ]


# a session of the weekend other than practice, or a condition: a sentence of one tells no practice place
_OTHER_SESSION_RE = re.compile(
    r"\b(?:kwalificatie\w*|kwali|qualifying|quali|q[123]|pole\w*|race|wedstrijd|grand prix|sprint\w*|"
    r"vorig jaar|last year|als|indien|if|zou|would|kan|could)\b"
)
# what a timesheet tells: a lap time, a gap, "de twintigste tijd", "slower"
_TIMESHEET_CUE_RE = re.compile(
    r"\d[:.]\d\d[.,]\d{3}|\b(?:op|at|\+)\s*\d+[.,]\d{3}\b|\+\d|\b(?:tijd|tijden|time|times|trager|sneller|"
    r"slower|quicker|faster)\b"
)
# a day named beside a place, in a report of one session: of the other day's sessions ("was vrijdag het
# snelst", in a report of the third session; not "third fastest in both sessions", which holds for each)
_FRIDAY_RE = re.compile(r"\b(?:vrijdag\w*|friday|gisteren|yesterday)\b")
_SATURDAY_RE = re.compile(r"\b(?:zaterdag\w*|saturday|gisteren|yesterday)\b")


def names_another_day(folded: str, session: str) -> bool:
    """Whether a sentence names another day than that of ``session`` ("was vrijdag het snelst" in a report
    of the third session): its place is of that day's sessions."""
    other = _FRIDAY_RE if session in ("FP3", "FP-last") else _SATURDAY_RE
    return other.search(folded) is not None


_REPORT_LEAD = 4  # sentences (the headline among them) that name the session a practice report is of
_PRACTICE_WORDS_RE = re.compile(r"\b(?:vrije training\w*|oefen\w*|training\w*|vt[123]|practice|fp[123])\b")
_QUALI_WORDS_RE = re.compile(r"\b(?:kwalific\w*|kwali|qualif\w*|quali|q[123]|pole\w*)\b")


def report_session(folded: list[str]) -> str | None:
    """The practice session an article reports on: the one its lead names, else the only one it names; None
    when the article speaks of qualifying as much as of practice (a qualifying report looks back on it)."""
    whole = " ".join(folded)
    if len(_PRACTICE_WORDS_RE.findall(whole)) <= len(_QUALI_WORDS_RE.findall(whole)):
        return None
    lead = sessions_named(" ".join(folded[:_REPORT_LEAD]))
    if set(lead) == {"FP3", "FP-last"}:
        return "FP3"  # ("derde training" in the headline, "de laatste vrije training" in the lead: one)
    if len(lead) == 1:
        return lead[0]
    if lead:
        return None
    named = sessions_named(whole)
    return named[0] if len(named) == 1 else None


# the end of the session: a top told with it is the session's, and others told without it were of a while
# ("Uiteindelijk was het Hamilton die de snelste tijd reed", "Aan het einde van de sessie", "sloot de training
# als snelste af", "at the end of the session", "ended the session on top", "by the chequered flag")
_AT_THE_END_RE = re.compile(
    r"\b(?:uiteindelijk|aan het (?:einde?|eind) van de (?:sessie|training)|"
    r"tot het (?:einde?|eind)(?: toe)?|bij het vallen van de vlag|sloot (?:\w+ ){0,4}af|"
    r"at the end of the session|by the end of the session|in the end|ultimately|"
    r"(?:ended|finished|closed) the (?:session|day)|by the (?:chequered|checkered) flag|"
    r"(?:finish|end) the day)\b"
)


def settle_tops(facts: list[Fact], folded: list[str]) -> list[Fact]:
    """The fastest of a session an article tells several times over: when one driver's top is told with the
    session's end ("Uiteindelijk was het Hamilton die de snelste tijd reed") and the others' are not, theirs
    were tops of a while ("Verstappen reed een nieuwe snelste tijd", "Bottas heroverde de eerste stek") and
    are dropped."""
    tops: dict[str | None, list[Fact]] = {}
    for x in facts:
        if x.kind == "practice" and x.position == 1:
            tops.setdefault(x.detail, []).append(x)
    drop: set[int] = set()
    for told in tops.values():
        ended = {x.driver for x in told if _AT_THE_END_RE.search(folded[x.sentence])}
        if len(ended) != 1:
            # ("Leclerc tops FP2 ahead of Sainz", the headline: what the session came to)
            ended = {x.driver for x in told if _is_headline(folded, x.sentence)}
        if len({x.driver for x in told}) > 1 and len(ended) == 1:
            drop.update(id(x) for x in told if x.driver not in ended)
    return [x for x in facts if id(x) not in drop] if drop else facts


# the race or another year named: a gap of the race's, or of a session past, not the practice session's
_RACE_WORDS_RE = re.compile(r"\b(?:race\w*|wedstrijd\w*|sprint\w*|vorig jaar|last year|finish\w*|streep)\b")
_HEADLINE_MAX = 90  # characters: a title line, not a first sentence


def _is_headline(folded: list[str], i: int) -> bool:
    """Whether sentence ``i`` is the article's headline: one of its first two lines, short, with no full
    stop."""
    f = folded[i].rstrip()
    return i <= 1 and len(f) <= _HEADLINE_MAX and not f.endswith((".", "?", "!", ":"))


def lead_session(folded: list[str], names_driver: list[bool]) -> str | None:
    """The practice session the article's lead opens with: the first sentence of the lead that names a
    session names a driver and one practice session by number ("Norris heeft vrijdag in de tweede vrije
    training de derde tijd gereden"), and no sentence before it names qualifying ("pakte pole", "de
    kwalificatie"). A report of that session, when it was written on a practice day, whatever it says of
    qualifying and of the other sessions later on ("In de eerste training was hij ...", "De kwalificatie
    begint zaterdag om 16.00 uur")."""
    for f, driver in zip(folded[:_REPORT_LEAD], names_driver, strict=False):
        named = sessions_named(f)
        if _QUALI_WORDS_RE.search(f):
            # ("Hamilton pakt pole na een crash in de derde training", "After a final practice led by Latifi,
            # qualifying took place": qualifying's report)
            return None
        if named and not driver:
            return None  # ("De tijden waren niet te vergelijken met die van VT2": no one's session told)
        if named:
            one = set(named) - {LAST_SESSION} if len(named) == 2 and LAST_SESSION in named else set(named)
            # ("de tweede en laatste vrije training": one session; "de eerste twee trainingen": two)
            return one.pop() if len(one) == 1 else None
    return None


def report_places(
    facts: list[Fact],
    folded: list[str],
    session: str,
    event: str | None,
    season: int | None,
    practice_day: bool = False,
) -> list[Fact]:
    """In a report of one practice session written before the race, the places read as results (a finish
    told before the race's day is only what may come) are that session's: "Bottas bleef Ricciardo, tweede op
    0.035, voor", "1. Verstappen 1.16.656"."""
    out: list[Fact] = []
    for x in facts:
        f = folded[x.sentence]
        if x.kind in ("finish", "qualifying") and _ORDINAL_LIST_RE.search(without_sessions(f)):
            continue  # "De derde en vierde tijd kwamen op naam van ...": places paired by order, not read
        if x.kind in ("finish", "qualifying") and (_NOT_THE_SHEET_RE.search(f) or _FIRST_SET_RE.search(f)):
            continue  # "was de eerste die een snelle tijd vestigde": first in time, not on the timesheet
        if x.kind in ("finish", "qualifying") and names_another_day(f, session):
            continue  # "was vrijdag het snelst in beide sessies": the place of another day's sessions
        if (
            x.kind in ("finish", "qualifying")
            and x.status in ("final", "hypothetical")
            and x.grand_prix == event
            and x.season == season
            and x.position
            and (
                _TIMESHEET_CUE_RE.search(f)
                # a qualifying place in a practice report read from the day or the paragraph, not from a word
                # of qualifying ("Hamilton en Russell waren pas zevende en negende"): the session's place
                or (x.kind == "qualifying" and not _QUALI_WORDS_RE.search(f))
            )
            and not _OTHER_SESSION_RE.search(f)
        ):
            out.append(
                Fact(
                    "practice",
                    x.driver,
                    x.sentence,
                    x.season,
                    x.grand_prix,
                    "practice",
                    x.position,
                    detail=session,
                )
            )
        elif (
            practice_day  # (a report dated on race day may be the race's: its crashes are left as they are)
            and x.kind in EVENT_KINDS
            and x.session == "race"
            and x.grand_prix == event
            and x.season == season
            and of_the_session(f)
            and not names_another_day(f, session)
        ):
            out.extend(session_events([x], (session,)))  # ("crashte in bocht 15", in a report of VT3)
        elif (
            x.kind == "lap_time"
            and x.session == "qualifying"
            and x.grand_prix == event
            and of_the_session(f)
            and not names_another_day(f, session)
        ):
            # ("Verstappen kwam tijdens de tweede sessie tot 1.45,507", "ging rond in 1.18,750"): a time on
            # the session's timesheet, no qualifying time (a driver told two times has no one best here)
            out.append(
                Fact(
                    "practice_time",
                    x.driver,
                    x.sentence,
                    x.season,
                    x.grand_prix,
                    "practice",
                    amount=x.amount,
                    unit=x.unit,
                    detail=session,
                )
            )
        elif (
            x.kind == "time_gap"
            and x.session == "race"
            and x.grand_prix == event
            and of_the_session(f)
        ):
            # ("Verstappen was 0,184 seconde langzamer dan Hamilton": a gap on the session's timesheet, no gap
            # at the race's finish)
            out.extend(session_gaps([x], (session,), f))
        elif x.kind in ("finish", "qualifying") and x.status == "hypothetical" and x.grand_prix == event:
            continue  # (a race outcome told before it in a practice report: none)
        else:
            out.append(x)
    return out


def practice_times(c: Clause, places: list[Fact]) -> list[Fact]:
    """The lap time told beside a driver's place on a practice session's timesheet ("Leclerc topped FP2
    with a 1:43.224", "Max P3 posting a 1:17.701"): his best of that session, a fact of kind "practice_time"
    (``amount`` the milliseconds, ``detail`` the session). Only one place of one driver in one session, and
    one time in the clause; a time he improved on or a time of the moment ("at the time") gives none."""
    if len(places) != 1 or not places[0].detail:
        return []
    ms = only_lap_ms(c.text)
    if ms is None or _NOT_HIS_BEST_RE.search(c.text):
        return []
    x = places[0]
    return [
        Fact("practice_time", x.driver, c.index, session="practice", amount=ms, unit="ms", detail=x.detail)
    ]


# a gap of a moment of the session: "na twaalf ronden", "nog altijd", "after ten laps", "still"
_STILL_RE = re.compile(
    r"\b(?:na \w+ (?:ronden|rondes|rondjes)|after \w+ laps|nog altijd|nog steeds|still)\b"
)
# the weekend's race named after the session: "de tweede vrije training voor de Grand Prix van Bahrein"
_FOR_THE_GP_RE = re.compile(
    r"\b(?:voor|van|for|of|ahead of) (?:de|het|the) (?:grand prix|grote prijs|gp|race)\b"
)


#: what may happen in a practice session as in a race: kept with the session (session "practice", the
#: session in ``other_label``), never a race's
EVENT_KINDS = frozenset({"crash", "collision", "retirement", "safety_car"})


def of_the_session(sentence: str) -> bool:
    """Whether a sentence of a practice report names no qualifying, race or year past: what it tells
    happened in the session reported on."""
    return not _QUALI_WORDS_RE.search(sentence) and not _RACE_WORDS_RE.search(sentence)


def session_events(facts: list[Fact], sessions: tuple[str, ...]) -> list[Fact]:
    """The crashes, collisions, stops and red flags a clause of one practice session tells ("crashte in de
    derde vrije training", "Vettel viel in VT1 stil met motorproblemen"), as that session's; none of several
    sessions."""
    if len(sessions) != 1:
        return []
    return [
        replace(x, session="practice", other_label=sessions[0])
        for x in facts
        if x.kind in EVENT_KINDS and x.session in ("race", "practice")
    ]


def session_gaps(gaps: list[Fact], sessions: tuple[str, ...], sentence: str) -> list[Fact]:
    """The time gaps between two drivers a clause of one practice session tells ("was 0,405 seconden sneller
    dan zijn teamgenoot", "beating Verstappen by 0.033s"): kind "time_gap" with session "practice" and the
    session in ``other_label`` (``detail`` keeps the side). None of several sessions, of another year or race,
    or of the standings."""
    if (
        len(sessions) != 1
        or _NOT_A_SHEET_PLACE_RE.search(_FOR_THE_GP_RE.sub(" ", sentence))
        or _FOR_A_WHILE_RE.search(sentence)
        or _STILL_RE.search(sentence)
    ):
        return []  # (nor a gap of a moment: "op dat moment", "na twaalf ronden nog altijd")
    return [
        replace(x, session="practice", other_label=sessions[0], position=None, status="final")
        for x in gaps
        if x.kind == "time_gap" and len(x.others) == 1 and x.amount and x.unit == "ms"
    ]


def bare_time(c: Clause, sessions: tuple[str, ...], sentence: str) -> list[Fact]:
    """The lap time a clause of a practice report gives the one driver it names, with no place beside it
    ("Verstappen kwam tijdens de tweede sessie tot 1.45,507", "Leclerc raasde over het stratencircuit in
    1.41,604"): his time of the session, unless it is one he improved on, of the moment or of another thing
    (a driver told two times has no one best, and the answer then says nothing)."""
    if len(sessions) != 1 or _NOT_HIS_BEST_RE.search(c.text) or _NOT_A_SHEET_PLACE_RE.search(sentence):
        return []
    ms = only_lap_ms(c.text)
    drivers = {d for x in c.mentions if not x.group for d in x.drivers}
    if ms is None or len(drivers) != 1 or _TIME_OF_ANOTHER_RE.search(c.f):
        return []
    if not _HIS_BEST_RE.search(c.f):
        return []  # ("clocked a lap time of 1:46.928 on a still damp track": a time of the moment)
    driver, session = drivers.pop(), sessions[0]
    return [Fact("practice_time", driver, c.index, session="practice", amount=ms, unit="ms", detail=session)]


# a time told as his best of the session: "zijn snelste ronde ging in", "kwam tot een tijd van",
# "uiteindelijk", "his best lap", "ended the session with"
_HIS_BEST_RE = re.compile(
    r"\b(?:beste|snelste|toptijd|uiteindelijk|kwam (?:\w+ ){0,8}tot|best|fastest|quickest|ended|eindig\w*)\b"
)


# a time told as another's ("onder de 1.12,035 van de Limburger", "beneath Hamilton's 1:17.2"), or as a mark
# to beat
_TIME_OF_ANOTHER_RE = re.compile(
    r"\b(?:onder|dan|than|beneath|under|tegenover|versus|vs|beat\w*|verbeter\w*)\b"
)


# a time that is not his best of the session: improved on, a first run, a time of another session
_NOT_HIS_BEST_RE = re.compile(
    r"\b(?:verbeterde|improv\w*|eerste (?:run|poging)|first (?:run|attempt)|aanvankelijk|initially|"
    r"provisional\w*|voorlopig\w*|q[123]|kwalificatie\w*|qualifying|"
    # a time of the moment, or of another year: "immediately went quickest", "een nieuwe snelste tijd", "als
    # eerste richttijd", "last year's FP2"
    r"immediately|meteen|nieuwe snelste|richttijd|last year\w*|vorig jaar|now|nu)\b"
)
