"""What a sentence denies is no fact, across the fact families (session of 7 December 2026, day): English
negative contractions ("didn't", "wasn't", "couldn't", "won't", "doesn't") and "not" right before the word,
in examples written here; each family with the same sentence affirmed, which must still give the fact, and a
negation elsewhere in the sentence, which must not take it away."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]


def told(a: ParsedArticle) -> set[tuple[str, str]]:
    """(kind, driver) of the facts that answer: final ones."""
    return {(f.kind, f.driver) for f in a.facts if f.status == "final" and f.kind != "lap"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pole denied, and one taken
        ("Sainz didn't start from pole.", set()),
        ("Sainz wasn't on pole.", set()),
        ("Sainz started from pole.", {("grid", "sainz")}),
        # a place not reached, a retirement denied, and each affirmed
        ("Sainz didn't finish second.", set()),
        ("Sainz did not finish in the top three.", set()),
        ("Sainz didn't retire.", set()),
        ("Sainz didn't finish.", {("retirement", "sainz")}),
        ("Sainz finished second.", {("finish", "sainz")}),
        # a collision, a crash and a fastest lap denied, and affirmed
        ("Sainz didn't collide with Norris.", set()),
        ("Sainz collided with Norris.", {("collision", "sainz"), ("collision", "norris")}),
        ("Sainz didn't crash.", set()),
        ("Sainz didn't hit the wall.", set()),
        ("Sainz crashed.", {("crash", "sainz")}),
        ("Sainz didn't set the fastest lap.", set()),
        ("Sainz set the fastest lap.", {("fastest_lap", "sainz")}),
        # a penalty and a disqualification denied, and given
        ("Sainz wasn't given a grid penalty.", set()),
        ("Sainz wasn't disqualified.", set()),
        ("Sainz werd niet gediskwalificeerd.", set()),
        ("Sainz was disqualified.", {("penalty", "sainz")}),
        ("Sainz got a grid penalty.", {("penalty", "sainz")}),
    ],
)
def test_denied_is_no_fact(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    assert told(parse(f"The Austrian Grand Prix was held. {text}", date="2021-07-04")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negation of something else in the sentence keeps the fact
        ("Sainz, who didn't pit, finished second.", {("finish", "sainz")}),
        ("Sainz, who did not stop, got a five-second penalty.", {("penalty", "sainz")}),
        (
            "Sainz did not finish after spinning into the gravel.",
            {("crash", "sainz"), ("retirement", "sainz")},
        ),
        (
            "Norris wasn't so lucky - his fastest lap was null and void, with that honour going to Sainz.",
            {("fastest_lap", "sainz")},
        ),
    ],
)
def test_a_negation_elsewhere_keeps_it(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    assert told(parse(f"The Austrian Grand Prix was held. {text}", date="2021-07-04")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question, an expectation: no fact
        ("Can Sainz take pole in Austria?", set()),
        ("Sainz is expected to start from pole.", set()),
        # told as it happened
        ("Sainz took pole in Austria.", {("grid", "sainz")}),
        ("Sainz started from pole, as expected.", {("grid", "sainz")}),
    ],
)
def test_asked_or_expected_is_no_fact(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    assert told(parse(f"The Austrian Grand Prix was held. {text}", date="2021-07-04")) == expected
