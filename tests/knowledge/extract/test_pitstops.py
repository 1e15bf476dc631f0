"""knowledge.extract.pitstops: how long a driver's pit stop took, the whole stop or the standing still, in
examples written here; a penalty served at a stop, time lost, a standing still away from the pits and two
figures in one clause give none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk.\n\n"
OPENING_EN = "Lando Norris won the Austrian Grand Prix.\n\n"
Row = tuple[str, str | None, str | None]  # driver, the seconds, what they measure


def stops(a: ParsedArticle) -> list[Row]:
    return sorted((f.driver, f.detail, f.other_label) for f in facts_of(a, "pit_stop") if f.status == "final")


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Oscar Piastri had een pitstop van 4,3 seconden.", [("piastri", "4.3", "stop")]),
        (
            "Bij Ferrari ging het mis: Charles Leclerc kreeg een 9 seconden durende stop.",
            [("leclerc", "9", "stop")],
        ),
        ("De pitstop van Carlos Sainz duurde ruim 12 seconden.", [("sainz", "12", "stop")]),
        (
            "Max Verstappen kwam in ronde 20 naar binnen. Hij stond daar maar liefst 8 seconden stil.",
            [("max_verstappen", "8", "stationary")],
        ),
        ("Bij zijn pitstop stond Lewis Hamilton 5,2 seconden stil.", [("hamilton", "5.2", "stationary")]),
    ],
)
def test_pit_stops_nl(parse: Parse, body: str, expected: list[Row]) -> None:
    assert stops(parse(OPENING + body, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Oscar Piastri endured a slow 5.4sec pit stop.", [("piastri", "5.4", "stop")]),
        ("Charles Leclerc lost out with a 9-second stop.", []),  # "lost": what it cost him, not asked here
        ("Charles Leclerc had a 9-second stop when his front left wheel stuck.", [("leclerc", "9", "stop")]),
        ("Carlos Sainz had a pit stop lasting 12 seconds.", [("sainz", "12", "stop")]),
        (
            "Max Verstappen pitted on lap 20 and was stationary for 8 seconds.",
            [("max_verstappen", "8", "stationary")],
        ),
    ],
)
def test_pit_stops_en(parse: Parse, body: str, expected: list[Row]) -> None:
    assert stops(parse(OPENING_EN + body, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a penalty served at a stop, time lost, no stop near a standing still, two figures
        "Oscar Piastri kreeg vijf seconden straf, die hij bij zijn pitstop van 7 seconden uitzat.",
        "Max Verstappen verloor 4 seconden bij een trage stop.",
        "Max Verstappen stond 10 seconden stil op de grid voordat hij weg kon.",
        "Max Verstappen kwam naar binnen.\n\nHij stond daarna 8 seconden stil bij de start.",
        "Leclerc had een stop van 3 seconden en een stop van 9 seconden.",
    ],
)
def test_no_pit_stop_nl(parse: Parse, body: str) -> None:
    assert stops(parse(OPENING + body, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "body",
    [
        "Oscar Piastri was given a 10-second stop-go penalty.",
        "Oscar Piastri served a five-second penalty during his 7.1s stop.",
        "Max Verstappen lost 4 seconds in a slow stop.",
        "Max Verstappen stood still for 10 seconds on the grid.",
        "Leclerc had a 3s stop and a 9s stop.",
    ],
)
def test_no_pit_stop_en(parse: Parse, body: str) -> None:
    assert stops(parse(OPENING_EN + body, date="2024-06-30")) == []
