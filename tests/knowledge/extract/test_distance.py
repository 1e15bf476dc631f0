"""A race's length in laps, with examples both ways in our own words: "the 57-lap race", "lap 12 of 66",
"de race over 71 ronden", "de 24 ronden tellende sprint" tell the distance set; "kwam na 58 ronden als
winnaar over de streep", "took the flag after 44 laps" and "the shortened 28-lap race" the laps run; laps to
go, a moment ("na 20 ronden lag hij derde") and a count of laps led are none; a length it will not have is
the one set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formula 1 news\n\n"


def laps(a: ParsedArticle) -> set[tuple[float | None, str | None, str]]:
    return {(f.amount, f.detail, f.session) for f in a.facts if f.kind == "race_laps"}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Norris controlled the 57-lap race from the front.", (57, "scheduled", "race")),
        ("Leclerc was leading on lap 12 of 66 when his engine failed.", (66, "scheduled", "race")),
        ("In ronde 40 van de 53 ging Hamilton de pits in.", (53, "scheduled", "race")),
        ("De race over 71 ronden werd een prooi voor Sainz.", (71, "distance", "race")),
        ("Iedereen keek uit naar de 24 ronden tellende sprintrace op zaterdag.", (24, "scheduled", "sprint")),
        ("Verstappen kwam na 58 ronden als winnaar over de streep.", (58, "completed", "race")),
        ("Piastri took the chequered flag after 44 laps.", (44, "completed", "race")),
        ("Verstappen won the shortened 28-lap race in the rain.", (28, "completed", "race")),
        ("De race gaat niet meer over de volledige afstand van 53 ronden.", (53, "scheduled", "race")),
    ],
)
def test_the_race_length(parse: Parse, body: str, expected: tuple[int, str, str]) -> None:
    assert laps(parse(NEWS + body)) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "Er zijn nog 44 ronden te gaan en Norris leidt.",
        "With 15 laps to go, Hamilton passed Russell.",
        "Na 20 ronden lag Alonso derde.",
        "Verstappen led 45 laps before his tyre failed.",
        "Hamilton finished 10.5 seconds ahead after 3 laps of chaos.",
    ],
)
def test_no_race_length(parse: Parse, body: str) -> None:
    assert not laps(parse(NEWS + body))


def sc_laps(a: ParsedArticle) -> set[tuple[str | None, float | None]]:
    return {(f.detail, f.amount) for f in a.facts if f.kind == "safety_car"}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The race was red-flagged on lap 33 after Colapinto crashed on the straight.", ("red_flag", 33)),
        ("Hamilton zorgde in ronde 23 voor de eerste safety car.", ("sc", 23)),
    ],
)
def test_the_lap_of_a_neutralisation(parse: Parse, body: str, expected: tuple[str, int]) -> None:
    assert expected in sc_laps(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        "The safety car came in on lap 5 and the race went green again.",
        "The safety car stayed out for three laps.",
        "In ronde 12 ging de safety car weer naar binnen.",
    ],
)
def test_no_lap_of_a_neutralisation(parse: Parse, body: str) -> None:
    assert all(lap is None for _, lap in sc_laps(parse(NEWS + body)))
