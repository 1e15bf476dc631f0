"""Questions of the session of 7 December (day) over a real knowledge base built from articles written here:
what a driver said after a moment ("na zijn eerste podium") opens with his first words of the quote that
tells it; a topic asked in other words than the quote's ("about his pace": "we were slow"); a mistyped name
of the speaker ("wat zei botas") is still his; who starts at the back (all the articles send there, and the
others "naast" the one named)."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2023-07-silverstone-reaction.txt": (
        "date 2023-07-09\n\nNorris op het podium in Silverstone\n\n"
        "Lando Norris werd tweede in de Grand Prix van Groot-Brittannië.\n\n"
        '"Ik weet niet wat ik moet zeggen", jubelde Norris. "Het publiek was geweldig. Op het podium staan'
        ' voor eigen publiek is iets wat ik nooit vergeet."\n'
    ),
    "2023-04-baku-reaction.txt": (
        "date 2023-04-30\n\nPérez wint in Bakoe\n\n"
        "Sergio Pérez won de Grand Prix van Azerbeidzjan. Fernando Alonso werd vierde.\n\n"
        '"We were just too slow in the second stint," said Alonso. "The tyres went away."\n\n'
        '"Dit is een zege voor het hele team," zei Pérez.\n'
    ),
    "2023-09-monza-preview.txt": (
        "date 2023-09-01\n\nMotorwissels in Monza\n\n"
        "Yuki Tsunoda gaat in de Grand Prix van Italië helemaal naar achteren, omdat hij een nieuwe motor"
        " krijgt. Achteraan de grid krijgt Tsunoda gezelschap van Kevin Magnussen en Zhou Guanyu.\n"
    ),
    "2022-05-miami-qualifying.txt": (
        "date 2022-05-07\n\nNorris op pole in Miami\n\n"
        "Lando Norris pakte de pole position voor de Grand Prix van Miami, voor Oscar Piastri.\n"
    ),
    "2019-07-hockenheim-race.txt": (
        "date 2019-07-28\n\nPunt voor Williams\n\n"
        "Max Verstappen won de Grand Prix van Duitsland. Robert Kubica kwam als twaalfde over de streep, maar"
        " door tijdstraffen voor de Alfa Romeo's schoof hij op naar de tiende plaats.\n"
    ),
    "2021-07-silverstone-qualifying.txt": (
        "date 2021-07-16\n\nHamilton de snelste\n\n"
        "Lewis Hamilton reed in de kwalificatie op Silverstone de beste tijd, voor Max Verstappen.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # the moment asked: the quote that tells of it, from its first words
        ("wat zei norris na zijn podium op silverstone 2023", "Ik weet niet wat ik moet zeggen", "Pérez"),
        # a topic in other words than the quote's
        ("what did alonso say about his pace in baku 2023", "too slow", "zege"),
        # a mistyped speaker
        ("wat zei perrez na zijn zege in bakoe 2023", "hele team", "slow"),
        # who starts at the back: all the articles send there
        ("who starts at the back in monza 2023", "Magnussen", "Pérez"),
        ("welke rijders moeten achteraan starten in monza 2023", "Zhou", "Alonso"),
        ("wie starten er nog meer achteraan naast tsunoda in monza 2023", "Zhou", "Tsunoda"),
        # fastest in qualifying: its first place (a sprint weekend's too, where the sprint set the grid)
        ("wie was het snelst in de kwalificatie in miami 2022", "Norris", "Piastri"),
        ("who was fastest in qualifying at silverstone 2021", "Hamilton", "Verstappen"),
        # where he actually crossed the line: on the road, before the penalties (of others: not "his")
        ("where did kubica actually cross the line hockenheim 2019", "twelfth", "his penalty"),
        ("waar eindigde kubica in duitsland 2019", "tiende", "twaalfde"),
    ],
)
async def test_answered(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        # a topic no quote of his touches
        "what did alonso say about his penalty in baku 2023",
        # someone no article quotes
        "wat zei hamilton na de race in bakoe 2023",
        # one besides a driver not named: no list of all
        "welke andere coureur start ook achteraan in monza 2023",
        # the back of another race
        "who starts at the back in baku 2023",
        # a race asked, the one named only bounds it
        "welke race had max gewonnen in 2019 voor de gp van duitsland",
        # two drivers compared: no first place asked
        "who was faster in qualifying, norris or piastri, miami 2022",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
