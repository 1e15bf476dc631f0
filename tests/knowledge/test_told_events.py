"""Overtakes, safety cars and red flags, fines and champions are answered only as an article states them,
in Dutch and English, over a real knowledge base built from articles written here. A question the
articles do not answer exactly (another moment, another place, another kind of neutralisation, a count)
stays unknown: never "no", never a neighbouring fact."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told, open_kb, write_articles

ARTICLES = {
    "monza-2021.txt": (
        "date 2021-09-12\n\nDaniel Ricciardo heeft de Grand Prix van Italië gewonnen. Ricciardo haalde Max"
        " Verstappen bij de start in voor de leiding. Lando Norris werd tweede.\n\nDe safety car kwam de baan"
        " op na de crash tussen Verstappen en Lewis Hamilton. In ronde 30 passeerde Charles Leclerc Sergio"
        " Pérez voor de vierde plaats.\n"
    ),
    "monza-2021-en.txt": (
        "date 2021-09-13\nlang en\n\nDaniel Ricciardo won the Italian Grand Prix for McLaren. Carlos Sainz"
        " got past Lance Stroll on lap 20.\n\nMax Verstappen was fined €5,000 for leaving his car without"
        " permission. McLaren was fined €10,000 for an unsafe release.\n"
    ),
    "bahrain-2020.txt": (
        "date 2020-11-29\nlang en\n\nLewis Hamilton won the Bahrain Grand Prix. The race was red-flagged"
        " after Romain Grosjean crashed into the barrier on the first lap. Later the safety car was deployed"
        " when Lance Stroll's car was flipped over.\n"
    ),
    "abu-dhabi-2021.txt": (
        "date 2021-12-13\n\nMax Verstappen werd in Abu Dhabi wereldkampioen. Hij haalde Lewis Hamilton in de"
        " laatste ronde in. Mercedes werd voor de achtste keer op rij constructeurskampioen.\n\nDe safety car"
        " kwam in de slotfase de baan op vanwege een crash van Nicholas Latifi.\n"
    ),
    "brazil-2018.txt": (
        "date 2018-11-12\n\nLewis Hamilton won de Grand Prix van Brazilië. Max Verstappen werd tweede. Na de"
        " race kreeg Verstappen een boete van 5000 euro voor het duwen van Esteban Ocon in de weegruimte.\n"
    ),
    "review-2020.txt": (
        "date 2020-12-20\nlang en\n\nLewis Hamilton clinched the title in Turkey. Mercedes won the"
        " constructors' championship for the seventh time in a row.\n"
    ),
    "austria-2022.txt": (
        "date 2022-07-10\nlang en\n\nCharles Leclerc won the Austrian Grand Prix. A virtual safety car was"
        " called after Carlos Sainz's engine caught fire. Ferrari was fined €5,000 after the race for"
        " releasing Sainz without a wheel nut.\n"
    ),
}


@pytest.fixture
async def told(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    base = await open_kb(tmp_path / "db" / "kb.sqlite3", write_articles(tmp_path / "articles", ARTICLES))
    try:
        yield base
    finally:
        await base.close()


OVERTAKES = [
    ("Wie haalde Verstappen in bij de start in Monza 2021?", ["Ricciardo"]),
    ("Who overtook Verstappen at the start in Monza 2021?", ["Ricciardo"]),
    ("Who overtook Verstappen for the lead in Monza 2021?", ["Ricciardo", "for the lead"]),
    ("Wie nam de leiding over van Verstappen in Monza 2021?", ["Ricciardo", "voor de leiding"]),
    ("Wie haalde Verstappen in in Monza 2021?", ["Ricciardo", "bij de start"]),
    ("Who took the lead from Verstappen in Monza 2021?", ["Ricciardo"]),
    ("Haalde Ricciardo Verstappen in in Monza 2021?", ["Ja", "Ricciardo"]),
    ("Did Ricciardo overtake Verstappen in Monza 2021?", ["Yes", "Ricciardo"]),
    ("Wie passeerde Pérez in Monza 2021?", ["Leclerc", "P4", "ronde 30"]),
    ("Who passed Perez on lap 30 in Monza 2021?", ["Leclerc"]),
    ("Who overtook Pérez for fourth in Monza 2021?", ["Leclerc", "P4"]),
    ("Wie ging Pérez voorbij in ronde 30 in Monza 2021?", ["Leclerc"]),
    ("Who did Leclerc pass in Monza 2021?", ["Pérez"]),
    ("Wie werd door Leclerc ingehaald in Monza 2021?", ["Pérez"]),
    ("Who got past Stroll in Monza 2021?", ["Sainz", "lap 20"]),
    ("Wie haalde Stroll in in ronde 20 in Monza 2021?", ["Sainz"]),
    ("Did Sainz pass Stroll in Monza 2021?", ["Yes", "Sainz"]),
    ("Wie haalde Hamilton in in de laatste ronde in Abu Dhabi 2021?", ["Verstappen"]),
    ("Who overtook Hamilton on the last lap in Abu Dhabi 2021?", ["Verstappen", "last lap"]),
    ("Wie passeerde Hamilton in Abu Dhabi 2021?", ["Verstappen", "laatste ronde"]),
    ("Who did Verstappen overtake in Abu Dhabi 2021?", ["Hamilton"]),
    ("Haalde Verstappen Hamilton in in Abu Dhabi 2021?", ["Ja"]),
]
NEUTRALISATIONS = [
    ("Was there a safety car in Bahrain 2020?", ["Yes", "safety car", "Stroll"]),
    ("Was er een safety car in Bahrein 2020?", ["Ja", "safety car"]),
    ("Why was there a safety car in Bahrain 2020?", ["flipped"]),
    ("Waarom ging de rode vlag uit in Bahrein 2020?", ["rode vlag", "Grosjean"]),
    ("What caused the red flag in Bahrain 2020?", ["Grosjean crashed"]),
    ("Was the race in Bahrain 2020 red-flagged?", ["Yes", "red flag"]),
    ("Was er een rode vlag in Bahrein 2020?", ["Ja", "rode vlag"]),
    ("Wat was de oorzaak van de rode vlag in Bahrein 2020?", ["Grosjean"]),
    ("Waarom kwam de safety car in Abu Dhabi 2021?", ["Latifi"]),
    ("Why did the safety car come out in Abu Dhabi 2021?", ["Latifi"]),
    ("Was there a safety car in Abu Dhabi 2021?", ["Yes", "Latifi"]),
    ("Kwam er een safety car in Abu Dhabi 2021?", ["Ja"]),
    ("Wie veroorzaakte de safety car in Abu Dhabi 2021?", ["Latifi"]),
    ("Which driver crashed and brought out the safety car in Abu Dhabi 2021?", ["Latifi"]),
    ("Whose crash triggered the safety car in Abu Dhabi 2021?", ["Latifi"]),
    ("Kwam de safety car na de crash van Latifi in Abu Dhabi 2021?", ["Latifi"]),
    ("Waarom kwam de safety car in Monza 2021?", ["Verstappen en Lewis Hamilton"]),
    ("Was there a safety car in Monza 2021?", ["Yes"]),
    ("Was there a virtual safety car in Austria 2022?", ["Yes", "virtual safety car"]),
    ("Waarom was er een virtuele safety car in Oostenrijk 2022?", ["engine caught fire"]),
    ("What caused the VSC in Austria 2022?", ["Sainz"]),
    ("Was er een VSC in Oostenrijk 2022?", ["Ja"]),
]
FINES = [
    ("Hoeveel boete kreeg Verstappen in Brazilië 2018?", ["5.000 euro"]),
    ("How much was Verstappen fined in Brazil 2018?", ["€5,000"]),
    ("Why was Verstappen fined in Brazil 2018?", ["Ocon"]),
    ("Waarom kreeg Verstappen een boete in Brazilië 2018?", ["Ocon"]),
    ("Kreeg Verstappen een boete in Brazilië 2018?", ["boete", "5.000"]),
    ("Was Verstappen fined in Brazil 2018?", ["fined"]),
    ("Welke boete kreeg Verstappen in 2018?", ["5.000 euro"]),
    ("Hoeveel boete kreeg Verstappen in Monza 2021?", ["5.000 euro"]),
    ("Why was Verstappen fined in Monza 2021?", ["leaving his car"]),
    ("Why was McLaren fined in Monza 2021?", ["unsafe release"]),
    ("Hoeveel boete kreeg McLaren in Monza 2021?", ["10.000 euro"]),
    ("How much was McLaren fined at Monza in 2021?", ["€10,000"]),
    ("Waarom kreeg McLaren een boete in Monza 2021?", ["unsafe release"]),
    ("Why was Ferrari fined in Austria 2022?", ["wheel nut"]),
    ("Hoeveel boete kreeg Ferrari in Oostenrijk 2022?", ["5.000 euro"]),
    ("Welke boete kreeg Ferrari in Oostenrijk 2022?", ["Ferrari"]),
    ("How big was Ferrari's fine in Austria 2022?", ["€5,000"]),
    ("Waarom werd Ferrari beboet in Oostenrijk 2022?", ["wheel nut"]),
    ("Was McLaren fined in 2021?", ["€10,000"]),
    ("Welke boete kreeg McLaren in 2021?", ["10.000 euro"]),
]
CHAMPIONS = [
    ("Wie werd wereldkampioen in 2021?", ["Verstappen"]),
    ("Who became world champion in 2021?", ["Verstappen"]),
    ("Who won the 2021 title?", ["Verstappen"]),
    ("Werd Verstappen kampioen in 2021?", ["Verstappen", "P1"]),
    ("Wie won het kampioenschap in 2021?", ["Verstappen"]),
    ("Who was world champion in 2020?", ["Hamilton"]),
    ("Wie werd kampioen in 2020?", ["Hamilton"]),
    ("Who won the drivers' championship in 2020?", ["Hamilton"]),
    ("Wie pakte de titel in 2020?", ["Hamilton"]),
    ("Did Hamilton win the title in 2020?", ["Hamilton"]),
    ("Welk team werd constructeurskampioen in 2021?", ["Mercedes"]),
    ("Which team won the constructors' championship in 2021?", ["Mercedes"]),
    ("Who won the constructors' title in 2021?", ["Mercedes"]),
    ("Wie won het constructeurskampioenschap in 2021?", ["Mercedes"]),
    ("Werd Mercedes constructeurskampioen in 2021?", ["Ja", "Mercedes"]),
    ("Who won the constructors' championship in 2020?", ["Mercedes"]),
    ("Welk team won de constructeurstitel in 2020?", ["Mercedes"]),
    ("Did Mercedes win the constructors' title in 2020?", ["Yes", "Mercedes"]),
    ("Wie werd constructeurskampioen in 2020?", ["Mercedes"]),
    ("Which constructor won the 2020 constructors' title?", ["Mercedes"]),
]


@pytest.mark.parametrize("question, expected", OVERTAKES + NEUTRALISATIONS + FINES + CHAMPIONS)
async def test_told_events(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


def test_enough_questions_in_both_languages() -> None:
    for kind in (OVERTAKES, NEUTRALISATIONS, FINES, CHAMPIONS):
        assert len(kind) >= 20


@pytest.mark.parametrize(
    "question",
    [
        # overtakes: another place, moment, role or race; counts; nobody named
        "Who overtook Verstappen for P3 in Monza 2021?",
        "Wie haalde Verstappen in in de laatste ronde in Monza 2021?",
        "Who overtook Ricciardo in Monza 2021?",
        "Wie haalde Leclerc in in Monza 2021?",
        "Who did Stroll overtake in Monza 2021?",
        "Hoeveel inhaalacties deed Leclerc in Monza 2021?",
        "Who overtook Pérez at the start in Monza 2021?",
        "Wie haalde Hamilton in in Monza 2021?",
        "Haalde Verstappen Ricciardo in in Monza 2021?",
        # neutralisations: another kind, no cause told, a count or duration, a race without any
        "Was there a red flag in Abu Dhabi 2021?",
        "Was er een virtuele safety car in Bahrein 2020?",
        "Hoe lang bleef de safety car op de baan in Abu Dhabi 2021?",
        "How many safety cars were there in Bahrain 2020?",
        "Was there a safety car in Brazil 2018?",
        "Waarom ging de rode vlag uit in Monza 2021?",
        "Kwam de safety car na de crash van Ocon in Abu Dhabi 2021?",
        # who, when the article names nobody for it: no "there was a red flag"
        "Which driver caused the red flag in Monza 2021?",
        "Welke coureur zorgde voor de virtuele safety car in Bahrein 2020?",
        # fines: another driver or team, a sporting penalty, no reason told
        "Hoeveel boete kreeg Hamilton in Brazilië 2018?",
        "Why was Mercedes fined in Monza 2021?",
        "Welke tijdstraf kreeg Verstappen in Brazilië 2018?",
        "Hoeveel boete kreeg Sainz in Oostenrijk 2022?",
        # champions: a season nobody told, another team, a place in the constructors' standings
        "Wie werd wereldkampioen in 2019?",
        "Welk team werd constructeurskampioen in 2019?",
        "Did Ferrari win the constructors' title in 2021?",
        "Waar eindigde Ferrari in het constructeurskampioenschap van 2021?",
    ],
)
async def test_not_told_is_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Was there a safety car in Bahrain?", "2020"),
        ("Welk team werd constructeurskampioen?", "2021"),
        ("Waarom kreeg McLaren een boete?", "2021"),
        ("Wie haalde Hamilton in in de laatste ronde in Abu Dhabi?", "2021"),
    ],
)
async def test_without_a_season_the_newest_season_told(
    told: KnowledgeBase, question: str, expected: str
) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered" and expected in answer.text, answer.text
