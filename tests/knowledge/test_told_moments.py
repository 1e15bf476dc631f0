"""A race named by its nickname, a question about a moment in the race and a retirement's own cause, over a
real knowledge base built from articles written here."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2020-08-jubileum.txt": (
        "date 2020-08-09\n\nMax Verstappen won de Grand Prix van het 70-jarig jubileum op Silverstone."
        " Lewis Hamilton werd tweede. Sebastian Vettel startte als elfde en werd twaalfde."
    ),
    "2020-08-britain.txt": (
        "date 2020-08-02\n\nLewis Hamilton won the British Grand Prix on three wheels. Max Verstappen"
        " finished second. Carlos Sainz collided with Kvyat at the start and finished 13th."
    ),
    "2022-03-bahrain.txt": (
        "date 2022-03-20\n\nCharles Leclerc won the Bahrain Grand Prix. Max Verstappen had to retire with"
        " a loss of power in the final laps."
    ),
    "2022-07-france.txt": (
        "date 2022-07-24\n\nMax Verstappen won de Grand Prix van Frankrijk. Charles Leclerc viel uit. Hij"
        " verloor in bocht 11 de controle over zijn Ferrari en klapte in de bandenstapels."
    ),
    "2022-04-australia.txt": (
        "date 2022-04-10\n\nCharles Leclerc won the Australian Grand Prix from pole."
    ),
    # one article misreads the Bahrain winner; the others agree
    "2022-03-bahrain-b.txt": "date 2022-03-21\n\nLeclerc won in Bahrain, ahead of Sainz.",
    "2022-03-bahrain-c.txt": "date 2022-03-22\n\nSainz won de Grand Prix van Bahrein.",
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # the anniversary race by its Dutch nickname, not the British GP at the same circuit
        ("hoeveelste werd hamilton in de 70 jaar gp op silverstone", "tweede", "won"),
        ("wie won de jubileumrace op silverstone", "Verstappen", "Hamilton"),
        # what befell him at the start: his collision, not his start or finish place
        ("what happened to sainz at the start in silverstone 2020", "Kvyat", "13"),
        # the cause as the article tells it
        ("why did verstappen retire in bahrain 2022", "loss of power", "engine"),
        ("who retired in bahrain 2022", "Verstappen", "Leclerc"),
        # the races of a season he won, where the articles agree on the winner
        ("waar won leclerc in 2022", "Australië", "Bahrein"),
        ("which races did leclerc win in 2022", "Australia", "Bahrain"),
        # on the podium or not, with his place or retirement
        ("stond verstappen op het podium in bahrein 2022", "Nee", "Ja"),
        ("was leclerc on the podium in bahrain 2022", "Yes", "No"),
        ("verstappen bahrain 2022", "Verstappen", "Leclerc"),
        ("verstappen bahrain 2022 crash", "Verstappen", "Leclerc"),  # his retirement answers it
        # where he crashed, when the cause told with it names the corner
        ("waar crashte leclerc in frankrijk 2022", "bocht 11", "Verstappen"),
    ],
)
async def test_told(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        "what happened to seb at the start of the 70th anniversary gp",  # only his start and finish are told
        "waar viel vettel naar terug na de start in de jubileumrace",
        "where did verstappen crash in bahrain 2022",  # he retired; where on the track is not told
        "who retired first in bahrain 2022",  # the order of the retirements is not told
        "leclerc bahrain 2022 crash",  # a fragment naming a crash asks no place
        "was russell on the podium in bahrain 2022",  # his place is not told
        "was verstappen in het ziekenhuis na bahrein 2022",  # a yes-or-no question no fact answers
        "who was blamed for the collision in silverstone 2020",  # who was at fault is not told
    ],
)
async def test_not_told_is_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
