"""The total of penalty points on a licence (knowledge.extract.licence), told apart from the points one race
hands out, with examples both ways in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def totals(a: ParsedArticle) -> set[tuple[str, float | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "licence_total") if f.status == "final"}


def handed(a: ParsedArticle) -> set[tuple[str, float | None]]:
    return {
        (f.driver, f.amount) for f in facts_of(a, "penalty") if f.penalty == "points" and f.status == "final"
    }


@pytest.mark.parametrize(
    "text, total, got",
    [
        # a total, in the ways both languages tell it
        ("GP van Japan. Ocon staat nu op negen strafpunten.", {("ocon", 9)}, set()),
        (
            "GP van Japan. Ocon heeft inmiddels negen strafpunten op zijn licentie staan.",
            {("ocon", 9)},
            set(),
        ),
        (
            "GP van Japan. Ocon kreeg twee strafpunten, wat zijn totaal op negen punten brengt.",
            {("ocon", 9)},
            {("ocon", 2)},
        ),
        ("Japanese GP. Ocon is now on a total of nine penalty points.", {("ocon", 9)}, set()),
        ("Japanese GP. Ocon has now collected nine penalty points this year.", {("ocon", 9)}, set()),
        ("Japanese GP. Ocon reached nine penalty points in Suzuka.", {("ocon", 9)}, set()),
        (
            "Japanese GP. Ocon got two penalty points on his licence, making it nine points now.",
            {("ocon", 9)},
            {("ocon", 2)},
        ),
        # what one race gave is no total
        ("Japanese GP. Ocon collected two penalty points for the collision.", set(), {("ocon", 2)}),
        ("Japanese GP. Ocon was given two points on his licence.", set(), {("ocon", 2)}),
        # a total he would reach, or the limit, is nobody's now
        ("GP van Japan. Als Ocon op twaalf strafpunten komt, wordt hij geschorst.", set(), set()),
        # a total without a word of the licence is the championship's, not the licence's
        ("GP van Japan. Ocon staat nu op negen punten.", set(), set()),
    ],
)
def test_a_licence_total(
    parse: Parse, text: str, total: set[tuple[str, int]], got: set[tuple[str, int]]
) -> None:
    a = parse(text, date="2022-10-09")
    assert totals(a) == total
    assert handed(a) == got


def test_the_stewards_decision_line(parse: Parse) -> None:
    # the points awarded and the total in the document's decision, of the car the document named
    a = parse(
        "Canadian GP. The stewards' document:\nFact: Car 5 went off and came back onto the track unsafely.\n"
        "Decision: 5 second time penalty (2 points awarded, 9 points in total for the 12 month period).",
        date="2019-06-09",
    )
    assert totals(a) == {("vettel", 9)} and handed(a) == {("vettel", 2)}
    # ... and the total is no championship total, nor the penalty's reason
    assert not facts_of(a, "points")
    assert all("month period" not in (f.reason or "") for f in facts_of(a, "penalty"))
