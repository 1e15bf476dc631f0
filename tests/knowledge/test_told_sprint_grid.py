"""On a sprint weekend the sprint, not qualifying, sets the race's grid: a qualifying place answers "where
did he qualify" and "where did he start the sprint", not "where did he start the race"; over a real
knowledge base built from articles written here."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import write_articles

ARTICLES = {
    # Imola 2022 had a sprint; Barcelona 2022 did not
    "imola.txt": "date 2022-04-22\n\nLeclerc was de snelste in de kwalificatie in Imola, waar Hamilton zich"
    " als veertiende kwalificeerde.",
    "spain.txt": "date 2022-05-21\n\nLeclerc pakte pole in Barcelona, Hamilton kwalificeerde zich als zesde.",
}


@pytest.fixture
async def kb(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    base = await KnowledgeBase.open(tmp_path / "db" / "kb.sqlite3")
    report = await base.reload(write_articles(tmp_path / "articles", ARTICLES))
    assert not report.failed, report.failed
    try:
        yield base
    finally:
        await base.close()


async def test_a_qualifying_place_is_no_race_start_on_a_sprint_weekend(kb: KnowledgeBase) -> None:
    assert (await kb.ask("vanaf welke plek startte hamilton de race in imola 2022")).status == "unknown"
    quali = await kb.ask("waar kwalificeerde hamilton zich in imola 2022")
    assert quali.status == "answered" and "veertiende" in quali.text


async def test_a_qualifying_place_answers_the_start_on_another_weekend(kb: KnowledgeBase) -> None:
    answer = await kb.ask("vanaf welke plek startte hamilton in spanje 2022")
    assert answer.status == "answered" and "zesde" in answer.text
