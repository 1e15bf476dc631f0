"""Questions of the blind sets realdev206-208 (session of 7 December 2026, the second), over a real knowledge
base built from articles written here: a race of an earlier year than the one named ("the last Portuguese GP
before 2020") is not that year's race; a win one can get is no win; a gap to the owner of a teammate named is
not read; "was the race stopped" asks the red flag, "where on the track" a place on the circuit, neither the
crash itself; how the stewards judged a contact asks their verdict, not the contact; "how much did X beat Y
by for pole" asks the margin; a pole taken is no start when the article tells the start he got instead."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2020-10-portugal-race.txt": (
        "date 2020-10-25\n\nHamilton wint in Portimão\n\n"
        "Lewis Hamilton won de Grand Prix van Portugal. Valtteri Bottas werd tweede.\n"
    ),
    "2020-10-portugal-preview.txt": (
        "date 2020-10-25\n\nDe race van vandaag\n\n"
        "Over een uur begint de Grand Prix van Portugal. Valtteri Bottas kan vandaag zijn tiende zege"
        " boeken.\n"
    ),
    "2022-10-singapore-standings.txt": (
        "date 2022-10-02\n\nThe standings after Singapore\n\n"
        "Sergio Perez won the Singapore Grand Prix. Charles Leclerc is now a single point ahead of"
        " Verstappen's teammate Perez in the championship.\n"
    ),
    "2020-11-bahrain-race.txt": (
        "date 2020-11-29\n\nZware crash van Grosjean\n\n"
        "Romain Grosjean crashte in de eerste ronde van de Grand Prix van Bahrein in de vangrail. Lewis"
        " Hamilton won de race.\n"
    ),
    "2020-11-bahrain-redflag.txt": (
        "date 2020-11-29\n\nRode vlag in Bahrein\n\n"
        "Na de crash van Romain Grosjean kwam de rode vlag in de Grand Prix van Bahrein.\n"
    ),
    "2019-06-austria-race.txt": (
        "date 2019-06-30\n\nVerstappen wint in Oostenrijk\n\n"
        "Max Verstappen won de Grand Prix van Oostenrijk. In de slotfase raakte hij Charles Leclerc bij een"
        " inhaalactie. Pierre Gasly kreeg een tijdstraf van vijf seconden voor de aanrijding met Lance"
        " Stroll.\n"
    ),
    "2020-11-turkey-qualifying.txt": (
        "date 2020-11-14\n\nStroll op pole in Istanbul\n\n"
        "Lance Stroll pakte de pole position voor de Grand Prix van Turkije, voor Max Verstappen.\n"
    ),
    "2019-10-mexico-qualifying.txt": (
        "date 2019-10-27\n\nVerstappen loses pole in Mexico\n\n"
        "Max Verstappen took pole position for the Mexican Grand Prix. Verstappen will start fourth because"
        " he did not slow for yellow flags.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "how much did stroll beat verstappen by for pole in turkey 2020",
        "how much did stroll beat max by in qualifying turkey 2020",
    ],
)
async def test_how_much_he_beat_him_by_asks_the_margin(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_a_pole_is_no_start_when_another_start_is_told(told: KnowledgeBase) -> None:
    answer = await told.ask("where does max start in mexico 2019")
    assert "pole" not in answer.text.lower(), answer.text
    await assert_answered(told, "who took pole in mexico 2019", "Verstappen", "Stroll")


@pytest.mark.parametrize(
    "question",
    [
        "hoe beoordeelden de stewards het contact tussen max en leclerc in oostenrijk 2019",
        "how did the stewards judge the contact between max and leclerc in austria 2019",
    ],
)
async def test_the_stewards_verdict_is_not_the_contact(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_stewards_verdict_of_a_penalty(told: KnowledgeBase) -> None:
    await assert_answered(
        told, "hoe beoordeelden de stewards de aanrijding van gasly in oostenrijk 2019", "5", "Leclerc"
    )


@pytest.mark.parametrize(
    "question",
    [
        "was the race stopped after grosjeans crash in bahrain 2020",
        "werd de race stilgelegd na de crash van grosjean in bahrein 2020",
    ],
)
async def test_a_race_stopped_asks_the_red_flag(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered", answer.text
    assert "crashte" not in answer.text and "crashed" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "where on the track did grosjean crash in bahrain 2020",
        "waar op de baan crashte grosjean in bahrein 2020",
    ],
)
async def test_where_on_the_track_asks_a_place_on_the_circuit(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who won the last portuguese gp before 2020",
        "wie won de laatste gp van portugal voor 2020",
        "who won in portugal prior to 2020",
    ],
)
async def test_a_race_before_the_year_named(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_years_own_winner_is_still_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "wie won de gp van portugal 2020", "Hamilton", "Bottas won")


async def test_a_win_one_can_get_is_no_win(told: KnowledgeBase) -> None:
    await assert_answered(told, "waar eindigde bottas in portugal 2020", "P2", "P1")


async def test_a_gap_to_a_teammates_owner_is_not_read(told: KnowledgeBase) -> None:
    answer = await told.ask("how many points between leclerc and max after singapore 2022")
    assert answer.status == "unknown", answer.text
