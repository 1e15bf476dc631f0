"""The audit: facts checked against an official dump (a small one written here from the 2022 Austrian GP)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.audit import AuditFact, Auditor, ErrataError, load_errata
from knowledge.extract import LAST, Fact
from knowledge.official import OfficialDataError, load_official
from knowledge.reference import load_reference

REPO = Path(__file__).resolve().parents[2]

# 2022 rounds 10 (British GP) and 11 (Austrian GP); figures from the official classification.
_DUMP = {
    "drivers.csv": "driverId,driverRef,number,code,forename,surname,dob,nationality,url\n"
    '1,"hamilton",44,"HAM","Lewis","Hamilton","1985-01-07","British",""\n'
    '815,"perez",11,"PER","Sergio","Pérez","1990-01-26","Mexican",""\n'
    '830,"max_verstappen",33,"VER","Max","Verstappen","1997-09-30","Dutch",""\n'
    '832,"sainz",55,"SAI","Carlos","Sainz","1994-09-01","Spanish",""\n'
    '844,"leclerc",16,"LEC","Charles","Leclerc","1997-10-16","Monegasque",""\n'
    '822,"bottas",77,"BOT","Valtteri","Bottas","1989-08-28","Finnish",""\n',
    "races.csv": "raceId,year,round,circuitId,name,date,time,url\n"
    '1083,2022,10,9,"British Grand Prix","2022-07-03",\\N,""\n'
    '1084,2022,11,70,"Austrian Grand Prix","2022-07-10",\\N,""\n',
    "status.csv": 'statusId,status\n1,"Finished"\n2,"Disqualified"\n11,"+1 Lap"\n130,"Collision damage"\n'
    '131,"Power Unit"\n',
    "results.csv": "resultId,raceId,driverId,constructorId,number,grid,position,positionText,positionOrder,"
    "points,laps,time,milliseconds,fastestLap,rank,fastestLapTime,fastestLapSpeed,statusId\n"
    "1,1084,844,6,16,2,1,1,1,25,71,,,,,,,1\n"
    "2,1084,830,9,1,1,2,2,2,19,71,,,,,,,1\n"
    "3,1084,1,131,44,8,3,3,3,15,71,,,,,,,1\n"
    "4,1084,822,51,77,0,11,11,11,0,70,,,,,,,11\n"
    "5,1084,832,6,55,3,\\N,R,18,0,56,,,,,,,131\n"
    "6,1084,815,9,11,5,\\N,R,20,0,24,,,,,,,130\n",
    "sprint_results.csv": "resultId,raceId,driverId,constructorId,number,grid,position,positionText,"
    "positionOrder,points,laps,time,milliseconds,fastestLap,fastestLapTime,statusId,rank\n"
    "1,1084,830,9,1,1,1,1,1,8,23,,,,,1,\\N\n"
    "2,1084,844,6,16,2,2,2,2,7,23,,,,,1,\\N\n",
    "qualifying.csv": "qualifyId,raceId,driverId,constructorId,number,position,q1,q2,q3\n"
    "1,1084,830,9,1,1,,,\n2,1084,844,6,16,2,,,\n3,1084,832,6,55,3,,,\n",
    "driver_standings.csv": "driverStandingsId,raceId,driverId,points,position,positionText,wins\n"
    "1,1083,830,181,1,1,6\n2,1083,815,147,2,2,1\n3,1083,844,138,3,3,2\n"
    "4,1084,830,208,1,1,6\n5,1084,844,170,2,2,3\n6,1084,815,151,3,3,1\n",
}


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    folder = tmp_path / "ergast"
    folder.mkdir()
    for name, text in _DUMP.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def fact(kind: str, driver: str, **kw: object) -> AuditFact:
    date = str(kw.pop("date", "2022-07-11"))
    base: dict[str, object] = {"season": 2022, "grand_prix": "austria"}
    return AuditFact(Fact(kind, driver, 0, **{**base, **kw}), "a.txt", "s", date)  # type: ignore[arg-type]


def verdict(dump: Path, af: AuditFact) -> tuple[str, bool] | None:
    checked = Auditor(load_official(dump), load_reference()).check(af)
    return None if checked is None else (checked.label, checked.agrees)


@pytest.mark.parametrize(
    ("af", "expected"),
    [
        (fact("finish", "leclerc", position=1), ("winner", True)),
        (fact("finish", "max_verstappen", position=1), ("winner", False)),
        (fact("finish", "hamilton", position=3), ("finish", True)),
        (fact("finish", "sainz", position=2), ("finish", False)),  # retired: no finish at all
        (fact("finish", "max_verstappen", position=1, session="sprint"), ("sprint", True)),
        (fact("finish", "leclerc", position=1, session="sprint"), ("sprint", False)),
        (fact("podium", "hamilton"), ("podium", True)),
        (fact("podium", "bottas"), ("podium", False)),
        (fact("grid", "max_verstappen", position=1, detail="pole"), ("pole", True)),
        (fact("grid", "leclerc", position=1, detail="pole"), ("pole", False)),
        (fact("grid", "hamilton", position=8), ("grid", True)),
        (fact("grid", "hamilton", position=3), ("grid", False)),
        (fact("qualifying", "sainz", position=3), ("qualifying", True)),
        (fact("qualifying", "leclerc", position=1), ("pole", False)),
        (fact("pitlane", "bottas", position=0), ("pitlane", True)),
        (fact("pitlane", "hamilton", position=0), ("pitlane", False)),
        (fact("retirement", "perez"), ("retirement", True)),
        (fact("retirement", "bottas"), ("retirement", False)),  # a lapped finisher did not retire
        (fact("penalty", "sainz", penalty="disqualification"), ("disqualification", False)),
        # Standings: after the round named, else the last round run by the article's date.
        (fact("championship", "leclerc", position=2), ("championship", True)),
        (
            fact("championship", "perez", position=2, grand_prix=None, session="season", date="2022-07-05"),
            ("championship", True),
        ),
        (
            fact("championship", "perez", position=2, grand_prix=None, session="season", date="2022-07-12"),
            ("championship", False),
        ),
        # A month-only date may fall before or after that month's race: either standing agrees.
        (
            fact("championship", "perez", position=3, grand_prix=None, session="season", date="2022-07"),
            ("championship", True),
        ),
    ],
)
def test_verdicts(dump: Path, af: AuditFact, expected: tuple[str, bool]) -> None:
    assert verdict(dump, af) == expected


@pytest.mark.parametrize(
    "af",
    [
        fact("collision", "perez", others=("russell",)),  # no official record of who hit whom
        fact("penalty", "hamilton", penalty="time", amount=5, unit="s"),
        fact("finish", "leclerc", position=1, grand_prix="monaco"),  # race not in the dump
        fact("finish", "leclerc", position=1, season=None),
        fact("finish", "leclerc", position=None),
    ],
)
def test_unchecked(dump: Path, af: AuditFact) -> None:
    assert verdict(dump, af) is None


def test_last_place(dump: Path) -> None:
    # The last classified finisher in this small dump is Bottas (P11).
    assert verdict(dump, fact("finish", "bottas", position=LAST)) == ("finish", True)
    assert verdict(dump, fact("finish", "hamilton", position=LAST)) == ("finish", False)


def test_errata_are_reported_apart(dump: Path, tmp_path: Path) -> None:
    wrong = fact("finish", "hamilton", position=2)
    right = fact("finish", "leclerc", position=1)
    errata = tmp_path / "errata.tsv"
    errata.write_text(
        "# article\tkind\tdriver\tclaimed\treason\n"
        "a.txt\tfinish\thamilton\tP2\tprovisional result before a penalty\n",
        encoding="utf-8",
    )
    report = Auditor(load_official(dump), load_reference(), load_errata(errata)).run([wrong, right])
    assert [c.erratum for c in report.errata()] == ["provisional result before a penalty"]
    assert report.disagreements() == []
    assert report.agreement == 1.0
    plain = Auditor(load_official(dump), load_reference()).run([wrong, right])
    assert len(plain.disagreements()) == 1
    assert plain.agreement == 0.5


@pytest.mark.parametrize(
    "text",
    [
        "a.txt\tfinish\thamilton\tP2\n",
        "a.txt\tlaps\thamilton\tP2\tbecause\n",
        "a.txt\tfinish\t\tP2\treason\n",
    ],
)
def test_malformed_errata(tmp_path: Path, text: str) -> None:
    path = tmp_path / "errata.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ErrataError, match="line 1"):
        load_errata(path)


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("results.csv", "positionOrder", "order", "results.csv: missing column"),
        ("results.csv", "4,1084,822,51,77,0,11", "4,1084,822,51,77,x,11", "results.csv row 5: grid"),
        ("results.csv", "6,1084,815,", "6,1084,999,", "results.csv row 7: unknown driverId 999"),
        ("races.csv", '"2022-07-10"', '"10 July"', "races.csv row 3: date"),
        ("qualifying.csv", "3,1084,832", "3,9999,832", "qualifying.csv row 4: unknown raceId 9999"),
    ],
)
def test_bad_dump_names_file_and_row(dump: Path, name: str, old: str, new: str, message: str | None) -> None:
    path = dump / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    if message is None:  # a qualifying row of an unknown race is harmless: it is never looked up
        load_official(dump)
        return
    with pytest.raises(OfficialDataError, match=message):
        load_official(dump)


def test_missing_file(dump: Path) -> None:
    (dump / "status.csv").unlink()
    with pytest.raises(OfficialDataError, match=r"status\.csv: missing"):
        load_official(dump)


def test_cli_audit(dump: Path, tmp_path: Path) -> None:
    """End to end: articles written here, one with an error of its own that the errata file explains."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "oostenrijk.txt").write_text(
        "date 2022-07-10\n\nCharles Leclerc heeft zondag de Grand Prix van Oostenrijk gewonnen. "
        "Max Verstappen werd tweede voor Lewis Hamilton.\n",
        encoding="utf-8",
    )
    (articles / "fout.txt").write_text(
        "date 2022-07-11\n\nIn Oostenrijk eindigde Carlos Sainz als vierde.\n", encoding="utf-8"
    )
    errata = tmp_path / "errata.tsv"
    errata.write_text(
        "fout.txt\tfinish\tsainz\tP4\tthe article is wrong: his engine failed\n", encoding="utf-8"
    )
    cmd = [sys.executable, "-m", "bot", "audit", "--articles", str(articles), "--results", str(dump)]
    out = subprocess.run(
        [*cmd, "--errata", str(errata)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "winner" in out.stdout and "100.0%" in out.stdout
    assert "article errors, reviewed (1)" in out.stdout and "his engine failed" in out.stdout
    assert "parser disagreements" not in out.stdout
    bare = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert "parser disagreements (1)" in bare.stdout
    assert "In Oostenrijk eindigde Carlos Sainz als vierde." in bare.stdout
    # the folder's own errata.tsv is read when none is named
    (articles / "errata.tsv").write_text(errata.read_text(encoding="utf-8"), encoding="utf-8")
    own = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert "article errors, reviewed (1)" in own.stdout and "parser disagreements" not in own.stdout
    assert f"reviewed article errors from {articles / 'errata.tsv'}" in own.stdout
    bad = subprocess.run(
        [*cmd[:-1], str(tmp_path / "nowhere")], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert bad.returncode == 2 and "not a folder" in bad.stderr


def test_default_errata_of_a_corpus_the_project_keeps(tmp_path: Path) -> None:
    from bot.cli import default_errata

    # the project's reviewed list for the corpus of that folder's name, when the folder has none of its own
    assert (
        default_errata(tmp_path / "realdev")
        == REPO / "tests" / "knowledge" / "data" / "realdev" / "errata.tsv"
    )
    assert default_errata(tmp_path / "articles") is None
