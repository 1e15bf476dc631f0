"""The bundled official results: built from the CSV dump by tools/build_official.py, read back whole."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.official import (
    BUNDLE_PATH,
    BUNDLE_VERSION,
    DEFAULT_DIR,
    OfficialDataError,
    load_bundled,
    load_official,
    read_bundle,
    to_bundle,
    write_bundle,
)

REPO = Path(__file__).resolve().parents[2]
needs_dump = pytest.mark.skipif(not DEFAULT_DIR.is_dir(), reason="../shared/data/ergast not present")


def test_bundle_is_small_and_covers_1950_to_2025() -> None:
    assert BUNDLE_PATH.stat().st_size < 600_000
    off = load_bundled()
    seasons = {r.season for r in off.races.values()}
    assert min(seasons) == 1950 and max(seasons) >= 2025
    assert len(off.race) > 25_000 and len(off.standing_rows) > 30_000 and off.sprint
    assert {e.team for e in off.race.values()} >= {"Ferrari", "McLaren", "Maserati", "Brabham", "Red Bull"}
    # the constructors' championship, 1958 on
    assert len(off.team_standing_rows) > 13_000
    team_seasons = {off.races[rid].season for rid, _ in off.team_standing_rows}
    assert min(team_seasons) == 1958 and max(team_seasons) >= 2025
    assert {off.constructors[t] for _, t in off.team_standing_rows} >= {"Ferrari", "Lotus-Climax", "Red Bull"}


@needs_dump
def test_committed_bundle_is_the_dump_rebuilt(tmp_path: Path) -> None:
    """The committed file is exactly what the builder makes from the CSV files, and reads back equal."""
    out = tmp_path / "official.json.gz"
    done = subprocess.run(
        [sys.executable, "tools/build_official.py", str(DEFAULT_DIR), "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == BUNDLE_PATH.read_bytes()
    csv, bundled = load_official(DEFAULT_DIR), read_bundle(out)
    for name in (
        "race",
        "sprint",
        "qualifying",
        "standings",
        "standing_rows",
        "races",
        "drivers",
        "rounds",
        "constructors",
        "team_standing_rows",
    ):
        assert getattr(csv, name) == getattr(bundled, name), name


def test_round_trip_of_a_small_dump(tmp_path: Path) -> None:
    from tests.knowledge.test_audit import _DUMP

    folder = tmp_path / "ergast"
    folder.mkdir()
    for name, text in _DUMP.items():
        (folder / name).write_text(text, encoding="utf-8")
    off = load_official(folder)
    write_bundle(off, tmp_path / "b.json.gz")
    back = read_bundle(tmp_path / "b.json.gz")
    assert back.race == off.race and back.standing_rows == off.standing_rows and back.races == off.races
    assert [d for d, _ in back.classification(1084)][:3] == ["leclerc", "max_verstappen", "hamilton"]


def test_builder_refuses_a_bad_dump(tmp_path: Path) -> None:
    from tests.knowledge.test_audit import _DUMP

    folder = tmp_path / "ergast"
    folder.mkdir()
    for name, text in _DUMP.items():
        (folder / name).write_text(
            text.replace("1,1084,844,6,16,2,1,", "1,1084,844,6,16,2,one,"), encoding="utf-8"
        )
    out = tmp_path / "b.json.gz"
    done = subprocess.run(
        [sys.executable, "tools/build_official.py", str(folder), "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "results.csv row 2: position" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "data",
    [
        b"not gzip",
        gzip.compress(b"[1, 2]"),
        gzip.compress(b'{"version": 99}'),
        gzip.compress(json.dumps({"version": BUNDLE_VERSION, "drivers": [["x", "A"]]}).encode()),
    ],
)
def test_broken_bundle_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "official.json.gz"
    path.write_bytes(data)
    with pytest.raises(OfficialDataError):
        read_bundle(path)


def test_bundle_rows_are_lists() -> None:
    doc = to_bundle(load_bundled())
    assert doc["version"] == BUNDLE_VERSION and all(isinstance(r, list) for r in doc["results"][:100])
