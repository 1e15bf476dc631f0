"""A question no fact kind holds, answered with the sentence of the race's articles that tells it (own
examples of each rule, both ways, over a real knowledge base)."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    # a piece of the week after one race that tells of the next in passing
    "2023-03-07-after-bahrain.txt": (
        "date 2023-03-07\n\nVerstappen wint in Bahrein\n\n"
        "Max Verstappen won de Grote Prijs van Bahrein. Bij de Grand Prix van Saoedi-Arabië wordt Lance"
        " Stroll vervangen door Felipe Drugovich.\n"
    ),
    "2023-05-monaco-race.txt": (
        "date 2023-05-28\n\nVerstappen wint in Monaco\n\n"
        "Max Verstappen won de Grote Prijs van Monaco voor Fernando Alonso en Esteban Ocon.\n\n"
        "Het asfalt was 41 graden warm. Lewis Hamilton droeg een gouden helm ter ere van zijn"
        " vader. Charles Leclerc had de hele middag problemen met een haperende DRS-klep.\n\n"
        "In de eerste vrije training had Lando Norris een kapotte versnellingsbak.\n\n"
        "In ronde 50 begon het te regenen. Het publiek zong voor Alonso. In totaal werden er 78 ronden"
        " verreden. Na de eerste ronde remde Ocon bij bocht 3 te laat. Het was de tiende pole van Verstappen"
        " dit seizoen. Verstappen pakte zo zijn twintigste pole uit zijn carrière. Hamilton kwam door de"
        " overwinning van zijn rivaal op acht punten.\n\n"
        'Als Alonso volgende week wint, heeft hij 34 overwinningen. "Ik droeg een helm met de kleuren van'
        ' Asturië," zei Alonso.\n'
    ),
    "2023-07-silverstone-race.txt": (
        "date 2023-07-09\n\nVerstappen wins at Silverstone\n\n"
        "Max Verstappen won the British Grand Prix from Lando Norris and Lewis Hamilton. After the first lap"
        " Norris braked late at turn 3 and ran wide.\n\n"
        "Verstappen has now won 8 times in a row. Logan Sargeant spun out with a broken Formula 1"
        " gearbox.\n\n"
        "Stats: - Norris has scored points in every race this year. - Verstappen equalled the record of nine"
        " wins at one circuit, set by Schumacher in Magny-Cours. - Sargeant has finished last in every race"
        " of the season so far, a run he hopes to end soon in Zandvoort.\n\n"
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
        ("hoeveel ronden werden er verreden in monaco 2023", ["78 ronden"]),
        # its number, told in words; unasked, of his career, not of the season
        ("welke pole was het voor max in monaco 2023", ["twintigste pole"]),
        ("verstappen pole monaco 2023, de hoeveelste dit jaar?", ["tiende pole"]),
        ("wie verving stroll in jeddah 2023", ["Drugovich"]),  # told the week before, naming the race
        # the item of a line of several that tells it, not the line cut where the reply ends
        ("what record did verstappen equal at silverstone 2023", ["nine wins at one circuit"]),
    ],
)
async def test_told_by_its_sentence(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)
    answer = await told.ask(question)
    quoted = answer.text.split('"', 1)[1].rstrip('"').rstrip("…")
    assert quoted and quoted in answer.sources[0].sentence, answer.text  # the article's words, as written


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
        "wie verving stroll in australie 2023",  # the sentence names another race
        "hoeveel ronden remde ocon te laat in monaco 2023",  # "bocht 3" is a number, no count of laps
        "hoeveelste overwinning voor hamilton in monaco 2023",  # "acht punten" counts no wins
        "wanneer zong het publiek voor alonso in monaco 2023",  # the sentence tells no moment
    ],
)
async def test_no_sentence_tells_it(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
