"""Questions found in the blind sets of 5 December (sets 40 and 41), over a real knowledge base built from
articles written here: a crash on a lap named, the podium asked with "stond X erbij", a grid place after
penalties; a why, a who about somebody else, and a lap no crash is told on stay unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2021-12-saudi.txt": (
        "date 2021-12-05\n\nLewis Hamilton won de Grand Prix van Saoedi-Arabië. Max Verstappen werd tweede en"
        " Valtteri Bottas derde. Mick Schumacher crashte in ronde 10 in de muur. Nikita Mazepin crashte in de"
        " eerste ronde. Hamilton kreeg twee strafpunten."
    ),
    "2022-11-brazil.txt": (
        "date 2022-11-13\n\nGeorge Russell won de Grand Prix van São Paulo. Max Verstappen kreeg een"
        " tijdstraf van vijf seconden en twee strafpunten voor het aantikken van Lewis Hamilton. Daniel"
        " Ricciardo startte als zesde. Russell boekte zijn 50ste overwinning in de Formule 1."
    ),
    "2022-10-usa.txt": (
        "date 2022-10-24\n\nAlonso kreeg een tijdstraf van dertig seconden. Door deze straf zakt Alonso in de"
        " uitslag van de Amerikaanse Grand Prix van de zevende naar de vijftiende plaats."
    ),
    "2022-10-usa-later.txt": (
        "date 2022-10-28\n\nNa een protest heeft Fernando Alonso zijn zevende plaats in de Amerikaanse Grand"
        " Prix teruggekregen."
    ),
    "2022-09-monza.txt": (
        "date 2022-09-10\n\nVerstappen pakte de tweede tijd in de kwalificatie voor de Grand Prix van Italië."
        " Hij kreeg een gridstraf van vijf plaatsen voor een nieuwe motor. Hierdoor staat Verstappen niet"
        " tweede op de grid maar zevende."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        ("who crashed on lap 10 in jeddah 2021", "Schumacher", "Mazepin"),
        ("wie crashte er in de 1e ronde in saoedi-arabie 2021", "Mazepin", "Schumacher"),
        ("podium saoedi-arabie 2021, stond bottas erbij?", "Hamilton, Verstappen", "Nee"),
        ("podiun gp saoedi-arabie 2021?", "Hamilton, Verstappen", "Mazepin"),
        ("monza 2022 max grid position after penalties", "P7", "P2"),
        ("max straf brazilie 2022 hoeveel sec", "5 seconden", "strafpunten"),
        ("ricciardo sao paulo 2022 starting position", "P6", "Russell"),
        # the place the penalty put him in, as told; not his result after the appeal
        ("naar welke plek zakte alonso door die straf in austin 2022", "vijftiende", "zevende"),
        ("where did alonso drop to after the penalty, us gp 2022", "P15", "P7"),
        # a race typed without its hyphen
        ("wie won saoedi arabie 2021", "Hamilton", "Verstappen"),
        # the number of a win: his career's, told at that race
        ("hoeveelste gp zege was sao paulo 2022 voor russell", "50", "Verstappen"),
    ],
)
async def test_told(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        "who crashed on lap 30 in jeddah 2021",  # no crash is told on that lap
        "waarom kreeg hamilton zn strafpunten in saoedi-arabie 2021",  # the count is no why
        "wie kwam net voor max uit de pitbox in de kwali in monza 2022",  # somebody else than Max
        "who started behind verstappen in monza 2022",  # nobody else's start is told
        "verstapen sao paulo 2022 eindpositie",  # his finish is not told
        "max straf brazilie 2022, wat kostte hem dat?",  # what it cost him is not told
        "what did max do with his trophy in brazil 2022",  # nor what he did with something
        "hoeveelste zege van 2022 was sao paulo voor russell",  # the season's number is not told
        "in zijn hoeveelste race won russell zijn eerste gp in sao paulo 2022",  # nor the race number
        "waarvoor kreeg max 10 sec straf in sao paulo 2022",  # a penalty of another size is another penalty
        "what happened to max's penalty points in brazil 2022",  # what became of them is not told
    ],
)
async def test_not_told_is_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
