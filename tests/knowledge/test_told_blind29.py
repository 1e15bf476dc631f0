"""Questions of the session of 7 December (day) over a real knowledge base built from articles written here:
qualifying asked when another driver's grid penalty moved the one asked up (his start is no qualifying
place), the same penalty of several drivers told once, "pole tyd" (a time asked, typed with "y"), "his first
podium" (a career's first, which the race's winner does not answer), a headline that asks is no answer, and a
gap asked is not answered by a sentence whose only number is no time."""

from __future__ import annotations

from knowledge.service import KnowledgeBase

ARTICLES = {
    "2020-07-austria-grid.txt": (
        "date 2020-07-05\n\nHamilton naar achteren\n\n"
        "Lewis Hamilton kreeg voor de Grand Prix van Oostenrijk een gridstraf van drie plaatsen. Daardoor"
        " start Lando Norris als derde. Na de straf voor Hamilton finishten Norris en Hamilton op zondag"
        " allebei in de top 5.\n"
    ),
    "2019-09-monza-reprimands.txt": (
        "date 2019-09-07\n\nDrie reprimandes in Monza\n\n"
        "Carlos Sainz, Lance Stroll en Nico Hülkenberg kregen na de kwalificatie voor de Grand Prix van"
        " Italië elk een reprimande omdat ze te langzaam reden.\n"
    ),
    "2019-09-monza-pole.txt": (
        "date 2019-09-07\n\nLeclerc op pole in Monza\n\n"
        "Charles Leclerc pakte de pole position voor de Grand Prix van Italië met een tijd van 1.19,307.\n"
    ),
    "2020-09-mugello-race.txt": (
        "date 2020-09-13\n\nHoe vierde Albon zijn eerste podium?\n\n"
        "Lewis Hamilton won de Grand Prix van Toscane. Valtteri Bottas werd tweede en Alexander Albon"
        " derde.\n"
    ),
}


async def test_qualifying_asked_after_anothers_grid_penalty(told: KnowledgeBase) -> None:
    answer = await told.ask("norris kwalificatie oostenrijk 2020")
    assert answer.status == "unknown" and "derde" not in answer.text, answer.text
    answer = await told.ask("waar start norris in oostenrijk 2020")
    assert answer.status == "answered" and "derde" in answer.text, answer.text


async def test_one_penalty_of_several_told_once(told: KnowledgeBase) -> None:
    answer = await told.ask("wie kregen een reprimande in monza 2019")
    assert answer.status == "answered", answer.text
    assert "Sainz, Stroll en Hülkenberg kregen een reprimande" in answer.text, answer.text
    answer = await told.ask("who got a reprimand in monza 2019")
    assert "Sainz, Stroll and Hülkenberg got a reprimand" in answer.text, answer.text


async def test_pole_time_typed_with_y(told: KnowledgeBase) -> None:
    answer = await told.ask("leclerc pole tyd monza 2019")
    assert "pole position in" not in answer.text, answer.text  # the pole itself is the neighbour
    answer = await told.ask("leclerc pole monza 2019")
    assert answer.status == "answered" and "pole" in answer.text, answer.text


async def test_his_first_podium_is_no_race_result(told: KnowledgeBase) -> None:
    answer = await told.ask("wie pakte zn eerste podium op mugello 2020")
    assert answer.status == "unknown" and "Hamilton" not in answer.text, answer.text
    answer = await told.ask("who got his first podium at mugello 2020")
    assert answer.status == "unknown" and "Hamilton" not in answer.text, answer.text
    # the podium itself is the race's result
    answer = await told.ask("wie stond er op het podium in mugello 2020")
    assert answer.status == "answered" and "Albon" in answer.text, answer.text


async def test_a_headline_that_asks_is_no_answer(told: KnowledgeBase) -> None:
    answer = await told.ask("hoe vierde albon zijn eerste podium in mugello 2020")
    assert "?" not in answer.text, answer.text


async def test_a_gap_asked_needs_a_time_told(told: KnowledgeBase) -> None:
    # "in de top 5" holds a number, but no gap between the two
    answer = await told.ask("gap norris hamilton after the penalty oostenrijk 2020")
    assert answer.status == "unknown" and "top 5" not in answer.text, answer.text
