"""Official results from an Ergast-format CSV dump (CC0): race, sprint and qualifying rows and standings.

Load a folder with :func:`load_official`. Every file is checked (columns, types, references between files)
and a bad dump raises :class:`OfficialDataError` naming the file and row, so a caller can keep the data
it had. Only the columns racebot uses are read; extra columns are allowed, as in newer dumps.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: where the development checkout finds the CC0 dump (``../shared`` beside the repository)
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "ergast"

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


@dataclass
class OfficialResults:
    """Lookups over one dump. Driver keys are Ergast ``driverRef`` values (racebot's driver ids)."""

    race_ids: dict[tuple[int, int], int] = field(default_factory=dict)  # (season, round) -> raceId
    race_dates: dict[int, str] = field(default_factory=dict)  # raceId -> YYYY-MM-DD
    rounds: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # season -> [(round, date)]
    race: dict[tuple[int, str], Entry] = field(default_factory=dict)  # (raceId, driverRef)
    sprint: dict[tuple[int, str], Entry] = field(default_factory=dict)
    qualifying: dict[tuple[int, str], int] = field(default_factory=dict)
    standings: dict[tuple[int, str], int] = field(default_factory=dict)
    last_classified: dict[int, int] = field(default_factory=dict)  # raceId -> highest classified position

    def race_id(self, season: int, round_: int) -> int | None:
        """The raceId of a season's round, or None when the dump does not hold it."""
        return self.race_ids.get((season, round_))

    def has_results(self, race_id: int) -> bool:
        """The dump holds the classification of this race (a race in the calendar may not be run yet)."""
        return race_id in self.last_classified

    def rounds_until(self, season: int, date: str) -> list[int]:
        """Rounds of ``season`` run on or before ``date`` (YYYY-MM-DD, or a prefix: compared as text)."""
        return [r for r, d in self.rounds.get(season, []) if d <= date]


def _rows(path: Path, needed: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str | None]]]:
    if not path.is_file():
        raise OfficialDataError(f"{path.name}: missing")
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in needed if c not in (reader.fieldnames or [])]
            if missing:
                raise OfficialDataError(f"{path.name}: missing column(s) {', '.join(missing)}")
            for n, row in enumerate(reader, start=2):
                yield n, {k: (None if v in (r"\N", "") else v) for k, v in row.items() if k in needed}
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
    for n, row in _rows(p, ("driverId", "driverRef")):
        if not row["driverRef"]:
            raise OfficialDataError(f"{p.name} row {n}: driverRef is empty")
        drivers[_req(p, n, row, "driverId")] = row["driverRef"]
    p = root / "races.csv"
    seasons: dict[int, int] = {}
    for n, row in _rows(p, ("raceId", "year", "round", "date")):
        rid, year, rnd = _req(p, n, row, "raceId"), _req(p, n, row, "year"), _req(p, n, row, "round")
        date = row["date"] or ""
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            raise OfficialDataError(f"{p.name} row {n}: date is not YYYY-MM-DD: {date!r}")
        out.race_ids[(year, rnd)] = rid
        out.race_dates[rid] = date
        seasons[rid] = year
        out.rounds.setdefault(year, []).append((rnd, date))
    for rounds in out.rounds.values():
        rounds.sort()
    status: dict[int, str] = {}
    p = root / "status.csv"
    for n, row in _rows(p, ("statusId", "status")):
        status[_req(p, n, row, "statusId")] = row["status"] or ""
    cols = ("raceId", "driverId", "grid", "position", "positionText", "positionOrder", "points", "statusId")
    for name, table in (("results.csv", out.race), ("sprint_results.csv", out.sprint)):
        p = root / name
        if name == "sprint_results.csv" and not p.is_file():
            continue  # older dumps have no sprints
        for n, row in _rows(p, cols):
            rid = _req(p, n, row, "raceId")
            if rid not in seasons:
                raise OfficialDataError(f"{p.name} row {n}: unknown raceId {rid}")
            ref = _ref(p, n, drivers, _req(p, n, row, "driverId"), "driverId")
            sid = _req(p, n, row, "statusId")
            try:
                points = float(row["points"] or 0)
            except ValueError:
                raise OfficialDataError(
                    f"{p.name} row {n}: points is not a number: {row['points']!r}"
                ) from None
            entry = Entry(
                grid=_int(p, n, row, "grid", optional=True),
                position=_int(p, n, row, "position", optional=True),
                position_text=row["positionText"] or "",
                position_order=_req(p, n, row, "positionOrder"),
                status=status.get(sid, ""),
                points=points,
            )
            if sid not in status:
                raise OfficialDataError(f"{p.name} row {n}: unknown statusId {sid}")
            table[(rid, ref)] = entry
            if table is out.race and entry.position is not None:
                out.last_classified[rid] = max(out.last_classified.get(rid, 0), entry.position)
    p = root / "qualifying.csv"
    for n, row in _rows(p, ("raceId", "driverId", "position")):
        rid = _req(p, n, row, "raceId")
        ref = _ref(p, n, drivers, _req(p, n, row, "driverId"), "driverId")
        pos = _int(p, n, row, "position", optional=True)
        if pos is not None:
            out.qualifying[(rid, ref)] = pos
    p = root / "driver_standings.csv"
    for n, row in _rows(p, ("raceId", "driverId", "position")):
        rid = _req(p, n, row, "raceId")
        ref = _ref(p, n, drivers, _req(p, n, row, "driverId"), "driverId")
        pos = _int(p, n, row, "position", optional=True)
        if pos is not None:  # a driver without a standing (no race yet) has none
            out.standings[(rid, ref)] = pos
    log.debug("official results: %d races, %d race rows", len(out.race_ids), len(out.race))
    return out
