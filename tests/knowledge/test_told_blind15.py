"""Questions found in the sets of the second session of 6 December, over a real knowledge base built from
articles written here: a winning margin asked with no driver named ("who won X and by how much") is the
margin of the one the articles have win; a name with a possessive "s" and no apostrophe ("maxs", "checos");
the gap of one who crossed the line later than the winner; the bare verb "pit" in a lap question."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered, assert_told

ARTICLES = {
    "2024-12-review.txt": (
        "date 2024-12-09\n\nHet seizoen van Norris\n\nLando Norris werd tweede in de eindstand van het"
        " kampioenschap."
    ),
    "2024-08-zandvoort-race.txt": (
        "date 2024-08-25\n\nNorris wins at Zandvoort\n\nLando Norris won the Dutch Grand Prix. Max"
        " Verstappen was second. Norris pulled away from the leaders to win by 22.9 seconds. Charles Leclerc"
        " crossed the line 25.4 seconds later than Norris to take third. Norris pitted on lap 29."
    ),
    "2024-09-monza-race.txt": (
        "date 2024-09-01\n\nLeclerc wins at Monza\n\nCharles Leclerc won the Italian Grand Prix on a"
        " one-stop strategy, with Oscar Piastri second and Lando Norris third. Norris started from pole but"
        " lost the lead to Piastri at the start."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("who won zandvoort 2024 and by how much", ["Norris", "22.9"]),
        ("winning margin zandvoort 2024", ["Norris", "22.9"]),
        ("how big was landos winning margin at zandvoort 2024", ["22.9"]),
        ("met hoeveel voorsprong won norris in zandvoort 2024", ["22,9"]),
        ("how far behind norris was leclerc at zandvoort 2024", ["25.4"]),
        ("maxs finish zandvoort 2024", ["Verstappen", "second"]),
        # the bare verb "pit"
        ("which lap did lando pit zandvoort 2024", ["29"]),
        ("in welke ronde ging norris pitten in zandvoort 2024", ["29"]),
    ],
)
async def test_told_as_asked(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        ("charless finish monza 2024", "Leclerc", "Piastri"),
        ("wie won monza 2024", "Leclerc", "Norris"),
        ("where was lando in the standings after abu dhabi 2024", "second", "before"),
    ],
)
async def test_answered_with(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        # no margin told for Monza: the winner alone answers another question
        "who won monza 2024 and by how much",
        "winning margin monza 2024",
        # what happened at the start is no question of where he started from, nor of his whole race (and
        # his lead lost at the start is no event these facts hold)
        "monza 2024 norris what happened at start",
        # the standing before the last race asked, only the season's end told
        "where was lando in the standings before abu dhabi 2024",
        # a margin after a penalty is not the one told on the road
        "winning margin zandvoort 2024 after the penalty",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
