"""Starts and penalties as the articles tell them, over a real knowledge base built from articles written
here: on a sprint weekend the sprint, not qualifying, sets the race's grid, and another driver's grid penalty
moves it (a qualifying place answers "where did he qualify", not "where did he start"); a grid penalty for the
next race names that race and applies there, not where it was earned; a why about qualifying is no why about
the start; a summary says he won."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase

ARTICLES = {
    # Imola 2022 had a sprint; Barcelona and Le Castellet 2022 did not
    "imola.txt": "date 2022-04-22\n\nLeclerc was de snelste in de kwalificatie in Imola, waar Hamilton zich"
    " als veertiende kwalificeerde.",
    "spain.txt": "date 2022-05-21\n\nLeclerc pakte pole in Barcelona, Hamilton kwalificeerde zich als zesde.",
    "france.txt": "date 2022-07-23\n\nLeclerc pakte pole in Frankrijk. Sainz kwalificeerde zich als"
    " vierde. Hamilton kwalificeerde zich als zesde. Russell kreeg een gridstraf van vijf plaatsen.",
    "austin.txt": "date 2018-10-21\n\nVerstappen moest als gevolg van een nieuwe versnellingsbak vijf"
    " plaatsen naar achteren op de startopstelling.",
    "monza-2021.txt": "date 2021-09-13\n\nMax Verstappen kreeg in Monza een gridstraf van drie plaatsen voor"
    " de komende race, omdat hij de botsing met Hamilton veroorzaakte.",
    "spa-2021.txt": "date 2021-08-29\n\nNorris kreeg in Spa een gridstraf van vijf plaatsen.",
    "monza-2019.txt": "date 2019-09-07\n\nMax Verstappen kreeg in Monza een gridstraf wegens een nieuwe"
    " motor.",
    "baku.txt": "date 2021-06-06\n\nSergio Pérez won de Grand Prix van Azerbeidzjan.",
    "imola-sprint.txt": "date 2022-04-23\n\nMax Verstappen won de sprint in Imola.",
    # a grid penalty for the next race applies there, not where it was earned
    "hungary-2022.txt": "date 2022-07-30\n\nOcon kwalificeerde zich in Hongarije als achtste. Hij kreeg"
    " daar ook een gridstraf van drie plaatsen voor de volgende race.",
    "belgium-2022.txt": "date 2022-08-27\n\nOcon kwalificeerde zich in Spa als tiende.",
}


@pytest.mark.parametrize(
    "question, expected",
    [
        # a qualifying place answers where he qualified, and where he started when nothing moved the grid
        ("waar kwalificeerde hamilton zich in imola 2022", "veertiende"),
        ("vanaf welke plek startte hamilton in spanje 2022", "zesde"),
        ("waar kwalificeerde hamilton zich in frankrijk 2022", "zesde"),
        # a grid penalty for the next race names that race
        ("for which race was max's grid penalty after monza 2021", "Russian"),
        # a why about the start is answered with its penalty's reason
        ("why did max start at the back in monza 2019", "motor"),
        # a summary says he won the race, or the sprint
        ("checo baku 2021", "won de race"),
        ("max sprint imola 2022", "won de sprint"),
        # his grid penalty for the next race does not move his start where he earned it
        ("vanaf welke plek startte ocon in hongarije 2022", "achtste"),
    ],
)
async def test_told(told: KnowledgeBase, question: str, expected: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered" and expected in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # a sprint weekend: the sprint, not qualifying, set the race's grid
        "vanaf welke plek startte hamilton de race in imola 2022",
        # Russell's grid penalty may have moved him: where he started is not told
        "vanaf welke plek startte hamilton in frankrijk 2022",
        # a penalty the article does not say is for the next race names no other race
        "voor welke race was de gridstraf van norris in spa 2021",
        # a why that names the penalty is answered by its reason only
        "why did verstappen get a 5 place grid drop in austin 2018",
        # a why about qualifying is no why about the start
        "why did max not set a time in quali monza 2019",
        # the next race: his grid penalty from the race before applies, so qualifying is not his start
        "vanaf welke plek startte ocon in belgie 2022",
    ],
)
async def test_not_told(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
