"""knowledge.extract.fastest: who set the fastest lap, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Max Verstappen won de Grand Prix van Mexico. "


def fastest(a: ParsedArticle) -> list[tuple[str, str | None]]:
    return [(f.driver, f.grand_prix) for f in facts_of(a, "fastest_lap") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Lewis Hamilton reed in de slotronde de snelste raceronde.", "hamilton"),
        ("Bottas pakte nog het bonuspunt voor de snelste ronde.", "bottas"),
        (
            "Dat Bottas in de laatste ronde nog het puntje voor de snelste raceronde afnam, deerde niemand.",
            "bottas",
        ),
        ("Norris moest de snelste ronde in de laatste ronde afstaan aan Daniel Ricciardo.", "ricciardo"),
        ("Hamilton, who gained an extra point for the fastest lap, finished second.", "hamilton"),
        ("The Briton settled for second, with Sergio Perez setting the fastest lap.", "perez"),
        ("Not classified: Kevin Magnussen (Haas). Fastest lap: Lewis Hamilton 1:19.232", "hamilton"),
        ("In de slotfase liet Verstappen ook de snelste ronde van de dag noteren.", "max_verstappen"),
        # a line of session bests: the race's lap time, then its driver in brackets
        ("Snelste tijd Q2 1:16.204 (Bottas) Snelste raceronde 1:18.741 (Norris) Podium: volgt", "norris"),
        ("Fastest time FP3: 1:17.002 (Gasly). Fastest lap: 1:18.741 (Norris).", "norris"),
    ],
)
def test_fastest_lap(parse: Parse, sentence: str, driver: str) -> None:
    assert fastest(parse(OPENING + sentence, date="2021-11-08")) == [(driver, "mexico")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De snelste ronde levert een punt op als die in de top tien wordt gereden.",
        "Zijn late poging om de snelste ronde te rijden mislukte.",
        "Verstappen pitted late to try and take the fastest lap point.",
        "Leclerc reed in Q3 de snelste ronde en pakte de pole.",
        "Als hij de titel wil, moet hij winnen en de snelste ronde uit zijn auto persen.",
        "He has set the most fastest laps this season.",
        "Hamilton did not get the fastest lap this time.",
        "Om als team eerste en tweede te worden en ook de snelste ronde te rijden, is uniek.",
        "Norris moest de snelste ronde in de laatste ronde afstaan.",
        # held for a while, then taken by someone else
        "Norris held the fastest lap until Sainz pitted for fresh tyres late on.",
        "Norris had lang de snelste ronde in handen tot Sainz in de slotronde sneller ging.",
        # a session's best time in brackets is no fastest lap of the race
        "Snelste tijd Q3 1:15.112 (Sainz) Snelste tijd VT1 1:17.020 (Ocon)",
        "Snelste ronde Q3: 1:15.112 (Sainz)",
    ],
)
def test_no_fastest_lap(parse: Parse, sentence: str) -> None:
    assert fastest(parse(OPENING + sentence, date="2021-11-08")) == []
