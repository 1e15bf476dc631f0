"""Penalty points on a licence are answered as an article tells them, over a real knowledge base built from
articles written here; the size of a time penalty or a total of points stays another answer."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase

ARTICLES = {
    "2021-12-jeddah.txt": (
        "date 2021-12-06\n\nMax Verstappen kreeg in de GP van Saoedi-Arabië een tijdstraf van tien seconden."
        " Daarnaast kreeg Verstappen twee strafpunten op zijn superlicentie."
    ),
    "2021-11-brazil.txt": (
        "date 2021-11-15\n\nLewis Hamilton won in Brazilië. Verstappen staat nu op zes strafpunten."
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel strafpunten kreeg Verstappen in Saoedi-Arabië 2021?",
        "How many penalty points did Verstappen get in Jeddah 2021?",
        "how many penalty points did max get after the crash in jeddah 2021",  # "after" the cause
    ],
)
async def test_licence_points_told(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered", answer.text
    assert "2" in answer.text and "10" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel strafpunten kreeg Verstappen in Brazilië 2021?",  # a total he had, not points handed out
        "Hoeveel strafpunten kreeg Hamilton in Saoedi-Arabië 2021?",  # another driver
        # his total on the licence after that race, not the points handed out there
        "How many penalty points was Verstappen on after Jeddah 2021?",
        "hoeveel strafpunten stond verstappen op na saoedi-arabie 2021",
        "verstappen strafpunten totaal na jeddah 2021",
        "max penalty points after jeddah 2021",  # a fragment without a verb of getting: his total then
    ],
)
async def test_licence_points_not_told(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_the_penalties_list_names_the_points(told: KnowledgeBase) -> None:
    answer = await told.ask("Welke straf kreeg Verstappen in Saoedi-Arabië 2021?")
    assert answer.status == "answered" and "strafpunten" in answer.text and "tijdstraf" in answer.text
