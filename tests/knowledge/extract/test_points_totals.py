"""Championship points totals (knowledge.extract.standings.points) in the shapes real standings pieces
use, with examples both ways in our own words: half points, words between the verb and the total, two
drivers on one total, totals given "respectively", a list of totals after the first, brackets, collected."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def totals(a: ParsedArticle) -> set[tuple[str, float | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "points") if f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # half points, as either language writes them
        ("Verstappen staat na de race op 262,5 punten.", {("max_verstappen", 262.5)}),
        ("Hamilton moves to 246.5 points.", {("hamilton", 246.5)}),
        # the half of a total is not a total of five
        ("Verstappen heeft nu 224,5 punten.", {("max_verstappen", 224.5)}),
        # a time word or a count of races between the verb and the total
        ("Leclerc heeft na zes grands prix 104 punten.", {("leclerc", 104)}),
        ("Leclerc has now 104 points.", {("leclerc", 104)}),
        # a race named between makes them that race's points: no total
        ("Leclerc heeft in Bahrein 26 punten gepakt.", set()),
        # two drivers on one total
        (
            "Hamilton en Verstappen hebben na zeven races allebei 150 punten.",
            {("hamilton", 150), ("max_verstappen", 150)},
        ),
        ("Hamilton and Verstappen are both on 150 points.", {("hamilton", 150), ("max_verstappen", 150)}),
        # "both" without a pair before it gives the one driver
        ("Both Mercedes cars retired, and Hamilton stays on 150 points.", {("hamilton", 150)}),
        # "with ... in total" after a word of a lead is still his total
        ("Verstappen extends his lead with 300 points in total.", {("max_verstappen", 300)}),
        # ... but a gap stays a gap
        ("Verstappen extends his lead to 30 points.", set()),
        # what one weekend cannot give is a total, collected or in brackets
        ("Alonso verzamelde al 81 punten.", {("alonso", 81)}),
        ("Alonso verzamelde in Monaco 12 punten.", set()),
        ("Niemand kan Alonso (81 punten) nog inhalen.", {("alonso", 81)}),
        ("Alonso (18 punten) won de race.", set()),
    ],
)
def test_a_points_total(parse: Parse, text: str, expected: set[tuple[str, float]]) -> None:
    assert totals(parse(text, date="2021-09-27")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sainz en Norris staan vijfde en zesde met respectievelijk 110 en 101,5 punten.",
            {("sainz", 110), ("norris", 101.5)},
        ),
        (
            "Sainz and Norris are fifth and sixth on 110 and 101.5 points respectively.",
            {("sainz", 110), ("norris", 101.5)},
        ),
        # three drivers for two numbers: whose is whose is not told
        ("Sainz, Norris en Leclerc volgen met respectievelijk 110 en 101 punten.", set()),
    ],
)
def test_totals_given_respectively(parse: Parse, text: str, expected: set[tuple[str, float]]) -> None:
    assert totals(parse(text, date="2021-09-27")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # bare numbers after the names that follow a total, going down
        (
            "Verstappen heeft nu 180 punten, Hamilton 172 en Bottas 120.",
            {("max_verstappen", 180), ("hamilton", 172), ("bottas", 120)},
        ),
        (
            "In de WK-stand leidt Verstappen met 180 punten, voor Hamilton (172) en Bottas (120).",
            {("max_verstappen", 180), ("hamilton", 172), ("bottas", 120)},
        ),
        ("Hamilton has 172 points, whereas Bottas has 120.", {("hamilton", 172), ("bottas", 120)}),
        # a number after a name that is more than the total before it is no row of the list
        ("Verstappen heeft nu 180 punten, Hamilton 200 starts.", {("max_verstappen", 180)}),
        # a count of something else after the name
        ("Verstappen heeft nu 180 punten, Hamilton 2 zeges minder.", {("max_verstappen", 180)}),
        # a bracket the text cuts off is no total
        ("Verstappen heeft nu 180 punten, voor Hamilton (17", {("max_verstappen", 180)}),
    ],
)
def test_totals_listed_after_one(parse: Parse, text: str, expected: set[tuple[str, float]]) -> None:
    assert totals(parse(text, date="2021-09-27")) == expected


def test_a_championship_ranking_heading_is_the_standings(parse: Parse) -> None:
    rows = "\n".join(
        [
            "1 Max Verstappen Red Bull 180",
            "2 Lewis Hamilton Mercedes 172",
            "3 Valtteri Bottas Mercedes 120",
            "4 Lando Norris McLaren 101",
        ]
    )
    standings = parse(f"GP Italy, the drivers' championship ranking\n\n{rows}", date="2021-09-13")
    assert ("hamilton", 172) in totals(standings)
    # a ranking by opinion over the same rows is no standing
    opinion = parse(f"Power ranking: the best drivers of the championship\n\n{rows}", date="2021-09-13")
    assert totals(opinion) == set()
