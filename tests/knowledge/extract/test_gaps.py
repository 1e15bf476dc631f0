"""knowledge.extract.gaps: points gaps in the championship between two drivers, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def gaps(a: ParsedArticle) -> list[tuple[str, tuple[str, ...], int | None, str | None]]:
    return [(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "points_gap")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In het WK heeft Norris nu een voorsprong van 31 punten op Piastri.",
            ("norris", "piastri", 31, "ahead"),
        ),
        ("Norris heeft 31 punten voorsprong op Piastri.", ("norris", "piastri", 31, "ahead")),
        ("Piastri staat nog maar twaalf punten achter Norris.", ("piastri", "norris", 12, "behind")),
        ("Piastri heeft nu 12 punten achterstand op Norris.", ("piastri", "norris", 12, "behind")),
        ("De achterstand van Piastri op Norris bedraagt 12 punten.", ("piastri", "norris", 12, "behind")),
        ("Norris leads Piastri by 31 points in the standings.", ("norris", "piastri", 31, "ahead")),
        ("Norris is now 31 points clear of Piastri.", ("norris", "piastri", 31, "ahead")),
        ("Piastri sits 12 points behind Norris.", ("piastri", "norris", 12, "behind")),
        ("Piastri trails Norris by twelve points.", ("piastri", "norris", 12, "behind")),
    ],
)
def test_points_gap(parse: Parse, sentence: str, expected: tuple[str, str, int, str] | None) -> None:
    got = gaps(parse(sentence, date="2024-10-21"))
    if expected is None:
        assert got == []
    else:
        d, other, n, side = expected
        assert got == [(d, (other,), n, side)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris kan zijn voorsprong op Piastri uitbreiden tot 40 punten.",  # a gap he may reach
        "Norris needs to be 25 points ahead of Piastri to win the title.",
        "Norris had tien seconden voorsprong op Piastri.",  # a gap in the race
        "Norris finished 12 seconds behind Piastri.",
        "Norris scoorde 18 punten, Piastri 15.",  # totals, no gap
    ],
)
def test_no_points_gap(parse: Parse, sentence: str) -> None:
    assert gaps(parse(sentence, date="2024-10-21")) == []
