"""Questions found in the sets of the fifth session of 6 December, over a real knowledge base built from
articles written here: the fastest lap's time asked (told with the time when an article gives it, not
answered with only who set it when none does), a start at the back caused in practice, and the winner of a
race whose report opens with a photographer's credit."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2024-05-miami-race.txt": (
        "date 2024-05-05\n\nNorris wins in Miami\n\nLando Norris won the Miami Grand Prix."
        " Oscar Piastri took the bonus point for the fastest lap in 1:29.708."
    ),
    "2024-06-canada-race.txt": (
        "date 2024-06-09\n\nRussell in Canada\n\nGeorge Russell won the Canadian Grand Prix."
        " Lewis Hamilton set the fastest lap of the race."
    ),
    "2024-05-monaco-race.txt": (
        "date 2024-05-26\n\nGasly in Monaco\n\nPierre Gasly startte de GP van Monaco naar aanleiding van zijn"
        " crash in de derde vrije training achteraan, maar reed naar de tiende plaats."
    ),
    "2024-09-monza-race.txt": (
        "date 2024-09-01\n\nLeclerc holds off Piastri at Monza\n\nKevin Magnussen/Getty Images\n\n"
        "For the second year running, a duel of two young stars lit up the race."
        " Charles Leclerc won the Italian Grand Prix. Oscar Piastri spun on lap 30 but finished second."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("fastest lap miami 2024 what time", ["Piastri", "1:29.708"]),
        ("snelste ronde miami 2024", ["Piastri"]),
        ("who set the fastest lap in canada 2024", ["Hamilton"]),
        ("where did gasly start in monaco 2024", ["last"]),
        ("who won monza 2024", ["Leclerc"]),
    ],
)
async def test_told_as_asked(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # who set it is told, its time is not
        "fastest lap canada 2024 what time",
        "welke tijd was de snelste ronde in canada 2024",
        # the photographer named in a credit is no driver of the race
        "where did magnussen finish at monza 2024",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        # a fragment of a race and a place asks who was there
        ("monza 2024 p1", ["Leclerc"]),
        # where he finished after a spin is his place, not the corner of the spin
        ("piastri monza 2024 where did he finish after his spin", ["second"]),
    ],
)
async def test_told_as_asked_more(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


async def test_who_was_placed_asked_after_a_name(told: KnowledgeBase) -> None:
    """ "leclerc monza 2024 wie werd 2e": the name before "wie" is the fragment's topic; who was second is
    asked, not where Leclerc finished."""
    answer = await told.ask("leclerc monza 2024 wie werd 2e")
    assert answer.status == "answered" and "Piastri" in answer.text and "won" not in answer.text, answer.text
    await assert_told(told, "where did leclerc finish in monza 2024", ["Leclerc"])
