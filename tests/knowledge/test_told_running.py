"""Where a driver was at a moment of the race ("waar lag Max na de eerste ronde?", "who led after the
start?"), over a real knowledge base built from articles written here: only a place told at that very
moment answers; his finish or a place at another moment never does."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2022-07-hungary.txt": (
        "date 2022-07-31\n\nMax Verstappen won de Grand Prix van Hongarije vanaf de tiende startplek."
        " Na de eerste ronde lag Verstappen achtste. George Russell behield bij de start de leiding."
        " In ronde 30 reed Verstappen al op de tweede plaats. Lewis Hamilton werd tweede."
    ),
    "2022-07-hungary-en.txt": (
        "date 2022-08-01\n\nlang en\n\nSergio Perez was ninth after the opening lap and finished fifth in"
        " the Hungarian Grand Prix."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        ("waar lag verstappen na de eerste ronde in hongarije 2022", "achtste", "tiende"),
        ("max positie na ronde 1 hungary 2022", "P8", "P1"),
        ("where was checo after lap 1 in hungary 2022", "ninth", "fifth"),
        ("wie lag er na de start voorop in hongarije 2022", "Russell", "Verstappen"),
        ("who led after the start in hungary 2022", "Russell", "Verstappen"),
        ("waar lag verstappen in ronde 30 hongarije 2022", "tweede", "achtste"),
        ("who was 9th after lap 1 in hungary 2022", "Pérez", "Verstappen"),
    ],
)
async def test_the_place_then(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        "waar lag hamilton na de eerste ronde in hongarije 2022",  # only his finish is told
        "waar lag verstappen halverwege in hongarije 2022",  # a moment no place is told at
        "waar lag verstappen in ronde 20 hongarije 2022",  # another lap
        "who was third after lap 1 in hungary 2022",  # nobody is told third then
        "waarom lag verstappen na de eerste ronde achtste in hongarije 2022",  # a why no fact answers
    ],
)
async def test_another_moment_is_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
