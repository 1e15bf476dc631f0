"""Questions of the session of 7 December (day), second part, over a real knowledge base built from articles
written here: "who beat X to pole" asks the one who beat him, never X's own start."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase

ARTICLES = {
    "2021-08-spa-qualifying.txt": (
        "date 2021-08-28\n\nRussell tweede in Spa\n\n"
        "George Russell kwalificeerde zich als tweede voor de Grand Prix van België.\n"
    ),
}


@pytest.mark.parametrize(
    "question",
    ["who beat russell to pole in belgium 2021", "wie versloeg russell in de strijd om pole in spa 2021"],
)
async def test_who_beat_him_is_someone_else(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_his_own_place_is_still_answered(told: KnowledgeBase) -> None:
    answer = await told.ask("waar kwalificeerde russell zich in spa 2021")
    assert answer.status == "answered" and "tweede" in answer.text, answer.text
