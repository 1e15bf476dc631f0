"""Questions found in the blind sets of 5 December (sets 46 to 49), over a real knowledge base built from
articles written here: a start at the back after a disqualification from qualifying, who moved up because of
another's penalty, a season's figures from a block of labelled lines; a career first, somebody besides the
one named and a moment of the race stay unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2021-11-brazil-sprint.txt": (
        "date 2021-11-13\n\nMax Verstappen won the sprint in Brazil, ahead of Lewis Hamilton. Valtteri"
        " Bottas was disqualified from qualifying on Friday for a rear wing that was too wide. He charged up"
        " from last on the grid to fifth, but he will take a five-place drop for an engine penalty, meaning"
        " he will start tenth on Sunday."
    ),
    "2019-10-japan.txt": (
        "date 2019-10-13\n\nLewis Hamilton won the Japanese Grand Prix. Charles Leclerc fought his way up"
        " to sixth at the flag but was demoted to seventh due to penalties. As a result, Daniel Ricciardo was"
        " classified sixth."
    ),
    "2022-12-review.txt": (
        "date 2022-12-20\n\nOnze blik op het seizoen van de coureurs.\n\nLando Norris (Bristol, 13 november"
        " 1999)\n\nEindklassering 2022: zevende\n\nAantal WK-punten: 122\n\nAantal podiumplaatsen: 1\n\n"
        "Norris reed een sterk jaar in een matige auto."
    ),
    "2018-09-monza.txt": (
        "date 2018-09-03\n\nMax Verstappen came in third after the chequered flag dropped, but after adding"
        " his five-second penalty he dropped to fifth in the Italian Grand Prix."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # the start at the back: the disqualification from qualifying, not the grid drop for the race
        ("brazil sprint 2021 why did bottas have to start from the back", "disqualified", "five-place"),
        (
            "waarom moest bottas achteraan starten in de sprint van brazilie 2021",
            "gediskwalificeerd",
            "5 plaatsen",
        ),
        # who moved up because of another's penalty: the one who finished there
        ("who moved up to 6th in japan 2019 because of leclerc his penalty", "Ricciardo", "Leclerc"),
        ("hoeveelste werd leclerc in japan 2019 na zijn straffen", "zevende", "zesde"),
        # a season's figures from a block of lines under his name
        ("hoeveel punten had norris in 2022", "122", "zevende"),
        ("waar eindigde norris in het kampioenschap van 2022", "zevende", "122"),
    ],
)
async def test_told(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        "waar pakte norris zijn allereerste podium",  # a career first: no race's fact tells it
        "wie kreeg naast bottas ook een gridstraf in brazilie 2021",  # somebody besides the one named
        "wat gebeurde er met leclerc in de laatste ronde in japan 2019",  # a moment no fact is told at
        "where did norris finish in monaco 2022",  # his birthplace is no race of his
    ],
)
async def test_not_told_is_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # the place on the road before the penalty, and the result after it
        ("waar kwam verstappen over de streep in monza 2018 voor de tijdstraf", "derde", "vijfde"),
        ("hoeveelste werd verstappen in monza 2018", "vijfde", "derde"),
    ],
)
async def test_before_and_after_a_penalty(
    told: KnowledgeBase, question: str, expected: str, absent: str
) -> None:
    await assert_answered(told, question, expected, absent)


async def test_before_a_penalty_not_told_is_unknown(told: KnowledgeBase) -> None:
    answer = await told.ask("waar kwam norris over de streep in japan 2019 voor zijn straf")
    assert answer.status == "unknown", answer.text


async def test_points_and_place_asked_together(told: KnowledgeBase) -> None:
    # the points and the place asked in one question: both, not half
    answer = await told.ask("hoeveel punten had norris in 2022 en hoeveelste in het wk")
    assert answer.status == "answered" and "122" in answer.text and "zevende" in answer.text, answer.text
    # a first: one deed, which no fact tells
    answer = await told.ask("what did norris do for the first time in 2022")
    assert answer.status == "unknown", answer.text
