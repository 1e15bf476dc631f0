"""A driver's qualifying lap time (knowledge.extract.laptimes), with examples both ways in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def lap_times(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "lap_time") if f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the time with the pole, in its written forms
        ("GP van Spanje. Bottas pakte pole met een tijd van 1.15,406.", {("bottas", 75406)}),
        ("GP van Spanje. Bottas pakte pole met een rondje van 1:15.406.", {("bottas", 75406)}),
        ("Spanish GP. Bottas took pole with a lap of 1m15.406s.", {("bottas", 75406)}),
        ("Spanish GP. Bottas's pole lap of 01:15.406 was the best of the day.", {("bottas", 75406)}),
        # in a qualifying report the time alone is of qualifying (the sentence's full stop ends it)
        ("Kwalificatie GP van Spanje. Verstappen klokte 1:16.037.", {("max_verstappen", 76037)}),
        # a race's time is no qualifying time
        ("GP van Spanje. Verstappen won de race en reed een ronde van 1:19.231.", set()),
        # two times in one clause: which is which is not told
        ("Spanish GP qualifying. Bottas improved from 1:15.9 to 1:15.406 for pole.", set()),
        ("Spanish GP qualifying. Bottas went from 1:15.901 to 1:15.406 for pole.", set()),
        # a time of one part of qualifying, of practice, or provisional
        ("Kwalificatie GP van Spanje. In Q1 klokte Verstappen 1:17.001.", set()),
        ("Kwalificatie GP van Spanje. Verstappen reed in de derde vrije training 1:17.001.", set()),
        ("Spanish GP qualifying. Verstappen's provisional pole lap of 1:16.500 did not last.", set()),
        # "met zijn tijd" is the one named before it, not the one after it
        (
            "Kwalificatie GP van Spanje. Leclerc, op pole, was met zijn 1:16.024 niet aan Verstappen"
            " toegekomen.",
            {("leclerc", 76024)},
        ),
        # a time he matched, or bettered later, is not his best
        ("Spanish GP qualifying. Bottas was quickest, matching the lap record of 1:15.900.", set()),
        # a figure that is no lap of a circuit
        ("Kwalificatie GP van Spanje. Verstappen had 0.15,406 meer nodig.", set()),
    ],
)
def test_a_qualifying_lap_time(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert lap_times(parse(text, date="2019-05-11")) == expected


def test_a_part_told_before_holds_until_the_last_part(parse: Parse) -> None:
    # a paragraph about Q1 makes the times of the paragraphs after it Q1's, until Q3 is told of
    a = parse(
        "Kwalificatie GP van Spanje.\n\nIn Q1 ging het snel.\n\nVerstappen klokte 1:17.001.\n\n"
        "In Q3 pakte Bottas pole met 1:15.406.\n\nHamilton klokte 1:15.440.",
        date="2019-05-11",
    )
    assert lap_times(a) == {("bottas", 75406), ("hamilton", 75440)}
