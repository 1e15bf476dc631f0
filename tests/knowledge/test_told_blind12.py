"""Questions found in the sets of the session of 5 December (evening), over a real knowledge base built from
articles written here: how far behind one finished, told without naming the winner; a penalty told twice with
its seconds in all; a standing asked beside its points; injuries asked, which no fact holds."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2024-07-hungary-race.txt": (
        "date 2024-07-21\n\nPiastri wins in Hungary\n\nOscar Piastri won the Hungarian Grand Prix. Lando"
        " Norris came in second some 2.1 seconds behind, and Lewis Hamilton finished third, 14.9 seconds"
        " behind the winner."
    ),
    "2024-06-austria-race.txt": (
        "date 2024-06-30\n\nRussell wint in Oostenrijk\n\nGeorge Russell won de Grand Prix van Oostenrijk."
        " Oscar Piastri werd tweede op 1,9 seconden. Sainz kreeg een tijdstraf. De stewards bestraften hem"
        " met twee keer 5 seconden voor het te vroeg wegrijden."
    ),
    "2024-12-season.txt": (
        "date 2024-12-10\n\nHet seizoen 2024\n\nVerstappen eindigde het kampioenschap als eerste met 437"
        " punten. Magnussen had na een zware crash in de training geen verwondingen."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # how far behind: his gap to the one who won, though the article does not name him there
        ("hungary 2024 how far behind was norris", "2.1 seconds behind Piastri", "Hamilton"),
        ("hoeveel seconden achter piastri finishte hamilton in hongarije 2024", "14,9", "Norris"),
        ("hoe ver achter eindigde piastri in oostenrijk 2024", "1,9 seconde achter Russell", "Sainz"),
        # a penalty told twice: with its seconds in all
        ("hoeveel strafseconden kreeg sainz in oostenrijk 2024", "10 seconden in totaal", "Piastri"),
        # a standing asked with its points: both
        ("max championship position and points 2024", "437 points", "Magnussen"),
    ],
)
async def test_told_as_asked(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        # the winner's gap to no one: no gap of his
        "hungary 2024 how far behind was piastri",
        # injuries: no fact holds them
        "magnussen verwondingen 2024",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
