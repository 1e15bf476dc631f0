"""Phrase families of the wrong answers of the blind sets realdev161-164 (session of 7 December 2026, day),
in examples written here, each with sentences that must still give the fact: a win that a negative
contraction denies ("won't win", "didn't win"), a win "stolen" or "denied them and Russell", a place asked
about ("asked if he was really fourth", "of je nu op P18 of P15 eindigt"), an order "now" in the race and a
pass "past into fourth", and a team's statistics ("Championship Position: 4th", "1 Pole Position", "Average
Rating Ranking: 2nd") that are no places of the driver named before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.extract.views import finals

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negative contraction: no win
        ("At least Norris won't win this time.", set()),
        ("Norris didn't win in Sakhir.", set()),
        ("Norris couldn't win despite the pace.", set()),
        ("Norris can’t win from there.", set()),
        # a win taken from him, or denied to a pair
        ("A late puncture stole a certain win from Norris.", set()),
        ("Norris led, but a slow puncture stole a sure-shot win, though Sainz scored points.", set()),
        ("The botched stops denied the team and Lando Norris a victory.", set()),
        # a win, a negative contraction elsewhere in the sentence
        ("Norris, who didn't stop twice, won the race.", {("norris", 1)}),
        ("Norris won the race.", {("norris", 1)}),
    ],
)
def test_a_win_denied(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"The Sakhir Grand Prix was held. {text}", date="2020-12-06")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question about a place: no place
        ("After the flag Norris asked whether he was really fifth.", set()),
        ("Na de finish vroeg Norris of hij echt vijfde was.", set()),
        ("Maar of je nu op P12 of P15 eindigt, het maakt niet uit.", set()),
        # an order now, in the middle of the race, and a pass into a place then
        ("The running order was now 1 Norris; 2 Sainz +2.1s; 3 Albon +4.0s.", set()),
        ("Sainz made a poor start, allowing Norris past into third.", set()),
        # the order at the flag, a place
        (
            "The final order was 1 Norris; 2 Sainz +2.1s; 3 Albon +4.0s.",
            {("norris", 1), ("sainz", 2), ("albon", 3)},
        ),
        ("Norris finished fifth.", {("norris", 5)}),
    ],
)
def test_places_asked_or_of_the_moment(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"The Austrian Grand Prix was held. {text}", date="2020-07-05")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a team's statistics after the driver named before: no places of his
        "McLaren\n\n1 Win; 3 Podiums; 1 Pole Position; 202 Points; Championship Position: 3rd;"
        " Average Rating: 7.1",
        "McLaren\n\nAverage Rating Ranking: 2nd",
    ],
)
def test_a_teams_statistics_are_no_places(parse: Parse, text: str) -> None:
    a = parse(f"Norris finished fifth in the Austrian Grand Prix.\n\n{text}", date="2020-07-05")
    places = {(f.kind, f.position) for f in a.facts if f.driver == "norris" and f.status == "final"}
    assert places == {("finish", 5)}
