"""Tyres (start and finish compound, the tyre that failed) and the lap of a retirement, crash, collision or
overtake are answered only as an article states them, in Dutch and English, over a real knowledge base
built from articles written here. A neighbouring question (the finish compound when only the start is told,
the lap of his crash when his retirement is asked, another driver, another race) stays unknown."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "canada-2023.txt": (
        "date 2023-06-19\n\nMax Verstappen heeft de Grand Prix van Canada gewonnen. Hij startte op de"
        " mediums en eindigde op de harde banden. Fernando Alonso begon op de mediums.\n\nIn de eerste"
        " ronde crashte Logan Sargeant in de muur, maar hij kon verder. Esteban Ocon viel in ronde 38 uit"
        " met een kapotte versnellingsbak. In de 42ste ronde ging Lewis Hamilton voorbij Charles Leclerc.\n"
        "\nGeorge Russell reed lang vijfde. Zijn rechter achterband klapte in de slotfase.\n"
    ),
    "hungary-2021-en.txt": (
        "date 2021-08-02\nlang en\n\nEsteban Ocon won the Hungarian Grand Prix. Rain fell just before the"
        " start, so the whole field started on intermediates.\n\nLance Stroll crashed on the opening lap."
        " Yuki Tsunoda retired on lap 30 with a gearbox problem. Kimi Raikkonen collided with Daniel"
        " Ricciardo on lap 12.\n"
    ),
}


TYRES = [
    ("Op welke banden begon Verstappen in Canada 2023?", ["mediums"]),
    ("On which tyres did Verstappen start in Canada 2023?", ["mediums"]),
    ("Op welke banden eindigde Verstappen de race in Canada 2023?", ["harde banden"]),
    ("What compound did Max finish on in Canada 2023?", ["hards"]),
    ("Op welke band startte Alonso in Canada 2023?", ["mediums", "Alonso"]),
    # the compound by its own name too, as fans write it
    ("Op welke band startte Alonso in Canada 2023?", ["de medium"]),
    ("Welke band van Russell klapte in Canada 2023?", ["rechter achterband"]),
    ("Which tyre of Russell failed in Canada 2023?", ["right-rear"]),
    ("Op welke banden vertrokken de coureurs in Hongarije 2021?", ["intermediates"]),
    ("What tyres did the drivers start on in Hungary 2021?", ["intermediates"]),
    ("Op welke banden begon Ocon in Hongarije 2021?", ["intermediates"]),
]
LAPS = [
    ("In welke ronde viel Ocon uit in Canada 2023?", ["ronde 38"]),
    ("On which lap did Ocon retire in Canada 2023?", ["lap 38"]),
    ("In welke ronde crashte Sargeant in Canada 2023?", ["ronde 1"]),
    ("In welke ronde ging Hamilton voorbij Leclerc in Canada 2023?", ["ronde 42"]),
    ("On what lap did Hamilton overtake Leclerc in Canada 2023?", ["lap 42"]),
    ("On which lap did Stroll crash in Hungary 2021?", ["lap 1"]),
    ("In welke ronde viel Tsunoda uit in Hongarije 2021?", ["ronde 30"]),
    ("On which lap did Raikkonen collide with Ricciardo in Hungary 2021?", ["lap 12"]),
    ("In welke ronde botste Ricciardo met Räikkönen in Hongarije 2021?", ["ronde 12"]),
]


@pytest.mark.parametrize("question, expected", TYRES + LAPS)
async def test_told_tyres_and_laps(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # tyres: the finish when only the start is told, another driver, another race, no role asked
        "Op welke banden eindigde Alonso in Canada 2023?",
        "What tyres did Leclerc start on in Canada 2023?",
        "Which tyre of Verstappen failed in Canada 2023?",
        "Op welke banden eindigden de coureurs in Hongarije 2021?",
        "Op welke banden begon Verstappen in Canada 2022?",
        "Welke banden gebruikte Verstappen in Canada 2023?",
        "How many sets of mediums did Verstappen use in Canada 2023?",
        "Welke band van Sargeant klapte in Canada 2023?",
        "Op welke banden begon Verstappen de sprint in Canada 2023?",
        # laps: the crash lap is not the retirement lap, another driver, the passed one as passer, a pit stop
        "In welke ronde viel Sargeant uit in Canada 2023?",
        "On which lap did Ocon crash in Canada 2023?",
        "In welke ronde viel Hamilton uit in Canada 2023?",
        "In welke ronde ging Leclerc voorbij Hamilton in Canada 2023?",
        "In welke ronde werd Hamilton door Leclerc ingehaald in Canada 2023?",
        "On which lap did Verstappen pit in Canada 2023?",
        "On which lap did Stroll retire in Hungary 2021?",
        "In welke ronde botste Tsunoda met Ricciardo in Hongarije 2021?",
        "In welke ronde viel Ocon uit in Canada 2022?",
    ],
)
async def test_neighbours_stay_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text
