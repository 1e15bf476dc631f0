"""knowledge.extract.culprits: who caused a crash or collision, in examples written here; an opinion, a claim,
a denial, a question and a cause that is no incident give none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk.\n\n"
OPENING_EN = "Lando Norris won the Austrian Grand Prix.\n\n"


def culprits(a: ParsedArticle) -> list[str]:
    return sorted(f.driver for f in facts_of(a, "culprit") if f.status == "final")


def culprit_moments(a: ParsedArticle) -> list[tuple[str, str | None]]:
    return sorted((f.driver, f.detail) for f in facts_of(a, "moment") if f.unit == "culprit")


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Logan Sargeant was de grote schuldige.", ["sargeant"]),
        ("Kevin Magnussen veroorzaakte een kettingbotsing in de eerste bocht.", ["kevin_magnussen"]),
        ("Oscar Piastri kreeg de schuld voor de aanrijding met Sainz.", ["piastri"]),
        ("Volgens de stewards was het Stroll. Lance Stroll was schuldig aan de botsing.", ["stroll"]),
    ],
)
def test_culprits_nl(parse: Parse, body: str, expected: list[str]) -> None:
    assert culprits(parse(OPENING + body, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Logan Sargeant caused the collision at turn three.", ["sargeant"]),
        ("Kevin Magnussen triggered a pile-up at the start.", ["kevin_magnussen"]),
        ("Oscar Piastri was to blame for the clash with Sainz.", ["piastri"]),
        ("Lance Stroll was the main culprit.", ["stroll"]),
    ],
)
def test_culprits_en(parse: Parse, body: str, expected: list[str]) -> None:
    assert culprits(parse(OPENING_EN + body, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Volgens Hamilton was Lance Stroll de schuldige.",  # an opinion
        "Lance Stroll was niet de schuldige.",  # a denial
        "Was Lance Stroll de schuldige?",  # a question
        "Lance Stroll veroorzaakte een rode vlag.",  # no incident
        "Hamilton beschuldigde Lance Stroll van de crash.",  # a claim
    ],
)
def test_no_culprit_nl(parse: Parse, body: str) -> None:
    assert culprits(parse(OPENING + body, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "body",
    [
        "Hamilton felt Lance Stroll was to blame.",
        "Lance Stroll was not to blame for the crash.",
        "Lance Stroll caused a red flag.",
        "Hamilton accused Lance Stroll of causing the crash.",
        "Was Lance Stroll the culprit?",
    ],
)
def test_no_culprit_en(parse: Parse, body: str) -> None:
    assert culprits(parse(OPENING_EN + body, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Lance Stroll was de grote schuldige bij de start.", [("stroll", "start")]),
        ("Lance Stroll caused the collision after the restart.", [("stroll", "restart")]),
        ("Lance Stroll caused the collision on lap 30.", []),  # no moment a question can name
    ],
)
def test_culprit_moments(parse: Parse, body: str, expected: list[tuple[str, str]]) -> None:
    assert culprit_moments(parse(OPENING_EN + body, date="2024-06-30")) == expected
