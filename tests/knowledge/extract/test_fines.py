"""knowledge.extract.fines: who was fined, how much and why, in examples written here; a fine is no
sporting penalty."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "
OPENING_EN = "Lando Norris won the Austrian Grand Prix. "
Row = tuple[str, int | None, str | None]


def fined(a: ParsedArticle) -> list[Row]:
    return [(f.driver, f.amount, f.reason) for f in facts_of(a, "fine") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Max Verstappen kreeg een boete van 3000 euro voor het te laat verschijnen bij de volksliederen.",
            ("max_verstappen", 3000, "het te laat verschijnen bij de volksliederen"),
        ),
        (
            "Ferrari werd beboet met 15.000 euro wegens een losse band bij een pitstop.",
            ("team:ferrari", 15000, "een losse band bij een pitstop"),
        ),
        ("De stewards gaven Haas een boete van €7.500.", ("team:haas", 7500, None)),
        ("Het team van Alpine kreeg een geldboete van 20.000 euro.", ("team:alpine", 20000, None)),
        ("Ook Yuki Tsunoda kreeg een boete.", ("tsunoda", None, None)),
    ],
)
def test_fine_nl(parse: Parse, sentence: str, expected: Row) -> None:
    assert fined(parse(OPENING + sentence, date="2024-06-30")) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Mercedes was fined €25,000 for an unsafe release of George Russell.",
            ("team:mercedes", 25000, "an unsafe release of George Russell"),
        ),
        ("Lance Stroll received a €5,000 fine.", ("stroll", 5000, None)),
        (
            "The stewards fined McLaren €10,000 for a pit lane infringement.",
            ("team:mclaren", 10000, "a pit lane infringement"),
        ),
        (
            "Sainz got a fine of 4000 euros for speeding in the pit lane.",
            ("sainz", 4000, "speeding in the pit lane"),
        ),
    ],
)
def test_fine_en(parse: Parse, sentence: str, expected: Row) -> None:
    assert fined(parse(OPENING_EN + sentence, date="2024-06-30")) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Verstappen ontliep een boete voor het incident.",
        "Russell riskeert een boete van de stewards.",
        "Er kwam geen boete voor Pérez.",
        "Na de race trok de engineer het boetekleed aan.",
        "Hamilton escaped a fine for the incident.",
        "Leclerc could be fined for his late arrival.",
        "Albon drove a fine race to finish ninth.",
        "It was a fine result for Williams.",
    ],
)
def test_no_fine(parse: Parse, sentence: str) -> None:
    assert fined(parse(OPENING + sentence, date="2024-06-30")) == []


def test_a_fine_beside_a_time_penalty_keeps_both_apart(parse: Parse) -> None:
    a = parse(
        OPENING + "Ocon kreeg een tijdstraf van vijf seconden en een boete van 2000 euro.", date="2024-06-30"
    )
    assert [(f.penalty, f.amount, f.unit) for f in facts_of(a, "penalty", "ocon")] == [("time", 5, "s")]
    assert [(f.amount, f.unit) for f in facts_of(a, "fine", "ocon")] == [(2000, "eur")]


def test_every_penalty_word_passes_the_gate() -> None:
    # the penalty family looks at a clause only when it holds one of these pieces: every word of its entry
    # tables must hold one, or a new phrase would never be read
    from knowledge.extract import penalties

    for slot in ("time", "grid", "dsq", "reprimand", "service", "penalty"):
        for word in (*penalties.NL[slot], *penalties.EN[slot]):
            assert any(piece in word for piece in penalties._PENALTY_PIECES), (slot, word)
    assert not any(piece in "verstappen won de race voor hamilton" for piece in penalties._PENALTY_PIECES)
