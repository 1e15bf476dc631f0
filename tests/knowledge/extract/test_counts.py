"""knowledge.extract.counts: counts as an article states them, with their scope, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Max Verstappen won de Grand Prix van Mexico. "


def counts(a: ParsedArticle) -> list[tuple[str, int | None, str | None]]:
    return [(f.driver, f.amount, f.detail) for f in facts_of(a, "count") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Voor Verstappen was het de negende zege van het seizoen.", ("max_verstappen", 9, "wins:season")),
        ("Hamilton boekte zijn 92e overwinning in de Formule 1.", ("hamilton", 92, "wins:career")),
        ("Leclerc pakte zijn zevende pole van 2019.", ("leclerc", 7, "poles:season")),
        ("Norris claimed his fourth podium of the season.", ("norris", 4, "podiums:season")),
        # (a tally held, its season between: read since the session of 6 December, evening)
        ("Verstappen heeft dit jaar al elf races gewonnen.", ("max_verstappen", 11, "wins:season")),
        ("Verstappen won al elf van de zeventien races dit jaar.", ("max_verstappen", 11, "wins:season")),
        ("Hamilton has won 11 races this season.", ("hamilton", 11, "wins:season")),
        ("It was the first pole of his career for Russell.", ("russell", 1, "poles:career")),
        # ordinals written out beyond twenty, and a name's possessive before the count
        ("Verstappen pakte zijn dertigste Grand Prix-overwinning.", ("max_verstappen", 30, "wins:career")),
        ("Hamilton boekte zijn tweeënnegentigste zege.", ("hamilton", 92, "wins:career")),
        ("Hamilton's ninety-second win put him in the record books.", ("hamilton", 92, "wins:career")),
        ("Alonso took his hundredth podium.", ("alonso", 100, "podiums:career")),
        ("Leclerc's fortieth pole came in Monaco.", ("leclerc", 40, "poles:career")),
    ],
)
def test_count(parse: Parse, sentence: str, expected: tuple[str, int, str] | None) -> None:
    got = counts(parse(OPENING + sentence, date="2021-11-08"))
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Het was zijn derde zege.",  # no scope: season or career?
        "Het was de vierde race van het seizoen.",  # a round, not a count of wins
        "Verstappen won in augustus al de vijfde race van 2020.",
        "Hij leek lang op weg te zijn naar zijn eerste overwinning in de Formule 1.",
        "Norris hoopt op zijn eerste zege van het seizoen.",
    ],
)
def test_no_count(parse: Parse, sentence: str) -> None:
    assert counts(parse(OPENING + sentence, date="2021-11-08")) == []


def test_a_count_with_its_verb_after_it(parse: Parse) -> None:
    a = parse(
        "Terugblik op het seizoen. Hamilton heeft dit jaar liefst elf overwinningen gepakt, tegenover nul"
        " voor Bottas.",
        date="2018-12-10",
    )
    assert counts(a) == [("hamilton", 11, "wins:season")]
    b = parse("Hamilton heeft liefst elf overwinningen gepakt.", date="2018-12-10")  # no scope: left alone
    assert counts(b) == []


def test_a_second_count_without_its_article(parse: Parse) -> None:
    text = "It was Norris's first win of the season - and fifth of his F1 career."
    got = counts(parse(OPENING + text, date="2021-11-08"))
    assert ("norris", 1, "wins:season") in got and ("norris", 5, "wins:career") in got
