"""Questions of the session of 8 December 2026 over a real knowledge base built from articles written here: a
holder one article tells three times as often as another (in three sentences or more) is that article's
answer, while two sentences against one are still a conflict left unanswered; the compound a driver was
given at a pit stop answers which tyres he got there, never which he started on, and two compounds told
leave it open; the corner told beside a crash or collision answers where it happened, two corners leave it
open; "pole lap" asks the time of the lap that took pole, not who took it; "wie lagen eruit in Q1" asks those
knocked out in Q1; a practice time asked is the time told beside his place in that session."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered, assert_told

ARTICLES = {
    # one slip (the second sentence) among three sentences that agree
    "2018-09-italy-qualifying.txt": (
        "date 2018-09-01\n\nFerrari front row at Monza\n\n"
        "Kimi Raikkonen took pole position for the Italian Grand Prix. Lewis Hamilton took pole position at"
        " Monza. Raikkonen was on pole by a tenth of a second. Raikkonen claimed pole with the fastest lap"
        " ever seen in Formula 1.\n"
    ),
    "2022-07-france-race.txt": (
        "date 2022-07-24\n\nVerstappen wint in Frankrijk\n\n"
        "Max Verstappen won de Grand Prix van Frankrijk. Verstappen wisselde in ronde 16 naar de harde"
        " banden. Lewis Hamilton pitted for fresh mediums under the safety car. Charles Leclerc started on"
        " the medium tyres. Carlos Sainz kwam binnen voor de harde banden. Later Sainz switched to the"
        " softs.\n"
    ),
    "2022-05-monaco-race.txt": (
        "date 2022-05-29\n\nPerez wint in Monaco\n\n"
        "Sergio Perez won de Grand Prix van Monaco. Mick Schumacher crashed at the Swimming Pool. Lando"
        " Norris en George Russell botsten bij Sainte Devote. Esteban Ocon crashte in bocht 1. Later crashte"
        " Ocon ook in bocht 8.\n"
    ),
    "2022-07-hungary-qualifying.txt": (
        "date 2022-07-30\n\nRussell op pole\n\nGeorge Russell pakte de pole position voor de Grand Prix van"
        " Hongarije.\n"
    ),
    "2021-07-britain-qualifying.txt": (
        "date 2021-07-17\n\nVerstappen snelste op Silverstone\n\nMax Verstappen was de snelste in de"
        " kwalificatie voor de Grand Prix van Groot-Brittannië. De uitvallers in Q1 waren Yuki Tsunoda,"
        " Nicholas Latifi en Nikita Mazepin.\n"
    ),
    "2022-06-azerbaijan-practice.txt": (
        "date 2022-06-10\n\nLeclerc snelste in Baku\n\nCharles Leclerc topped FP2 in Baku with a 1:43.224."
        " In de eerste vrije training was Sergio Perez het snelste met een tijd van 1:44.475.\n"
    ),
    # two against one: no clear holder
    "2019-04-azerbaijan-qualifying.txt": (
        "date 2019-04-27\n\nBottas fastest in Baku\n\n"
        "Valtteri Bottas took pole position for the Azerbaijan Grand Prix. Lewis Hamilton took pole position"
        " in Baku. Bottas was on pole by a few hundredths.\n"
    ),
}


async def test_the_holder_told_three_times_as_often_is_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "who was on pole in monza 2018", "Räikkönen", "Hamilton")
    await assert_answered(told, "pole monza 2018", "Räikkönen", "Hamilton")


async def test_two_sentences_against_one_stay_a_conflict(told: KnowledgeBase) -> None:
    answer = await told.ask("who was on pole in baku 2019")
    assert answer.status == "unknown", answer.text


async def test_the_compound_he_got_at_his_stop(told: KnowledgeBase) -> None:
    await assert_answered(
        told, "welke banden kreeg verstappen bij zijn pitstop in frankrijk 2022", "harde banden", "medium"
    )
    await assert_answered(told, "what tyres did lewis switch to in france 2022", "mediums", "hards")


async def test_a_stop_is_no_start_and_two_compounds_leave_it_open(told: KnowledgeBase) -> None:
    answer = await told.ask("op welke banden startte verstappen in frankrijk 2022")
    assert answer.status == "unknown", answer.text
    answer = await told.ask("welke banden kreeg leclerc bij zijn pitstop in frankrijk 2022")
    assert answer.status == "unknown", answer.text
    answer = await told.ask("what tyres did sainz switch to in france 2022")
    assert answer.status == "unknown", answer.text


async def test_the_corner_of_a_crash_or_collision(told: KnowledgeBase) -> None:
    await assert_answered(told, "in welke bocht crashte mick in monaco 2022", "Swimming Pool", "Sainte")
    await assert_answered(
        told, "where did norris and russell collide in monaco 2022", "Sainte Devote", "Pool"
    )


async def test_two_corners_leave_it_open(told: KnowledgeBase) -> None:
    answer = await told.ask("waar crashte ocon in monaco 2022")
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize("question", ["russell pole lap hungary 2022", "poleronde russell hongarije 2022"])
async def test_a_pole_lap_asks_its_time(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
    await assert_answered(told, "who was on pole in hungary 2022", "Russell", "Verstappen")


@pytest.mark.parametrize(
    "question",
    [
        "wie lagen eruit in q1 silverstone 2021",
        "wie vielen af in q1 op silverstone 2021",
        "wie vlogen er eruit in q1 silverstone 2021",
        "wie sneuvelden in q1 silverstone 2021",
    ],
)
async def test_who_went_out_in_q1(told: KnowledgeBase, question: str) -> None:
    await assert_told(told, question, ["Tsunoda", "Latifi", "Mazepin"])


async def test_who_went_out_in_a_part_not_told(told: KnowledgeBase) -> None:
    answer = await told.ask("wie lagen eruit in q2 silverstone 2021")
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("leclerc fp2 time baku 2022", "1:43.224"),
        ("welke tijd reed leclerc in vt2 bakoe 2022", "1:43.224"),
        ("tijd van checo in de eerste training baku 2022", "1:44.475"),
    ],
)
async def test_a_practice_time_asked(told: KnowledgeBase, question: str, expected: str) -> None:
    await assert_answered(told, question, expected, "P1")


@pytest.mark.parametrize(
    "question",
    ["leclerc fp1 time baku 2022", "how much faster was leclerc than perez in fp2 baku 2022"],
)
async def test_a_practice_time_not_told(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
