"""Families found on the blind real sets (a wrong or neighbouring answer each), in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]

LEAD = "Verstappen won de Grand Prix van Frankrijk.\n\n"


def final(a: ParsedArticle, kind: str) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status == "final"}


@pytest.mark.parametrize(
    "sentence, kind, driver",
    [
        # a goal, a failure and a counterfactual are no results
        ("Voor Leclerc was het belangrijk om een derde zege op rij te boeken.", "finish", "leclerc"),
        ("Het is Leclerc niet gelukt poleposition te veroveren.", "grid", "leclerc"),
        ("Als het niet was gaan regenen, dan had Norris gewonnen.", "finish", "norris"),
        # back then is another time
        ("Destijds werd Norris derde achter Verstappen.", "finish", "norris"),
    ],
)
def test_no_final_result(parse: Parse, sentence: str, kind: str, driver: str) -> None:
    assert not any(d == driver for d, _ in final(parse(LEAD + sentence, date="2022-07-25"), kind))


def test_enough_to_take_pole_is_pole(parse: Parse) -> None:
    a = parse("Die ronde was net genoeg voor Leclerc om poleposition te veroveren.", date="2022-07-24")
    assert ("leclerc", 1) in final(a, "grid")


@pytest.mark.parametrize(
    "sentence, retired",
    [
        # a team's thing ("twee Ferrari-zeges") names no driver; its cars ("beide Mercedes-wagens") do
        ("Verstappen won na twee Ferrari-zeges weer eens.", set()),
        ("Beide Mercedes-wagens moesten opgeven.", {"hamilton", "russell"}),
    ],
)
def test_a_team_compound(parse: Parse, sentence: str, retired: set[str]) -> None:
    a = parse(LEAD + sentence, date="2022-07-25")
    assert {f.driver for f in facts_of(a, "retirement")} == retired
    assert not {f.driver for f in facts_of(a, "finish") if f.position == 1} - {"max_verstappen"}


def test_an_ordinal_of_a_session_is_no_place(parse: Parse) -> None:
    a = parse(
        "Verstappen pakte pole in Hockenheim.\n\nNorris kwam in de derde en laatste sessie tot een 1.11,822.",
        date="2024-07-21",
    )
    assert not facts_of(a, "finish", "norris") and not facts_of(a, "qualifying", "norris")


def test_the_race_over_a_circuit_is_no_retirement(parse: Parse) -> None:
    a = parse(LEAD + "Norris eindigde als vierde in de race over het stratencircuit.", date="2022-07-25")
    assert not facts_of(a, "retirement") and final(a, "finish") >= {("norris", 4)}


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # a hyphenated pit lane, and the cause of another event after "having" is not its reason
        (
            "Norris had to start from the pit-lane, having qualified 11th after a brake issue.",
            None,
        ),
        ("Norris had to start from the pit-lane because of a new power unit.", "a new power unit"),
    ],
)
def test_a_pit_lane_start_and_its_reason(parse: Parse, sentence: str, reason: str | None) -> None:
    a = parse("Verstappen won the Singapore Grand Prix.\n\n" + sentence, date="2022-10-03")
    assert [f.reason for f in facts_of(a, "pitlane", "norris")] == [reason]


@pytest.mark.parametrize(
    "sentence",
    [
        # when, not why
        "Norris kreeg de tijdstraf na zijn eerste en enige pitstop.",
        "Norris kreeg een gridstraf van drie plaatsen, na zijn bezoekje aan de stewards.",
    ],
)
def test_a_moment_is_no_penalty_reason(parse: Parse, sentence: str) -> None:
    a = parse(LEAD + sentence, date="2022-07-25")
    assert [f.reason for f in facts_of(a, "penalty", "norris")] == [None]
