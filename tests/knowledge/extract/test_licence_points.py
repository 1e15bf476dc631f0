"""knowledge.extract.penalties: penalty points on a driver's licence, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def points(a: ParsedArticle) -> list[tuple[str, str | None, int | None]]:
    return [(f.driver, f.penalty, f.amount) for f in facts_of(a, "penalty")]


@pytest.mark.parametrize(
    "sentence, n",
    [
        ("Ocon kreeg in Spanje twee strafpunten op zijn superlicentie.", 2),
        ("Naast een tijdstraf krijgt Ocon in Spanje ook nog drie strafpunten erbij.", 3),
        ("In Spain Ocon was given one penalty point on his licence.", 1),
    ],
)
def test_licence_points_handed_out(parse: Parse, sentence: str, n: int) -> None:
    got = [x for x in points(parse(sentence, date="2021-05-10")) if x[1] == "points"]
    assert got == [("ocon", "points", n)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ocon staat na Spanje op tien strafpunten.",  # a total he now has
        "Ocon heeft ondertussen namelijk tien strafpunten verzameld op zijn licentie.",
        "After Spain Ocon has ten penalty points accumulated over the last year.",
        "Ocon was dicht bij een schorsing, omdat hij dan op tien strafpunten had gestaan.",
        "In Spain Ocon got no penalty points for the incident.",
        "Ocon kreeg in Spanje geen strafpunten.",
    ],
)
def test_no_licence_points(parse: Parse, sentence: str) -> None:
    assert points(parse(sentence, date="2021-05-10")) == []
