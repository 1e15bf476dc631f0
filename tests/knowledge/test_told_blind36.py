"""Questions of the blind sets realdev206-208 (session of 7 December 2026, the second), over a real knowledge
base built from articles written here: a race of an earlier year than the one named ("the last Portuguese GP
before 2020") is not that year's race; a win one can get is no win; a gap to the owner of a teammate named is
not read."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2020-10-portugal-race.txt": (
        "date 2020-10-25\n\nHamilton wint in Portimão\n\n"
        "Lewis Hamilton won de Grand Prix van Portugal. Valtteri Bottas werd tweede.\n"
    ),
    "2020-10-portugal-preview.txt": (
        "date 2020-10-25\n\nDe race van vandaag\n\n"
        "Over een uur begint de Grand Prix van Portugal. Valtteri Bottas kan vandaag zijn tiende zege"
        " boeken.\n"
    ),
    "2022-10-singapore-standings.txt": (
        "date 2022-10-02\n\nThe standings after Singapore\n\n"
        "Sergio Perez won the Singapore Grand Prix. Charles Leclerc is now a single point ahead of"
        " Verstappen's teammate Perez in the championship.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "who won the last portuguese gp before 2020",
        "wie won de laatste gp van portugal voor 2020",
        "who won in portugal prior to 2020",
    ],
)
async def test_a_race_before_the_year_named(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_years_own_winner_is_still_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "wie won de gp van portugal 2020", "Hamilton", "Bottas won")


async def test_a_win_one_can_get_is_no_win(told: KnowledgeBase) -> None:
    await assert_answered(told, "waar eindigde bottas in portugal 2020", "P2", "P1")


async def test_a_gap_to_a_teammates_owner_is_not_read(told: KnowledgeBase) -> None:
    answer = await told.ask("how many points between leclerc and max after singapore 2022")
    assert answer.status == "unknown", answer.text
