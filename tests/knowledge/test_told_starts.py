"""Starts and penalties as the articles tell them, over a real knowledge base built from articles written
here: on a sprint weekend the sprint, not qualifying, sets the race's grid, and another driver's grid penalty
moves it (a qualifying place answers "where did he qualify", not "where did he start"); a grid penalty for the
next race names that race; a why about qualifying is no why about the start; a summary says he won."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import write_articles

ARTICLES = {
    # Imola 2022 had a sprint; Barcelona 2022 did not
    "imola.txt": "date 2022-04-22\n\nLeclerc was de snelste in de kwalificatie in Imola, waar Hamilton zich"
    " als veertiende kwalificeerde.",
    "spain.txt": "date 2022-05-21\n\nLeclerc pakte pole in Barcelona, Hamilton kwalificeerde zich als zesde.",
}


@pytest.fixture
async def kb(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    base = await KnowledgeBase.open(tmp_path / "db" / "kb.sqlite3")
    report = await base.reload(write_articles(tmp_path / "articles", ARTICLES))
    assert not report.failed, report.failed
    try:
        yield base
    finally:
        await base.close()


async def test_a_qualifying_place_is_no_race_start_on_a_sprint_weekend(kb: KnowledgeBase) -> None:
    assert (await kb.ask("vanaf welke plek startte hamilton de race in imola 2022")).status == "unknown"
    quali = await kb.ask("waar kwalificeerde hamilton zich in imola 2022")
    assert quali.status == "answered" and "veertiende" in quali.text


async def test_a_qualifying_place_answers_the_start_on_another_weekend(kb: KnowledgeBase) -> None:
    answer = await kb.ask("vanaf welke plek startte hamilton in spanje 2022")
    assert answer.status == "answered" and "zesde" in answer.text


async def test_a_grid_penalty_for_the_next_race_names_that_race(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db2" / "kb.sqlite3")
    try:
        await base.reload(
            write_articles(
                tmp_path / "more",
                {
                    "monza.txt": "date 2021-09-13\n\nMax Verstappen kreeg in Monza een gridstraf van drie"
                    " plaatsen voor de komende race, omdat hij de botsing met Hamilton veroorzaakte.",
                    "spa.txt": "date 2021-08-29\n\nNorris kreeg in Spa een gridstraf van vijf plaatsen.",
                },
            )
        )
        answer = await base.ask("for which race was max's grid penalty after monza 2021")
        assert answer.status == "answered" and "Russian" in answer.text
        # a penalty the article does not say is for the next race names no other race
        assert (await base.ask("voor welke race was de gridstraf van norris in spa 2021")).status == "unknown"
    finally:
        await base.close()


async def test_another_drivers_grid_penalty_makes_qualifying_no_start(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db3" / "kb.sqlite3")
    try:
        await base.reload(
            write_articles(
                tmp_path / "grid",
                {
                    "spain.txt": "date 2022-05-21\n\nLeclerc pakte pole in Barcelona. Sainz kwalificeerde"
                    " zich als vierde. Hamilton kwalificeerde zich als zesde. Russell kreeg een gridstraf"
                    " van vijf plaatsen.",
                    "austin.txt": "date 2018-10-21\n\nVerstappen moest als gevolg van een nieuwe"
                    " versnellingsbak vijf plaatsen naar achteren op de startopstelling.",
                },
            )
        )
        # Russell's penalty may have moved him: where he started is not told
        assert (await base.ask("vanaf welke plek startte hamilton in spanje 2022")).status == "unknown"
        quali = await base.ask("waar kwalificeerde hamilton zich in spanje 2022")
        assert quali.status == "answered" and "zesde" in quali.text
        # a why that names the penalty is answered by its reason only
        assert (
            await base.ask("why did verstappen get a 5 place grid drop in austin 2018")
        ).status == "unknown"
    finally:
        await base.close()


async def test_a_summary_says_he_won_the_race_or_the_sprint(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db4" / "kb.sqlite3")
    try:
        await base.reload(
            write_articles(
                tmp_path / "won",
                {
                    "baku.txt": "date 2021-06-06\n\nSergio Pérez won de Grand Prix van Azerbeidzjan.",
                    "imola.txt": "date 2022-04-23\n\nMax Verstappen won de sprint in Imola.",
                },
            )
        )
        race = await base.ask("checo baku 2021")
        assert race.status == "answered" and "won de race" in race.text
        sprint = await base.ask("max sprint imola 2022")
        assert sprint.status == "answered" and "won de sprint" in sprint.text
    finally:
        await base.close()


async def test_a_why_about_qualifying_is_not_answered_with_a_grid_penalty(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db5" / "kb.sqlite3")
    try:
        await base.reload(
            write_articles(
                tmp_path / "monza",
                {
                    "monza.txt": "date 2019-09-07\n\nMax Verstappen kreeg in Monza een gridstraf wegens een"
                    " nieuwe motor.",
                },
            )
        )
        assert (await base.ask("why did max not set a time in quali monza 2019")).status == "unknown"
        start = await base.ask("why did max start at the back in monza 2019")
        assert start.status == "answered" and "motor" in start.text
    finally:
        await base.close()
