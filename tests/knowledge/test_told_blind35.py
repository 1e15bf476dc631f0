"""Questions of the blind sets realdev201-203 (session of 7 December, late), over a real knowledge base built
from articles written here: a why about a team's title is no standing; the last winner of a kind before a
race is a record, not that race's winner; a total after a race is not one race's haul; a count told by its
ordinal in a season review ("his first podium of the season came in the first race") is no season's total."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2019-10-japan-standings.txt": (
        "date 2019-10-13\n\nMercedes wint ook de constructeurstitel\n\n"
        "Valtteri Bottas won de Grand Prix van Japan. Mercedes komt door de dubbele podiumfinish op 612 "
        "punten in het constructeurskampioenschap, Ferrari staat op 416 punten.\n"
    ),
    "2019-09-italy-race.txt": (
        "date 2019-09-08\n\nLeclerc wint in Monza\n\n"
        "Charles Leclerc won de Grand Prix van Italië vanaf pole. Hij is de eerste Ferrari-winnaar in Monza "
        "sinds 2010. "
        "Mercedes neemt 33 punten mee naar huis.\n"
    ),
    "2019-09-italy-retirement.txt": (
        "date 2019-09-08\n\nVroege opgave voor Gasly\n\n"
        "Door een motorprobleem is Pierre Gasly al na vijf ronden uitgevallen in de Grand Prix van Italië.\n"
    ),
    "2019-12-season-review.txt": (
        "date 2019-12-10\n\nThe season of Max Verstappen\n\n"
        "Finishing ahead of both Ferraris, Max Verstappen secured his first podium of the season in the very "
        "first race in Australia.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "why could mercedes be sure of the constructors title in japan 2019",
        "waarom was mercedes zeker van de constructeurstitel in japan 2019",
    ],
)
async def test_a_why_about_a_teams_title_is_no_standing(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who was the last ferrari winner before leclerc won monza 2019",
        "wie was de laatste ferrari-winnaar voor leclerc in monza 2019",
    ],
)
async def test_the_last_winner_before_is_a_record(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_winner_is_still_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "wie won monza 2019", "Leclerc", "Mercedes")


async def test_a_total_after_a_race(told: KnowledgeBase) -> None:
    await assert_answered(told, "hoeveel punten heeft mercedes na japan 2019", "612", "33")


async def test_a_race_haul_is_no_total(told: KnowledgeBase) -> None:
    answer = await told.ask("hoeveel punten had mercedes na monza 2019")
    assert answer.status == "unknown", answer.text


async def test_an_ordinal_count_is_no_seasons_total(told: KnowledgeBase) -> None:
    answer = await told.ask("how many podiums did max get in 2019")
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("na hoeveel rondes viel gasly uit in monza 2019", "5"),
        ("after how many laps did gasly retire in monza 2019", "5"),
    ],
)
async def test_the_laps_before_he_retired(told: KnowledgeBase, question: str, expected: str) -> None:
    await assert_answered(told, question, expected, "Leclerc")


async def test_the_laps_run_are_no_lap_of_the_retirement(told: KnowledgeBase) -> None:
    answer = await told.ask("in welke ronde viel gasly uit in monza 2019")
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question",
    [
        # who started beside him, what else he did or needed: not his own place
        "welke mercedessen starten pal achter leclerc in monza 2019",
        "what did leclerc save for his last lap in qualifying monza 2019",
        "hoeveel runs kon leclerc afmaken in de kwalificatie monza 2019",
        "what does leclerc need besides the win to be champion in monza 2019",
    ],
)
async def test_another_thing_than_his_place(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
