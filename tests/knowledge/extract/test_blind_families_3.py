"""Families found on the blind real sets 36 and 37 and on the ones before them (a wrong or neighbouring answer
each), in examples written here: a "he" after another driver's mishap is undecided; a kind of penalty
denied beside the one given ("a reprimand instead of a grid penalty") is not his."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def final(a: ParsedArticle, kind: str) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status == "final"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris was third, Piastri fourth, but with Piastri's grid penalty he will line up ninth.",
        "Norris werd derde en Piastri vierde, maar door Piastri's gridstraf start hij als negende.",
        "Norris werd derde en Piastri vierde, maar door Piastris gridstraf start hij als negende.",
    ],
)
def test_he_after_anothers_mishap_is_undecided(parse: Parse, sentence: str) -> None:
    # the mishap's owner or the sentence's subject: the words do not say which
    assert not {p for _, p in final(parse(sentence, date="2024-11-30"), "grid")} & {9}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris was third, but with his grid penalty he will line up ninth.",
        "Norris werd derde, maar door zijn gridstraf moet hij vanaf de negende plaats starten.",
        "Piastri's grid penalty was announced on Friday. Norris qualified third and he will start ninth.",
    ],
)
def test_he_without_anothers_mishap_is_the_subject(parse: Parse, sentence: str) -> None:
    assert ("norris", 9) in final(parse(sentence, date="2024-11-30"), "grid")


def penalty_kinds(a: ParsedArticle) -> set[str | None]:
    return {f.penalty for f in facts_of(a, "penalty") if f.status == "final"}


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        # a kind denied beside the one given is not his
        ("Ocon got a reprimand instead of a grid penalty.", {"reprimand"}),
        ("Ocon kreeg een reprimande in plaats van een gridstraf.", {"reprimand"}),
        ("Ocon kreeg niet een gridstraf maar een reprimande.", {"reprimand"}),
        ("Ocon was given a time penalty, not a reprimand.", {"time"}),
        ("Ocon escaped with a reprimand rather than a penalty.", {"reprimand"}),
        # the kind given
        ("Ocon got a reprimand.", {"reprimand"}),
        ("Ocon kreeg een gridstraf.", {"grid"}),
    ],
)
def test_a_kind_of_penalty_denied_is_not_given(parse: Parse, sentence: str, kinds: set[str]) -> None:
    assert penalty_kinds(parse(sentence, date="2024-11-30")) == kinds


def test_a_penalty_escaped_is_none(parse: Parse) -> None:
    assert not penalty_kinds(parse("Ocon escaped a penalty.", date="2024-11-30"))
