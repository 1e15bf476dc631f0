"""Articles and official results side by side: agreement, disagreement, namesakes by season, a results
folder that is updated with good and bad dumps, and eval/audit on the command line.

Articles here are written for these tests; the figures are from the official classification.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from knowledge.extract import ParsedArticle
from knowledge.official import load_bundled
from knowledge.service import KnowledgeBase
from knowledge.text import fold, ordinal_nl
from tests.knowledge.conftest import write_articles
from tests.knowledge.test_audit import _DUMP

REPO = Path(__file__).resolve().parents[2]
OFF = load_bundled()

AUSTRIA = {
    "oostenrijk-2022.txt": (
        "date 2022-07-11\n\n"
        "Charles Leclerc heeft de Grand Prix van Oostenrijk gewonnen. Max Verstappen werd tweede. "
        "Lewis Hamilton eindigde als vierde.\n\n"
        "Sergio Pérez viel uit na een aanrijding met George Russell in de eerste ronde.\n"
    ),
}


async def _kb(tmp_path: Path, articles: dict[str, str], *, official: bool = True) -> KnowledgeBase:
    kb = await KnowledgeBase.open(tmp_path / "kb.sqlite3")
    report = await kb.reload(write_articles(tmp_path / "articles", articles))
    assert not report.failed
    if official:
        assert await kb.use_official() is None
    return kb


@pytest.fixture()
async def austria(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    kb = await _kb(tmp_path, AUSTRIA)
    yield kb
    await kb.close()


# --- agreement and disagreement --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "mark"),
    [
        ("Wie won de GP van Oostenrijk 2022?", "Bevestigd door de officiële uitslag."),
        ("Who won the 2022 Austrian Grand Prix?", "Confirmed by the official results."),
        ("Hoe eindigde Verstappen in Oostenrijk 2022?", "Bevestigd door de officiële uitslag."),
    ],
)
async def test_agreement_gives_the_article_marked_confirmed(
    austria: KnowledgeBase, question: str, mark: str
) -> None:
    a = await austria.ask(question)
    assert a.status == "answered" and a.text.endswith(mark)
    # the article's own quote first, then the official line
    assert a.sources[0].article == "oostenrijk-2022.txt"
    assert a.sources[-1].article in ("officiële uitslag", "official results")
    assert "Leclerc" in a.text or "(P2)" in a.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Hoe eindigde Hamilton in Oostenrijk 2022?", "Het artikel zei: "),
        ("Where did Hamilton finish in the 2022 Austrian GP?", "The article said: "),
    ],
)
async def test_disagreement_gives_the_official_result_first(
    austria: KnowledgeBase, question: str, said: str
) -> None:
    a = await austria.ask(question)
    assert a.status == "answered"
    official, article = a.text.split(said)
    assert "(P3)" in official and "(P4)" in article  # official: third; the article said fourth
    assert a.sources[0].article in ("officiële uitslag", "official results")
    assert a.sources[1].article == "oostenrijk-2022.txt" and "vierde" in a.sources[1].sentence
    assert len(a.text) <= 300


async def test_why_stays_with_the_articles(austria: KnowledgeBase) -> None:
    a = await austria.ask("Met wie botste Pérez in Oostenrijk 2022?")
    assert a.status == "answered" and "Russell" in a.text
    assert all(s.article == "oostenrijk-2022.txt" for s in a.sources)
    why = await austria.ask("Waarom startte Leclerc als tweede in Oostenrijk 2022?")
    assert not any(s.article == "officiële uitslag" for s in why.sources)


async def test_without_official_results_the_article_answer_is_unchanged(tmp_path: Path) -> None:
    kb = await _kb(tmp_path, AUSTRIA, official=False)
    try:
        a = await kb.ask("Hoe eindigde Hamilton in Oostenrijk 2022?")
        assert a.status == "answered" and "(P4)" in a.text and "artikel zei" not in a.text
        assert (await kb.ask("Wie won de GP van Japan 2019?")).status == "unknown"
    finally:
        await kb.close()


# --- namesakes and eras --------------------------------------------------------------------------


def _entry_phrase(driver: str, season: int, event: str) -> str:
    rid = next(r.id for r in OFF.races.values() if r.season == season and r.name == event)
    e = OFF.race[(rid, driver)]
    return f"(P{e.position})" if e.position and e.position > 1 else ("won" if e.position == 1 else "uit")


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Hoe eindigde Schumacher in Monaco 1997?", ("Michael Schumacher", "Ralf Schumacher")),
        ("Where did Hill finish in the 1962 Dutch GP?", ("Graham Hill", "Phil Hill")),
        ("Hoe eindigde Fittipaldi in Brazilië 1975?", ("Emerson Fittipaldi", "Wilson Fittipaldi")),
    ],
)
async def test_namesakes_of_one_season_are_asked_about(
    tmp_path: Path, question: str, names: tuple[str, ...]
) -> None:
    kb = await _kb(tmp_path, {})
    try:
        a = await kb.ask(question)
        assert a.status == "unknown" and a.text.startswith(("Bedoel je", "Did you mean"))
        assert all(n in a.text for n in names)
    finally:
        await kb.close()


@pytest.mark.parametrize(
    ("question", "driver", "season", "event"),
    [
        ("Hoe eindigde Verstappen in Monaco 1995?", "verstappen", 1995, "Monaco Grand Prix"),
        ("Hoe eindigde Verstappen in Monaco 2023?", "max_verstappen", 2023, "Monaco Grand Prix"),
        (
            "Where did Schumacher finish in the 2022 British GP?",
            "mick_schumacher",
            2022,
            "British Grand Prix",
        ),
        ("Hoe eindigde Ralf Schumacher in Monaco 1997?", "ralf_schumacher", 1997, "Monaco Grand Prix"),
    ],
)
async def test_a_surname_is_the_driver_of_that_season(
    tmp_path: Path, question: str, driver: str, season: int, event: str
) -> None:
    kb = await _kb(tmp_path, {})
    try:
        a = await kb.ask(question)
        assert a.status == "answered", a.text
        assert _entry_phrase(driver, season, event) in a.text
        assert a.sources[0].article in ("officiële uitslag", "official results")
    finally:
        await kb.close()


async def test_old_surnames_that_are_words_make_no_modern_fact(
    parse: Callable[..., ParsedArticle], tmp_path: Path
) -> None:
    body = (
        "Lando Norris won the Miami Grand Prix. Brown was all smiles in the garage, and the hunt for "
        "the title is on; Stella called it a day of pace and speed.\n"
    )
    parsed = parse(body, date="2024-05-06")
    drivers = {f.driver for f in parsed.facts}
    assert drivers == {"norris"}
    kb = await _kb(tmp_path, {"miami.txt": "date 2024-05-06\nlang en\n\n" + body})
    try:
        assert (await kb.ask("How did Brown finish in Miami 2024?")).status == "unknown"
        assert "Norris" in (await kb.ask("Who won in Miami 2024?")).text
    finally:
        await kb.close()


async def test_a_season_the_data_holds_in_part_has_no_champion(tmp_path: Path) -> None:
    last = OFF.last_run(2025)
    assert last is not None and not OFF.complete(2025)
    kb = await _kb(tmp_path, {})
    try:
        for q in ("Wie werd wereldkampioen in 2025?", "Who won the 2025 championship?"):
            a = await kb.ask(q)
            assert a.status == "answered"
            assert f"round {last.round}" in a.text or f"ronde {last.round}" in a.text
            assert "wereldkampioen in 2025" not in a.text and "world champion" not in a.text
        done = await kb.ask("Wie werd wereldkampioen in 2024?")
        assert "Verstappen werd wereldkampioen in 2024" in done.text
        assert (await kb.ask("Wie won de GP van Japan 2026?")).status == "unknown"  # after the data
    finally:
        await kb.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who set the fastest lap in the 2019 Japanese GP?", "Hamilton"),
        ("Hoeveel overwinningen had Senna in 1988?", "8 keer"),
        ("How many poles did Hamilton have in 2015?", "11 times"),
        ("Hoeveel podiums had Verstappen in 2016?", "7 keer"),
        ("Wie werd gediskwalificeerd in de GP van België 2022?", "Niemand"),
        ("Wie werd gediskwalificeerd in de GP van Groot-Brittannië 2021?", "Niemand"),
        ("Waar startte Hamilton in Spa 2023?", "(P3)"),
        ("Wie won de sprint in Brazilië 2023?", "Verstappen"),
        ("Hoeveel punten had Verstappen na Singapore 2025?", "273 punten"),
        ("Hoeveel punten scoorde Leclerc in Monza 2019?", "25 punten"),
        ("Startte Pérez uit de pitstraat in Bahrein 2021?", "pitstraat"),
        ("Did Pérez start from the pit lane in Abu Dhabi 2019?", "tenth (P10)"),
        ("Wie viel uit in Monaco 1996?", "Uitgevallen"),
        ("Wie won de Zweedse GP van 1975?", "Lauda won de GP van Zweden 1975"),
        ("Wie won de Europese GP van 1997?", "Häkkinen"),
        ("Who won the 1997 European GP?", "Häkkinen"),
        ("Voor welk team reed Senna in 1988?", "Senna reed voor McLaren in 1988"),
        ("Which team did Fangio drive for in 1954?", "Fangio drove for Maserati and Mercedes in 1954"),
        ("Welk team won de GP van Monaco 1988?", "McLaren won de GP van Monaco 1988 (Prost)"),
    ],
)
async def test_other_results_questions(tmp_path: Path, question: str, expected: str) -> None:
    kb = await _kb(tmp_path, {})
    try:
        a = await kb.ask(question)
        assert a.status == "answered" and expected in a.text, a.text
    finally:
        await kb.close()


# --- a results folder kept current ----------------------------------------------------------------

_BRITISH = "7,1083,832,6,55,1,1,1,1,25,52,,,,,,,1\n8,1083,815,9,11,4,2,2,2,19,52,,,,,,,1\n"


def _write_dump(folder: Path, extra_results: str = "") -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in _DUMP.items():
        (folder / name).write_text(text + (extra_results if name == "results.csv" else ""), encoding="utf-8")
    return folder


async def test_results_update_with_good_and_bad_dumps(tmp_path: Path) -> None:
    dump = _write_dump(tmp_path / "results")
    kb = await _kb(tmp_path, {}, official=False)
    articles = tmp_path / "articles"
    try:
        assert await kb.use_official(dump) is None
        assert "Leclerc" in (await kb.ask("Wie won de GP van Oostenrijk 2022?")).text
        assert (await kb.ask("Wie won de GP van Groot-Brittannië 2022?")).status == "unknown"
        # a newer, good dump: the British GP's classification is there now
        _write_dump(dump, _BRITISH)
        report = await kb.reload(articles)
        assert report.failed == () and report.official == "2 races, 2022–2022"
        assert (await kb.reload(articles)).official is None  # unchanged: not read again
        assert "Sainz" in (await kb.ask("Wie won de GP van Groot-Brittannië 2022?")).text
        bad = [
            ("results.csv", "7,1083,832,6,55,1,", "7,1083,832,6,55,x,", "results.csv row 8: grid"),
            (
                "driver_standings.csv",
                "4,1084,830",
                "4,4242,830",
                "driver_standings.csv row 5: unknown raceId",
            ),
            ("drivers.csv", '"Lewis","Hamilton"', '"Lewis",', "drivers.csv row 2: surname is empty"),
            ("races.csv", '"2022-07-03"', '"3 juli"', "races.csv row 2: date"),
        ]
        for name, old, new, message in bad:
            good = (dump / name).read_text(encoding="utf-8")
            (dump / name).write_text(good.replace(old, new), encoding="utf-8")
            report = await kb.reload(articles)
            assert len(report.failed) == 1 and message in report.failed[0].reason, report.failed
            assert "previous official results kept" in report.failed[0].reason
            # nothing lost: both races still answered from the data in use
            assert "Sainz" in (await kb.ask("Wie won de GP van Groot-Brittannië 2022?")).text
            assert "Leclerc" in (await kb.ask("Who won the 2022 Austrian GP?")).text
            (dump / name).write_text(good, encoding="utf-8")
        (dump / "status.csv").unlink()
        assert "status.csv: missing" in (await kb.reload(articles)).failed[0].reason
        assert "Sainz" in (await kb.ask("Wie won de GP van Groot-Brittannië 2022?")).text
        _write_dump(dump, _BRITISH)
        assert (await kb.reload(articles)).failed == ()
    finally:
        await kb.close()


async def test_a_bad_results_folder_at_start_falls_back_to_the_bundled_results(tmp_path: Path) -> None:
    dump = _write_dump(tmp_path / "results")
    (dump / "races.csv").write_text("raceId,year\n1,1990\n", encoding="utf-8")
    kb = await _kb(tmp_path, {}, official=False)
    try:
        problem = await kb.use_official(dump)
        assert problem is not None and "races.csv" in problem.reason
        assert "Senna" in (await kb.ask("Wie werd wereldkampioen in 1988?")).text
        _write_dump(dump)  # fixed: the next reload takes it
        assert (await kb.reload(tmp_path / "articles")).failed == ()
        assert (await kb.ask("Wie werd wereldkampioen in 1988?")).status == "unknown"
        assert "Leclerc" in (await kb.ask("Wie won de GP van Oostenrijk 2022?")).text
    finally:
        await kb.close()


# --- command line ---------------------------------------------------------------------------------


def test_eval_official_on_an_empty_articles_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    races = [r for r in OFF.races.values() if OFF.has_results(r.id)]
    picks = [
        min((r for r in races if r.season == s), key=lambda r: r.round)
        for s in (1950, 1967, 1984, 2003, 2016, 2025)
    ]
    winners = {}
    lines = []
    for n, race in enumerate(picks):
        winner = next(d for d, e in OFF.classification(race.id) if e.position == 1)
        winners[str(n)] = fold(OFF.drivers[winner][1])
        lines.append(json.dumps({"id": str(n), "question": f"Who won the {race.season} {race.name}?"}))
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = [sys.executable, "-m", "bot", "eval", "--articles", str(empty), "--questions", str(questions)]
    for flag, out in (("--official", tmp_path / "with.jsonl"), (None, tmp_path / "without.jsonl")):
        cmd = [*base, "--output", str(out), *([flag] if flag else [])]
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        answers = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert len(answers) == len(picks)
        for a in answers:
            if flag:
                assert a["status"] == "answered" and winners[a["id"]] in fold(a["answer"])
                assert a["sources"][0]["article"] == "official results"
            else:
                assert a["status"] == "unknown"


def test_audit_uses_the_bundled_results_by_default(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "articles", AUSTRIA)
    cmd = [sys.executable, "-m", "bot", "audit", "--articles", str(articles)]
    out = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "winner" in out.stdout and "parser disagreements (1)" in out.stdout
    assert "Lewis Hamilton eindigde als vierde." in out.stdout


# --- commands and autocomplete ------------------------------------------------------------------


async def test_commands_and_autocomplete_cover_every_race(tmp_path: Path) -> None:
    kb = await _kb(tmp_path, {})
    try:
        senna = await kb.result("Ayrton Senna", "Monaco Grand Prix", 1988)
        assert senna.status == "answered" and "Senna viel uit" in senna.text
        old = await kb.result("Fangio", "Argentine Grand Prix", 1955, lang="en")
        assert old.status == "answered" and "Fangio won the 1955 Argentine GP" in old.text
        assert "(P2)" in (await kb.championship("Prost", 1988)).text
        races = {r.name for r in OFF.races.values()}
        assert all(kb.complete_grand_prix(name[:6], limit=200, lang="en").count(name) == 1 for name in races)
        assert "Grand Prix van Argentinië" in kb.complete_grand_prix("argentin")
        assert "Grand Prix van Zweden" in kb.complete_grand_prix("zweedse")
        assert "Juan Fangio" in kb.complete_driver("fangio")
        assert "Jos Verstappen" in kb.complete_driver("verstappen")
    finally:
        await kb.close()


async def test_hostile_questions_with_official_results_on(tmp_path: Path) -> None:
    """The hostile list of the question tests, with a year added: nothing raises, off-topic stays unknown."""
    from tests.knowledge.test_hostile_questions import HOSTILE, OFF_TOPIC

    kb = await _kb(tmp_path, {})
    try:
        for text in HOSTILE:
            for variant in (text, f"{text} 1988", f"Schumacher {text} 1997"):
                a = await kb.ask(variant)
                assert len(a.text) <= 300
        for text in OFF_TOPIC:
            assert (await kb.ask(f"{text} 2019")).status == "unknown"
    finally:
        await kb.close()


async def test_a_follow_up_keeps_the_driver_of_that_season(tmp_path: Path) -> None:
    kb = await _kb(tmp_path, {})
    try:
        first = await kb.ask("Hoe eindigde Verstappen in Monaco 1995?")
        assert first.topic.drivers == ("verstappen",)  # Jos, not Max
        follow = await kb.ask("en in 1996?", context=first.topic)
        rid = OFF.race_id(
            1996, next(r.round for r in OFF.season_races(1996) if r.name == "Monaco Grand Prix")
        )
        assert rid is not None
        entry = OFF.race[(rid, "verstappen")]
        assert follow.status == "answered" and "Monaco 1996" in follow.text
        assert (f"(P{entry.position})" if entry.position else "viel uit") in follow.text
    finally:
        await kb.close()


def _standing(season: int, event: str, driver: str) -> float:
    race = next(r for r in OFF.season_races(season) if r.name == event)
    return OFF.standing_rows[(race.id, driver)].points


@pytest.mark.parametrize(
    ("question", "season", "event"),
    [
        ("Hoeveel punten had Hamilton na de GP van Saoedi-Arabië 2021?", 2021, "Saudi Arabian Grand Prix"),
        (
            "Met hoeveel punten begon Hamilton aan de finale in Abu Dhabi 2021?",
            2021,
            "Saudi Arabian Grand Prix",
        ),
        (
            "How many points did Hamilton have going into the 2021 Abu Dhabi GP?",
            2021,
            "Saudi Arabian Grand Prix",
        ),
        ("How many points did Hamilton have after the 2021 Abu Dhabi GP?", 2021, "Abu Dhabi Grand Prix"),
        ("Hoeveel punten had Hamilton voor de GP van Italië 2020?", 2020, "Belgian Grand Prix"),
    ],
)
async def test_standings_before_and_after_a_race(
    tmp_path: Path, question: str, season: int, event: str
) -> None:
    kb = await _kb(tmp_path, {})
    try:
        a = await kb.ask(question)
        points = _standing(season, event, "hamilton")
        # (a half in Dutch with a comma: "369,5 punten")
        written = f"{points:g} p".replace(".", ",") if a.lang == "nl" else f"{points:g} p"
        assert a.status == "answered" and written in a.text, a.text
    finally:
        await kb.close()


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveelste pole uit zijn carrière pakte Verstappen in Abu Dhabi 2020?",  # an ordinal, not a count
        "How many wins in a row did Verstappen have going into the 2022 Dutch GP?",  # a run
        "Hoeveel scheelde Hamilton met Verstappen in de kwalificatie van Zandvoort 2021?",  # a gap
        "In welk deel van de kwalificatie strandde Norris op Zandvoort 2021?",  # a part of qualifying
        "Hoeveel overwinningen had Verstappen in Zandvoort 2022?",  # a count in one race
        "Waarom viel Verstappen uit in Bakoe 2021?",  # why
        "What was Leclerc's pole time in Monaco 2019?",  # a lap time
        "Wat was de poletijd in Singapore in 2017?",
        # no race named:
        "Hoeveel punten verschil was er tussen Pérez en Leclerc voor de laatste twee races van 2022?",
        "Where did Hamilton finish in the championship after the summer break in 2021?",
    ],
)
async def test_questions_beside_the_classification_are_not_answered_from_it(
    tmp_path: Path, question: str
) -> None:
    kb = await _kb(tmp_path, {})
    try:
        assert (await kb.ask(question)).status == "unknown"
    finally:
        await kb.close()


async def test_a_count_after_a_race(tmp_path: Path) -> None:
    kb = await _kb(tmp_path, {})
    try:
        japan = next(r for r in OFF.season_races(2022) if r.name == "Japanese Grand Prix")
        wins = sum(
            1
            for r in OFF.season_races(2022)
            if r.round <= japan.round and OFF.race[(r.id, "max_verstappen")].position == 1
        )
        a = await kb.ask("Hoeveel races had Verstappen gewonnen na de GP van Japan 2022?")
        assert a.status == "answered" and f"won {wins} keer" in a.text
    finally:
        await kb.close()


async def test_a_points_gap_in_the_standings(tmp_path: Path) -> None:
    kb = await _kb(tmp_path, {})
    try:
        singapore = ("Singapore Grand Prix", 2022)
        gap = _standing(2022, singapore[0], "max_verstappen") - _standing(2022, singapore[0], "leclerc")
        a = await kb.ask("Hoeveel punten voorsprong had Verstappen op Leclerc voor de GP van Japan 2022?")
        assert a.status == "answered" and f"{gap:g} punten voorsprong op Leclerc" in a.text
        brazil = _standing(2016, "Brazilian Grand Prix", "rosberg") - _standing(
            2016, "Brazilian Grand Prix", "hamilton"
        )
        b = await kb.ask("How many points was Hamilton ahead of Rosberg after the 2016 Brazilian GP?")
        assert f"Rosberg was {brazil:g} points ahead of Hamilton after the 2016 Brazilian GP" in b.text
        # a gap on the track is not in the standings
        assert (await kb.ask("By how much did Verstappen beat Hamilton in Monaco 2021?")).status == "unknown"
        assert (
            await kb.ask("Hoeveel voorsprong had Verstappen op Hamilton in Monaco 2021?")
        ).status == "unknown"
    finally:
        await kb.close()


async def test_a_follow_up_keeps_an_old_grand_prix(tmp_path: Path) -> None:
    kb = await _kb(tmp_path, {})
    try:
        first = await kb.ask("Wie won de Argentijnse GP van 1958?")
        assert "Moss won de GP van Argentinië 1958" in first.text
        follow = await kb.ask("en in 1957?", context=first.topic)
        race = next(r for r in OFF.season_races(1957) if r.name == "Argentine Grand Prix")
        winner = next(d for d, e in OFF.classification(race.id) if e.position == 1)
        assert follow.status == "answered" and "GP van Argentinië 1957" in follow.text
        assert OFF.drivers[winner][1] in follow.text
        modern = await kb.ask("Wie won de GP van Japan 2019?")
        assert modern.topic.grand_prix == "japan"  # the reference key stays
    finally:
        await kb.close()


async def test_a_refresh_takes_in_a_newer_dump_too(tmp_path: Path) -> None:
    """A reader process never reloads; its periodic refresh takes in a newer official results folder."""
    dump = _write_dump(tmp_path / "results")
    kb = await _kb(tmp_path, {}, official=False)
    try:
        assert await kb.use_official(dump) is None
        assert (await kb.ask("Wie won de GP van Groot-Brittannië 2022?")).status == "unknown"
        _write_dump(dump, _BRITISH)
        await kb.refresh()
        assert "Sainz" in (await kb.ask("Wie won de GP van Groot-Brittannië 2022?")).text
        (dump / "races.csv").write_text("raceId,year\n", encoding="utf-8")  # a bad dump: refused, kept
        await kb.refresh()
        assert "Sainz" in (await kb.ask("Wie won de GP van Groot-Brittannië 2022?")).text
    finally:
        await kb.close()


# --- the constructors' championship ----------------------------------------------------------------

_TEAMS = {
    "constructors.csv": "constructorId,constructorRef,name,nationality,url\n"
    '6,"ferrari","Ferrari","Italian",""\n9,"red_bull","Red Bull","Austrian",""\n'
    '131,"mercedes","Mercedes","German",""\n51,"alfa","Alfa Romeo","Swiss",""\n',
    "constructor_standings.csv": "constructorStandingsId,raceId,constructorId,points,position,positionText,"
    "wins\n"
    "1,1083,9,304,1,1,6\n2,1083,6,265,2,2,3\n3,1083,131,188,3,3,0\n"
    "4,1084,9,359,1,1,6\n5,1084,6,303,2,2,4\n6,1084,131,237,3,3,0\n",
}


def _team_standing_of(season: int, event: str, team: str) -> tuple[int, float]:
    race = next(r for r in OFF.season_races(season) if r.name == event)
    st = OFF.team_standing_rows[(race.id, team)]
    return st.position, st.points


@pytest.mark.parametrize(
    ("question", "season", "event", "team"),
    [
        (
            "Waar stond Ferrari in het constructeurskampioenschap na Monza 2019?",
            2019,
            "Italian Grand Prix",
            "ferrari",
        ),
        ("Hoeveel punten had Mercedes in 2018?", 2018, "Abu Dhabi Grand Prix", "mercedes"),
        (
            "Where did Williams finish in the 1992 constructors' championship?",
            1992,
            "Australian Grand Prix",
            "williams",
        ),
        ("Waar stond Red Bull in het kampioenschap van 2021?", 2021, "Abu Dhabi Grand Prix", "red_bull"),
        (
            "How many points did the Silver Arrows have after the 2020 Italian GP?",
            2020,
            "Italian Grand Prix",
            "mercedes",
        ),
    ],
)
async def test_a_team_in_the_constructors_championship(
    tmp_path: Path, question: str, season: int, event: str, team: str
) -> None:
    kb = await _kb(tmp_path, {})
    try:
        a = await kb.ask(question)
        position, points = _team_standing_of(season, event, team)
        # (a half in Dutch with a comma: "369,5 punten")
        written = f"{points:g} p".replace(".", ",") if a.lang == "nl" else f"{points:g} p"
        assert a.status == "answered" and written in a.text, a.text
        assert f"(P{position})" in a.text or "punten" in question or "points" in question
        assert a.sources[0].article in ("officiële uitslag", "official results")
        assert a.topic.drivers == ()  # a team's answer leaves no driver behind for a follow-up
    finally:
        await kb.close()


async def test_the_constructors_champion_and_the_standings(tmp_path: Path) -> None:
    kb = await _kb(tmp_path, {})
    try:
        last = OFF.last_run(2020)
        assert last is not None
        table = OFF.team_standings_after(last.id)
        champion = OFF.constructors[table[0][0]]
        for q in ("Who won the constructors' title in 2020?", "Welk team won het kampioenschap in 2020?"):
            a = await kb.ask(q)
            assert a.status == "answered" and a.text.startswith(f"{champion} won "), a.text
        standings = await kb.ask("constructors' standings 2020")
        assert all(OFF.constructors[t].removesuffix(" F1 Team") in standings.text for t, _ in table[:3])
        # 2025 stops after Singapore: no champion, the standing after that round
        partial = OFF.last_run(2025)
        assert partial is not None and not OFF.complete(2025)
        for q in ("Wie won het constructeurskampioenschap in 2025?", "Who won the 2025 constructors' title?"):
            a = await kb.ask(q)
            assert a.status == "answered" and f"{partial.round}" in a.text and " won " not in a.text
        excluded = await kb.ask("Where did McLaren finish in the 2007 constructors' championship?")
        assert "excluded" in excluded.text and "(P" not in excluded.text
        # before 1958 there was no constructors' championship
        assert (await kb.ask("Wie won het constructeurskampioenschap in 1955?")).status == "unknown"
        # /championship takes a team too
        ferrari = await kb.championship("Ferrari", 2019)
        position, _ = _team_standing_of(2019, "Abu Dhabi Grand Prix", "ferrari")
        assert (
            ferrari.status == "answered"
            and f"(P{position})" in ferrari.text
            and "constructeurs" in ferrari.text
        )
        assert "Ferrari" in kb.complete_team("ferr")
    finally:
        await kb.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a driver's question stays a driver's question
        (
            "Hoe eindigde Hamilton in het kampioenschap van 2018?",
            "Hamilton werd eerste (P1) in het kampioenschap",
        ),
        (
            "Hoeveel punten had Verstappen bij Red Bull in 2021?",
            "Verstappen sloot het kampioenschap van 2021 af",
        ),
        # the team of that name had no standing that season: the driver
        ("Hoe eindigde Surtees in het kampioenschap van 1964?", "Surtees werd"),
        # a name that is a team and a driver of that season is asked about
        ("Hoeveel punten had McLaren in 1968?", "Bedoel je de coureur Bruce McLaren of een team"),
        ("Where was Brabham in the 1966 championship?", "Did you mean the driver Jack Brabham or a team"),
        # a name several teams of that season go by
        ("Waar stond Lotus in het constructeurskampioenschap van 1963?", "Bedoel je Lotus-Climax"),
    ],
)
async def test_teams_and_drivers_are_kept_apart(tmp_path: Path, question: str, expected: str) -> None:
    kb = await _kb(tmp_path, {})
    try:
        a = await kb.ask(question)
        assert expected in a.text, a.text
        assert "constructeurs" not in a.text and "constructors" not in a.text
    finally:
        await kb.close()


@pytest.mark.parametrize(
    "question",
    [
        "Waar eindigde de Red Bull-coureur in het kampioenschap van 2021?",  # a driver by his team
        "Hoeveel punten had Alpine in 2020?",  # no team of that name that season
        "Waar stond Verstappen in het constructeurskampioenschap van 2021?",  # a driver is no constructor
        "Hoeveel punten scoorde Mercedes in Monza 2019?",  # one race's haul is not in the standings
        "Hoeveel punten voorsprong had Mercedes in 2021?",  # a gap needs two teams
        "Who led the championship in March 1970?",  # a month, not the March team
        "Voor welk team reed de wereldkampioen van 2021?",  # a driver's team, not the constructors' champion
        "Hoeveel overwinningen had Ferrari in het constructeurskampioenschap van 2019?",  # wins, not points
    ],
)
async def test_team_questions_the_standings_do_not_answer(tmp_path: Path, question: str) -> None:
    kb = await _kb(tmp_path, {})
    try:
        a = await kb.ask(question)
        assert a.status == "unknown", a.text
    finally:
        await kb.close()


async def test_a_results_update_checks_the_constructors_standings(tmp_path: Path) -> None:
    dump = _write_dump(tmp_path / "results", _BRITISH)
    for name, text in _TEAMS.items():
        (dump / name).write_text(text, encoding="utf-8")
    kb = await _kb(tmp_path, {}, official=False)
    articles = tmp_path / "articles"
    question = "Waar stond Ferrari in het constructeurskampioenschap na de GP van Oostenrijk 2022?"
    try:
        assert await kb.use_official(dump) is None
        assert "(P2)" in (await kb.ask(question)).text and "303 punten" in (await kb.ask(question)).text
        bad = [
            (
                "constructor_standings.csv",
                "5,1084,6,303,",
                "5,1084,6,drie,",
                "constructor_standings.csv row 6: points",
            ),
            (
                "constructor_standings.csv",
                "5,1084,6,",
                "5,1084,77,",
                "constructor_standings.csv row 6: unknown constructorId",
            ),
            (
                "constructor_standings.csv",
                "5,1084,",
                "5,4242,",
                "constructor_standings.csv row 6: unknown raceId",
            ),
            (
                "constructor_standings.csv",
                "6,1084,131,",
                "6,1084,6,",
                "constructor_standings.csv row 7: constructor",
            ),
            (
                "constructor_standings.csv",
                "position,",
                "plaats,",
                "constructor_standings.csv: missing column(s) position",
            ),
            (
                "constructors.csv",
                '"mercedes","Mercedes"',
                '"","Mercedes"',
                "constructors.csv row 4: constructorRef",
            ),
        ]
        for name, old, new, message in bad:
            good = (dump / name).read_text(encoding="utf-8")
            (dump / name).write_text(good.replace(old, new), encoding="utf-8")
            report = await kb.reload(articles)
            assert len(report.failed) == 1 and message in report.failed[0].reason, report.failed
            assert "previous official results kept" in report.failed[0].reason
            assert "303 punten" in (await kb.ask(question)).text  # nothing lost
            (dump / name).write_text(good, encoding="utf-8")
        (dump / "constructors.csv").unlink()  # the standings name teams it no longer has
        assert "needs constructors.csv" in (await kb.reload(articles)).failed[0].reason
        assert "303 punten" in (await kb.ask(question)).text
        (dump / "constructors.csv").write_text(_TEAMS["constructors.csv"], encoding="utf-8")
        (dump / "constructor_standings.csv").write_text(
            _TEAMS["constructor_standings.csv"].replace("5,1084,6,303,", "5,1084,6,310,"), encoding="utf-8"
        )
        assert (await kb.reload(articles)).failed == ()  # a good, newer dump is taken in
        assert "310 punten" in (await kb.ask(question)).text
    finally:
        await kb.close()


async def test_a_follow_up_on_a_team(tmp_path: Path) -> None:
    """Follow-ups carry no team (the question parser knows drivers and races): never the previous answer."""
    kb = await _kb(tmp_path, {})
    try:
        first = await kb.ask("Waar stond Ferrari in het constructeurskampioenschap na Monza 2019?")
        assert first.status == "answered" and first.topic.drivers == ()
        for text in ("en Red Bull?", "en in 2018?", "en na Singapore?"):
            follow = await kb.ask(text, context=first.topic)
            assert follow.status == "unknown" and "Ferrari" not in follow.text, follow.text
        # a complete question about another team is answered on its own
        position, points = _team_standing_of(2019, "Italian Grand Prix", "red_bull")
        other = await kb.ask(
            "En Red Bull in het constructeurskampioenschap na Monza 2019?", context=first.topic
        )
        assert f"Red Bull stond {ordinal_nl(position)} (P{position})" in other.text, other.text
        assert f"{points:g} punten" in other.text
    finally:
        await kb.close()
