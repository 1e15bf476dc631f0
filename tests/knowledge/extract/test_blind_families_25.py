"""Phrase families of the session of 7 December (night), each with examples both ways in our own words: an
asked "wie"/"who" before an event is its subject ("bepaald wie pole pakt": no one's pole yet)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "body, expected",
    [
        # an indirect question or a free relative: whoever it will be, not the driver named before
        ("GP van Japan. Norris was de snelste in Q2. In Q3 wordt bepaald wie de pole pakt.", set()),
        ("GP van Japan. Norris reed sterk. Het blijft gissen wie zondag van pole vertrekt.", set()),
        ("Japanese GP. Norris topped Q2. Q3 will decide who takes pole position.", set()),
        ("Japanese GP. Norris topped Q2. Now we wait to see who takes pole.", set()),
        ("GP van Japan. Piastri reed sterk. De vraag is welke McLaren-coureur de pole pakt.", set()),
        # ... a relative "who" or "die" about the one named before it is his
        ("Japanese GP. Norris, who took pole, was delighted.", {"norris"}),
        ("Japanese GP. It was Norris who took pole position.", {"norris"}),
        ("GP van Japan. Norris, die de pole pakte, was blij.", {"norris"}),
        ("GP van Japan. Norris pakte de pole.", {"norris"}),
    ],
)
def test_an_asked_who_owns_the_event(parse: Parse, body: str, expected: set[str]) -> None:
    a = parse(body, date="2024-04-06")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("GP van Japan. Norris reed goed. Wie de race wint, is nog onzeker.", set()),
        ("Japanese GP. Norris looked quick. Nobody can tell who wins on Sunday.", set()),
        ("GP van Japan. Norris won de race.", {"norris"}),
    ],
)
def test_an_asked_who_wins_no_race(parse: Parse, body: str, expected: set[str]) -> None:
    a = parse(body, date="2024-04-07")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == expected
