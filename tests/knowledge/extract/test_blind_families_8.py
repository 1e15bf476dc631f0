"""Families found in the blind sets of the session of 5 December (afternoon), with examples both ways in our
own words: a title with its own name after a relative pronoun, a pole won from another in a headline, what a
penalty becomes is not its reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def poles(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "grid") if f.detail == "pole" and f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the title names the driver right after it, not the one the relative pronoun points back at
        (
            "GP van Hongarije. Dat zei Verstappen, die polesitter Lewis Hamilton zag worstelen met zijn"
            " banden.",
            {"hamilton"},
        ),
        (
            "Hungarian GP. So said Verstappen, who saw pole-sitter Lewis Hamilton struggle with his tyres.",
            {"hamilton"},
        ),
        # without a title, the relative clause's pole is the one it points back at
        ("GP van Hongarije. Dicht bij de tijd van Bottas, die goed was voor pole.", {"bottas"}),
    ],
)
def test_a_title_after_a_relative_pronoun(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2019-08-04")) == expected


@pytest.mark.parametrize(
    "headline, kind",
    [
        # a pole won from another in the headline: the report is of qualifying
        ("Bottas pips Hamilton to pole for the Spanish GP", "qualifying"),
        ("Leclerc klopt Sainz voor pole in Spanje", "qualifying"),
        # a race won from another is the race's
        ("Bottas beats Hamilton to victory in the Spanish GP", "finish"),
    ],
)
def test_a_pole_won_from_another_in_the_headline(parse: Parse, headline: str, kind: str) -> None:
    a = parse(f"{headline}\n\nNorris was third, ahead of Sainz.", date="2019-05-11")
    assert {(f.driver, f.kind) for f in a.facts if f.position == 3} == {("norris", kind)}


@pytest.mark.parametrize(
    "text, reason",
    [
        # what the penalty becomes after the race is no reason; what the stewards found is
        (
            "GP van de VS. De stewards oordeelden dat Alonso met een losse spiegel reed en besloten hem een"
            " drive-through te geven, die na de race wordt omgezet in een tijdstraf van dertig seconden.",
            "oordeelden dat Alonso met een losse spiegel reed",
        ),
        (
            "US GP. The stewards found that Alonso drove with a loose mirror and decided to give him a"
            " drive-through, which after the race is converted into a 30-second time penalty.",
            "found that Alonso drove with a loose mirror",
        ),
    ],
)
def test_what_a_penalty_becomes_is_no_reason(parse: Parse, text: str, reason: str) -> None:
    a = parse(text, date="2022-10-24")
    assert {f.reason for f in facts_of(a, "penalty")} == {reason}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Dutch adjective of his nationality with a noun for a driver, or a title of the standings
        (
            "Verstappen en Hamilton botsten in Monza. De Nederlandse WK-leider kreeg voor de GP van Rusland"
            " een gridstraf van drie plaatsen.",
            {("max_verstappen", 3)},
        ),
        (
            "Verstappen en Hamilton botsten in Monza. De Nederlandse coureur kreeg voor de GP van Rusland"
            " een gridstraf van drie plaatsen.",
            {("max_verstappen", 3)},
        ),
        (
            "Verstappen and Hamilton collided at Monza. The Dutch championship leader got a three-place"
            " grid penalty for the Russian GP.",
            {("max_verstappen", 3)},
        ),
        # the adjective before a noun for something else names no driver
        (
            "Verstappen en Hamilton botsten in Monza. De Nederlandse fans kregen voor de GP van Rusland"
            " een gridstraf van drie plaatsen te verwerken.",
            set(),
        ),
    ],
)
def test_a_driver_by_his_nationality_adjective(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    a = parse(text, date="2021-09-12")
    assert {(f.driver, f.amount) for f in facts_of(a, "penalty")} == expected
