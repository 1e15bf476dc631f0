"""Questions on later seasons' style, over a real knowledge base built from articles written here: a win
told as the end of a deed, the place that sealed a title, the final point's place, a standing after a comma
and a gap after a total answer their questions; a lead asked with no unit of time is the standings' when no
time gap is told."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2024-11-vegas-race.txt": (
        "date 2024-11-24\n\nRussell wins under the lights\n\n"
        "George Russell controlled the Las Vegas Grand Prix from pole position to take his second win of the"
        " season, while Max Verstappen finished fifth to wrap up his fourth drivers' championship.\n\n"
        "Yuki Tsunoda was seventh, ahead of Sergio Perez, who took the final point from tenth.\n\n"
        "Verstappen now has 403 points, 63 more than Norris.\n"
    ),
    "2024-12-final-standings.txt": (
        "date 2024-12-09\n\nEindstand Formule 1 2024\n\nDit is de eindstand van het kampioenschap.\n\n"
        "1. Max Verstappen (Red Bull) - 437 punten\n2. Lando Norris (McLaren) - 374 punten\n"
        "3. Charles Leclerc (Ferrari) - 356 punten\n"
    ),
    "2024-10-austin-stewards.txt": (
        "date 2024-10-20\n\nNorris penalised in Austin\n\nLando Norris got a five-second penalty for"
        " leaving the track when he passed Max Verstappen.\n\nNorris was unhappy with the decision."
        ' "I think it is a very harsh call," he said. "But we move on to Mexico."\n'
    ),
    "2025-09-monza-qualifying.txt": (
        "date 2025-09-06\n\nVerstappen on pole at Monza\n\n"
        "Max Verstappen took pole for the Italian Grand Prix. Hamilton carries a five-place grid penalty"
        " from Zandvoort and drops to 10th.\n\n"
        "Knocked out in Q1: Lawson, Bortoleto and Sainz.\n"
    ),
    "2025-08-zandvoort-race.txt": (
        "date 2025-08-31\n\nPiastri wint op Zandvoort\n\n"
        "Oscar Piastri won de Grote Prijs van Nederland. Lando Norris reed lange tijd tweede, maar moest"
        " met een olielek zijn McLaren langs de kant zetten.\n\n"
        "Piastri leidt het kampioenschap. Verstappen blijft derde, met 104 punten achterstand op de leider.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("who won vegas 2024", ["Russell"]),
        ("pole las vegas 2024", ["Russell"]),
        ("verstappen las vegas 2024 finish", ["fifth"]),
        ("where did perez finish in las vegas 2024", ["tenth"]),
        ("verstappen lead over norris after las vegas 2024", ["63"]),
        ("waarom viel norris uit in zandvoort 2025", ["olielek"]),
        ("verstappen wk positie na zandvoort 2025", ["derde"]),
        ("hoeveel punten achterstand had verstappen op piastri na zandvoort 2025", ["104"]),
        ("verschil verstappen norris eindstand 2024", ["63"]),
        ("hamilton grid monza 2025", ["P10"]),
        ("sainz kwali monza 2025", ["Q1"]),
        ("who was knocked out in q1 at monza 2025", ["Lawson", "Sainz"]),
        ("what did norris say about his penalty in austin 2024", ["harsh call"]),
    ],
)
async def test_answered(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "waar startte perez in las vegas 2024",  # his start is not told
        "hoe eindigde norris in zandvoort 2025",  # he ran second, then retired: no second place
        "verstappen lead over norris at the finish in las vegas 2024",  # a time gap, not told
        "verschil verstappen norris voor de laatste twee races 2024",  # a moment no race names
        "sainz kwali monza 2025 welke plek",  # a place asked: his part of qualifying is no answer
        "hamilton grid zandvoort 2025",  # the penalty came from Zandvoort; the start told is Monza's
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert "tweede" not in answer.text and "second" not in answer.text, answer.text
    if "norris" not in question or "zandvoort" not in question:
        assert answer.status != "answered", answer.text
