"""Questions on later seasons' style over a real knowledge base built from articles written here: the
season's end told in words goes before a standing of its course; the team's pair, the black flag, "daar" after
the next race, a gap after a final place and a team that lost a title to another answer their questions."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2024-12-perez-review.txt": (
        "date 2024-12-18\n\nHet jaar van Pérez\n\n"
        "Na vier races stond Sergio Pérez nog tweede in het kampioenschap. Daarna ging het snel bergaf.\n\n"
        "In Canada gleed hij in de regen in de muur en moest hij opgeven. Hij kreeg bovendien een gridstraf"
        " van drie plaatsen voor de volgende race in Barcelona. Daar werd hij achtste.\n\n"
        "Pérez sloot het seizoen af als achtste in het kampioenschap met 152 punten. Red Bull verloor de"
        " constructeurstitel aan McLaren en werd derde.\n"
    ),
    "2024-10-mexico-race.txt": (
        "date 2024-10-28\n\nSainz wins in Mexico\n\n"
        "Carlos Sainz won the Mexico City Grand Prix from pole. Norris was second, 4.705 seconds behind"
        " Sainz.\n\nLewis Hamilton and George Russell brought the Mercedes cars home fourth and fifth.\n"
    ),
    "2024-11-brazil-race.txt": (
        "date 2024-11-03\n\nVerstappen wint in São Paulo\n\n"
        "Max Verstappen won de Grote Prijs van São Paulo. Nico Hülkenberg kreeg de zwarte vlag, omdat hij"
        " na een spin door marshals was weggeduwd.\n\n"
        "In ronde 33 ging Franco Colapinto in de muur. De race werd met de rode vlag stilgelegd.\n"
    ),
    "2022-06-canada-race.txt": (
        "date 2022-06-19\n\nVerstappen wins in Montreal\n\n"
        "Max Verstappen won the Canadian Grand Prix. Sergio Perez retired after eight laps as his car became"
        " stuck in gear.\n"
    ),
    "2025-09-standings.txt": (
        "date 2025-09-01\n\nThe standings after Zandvoort\n\n"
        "Piastri's win, combined with Norris's retirement with an oil leak near the end, changed the title"
        " fight at the Dutch Grand Prix.\n\n"
        "1. Oscar Piastri, McLaren, 309 points\n2. Lando Norris, McLaren, 275\n3. Max Verstappen, Red Bull,"
        " 205\n\nNorris has work to do. Verstappen, second at his home race, is 104 points off the lead.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("perez kampioenschap 2024", ["achtste"]),
        ("where did perez finish the 2024 championship", ["eighth"]),
        ("perez spanje 2024", ["achtste"]),
        ("red bull constructeurs 2024", ["derde"]),
        ("hamilton mexico 2024", ["P4"]),
        ("waar eindigde russell in mexico 2024", ["vijfde"]),
        ("gap sainz norris mexico 2024", ["4.705"]),
        ("what happened to hulkenberg in brazil 2024", ["disqualified"]),
        ("what lap was the red flag in brazil 2024", ["33"]),
        ("how far is verstappen behind piastri after zandvoort 2025", ["104"]),
        ("waarom viel norris uit in zandvoort 2025", ["oil leak"]),
        ("why did checo retire in montreal 2022", ["stuck in gear"]),
    ],
)
async def test_answered(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question, absent",
    [
        ("hoe eindigde perez in canada 2024", "achtste"),  # he crashed out; the eighth place was Spain's
        ("russell mexico 2024 uitslag", "vierde"),  # fourth was Hamilton's
        ("mclaren constructeurs 2024", "derde"),  # third was Red Bull's
    ],
)
async def test_not_the_neighbour(told: KnowledgeBase, question: str, absent: str) -> None:
    answer = await told.ask(question)
    assert absent not in answer.text, answer.text
