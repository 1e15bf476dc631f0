"""Results as tables and lists: "1. Verstappen 2. Hamilton", "P1 Verstappen, P2 ...", result-table lines.

A list is a run of at least three driver names, each right after a position number ("1", "1.", "1)",
"P1", "#1"), with the numbers going up. What the list classifies (race, sprint, qualifying, starting grid,
championship standings, practice) comes from its heading: the text before its first row and the
sentence before it. Row status words (DNF, DNS, DSQ, NC, Ret) mark a row that has no finishing position;
a status word followed by a colon ("DNF: 20. Magnussen") labels the rows after it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from knowledge.extract.context import ArticleState, SentenceContext
from knowledge.extract.events import season_for
from knowledge.extract.incidents import CAUSES, cause_of
from knowledge.extract.mentions import drives_for
from knowledge.extract.model import Fact
from knowledge.extract.standings import MOST_POINTS_PER_WEEKEND
from knowledge.extract.status import ORDER_NOW_RE
from knowledge.gazetteer import Gazetteer
from knowledge.text import cardinal_value, seconds_ms

# --- phrase tables (folded text) -----------------------------------------------------------------

#: headings, per language; the first family that matches decides (practice before qualifying: "FP3")
HEADINGS_NL = {
    # a ranking of opinions ("de tien beste coureurs volgens de rijders", "rapportcijfers") is no result
    "ranking": ("beste", "rangschikking", "ranglijst", "rapportcijfers", "cijfers", "power ranking"),
    "practice": ("vrije training", "training", "vt1", "vt2", "vt3"),
    "standings": ("stand", "tussenstand", "wk-stand", "klassement", "kampioenschap", "wk"),
    "grid": ("startopstelling", "startgrid", "startvolgorde", "startpositie"),
    # the order of Q1 or Q2 alone is no qualifying result ("Uitslag Q1:"): Q3 decides the top ten
    "segment": ("q1", "q2", "eerste kwalificatiesessie", "tweede kwalificatiesessie"),
    "qualifying": ("kwalificatie", "q3", "pole"),
    # "sprintkwalificatie" was the 2021 name of the sprint race itself
    "sprint": ("sprint", "sprintrace", "sprintkwalificatie"),
    "race": ("uitslag", "einduitslag", "race", "grand prix", "gp", "top tien", "top-tien", "top 10"),
}
HEADINGS_EN = {
    "ranking": ("best", "ranking", "rankings", "power rankings", "ratings", "rated", "verdict"),
    "practice": ("practice", "fp1", "fp2", "fp3"),
    "standings": ("standings", "championship", "points table", "leaderboard"),
    "grid": ("starting grid", "grid"),
    "segment": ("q1", "q2", "first qualifying session", "second qualifying session"),
    "qualifying": ("qualifying", "q3", "pole"),
    "sprint": ("sprint",),
    "race": ("result", "results", "classification", "race", "grand prix", "gp", "top ten", "top 10"),
}
#: row status words: what a row without a finishing position says
STATUS_WORDS = {
    "dnf": "dnf",
    "ret": "dnf",
    "retired": "dnf",
    "uitgevallen": "dnf",
    "opgave": "dnf",
    "dns": "dns",
    "dsq": "dsq",
    "gediskwalificeerd": "dsq",
    "disqualified": "dsq",
    "nc": "nc",
}


def _heading_re(tables: tuple[dict[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for family in ("ranking", "practice", "standings", "grid", "segment", "qualifying", "sprint", "race"):
        words = sorted({w for t in tables for w in t[family]}, key=len, reverse=True)
        out.append((family, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")))
    return out


_HEADINGS = _heading_re((HEADINGS_NL, HEADINGS_EN))
# A position number right before the name, or before a country column ("1 Mexico Sergio Perez").
_POS_BEFORE = re.compile(
    r"(?:^|(?<![▲▼↑↓])[\s,;:(|])(?:p|#)?(\d{1,2})(?:[.):\]]|e|ste|de|st|nd|rd|th)?\s*[-:|]?\s*"
    # a cell of places gained or lost between ("| 1 | ▲ 4 | Sergio Perez")
    r"(?:[▲▼↑↓]\s*\d{1,2}\s*\|\s*)?"
    # a flag or team code cell between ("1 NED Max", "1 | France | Esteban Ocon", "3 | United Kingdom | ...")
    # ("2 United Kingdom Lewis Hamilton": a country of two words, its first one of these)
    r"(?:(?:(?:united|new|south|saudi|great) )?[a-z]{3,12}\s+|[a-z]{3,12}(?: [a-z]{3,12})?\s*\|\s*)?"
    # ("2.  M. Verstappen 95": the initial of the forename before the surname named)
    r"(?:[a-z]\.\s*)?$"
)
# ("Pos | # | Coureur | Team": a table with cells, Dutch too)
_CAR_NUMBER_HEADER_RE = re.compile(
    r"\b(?:pos|position|pos\.|p|positie|plaats|cla|cl)\s*\|?\s*(?:no|no\.|nr|nr\.|number|nummer|#|car)\s*\|?\s*"
    r"(?:driver|coureur|rijder|naam|name)\b"
)
_POS_AND_CAR_BEFORE = re.compile(r"(?:^|[\s,;:(|])(\d{1,2})[.)]?\s*\|?\s*\d{1,2}\s*\|?\s*$")
_STATUS_RE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(STATUS_WORDS, key=len, reverse=True)) + r")(?![\w-])(\s*:)?"
)
# ("3. Daniel Ricciardo, Red Bull: 72": after a colon too)
_POINTS_AFTER = re.compile(
    r"^[^\d+:]{0,40}?(?::\s*)?\(?\s*(\d{1,3})\s*(?:pts|points|punten|ptn|p)?\b(?![.:,]\d)"
)
# (with a car number between: "DNF 22 Yuki Tsunoda")
_LABEL_BEFORE_RE = re.compile(r"(?<![\w-])(dnf|ret|dsq)\s*:?\s*(?:\d{1,2}\s+)?$")
_CAR_GAP_RE = re.compile(r"\s{0,2}(?:\d{1,2}\s+)?")
MIN_ROWS = 3
# lists whose order is no classification ("laps": a table of the fastest laps)
_NO_RESULTS = frozenset({"ranking", "practice", "segment", "laps"})


@dataclass(frozen=True)
class Row:
    """One row: the position number before the name, the driver, and what else the row says."""

    position: int
    driver: str
    start: int  # offset of the position number
    end: int  # offset where the next row starts (or the list ends)
    status: str | None = None  # dnf, dns, dsq, nc
    number: int | None = None  # the first number after the name (points in a standings table)
    fastest: bool = False  # the row is marked with the fastest lap ("(snelste ronde)", "fastest lap")
    gap_ms: int | None = None  # the gap to the winner in a race's classification ("+ 2.545s")
    time_ms: int | None = None  # the row's one lap time in a qualifying list ("1:35.246", "1.14,411")


@dataclass(frozen=True)
class Table:
    """A list found in a sentence, with the session its heading names (None: unnamed)."""

    rows: tuple[Row, ...]
    start: int
    end: int
    heading: str | None


def find_table(
    f: str,
    mentions: list[tuple[int, int, tuple[str, ...]]],
    *,
    continues: bool = False,
    header: str = "",
) -> Table | None:
    """The longest run of numbered single-driver names in folded sentence ``f``, or None.

    ``continues``: a list of the previous sentence may go on here ("11. Gasly ..."), so the first row need
    not be near the top.
    """
    # "Position Number Driver Team": a car number stands between the position and the name
    car_numbers = _CAR_NUMBER_HEADER_RE.search(f, 0, 300) or _CAR_NUMBER_HEADER_RE.search(header)
    # (under such a header a row may still lack its car number: "1 Max Verstappen Red Bull 63 ...")
    cands, runs = _candidates(
        f, mentions, *((_POS_AND_CAR_BEFORE, _POS_BEFORE) if car_numbers else (_POS_BEFORE,))
    )
    after = _places_after_names(f, mentions)
    if after is not None:
        cands, runs = after  # "Results: Leclerc (1) Perez (2) Russell (3)": each place after its name
    main = max(runs, key=len, default=[])
    if not car_numbers and len(main) < MIN_ROWS:
        # "1 44 Lewis Hamilton MERCEDES 78 ...": rows with a car number between, under no header
        with_cars = _candidates(f, mentions, _POS_AND_CAR_BEFORE, _POS_BEFORE)
        longest = max(with_cars[1], key=len, default=[])
        if len(longest) >= MIN_ROWS and longest[0][1] <= 3:
            cands, runs, main = *with_cars, longest
    need = 2 if continues else MIN_ROWS
    if len(main) < need or (main[0][1] > 3 and not continues):
        return _points_list(f, mentions, header)
    best = list(main)
    # Rows further down, after a gap ("Uitgevallen: 19. Norris, 20. Bottas"), belong to the same list.
    for run in runs[runs.index(main) + 1 :]:
        if run[0][1] > best[-1][1] and len(run) >= 2 and not {r[3] for r in run} & {r[3] for r in best}:
            best.extend(run)
    later = [c[0] for c in cands if c[0] > best[-1][0]]
    column_before_points = bool(
        _COLUMN_BEFORE_POINTS_RE.search(f, 0, best[0][0]) or _COLUMN_BEFORE_POINTS_RE.search(header)
    )
    # "Cla Driver Laps Time Interval": after the laps, a race's classification gives each row's gap to the
    # winner without a plus ("2 Netherlands Max Verstappen 66 15.841 15.841")
    unsigned_gaps = bool(_LAPS_THEN_GAP_RE.search(f, 0, best[0][0]) or _LAPS_THEN_GAP_RE.search(header))
    rows: list[Row] = []
    carried: str | None = None
    for i, (pos_start, position, name_end, driver) in enumerate(best):
        row_end = best[i + 1][0] if i + 1 < len(best) else min([_list_end(f, name_end), *later])
        body = f[name_end:row_end]
        status = None
        for sm in _STATUS_RE.finditer(body):
            # "DNF:" labels what follows, not this row; so does "DNF" right before another name ("... +1 lap
            # DNF Max Verstappen (Ned) Red Bull")
            labels_next = any(
                _CAR_GAP_RE.fullmatch(f, name_end + sm.end(), s)
                for s, _, _ in mentions
                if s >= name_end + sm.end()
            )
            if not sm.group(2) and not labels_next:
                status = STATUS_WORDS[sm.group(1)]
        label = _STATUS_RE.search(f, max(0, pos_start - 16), pos_start)
        if label and label.group(2):
            carried = STATUS_WORDS[label.group(1)]  # "DNF:" labels this row and the ones after it
        status = status or carried
        nm = _POINTS_AFTER.match(body)
        number = int(nm.group(1)) if nm else None
        if column_before_points:
            # "Pos Driver Nat. Team Wins Points": the points are the number after the wins
            numbers = _ROW_NUMBER_RE.findall(body)
            number = int(numbers[1]) if len(numbers) > 1 else None
        gap = _row_gap(body, unsigned_gaps)
        rows.append(
            Row(
                position,
                driver,
                pos_start,
                row_end,
                status,
                number,
                _FASTEST_MARK_RE.search(body) is not None,
                gap,
                _lap_time_ms(body),
            )
        )
    heading = table_heading(f[: best[0][0]])
    return Table(tuple(rows), best[0][0], rows[-1].end, heading)


_Cand = tuple[int, int, int, str]  # (pos start, position, name end, driver)


def _candidates(
    f: str, mentions: list[tuple[int, int, tuple[str, ...]]], *before_row: re.Pattern[str]
) -> tuple[list[_Cand], list[list[_Cand]]]:
    """The names with a position number before them (read by the first of ``before_row`` that matches), and
    their runs of numbers going up."""
    cands: list[_Cand] = []
    for start, end, drivers in mentions:
        if len(drivers) != 1:
            continue
        m = next((x for rx in before_row if (x := rx.search(f, max(0, start - 22), start))), None)
        if m is None:
            continue
        cands.append((m.start(1), int(m.group(1)), end, drivers[0]))
    return cands, _runs(cands)


# "Leclerc (1) Perez (2)": a place in brackets right after the name
_PLACE_AFTER_NAME_RE = re.compile(r"\s*\(\s*p?(\d{1,2})\s*\)")


def _places_after_names(
    f: str, mentions: list[tuple[int, int, tuple[str, ...]]]
) -> tuple[list[_Cand], list[list[_Cand]]] | None:
    """The names each followed by its place in brackets, and their runs, when they make a list from the
    top ("Results: Leclerc (1) Perez (2) Russell (3)"); else None (the brackets are then read as the next
    row's number)."""
    cands: list[_Cand] = []
    for start, end, drivers in mentions:
        m = _PLACE_AFTER_NAME_RE.match(f, end) if len(drivers) == 1 else None
        if m is not None:
            cands.append((start, int(m.group(1)), m.end(), drivers[0]))
    runs = _runs(cands)
    main = max(runs, key=len, default=[])
    return (cands, runs) if len(main) >= MIN_ROWS and main[0][1] == 1 else None


def _runs(cands: list[_Cand]) -> list[list[_Cand]]:
    """The runs of ``cands`` whose numbers go up (by three at most), each driver once."""
    runs: list[list[_Cand]] = []
    for c in cands:
        run = runs[-1] if runs else None
        if run and c[1] > run[-1][1] and c[1] - run[-1][1] <= 3 and c[3] not in {r[3] for r in run}:
            run.append(c)
        else:
            runs.append([c])
    return runs


# "- Lewis Hamilton (Mercedes) 63 points": a name, maybe its team in brackets, then its points
_NAME_POINTS_RE = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?[-:]?\s*(\d{1,3})\s*(?:points|pts|punten|ptn|punt|point)\b"
)
_STANDINGS_LEAD_RE = re.compile(
    r"(?<![\w-])(?:standings|stand|tussenstand|wk-stand|klassement|championship|kampioenschap)(?![\w-])"
    r"[^.;]{0,30}$"
)
MIN_POINTS_ROWS = 5
# a heading line of the drivers' standings, ending with a colon: "Here's the F1 2022 drivers' championship as
# it currently stands:", "De stand in het WK:"
_STANDINGS_HEADER_RE = re.compile(
    r"(?<![\w-])(?:standings|stand|tussenstand|wk-stand|klassement|championship|kampioenschap)(?![\w-])"
    r"[^.;]{0,60}:\s*$"
)
# "Charles Leclerc - 45 Carlos Sainz": the points bare after a dash, up to the next name
_BARE_POINTS_RE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[-:\u2013]\s*(\d{1,3})\s*[,;]?\s*")


def _points_list(f: str, mentions: list[tuple[int, int, tuple[str, ...]]], header: str = "") -> Table | None:
    """A standings list printed without its numbers ("F1 driver standings - Lewis Hamilton (Mercedes) 63
    points - Valtteri Bottas (Mercedes) 58 points - ..."): right after a standings heading, at least five
    names each with points going down. The order gives the places. Under a heading line of the standings
    ("the drivers' championship as it currently stands:") the points may stand bare after a dash ("Charles
    Leclerc - 45 Carlos Sainz - 33 ...")."""
    singles = [(s, e, d[0]) for s, e, d in mentions if len(d) == 1]
    if len(singles) < MIN_POINTS_ROWS:
        return None
    headed = _STANDINGS_HEADER_RE.search(header) is not None and not f[: singles[0][0]].strip(" -:")
    if not headed and not _STANDINGS_LEAD_RE.search(f, 0, singles[0][0]):
        return None
    rows: list[Row] = []
    for i, (start, end, driver) in enumerate(singles):
        nxt = singles[i + 1][0] if i + 1 < len(singles) else len(f)
        m = _NAME_POINTS_RE.match(f, end, nxt)
        if m is None and headed:
            bare = _BARE_POINTS_RE.match(f, end, nxt)
            m = bare if bare is not None and (bare.end() == nxt or i + 1 == len(singles)) else None
        if m is None or (rows and int(m.group(1)) > (rows[-1].number or 0)):
            break
        if driver in {r.driver for r in rows}:
            break
        rows.append(Row(len(rows) + 1, driver, start, m.end(), None, int(m.group(1))))
    if len(rows) < MIN_POINTS_ROWS:
        return None
    return Table(tuple(rows), rows[0].start, rows[-1].end, "standings")


def _list_end(f: str, name_end: int) -> int:
    """Where the last row ends: at the sentence end, or after ~60 characters of team and time."""
    cut = re.search(r"[.;](?:\s|$)(?!\d)", f[name_end : name_end + 80])
    return name_end + (cut.start() if cut else min(len(f) - name_end, 80))


def table_heading(text: str) -> str | None:
    """The session a list's heading names (ranking, practice, standings, grid, segment, qualifying, sprint,
    race) or None."""
    if _FASTEST_LAPS_HEAD_RE.match(text):
        return "laps"
    cells = _COLUMN_HEAD_RE.search(text)
    if cells is not None:
        text = text[: cells.start()]  # "| Pos | Driver | Time | Grid | Pts |": the columns name no session
    if "championship" in text or "kampioenschap" in text or "wk" in text:
        text = _ROUND_OF_SEASON_RE.sub(" ", text)
    for family, pattern in _HEADINGS:
        if pattern.search(text):
            if family == "ranking" and _STANDING_RANKING_RE.search(text) and not _OPINION_RE.search(text):
                # "the drivers' world championship ranking", "de ranglijst van het WK": the standings
                return "standings"
            if family == "standings" and _RESULT_WORD_RE.search(text):
                # "Result and standings in full": the list comes first; a points column makes it standings
                return "race"
            if family == "grid" and _SPRINT_WORD_RE.search(text):
                return "sprint_grid"  # "the starting grid for tomorrow's Sprint Race": the sprint's start
            return family
    return None


_SPRINT_WORD_RE = re.compile(r"\bsprint")
# "Fastest lap | POS | DRIVER | TEAM | FASTEST LAP | GAP": a list headed by the fastest laps orders the laps,
# not the finish (only at the head: a results table may have a column of them)
_FASTEST_LAPS_HEAD_RE = re.compile(
    r"\W*(?:fastest laps?|snelste (?:race)?ronden?|snelste rondetijden)\b(?!\s*:\s*\w)"
)
_COLUMN_HEAD_RE = re.compile(r"(?:^|\|)\s*(?:pos|pos\.|position|positie|pl|cla|nr|#)\s*\|")
# A ranking word is the standings' when the heading names the championship and no judge or best
_STANDING_RANKING_RE = re.compile(
    r"(?<![\w-])(?:world championship|championship|drivers' championship|constructors' championship|"
    r"kampioenschap|wk|wk-stand|world rankings)(?![\w-])"
)
_OPINION_RE = re.compile(
    r"(?<![\w-])(?:best|beste|power|ratings?|rated|verdict|cijfers|rapportcijfers|teambazen|team bosses|"
    r"top \d+ drivers|volgens)(?![\w-])"
)

_HEADING_LINE_WORDS = 14


def heading_line(text: str) -> str | None:
    """The session the line before a list names as its heading: a short line, or what follows the colon of
    a longer one ("led from pole and held off Hamilton ..." is prose, not a qualifying heading)."""
    if len(text.split()) > _HEADING_LINE_WORDS:
        colon = text.rfind(":")
        if colon < 0:
            return None
        text = text[colon + 1 :]
    return table_heading(text)


_RESULT_WORD_RE = re.compile(r"\b(?:results?|uitslag|einduitslag|classification)\b")


_BEFORE_RACE_RE = re.compile(
    r"\b(?:voor|vóór|before|ahead of)\s+(?:de|het|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:gp|grand prix|grote prijs|race)\b"
)
# "Round 21 of the 2022 F1 world championship", "de 21e ronde van het WK": which race, no standings
_ROUND_OF_SEASON_RE = re.compile(
    r"\b(?:round|ronde|race|manche)\s+\d{1,2}\s+(?:of|van)\s+(?:the|het|de)\s+(?:\d{4}\s+)?"
    r"(?:f1\s+|formula (?:one|1)\s+|formule 1\s+)?(?:world\s+|wereld)?(?:championship|kampioenschap|wk)\b"
)


# --- facts ---------------------------------------------------------------------------------------


#: a vote told ("de stemming", "hebben gestemd", "the team bosses voted", "a poll"): its list ranks votes
VOTE_RE = re.compile(r"\b(?:stemming|gestemd|stemden|stemmen|verkiezing|voted|vote|votes|voting|poll)\b")


def _is_standings(rows: tuple[Row, ...]) -> bool:
    """Points after each name, going down the table, beyond what one race gives: a standings table."""
    numbers = [r.number for r in rows if r.number is not None]
    if len(numbers) < max(MIN_ROWS, len(rows) // 2):
        return False
    # A laps column is mostly equal ("58, 58, 58, ..., 57"); points go down the table, ties only at the
    # rare same score or at nought.
    ties = sum(1 for a, b in itertools.pairwise(numbers) if a == b and a > 0)
    return (
        max(numbers) > 26
        and numbers[0] > numbers[-1]
        and all(a >= b for a, b in itertools.pairwise(numbers))
        and ties * 2 < len(numbers)
    )


def _season_end(gz: Gazetteer, state: ArticleState) -> tuple[int, int, int] | None:
    """The date (year, month, day) of the last race of the article's season, when both are known."""
    last = gz.ref.last_race(state.season) if state.season is not None and state.year is not None else None
    if last is None:
        return None
    return int(last.date[:4]), int(last.date[5:7]), int(last.date[8:10])


def season_over(gz: Gazetteer, state: ArticleState) -> bool:
    """The article was written after its season's last race (after that month, when its date has no day):
    its standings are final."""
    end = _season_end(gz, state)
    if end is None or state.year is None:
        return False
    if state.month is not None and state.day is not None:
        return (state.year, state.month, state.day) > end  # the day after the last race on
    return (state.year, state.month or 12) > end[:2]


def season_running(gz: Gazetteer, state: ArticleState) -> bool:
    """The article was surely written before its season's last race (a month before that race's month, when
    its date has no day): its standings are of that moment."""
    end = _season_end(gz, state)
    if end is None or state.year is None or state.month is None:
        return False
    if state.day is not None:
        return (state.year, state.month, state.day) < end
    return (state.year, state.month) < end[:2]


def _plausible_total(gz: Gazetteer, state: ArticleState, points: int) -> bool:
    """Whether a driver can have ``points`` by the article's month (at most a weekend's most per race
    held): a standings widget printed on a page of another date shows the totals of its own day."""
    if state.season is None or state.year is None or state.year != state.season:
        return True
    month = state.month or 12
    held = sum(1 for gp in gz.ref.races(state.season) if int(gp.date[5:7]) <= month)
    return not gz.ref.races(state.season) or points <= MOST_POINTS_PER_WEEKEND * max(held, 1)


# --- lists without position numbers ---------------------------------------------------------------

#: rows a list without numbers needs before its order is trusted as places
LOOSE_MIN_ROWS = 5
# Between a driver and his team in a row: "Lewis Hamilton - Mercedes", "Lewis Hamilton, Mercedes",
# "Pierre Gasly - Scuderia Toro Rosso-Honda" (a word or two may come before the name the team is known by)
_TO_TEAM_RE = re.compile(r"\s*[-\u2013:,(]?\s*(?:[a-z]+\s+){0,2}?")
# After the team, up to the next row: its engine, a gap or time, a status word ("Haas - DNF")
_CELL_SEPARATORS = ("-", "\u2013", "|", ",", ";")
_ROW_TAIL_RE = re.compile(r"[\w\s()+:.,'\u2013-]{0,40}")


def _season_of(gz: Gazetteer, sc: SentenceContext, state: ArticleState, key: str | None) -> int | None:
    """The season of a list in this sentence: the one the sentence names, else the race's."""
    return sc.year_override if sc.year_override is not None else season_for(gz, state, key)


def loose_list(gz: Gazetteer, sc: SentenceContext, state: ArticleState) -> tuple[list[Fact], int, int] | None:
    """ "Starting grid: Lewis Hamilton - Mercedes Max Verstappen - Red Bull Racing ...": a list printed
    without position numbers, each driver followed by his team of that season, under a heading. Its order
    gives the places; a row with a status word ("Haas - DNF") gets none."""
    f = sc.text
    named = [m for m in sc.mentions if not m.group and len(m.drivers) == 1]
    if len(named) < LOOSE_MIN_ROWS:
        return None
    key = sc.default_gp
    season = _season_of(gz, sc, state, key)
    teams = {h.start: h for h in gz.teams(f)}
    rows: list[tuple[str, str | None, int, int]] = []  # driver, status, start, end
    misprints = 0
    carried: str | None = None
    for i, m in enumerate(named):
        nxt = named[i + 1].start if i + 1 < len(named) else len(f)
        gap = _TO_TEAM_RE.match(f, m.end)
        team = (
            next((teams[p] for p in range(gap.start(), gap.end() + 1) if p in teams), None) if gap else None
        )
        tail = f[team.end : nxt] if team is not None else ""
        # One row may name a team the driver did not drive for ("Max Verstappen, Ferrari"): a misprint
        # in a list whose other rows all hold; a second one means the pairs are not driver and team.
        misprint = (
            team is not None
            and season is not None
            and not drives_for(gz, m.drivers[0], team.ids, season)
            and misprints == 0
            and i > 0
        )
        if (
            team is None
            or season is None
            or (not misprint and not drives_for(gz, m.drivers[0], team.ids, season))
            or (not _ROW_TAIL_RE.fullmatch(tail) and i + 1 < len(named))
        ):
            if len(rows) >= LOOSE_MIN_ROWS:
                break  # the list ended: prose may follow
            return None  # a row that is not a driver and his team: the order is not to be trusted
        misprints += misprint
        status = carried
        for x in _STATUS_RE.finditer(tail):
            if x.group(2) or (
                i + 1 < len(named)
                and not tail[: x.start()].rstrip().endswith(_CELL_SEPARATORS)
                and _CAR_GAP_RE.fullmatch(f, team.end + x.end(), nxt)
            ):
                # "... Kevin Magnussen (Haas) Retired Romain Grosjean (Haas)": a label of the rows after it
                # ("Daniil Kvyat, AlphaTauri – DNF Kevin Magnussen": a cell of its own row)
                carried = STATUS_WORDS[x.group(1)]
            else:
                status = STATUS_WORDS[x.group(1)]  # "Haas - DNF": this row's own
        rows.append((m.drivers[0], status, m.start, team.end + len(tail) if i + 1 < len(named) else team.end))
    if len(rows) < LOOSE_MIN_ROWS + misprints or len({d for d, *_ in rows}) != len(rows):
        return None
    heading = table_heading(f[max(0, rows[0][2] - 60) : rows[0][2]]) or heading_line(state.prev_text)
    if heading is None or heading in _NO_RESULTS:
        return None  # only a heading makes names with their teams a classification
    facts = [
        fact
        for n, (driver, status, _, _) in enumerate(rows, start=1)
        for fact in _facts_of_row(
            gz, state, Row(n, driver, 0, 0, status), sc.index, heading, key, season, None, None
        )
    ]
    return facts, rows[0][2], rows[-1][3]


# "Podium: Hamilton - Vettel - Bottas", "Het podium: Leclerc, Sainz en Verstappen": a label, then the three
# drivers in order and nothing else between them
_PODIUM_LABEL_RE = re.compile(r"\b(?:het |the )?(?:sprint ?)?podium\s*[:-]?\s*$")
_PODIUM_AFTER_RE = re.compile(
    r"\s*[:\-\u2013]\s*(?:dat|that|this|dit)\s+(?:is|was|zijn|are|were)\s+(?:nu\s+|now\s+|dus\s+)?(?:het|the)\s+"
    r"(?:new\s+|nieuwe\s+)?(?:sprint ?)?podium\b"
)
_PODIUM_SEP_RE = re.compile(r"\s*(?:[-\u2013,/]|\ben\b|\band\b|&)\s*")


def podium_line(
    gz: Gazetteer, sc: SentenceContext, state: ArticleState
) -> tuple[list[Fact], int, int] | None:
    """A stats line that gives the podium in order: its drivers are first, second and third."""
    f = sc.text
    if "podium" not in f:
        return None
    named = [m for m in sc.mentions if not m.group and len(m.drivers) == 1]
    for i in range(len(named) - 2):
        first, second, third = named[i : i + 3]
        label = _PODIUM_LABEL_RE.search(f, max(0, first.start - 20), first.start)
        if label is None and not f[: first.start].strip():
            # "Esteban Ocon, Lewis Hamilton en Carlos Sainz: dat is nu het podium": the label after the names
            label = _PODIUM_AFTER_RE.match(f, third.end)
        if (
            label is None
            or not _PODIUM_SEP_RE.fullmatch(f, first.end, second.start)
            or not _PODIUM_SEP_RE.fullmatch(f, second.end, third.start)
            or len({first.drivers[0], second.drivers[0], third.drivers[0]}) != 3
        ):
            continue
        sep = _PODIUM_SEP_RE.match(f, third.end)
        if label.start() < first.start and sep is not None and f[sep.end() : sep.end() + 1].isalnum():
            continue  # a fourth name: a list, not the podium
        key = sc.default_gp
        season = _season_of(gz, sc, state, key)
        heading = "sprint" if "sprint" in label.group(0) else "race"
        facts = [
            fact
            for n, m in enumerate((first, second, third), start=1)
            for fact in _facts_of_row(
                gz, state, Row(n, m.drivers[0], 0, 0), sc.index, heading, key, season, None, None
            )
        ]
        return facts, min(label.start(), first.start), max(third.end, label.end())
    return None


# "Top eight: Verstappen, Leclerc, Perez, ...", "De top drie: Verstappen, Leclerc en Pérez": a label with its
# count, then exactly that many drivers in order and nothing else between them
# (a heading glued to the line before it, "...of the seasonTop eight:", shows its capital as written)
_TOP_LABEL_RE = re.compile(r"(?:\b(?:de |het |the )?(?:sprint ?)?|(?<=[a-z]))top[ -]?(\w+)\s*[:\-\u2013]\s*$")


def top_line(gz: Gazetteer, sc: SentenceContext, state: ArticleState) -> tuple[list[Fact], int, int] | None:
    """A "top N:" line: its N drivers hold places 1 to N in the order named."""
    f = sc.text
    if "top" not in f:
        return None
    named = [m for m in sc.mentions if not m.group and len(m.drivers) == 1]
    for i, first in enumerate(named):
        label = _TOP_LABEL_RE.search(f, max(0, first.start - 24), first.start)
        count = (cardinal_value(label.group(1)) or 0) if label and not label.group(1).isdigit() else 0
        if label and label.group(1).isdigit():
            count = int(label.group(1))
        if label is None or not 3 <= count <= len(named) - i:
            continue
        at = label.start() + label.group(0).index("top")
        if at and f[at - 1].isalpha() and sc.orig[at : at + 1] != "T":
            continue  # "laptop", "stop": "top" inside a word, not a glued heading
        listed = named[i : i + count]
        if not all(_PODIUM_SEP_RE.fullmatch(f, a.end, b.start) for a, b in itertools.pairwise(listed)):
            return None
        sep = _PODIUM_SEP_RE.match(f, listed[-1].end)
        if len({m.drivers[0] for m in listed}) != count or (
            sep is not None and f[sep.end() : sep.end() + 1].isalnum() and i + count < len(named)
        ):
            return None  # a driver twice, or more names than the count: no top N in order
        key = sc.default_gp
        season = _season_of(gz, sc, state, key)
        sprint = "sprint" in label.group(0) or (
            state.report != "qualifying" and "sprint" in f[: label.start()]
        )
        heading = "qualifying" if state.report == "qualifying" else ("sprint" if sprint else "race")
        facts = [
            fact
            for n, m in enumerate(listed, start=1)
            for fact in _facts_of_row(
                gz, state, Row(n, m.drivers[0], 0, 0), sc.index, heading, key, season, None, None
            )
        ]
        return facts, label.start(), listed[-1].end
    return None


def _unnumbered(
    gz: Gazetteer, sc: SentenceContext, state: ArticleState
) -> tuple[list[Fact], int, int] | None:
    return loose_list(gz, sc, state) or podium_line(gz, sc, state) or top_line(gz, sc, state)


# "Uitvallers GP Australië:", "Retirements": a heading over names that did not finish, one per line
_OUT_HEADING_RE = re.compile(
    r"(?:uitvallers|uitgevallen|opgaves|dnf|retirements|did not finish|niet gefinisht)\b[^.!?]{0,40}|retired"
)
_OUT_HEADING_CHARS = 60
_NAME_LINE_REST_RE = re.compile(r"[\s,;.\-\u2013*]*(?:\([^()]{1,30}\))?[\s,;.\-\u2013]*")


# "Did not finish: Vettel (GER/Ferrari), Magnussen (DEN/Haas), Leclerc": a label, then the names it holds
_OUT_LABEL_RE = re.compile(
    r"\b(?:did not finish|dnf|retired|retirements|uitgevallen|uitvallers|opgaves?|niet gefinisht)\s*:\s*"
    # "Knocked out in Q1: Lawson, Bortoleto, ...", "Uitgeschakeld in Q2:": a part of qualifying's knock-outs
    r"|\b(?:knocked out|eliminated|out|uitgeschakeld|afgevallen|gestrand)\s+in\s+(?P<part>q[12])\s*:\s*"
)
# between two names of such a list: a bracket (nationality, team), then a comma or "and"
_OUT_LIST_GAP_RE = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|\band\b|\ben\b|&)\s*")
_OUT_LIST_END_RE = re.compile(r"\s*(?:\([^()]{0,40}\))?")
_OUT_LABEL_END_RE = re.compile(_OUT_LABEL_RE.pattern + r"$")


def ends_with_out_label(text: str) -> bool:
    """Whether the (folded) sentence ends on a "Did not finish:" label, whose list the next one holds."""
    m = _OUT_LABEL_END_RE.search(text)
    return m is not None and m.group("part") is None


def labelled_outs(sc: SentenceContext, after_label: bool = False) -> tuple[list[Fact], int, int] | None:
    """The retirements a "Did not finish:" label lists in the sentence (each name right after the label or
    after the one before it, with its bracket), and the span they cover; None when there is no such list.
    ``after_label``: the sentence before ended on the label, and this one opens with its list."""
    label = _OUT_LABEL_RE.search(sc.text)
    if label is None and not after_label:
        return None
    start = label.start() if label else 0
    at = label.end() if label else len(sc.text) - len(sc.text.lstrip())
    names = sorted((m for m in sc.mentions if not m.group and m.start >= at), key=lambda m: m.start)
    part = label.group("part") if label else None
    out: list[Fact] = []
    for m in names:
        if m.start != at and not (out and _OUT_LIST_GAP_RE.fullmatch(sc.text, at, m.start)):
            break
        out.extend(
            Fact("knockout", d, sc.index, session="qualifying", detail=part.upper())
            if part
            else Fact("retirement", d, sc.index)
            for d in m.drivers[:1]
        )
        at = m.end
    if not out:
        return None
    end = _OUT_LIST_END_RE.match(sc.text, at)
    return out, start, end.end() if end else at


def out_list(sc: SentenceContext, state: ArticleState) -> list[Fact] | None:
    """A line under a heading of drivers who did not finish ("Uitvallers GP Australië:" then "Romain Grosjean
    (Haas)" a line): its driver's retirement. The heading itself gives nothing; None when neither."""
    if state.out_heading is None and (sc.mentions or len(sc.text) > _OUT_HEADING_CHARS):
        return None  # (most sentences: no heading of its own and none above it)
    text = sc.text.strip(" :.")
    if not sc.mentions and _OUT_HEADING_RE.fullmatch(text):
        state.out_heading = "dnf"
        return []
    named = [m for m in sc.mentions if not m.group]
    if state.out_heading is None or len(named) != 1 or len(named[0].drivers) != 1:
        state.out_heading = None
        return None
    m = named[0]
    if not (
        _NAME_LINE_REST_RE.fullmatch(sc.text, 0, m.start) and _NAME_LINE_REST_RE.fullmatch(sc.text, m.end)
    ):
        state.out_heading = None
        return None
    return [Fact("retirement", m.drivers[0], sc.index)]


def table_facts(
    gz: Gazetteer, sc: SentenceContext, state: ArticleState
) -> tuple[list[Fact], int, int] | None:
    """The facts of a results list in this sentence (see ``_table_facts``), with the retirements its rows
    in cells tell ("| R | George Russell | Britain | Williams-Mercedes | Engine |")."""
    before = state.prev_text
    # (whether the sentence before stood in a paragraph that opened on a moment of the race)
    after_lap = state.lap_para == state.last_para >= 0
    state.last_para = state.para
    if _DIGIT_RE.search(sc.text) and _during_race(sc.text):  # (every lap marker has its number)
        state.lap_para = state.para
    found = _table_facts(gz, sc, state, after_lap)
    retired = _retired_rows(gz, sc, state, before) if "|" in sc.text else []
    if not retired:
        return found
    if found is None:
        return retired, 0, len(sc.text)
    facts, start, end = found
    told = {f.driver for f in facts}
    return [*facts, *(f for f in retired if f.driver not in told)], start, end


def _table_facts(
    gz: Gazetteer, sc: SentenceContext, state: ArticleState, after_lap: bool
) -> tuple[list[Fact], int, int] | None:
    """The facts of a results list in this sentence, and the span it covers; None when there is none.

    The list's heading comes from the text before it, else from the sentence before (a heading line),
    else from what the article reports on. Rows with a status word get no finishing position: DNF is a
    retirement, DSQ a disqualification, DNS and NC nothing. A list printed one row per line or paragraph
    ("8. Carlos Sainz - 1.15,852") is collected over the sentences and gives facts from its third row on.
    ``after_lap``: the sentence before stood in a live blog's paragraph that opened on a moment of the race.
    """
    calendar = calendar_winners(gz, sc, state)
    if calendar is not None:
        state.prev_text = sc.text
        return calendar, 0, len(sc.text)
    if not _DIGIT_RE.search(sc.text):
        # Every numbered list and table row has a position number; prose without digits is read as prose.
        state.pending = []
        state.table_open = False
        loose = _unnumbered(gz, sc, state)
        state.prev_text = sc.text
        return loose
    found = [(m.start, m.end, m.drivers) for m in sc.mentions if not m.group]
    head = _HEADED_ROW_RE.match(sc.text)
    if head and table_heading(head.group(1)):
        # "GP Abu Dhabi 1. Max Verstappen (Red Bull) 25 punten": a heading on the line of the first row
        state.prev_text = head.group(1)
    else:
        head = None
    row = _single_row(sc, found, head.end(1) if head else 0)
    if row is not None:
        out = _row_by_row(gz, sc, state, row)
        if out is not None:
            state.prev_text = sc.text
            return out, 0, len(sc.text)
    elif sc.mentions or len(sc.text) > _ROW_ASIDE_CHARS:
        # (a short line without a name between two rows, "(gemiddelde: 211 km/u)", is an aside)
        state.pending = []
    table = find_table(sc.text, found, continues=state.table_open, header=state.prev_text)
    state.table_open = table is not None
    if table is None:
        # lists with numbers or points come first: only without them is the order of names with teams read
        loose = _unnumbered(gz, sc, state)
        state.prev_text = sc.text
        return loose
    heading = (
        table.heading
        or heading_line(state.prev_text)
        or (state.table_heading if table.rows[0].position > 3 else None)
    )
    # "De stand van zaken voor de GP van België: 1. Hamilton 132, ...": the standings before the race
    before_race = bool(
        _BEFORE_RACE_RE.search(sc.text, 0, table.start) or _BEFORE_RACE_RE.search(state.prev_text)
    )
    # ("LAP 1/52: Russell leads ...\n\nFinal classification: 1. Hamilton ...": a heading of its own names
    # the list, whatever moment the line before told)
    during_race = (_during_race(state.prev_text) and not table.heading) or _during_race(
        sc.text[: table.start]
    )
    state.prev_text = sc.text
    if heading is None and _is_standings(table.rows) and state.by_vote:
        heading = "ranking"  # "De stemming verliep anoniem ... 1. Hamilton - 171; 2. Verstappen - 156": votes
    elif heading is None and _is_standings(table.rows):
        heading = "standings"
    elif heading == "standings" and (during_race or after_lap) and not _is_standings(table.rows):
        # "Nog 39 rondes - De stand: 1. Pérez 2. Leclerc +2,7": "de stand" in a live blog is the running order
        heading = "race"
        during_race = True
    heading = heading or state.report
    state.table_heading = heading
    if heading == "race" and _is_standings(table.rows):
        heading = "standings"
    elif heading == "race" and state.report in ("sprint", "qualifying"):
        heading = state.report  # "results" in a sprint or qualifying report classify that session
    if heading in _NO_RESULTS:
        return [], table.start, table.end
    key = next((k for p, k in reversed(sc.gp_hits) if p < table.start), None) or sc.default_gp
    season = _season_of(gz, sc, state, key)
    race = gz.ref.race(season, key) if season is not None and key else None
    first = table.rows[0].number
    if heading == "race" and race is not None and race.has_sprint and first is not None and first <= 30:
        heading = "sprint"  # a laps column of 17 to 24 on a sprint weekend: the sprint's classification
    facts = [
        f
        for r in table.rows
        for f in _facts_of_row(
            gz, state, r, sc.index, heading, key, season, sc.year_override, _top(table.rows)
        )
    ]
    if heading == "standings" and before_race:
        # of the round before, which the list does not name: kept, never answered
        facts = [replace(f, status="undated") for f in facts]
    if heading in ("race", "sprint") and during_race:
        # a live blog's "63/72 - 10 laps to go" over the order: where they ran then
        facts = [replace(f, status="running") if f.kind == "finish" else f for f in facts]
    # "... 10 Hülkenberg (Ger) Renault +1 lap DNF Max Verstappen (Ned) Red Bull": a name after a status word,
    # without a number, is a row of that status
    listed = {r.driver for r in table.rows}
    for m in sc.mentions:
        label = (
            _LABEL_BEFORE_RE.search(sc.text, max(0, m.start - 11), m.start)
            if m.start >= table.start
            else None
        )
        if (
            label
            and len(m.drivers) == 1
            and not m.group
            and m.drivers[0] not in listed
            # "|DNF George Russell claimed victory ...": prose after the table, whose name goes on with a verb
            and not _PROSE_AFTER_NAME_RE.match(sc.text, m.end)
        ):
            row = Row(0, m.drivers[0], label.start(), m.end, STATUS_WORDS[label.group(1)])
            facts.extend(
                _facts_of_row(gz, state, row, sc.index, heading, key, season, sc.year_override, None)
            )
    if heading in ("race", "sprint"):
        facts.extend(_labelled_in_table(gz, state, sc, table, listed, heading, key, season))
        facts.extend(_gaps_to_the_winner(table, sc.index, heading, key, season))
    elif heading == "qualifying":
        facts.extend(_qualifying_times(table.rows, table.rows, sc.index, key, season))
    # The list may go on one row per sentence ("DNF: 20. Magnussen (Haas).").
    state.pending = [(sc.index, r) for r in table.rows]
    state.pending_frame = (heading, key, season)
    return facts, table.start, table.end


# "| R | George Russell | Britain | Williams-Mercedes | Engine |": a retirement row of a results table in
# cells, its cause in a later cell
_RETIRED_CELL_BEFORE_RE = re.compile(r"(?:^|\|)\s*(?:r|ret|dnf)\s*\|\s*$")
_CELL_MIN = 4  # pipes on a row of a results table
_RESULTS_TABLE_RE = re.compile(
    r"\b(?:time/retire|retire\w*|dnf|pos|result\w*|uitslag|classification|klassement|laps|ronden)\b"
)


def _retired_rows(gz: Gazetteer, sc: SentenceContext, state: ArticleState, before: str) -> list[Fact]:
    """The retirements the table rows in cells of this sentence tell, each with the cause its cells name
    ("| R | George Russell | Britain | Williams-Mercedes | Engine |"); ``before``: the sentence before."""
    if sc.text.count("|") < _CELL_MIN or not (
        _RESULTS_TABLE_RE.search(sc.text) or _RESULTS_TABLE_RE.search(before)
    ):
        return []  # (a status cell only in a table of results: "Round | R | ..." is another table)
    named = sorted((m for m in sc.mentions if not m.group and len(m.drivers) == 1), key=lambda m: m.start)
    key = sc.default_gp
    season = season_for(gz, state, key)
    out: list[Fact] = []
    for i, m in enumerate(named):
        if not _RETIRED_CELL_BEFORE_RE.search(sc.text, max(0, m.start - 12), m.start):
            continue
        row = Row(0, m.drivers[0], 0, len(sc.text), "dnf")
        facts = _facts_of_row(gz, state, row, sc.index, "race", key, season, sc.year_override, None)
        end = named[i + 1].start if i + 1 < len(named) else len(sc.text)
        cells = sc.text[m.end : end].split("|")[:_CELL_MIN]
        cause = next((c for cell in cells if (c := cause_of(cell.strip())) in CAUSES), None)
        out.extend(replace(f, reason=cause) if f.kind == "retirement" and cause else f for f in facts)
    return out


# a row's gap to the winner: "+ 2.545s", "+1.859s" (not "+1 lap")
# "+ 2.545s", or "-00:10.518" (minutes and seconds, a minus before)
_ROW_GAP_RE = re.compile(
    r"(?:\+\s*|(?<![\d:])-(?P<min>\d{2}):)(\d{1,2}[.,]\d{3})\s*(?:s|sec|seconds?)?(?!\d)"
)
# the column heads of a classification whose column after the laps is the gap to the winner
_LAPS_THEN_GAP_RE = re.compile(r"\b(?:laps|ronden)\s+(?:time|gap|tijd|verschil)\b")
# a gap without a sign: "15.841", "1'02.306" (a minute before an apostrophe); not a lap time's "1:29.123"
_UNSIGNED_GAP_RE = re.compile(r"(?<![\d.,:'’+])(?:(?P<min>\d)['’])?(\d{1,2}[.,]\d{3})(?![\d.,:'’])")


def _row_gap(body: str, unsigned: bool) -> int | None:
    """The gap to the winner a row gives in milliseconds: signed ("+ 2.545s"), or under a heading of laps
    then gap (``unsigned``) the first figure of seconds after the name."""
    m = _ROW_GAP_RE.search(body) or (_UNSIGNED_GAP_RE.search(body) if unsigned else None)
    if m is None:
        return None
    return int(m.group("min") or 0) * 60_000 + seconds_ms(m.group(2))


# a row's lap time: "1:35.246", "1.14,411", "1'14.411", "1m35.246s" (minutes, seconds, thousandths)
_ROW_TIME_RE = re.compile(r"(?<![\d.,:'+])([0-2])(?:[:.']|m\s?)([0-5]\d)[.,](\d{3})(?![\d.,:'])")


def _lap_time_ms(body: str) -> int | None:
    """The one lap time a row gives ("1:35.246"), in milliseconds; None when it gives none or several (a
    row of Q1, Q2 and Q3 times does not say which is the best)."""
    times = _ROW_TIME_RE.findall(body)
    if len(times) != 1:
        return None
    minutes, secs, thousandths = times[0]
    return (int(minutes) * 60 + int(secs)) * 1000 + int(thousandths)


def _qualifying_times(
    rows: tuple[Row, ...], todo: tuple[Row, ...], index: int, key: str | None, season: int | None
) -> list[Fact]:
    """What the rows ``todo`` of a qualifying classification tell of times: a row's lap time ("1. Max
    Verstappen (Red Bull) 1:35.246") and its gap to the one on top ("2. Bottas +0.025s"), both of
    qualifying."""
    out: list[Fact] = []
    for r in todo:
        if r.status is not None:
            continue
        if r.time_ms is not None and 40_000 <= r.time_ms < 180_000:
            out.append(
                Fact(
                    "lap_time",
                    r.driver,
                    index,
                    season=season,
                    grand_prix=key,
                    session="qualifying",
                    amount=r.time_ms,
                    unit="ms",
                )
            )
    return out + _gaps_to_the_top(rows, todo, index, "qualifying", key, season)


def _gaps_to_the_winner(
    table: Table, index: int, heading: str, key: str | None, season: int | None
) -> list[Fact]:
    """The gap each row of a race's classification gives to the winner ("2 Valtteri Bottas Mercedes +
    2.545s"): a time gap at the finish, with the row's position."""
    session = "sprint" if heading == "sprint" else "race"
    return _gaps_to_the_top(table.rows, table.rows, index, session, key, season)


def _gaps_to_the_top(
    rows: tuple[Row, ...],
    todo: tuple[Row, ...],
    index: int,
    session: str,
    key: str | None,
    season: int | None,
) -> list[Fact]:
    """The gap each row of ``todo`` gives to the one on top of ``rows`` (a time gap of ``session``, with the
    row's position)."""
    top = next((r.driver for r in rows if r.position == 1 and r.status is None), None)
    return [
        Fact(
            "time_gap",
            r.driver,
            index,
            season=season,
            grand_prix=key,
            session=session,
            position=r.position,
            others=(top,),
            amount=r.gap_ms,
            unit="ms",
            detail="behind",
        )
        for r in todo
        if top is not None and r.gap_ms and r.position > 1 and r.status is None and r.driver != top
    ]


# "... 16. Giovinazzi 55.199 Fastest lap: Lewis Hamilton (GBR) 1:22.746": a label of the name after it
_FASTEST_LABEL_RE = re.compile(r"\b(?:fastest lap|snelste (?:race)?ronde)\s*:\s*")


def _labelled_in_table(
    gz: Gazetteer,
    state: ArticleState,
    sc: SentenceContext,
    table: Table,
    listed: set[str],
    heading: str,
    key: str | None,
    season: int | None,
) -> list[Fact]:
    """The names a race's list labels after its rows: "Did not finish: Vettel, Magnussen" (each a row of
    that status) and "Fastest lap: Hamilton"."""
    out: list[Fact] = []
    outs = labelled_outs(sc, state.out_label)
    for x in outs[0] if outs is not None else []:
        if x.driver not in listed:
            row = Row(0, x.driver, outs[1], outs[2], "dnf") if outs is not None else None
            if row is not None:
                out.extend(
                    _facts_of_row(gz, state, row, sc.index, heading, key, season, sc.year_override, None)
                )
    fastest = _FASTEST_LABEL_RE.search(sc.text, table.start)
    named = [m for m in sc.mentions if fastest and m.start == fastest.end() and not m.group]
    if named:
        session = "sprint" if heading == "sprint" else "race"
        out.append(
            Fact("fastest_lap", named[0].drivers[0], sc.index, season=season, grand_prix=key, session=session)
        )
    return out


_DIGIT_RE = re.compile(r"\d")
# a live blog's lap marker before a running order: "63/72 - 10 laps to go", "Ronde 40/53", "nog 12 ronden"
_LAP_MARKER_RE = re.compile(r"^\s*(?:lap |ronde )?(\d{1,2})\s*/\s*(\d{1,2})\b")
_LAPS_TO_GO_RE = re.compile(
    r"\b\d+ laps? to go\b|\bnog \d+ (?:ronden|rondes)\b|\b\d+ (?:ronden|rondes) te gaan\b"
    # "Lap 1 order: 1 Hamilton; 2 Verstappen", "order after lap 10", "stand na ronde 1": the order then
    r"|\b(?:lap|ronde) \d{1,2} (?:order|volgorde|stand)\b"
    r"|\b(?:order|volgorde|stand) (?:after|na) (?:lap|ronde) \d"
)


def _during_race(text: str) -> bool:
    """Whether ``text`` (a heading or the words before a list) marks a moment before the last lap."""
    m = _LAP_MARKER_RE.match(text)
    if m:
        return int(m.group(1)) < int(m.group(2))
    # ("The lead order was now 1 Verstappen; 2 Ricciardo": the order at that moment)
    return _LAPS_TO_GO_RE.search(text) is not None or ORDER_NOW_RE.search(text) is not None


# a header naming a count column right before the points ("Team Wins Points", "Zeges Punten")
_COLUMN_BEFORE_POINTS_RE = re.compile(
    r"\b(?:wins|zeges|overwinningen|podiums|podia|poles)[\s|]+(?:points|punten|pts|ptn)\b"
)
_ROW_NUMBER_RE = re.compile(r"(?<![\d.,:])\b(\d{1,3})\b(?![.,:]\d)")
_ROW_ASIDE_CHARS = 60
_PROSE_AFTER_NAME_RE = re.compile(r"\s+(?:[a-z]+ed|won|took|had|was|is|heeft|pakte|werd|kwam)\b")
# A row's mark for the fastest lap of the race: "(snelste ronde)", "- fastest lap", "*FL"
# (not "Fastest lap: Lewis Hamilton" after the row: a label of the name that follows it)
# (not a label of the name after it: "Fastest lap: Russell", "Fastest lap George Russell : 0:55.404")
_FASTEST_MARK_RE = re.compile(
    r"\b(?:snelste (?:race)?ronde|fastest lap|fl)\b(?!\s*:)(?!\s+[a-z'-]+(?:\s+[a-z'-]+)?\s*:)"
)
_ROW_POINTS_RE = re.compile(r"\b(\d{1,3})\s*(?:punten|points|pts|ptn)\b")
_ROW_START_RE = re.compile(
    r"\s*(?:(?P<label>" + "|".join(sorted(STATUS_WORDS, key=len, reverse=True)) + r")\s*:\s*)?"
    r"(?:p|#)?(\d{1,2})(?:[.):\]]|\s)\s*(?:[-:]\s*)?"
)


# ("Top tien kwalificatie Imola 1 - Lewis Hamilton": a number with a dash after it, too)
_HEADED_ROW_RE = re.compile(r"((?:[a-z][\w'-]*\s+){1,5}?)(?=(?:p|#)?[1-3](?:[.):]\s|\s[-–]\s))")


def _single_row(
    sc: SentenceContext, found: list[tuple[int, int, tuple[str, ...]]], at: int = 0
) -> Row | None:
    """A sentence that is one row of a list (from ``at``): a position number, then straight away a driver."""
    m = _ROW_START_RE.match(sc.text, at)
    if m is None or not found or found[0][0] != m.end() or len(found[0][2]) != 1:
        return None
    if any(len(d) == 1 and d[0] != found[0][2][0] for _, _, d in found[1:]):
        return None  # a second driver: prose, not a row
    body = sc.text[found[0][1] :]
    status = next((STATUS_WORDS[x.group(1)] for x in _STATUS_RE.finditer(body) if not x.group(2)), None)
    if m.group("label"):
        status = STATUS_WORDS[m.group("label")]  # "DNF: 20. Magnussen"
    # "8. Sainz (Ferrari) 52 punten", or a bare number column ("1 Max Verstappen 175")
    pts = _ROW_POINTS_RE.search(body) or _POINTS_AFTER.match(body)
    gap = _row_gap(body, False)
    return Row(
        int(m.group(2)),
        found[0][2][0],
        0,
        len(sc.text),
        status,
        int(pts.group(1)) if pts else None,
        _FASTEST_MARK_RE.search(body) is not None,
        gap,
        _lap_time_ms(body),
    )


def _row_by_row(gz: Gazetteer, sc: SentenceContext, state: ArticleState, row: Row) -> list[Fact] | None:
    pending = state.pending
    last = pending[-1][1] if pending else None
    if (
        last is not None
        and last.position < row.position <= last.position + 3
        and row.driver not in {r.driver for _, r in pending}
    ):
        pending.append((sc.index, row))
    elif row.position <= 3:
        key = sc.default_gp
        state.pending = pending = [(sc.index, row)]
        state.pending_frame = (
            heading_line(state.prev_text) or state.report,
            key,
            season_for(gz, state, key),
        )
    else:
        state.pending = []
        return None
    if len(pending) < MIN_ROWS:
        return []
    heading, key, season = state.pending_frame
    if len(pending) == MIN_ROWS and heading != "standings" and _is_standings(tuple(r for _, r in pending)):
        # "2. Bottas (Mercedes) 314 punten": a points column makes the list a standings table.
        heading = "standings"
        state.pending_frame = (heading, key, season)
    todo = pending if len(pending) == MIN_ROWS else pending[-1:]
    if heading in _NO_RESULTS:
        return []
    top = _top(tuple(r for _, r in pending))
    facts = [f for idx, r in todo for f in _facts_of_row(gz, state, r, idx, heading, key, season, None, top)]
    if heading == "qualifying":
        rows = tuple(r for _, r in pending)
        facts.extend(f for idx, r in todo for f in _qualifying_times(rows, (r,), idx, key, season))
    if heading in ("race", "sprint", None) and heading != "standings":
        # "1. Lewis Hamilton (Mercedes)" then "2. Max Verstappen (Red Bull Racing) +17,196": each row's gap to
        # the winner, a row to a sentence
        rows = tuple(r for _, r in pending)
        for idx, _ in todo:
            one = Table(rows, 0, 0, heading)
            facts.extend(
                g
                for g in _gaps_to_the_winner(one, idx, heading or "race", key, season)
                if any(r.driver == g.driver and i == idx for i, r in todo)
            )
    return facts


def _top(rows: tuple[Row, ...] | list[Row]) -> int | None:
    """The largest number after a name in the rows: the leader's total in a standings table."""
    return max((r.number for r in rows if r.number is not None), default=None)


def _facts_of_row(
    gz: Gazetteer,
    state: ArticleState,
    row: Row,
    index: int,
    heading: str,
    key: str | None,
    season: int | None,
    year_override: int | None,
    top: int | None,
) -> list[Fact]:
    """What one row says, by what its list classifies (``top``: the table's largest points total)."""
    base = Fact("finish", row.driver, index, season=season, grand_prix=key)
    session = "sprint" if heading == "sprint" else "race"
    if heading == "standings":
        detail = None if season_over(gz, state) else "interim"
        standing_season = state.season if year_override is None else year_override
        standing = replace(
            base,
            kind="championship",
            grand_prix=None,
            session="season",
            position=row.position,
            season=standing_season,
            detail=detail,
        )
        if row.number is None:
            return [standing]
        if not _plausible_total(gz, state, top or row.number):
            # "412 punten" on a page dated in April: the table is of another day than the page
            standing = replace(standing, status="undated")
        # The points column: the driver's total at the time of the table.
        return [standing, replace(standing, kind="points", position=None, amount=row.number)]
    if heading in ("grid", "sprint_grid"):
        return [
            replace(
                base,
                kind="grid",
                position=row.position,
                session="sprint" if heading == "sprint_grid" else "race",
                detail="pole" if row.position == 1 else None,
            )
        ]
    if heading == "qualifying":
        if row.status is not None:
            return []
        return [replace(base, kind="qualifying", session="qualifying", position=row.position)]
    if row.fastest and heading in ("race", "sprint"):
        # "7. Ricciardo (Renault) +1.13,748 (snelste ronde)": the row is also the race's fastest lap
        marked = replace(base, kind="fastest_lap", session=session)
        return [
            marked,
            *_facts_of_row(
                gz, state, replace(row, fastest=False), index, heading, key, season, year_override, top
            ),
        ]
    if row.status == "dnf":
        return [replace(base, kind="retirement", session=session)]
    if row.status == "dsq":
        return [replace(base, kind="penalty", penalty="disqualification", session=session)]
    if row.status is None:
        return [replace(base, position=row.position, session=session)]
    return []


# A row marked with a grid penalty ("4. Verstappen 1.14,758 (gridstraf)", "(3-place grid penalty)"): the
# list is the starting order after the penalties, whatever its heading says.
_GRID_MARK_RE = re.compile(
    r"\((?:[^()]{0,24}\b)?(?:gridstraf\w*|grid[- ](?:penalty|drop)|"
    r"\d+ (?:plaatsen|places?)(?: terug| back)?)\)"
)
_ROW_LINE_RE = re.compile(r"(?:^|\s)(?:p|#)?\d{1,2}[.)]\s+[a-z]")  # a row, maybe after its heading


def regrid(facts: list[Fact], folded: list[str]) -> list[Fact]:
    """A qualifying list with a row marked by a grid penalty gives the grid: its rows' places are starts."""
    marked = {
        (x.season, x.grand_prix)
        for x in facts
        if x.kind == "qualifying" and _GRID_MARK_RE.search(folded[x.sentence])
    }
    if not marked:
        return facts
    rows = {
        x.sentence
        for x in facts
        if x.kind == "qualifying"
        and (x.season, x.grand_prix) in marked
        and (_ROW_LINE_RE.search(folded[x.sentence]) or _GRID_MARK_RE.search(folded[x.sentence]))
    }
    return [
        replace(x, kind="grid", session="race", detail="pole" if x.position == 1 else None)
        if x.kind == "qualifying" and x.sentence in rows and (x.season, x.grand_prix) in marked
        else x
        for x in facts
    ]


# --- a calendar with its winners -------------------------------------------------------------------

# "Datum Plaats winnaar 2018 winnaar 2019", "Date Race Winner 2021": one column of winners per season
_WINNER_COLUMN_RE = re.compile(r"\b(?:winnaar|winner)s?\s+(?:in\s+)?((?:19|20)\d\d)\b")
# "17/03", "17-3": a row's date, which starts the row
_DATE_CELL_RE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?![\d/.-])")
_MIN_CALENDAR_ROWS = 3


def calendar_winners(gz: Gazetteer, sc: SentenceContext, state: ArticleState) -> list[Fact] | None:
    """The winners of a calendar printed with a column of winners per season ("17/03 Australië (Melbourne)
    Vettel Bottas" under "Datum Plaats winnaar 2018 winnaar 2019"), or None when this is no such list.

    A row's date must be its race's date in the calendar's last season (the rows are that season's
    calendar), and it names at most one winner per column, in the columns' order: a race still to come has
    fewer. Only a list of three such rows or more is read.
    """
    if "winn" not in state.prev_text:
        return None  # the heading line above names no column of winners: most sentences stop here
    years = [int(y) for y in _WINNER_COLUMN_RE.findall(state.prev_text)]
    if not years or not sc.gp_hits:
        return None
    dates = list(_DATE_CELL_RE.finditer(sc.text))
    if len(dates) < _MIN_CALENDAR_ROWS:
        return None
    out: list[Fact] = []
    rows = 0
    for i, d in enumerate(dates):
        end = dates[i + 1].start() if i + 1 < len(dates) else len(sc.text)
        keys = [k for p, k in sc.gp_hits if d.end() <= p < end]
        race = gz.ref.race(years[-1], keys[0]) if keys else None
        if race is None or race.date[5:10] != f"{int(d.group(2)):02d}-{int(d.group(1)):02d}":
            continue  # not this season's race on that day: no row of the calendar
        after = [m for m in sc.mentions if d.end() <= m.start < end and not m.group]
        if len(after) > len(years) or any(len(m.drivers) != 1 for m in after):
            continue
        rows += 1
        for year, m in zip(years, after, strict=False):
            if gz.ref.race(year, race.key) is not None:
                won = Fact("finish", m.drivers[0], sc.index, season=year, grand_prix=race.key, position=1)
                out.append(won)
    return out if rows >= _MIN_CALENDAR_ROWS else None


# --- a team's drivers in brackets -----------------------------------------------------------------

# "MCLAREN (Lando Norris 5, Carlos Sainz 9)", "FERRARI (Charles Leclerc and Sebastian Vettel retired)": the
# team-by-team analysis of a race names each team, then its drivers with their finishing places in brackets
_TEAM_BRACKET_RE = re.compile(r"\(([^()]{5,120})\)")
_BRACKET_ITEM_RE = re.compile(
    r"\s*@\s+(?P<place>\d{1,2})\s*"
    r"|\s*@(?:\s+(?:and|en)\s+@)*\s+(?P<out>retired|did not finish|dnf|uitgevallen|opgegeven)\s*"
)


def team_brackets(gz: Gazetteer, sc: SentenceContext) -> tuple[list[Fact], list[tuple[int, int]]] | None:
    """The finishing places and retirements of each bracket of drivers right after a team's name in the
    sentence, and the spans they cover; None when there is none. Every item of a bracket must be a driver
    with his place or a retirement, else the bracket is read as prose."""
    f = sc.text
    out: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for bm in _TEAM_BRACKET_RE.finditer(f):
        lead = max(0, bm.start() - 30)  # where a team's name right before the bracket may start
        team = [t for t in gz.teams(f[lead : bm.start()]) if t.kind == "team"]
        if not team or lead + team[-1].end != bm.start() - 1:
            continue  # ("by Norris (McLaren)": no team's name and a space right before the bracket)
        names = [m for m in sc.mentions if bm.start(1) <= m.start and m.end <= bm.end(1) and not m.group]
        if not names:
            continue
        facts: list[Fact] = []
        at = bm.start(1)
        for item in f[bm.start(1) : bm.end(1)].split(","):
            end = at + len(item)
            inside = [m for m in names if at <= m.start and m.end <= end]
            shape = item
            for m in reversed(inside):
                shape = shape[: m.start - at] + "@" + shape[m.end - at :]
            im = _BRACKET_ITEM_RE.fullmatch(shape)
            if im is None or not inside or any(len(m.drivers) != 1 for m in inside):
                facts = []
                break
            if im.group("place"):
                facts.append(Fact("finish", inside[0].drivers[0], sc.index, position=int(im.group("place"))))
            else:
                facts.extend(Fact("retirement", m.drivers[0], sc.index) for m in inside)
            at = end + 1
        if facts:
            out.extend(facts)
            spans.append((bm.start(), bm.end()))
    return (out, spans) if out else None
