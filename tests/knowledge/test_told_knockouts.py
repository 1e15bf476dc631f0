"""Who went out in a part of qualifying: the drivers the articles say, over a real knowledge base built from
articles written here; a part nobody is told to have gone out in stays unknown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told, kb_over

ARTICLES = {
    "2021-qatar-quali.txt": (
        "date 2021-11-20\n\nLewis Hamilton pakte pole in Qatar. Na Q1 viel het doek voor Nikita Mazepin, Mick"
        " Schumacher en Nicholas Latifi. In Q2 strandde Lando Norris."
    ),
}


@pytest.fixture
async def kb(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    async with kb_over(tmp_path, ARTICLES) as base:
        yield base


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who was knocked out in Q1 in Qatar 2021?", ["Mazepin", "Schumacher", "Latifi"]),
        ("Wie werd uitgeschakeld in Q2 in Qatar 2021?", ["Norris"]),
    ],
)
async def test_the_drivers_out_in_a_part(kb: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(kb, question, expected)
    answer = await kb.ask(question)
    others = {"Mazepin", "Latifi", "Norris"} - set(expected)
    assert not [n for n in others if n in answer.text], answer.text


async def test_a_part_nobody_went_out_in_is_unknown(kb: KnowledgeBase) -> None:
    answer = await kb.ask("Who was knocked out in Q1 in Abu Dhabi 2021?")
    assert answer.status == "unknown", answer.text


async def test_why_he_went_out_is_not_answered_with_the_part(kb: KnowledgeBase) -> None:
    answer = await kb.ask("Waarom strandde Norris in Q2 in Qatar 2021?")
    assert answer.status == "unknown", answer.text
