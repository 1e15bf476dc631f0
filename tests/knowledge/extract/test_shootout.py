"""Sprint qualifying (``knowledge.extract.shootout``): the "sprint shootout" of 2023 and the "sprint
qualifying" / "sprintkwalificatie" with its parts SQ1-SQ3 from 2024 set the sprint's grid. Their places are
starts in the sprint, never sprint results; in 2021 "sprint qualifying" was the sprint itself. Examples both
ways, in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]


def placed(a: ParsedArticle) -> set[tuple[str, str, str, int | None]]:
    return {
        (f.kind, f.session, f.driver, f.position)
        for f in a.facts
        if f.kind in ("finish", "grid", "qualifying") and f.status == "final"
    }


@pytest.mark.parametrize(
    "text, date, expected",
    [
        (
            "Sprint news\n\nYuki Tsunoda won the sprint shootout in Austin, two tenths clear of Alex Albon.",
            "2023-10-21",
            {("grid", "sprint", "tsunoda", 1)},
        ),
        (
            "Sprintnieuws\n\nAlbon werd verrassend derde in de sprintkwalificatie in China.",
            "2024-04-19",
            {("grid", "sprint", "albon", 3)},
        ),
        (
            "Sprint news\n\nAlbon qualified fifth for the sprint in SQ3 at Interlagos.",
            "2024-11-01",
            {("grid", "sprint", "albon", 5)},
        ),
    ],
)
def test_a_place_in_sprint_qualifying_is_a_sprint_start(
    parse: Parse, text: str, date: str, expected: set[tuple[str, str, str, int | None]]
) -> None:
    a = parse(text, date=date)
    assert placed(a) == expected, placed(a)
    assert not any(f.kind == "finish" for f in a.facts)


def test_a_report_of_sprint_qualifying_gives_starts(parse: Parse) -> None:
    # the lead names the session; the places told after it are of that session too
    text = (
        "Tsunoda snelste in sprintkwalificatie\n\nYuki Tsunoda werd vrijdag eerste in de sprintkwalificatie"
        " in Qatar.\n\nAlex Albon werd tweede. Logan Sargeant eindigde als vierde."
    )
    a = parse(text, date="2024-11-29")
    assert placed(a) >= {("grid", "sprint", "tsunoda", 1), ("grid", "sprint", "albon", 2)}, placed(a)
    assert not any(f.kind == "finish" and f.status == "final" for f in a.facts)


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # 2021: "sprint qualifying" was the sprint itself, whose places are results
        (
            "Sprint news\n\nAlbon won sprint qualifying at Monza on Saturday.",
            "2021-09-11",
            ("finish", "sprint", "albon", 1),
        ),
        # the sprint won after sprint qualifying named in another clause
        (
            "Sprint news\n\nAfter topping sprint qualifying on Friday, Tsunoda won the sprint race in Miami.",
            "2024-05-04",
            ("finish", "sprint", "tsunoda", 1),
        ),
        # "the shootout for pole" of a Saturday's qualifying is no sprint qualifying
        (
            "Qualifying news\n\nAlbon took pole position for the Grand Prix after a shootout for pole in Q3.",
            "2023-07-01",
            ("grid", "race", "albon", 1),
        ),
    ],
)
def test_other_sessions_keep_their_places(
    parse: Parse, text: str, date: str, expected: tuple[str, str, str, int | None]
) -> None:
    a = parse(text, date=date)
    assert expected in placed(a), placed(a)


def test_the_best_time_of_sprint_qualifying_is_the_sprint_pole(parse: Parse) -> None:
    text = "Sprintnieuws\n\nAlbon was vrijdag de snelste in de sprintkwalificatie in China."
    a = parse(text, date="2024-04-19")
    assert placed(a) == {("grid", "sprint", "albon", 1)}, placed(a)


def test_the_best_time_of_2021_sprint_qualifying_is_no_grand_prix_pole(parse: Parse) -> None:
    # in 2021 the sprint itself was called sprint qualifying: its best time is no qualifying result
    a = parse("Sprintnieuws\n\nAlbon was de snelste in de sprintkwalificatie op Monza.", date="2021-09-11")
    assert not any(p == 1 for k, s, _, p in placed(a) if s == "race"), placed(a)
