"""knowledge.extract.events: which race an article reports on, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

BODY = (
    "Meer over Abu Dhabi in ons menu\n\n"
    "Hamilton pakt pole voor de Spaanse Grand Prix\n\n"
    "Lewis Hamilton was in de kwalificatie de snelste, voor Valtteri Bottas. Max Verstappen werd derde."
)


@pytest.mark.parametrize(
    "date, event",
    [
        ("2020-08-15", "spain"),  # the Saturday of the Spanish GP weekend
        ("2020-08-17", "spain"),  # the Monday after
    ],
)
def test_the_race_of_the_weekend_wins_over_a_race_named_in_passing(
    parse: Parse, date: str, event: str
) -> None:
    assert parse(BODY, date=date).main_event == event


def test_a_weekend_race_the_article_does_not_name_is_not_chosen(parse: Parse) -> None:
    body = (
        "Terugblik op Bahrein\n\nIn de Grand Prix van Bahrein won Lewis Hamilton, voor Max Verstappen."
        " In Abu Dhabi won Verstappen later nog."
    )
    assert parse(body, date="2020-08-15").main_event != "spain"
