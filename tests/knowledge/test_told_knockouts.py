"""Who went out in a part of qualifying: the drivers the articles say, over a real knowledge base built from
articles written here; a part nobody is told to have gone out in stays unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2021-qatar-quali.txt": (
        "date 2021-11-20\n\nLewis Hamilton pakte pole in Qatar. Na Q1 viel het doek voor Nikita Mazepin, Mick"
        " Schumacher en Nicholas Latifi. In Q2 strandde Lando Norris."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who was knocked out in Q1 in Qatar 2021?", ["Mazepin", "Schumacher", "Latifi"]),
        ("Wie werd uitgeschakeld in Q2 in Qatar 2021?", ["Norris"]),
    ],
)
async def test_the_drivers_out_in_a_part(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)
    answer = await told.ask(question)
    others = {"Mazepin", "Latifi", "Norris"} - set(expected)
    assert not [n for n in others if n in answer.text], answer.text


async def test_a_part_nobody_went_out_in_is_unknown(told: KnowledgeBase) -> None:
    answer = await told.ask("Who was knocked out in Q1 in Abu Dhabi 2021?")
    assert answer.status == "unknown", answer.text


async def test_why_he_went_out_is_not_answered_with_the_part(told: KnowledgeBase) -> None:
    answer = await told.ask("Waarom strandde Norris in Q2 in Qatar 2021?")
    assert answer.status == "unknown", answer.text
