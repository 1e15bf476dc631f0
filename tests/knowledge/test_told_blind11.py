"""Questions found in the blind sets of the session of 5 December (night), over a real knowledge base built
from articles written here: a qualifying gap to the one on pole, the pole's margin to the one second, and a
lap time from a qualifying classification."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2021-04-imola-qualifying.txt": (
        "date 2021-04-17\n\nKwalificatie Imola: pole voor Hamilton\n\nHamilton start zondag vanaf pole.\n\n"
        "Top drie kwalificatie 1 - Lewis Hamilton (Mercedes): 1.14,411\n\n2 - Sergio Pérez (Red Bull):"
        " +0,035\n\n3 - Max Verstappen (Red Bull): +0,087\n\n4 - Charles Leclerc (Ferrari): +0,329"
    ),
    "2021-09-netherlands-qualifying.txt": (
        "date 2021-09-04\n\nVerstappen op pole in Zandvoort\n\nVerstappen pakte de pole. Hamilton werd"
        " tweede in de kwalificatie. Verstappen was 38 duizendsten van een seconde sneller dan Hamilton."
    ),
    "2021-10-turkey-reaction.txt": (
        "date 2021-10-10\n\nVerstappen tweede in Turkije\n\nVerstappen en Hamilton vochten om de titel. Het"
        " verschil tussen beide titelkandidaten is nu zes punten."
    ),
    "2022-05-monaco-standings.txt": (
        "date 2022-05-29\n\nStandings after Monaco\n\nVerstappen has increased his championship lead over"
        " Leclerc to nine points."
    ),
    "2022-07-austria-qualifying.txt": (
        "date 2022-07-08\n\nVerstappen op pole in Oostenrijk\n\nVerstappen pakte de pole in Spielberg."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # a gap to the one on pole, from the rows of the classification
        ("imola 2021 kwali gat max tot pole?", "0,087 seconde langzamer dan Hamilton", "sneller"),
        ("imola 2021 quali gap from checo to pole", "0.035 seconds slower than Hamilton", "faster"),
        # asked of the one on pole: his margin to the one second
        ("max pole zandvoort 2021 by how many thousandths", "0.038 seconds faster than Hamilton", "slower"),
        ("hamilton pole imola 2021 margin to second", "0.035 seconds faster than Pérez", "slower"),
        # a lead asked, told as the gap between the two: the gap, without a side
        ("verstappen voorsprong na turkije 2021", "verschil tussen Verstappen en Hamilton", "voor op"),
        # the gap between two named "in the championship"
        ("gap between max and charles in the championship after monaco 2022", "9 points ahead", "seconds"),
        # a lap time from the first row
        ("poletijd imola 2021", "1:14.411", "1:14.446"),
    ],
)
async def test_told_as_asked(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        # two drivers behind the one on pole: no gap told between them
        "imola 2021 quali gap between max and leclerc",
        # the pole's margin where no one second is told
        "max pole oostenrijk 2022 by how much",
    ],
)
async def test_a_gap_not_told_is_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
