"""Who caused a crash or collision is answered only as an article states it, over a real knowledge base
built from articles written here; with a moment named, only from a culprit told with that moment. What
caused something, a yes-or-no about one driver, another moment and another race stay unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "spa-2023.txt": (
        "date 2023-07-31\n\nMax Verstappen heeft de Grand Prix van België gewonnen.\n\nBij de start ging het"
        " mis in de eerste bocht. Oscar Piastri was de schuldige bij de start.\n"
    ),
    "baku-2023-en.txt": (
        "date 2023-04-30\nlang en\n\nSergio Perez won the Azerbaijan Grand Prix.\n\nNyck de Vries caused the"
        " crash on lap 10 that brought out the safety car.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Wie veroorzaakte de startcrash in Spa 2023?", ["Piastri"]),
        ("Who caused the crash at the start in Belgium 2023?", ["Piastri"]),
        ("wie was de schuldige in spa 2023", ["Piastri"]),
        ("Who caused the crash in Baku 2023?", ["De Vries"]),
    ],
)
async def test_culprit(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Who caused the crash at the start in Baku 2023?",  # told without that moment
        "Wie veroorzaakte de crash na de herstart in Spa 2023?",  # another moment
        "Was Piastri de schuldige in Spa 2023?",  # yes or no about one driver
        "Wie veroorzaakte de startcrash in Spa 2022?",  # another season
        "Wie veroorzaakte de rode vlag in Spa 2023?",  # a neutralisation's cause, not a culprit
    ],
)
async def test_culprit_not_told_stays_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
