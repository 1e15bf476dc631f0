"""Phrase families found in the sets of the session of 6 December (third), each with examples both ways in
our own words: championship gaps told with a verb of standing ("staat drie punten voor", "voor staat op"),
"by just N points", "puts him N points ahead of", a margin of points over one, a lead in the championship
over one, a lead grown over "eerste achtervolger X (team)", "maar liefst" as no "but", and gaps behind the
leader the article names ("staat tweede met een achterstand van N punten", "heeft zijn achterstand verkleind
tot")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formule 1 nieuws\n\n"


def points_gaps(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], int | None, str | None]]:
    return {(f.driver, f.others, f.amount, f.detail) for f in a.facts if f.kind == "points_gap"}


# --- a gap in the championship told with a verb of standing -------------------------------------------------


@pytest.mark.parametrize(
    "body, gap",
    [
        ("Norris staat nu vier punten voor Piastri in de WK-stand.", ("norris", ("piastri",), 4, "ahead")),
        ("In het klassement ligt Norris zes punten voor Piastri.", ("norris", ("piastri",), 6, "ahead")),
        (
            "Norris werd vierde en staat nu twee punten voor Piastri.",  # the clause goes on with its subject
            ("norris", ("piastri",), 2, "ahead"),
        ),
        (
            "Leclerc is derde met 200 punten, en Norris, die elf punten voor staat op Piastri, is tweede.",
            ("norris", ("piastri",), 11, "ahead"),
        ),
        (
            "Norris leads Piastri by just three points in the standings.",
            ("norris", ("piastri",), 3, "ahead"),
        ),
        (
            "The win by Norris puts him 12 points ahead of Piastri in the championship.",
            ("norris", ("piastri",), 12, "ahead"),
        ),
        (
            "Fourth place for Piastri puts him 9 points behind Norris in the title race.",
            ("piastri", ("norris",), 9, "behind"),
        ),
        (
            "Norris took the title with a margin of 40 points over his team-mate Piastri.",
            ("norris", ("piastri",), 40, "ahead"),
        ),
        (
            "Norris goes home with a 15-point lead in the championship over Piastri.",
            ("norris", ("piastri",), 15, "ahead"),
        ),
        (
            "Met zijn zege heeft Norris zijn voorsprong op eerste achtervolger Oscar Piastri (McLaren)"
            " vergroot tot 31 punten.",
            ("norris", ("piastri",), 31, "ahead"),
        ),
        (
            "In de eindstand had Piastri maar liefst 52 punten minder dan Norris.",
            ("piastri", ("norris",), 52, "behind"),
        ),
    ],
)
def test_a_gap_told_with_standing_or_a_margin(
    parse: Parse, body: str, gap: tuple[str, tuple[str, ...], int, str]
) -> None:
    assert gap in points_gaps(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        "Norris kreeg vier punten voor zijn zege op Piastri.",  # points scored, no standing
        "Norris scoorde vier punten voor Piastri finishte.",
        "Norris won by a margin of 4 seconds over Piastri.",  # a race's margin
        "A win would put him 12 points ahead of Piastri, said Norris.",  # a supposition
        "Norris leads Piastri by about three points.",  # told roughly
    ],
)
def test_no_gap_from_points_scored_seconds_or_suppositions(parse: Parse, body: str) -> None:
    assert not points_gaps(parse(NEWS + body))


def test_maar_liefst_keeps_the_clause_whole(parse: Parse) -> None:
    a = parse(NEWS + "Norris startte maar liefst als twaalfde en werd toch nog tweede.")
    places = {(f.kind, f.driver, f.position) for f in a.facts if f.kind in ("grid", "finish")}
    assert ("grid", "norris", 12) in places


# --- a gap behind the leader the article names --------------------------------------------------------------


@pytest.mark.parametrize(
    "body, gaps",
    [
        (
            "Norris leidt het kampioenschap met 300 punten. Piastri staat tweede met een achterstand van 40"
            " punten, Leclerc is derde met 75 punten achterstand.",
            {("piastri", ("norris",), 40, "behind"), ("leclerc", ("norris",), 75, "behind")},
        ),
        (
            "Norris blijft leider in het WK. Piastri won de race en heeft zijn achterstand in het WK"
            " verkleind tot acht punten.",
            {("piastri", ("norris",), 8, "behind")},
        ),
    ],
)
def test_a_gap_behind_the_leader_named_before(
    parse: Parse, body: str, gaps: set[tuple[str, tuple[str, ...], int, str]]
) -> None:
    assert gaps <= points_gaps(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        # no leader named
        "Piastri staat tweede met een achterstand van 40 punten.",
        "Piastri won de race en heeft zijn achterstand in het WK verkleind tot acht punten.",
        # a gap in seconds, or one to another named
        "Norris leidt het WK. Piastri staat tweede met een achterstand van 4 seconden.",
        # the leader named too far before
        "Norris leidt het WK. Het regende. De zon scheen. Het waaide. Piastri staat tweede met een"
        " achterstand van 40 punten.",
    ],
)
def test_no_gap_to_a_leader_not_named(parse: Parse, body: str) -> None:
    assert not {g for g in points_gaps(parse(NEWS + body)) if g[3] == "behind" and not g[1]}
    assert not {g for g in points_gaps(parse(NEWS + body)) if g[1] == ("norris",)}


def test_a_gap_to_another_named_keeps_him(parse: Parse) -> None:
    body = "Norris leidt het WK. Piastri staat tweede met een achterstand van 40 punten op Leclerc."
    a = parse(NEWS + body)
    assert ("piastri", ("leclerc",), 40, "behind") in points_gaps(a)
