"""Who qualified or started in a place: the one driver the articles put there, over a real knowledge base
built from articles written here; the grid and qualifying are never mixed up."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase

ARTICLES = {
    "2022-06-spain-quali.txt": (
        "date 2022-05-21\n\nCharles Leclerc pakte in Spanje de poleposition. Max Verstappen en Carlos Sainz"
        " werden in de kwalificatie respectievelijk tweede en derde."
    ),
    "2022-06-canada-grid.txt": (
        "date 2022-06-19\n\nIn Canada startte Fernando Alonso als tweede, naast Verstappen op pole."
    ),
    "2022-05-spain-race.txt": (
        "date 2022-05-22\n\nMax Verstappen won de Grand Prix van Spanje. Sergio Pérez werd tweede, George"
        " Russell derde en Carlos Sainz vierde."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who qualified second and third in Spain 2022?", ["Verstappen", "Sainz"]),
        ("Wie kwalificeerde zich als derde in Spanje 2022?", ["Sainz"]),
        ("Who started second in Canada 2022?", ["Alonso"]),
    ],
)
async def test_the_holder_of_a_start_place(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered", answer.text
    assert all(name in answer.text for name in expected), answer.text


@pytest.mark.parametrize(
    "question",
    [
        # the article tells the qualifying, not where anybody started (penalties may lie between)
        "Who started third in Spain 2022?",
        # nobody is told in that place
        "Who qualified fifth in Spain 2022?",
        # the grid is told, not the qualifying
        "Who qualified second in Canada 2022?",
        # two places asked, one of them not told: no half answer
        "Who qualified third and fourth in Spain 2022?",
        "Who finished fourth and fifth in Spain 2022?",
    ],
)
async def test_no_holder_of_a_start_place(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_a_drivers_poles_of_a_season_leave_out_his_other_starts(told: KnowledgeBase) -> None:
    answer = await told.ask("Where did Verstappen take pole position in 2022?")
    assert answer.status == "answered", answer.text
    assert "Canad" in answer.text and "Spa" not in answer.text, answer.text
    # asked where he started, every start is told
    answer = await told.ask("Waar startte Verstappen in 2022?")
    assert "Canada" in answer.text, answer.text


async def test_a_season_without_a_pole_tells_no_other_start(told: KnowledgeBase) -> None:
    answer = await told.ask("Where did Alonso get pole in 2022?")
    assert answer.status != "answered" or "pole" not in answer.text.lower(), answer.text
    assert "second" not in answer.text and "tweede" not in answer.text, answer.text


async def test_two_race_places_asked(told: KnowledgeBase) -> None:
    answer = await told.ask("Who finished third and fourth in Spain 2022?")
    assert answer.status == "answered", answer.text
    assert "Russell" in answer.text and "Sainz" in answer.text, answer.text
