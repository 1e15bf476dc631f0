"""knowledge.twofold: questions of two parts, split where a second question opens, and answered part by part
by a real KnowledgeBase over an article written here (its second part about the race and the driver the
first leaves behind; answered only when both parts are)."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from knowledge.twofold import points_back, split_question

ARTICLES = {
    "2021-hongarije.txt": (
        "date 2021-08-01\n\n"
        "Ocon wint chaotische race in Hongarije\n\n"
        "Esteban Ocon heeft de Grand Prix van Hongarije gewonnen. Sebastian Vettel werd tweede, maar hij werd"
        " later gediskwalificeerd. Lewis Hamilton eindigde als derde.\n\n"
        "In de eerste ronde raakte Valtteri Bottas Lando Norris, die daardoor moest opgeven.\n"
    ),
}


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("who won hungary 2021 and who was p2", "who won hungary 2021", "who was p2"),
        ("wie won in hongarije 2021 en wie werd derde?", "wie won in hongarije 2021", "wie werd derde?"),
        ("hungary 2021 winner? who finished third?", "hungary 2021 winner", "who finished third?"),
        (
            "wie viel uit in ronde 1 in hongarije 2021 en wie raakte hem",
            "wie viel uit in ronde 1 in hongarije 2021",
            "wie raakte hem",
        ),
    ],
)
def test_two_questions_are_split(text: str, first: str, second: str) -> None:
    assert split_question(text) == (first, second)


@pytest.mark.parametrize(
    "text",
    [
        # more of the same fact: one question
        "welke straf kreeg ocon in hongarije 2021 en waarom",
        "ocon penalty hungary 2021 how many seconds and what for",
        "pole hungary 2021 and what time?",
        "wie crashte in hongarije 2021 en in welke ronde?",
        "vettel hongarije 2021 gediskwalificeerd? waarom?",
        "what was the gap between hamilton and verstappen in hungary 2021",
        # a name after "and", no question word: one question
        "did ocon and vettel both finish in hungary 2021",
        # a lone word before the joint asks nothing by itself
        "ocon and who else?",
    ],
)
def test_one_question_is_not_split(text: str) -> None:
    assert split_question(text) is None


def test_points_back() -> None:
    assert points_back("who was chasing him")
    assert points_back("wie raakte hem")
    assert not points_back("who was p2")


async def test_both_parts_answered(told: KnowledgeBase) -> None:
    answer = await told.ask("who won the hungarian gp 2021 and who finished third")
    assert answer.status == "answered", answer.text
    assert "Ocon" in answer.text and "Hamilton" in answer.text, answer.text
    assert answer.sources


async def test_the_second_part_about_the_driver_of_the_first(told: KnowledgeBase) -> None:
    answer = await told.ask("wie viel uit in de gp van hongarije 2021 en wie raakte hem")
    assert answer.status == "answered", answer.text
    assert "Norris" in answer.text and "Bottas" in answer.text, answer.text


async def test_half_an_answer_is_no_answer(told: KnowledgeBase) -> None:
    answer = await told.ask("who won the hungarian gp 2021 and who was chasing him the whole race?")
    assert answer.status == "unknown", answer.text
    # the half that is answered is still told, with its source
    assert answer.text.startswith("Ocon won"), answer.text
    assert answer.sources
    assert len(answer.text) < 300
