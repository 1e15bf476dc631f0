"""knowledge.extract.tyres: the compound a driver started or finished on and the tyre that failed, in
examples written here; a tyre put on during the race, a plan or a wish is neither."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "
OPENING_EN = "Lando Norris won the Austrian Grand Prix. "
Row = tuple[str, str | None, str | None]


def tyres(a: ParsedArticle) -> list[Row]:
    return [(f.driver, f.other_label, f.detail) for f in facts_of(a, "tyre") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Oscar Piastri startte op de mediums.", [("piastri", "start", "medium")]),
        ("Max Verstappen begon de race op de zachte banden.", [("max_verstappen", "start", "soft")]),
        ("George Russell eindigde op de harde band.", [("russell", "finish", "hard")]),
        (
            "Omdat het regende, vertrokken alle coureurs op de intermediates.",
            [("", "start", "intermediate")],
        ),
        (
            "Charles Leclerc sprak na afloop over de softs waarop hij begon.",
            [("leclerc", "start", "soft")],
        ),
        ("Carlos Sainz reed de race uit op de hards.", [("sainz", "finish", "hard")]),
        ("Lewis Hamilton kreeg een lekke rechter achterband.", [("hamilton", "failure", "right_rear")]),
        (
            "De linkervoorband van Pierre Gasly klapte op het rechte stuk.",
            [("gasly", "failure", "left_front")],
        ),
    ],
)
def test_tyres_nl(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert tyres(parse(OPENING + sentence, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Oscar Piastri started on the mediums.", [("piastri", "start", "medium")]),
        ("Max Verstappen started the race on used softs.", [("max_verstappen", "start", "soft")]),
        ("George Russell finished on the hard tyres.", [("russell", "finish", "hard")]),
        ("The whole field started on intermediates.", [("", "start", "intermediate")]),
        ("Lewis Hamilton suffered a left-rear puncture.", [("hamilton", "failure", "left_rear")]),
        ("Pierre Gasly's right front tyre failed at high speed.", [("gasly", "failure", "right_front")]),
    ],
)
def test_tyres_en(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert tyres(parse(OPENING_EN + sentence, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a tyre put on during the race is neither the start nor the finish
        "Red Bull zette Max Verstappen daarna op de harde band.",
        "Oscar Piastri wisselde in ronde 20 naar de mediums.",
        # a wish, a plan, a condition
        "Carlos Sainz wilde de race op de softs eindigen.",
        "Als het droog blijft, start Russell op de mediums.",
        "Lewis Hamilton zou op de harde banden starten.",
        # a tyre named without a failure, a failure without a tyre
        "De linker achterband van Leclerc hield het goed vol.",
        "Alexander Albon kreeg een lekke band.",
    ],
)
def test_no_tyre_nl(parse: Parse, sentence: str) -> None:
    assert tyres(parse(OPENING + sentence, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Red Bull then switched Max Verstappen to the hard tyres.",
        "Carlos Sainz wanted to finish on the softs.",
        "If it stays dry, Russell would start on mediums.",
        "Lewis Hamilton did not start on the hards.",
        "George Russell pitted for a fresh set of mediums.",
        "Charles Leclerc's left rear looked worn but held on.",
    ],
)
def test_no_tyre_en(parse: Parse, sentence: str) -> None:
    assert tyres(parse(OPENING_EN + sentence, date="2024-06-30")) == []


def test_a_failed_tyre_with_only_his_is_the_driver_followed(parse: Parse) -> None:
    a = parse(OPENING + "Max Verstappen reed lang tweede. Zijn rechter achterband klapte.", date="2024-06-30")
    assert tyres(a) == [("max_verstappen", "failure", "right_rear")]
