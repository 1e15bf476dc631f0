"""Questions found in the sets of the third session of 6 December, over a real knowledge base built from
articles written here: a gap in the championship behind the leader the article names ("staat tweede met
een achterstand van 40 punten"), asked of the pair; a gap told with a verb of standing; the singular "punt"
and the short "pnt" in a question of a gap; who collided asked with no driver named (the pairs told both
ways, on the lap asked); the back of the grid told bare; who started next to one on the front row."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2024-09-singapore-preview.txt": (
        "date 2024-09-19\n\nVooruitblik Singapore\n\nLando Norris leidt het kampioenschap met 300 punten."
        " Oscar Piastri staat tweede met een achterstand van 40 punten, Charles Leclerc is derde met 75"
        " punten achterstand."
    ),
    "2024-10-austin-race.txt": (
        "date 2024-10-20\n\nLeclerc wint in Austin\n\nCharles Leclerc won de GP van de Verenigde Staten."
        " Norris werd derde en staat nu zes punten voor Piastri in de WK-stand."
    ),
    "2024-06-canada-race.txt": (
        "date 2024-06-09\n\nVerstappen wins in Montreal\n\nMax Verstappen won the Canadian Grand Prix. Logan"
        " Sargeant and Alexander Albon collided on lap 1. Later Norris profited from a crash between the two"
        " Ferraris. Daardoor zal Pérez zondag helemaal achteraan het grid starten."
    ),
    "2024-07-austria-race.txt": (
        "date 2024-06-30\n\nRussell wins in Austria\n\nGeorge Russell won the Austrian Grand Prix. Ocon and"
        " Gasly collided. Sainz and Hamilton collided. Zhou and Bottas collided. Stroll and Alonso collided."
    ),
    "2024-05-imola-qualifying.txt": (
        "date 2024-05-18\n\nVerstappen op pole in Imola\n\nMax Verstappen pakte de pole position voor de GP"
        " van Emilia-Romagna. Oscar Piastri zette de tweede tijd neer."
    ),
    "2024-05-monaco-qualifying.txt": (
        "date 2024-05-25\n\nLeclerc op pole in Monaco\n\nCharles Leclerc pakte de pole position voor de GP"
        " van Monaco. Oscar Piastri zette de tweede tijd neer. Sergio Pérez kreeg een gridstraf van drie"
        " plaatsen."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("hoeveel punten achter norris stond piastri voor singapore 2024", ["40"]),
        ("how many points was leclerc behind lando before singapore 2024", ["75"]),
        ("hoeveel punt voorsprong had norris op piastri na austin 2024", ["6"]),
        ("hoeveel pnt verschil norris piastri na austin 2024", ["6"]),
        # who collided, with no driver named: the pairs told both ways
        ("who collided in canada 2024", ["Sargeant", "Albon"]),
        ("wie crashten in de eerste ronde in canada 2024", ["Sargeant", "Albon"]),
        ("where does perez start in canada 2024", ["last"]),
        # who started next to one on the front row: the other of the first two (the qualifying order when no
        # one is told dropped on the grid)
        ("wie startte naast max op de eerste rij in imola 2024", ["Piastri"]),
        ("who started next to piastri on the front row in imola 2024", ["Verstappen"]),
    ],
)
async def test_told_as_asked(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # no gap between the two behind the leader is told
        "hoeveel punten verschil tussen piastri en leclerc voor singapore 2024",
        # the gap told after Austin is no gap before it
        "hoeveel punten voorsprong had norris op piastri voor austin 2024",
        # a lap no collision is told with, or so many collisions that a list answers nothing
        "who collided on lap 30 in canada 2024",
        "who collided in austria 2024",
        # a grid penalty told for that race: the qualifying order may not be the grid's
        "wie startte naast leclerc op de eerste rij in monaco 2024",
        # the second row is not the front row
        "wie startte naast piastri op de tweede rij in imola 2024",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
