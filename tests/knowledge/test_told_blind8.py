"""Questions found in the blind sets of the session of 5 December (afternoon), over a real knowledge base
built from articles written here: points totals after a race, half points written as each language writes
them."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2021-12-saudi-standings.txt": (
        "date 2021-12-06\n\nStand na de GP van Saoedi-Arabië.\n\nLewis Hamilton won in Jeddah. Verstappen en"
        " Hamilton hebben na de race allebei 369,5 punten. Bottas heeft nu 218 punten, Pérez 190 en Norris"
        " 154."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        ("hoeveel punten had max na jeddah 2021", "369,5 punten", "369.5"),
        ("how many points did lewis have after saudi 2021", "369.5 points", "369,5"),
        ("punten norris na saoedi-arabie 2021", "154 punten", "190"),
    ],
)
async def test_a_points_total_after_a_race(
    told: KnowledgeBase, question: str, expected: str, absent: str
) -> None:
    await assert_answered(told, question, expected, absent)
