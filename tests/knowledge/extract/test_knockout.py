"""knowledge.extract.knockout: the part of qualifying a driver went out in, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Max Verstappen pakte de pole voor de Grand Prix van Nederland. "


def knockouts(a: ParsedArticle) -> list[tuple[str, str | None]]:
    return [(f.driver, f.detail) for f in facts_of(a, "knockout")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Lando Norris strandde al in Q1.", ("norris", "Q1")),
        ("George Russell werd in Q2 uitgeschakeld.", ("russell", "Q2")),
        ("Ook Lewis Hamilton ging eruit in Q2.", ("hamilton", "Q2")),
        ("Sebastian Vettel was knocked out in Q1 for the second race running.", ("vettel", "Q1")),
        ("Carlos Sainz failed to make it out of Q2.", ("sainz", "Q2")),
        ("It was a Q1 exit for Esteban Ocon.", None),  # the driver named after the part: not read yet
        # the part named before a relative clause that tells who went out in it
        ("Eerst Q1, waarin Lance Stroll onverwacht werd uitgeschakeld.", ("stroll", "Q1")),
        ("Then came Q2, in which Pierre Gasly was eliminated.", ("gasly", "Q2")),
        # the part first, then whom the session lost, named after the verb
        ("In Q2 verloren we al vroeg Esteban Ocon.", ("ocon", "Q2")),
        ("In Q1 we lost Nicholas Latifi after a spin.", ("latifi", "Q1")),
        # "sneuvelde", "moest afhaken": went out
        ("Lando Norris sneuvelde al in Q1.", ("norris", "Q1")),
        ("George Russell moest in Q2 al afhaken.", ("russell", "Q2")),
    ],
)
def test_knockout(parse: Parse, sentence: str, expected: tuple[str, str] | None) -> None:
    got = knockouts(parse(OPENING + sentence, date="2021-09-04"))
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Lando Norris overleefde maar nipt Q1.",
        "Norris made it through Q1 by a tenth.",
        "Both Renaults were eliminated in Q2.",  # a team's cars the parser does not name one by one
        "Charles Leclerc reed in Q3 de snelste tijd.",
        "Raikkonen's move through to Q2 pushed Russell into a Q1 elimination.",
        "Eerst Q1, waarin Lance Stroll nipt overleefde.",
        "Then came Q2, in which Pierre Gasly set the fastest time.",
        "Na Q2, waarin niemand crashte, was Stroll uitgeschakeld.",
        "In Q2 verloren we Ocon net niet: hij ging nipt door.",
        "In Q1 we lost no time, as Latifi went quickest early on.",
        "Lando Norris sneuvelde bijna in Q1, maar ging nipt door.",
    ],
)
def test_no_knockout(parse: Parse, sentence: str) -> None:
    assert knockouts(parse(OPENING + sentence, date="2021-09-04")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Na Q1 viel het doek voor Lance Stroll, Esteban Ocon en Mick Schumacher.",
        "Na Q1 zat de kwalificatie erop voor Lance Stroll, Esteban Ocon en Mick Schumacher.",
        "After Q1 it was over for Lance Stroll, Esteban Ocon and Mick Schumacher.",
    ],
)
def test_the_drivers_a_part_ended_for(parse: Parse, sentence: str) -> None:
    got = knockouts(parse(OPENING + sentence, date="2021-09-04"))
    assert sorted(got) == [("mick_schumacher", "Q1"), ("ocon", "Q1"), ("stroll", "Q1")]


def test_the_curtain_falling_for_nobody_named_is_no_knockout(parse: Parse) -> None:
    assert (
        knockouts(parse(OPENING + "Na Q2 viel het doek voor de beide Haas-coureurs.", date="2021-09-04"))
        == []
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of those out, its part told in a sentence before
        (
            "Q1 verliep rustig. Norris wist nog net door te stoten naar Q2. De afvallers: Lance Stroll, Mick"
            " Schumacher en Nicholas Latifi.",
            [("stroll", "Q1"), ("mick_schumacher", "Q1"), ("latifi", "Q1")],
        ),
        (
            "Het tweede deel van de kwalificatie was spannend. De kwalificatie zat er daarna op voor Esteban"
            " Ocon en Fernando Alonso.",
            [("ocon", "Q2"), ("alonso", "Q2")],
        ),
        # its part told with the list
        (
            "Knocked out after the first session were: Yuki Tsunoda, George Russell and Kimi Raikkonen.",
            [("tsunoda", "Q1"), ("russell", "Q1"), ("raikkonen", "Q1")],
        ),
        # "De uitvallers in Q1 waren ...": the part in the list's own words, or told before
        (
            "De uitvallers in Q1 waren Lance Stroll, Mick Schumacher en Nicholas Latifi.",
            [("stroll", "Q1"), ("mick_schumacher", "Q1"), ("latifi", "Q1")],
        ),
        (
            "Het eerste deel van de kwalificatie liep uit. De uitvallers waren Esteban Ocon en Fernando"
            " Alonso.",
            [("ocon", "Q1"), ("alonso", "Q1")],
        ),
        # no part told: no knock-out
        ("De afvallers: Lance Stroll en Nicholas Latifi.", []),
        ("De uitvallers waren Lance Stroll en Nicholas Latifi.", []),
        # the last part told last: its losers are no knock-outs
        ("In Q3 ging het hard. De afvallers: Lance Stroll en Nicholas Latifi.", []),
        # a name in the list that is no driver: none of the list
        (
            "Q1 was een chaos. De afvallers: Lance Stroll, de debutant en Nicholas Latifi.",
            [],
        ),
    ],
)
def test_a_list_of_those_knocked_out(parse: Parse, text: str, expected: list[tuple[str, str]]) -> None:
    assert knockouts(parse(OPENING + text, date="2021-09-04")) == expected
