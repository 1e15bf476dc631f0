"""knowledge.extract.overtakes: who passed whom, for which place and when, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.overtakes import moment, place_fought
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "
OPENING_EN = "Lando Norris won the Austrian Grand Prix. "
Row = tuple[str, str, int | None, str | None]


def passes(a: ParsedArticle) -> list[Row]:
    return [
        (f.driver, f.others[0], f.position, f.detail) for f in facts_of(a, "overtake") if f.status == "final"
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Oscar Piastri haalde Charles Leclerc in bij de start.", ("piastri", "leclerc", None, "start")),
        ("Bij de start haalde Piastri Leclerc in.", ("piastri", "leclerc", None, "start")),
        (
            "Max Verstappen passeerde George Russell in ronde 14.",
            ("max_verstappen", "russell", None, "lap:14"),
        ),
        ("In ronde 22 passeerde Sainz zijn teamgenoot Leclerc.", ("sainz", "leclerc", None, "lap:22")),
        (
            "Hamilton ging in ronde 50 voorbij aan Russell voor de derde plaats.",
            ("hamilton", "russell", 3, "lap:50"),
        ),
        ("Piastri nam halverwege de race de leiding over van Norris.", ("piastri", "norris", 1, None)),
        (
            "Russell werd in de laatste ronde ingehaald door Hamilton.",
            ("hamilton", "russell", None, "last_lap"),
        ),
        ("Verstappen haalde Sainz in de slotronde nog in.", ("max_verstappen", "sainz", None, "last_lap")),
        ("Sainz heeft Pérez in ronde 8 ingehaald.", ("sainz", "perez", None, "lap:8")),
        ("Alonso ging Stroll voorbij in de openingsronde.", ("alonso", "stroll", None, "lap:1")),
        # his car, an adverb or an epithet between the verb and the driver passed
        ("Twee ronden later passeerde Norris de McLaren van Piastri.", ("norris", "piastri", None, None)),
        ("Verstappen ging meteen voorbij Hamilton.", ("max_verstappen", "hamilton", None, None)),
    ],
)
def test_overtake_nl(parse: Parse, sentence: str, expected: Row) -> None:
    assert passes(parse(OPENING + sentence, date="2024-06-30")) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Oscar Piastri overtook Lando Norris for the lead on lap 5.", ("piastri", "norris", 1, "lap:5")),
        ("George Russell got past Carlos Sainz for third at the start.", ("russell", "sainz", 3, "start")),
        ("Hamilton dove past Leclerc on the final lap.", ("hamilton", "leclerc", None, "last_lap")),
        ("Verstappen passed Pérez for P2 on lap 40.", ("max_verstappen", "perez", 2, "lap:40")),
        ("Leclerc was overtaken by Sainz on lap 12.", ("sainz", "leclerc", None, "lap:12")),
        ("Alonso took the lead from Stroll off the line.", ("alonso", "stroll", 1, "start")),
        ("On lap 33, Albon swept past Sargeant.", ("albon", "sargeant", None, "lap:33")),
        ("Russell immediately passed Mercedes' Lewis Hamilton.", ("russell", "hamilton", None, None)),
    ],
)
def test_overtake_en(parse: Parse, sentence: str, expected: Row) -> None:
    assert passes(parse(OPENING_EN + sentence, date="2024-06-30")) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # attempts, failures and conditions
        "Norris probeerde Verstappen in te halen, maar dat lukte niet.",
        "Leclerc kon Sainz niet passeren.",
        "Als Russell Hamilton inhaalt, wordt hij derde.",
        "Hamilton tried to pass Russell at the start.",
        "Piastri could not get past Norris.",
        "Sainz nearly passed Leclerc on the last lap.",
        "It was hard to overtake Verstappen on this track.",
        # being lapped is no overtake
        "Verstappen zette Sargeant in ronde 50 op een ronde.",
        "Norris lapped Zhou on lap 44.",
        # a place in the standings, or a place given back
        "Russell ging Sainz voorbij in het kampioenschap.",
        "Verstappen ging voorbij aan Norris, maar moest de plek teruggeven.",
        # another season
        "In 2019 haalde Leclerc Hamilton in voor de leiding.",
    ],
)
def test_no_overtake(parse: Parse, sentence: str) -> None:
    assert passes(parse(OPENING + sentence, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "text, when, place",
    [
        ("wie haalde perez in bij de start", "start", None),
        ("who passed norris for the lead on lap 3", "lap:3", 1),
        ("wie haalde hamilton in in de laatste ronde voor de derde plaats", "last_lap", 3),
        ("who overtook leclerc for p4", None, 4),
        ("who overtook leclerc", None, None),
    ],
)
def test_moment_and_place_of_a_question(text: str, when: str | None, place: int | None) -> None:
    assert (moment(text), place_fought(text)) == (when, place)
