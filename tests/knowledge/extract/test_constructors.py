"""The constructors' standings (knowledge.extract.constructors): a team's place, points total and gap, read
under a title or in a sentence that names the constructors' championship, with examples both ways in our own
words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.constructors import CUE_RE
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def places(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, "team_championship")}


def totals(a: ParsedArticle) -> set[tuple[str, float | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "team_points")}


def gaps(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], float | None, str | None]]:
    return {(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "team_points_gap")}


@pytest.mark.parametrize(
    "text",
    [
        "Stand in het constructeurskampioenschap",
        "de constructeurs",
        "Constructors' standings",
        "constructor table",
    ],
)
def test_the_cue(text: str) -> None:
    assert CUE_RE.search(text.lower())


@pytest.mark.parametrize("text", ["coureurskampioenschap", "the drivers' standings", "de teambaas"])
def test_no_cue(text: str) -> None:
    assert not CUE_RE.search(text)


def test_a_title_over_prose(parse: Parse) -> None:
    a = parse(
        "De stand bij de constructeurs na de GP van Hongarije\n\nMercedes staat nu eerste met 250 punten,"
        " gevolgd door Red Bull met 230 punten. McLaren staat derde met 120 punten, maar houdt Ferrari"
        " nauwelijks af, dat vierde staat met 118 punten.",
        date="2021-08-01",
    )
    assert places(a) == {
        ("team:mercedes", 1),
        ("team:red_bull", 2),
        ("team:mclaren", 3),
        ("team:ferrari", 4),
    }
    assert totals(a) == {
        ("team:mercedes", 250),
        ("team:red_bull", 230),
        ("team:mclaren", 120),
        ("team:ferrari", 118),
    }
    assert all(f.detail == "interim" and f.season == 2021 for f in facts_of(a, "team_points"))


def test_a_numbered_list(parse: Parse) -> None:
    a = parse(
        "Constructors' standings after the Styrian Grand Prix\n\n1. Mercedes - 90 points\n2. McLaren - 41"
        " points\n3. Red Bull 30\n4. Williams 0",
        date="2020-07-13",
    )
    assert places(a) == {
        ("team:mercedes", 1),
        ("team:mclaren", 2),
        ("team:red_bull", 3),
        ("team:williams", 4),
    }
    assert totals(a) == {
        ("team:mercedes", 90),
        ("team:mclaren", 41),
        ("team:red_bull", 30),
        ("team:williams", 0),
    }


def test_a_place_without_its_verb(parse: Parse) -> None:
    a = parse(
        "Het seizoen in cijfers. Bij de constructeurs werd Ferrari tweede met 504 punten, Red Bull derde"
        " met 417.",
        date="2019-12-20",
    )
    assert places(a) == {("team:ferrari", 2), ("team:red_bull", 3)}
    assert totals(a) == {("team:ferrari", 504), ("team:red_bull", 417)}


def test_a_lineage_name_by_season(parse: Parse) -> None:
    # "Racing Point" and "Aston Martin" are one lineage: the name of that season's team
    a = parse("In de constructeursstand staat Racing Point vierde met 60 punten.", date="2020-08-02")
    assert totals(a) == {("team:racing_point", 60)}


@pytest.mark.parametrize(
    "text, gap",
    [
        (
            "Bij de constructeurs leidt Mercedes met 20 punten voorsprong op Red Bull.",
            ("team:mercedes", ("team:red_bull",), 20, "ahead"),
        ),
        (
            "In the constructors' championship Ferrari are 15 points behind Mercedes.",
            ("team:ferrari", ("team:mercedes",), 15, "behind"),
        ),
        (
            "In the constructors' championship Red Bull lead McLaren by 52 points in the fight for second.",
            ("team:red_bull", ("team:mclaren",), 52, "ahead"),
        ),
        (
            "Mercedes hope to close the 25-point gap to Ferrari in the constructors' race.",
            ("team:mercedes", ("team:ferrari",), 25, "behind"),
        ),
        (
            "The gap in the constructors' standings is clear: Alpine have a 12-point gap to McLaren.",
            ("team:alpine", ("team:mclaren",), 12, "between"),
        ),
    ],
)
def test_a_gap_is_no_total(parse: Parse, text: str, gap: tuple[str, tuple[str, ...], float, str]) -> None:
    a = parse(text, date="2022-06-20")
    assert gaps(a) == {gap}
    assert not totals(a)
    # "lead McLaren by 52": ahead of that team, not first in the standings
    assert ("team:red_bull", 1) not in places(a)


@pytest.mark.parametrize(
    "text",
    [
        # one weekend's haul, a gap, a team that is a driver's, the drivers' standings, no cue at all
        "In het constructeurskampioenschap nam Mercedes 40 punten mee uit Barcelona, Red Bull scoorde er 29.",
        "Bij de constructeurs volgt Red Bull op 29 punten.",
        "In de constructeursstand: Verstappen (Red Bull) heeft nu 95 punten.",
        "Stand bij de coureurs: Hamilton (Mercedes) 94 punten, Verstappen (Red Bull) 80.",
        "Mercedes staat eerste met 141 punten.",
        # a title's count is no place
        "De constructeurstitel voor Mercedes is de zevende op rij.",
    ],
)
def test_no_team_total(parse: Parse, text: str) -> None:
    a = parse(text, date="2021-05-09")
    assert not totals(a) and not places(a), (totals(a), places(a))


def test_the_section_ends_at_the_drivers(parse: Parse) -> None:
    a = parse(
        "Stand constructeurskampioenschap\n\nMercedes 141, Red Bull 112.\n\nStand coureurskampioenschap\n\n"
        "Het team van Hamilton, Mercedes, heeft 94 punten van hem.",
        date="2021-05-09",
    )
    assert totals(a) == {("team:mercedes", 141), ("team:red_bull", 112)}
