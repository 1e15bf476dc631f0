"""Official results from an Ergast-format CSV dump (CC0): race, sprint and qualifying rows and standings.

Load a folder with :func:`load_official`. Every file is checked (columns, types, references between files)
and a bad dump raises :class:`OfficialDataError` naming the file and row, so a caller can keep the data
it had. Only the columns racebot uses are read; extra columns are allowed, as in newer dumps.

The package carries the whole dump in a compact form, ``knowledge/data/official.json.gz`` (built by
``tools/build_official.py``): :func:`load_bundled` reads it, so an installed bot needs no CSV files.
"""

from __future__ import annotations

import csv
import gzip
import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: where the development checkout finds the CC0 dump (``../shared`` beside the repository)
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "ergast"
#: the dump bundled with the package (see ``tools/build_official.py``)
BUNDLE_PATH = Path(__file__).resolve().parent / "data" / "official.json.gz"
BUNDLE_VERSION = 3

_FINISHED_RE = re.compile(r"^(?:Finished|\+\d+ Laps?)$")
_NOT_STARTED = frozenset(
    {
        "Did not qualify",
        "Did not prequalify",
        "Withdrew",
        "Did not start",
        "Not classified",
        "Excluded",
        "107% Rule",
    }
)


class OfficialDataError(ValueError):
    """A results dump that cannot be used; the message names the file and row."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One driver's row in a race or sprint classification."""

    grid: int | None  # 0: pit-lane start
    position: int | None  # None: not classified
    position_text: str  # "1".."20", or R (retired), D (disqualified), W, N, E, F
    position_order: int
    status: str
    points: float
    fastest_rank: int | None = None  # 1: the fastest lap of the race (recorded from 2004 on)
    team: str = ""  # the constructor's name ("" without constructors.csv)

    @property
    def classified(self) -> bool:
        """Has a finishing position."""
        return self.position is not None

    @property
    def retired(self) -> bool:
        """Started but did not finish, for any reason but a disqualification."""
        return (
            not _FINISHED_RE.match(self.status)
            and self.status != "Disqualified"
            and self.status not in _NOT_STARTED
        )

    @property
    def disqualified(self) -> bool:
        """Disqualified from this classification."""
        return self.position_text == "D" or self.status == "Disqualified"


@dataclass(frozen=True, slots=True)
class Race:
    """One championship round; ``circuit``, ``location`` and ``country`` are empty without circuits.csv."""

    id: int
    season: int
    round: int
    name: str
    date: str
    circuit: str = ""
    location: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class Standing:
    """A driver's championship standing after a round."""

    position: int
    points: float
    wins: int


@dataclass(frozen=True, slots=True)
class TeamStanding:
    """A constructor's championship standing after a round (the constructors' championship, 1958 on)."""

    position: int
    points: float
    wins: int
    excluded: bool = False  # positionText "E": excluded from the championship (McLaren 2007)


@dataclass
class OfficialResults:
    """Lookups over one dump. Driver keys are Ergast ``driverRef`` values (racebot's driver ids)."""

    drivers: dict[str, tuple[str, str]] = field(default_factory=dict)  # driverRef -> (forename, surname)
    races: dict[int, Race] = field(default_factory=dict)  # raceId -> Race
    standing_rows: dict[tuple[int, str], Standing] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    race_ids: dict[tuple[int, int], int] = field(default_factory=dict)  # (season, round) -> raceId
    race_dates: dict[int, str] = field(default_factory=dict)  # raceId -> YYYY-MM-DD
    rounds: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # season -> [(round, date)]
    race: dict[tuple[int, str], Entry] = field(default_factory=dict)  # (raceId, driverRef)
    sprint: dict[tuple[int, str], Entry] = field(default_factory=dict)
    qualifying: dict[tuple[int, str], int] = field(default_factory=dict)
    standings: dict[tuple[int, str], int] = field(default_factory=dict)
    last_classified: dict[int, int] = field(default_factory=dict)  # raceId -> highest classified position
    constructors: dict[str, str] = field(default_factory=dict)  # constructorRef -> name
    team_standing_rows: dict[tuple[int, str], TeamStanding] = field(default_factory=dict)  # (raceId, ref)

    def race_id(self, season: int, round_: int) -> int | None:
        """The raceId of a season's round, or None when the dump does not hold it."""
        return self.race_ids.get((season, round_))

    def has_results(self, race_id: int) -> bool:
        """The dump holds the classification of this race (a race in the calendar may not be run yet)."""
        return race_id in self.last_classified

    def rounds_until(self, season: int, date: str) -> list[int]:
        """Rounds of ``season`` run on or before ``date`` (YYYY-MM-DD, or a prefix: compared as text)."""
        return [r for r, d in self.rounds.get(season, []) if d <= date]

    def classification(self, race_id: int, *, sprint: bool = False) -> list[tuple[str, Entry]]:
        """(driverRef, entry) of a race or sprint in classification order."""
        table = self._by_race(self.sprint if sprint else self.race, "_sprint_order" if sprint else "_order")
        return table.get(race_id, [])

    def qualifying_order(self, race_id: int) -> list[tuple[str, int]]:
        """(driverRef, position) of a race's qualifying, best first (recorded from 1994 on)."""
        return self._by_race(self.qualifying, "_quali_order").get(race_id, [])

    def standings_after(self, race_id: int) -> list[tuple[str, Standing]]:
        """(driverRef, standing) after a round, leader first."""
        return self._by_race(self.standing_rows, "_standing_order").get(race_id, [])

    def team_standings_after(self, race_id: int) -> list[tuple[str, TeamStanding]]:
        """(constructorRef, standing) after a round, leader first (excluded teams last)."""
        return self._by_race(self.team_standing_rows, "_team_standing_order").get(race_id, [])

    def team_seasons(self, team: str) -> frozenset[int]:
        """Seasons in which the constructor has a championship standing."""
        if "team_seasons" not in self._cache:
            seasons: dict[str, set[int]] = {}
            for rid, ref in self.team_standing_rows:
                seasons.setdefault(ref, set()).add(self.races[rid].season)
            self._cache["team_seasons"] = {k: frozenset(v) for k, v in seasons.items()}
        found: frozenset[int] = self._cache["team_seasons"].get(team, frozenset())
        return found

    def season_races(self, season: int) -> list[Race]:
        """The season's rounds in order (run or not)."""
        by_season: dict[int, list[Race]] = self._cache.setdefault("season_races", {})
        if season not in by_season:
            ids = (self.race_ids.get((season, rnd)) for rnd, _ in self.rounds.get(season, []))
            by_season[season] = [self.races[i] for i in ids if i is not None and i in self.races]
        return by_season[season]

    def last_run(self, season: int) -> Race | None:
        """The season's last round with a classification, or None."""
        run = [r for r in self.season_races(season) if self.has_results(r.id)]
        return run[-1] if run else None

    def complete(self, season: int) -> bool:
        """Every round of the season in the dump has its classification (a season in progress has not)."""
        races = self.season_races(season)
        return bool(races) and all(self.has_results(r.id) for r in races)

    def driver_seasons(self, driver: str) -> frozenset[int]:
        """Seasons in which the driver has a race, sprint or qualifying row."""
        if "seasons" not in self._cache:
            seasons: dict[str, set[int]] = {}
            for table in (self.race, self.sprint, self.qualifying):
                for rid, ref in table:
                    seasons.setdefault(ref, set()).add(self.races[rid].season)
            self._cache["seasons"] = {k: frozenset(v) for k, v in seasons.items()}
        found: frozenset[int] = self._cache["seasons"].get(driver, frozenset())
        return found

    def _by_race(self, table: dict[tuple[int, str], Any], attr: str) -> dict[int, list[tuple[str, Any]]]:
        # Per-race lists, made on first use (the audit never needs them).
        cached: dict[int, list[tuple[str, Any]]] | None = self._cache.get(attr)
        if cached is None:
            cached = {}
            for (rid, ref), value in table.items():
                cached.setdefault(rid, []).append((ref, value))
            for rows in cached.values():
                rows.sort(key=lambda kv: _order_key(kv[1]))
            self._cache[attr] = cached
        return cached


def _order_key(value: Any) -> int:
    if isinstance(value, Entry):
        return value.position_order
    if isinstance(value, (Standing, TeamStanding)):
        return value.position
    return int(value)


def _rows(
    path: Path, needed: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Iterator[tuple[int, dict[str, str | None]]]:
    if not path.is_file():
        raise OfficialDataError(f"{path.name}: missing")
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in needed if c not in (reader.fieldnames or [])]
            if missing:
                raise OfficialDataError(f"{path.name}: missing column(s) {', '.join(missing)}")
            for n, row in enumerate(reader, start=2):
                if None in row:  # more fields than the header; fewer is allowed (empty trailing columns)
                    raise OfficialDataError(f"{path.name} row {n}: more fields than columns")
                yield (
                    n,
                    {
                        k: (None if v is None or v in (r"\N", "") else v)
                        for k, v in row.items()
                        if k in needed or k in optional
                    },
                )
    except UnicodeDecodeError as exc:
        raise OfficialDataError(f"{path.name}: not UTF-8 ({exc.reason})") from exc
    except csv.Error as exc:
        raise OfficialDataError(f"{path.name}: {exc}") from exc


def _int(path: Path, n: int, row: dict[str, str | None], col: str, *, optional: bool = False) -> int | None:
    value = row.get(col)
    if value is None:
        if optional:
            return None
        raise OfficialDataError(f"{path.name} row {n}: {col} is empty")
    try:
        return int(value)
    except ValueError:
        raise OfficialDataError(f"{path.name} row {n}: {col} is not a number: {value!r}") from None


def _float(path: Path, n: int, row: dict[str, str | None], col: str) -> float:
    try:
        return float(row.get(col) or 0)
    except ValueError:
        raise OfficialDataError(f"{path.name} row {n}: {col} is not a number: {row.get(col)!r}") from None


def _req(path: Path, n: int, row: dict[str, str | None], col: str) -> int:
    value = _int(path, n, row, col)
    assert value is not None  # _int raises for an empty required column
    return value


def _ref(path: Path, n: int, table: dict[int, str], key: int, what: str) -> str:
    try:
        return table[key]
    except KeyError:
        raise OfficialDataError(f"{path.name} row {n}: unknown {what} {key}") from None


def load_official(folder: str | Path) -> OfficialResults:
    """Read and check the dump in ``folder``; :class:`OfficialDataError` on any problem."""
    root = Path(folder)
    if not root.is_dir():
        raise OfficialDataError(f"{root}: not a folder")
    out = OfficialResults()
    drivers: dict[int, str] = {}
    p = root / "drivers.csv"
    for n, row in _rows(p, ("driverId", "driverRef", "forename", "surname")):
        ref = row["driverRef"]
        if not ref:
            raise OfficialDataError(f"{p.name} row {n}: driverRef is empty")
        if not row["surname"]:
            raise OfficialDataError(f"{p.name} row {n}: surname is empty")
        did = _req(p, n, row, "driverId")
        if did in drivers or ref in out.drivers:
            raise OfficialDataError(f"{p.name} row {n}: driver {did} / {ref!r} appears twice")
        drivers[did] = ref
        out.drivers[ref] = (row["forename"] or "", row["surname"])
    circuits: dict[int, tuple[str, str, str]] = {}
    p = root / "circuits.csv"
    if p.is_file():  # optional: only names places
        for n, row in _rows(p, ("circuitId", "name", "location", "country")):
            circuits[_req(p, n, row, "circuitId")] = (
                row["name"] or "",
                row["location"] or "",
                row["country"] or "",
            )
    p = root / "races.csv"
    seasons: dict[int, int] = {}
    for n, row in _rows(p, ("raceId", "year", "round", "date", "name", "circuitId")):
        rid, year, rnd = _req(p, n, row, "raceId"), _req(p, n, row, "year"), _req(p, n, row, "round")
        date = row["date"] or ""
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            raise OfficialDataError(f"{p.name} row {n}: date is not YYYY-MM-DD: {date!r}")
        if not row["name"]:
            raise OfficialDataError(f"{p.name} row {n}: name is empty")
        if rid in seasons or (year, rnd) in out.race_ids:
            raise OfficialDataError(f"{p.name} row {n}: race {rid} / {year} round {rnd} appears twice")
        cid = _req(p, n, row, "circuitId")
        if circuits and cid not in circuits:
            raise OfficialDataError(f"{p.name} row {n}: unknown circuitId {cid}")
        out.race_ids[(year, rnd)] = rid
        out.race_dates[rid] = date
        out.races[rid] = Race(rid, year, rnd, row["name"], date, *circuits.get(cid, ("", "", "")))
        seasons[rid] = year
        out.rounds.setdefault(year, []).append((rnd, date))
    for rounds in out.rounds.values():
        rounds.sort()
    status: dict[int, str] = {}
    p = root / "status.csv"
    for n, row in _rows(p, ("statusId", "status")):
        status[_req(p, n, row, "statusId")] = row["status"] or ""
    teams: dict[int, str] = {}
    team_refs: dict[int, str] = {}
    p = root / "constructors.csv"
    if p.is_file():  # optional: names teams, needed by the constructors' standings
        for n, row in _rows(p, ("constructorId", "constructorRef", "name")):
            # names are plain text, but a few carry HTML entities ("Lotus-Pratt &amp; Whitney")
            cid, ref, name = (
                _req(p, n, row, "constructorId"),
                row["constructorRef"],
                html.unescape(row["name"] or ""),
            )
            if not ref:
                raise OfficialDataError(f"{p.name} row {n}: constructorRef is empty")
            if not name:
                raise OfficialDataError(f"{p.name} row {n}: name is empty")
            if cid in teams or ref in out.constructors:
                raise OfficialDataError(f"{p.name} row {n}: constructor {cid} / {ref!r} appears twice")
            teams[cid], team_refs[cid] = name, ref
            out.constructors[ref] = name
    cols = ("raceId", "driverId", "grid", "position", "positionText", "positionOrder", "points", "statusId")
    optional = ("rank", "constructorId")  # the fastest-lap rank: newer dumps only
    for name, table in (("results.csv", out.race), ("sprint_results.csv", out.sprint)):
        p = root / name
        if name == "sprint_results.csv" and not p.is_file():
            continue  # older dumps have no sprints
        for n, row in _rows(p, cols, optional):
            rid = _req(p, n, row, "raceId")
            if rid not in seasons:
                raise OfficialDataError(f"{p.name} row {n}: unknown raceId {rid}")
            ref = _ref(p, n, drivers, _req(p, n, row, "driverId"), "driverId")
            sid = _req(p, n, row, "statusId")
            points = _float(p, n, row, "points")
            entry = Entry(
                grid=_int(p, n, row, "grid", optional=True),
                position=_int(p, n, row, "position", optional=True),
                position_text=row["positionText"] or "",
                position_order=_req(p, n, row, "positionOrder"),
                status=status.get(sid, ""),
                points=points,
                fastest_rank=_int(p, n, row, "rank", optional=True) if "rank" in row else None,
                team=_ref(p, n, teams, _req(p, n, row, "constructorId"), "constructorId") if teams else "",
            )
            if sid not in status:
                raise OfficialDataError(f"{p.name} row {n}: unknown statusId {sid}")
            _add_entry(out, table, rid, ref, entry)
    p = root / "qualifying.csv"
    for n, row in _rows(p, ("raceId", "driverId", "position")):
        rid = _req(p, n, row, "raceId")
        if rid not in seasons:
            raise OfficialDataError(f"{p.name} row {n}: unknown raceId {rid}")
        ref = _ref(p, n, drivers, _req(p, n, row, "driverId"), "driverId")
        pos = _int(p, n, row, "position", optional=True)
        if pos is not None:
            out.qualifying[(rid, ref)] = pos
    p = root / "driver_standings.csv"
    for n, row in _rows(p, ("raceId", "driverId", "position", "points", "wins")):
        rid = _req(p, n, row, "raceId")
        if rid not in seasons:
            raise OfficialDataError(f"{p.name} row {n}: unknown raceId {rid}")
        ref = _ref(p, n, drivers, _req(p, n, row, "driverId"), "driverId")
        pos = _int(p, n, row, "position", optional=True)
        if pos is not None:  # a driver without a standing (no race yet) has none
            out.standings[(rid, ref)] = pos
            out.standing_rows[(rid, ref)] = Standing(
                pos, _float(p, n, row, "points"), _int(p, n, row, "wins", optional=True) or 0
            )
    _load_team_standings(root, out, seasons, team_refs)
    log.debug("official results: %d races, %d race rows", len(out.race_ids), len(out.race))
    return out


def _load_team_standings(
    root: Path, out: OfficialResults, seasons: dict[int, int], team_refs: dict[int, str]
) -> None:
    """constructor_standings.csv: optional (older dumps), but checked whole when present."""
    p = root / "constructor_standings.csv"
    if not p.is_file():
        return
    if not team_refs:
        raise OfficialDataError(f"{p.name}: needs constructors.csv")
    cols = ("raceId", "constructorId", "points", "position", "wins")
    for n, row in _rows(p, cols, ("positionText",)):
        rid = _req(p, n, row, "raceId")
        if rid not in seasons:
            raise OfficialDataError(f"{p.name} row {n}: unknown raceId {rid}")
        ref = _ref(p, n, team_refs, _req(p, n, row, "constructorId"), "constructorId")
        pos = _int(p, n, row, "position", optional=True)
        if pos is None:
            continue  # no standing yet
        if (rid, ref) in out.team_standing_rows:
            raise OfficialDataError(f"{p.name} row {n}: constructor {ref!r} appears twice in race {rid}")
        text = row.get("positionText")
        out.team_standing_rows[(rid, ref)] = TeamStanding(
            pos, _float(p, n, row, "points"), _int(p, n, row, "wins", optional=True) or 0, text == "E"
        )


def _add_entry(
    out: OfficialResults, table: dict[tuple[int, str], Entry], rid: int, ref: str, entry: Entry
) -> None:
    table[(rid, ref)] = entry
    if table is out.race and entry.position is not None:
        out.last_classified[rid] = max(out.last_classified.get(rid, 0), entry.position)


def _num(value: float) -> float | int:
    return int(value) if value == int(value) else value


def to_bundle(off: OfficialResults) -> dict[str, Any]:
    """The dump as a compact JSON-ready document (rows as lists; drivers and statuses by index)."""
    drivers = sorted(off.drivers)
    d_index = {ref: i for i, ref in enumerate(drivers)}
    statuses = sorted({e.status for e in (*off.race.values(), *off.sprint.values())})
    s_index = {st: i for i, st in enumerate(statuses)}
    teams = sorted({e.team for e in (*off.race.values(), *off.sprint.values())})
    t_index = {t: i for i, t in enumerate(teams)}
    constructors = sorted(off.constructors)
    c_index = {ref: i for i, ref in enumerate(constructors)}

    def entries(table: dict[tuple[int, str], Entry]) -> list[list[Any]]:
        return [
            [
                rid,
                d_index[ref],
                e.grid,
                e.position,
                e.position_text,
                e.position_order,
                _num(e.points),
                s_index[e.status],
                e.fastest_rank,
                t_index[e.team],
            ]
            for (rid, ref), e in sorted(table.items(), key=lambda kv: (kv[0][0], kv[1].position_order))
        ]

    return {
        "version": BUNDLE_VERSION,
        "source": "Ergast F1 database (CC0), built by tools/build_official.py",
        "drivers": [[ref, *off.drivers[ref]] for ref in drivers],
        "statuses": statuses,
        "teams": teams,
        "races": [
            [r.id, r.season, r.round, r.name, r.date, r.circuit, r.location, r.country]
            for r in sorted(off.races.values(), key=lambda r: (r.season, r.round))
        ],
        "results": entries(off.race),
        "sprint": entries(off.sprint),
        "qualifying": [
            [rid, d_index[ref], pos]
            for (rid, ref), pos in sorted(off.qualifying.items(), key=lambda kv: (kv[0][0], kv[1]))
        ],
        "standings": [
            [rid, d_index[ref], st.position, _num(st.points), st.wins]
            for (rid, ref), st in sorted(off.standing_rows.items(), key=lambda kv: (kv[0][0], kv[1].position))
        ],
        "constructors": [[ref, off.constructors[ref]] for ref in constructors],
        **_team_standings_doc(off, c_index),
    }


def _team_standings_doc(off: OfficialResults, c_index: dict[str, int]) -> dict[str, Any]:
    # One row per round, its teams in standing order with the position left out (it is the place in
    # the row: positions run 1..n without ties), halving the compressed size.
    by_race: dict[int, list[tuple[str, TeamStanding]]] = {}
    for (rid, ref), st in off.team_standing_rows.items():
        by_race.setdefault(rid, []).append((ref, st))
    rows: list[list[Any]] = []
    excluded: list[list[int]] = []
    for rid in sorted(by_race):
        table = sorted(by_race[rid], key=lambda kv: kv[1].position)
        if [st.position for _, st in table] != list(range(1, len(table) + 1)):
            raise OfficialDataError(f"constructors' standings of race {rid}: positions are not 1..n")
        row: list[Any] = [rid]
        for ref, st in table:
            row += [c_index[ref], _num(st.points), st.wins]
            if st.excluded:
                excluded.append([rid, c_index[ref]])
        rows.append(row)
    return {"constructor_standings": rows, "constructors_excluded": excluded}


def write_bundle(off: OfficialResults, path: str | Path) -> int:
    """Write ``off`` as gzip-compressed JSON (byte-for-byte reproducible); returns the size in bytes."""
    raw = json.dumps(to_bundle(off), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    data = gzip.compress(raw, compresslevel=9, mtime=0)
    Path(path).write_bytes(data)
    return len(data)


def from_bundle(doc: dict[str, Any]) -> OfficialResults:
    """Rebuild the lookups from a :func:`to_bundle` document; :class:`OfficialDataError` when malformed.

    The row sections are taken out of ``doc`` as they are read, so each is freed once its objects are
    made: the memory peak of a load is the lookups plus one section, not plus the whole document."""
    if doc.get("version") != BUNDLE_VERSION:
        raise OfficialDataError(f"bundle version {doc.get('version')!r}, expected {BUNDLE_VERSION}")
    out = OfficialResults()
    section = "drivers"
    try:
        refs = [str(ref) for ref, *_ in doc["drivers"]]
        out.drivers = {str(ref): (str(fore), str(sur)) for ref, fore, sur in doc["drivers"]}
        statuses = [str(x) for x in doc["statuses"]]
        teams = [str(x) for x in doc["teams"]]
        section = "races"
        for rid, season, rnd, name, date, circuit, location, country in doc["races"]:
            out.races[rid] = Race(
                int(rid), int(season), int(rnd), str(name), str(date), circuit, location, country
            )
            out.race_ids[(season, rnd)] = rid
            out.race_dates[rid] = date
            out.rounds.setdefault(season, []).append((rnd, date))
        for key, table in (("results", out.race), ("sprint", out.sprint)):
            section = key
            for rid, di, grid, pos, text, order, points, si, rank, ti in doc.pop(key):
                if rid not in out.races:
                    raise KeyError(rid)
                _add_entry(
                    out,
                    table,
                    rid,
                    refs[di],
                    Entry(grid, pos, text, order, statuses[si], float(points), rank, teams[ti]),
                )
        section = "qualifying"
        for rid, di, pos in doc.pop("qualifying"):
            out.qualifying[(rid, refs[di])] = int(pos)
        section = "standings"
        for rid, di, pos, points, wins in doc.pop("standings"):
            out.standings[(rid, refs[di])] = int(pos)
            out.standing_rows[(rid, refs[di])] = Standing(int(pos), float(points), int(wins))
        section = "constructors"
        team_refs = [str(ref) for ref, _ in doc["constructors"]]
        out.constructors = {str(ref): str(name) for ref, name in doc["constructors"]}
        excluded = {(rid, team_refs[ci]) for rid, ci in doc["constructors_excluded"]}
        for rid, *cells in doc.pop("constructor_standings"):
            if rid not in out.races or len(cells) % 3:
                raise KeyError(rid)
            for n in range(0, len(cells), 3):
                ref = team_refs[cells[n]]
                out.team_standing_rows[(rid, ref)] = TeamStanding(
                    n // 3 + 1, float(cells[n + 1]), int(cells[n + 2]), (rid, ref) in excluded
                )
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise OfficialDataError(f"bundle section {section}: malformed ({exc!r})") from None
    for rounds in out.rounds.values():
        rounds.sort()
    return out


def read_bundle(path: str | Path) -> OfficialResults:
    """Read a bundle written by :func:`write_bundle`."""
    p = Path(path)
    try:
        doc = json.loads(gzip.decompress(p.read_bytes()))
    except (OSError, EOFError, ValueError) as exc:
        raise OfficialDataError(f"{p.name}: unreadable ({exc})") from None
    if not isinstance(doc, dict):
        raise OfficialDataError(f"{p.name}: not a bundle")
    return from_bundle(doc)


@lru_cache(maxsize=1)
def load_bundled() -> OfficialResults:
    """The official results bundled with the package (read once, then shared)."""
    return read_bundle(BUNDLE_PATH)
