"""Questions of the blind sets realdev165-168 (session of 7 December, afternoon), over a real knowledge base
built from articles written here: the start from pole after the pole-sitter's grid penalty is not his, another
sprint than the one named is not that one's winner, and "what's wrong with his car" asks a cause, which his
crash is not."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2021-07-hongarije-kwalificatie.txt": (
        "date 2021-07-31\n\nNorris pakt pole in Hongarije\n\n"
        "Lando Norris pakte zaterdag de pole position voor de Grand Prix van Hongarije.\n\n"
        "De stewards gaven Norris later een gridstraf van drie plaatsen voor het negeren van gele vlaggen.\n"
    ),
    "2022-04-imola-sprint.txt": (
        "date 2022-04-23\n\nSainz wint sprint in Imola\n\n"
        "Carlos Sainz won de sprint van de Grand Prix van Emilia-Romagna.\n\n"
        "Lando Norris crashte in de laatste ronde van de sprint in de muur.\n"
    ),
    "2022-04-imola-race.txt": (
        "date 2022-04-24\n\nVerstappen wint in Imola\n\n"
        "Esteban Ocon viel in de Grand Prix van Emilia-Romagna uit met een kapotte versnellingsbak. Charles "
        "Leclerc eindigde de race als zesde.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    ["wie start op pole in hongarije 2021 na de straf van norris", "who started from pole in hungary 2021"],
)
async def test_the_start_from_pole_is_not_the_penalised_pole_sitters(
    told: KnowledgeBase, question: str
) -> None:
    answer = await told.ask(question)
    assert "Norris" not in answer.text or answer.status != "answered", answer.text


async def test_the_pole_sitter_without_a_start_asked_is_still_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "wie had pole in hongarije 2021", "Norris", "Sainz")


@pytest.mark.parametrize(
    "question",
    [
        "welke sprint had sainz al eerder gewonnen voor imola 2022",
        "which sprint did sainz win before imola 2022",
    ],
)
async def test_another_sprint_is_not_the_one_named(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_sprint_named_is_still_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "wie won de sprint in imola 2022", "Sainz", "Norris")


@pytest.mark.parametrize(
    "question",
    ["whats wrong with norris his car in imola 2022", "what's wrong with norris's car at imola 2022"],
)
async def test_whats_wrong_with_his_car_is_no_crash(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("waarom viel ocon stil in imola 2022", "versnellingsbak"),
        ("why did ocon stop in imola 2022", "gearbox"),
    ],
)
async def test_a_car_that_stopped_asks_the_retirement(
    told: KnowledgeBase, question: str, expected: str
) -> None:
    await assert_answered(told, question, expected, "Sainz")


async def test_stopping_twice_asks_no_retirement(told: KnowledgeBase) -> None:
    answer = await told.ask("why did ocon stop twice in imola 2022")
    assert "gearbox" not in answer.text and "versnellingsbak" not in answer.text, answer.text


async def test_lec_is_leclerc(told: KnowledgeBase) -> None:
    await assert_answered(told, "lec finish imola 2022", "Leclerc", "Sainz")
