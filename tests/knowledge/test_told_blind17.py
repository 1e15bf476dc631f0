"""Questions found in the sets of the fourth session of 6 December, over a real knowledge base built from
articles written here: the lap of a retirement asked with its cause ("which lap and why": both, or nothing),
a start asked "after dsq" (the disqualification only places the start asked), "what did X blame" as a
question of why, the podium of a race whose third is told as "made it onto the podium", and the winner of a
race told with a team's tally and a championship victory of another driver in the same article; a race led
home while two others collided and crashed out; a place told after a start as a moment; "what else" asked."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2024-10-austin-race.txt": (
        "date 2024-10-20\n\nLeclerc wint in Austin\n\nCharles Leclerc won the United States Grand Prix."
        " Carlos Sainz finished second. Lando Norris still made it onto the podium after a bad start."
        " Lewis Hamilton retired on lap 3 with a broken gearbox. George Russell crashed on lap 40."
    ),
    "2024-09-singapore-penalty.txt": (
        "date 2024-09-21\n\nDiskwalificatie in Singapore\n\nDaniel Ricciardo is gediskwalificeerd in de"
        " kwalificatie voor de GP van Singapore. Hij moet de race vanuit de pitstraat beginnen."
    ),
    "2024-09-baku-qualifying.txt": (
        "date 2024-09-14\n\nLeclerc op pole in Bakoe\n\nCharles Leclerc pakte de pole position in Bakoe."
        " Carlos Sainz zette de derde tijd neer, 0,2 seconde langzamer dan Leclerc."
    ),
    "2024-07-belgium-race.txt": (
        "date 2024-07-28\n\nTitle and win at Spa\n\nMax Verstappen sealed the title on Sunday while"
        " Red Bull team-mate Sergio Perez won the Belgian Grand Prix. Perez congratulated his team-mate on"
        " the championship, while Verstappen was ecstatic with his victory. Verstappen took the lead when"
        " Perez and Norris hit the pits, at which point winning the race became a question of tyres."
        " Verstappen kept second place in the end."
    ),
    "2024-09-monza-race.txt": (
        "date 2024-09-01\n\nLeclerc at Monza\n\nCharles Leclerc led home a Ferrari one-two at the Italian"
        " Grand Prix as title rivals Lando Norris and Max Verstappen collided and crashed out. Carlos Sainz"
        " claimed second as the team toasted their first victory at home in years, with the third podium spot"
        " going to Oscar Piastri."
    ),
    "2024-06-spain-race.txt": (
        "date 2024-06-23\n\nVerstappen wint in Spanje\n\nMax Verstappen won de GP van Spanje. Lando Norris"
        " stond ook op het podium."
    ),
    "2024-11-vegas-race.txt": (
        "date 2024-11-23\n\nVerstappen kampioen\n\nGeorge Russell won de GP van Las Vegas. Na een chaotische"
        " start moest Max Verstappen toezien hoe Lewis Hamilton tweede werd."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("ham retired austin 2024 which lap and why", ["3", "gearbox"]),
        ("in welke ronde viel hamilton uit in austin 2024 en waarom", ["3", "gearbox"]),
        ("austin 2024 podium", ["Leclerc", "Sainz", "Norris"]),
        ("daniel singapore 2024 where does he start from after dsq", ["pit lane"]),
        ("who won spa 2024", ["Pérez"]),
        ("monza 2024 podium", ["Leclerc", "Sainz", "Piastri"]),
        ("who did norris crash with at monza 2024", ["Verstappen"]),
        ("hoe eindigde hamilton in vegas 2024", ["tweede"]),
    ],
)
async def test_told_as_asked(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # a crash's lap asked with why: the article tells no cause
        "russell crashed austin 2024 which lap and why",
        # why asked with a lap nothing tells the cause of
        "in welke ronde crashte russell in austin 2024 en waarom",
        # the cause he blamed is no qualifying place
        "what did sainz blame for his quali baku 2024",
        # hitting the pits is no collision
        "who did perez collide with in spa 2024",
        # the winner of a race two others collided in collided with no one, nor did he crash
        "who did leclerc collide with at monza 2024",
        "did leclerc retire at monza 2024",
        # a start told as a moment is no place on the grid
        "waar startte hamilton in vegas 2024",
        # what else, besides his race: no summary of it answers
        "what else happened to hamilton in vegas 2024",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text


async def test_a_gap_asked_of_the_qualy(told: KnowledgeBase) -> None:
    """ "qualy" is fans' short form of qualifying: the qualifying gap the article tells."""
    await assert_told(told, "gap leclerc sainz qualy baku 2024", ["0.2", "Leclerc", "Sainz"])


@pytest.mark.parametrize(
    "question",
    [
        "what position does sainz need for the title if leclerc wins in baku 2024",
        "welke plek heeft sainz nodig als leclerc wint in bakoe 2024",
    ],
)
async def test_a_supposition_asked_is_not_answered(told: KnowledgeBase, question: str) -> None:
    """What one needs if another does something is a supposition; no result answers it."""
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text


async def test_where_one_qualified_is_still_answered(told: KnowledgeBase) -> None:
    await assert_told(told, "where did sainz qualify in baku 2024", ["third"])


async def test_a_place_asked_is_not_answered_with_the_podium(told: KnowledgeBase) -> None:
    """Norris is told on the podium in Spain, his place not: "als hoeveelste" is not "op het podium"."""
    answer = await told.ask("norris eindigde als hoeveelste in spanje 2024?")
    assert answer.status != "answered", answer.text
    await assert_told(told, "hoe eindigde norris in spanje 2024", ["podium"])
