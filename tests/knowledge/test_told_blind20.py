"""Questions found in the sets of the session of 6 December, evening, over a real knowledge base built from
articles written here: a qualifying report dated on race day tells the standings before that race, not
after it; a penalty's outcome told in a clause of its own is the place a result question gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.query import QuestionParser
from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told, kb_over

ARTICLES = {
    # a qualifying report published on race morning, with the gap as it stood before the race
    "2024-07-hungary-qualifying.txt": (
        "date 2024-07-21\n\nNorris on pole in Budapest\n\nLando Norris took pole position for the Hungarian"
        " Grand Prix, ahead of Oscar Piastri. Max Verstappen, 84 points clear of Norris in the championship,"
        " qualified third.\n"
    ),
    # the race report of the same day, with the gap after it
    "2024-07-hungary-race.txt": (
        "date 2024-07-21\n\nPiastri wins in Hungary\n\nOscar Piastri won the Hungarian Grand Prix ahead of"
        " Lando Norris. Max Verstappen finished fifth. He is now 76 points clear of Norris.\n"
    ),
    # a penalty after the race, its outcome told after "meaning"
    "2024-07-hungary-stewards.txt": (
        "date 2024-07-21\n\nPenalty for Albon\n\nAlex Albon was given a five-second penalty after the race,"
        " meaning he drops from ninth to tenth. Albon had crossed the line in ninth place.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("hoeveel punten voorsprong had verstappen op norris voor hongarije 2024", ["84"]),
        ("how many points was max ahead of norris after hungary 2024", ["76"]),
        ("hoeveel punten voorsprong had max op norris voor spa 2024", ["76"]),
    ],
)
async def test_a_race_day_qualifying_report_tells_the_moment_before(
    told: KnowledgeBase, question: str, expected: list[str]
) -> None:
    await assert_told(told, question, expected)


async def test_the_gap_before_the_race_is_not_the_one_after(told: KnowledgeBase) -> None:
    answer = await told.ask("how many points was max ahead of norris after hungary 2024")
    assert "84" not in answer.text, answer.text


async def test_a_penalty_outcome_answers_the_result(told: KnowledgeBase) -> None:
    await assert_told(told, "where did albon finish in hungary 2024", ["10"])


async def test_a_qualifying_report_of_the_day_before_is_no_standing_after_the_race(tmp_path: Path) -> None:
    # only the qualifying report: it tells nothing of the standings after the race
    articles = {k: v for k, v in ARTICLES.items() if "qualifying" in k}
    async with kb_over(tmp_path, articles) as base:
        answer = await base.ask("hoeveel punten voorsprong had verstappen op norris na hongarije 2024")
    assert answer.status != "answered", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what position was albon in when he retired in hungary 2024",
        "albon his last podium before hungary 2024, where was it",
        "bijnaam albon hongarije 2024",
    ],
)
async def test_neighbouring_questions_get_no_result(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text


_SHOOTOUT_ARTICLES = {
    "2023-10-austin-shootout.txt": (
        "date 2023-10-21\n\nTsunoda tops the shootout\n\nYuki Tsunoda won the sprint shootout in Austin on"
        " Saturday, ahead of Alex Albon. Logan Sargeant was third in the shootout.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("who was on pole for the sprint in austin 2023", ["Tsunoda"]),
        ("waar startte sargeant in de sprint in austin 2023", ["derde", "P3"]),
        # asked as sprint qualifying: its winner is the sprint's pole, a place in it a start
        ("who won the sprint shootout in austin 2023", ["Tsunoda", "pole"]),
        ("wie won de sprintkwalificatie in austin 2023", ["Tsunoda", "pole"]),
        ("waar eindigde sargeant in de shootout in austin 2023", ["derde", "P3"]),
    ],
)
async def test_sprint_qualifying_answers_the_sprint_start(
    tmp_path: Path, question: str, expected: list[str]
) -> None:
    async with kb_over(tmp_path, _SHOOTOUT_ARTICLES) as base:
        await assert_told(base, question, expected)


@pytest.mark.parametrize(
    "question",
    ["who won the sprint in austin 2023", "waar eindigde sargeant in de sprint in austin 2023"],
)
async def test_sprint_qualifying_answers_no_sprint_result(tmp_path: Path, question: str) -> None:
    async with kb_over(tmp_path, _SHOOTOUT_ARTICLES) as base:
        answer = await base.ask(question)
    assert answer.status != "answered", answer.text


@pytest.mark.parametrize(
    "question, intent, session, position",
    [
        ("who won the sprint shootout in austin 2023", "grid", "sprint", 1),
        ("wie was de snelste in de sprintkwalificatie in china 2024", "grid", "sprint", 1),
        ("waar eindigde albon in sq3 in china 2024", "grid", "sprint", None),
        ("wie won de sprint in china 2024", "winner", "sprint", None),
    ],
)
def test_sprint_qualifying_asked(question: str, intent: str, session: str, position: int | None) -> None:
    q = QuestionParser().parse(question)
    assert (q.intent, q.session, q.position) == (intent, session, position), q


@pytest.mark.parametrize(
    "question, driver",
    [
        # a given name two drivers share: the one who raced in the season asked
        ("hoe eindigde kimi in australie 2025", "antonelli"),
        ("kimi monza 2019 uitslag", "raikkonen"),
        ("waar eindigde kimi antonelli in miami 2025", "antonelli"),
        ("where did ollie bearman finish in jeddah 2024", "bearman"),
        # words near a short name are no name: "collide", "volle"
        ("who did alonso collide with at cota 2022", "alonso"),
    ],
)
def test_a_shared_given_name_by_season(question: str, driver: str) -> None:
    assert QuestionParser().parse(question).drivers == (driver,)


async def test_a_sprint_time_penalty_is_not_why_he_started_the_race_there(tmp_path: Path) -> None:
    articles = {
        "2024-11-interlagos.txt": (
            "date 2024-11-03\n\nAlbon wint in Interlagos\n\nAlex Albon won de Grand Prix van São Paulo. Hij"
            " begon door een gridstraf van vijf plaatsen als zeventiende. In de sprint kreeg Albon een"
            " tijdstraf van vijf seconden wegens te hard rijden onder de virtual safety car.\n"
        ),
    }
    async with kb_over(tmp_path, articles) as base:
        answer = await base.ask("waarom startte albon als zeventiende in interlagos 2024")
    assert answer.status == "answered", answer.text
    assert "gridstraf" in answer.text and "virtual safety car" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, intent, unsupported",
    [
        # a clash between two asked, not the race of the first
        ("wat gebeurde er tussen gasly en hartley in china 2018", "collision", None),
        ("what happened between gasly and hartley in china 2018", "collision", None),
        ("wat gebeurde er met gasly in china 2018", "summary", None),
        # a part of qualifying named in a fragment: that part, not his weekend
        ("lewis q1 time silverstone 2019", "summary", "session"),
    ],
)
def test_what_a_fragment_asks(question: str, intent: str, unsupported: str | None) -> None:
    q = QuestionParser().parse(question)
    assert (q.intent, q.unsupported) == (intent, unsupported), q


_RESULT_ARTICLES = {
    "2024-08-zandvoort-uitslag.txt": (
        "date 2024-08-25\n\nUitslag GP Nederland\n\nAlex Albon won de Grand Prix van Nederland. Hieronder de"
        " uitslag.\n\n1. Alex Albon (Williams)\n2. Logan Sargeant (Williams) +2.1\n3. Nico Hülkenberg (Haas)"
        " +5.4\n4. Kevin Magnussen (Haas) +7.9\n5. Zhou Guanyu (Sauber) +9.0\n"
    ),
    # another race of which only the winner and a fourth place are told
    "2024-09-monza-kort.txt": (
        "date 2024-09-01\n\nAlbon wint in Monza\n\nAlex Albon won de Grand Prix van Italië. Logan Sargeant"
        " werd vierde.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("uitslag zandvoort 2024", ["1. Albon", "2. Sargeant", "3. Hülkenberg", "5. Zhou"]),
        ("results zandvoort 2024", ["1. Albon", "4. Magnussen"]),
        ("top 4 zandvoort 2024", ["1. Albon", "4. Magnussen"]),
    ],
)
async def test_the_result_as_a_list(tmp_path: Path, question: str, expected: list[str]) -> None:
    async with kb_over(tmp_path, _RESULT_ARTICLES) as base:
        await assert_told(base, question, expected)


@pytest.mark.parametrize(
    "question, absent",
    [
        ("top 4 zandvoort 2024", "5. Zhou"),  # no more than the top asked
        ("uitslag monza 2024", "Albon"),  # not even the podium told: no list
        ("uitslag kwalificatie zandvoort 2024", "Albon"),  # qualifying's result is not the race's
    ],
)
async def test_no_more_of_the_result_than_told_or_asked(tmp_path: Path, question: str, absent: str) -> None:
    async with kb_over(tmp_path, _RESULT_ARTICLES) as base:
        answer = await base.ask(question)
    assert absent not in answer.text, answer.text
