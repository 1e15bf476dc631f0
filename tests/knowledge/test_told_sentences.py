"""A question no fact kind holds, answered with the sentence of the race's articles that tells it (own
examples of each rule, both ways, over a real knowledge base)."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2023-05-monaco-race.txt": (
        "date 2023-05-28\n\nVerstappen wint in Monaco\n\n"
        "Max Verstappen won de Grote Prijs van Monaco voor Fernando Alonso en Esteban Ocon.\n\n"
        "Het asfalt was 41 graden warm. Lewis Hamilton droeg een gouden helm ter ere van zijn"
        " vader. Charles Leclerc had de hele middag problemen met een haperende DRS-klep.\n\n"
        "In de eerste vrije training had Lando Norris een kapotte versnellingsbak.\n\n"
        "In ronde 50 begon het te regenen. Het publiek zong voor Alonso.\n\n"
        'Als Alonso volgende week wint, heeft hij 34 overwinningen. "Ik droeg een helm met de kleuren van'
        ' Asturië," zei Alonso.\n'
    ),
    "2023-07-silverstone-race.txt": (
        "date 2023-07-09\n\nVerstappen wins at Silverstone\n\n"
        "Max Verstappen won the British Grand Prix from Lando Norris and Lewis Hamilton.\n\n"
        "Verstappen has now won 8 times in a row. Logan Sargeant spun out with a broken Formula 1"
        " gearbox.\n\n"
        "Christian Horner has now been team principal for 19 years. Oscar Piastri, who replaced Daniel"
        " Ricciardo at McLaren over the winter, finished fourth.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("hamilton monaco 2023 welke helm droeg hij", ["gouden helm"]),  # a quote-less sentence
        ("alonso monaco 2023 whose helmet was he wearing", ["Asturië"]),  # his words
        ("wat was het probleem van leclerc in monaco 2023", ["DRS"]),
        ("hoe warm was het asfalt in monaco 2023", ["41 graden"]),
        ("how many times in a row has verstappen won after silverstone 2023", ["8 times"]),
        ("who did piastri replace, silverstone 2023", ["Ricciardo"]),
        ("how many years has horner been team principal, silverstone 2023", ["19 years"]),
        ("wanneer begon het te regenen in monaco 2023", ["ronde 50"]),
    ],
)
async def test_told_by_its_sentence(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)
    answer = await told.ask(question)
    assert answer.sources[0].sentence in answer.text or answer.text.endswith('…"'), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel graden was de lucht in monaco 2023",  # "lucht" is in no sentence: every topic word is needed
        "hoeveel overwinningen heeft alonso na monaco 2023",  # only an "if he wins" sentence tells a number
        "wat was het probleem van norris in monaco 2023",  # practice's problem, the question is of the race
        "how many wins has sargeant after silverstone 2023",  # "Formula 1" is no number
        "how many years has wolff been team principal, silverstone 2023",  # Horner's years, not Wolff's
        "wat was het probleem van verstappen in monaco 2023",  # the DRS was Leclerc's, far from Verstappen
        "welke helm droeg hamilton in spa 2023",  # no article of that race
        "wanneer zong het publiek voor alonso in monaco 2023",  # the sentence tells no moment
    ],
)
async def test_no_sentence_tells_it(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
