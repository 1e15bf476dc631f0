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
