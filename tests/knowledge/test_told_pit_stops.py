"""How long a driver's pit stop took, or how long he stood still at it, is answered only as an article states
it, over a real knowledge base built from articles written here. Time lost, the number of stops, another
driver, another race, two stops told, and a figure that may be the whole pit-lane passage when the standing
still is asked stay unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "zandvoort-2023.txt": (
        "date 2023-08-28\n\nMax Verstappen heeft de Grand Prix van Nederland gewonnen.\n\nLewis Hamilton kwam"
        " in ronde 30 naar binnen. De Brit stond maar liefst 9 seconden stil door een vastzittend wiel.\n\n"
        "Lando Norris had een pitstop van 24 seconden.\n"
    ),
    "suzuka-2023-en.txt": (
        "date 2023-09-25\nlang en\n\nMax Verstappen won the Japanese Grand Prix.\n\nOscar Piastri suffered a"
        " slow 4.8sec pit stop. George Russell had a 3s stop and a 7s stop.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Hoe lang stond Hamilton stil bij zijn pitstop in Zandvoort 2023?", ["9 seconden", "stil"]),
        ("How long was Hamilton stationary at his pit stop in Zandvoort 2023?", ["9 seconds"]),
        ("hoeveel seconden duurde de pitstop van hamilton zandvoort 2023", ["9 seconden"]),
        ("How long did Piastri's pit stop take in Japan 2023?", ["4.8 seconds"]),
        ("Hoeveel seconden duurde de pitstop van Piastri in Japan 2023?", ["4,8 seconden"]),
        ("Hoe lang stond Piastri stil bij zijn pitstop in Suzuka 2023?", ["4,8"]),
        ("How long did Norris's pit stop take in the 2023 Dutch GP?", ["24 seconds"]),
    ],
)
async def test_pit_stop_duration(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Hoe lang stond Norris stil bij zijn pitstop in Zandvoort 2023?",  # 24 s may be the whole pit lane
        "Hoeveel tijd verloor Hamilton bij zijn pitstop in Zandvoort 2023?",  # time lost, not the stop
        "Hoeveel pitstops maakte Hamilton in Zandvoort 2023?",  # how many, not how long
        "How long did Russell's pit stop take in Japan 2023?",  # two stops told
        "How long did Verstappen's pit stop take in Japan 2023?",  # not told
        "Hoe lang stond Hamilton stil bij zijn pitstop in Zandvoort 2022?",  # another season
    ],
)
async def test_pit_stop_not_told_stays_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
