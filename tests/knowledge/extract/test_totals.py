"""knowledge.extract.standings: a driver's points total over the season, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def totals(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "points") if f.session == "season"}


@pytest.mark.parametrize(
    "sentence, driver, total",
    [
        ("Na Abu Dhabi staat Norris op een totaal van 97, Sainz volgt met 105 punten.", "norris", 97),
        ("After Abu Dhabi Gasly ended the year on a tally of 75, ahead of Ocon on 62 points.", "gasly", 75),
        ("Albon heeft dit jaar 105 punten bij elkaar gereden.", "albon", 105),
        ("Russell collected 16 points over the season.", "russell", 16),
        ("Ricciardo scoorde in totaal 119 punten.", "ricciardo", 119),
    ],
)
def test_a_season_total(parse: Parse, sentence: str, driver: str, total: int) -> None:
    assert (driver, total) in totals(parse(sentence, date="2020-12-14"))


@pytest.mark.parametrize(
    "sentence",
    [
        # a race named in the clause: the race's points
        "Albon scoorde dit seizoen in Monza 12 punten.",
        # a total of something else
        "Gasly led a total of 58 laps this year.",
        "Norris reed in totaal 70 ronden.",
        # no season words and no total: a race's points
        "Sainz scored 10 points in Monza.",
        # more points than someone: a gap
        "Ocon had this season 20 points more than Stroll.",
    ],
)
def test_no_season_total(parse: Parse, sentence: str) -> None:
    assert totals(parse(sentence, date="2020-12-14")) == set()


def test_runner_up_before_a_name_is_a_title_not_a_race_place(parse: Parse) -> None:
    a = parse("Runner-up Bottas ended the year on a total of 223 points.", date="2020-12-14")
    assert [f for f in facts_of(a, "finish") if f.status == "final"] == []
    assert ("bottas", 223) in totals(a)


def test_runner_up_after_a_name_is_his_place(parse: Parse) -> None:
    a = parse("In Abu Dhabi Bottas was runner-up behind Verstappen.", date="2020-12-14")
    # (the one he was behind was first: see test_blind_families_4.test_second_behind)
    assert [(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"] == [
        ("bottas", 2),
        ("max_verstappen", 1),
    ]


def test_places_with_totals_in_a_list_are_standings(parse: Parse) -> None:
    a = parse(
        "Norris won de Grote Prijs van Abu Dhabi. Coureurs Max Verstappen: 1e, 437 punten - Lando Norris: "
        "2e, 374 punten - Charles Leclerc: 3e, 356 punten",
        date="2024-12-09",
    )
    assert totals(a) >= {("max_verstappen", 437), ("norris", 374), ("leclerc", 356)}
    assert {(f.driver, f.position) for f in facts_of(a, "championship")} >= {
        ("max_verstappen", 1),
        ("leclerc", 3),
    }
    # none of them is a place in the race
    assert {f.driver for f in facts_of(a, "finish")} == {"norris"}


def test_a_place_with_a_weekends_points_stays_a_race_place(parse: Parse) -> None:
    a = parse("Norris won de Grote Prijs van Abu Dhabi. Sainz werd tweede, 18 punten.", date="2024-12-09")
    assert ("sainz", 2) in {(f.driver, f.position) for f in facts_of(a, "finish")}


def test_a_teams_line_with_its_total_places_no_driver(parse: Parse) -> None:
    a = parse("Norris won de Grote Prijs van Abu Dhabi. McLaren: eerste, 666 punten", date="2024-12-09")
    assert not facts_of(a, "championship") and {f.driver for f in facts_of(a, "finish")} == {"norris"}


def test_by_how_much_a_gap_grew_is_nobodys_total(parse: Parse) -> None:
    a = parse(
        "Norris breidde in Abu Dhabi zijn voorsprong op Piastri in het WK met 25 punten uit.",
        date="2024-12-09",
    )
    assert totals(a) == set()
