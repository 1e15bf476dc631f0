"""Questions of the session of 7 December (evening) over a real knowledge base built from articles written
here: a penalty asked by its size is not answered by a penalty that has none (his reprimand), and a lead in
seconds on the one named after it is a winning margin."""

from __future__ import annotations

from knowledge.service import KnowledgeBase

ARTICLES = {
    "2022-10-singapore-race.txt": (
        "date 2022-10-02\n\nPérez wint in Singapore\n\n"
        "Sergio Pérez won de Grand Prix van Singapore. Pérez kreeg een reprimande omdat hij te ver achter de"
        " safety car reed. Voor een tweede overtreding kreeg hij later ook een tijdstraf van vijf seconden.\n"
    ),
    "2021-03-bahrain-race.txt": (
        "date 2021-03-28\n\nHamilton wint in Bahrein\n\n"
        "Lewis Hamilton won de Grand Prix van Bahrein. Een paar ronden voor het einde parkeerde Pierre Gasly"
        " zijn auto in de pits en viel uit.\n"
    ),
    "2020-09-sochi-practice.txt": (
        "date 2020-09-25\n\nBottas de snelste\n\n"
        "Valtteri Bottas was de snelste in de eerste vrije training voor de Grand Prix van Rusland.\n"
    ),
    "2021-06-styria-race.txt": (
        "date 2021-06-27\n\nVerstappen wins in Styria\n\n"
        "Max Verstappen won the Styrian Grand Prix. He took the flag with a thirty-five-second lead on Lewis"
        " Hamilton.\n"
    ),
}


async def test_a_sized_penalty_is_not_his_reprimand(told: KnowledgeBase) -> None:
    answer = await told.ask("waarom kreeg checo 5 sec straf in singapore 2022")
    assert "safety car reed" not in answer.text, answer.text
    answer = await told.ask("waarom kreeg checo een reprimande in singapore 2022")
    assert answer.status == "answered" and "safety car" in answer.text, answer.text


async def test_a_lead_in_seconds_is_the_margin(told: KnowledgeBase) -> None:
    answer = await told.ask("by how much did verstappen beat hamilton in styria 2021")
    assert answer.status == "answered" and "35" in answer.text, answer.text


async def test_a_place_when_he_parked_is_no_retirement(told: KnowledgeBase) -> None:
    answer = await told.ask("op welke plek lag gasly toen hij zn auto parkeerde in bahrein 2021")
    assert answer.status == "unknown" and "viel uit" not in answer.text, answer.text
    answer = await told.ask("viel gasly uit in bahrein 2021")
    assert answer.status == "answered" and "Gasly" in answer.text, answer.text


async def test_a_practice_time_asked_is_not_his_place(told: KnowledgeBase) -> None:
    answer = await told.ask("wat was de snelste tijd van bottas in vt1 sochi 2020")
    assert answer.status == "unknown", answer.text
    answer = await told.ask("wie was de snelste in vt1 sochi 2020")
    assert answer.status == "answered" and "Bottas" in answer.text, answer.text
