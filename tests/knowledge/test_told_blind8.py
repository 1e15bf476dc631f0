"""Questions found in the blind sets of the session of 5 December (afternoon), over a real knowledge base
built from articles written here: points totals after a race, half points written as each language writes
them, penalty points got at a race and held after it, the points of one race or sprint."""

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
    "2019-10-japan-penalty.txt": (
        "date 2019-10-13\n\nGP van Japan: straf voor Ocon.\n\nOcon kreeg in Suzuka twee strafpunten voor het"
        " afsnijden van de chicane. Hij staat nu op negen strafpunten."
    ),
    "2020-08-spain-quali.txt": (
        "date 2020-08-15\n\nHamilton pakt pole in Spanje.\n\nIn de kwalificatie was Bottas zes honderdsten"
        " langzamer dan Hamilton."
    ),
    "2021-09-monza-penalty.txt": (
        "date 2021-09-12\n\nStraf voor Verstappen na crash in Monza.\n\nVerstappen en Hamilton botsten in"
        " Monza. De stewards gaven Verstappen een gridstraf voor de volgende race.\n\nDe Nederlandse"
        " coureur heeft voor de Grand Prix van Rusland, over twee weken in Sotsji, alvast een gridstraf van"
        " drie plekken gekregen."
    ),
    "2022-04-imola-sprint.txt": (
        "date 2022-04-23\n\nVerstappen wint de sprint in Imola.\n\nIn de laatste ronde ging Verstappen"
        " Leclerc voorbij, goed voor acht WK-punten. Leclerc kreeg er zeven. Verstappen heeft nu 33 punten."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # the sprint's haul, not the total after it
        ("hoeveel punten kreeg max voor de sprint in imola 2022", "8 punten", "33"),
        ("how many points did max get in the imola sprint 2022", "8 points", "33"),
    ],
)
async def test_a_race_haul_or_a_total(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


async def test_points_lost_are_no_haul(told: KnowledgeBase) -> None:
    answer = await told.ask("hoeveel punten verloor max in de sprint in imola 2022")
    assert answer.status != "answered" or "8" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # the points of the race, the total after it, or both when both are asked
        ("hoeveel strafpunten kreeg ocon in japan 2019", "2 strafpunten", "9 strafpunten"),
        ("hoeveel strafpunten heeft ocon na japan 2019", "9 strafpunten", "2 strafpunten"),
        ("ocon penalty points after suzuka 2019", "9 penalty points", "2 penalty points"),
    ],
)
async def test_licence_points_got_and_held(
    told: KnowledgeBase, question: str, expected: str, absent: str
) -> None:
    await assert_answered(told, question, expected, absent)


async def test_licence_points_got_and_total_both(told: KnowledgeBase) -> None:
    answer = await told.ask("how many penalty points did ocon get in japan 2019 and what is his total")
    assert answer.status == "answered" and "2 penalty points" in answer.text and "9" in answer.text, (
        answer.text
    )


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


async def test_a_gap_told_in_hundredths(told: KnowledgeBase) -> None:
    # told to a hundredth, answered to a hundredth
    await assert_answered(
        told, "hoeveel langzamer was bottas dan hamilton in de kwalificatie in spanje 2020", "0,06", "0,060"
    )


async def test_a_grid_penalty_sized_for_the_next_race(told: KnowledgeBase) -> None:
    # earned in Monza without its size there, sized with the race it is served at
    await assert_answered(
        told, "verstappen straf monza 2021", "3 plaatsen, voor de GP van Rusland", "Italië 2021 ("
    )
