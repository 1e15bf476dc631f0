"""A championship points total asked before or after a race, over a real knowledge base built from articles
written here: the total of the article of those days answers; the points of the race itself stay unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase

ARTICLES = {
    "2019-11-preview.txt": (
        "date 2019-11-14\n\nVoor de GP van Brazilië staat Lewis Hamilton in de WK-stand met 381 punten"
        " bovenaan."
    ),
    "2019-11-race.txt": (
        "date 2019-11-18\n\nNa de GP van Brazilië staat Lewis Hamilton in het kampioenschap op 387 punten."
        " Valtteri Bottas volgt met 314 punten."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Hoeveel punten had Hamilton in de WK-stand vlak voor de GP van Brazilië 2019?", "381"),
        ("How many points did Hamilton have in the standings before the 2019 Brazilian GP?", "381"),
        ("Hoeveel punten had Hamilton in het kampioenschap na de GP van Brazilië 2019?", "387"),
        # the points he had after a race are his total then, without naming the championship
        ("Hoeveel punten had Hamilton na de GP van Brazilië 2019?", "387"),
        ("How many points did Hamilton have after the 2019 Brazilian GP?", "387"),
        # the race named by its place, right after a word of before
        ("hoeveel punten had lewis voor brazilie 2019", "381"),
        ("how many points did lewis have going into interlagos 2019", "381"),
        # and after it, named the same way
        ("hoeveel punten had lewis na brazilie 2019", "387"),
    ],
)
async def test_a_total_before_or_after_a_race(told: KnowledgeBase, question: str, expected: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered", answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel punten scoorde Hamilton in de GP van Brazilië 2019?",  # the race's points: not told
        "Hoeveel punten had Hamilton in de WK-stand voor de GP van Mexico 2019?",  # no article of those days
    ],
)
async def test_no_total(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_totals_of_two_drivers(told: KnowledgeBase) -> None:
    answer = await told.ask("punten hamilton en bottas na brazilie 2019")
    assert answer.status == "answered" and "387" in answer.text and "314" in answer.text, answer.text
    # one of the two untold: no half answer
    answer = await told.ask("punten hamilton en verstappen na brazilie 2019")
    assert answer.status == "unknown", answer.text
