"""A crash question that names a moment ("at the start", "na de herstart", "in Q2") is answered only from
crashes an article tells with that very moment, over a real knowledge base built from articles written here.
A crash of another moment, a crash told without one and a moment no fact holds stay unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "bahrain-2023.txt": (
        "date 2023-03-06\n\nMax Verstappen heeft de Grand Prix van Bahrein gewonnen.\n\nAl in de eerste"
        " bocht ging het mis: Logan Sargeant belandde in de bandenstapel. Daarna kwam de safety car.\n\nDe"
        " race werd na twintig minuten hervat. Het duurde niet lang. Nu was het Kevin Magnussen die"
        " crashte.\n"
    ),
    "jeddah-2023-quali.txt": (
        "date 2023-03-18\nlang en\n\nSergio Perez took pole position for the Saudi Arabian Grand Prix.\n\n"
        "In Q1 Nico Hulkenberg crashed into the wall at turn 22.\n\nQ2 began in the dark. Esteban Ocon then"
        " crashed heavily and the session was stopped.\n"
    ),
    "monaco-2023-quali.txt": (
        "date 2023-05-27\n\nMax Verstappen pakte de pole position voor de Grand Prix van Monaco. Lance Stroll"
        " crashte in de muur bij de Piscine.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Wie crashte er bij de start in Bahrein 2023?", ["Sargeant", "openingsronde"]),
        ("Who crashed on the opening lap in Bahrain 2023?", ["Sargeant", "opening lap"]),
        ("wie crashte er in de eerste ronde bahrein 2023", ["Sargeant"]),
        ("Who crashed after the restart in Bahrain 2023?", ["Magnussen", "restart"]),
        ("Wie crashte na de herstart in Bahrein 2023?", ["Magnussen", "herstart"]),
        ("Who crashed in Q1 in Saudi Arabia 2023?", ["lkenberg", "Q1"]),
        ("Wie crashte zwaar in Q2 in Saoedi-Arabië 2023?", ["Ocon", "Q2"]),
    ],
)
async def test_crash_of_the_moment_asked(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Who crashed in Q3 in Saudi Arabia 2023?",  # no crash told in Q3
        "Wie crashte er in Q2 in Monaco 2023?",  # a crash told without its part of qualifying
        "Wie crashte er in de laatste ronde in Bahrein 2023?",  # a moment no fact holds
        "Who crashed at the start in Saudi Arabia 2023?",  # a qualifying crash is no start crash
        "Wie crashte er bij de start in Bahrein 2022?",  # another season
    ],
)
async def test_crash_of_another_moment_stays_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
