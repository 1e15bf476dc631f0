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
