"""A race's length in laps, over a real knowledge base built from articles written here: the distance set,
the laps run when a red flag made them differ (each asked, or both when the question does not say which),
the sprint's; a question that names a driver, or asks laps to go or laps led, gets no race length."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2025-08-zandvoort-race.txt": (
        "date 2025-08-31\n\nPiastri wint op Zandvoort\n\n"
        "Oscar Piastri kwam na 72 ronden als winnaar over de streep in de Grote Prijs van Nederland."
        " Lewis Hamilton zorgde in ronde 23 voor de eerste safety car.\n"
    ),
    "2024-10-suzuka-race.txt": (
        "date 2024-10-13\n\nRain in Suzuka\n\n"
        "Verstappen won the shortened 30-lap Japanese Grand Prix. The race had been scheduled as a"
        " 53-lap race before the rain came.\n"
    ),
    "2024-11-brazil-sprint.txt": (
        "date 2024-11-02\n\nNorris wins the sprint\n\n"
        "Lando Norris won the 24-lap sprint at Interlagos on Saturday.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("hoeveel ronden zandvoort 2025", ["72"]),
        ("how many laps was the dutch gp 2025", ["72"]),
        ("how many laps were raced in suzuka 2024", ["30"]),
        ("how many laps was the race in japan 2024 supposed to be", ["53"]),
        ("hoeveel ronden suzuka 2024", ["53", "30"]),
        ("hoeveel ronden was de sprint in brazilie 2024", ["24"]),
        ("wanneer kwam de safety car zandvoort 2025", ["23"]),
        ("in which lap was the safety car at zandvoort 2025", ["23"]),
    ],
)
async def test_answered(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel ronden leidde piastri in zandvoort 2025",
        "how many laps did norris lead in brazil 2024",
        "hoeveel ronden zandvoort 2024",  # another year
        "how many laps was the race in brazil 2024",  # only the sprint's told
        "in welke ronde was de rode vlag in zandvoort 2025",  # a safety car told, no red flag
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
