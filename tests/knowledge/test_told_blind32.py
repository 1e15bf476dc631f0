"""Questions of the blind sets realdev177-184 (session of 7 December, evening), over a real knowledge base
built from articles written here: "how many starts did he need for his first win" asks a count of starts,
which the win is not; a headline "wins as <team> suffers double DNF" retires no one of the winner; a driver
the article names only in a relative clause without its pronoun is not the one who finished."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2020-12-sakhir-race.txt": (
        "date 2020-12-06\n\nOcon wins in Sakhir as Ferrari suffers double DNF\n\n"
        "Esteban Ocon won the Sakhir Grand Prix on Sunday, his first win after a long wait. Lando Norris, "
        "the man Sainz beat in qualifying, finished fourth.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "how many starts did ocon need for his first win sakhir 2020",
        "hoeveel starts had ocon nodig voor zijn eerste zege in sakhir 2020",
    ],
)
async def test_a_count_of_starts_is_not_the_win(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_win_is_still_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "who won sakhir 2020", "Ocon", "Norris")


@pytest.mark.parametrize("question", ["did ocon retire in sakhir 2020", "is ocon uitgevallen in sakhir 2020"])
async def test_a_teams_double_dnf_retires_not_the_winner(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    # (unknown, or told that he won: never that he retired)
    assert answer.status != "answered" or "won" in answer.text or "wint" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["where did sainz finish sakhir 2020", "waar eindigde sainz in sakhir 2020"]
)
async def test_the_subject_of_a_relative_without_its_pronoun_did_not_finish_there(
    told: KnowledgeBase, question: str
) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_one_the_apposition_is_of_finished(told: KnowledgeBase) -> None:
    await assert_answered(told, "where did norris finish sakhir 2020", "fourth", "Sainz")
