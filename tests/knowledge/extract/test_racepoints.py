"""The points a driver scored at one race or sprint (knowledge.extract.racepoints), told apart from totals,
gaps and the rules, with examples both ways in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def hauls(a: ParsedArticle) -> set[tuple[str, str, float | None]]:
    return {(f.driver, f.session, f.amount) for f in facts_of(a, "race_points") if f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ways both languages tell a race's points
        ("GP van Hongarije. De zege leverde Norris 25 WK-punten op.", {("norris", "race", 25)}),
        ("GP van Hongarije. Norris won, goed voor 25 punten.", {("norris", "race", 25)}),
        ("GP van Hongarije. Norris pakte er ook nog 18 punten bij.", {("norris", "race", 18)}),
        ("Hungarian GP. Norris bagged 18 valuable points.", {("norris", "race", 18)}),
        ("Hungarian GP. Norris took the win and with it 25 points.", {("norris", "race", 25)}),
        (
            "GP van Hongarije. Dankzij de snelste ronde verlaat Norris met 26 punten Hongarije.",
            {("norris", "race", 26)},
        ),
        ("GP van Hongarije. Norris verliet Hongarije met 26 punten.", {("norris", "race", 26)}),
        ("GP van Hongarije. Met een zege zou Norris met 26 punten Hongarije verlaten.", set()),
        # half points, and what he got instead of the full points
        ("GP van België. Norris krijgt 12,5 punten.", {("norris", "race", 12.5)}),
        (
            "GP van België. Door de halve punten kreeg Norris niet 25 punten maar 12,5 punten.",
            {("norris", "race", 12.5)},
        ),
        # in brackets after the name, in a sentence not about the standings
        (
            "GP van Hongarije. Piastri (18 punten) en Sainz (15 punten) maakten het podium af.",
            {("piastri", "race", 18), ("sainz", "race", 15)},
        ),
        ("GP van Hongarije. In de WK-stand gaat Piastri (18 punten) voor Sainz (15 punten).", set()),
        # a total, a gap, points over a span, a would-be haul: no race's points
        ("GP van Hongarije. Norris heeft dit seizoen al 200 punten gescoord.", set()),
        ("GP van Hongarije. Norris scoorde 7 punten meer dan Piastri.", set()),
        ("GP van Hongarije. Norris kreeg in de laatste drie races 60 punten.", set()),
        ("GP van Hongarije. Met een zege zou Norris 25 punten krijgen.", set()),
        # the bonus point alone, and the rules told in general
        ("Hungarian GP. Norris also claimed a point for the fastest lap.", set()),
        ("Sprint in Oostenrijk. De winnaar krijgt 8 punten, de nummer 2 krijgt 7 punten.", set()),
    ],
)
def test_a_race_haul(parse: Parse, text: str, expected: set[tuple[str, str, float]]) -> None:
    assert hauls(parse(text, date="2024-07-21")) == expected


def test_a_haul_told_before_the_race_of_a_sprint_weekend_is_the_sprints(parse: Parse) -> None:
    # an article of the Saturday: whatever its finishing words, the race has not been run
    a = parse(
        "Norris pakt punten.\n\nIn Oostenrijk kwam Norris als tweede over de streep en pakte daarmee zeven"
        " WK-punten.",
        date="2024-06-29",
    )
    assert hauls(a) == {("norris", "sprint", 7)}
