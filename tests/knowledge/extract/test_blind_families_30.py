"""Phrase families of the podiums the blind sets realdev143-160 missed (session of 7 December 2026, day), in
examples written here, each with sentences that must still give the fact or give none: a race led "from
start to finish" is won, "a win in the Imola GP from Mercedes' Hamilton and McLaren's Norris" tells second
and third, "a World Championship victory at the Hungarian Grand Prix" is the race's, a place that "went to
Red Bull's Sergio Perez", and "his teammate" in a clause that "who" opens after a name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def finals(a: ParsedArticle, session: str = "race") -> set[tuple[str, int | None]]:
    return {
        (f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final" and f.session == session
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # led the whole race: won it
        ("Sainz led from start to finish in Qatar.", {("sainz", 1)}),
        ("Sainz led the race from start to finish.", {("sainz", 1)}),
        ("Sainz led every lap in Qatar.", {("sainz", 1)}),
        ("Sainz leidde van start tot finish in Qatar.", {("sainz", 1)}),
        ("Sainz reed van start tot finish aan de leiding.", {("sainz", 1)}),
        # behind someone from start to finish: no win
        ("Sainz reed van start tot finish achter Norris.", set()),
    ],
)
def test_led_from_start_to_finish(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"De Grand Prix van Qatar werd verreden. {text}", date="2021-11-21")
    assert finals(a) == expected


def test_led_from_start_to_finish_in_the_sprint(parse: Parse) -> None:
    a = parse("Sainz led the sprint from start to finish at Monza.", date="2021-09-11")
    assert finals(a) == set() and finals(a, "sprint") == {("sainz", 1)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the win "from" two: second and third, the race and the teams' possessives between
        (
            "Alpine's Fernando Alonso took a fine win in the Qatar GP from Ferrari's Carlos Sainz and"
            " McLaren's Lando Norris.",
            {("alonso", 1), ("sainz", 2), ("norris", 3)},
        ),
        ("Alonso won from Sainz and Norris.", {("alonso", 1), ("sainz", 2), ("norris", 3)}),
        # from pole, then a pair of another clause: no places of theirs
        ("Alonso won in Qatar from pole, and Sainz and Norris collided.", {("alonso", 1)}),
    ],
)
def test_a_win_from_two(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(text, date="2021-11-21")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a race of the championship won, the race named after "at" or "in"
        (
            "Alonso took another Formula 1 World Championship victory at the Qatar Grand Prix.",
            {("alonso", 1)},
        ),
        ("Alonso stretched his championship lead with victory in the Qatar Grand Prix.", {("alonso", 1)}),
        # the title itself: no race's win
        ("Alonso celebrated his world championship victory with the team.", set()),
    ],
)
def test_a_championship_victory_at_a_grand_prix(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finals(parse(text, date="2021-11-21")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place went to the name after a team's possessive
        ("Alonso won. Third place went to Red Bull's Sergio Perez.", {("alonso", 1), ("perez", 3)}),
        ("Alonso won. Third place went to Sergio Perez.", {("alonso", 1), ("perez", 3)}),
    ],
)
def test_a_place_went_to_a_teams_driver(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(text, date="2021-11-21")) == expected


def gaps(a: ParsedArticle) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.driver, f.others) for f in facts_of(a, "time_gap")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "his teammate" in the clause "who" opens: the teammate of the one "who" follows
        (
            "Alonso won, while third place went to Red Bull's Sergio Perez, who finished 18 seconds behind"
            " his teammate.",
            {("perez", ("max_verstappen",))},
        ),
        # without "who": the subject's teammate
        ("Ocon finished 18 seconds behind his teammate.", {("ocon", ("alonso",))}),
    ],
)
def test_his_teammate_after_who(parse: Parse, text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert gaps(parse(text, date="2021-11-21")) == expected


def standings_and_finishes(a: ParsedArticle) -> set[tuple[str, str, int | None]]:
    return {(f.kind, f.driver, f.position) for f in a.facts if f.kind in ("finish", "championship")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a finish told in a clause of its own after the standings
        (
            "Sainz moved into the lead of the championship as his rival Norris could only finish fifth.",
            {("finish", "norris", 5)},
        ),
        (
            "Sainz nam de leiding in het kampioenschap over, terwijl Norris slechts vijfde werd.",
            {("finish", "norris", 5)},
        ),
        # a standing told after the championship: his place in it
        ("Norris is fifth in the championship.", {("championship", "norris", 5)}),
        # a present-tense place in the clause after the standings: where he stands
        ("Sainz leads the championship while Norris is fifth.", {("championship", "norris", 5)}),
        (
            "Sainz is sixth in the championship, one point ahead of Norris, who is now seventh.",
            {("championship", "norris", 7)},
        ),
    ],
)
def test_a_finish_after_the_standings(parse: Parse, text: str, expected: set[tuple[str, str, int]]) -> None:
    got = standings_and_finishes(parse(f"The Canadian Grand Prix was held. {text}", date="2021-06-13"))
    assert {x for x in got if x[1] == "norris"} == expected


def podium_places(a: ParsedArticle) -> set[tuple[str, str]]:
    return {(f.kind, f.driver) for f in a.facts if f.kind in ("podium", "finish") and f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of three or two "were on the podium", "completed the top three": each on it
        (
            "Sainz, Norris and Albon were on the podium.",
            {("podium", "sainz"), ("podium", "norris"), ("podium", "albon")},
        ),
        (
            "Sainz, Norris and Albon completed the top three.",
            {("podium", "sainz"), ("podium", "norris"), ("podium", "albon")},
        ),
        ("Norris and Albon were on the podium.", {("podium", "norris"), ("podium", "albon")}),
        (
            "Sainz won, with Norris and Albon completing the podium.",
            {("finish", "sainz"), ("podium", "norris"), ("podium", "albon")},
        ),
        # the top three of the grid: no podium
        ("Sainz took pole, with Norris and Albon rounding off the top three on the grid.", set()),
        # not on it; one who completed it is third
        ("Sainz was not on the podium.", set()),
        ("Albon completed the podium.", {("finish", "albon")}),
    ],
)
def test_a_podium_of_a_list(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    assert podium_places(parse(f"The Austrian Grand Prix was held. {text}", date="2021-07-04")) == expected
