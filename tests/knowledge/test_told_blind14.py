"""Questions found in the sets of the session of 6 December, over a real knowledge base built from articles
written here: "which" asked of something else than the safety car gets no bare "yes"; a fastest lap told
with the one beaten to it; places told before the names they are for; a day or an interviewer asked around
a win is no question of the win; the pole of one who starts first, not of the fastest qualifier sent back."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2024-05-monaco-race.txt": (
        "date 2024-05-26\n\nLeclerc wint in Monaco\n\nLeclerc won de Grand Prix van Monaco. Na een crash van"
        " Magnussen in de eerste ronde kwam de safety car de baan op. Sainz slaagde erin om Piastri af te"
        " troeven in de strijd om de snelste raceronde."
    ),
    "2024-05-monaco-quali.txt": (
        "date 2024-05-25\n\nKwalificatie in Monaco\n\nLeclerc pakte pole. Met een elfde en twaalfde tijd"
        " voor Albon en Sargeant bleef Williams uit Q3."
    ),
    "2024-07-spa-quali.txt": (
        "date 2024-07-27\n\nKwalificatie op Spa\n\nMax Verstappen reed de snelste tijd in de kwalificatie"
        " voor de Grand Prix van België. Door een gridstraf start hij zondag als elfde. Charles Leclerc"
        " begint vanaf de eerste plek."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        ("was er een safety car in monaco 2024", "safety car", "rode vlag"),
        ("who won monaco 2024", "Leclerc", "Sainz"),
        # the fastest qualifier told starting further back did not start from pole
        ("wie start op pole op spa 2024", "Leclerc", "Verstappen"),
        ("who was on pole at spa 2024", "Leclerc", "Verstappen"),
        ("max kwali spa 2024", "snelste tijd", "Leclerc"),
        ("welke coureur veroorzaakte de safety car in monaco 2024", "Magnussen", "Ja."),
        ("wie reed de snelste ronde in monaco 2024", "Sainz", "Piastri"),
        ("albon kwali monaco 2024", "elfde", "twaalfde"),
        ("where did sargeant qualify in monaco 2024", "twelfth", "eleventh"),
    ],
)
async def test_told_as_asked(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        # which two drivers went wrong behind the safety car: not a yes
        "welke twee coureurs gingen in de fout achter de safety car in monaco 2024",
        "which teams made a mistake behind the safety car in monaco 2024",
        "welke canadezen crashten achter de safety car monaco 2024",
        # a day or an interviewer asked around a win: not the win
        "leclerc won monaco 2024 op welke speciale dag",
        "who interviewed leclerc after his monaco 2024 win",
        "wie interviewde leclerc na zijn zege in monaco 2024",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
