"""knowledge.extract.startcause: a start place told with its cause, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "


def causes(a: ParsedArticle) -> list[tuple[str, int | None, int | None, str]]:
    return [
        (f.driver, f.position, f.amount, f.reason or "")
        for f in facts_of(a, "start_cause")
        if f.status == "final" and f.grand_prix == "austria"
    ]


@pytest.mark.parametrize(
    "text, driver, position, row, cue",
    [
        (
            "Alonso, pas vanaf de zesde rij gestart na een hydraulisch probleem in Q2, werd vijfde.",
            "alonso",
            None,
            6,
            "hydraulisch",
        ),
        ("Gasly startte als twaalfde door een crash in de kwalificatie.", "gasly", 12, None, "crash"),
        (
            "Ocon vertrok vanaf de veertiende plek vanwege rode vlaggen in Q1.",
            "ocon",
            14,
            None,
            "rode vlaggen",
        ),
        (
            "Stroll started ninth after a gearbox problem in Q2 and finished sixth.",
            "stroll",
            9,
            None,
            "gearbox",
        ),
        (
            "Albon, who started from the eighth row due to a fuel leak, scored a point.",
            "albon",
            None,
            8,
            "fuel",
        ),
    ],
)
def test_a_start_with_its_cause(
    parse: Parse, text: str, driver: str, position: int | None, row: int | None, cue: str
) -> None:
    found = causes(parse(OPENING + text, date="2023-07-03"))
    assert [x[:3] for x in found] == [(driver, position, row)] and cue in found[0][3]


@pytest.mark.parametrize(
    "text",
    [
        # a grid penalty is the penalties family's
        "Gasly startte als twaalfde na een gridstraf.",
        "Stroll started ninth because of a grid penalty.",
        # when, not why
        "Ocon startte als veertiende na de kwalificatie.",
        # the cause follows the finish, not the start
        "Alonso startte als vijfde en werd derde na een sterke race.",
        "Stroll started ninth and moved up after a fast pit stop.",
        # no place
        "Gasly started the race after a long delay.",
    ],
)
def test_no_start_cause(parse: Parse, text: str) -> None:
    assert causes(parse(OPENING + text, date="2023-07-03")) == []
