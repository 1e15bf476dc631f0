"""knowledge.extract.tyres: the compound a driver started or finished on, the one he was given at a pit stop
and the tyre that failed, in examples written here; a plan or a wish is none, nor is a compound the others
were given, or one put on in practice or qualifying."""

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
        "Charles Leclerc's left rear looked worn but held on.",
    ],
)
def test_no_tyre_en(parse: Parse, sentence: str) -> None:
    assert tyres(parse(OPENING_EN + sentence, date="2024-06-30")) == []


def test_a_failed_tyre_with_only_his_is_the_driver_followed(parse: Parse) -> None:
    a = parse(OPENING + "Max Verstappen reed lang tweede. Zijn rechter achterband klapte.", date="2024-06-30")
    assert tyres(a) == [("max_verstappen", "failure", "right_rear")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Red Bull zette Max Verstappen daarna op de harde band.", [("max_verstappen", "stop", "hard")]),
        ("Oscar Piastri wisselde in ronde 20 naar de mediums.", [("piastri", "stop", "medium")]),
        ("George Russell kwam in ronde 31 binnen voor de zachte banden.", [("russell", "stop", "soft")]),
        ("Lando Norris maakte zijn tweede pitstop voor intermediates.", [("norris", "stop", "intermediate")]),
        ("Alexander Albon kreeg bij de stop verse mediums.", [("albon", "stop", "medium")]),
        ("Yuki Tsunoda pitted for a fresh set of mediums.", [("tsunoda", "stop", "medium")]),
        ("Lewis Hamilton switched to the hard tyres on lap 22.", [("hamilton", "stop", "hard")]),
        ("Fernando Alonso was fitted with softs for the final stint.", [("alonso", "stop", "soft")]),
        ("Esteban Ocon changed from mediums to hards at his only stop.", [("ocon", "stop", "hard")]),
    ],
)
def test_a_compound_put_on_at_a_stop(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert tyres(parse(OPENING + sentence, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the others, not the one named
        "Lewis Hamilton stayed out while the other front-runners pitted for fresh softs.",
        "Terwijl Russell buiten bleef, gingen de meeste andere coureurs naar de mediums.",
        # two drivers before the compound: whose stop it was is not plain
        "Carlos Sainz lost the lead when Ferrari called Charles Leclerc in to switch to the hard tyres.",
        # a plan or a wish
        "Sergio Perez could have switched to the mediums earlier.",
        "Valtteri Bottas wilde eigenlijk naar de harde banden wisselen.",
        # a compound of another session
        "In Q3 Lance Stroll switched to the soft tyres for his final run.",
        "Kevin Magnussen wisselde in de tweede vrije training naar de zachte banden.",
        # a compound of another year's range, with its prefix
        "Daniel Ricciardo pitted for a set of ultra-soft tyres.",
    ],
)
def test_no_compound_put_on_at_a_stop(parse: Parse, sentence: str) -> None:
    assert tyres(parse(OPENING + sentence, date="2024-06-30")) == []
