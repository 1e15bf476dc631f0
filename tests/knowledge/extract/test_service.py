"""knowledge.extract.penalties: community service set by the FIA, with its days, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "sentence, days",
    [
        ("Na de GP van Brazilië moet Ocon drie dagen komen opdraven voor een taakstraf van de FIA.", 3),
        ("De stewards legden Ocon in Brazilië een werkstraf op.", None),
        ("After the Brazilian GP Ocon was handed two days of community service.", 2),
    ],
)
def test_community_service(parse: Parse, sentence: str, days: int | None) -> None:
    a = parse(sentence, date="2018-11-12")
    assert [(f.driver, f.penalty, f.amount) for f in facts_of(a, "penalty")] == [("ocon", "service", days)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ocon dacht in Brazilië niet aan een taakstraf, maar aan de race.",
        "In Brazil the idea of community service for drivers came up again, Ocon said.",
    ],
)
def test_no_community_service(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2018-11-12")
    assert [f for f in facts_of(a, "penalty") if f.penalty == "service"] == []
