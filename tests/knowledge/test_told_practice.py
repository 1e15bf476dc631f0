"""Practice sessions over a real knowledge base built from articles written here: who was fastest in a
session named by number, who was n-th, a driver's place in it and the sessions he was fastest in; never a
place for a session not named, nor for another question about the session (its times, laps, crashes)."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    # a report of the first practice, written on the Friday (the 2022 Dutch GP was on Sunday 4 September)
    "2022-09-zandvoort-fp1.txt": (
        "date 2022-09-02\n\nNorris snelste in eerste training Zandvoort\n\n"
        "Lando Norris reed in de eerste vrije training op Zandvoort de snelste tijd. Max Verstappen bleef"
        " Charles Leclerc, derde op 0.412, voor. Lewis Hamilton reed de twaalfde tijd.\n\n"
        "1. Lando Norris 1:12.402\n\n2. Max Verstappen 1:12.620\n\n3. Charles Leclerc 1:12.814\n"
    ),
    # a qualifying report that looks back on the practice of the morning
    "2022-09-zandvoort-quali.txt": (
        "date 2022-09-03\n\nVerstappen op pole in Zandvoort\n\n"
        "Max Verstappen pakte de pole position voor de Grand Prix van Nederland. In de derde vrije training"
        " was George Russell nog de snelste, Verstappen klokte toen de vierde tijd.\n"
    ),
    # a race report that tells the practice sessions in passing
    "2022-07-austria-race.txt": (
        "date 2022-07-10\n\nLeclerc wint in Oostenrijk\n\n"
        "Charles Leclerc won de Grand Prix van Oostenrijk. Hij was eerder dit weekend ook al de snelste in"
        " de eerste vrije training. Sergio Pérez topped second practice on Saturday.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        ("who was fastest in fp1 zandvoort 2022", "Norris", "Verstappen"),
        ("wie reed de snelste tijd in vt1 zandvoort 2022", "Norris", "Verstappen"),
        ("wie was het snelst in vt1 op zandvoort 2022", "Norris", "Leclerc"),
        ("snelste in de eerste vrije training zandvoort 2022", "Norris", "Hamilton"),
        ("zandvoort 2022 fp1 who was third", "Leclerc", "Norris"),
        ("hamilton vt1 zandvoort 2022 p?", "twaalfde", "Norris"),
        ("where was leclerc in fp1 at zandvoort 2022", "third", "first"),
        ("wie was de snelste in de derde vrije training zandvoort 2022", "Russell", "Verstappen"),
        ("verstappen fp3 zandvoort 2022 position", "fourth", "pole"),
        # the final practice of a sprint weekend is its second
        ("who topped the final practice in austria 2022", "Pérez", "Leclerc"),
        ("wie was de snelste in vt1 oostenrijk 2022", "Leclerc", "Pérez"),
        ("in welke vrije trainingen was leclerc de snelste in oostenrijk 2022", "VT1", "VT2"),
    ],
)
async def test_answered(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        # no session by number: any of two or three
        "who was fastest in practice at zandvoort 2022",
        "wie was het snelst op vrijdag in zandvoort 2022",
        # a session no article tells
        "who was fastest in fp2 zandvoort 2022",
        "wie was de snelste in vt3 oostenrijk 2022",
        # another question about the session
        "welke tijd reed norris in vt1 zandvoort 2022",
        "wat was de snelste tijd in vt1 zandvoort 2022",  # the time itself, not who set it
        "what was the fastest time in fp1 at zandvoort 2022",
        "how many laps did norris do in fp1 zandvoort 2022",
        "waarom was hamilton traag in vt1 zandvoort 2022",
        "who crashed in fp1 at zandvoort 2022",
        # a practice place is no result
        "wie won de grand prix van nederland 2022",
        "where did hamilton finish at zandvoort 2022",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
