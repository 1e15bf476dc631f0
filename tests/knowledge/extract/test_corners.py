"""knowledge.extract.corners: the corner of a crash, collision or retirement told in the same part of the
clause, in examples written here; a corner only approached, one in another part of the clause, two corners,
or a corner with no crash give none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Oscar Piastri won de Grand Prix van Hongarije. "
Row = tuple[str, str | None, str | None]


def corners(a: ParsedArticle) -> list[Row]:
    return sorted((f.driver, f.detail, f.other_label) for f in facts_of(a, "corner") if f.status == "final")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Lance Stroll crashte in bocht 4 in de bandenstapel.", [("stroll", "crash", "turn:4")]),
        (
            "Alexander Albon knalde bij de uitgang van bocht 11 tegen de muur.",
            [("albon", "crash", "turn:11")],
        ),
        ("Yuki Tsunoda crashte zwaar bij de chicane.", [("tsunoda", "crash", "chicane")]),
        ("Lando Norris ging bij Eau Rouge hard de muur in.", [("norris", "crash", "eau rouge")]),
        (
            "Pierre Gasly en Esteban Ocon botsten in bocht 2.",
            [("gasly", "collision", "turn:2"), ("ocon", "collision", "turn:2")],
        ),
    ],
)
def test_corner_nl(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert corners(parse(OPENING + sentence, date="2024-07-21")) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("George Russell crashed into the barriers at Turn 14.", [("russell", "crash", "turn:14")]),
        ("Kevin Magnussen hit the wall at the exit of turn 7.", [("kevin_magnussen", "crash", "turn:7")]),
        ("Nico Hulkenberg crashed at the final chicane.", [("hulkenberg", "crash", "final chicane")]),
        (
            "Valtteri Bottas and Zhou Guanyu collided at La Source.",
            [("bottas", "collision", "la source"), ("zhou", "collision", "la source")],
        ),
    ],
)
def test_corner_en(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert corners(parse(OPENING + sentence, date="2024-07-21")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # two corners in one clause: which is whose stays open
        "Lance Stroll crashed between Turn 3 and Turn 4.",
        # a corner only approached
        "George Russell crashed on the way to turn 1.",
        # the corner of another part of the clause
        "Nadat hij in bocht 3 was uitgestoken door Ocon, crashte Alonso even later in de muur.",
        # a corner with no event
        "Charles Leclerc passed Carlos Sainz at Turn 1.",
    ],
)
def test_no_corner(parse: Parse, sentence: str) -> None:
    assert corners(parse(OPENING + sentence, date="2024-07-21")) == []
