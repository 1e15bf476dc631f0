"""Questions found in the blind sets of the fourth session of 5 December, over a real knowledge base built
from articles written here: a penalty's reason in its own words before one that only names the kind of
wrong; a champion named by his titles."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2020-09-russia.txt": (
        "date 2020-09-27\n\nValtteri Bottas won de Grand Prix van Rusland. Lewis Hamilton werd derde nadat"
        " hij tien seconden straf kreeg wegens een overtreding voor aanvang van de race.\n\nHamilton deed"
        " voor de start twee oefenstarts op een plek waar dat verboden is. Dat leverde de zesvoudig"
        " wereldkampioen twee tijdstraffen van vijf seconden op."
    ),
    "2021-05-spain.txt": (
        "date 2021-05-09\n\nDe Grand Prix van Spanje werd gewonnen door Lewis Hamilton. Verstappen werd"
        " tweede. De viervoudig wereldkampioen eindigde als dertiende in zijn Aston Martin."
    ),
    "2022-10-singapore.txt": (
        "date 2022-10-02\n\nSergio Pérez won the Singapore Grand Prix. He took the chequered flag 7.5 seconds"
        " ahead of Charles Leclerc. With ten laps to go Pérez led Leclerc by 2.1 seconds."
    ),
    "2022-10-singapore-results.txt": (
        "date 2022-10-02\n\nSingapore GP race result: 1. Pérez (Red Bull) 2:02:20.238, 2. Leclerc (Ferrari)"
        " +7.465s, 3. Sainz (Ferrari) +10.305s, 4. Norris (McLaren) +21.133s"
    ),
    "2022-08-standings.txt": (
        "date 2022-08-29\n\nF1 drivers' standings after the Belgian Grand Prix: 1. Verstappen 284 points, 2."
        " Pérez 191, 3. Leclerc 186, 4. Sainz 171"
    ),
    "2020-07-styria-quali.txt": (
        "date 2020-07-11\n\nHamilton pakte in de regen pole voor de GP van Stiermarken. Verstappen werd"
        " tweede. Hij gaf 1,216 toe op de wereldkampioen."
    ),
    "2019-10-japan.txt": (
        "date 2019-10-13\n\nLewis Hamilton werd derde in de Grand Prix van Japan. Charles Leclerc kreeg"
        " een tijdstraf van vijf seconden wegens een overtreding tijdens de race."
    ),
}


@pytest.mark.parametrize(
    "question, specific",
    [
        # the reason in its own words first; "een overtreding" only names the kind of wrong
        ("waarom kreeg hamilton straf in sotsji 2020", "oefenstarts"),
        ("why did lewis get a time penalty in russia 2020", "oefenstarts"),
    ],
)
async def test_a_reason_in_its_own_words_first(told: KnowledgeBase, question: str, specific: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered" and specific in answer.text, answer.text
    generic = answer.text.find("overtreding")
    assert generic < 0 or answer.text.index(specific) < generic, answer.text


async def test_a_generic_reason_alone_still_answers(told: KnowledgeBase) -> None:
    # with no other reason told, the kind of wrong is the reason there is
    await assert_answered(told, "waarom kreeg leclerc straf in japan 2019", "overtreding", "oefenstarts")


async def test_a_champion_by_his_titles(told: KnowledgeBase) -> None:
    await assert_answered(told, "hoeveelste werd vettel in spanje 2021", "dertiende", "tweede")


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # a gap at the finish, from the sentence that tells it and the classification (the more precise)
        ("gap checo leclerc at the finish singapore 2022", "7.465", "2.1"),
        ("met hoeveel voorsprong won perez singapore 2022", "7,465", "2,1"),
        ("gap sainz to perez singapore 2022", "10.305", "7.5"),
    ],
)
async def test_a_gap_at_the_finish(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


async def test_a_gap_at_a_moment_is_not_told(told: KnowledgeBase) -> None:
    # only the finish is told as a gap fact; a qualifying gap is another question
    answer = await told.ask("gap norris leclerc qualifying singapore 2022")
    assert answer.status == "unknown", answer.text
    # a lap's gap no fact holds is answered by the sentence that tells it, as written (not as the finish's)
    answer = await told.ask("gap perez leclerc with ten laps to go singapore 2022")
    assert answer.status == "answered" and "With ten laps to go" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # a gap in points from the totals one standings list gives
        ("max lead in championship after spa 2022", "93", "284"),
        ("verschil leclerc en sainz in het wk na spa 2022", "15", "186"),
    ],
)
async def test_a_points_gap_from_the_totals(
    told: KnowledgeBase, question: str, expected: str, absent: str
) -> None:
    await assert_answered(told, question, expected, absent)


async def test_no_lead_for_one_not_leading(told: KnowledgeBase) -> None:
    # the lead of one who is not first in the list is not told
    answer = await told.ask("leclerc lead in the championship after spa 2022")
    assert answer.status == "unknown", answer.text


async def test_time_given_away_in_qualifying(told: KnowledgeBase) -> None:
    # "gaf 1,216 toe op": a qualifying gap; asked without a season, the newest season that tells it
    await assert_answered(told, "hoeveel gaf max toe op lewis in de kwali van stiermarken", "1,216", "tweede")
