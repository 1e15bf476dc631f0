"""What a driver said, over a real knowledge base built from articles written here: the quote of the driver
asked in an article of the race asked; a topic the question names must be touched by the quote or the
sentence that leads up to it (in either language); another driver it names must be named there; a question
about someone who is no driver, or about a race he is not quoted on, gets no quote."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2025-08-zandvoort-reactions.txt": (
        "date 2025-08-31\n\nReacties na de Grand Prix van Nederland\n\n"
        'Max Verstappen werd tweede op Zandvoort. "We hebben eruit gehaald wat erin zat. De McLaren was'
        ' vandaag gewoon sneller", zei de Nederlander.\n\n'
        'Over zijn banden was hij minder te spreken. "De harde band werkte totaal niet in de eerste stint",'
        " vertelde Verstappen.\n\n"
        'Over Piastri was hij lovend: "Oscar reed een foutloze race, dat moet je respecteren."\n\n'
        '"We wisten dat het een lange middag zou worden", zei teambaas Laurent Mekies.\n'
    ),
    "2024-11-vegas-reactions.txt": (
        "date 2024-11-24\n\nVerstappen champion again\n\n"
        'Max Verstappen sealed his fourth title in Las Vegas. "Four titles, I never dreamed of that,"'
        " Verstappen said over the radio.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("wat zei verstappen na zandvoort 2025", ["eruit gehaald"]),
        ("wat zei max over de banden in zandvoort 2025", ["harde band"]),
        ("what did max say about his tyres at zandvoort 2025", ["harde band"]),
        ("wat zei verstappen over piastri zandvoort 2025", ["foutloze"]),
        ("what did verstappen say on the radio in las vegas 2024", ["Four titles"]),
        ("wat zei max na zijn titel in vegas 2024", ["Four titles"]),
        ("wat zei mekies na zandvoort 2025", ["lange middag", "Laurent Mekies"]),
    ],
)
async def test_the_quote_asked(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)
    answer = await told.ask(question)
    assert len(answer.text) <= 290, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # a topic no quote of his touches
        "wat zei verstappen over het weer in zandvoort 2025",
        # another driver his quotes never name
        "wat zei verstappen over hamilton in zandvoort 2025",
        # someone who is no driver
        "wat zei laurent mekies over verstappen in zandvoort 2025",
        # a driver no article quotes there
        "wat zei norris na zandvoort 2025",
        # a race he is not quoted on
        "wat zei verstappen na monza 2025",
    ],
)
async def test_no_quote_of_his_on_it(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
