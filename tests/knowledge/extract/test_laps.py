"""knowledge.extract.laps: the lap of a retirement, crash or collision told in the same part of a clause, in
examples written here; a lap "after", a lap of something else and a clause with two laps give none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.laps import lap_ordinal
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "
OPENING_EN = "Lando Norris won the Austrian Grand Prix. "
Row = tuple[str, str | None, int | None]  # driver, the event's kind, the lap


def laps(a: ParsedArticle) -> list[Row]:
    """The laps of retirements, crashes and collisions (a pit stop's lap is a fact of its own: see
    test_blind_families_7; so are the laps run before a retirement, "after 12 laps":
    test_blind_families_34)."""
    return sorted(
        (f.driver, f.detail, f.amount)
        for f in facts_of(a, "lap")
        if f.status == "final" and f.detail != "pit_stop" and f.other_label != "after"
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Alexander Albon viel in ronde 17 uit met remproblemen.", [("albon", "retirement", 17)]),
        ("Kevin Magnussen crashte in de derde ronde in de muur.", [("kevin_magnussen", "crash", 3)]),
        ("In de openingsronde crashte Logan Sargeant.", [("sargeant", "crash", 1)]),
        ("Op ronde 44 moest Nico Hülkenberg zijn auto parkeren.", [("hulkenberg", "retirement", 44)]),
        (
            "Max Verstappen reed lang tweede, tot zijn motor er in de 52ste ronde mee ophield.",
            [("max_verstappen", "retirement", 52)],
        ),
        (
            "In ronde 5 botste Yuki Tsunoda met Daniel Ricciardo.",
            [("ricciardo", "collision", 5), ("tsunoda", "collision", 5)],
        ),
    ],
)
def test_laps_nl(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert laps(parse(OPENING + sentence, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Alexander Albon retired on lap 17 with a brake problem.", [("albon", "retirement", 17)]),
        ("Kevin Magnussen crashed into the wall on lap nine.", [("kevin_magnussen", "crash", 9)]),
        ("Logan Sargeant crashed on the opening lap.", [("sargeant", "crash", 1)]),
        (
            "Yuki Tsunoda collided with Daniel Ricciardo on lap 5.",
            [("ricciardo", "collision", 5), ("tsunoda", "collision", 5)],
        ),
    ],
)
def test_laps_en(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert laps(parse(OPENING_EN + sentence, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # after N laps: the lap itself stays open
        "Alexander Albon viel na twaalf ronden uit.",
        # the lap belongs to something else in the sentence
        "Nadat hij in ronde 3 een lekke band kreeg, viel Albon later uit.",
        "Albon reed in ronde 10 nog vijfde, maar viel uit.",
        # two laps: whose is which stays open
        "Albon viel volgens het team in ronde 30 of op ronde 31 uit.",
        # a lap without a retirement, crash or collision (a pit stop's is its own)
        "In ronde 20 haalde Albon een pitstop.",
    ],
)
def test_no_lap_nl(parse: Parse, sentence: str) -> None:
    assert laps(parse(OPENING + sentence, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Alexander Albon retired after 12 laps.",
        "Albon was fifth on lap 10 but retired later.",
        "Albon retired when his engine, damaged on lap 3, finally failed.",
        "Albon pitted on lap 20.",
        "Albon retired with three laps to go.",
    ],
)
def test_no_lap_en(parse: Parse, sentence: str) -> None:
    assert laps(parse(OPENING_EN + sentence, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "token, lap", [("elfde", 11), ("69ste", 69), ("52nd", 52), ("11e", 11), ("eerste", 1), ("foo", None)]
)
def test_lap_ordinal(token: str, lap: int | None) -> None:
    assert lap_ordinal(token) == lap


def test_an_overtake_lap_past_thirty(parse: Parse) -> None:
    a = parse(OPENING + "In de 48ste ronde ging Oscar Piastri voorbij Charles Leclerc.", date="2024-06-30")
    assert [(f.driver, f.detail) for f in facts_of(a, "overtake")] == [("piastri", "lap:48")]


@pytest.mark.parametrize(
    "sentence, lap",
    [
        # the lap word left out after a lap named before in the sentence; an aside between dashes
        (
            "In de 40ste ronde verdedigde Leclerc zich nog goed, maar in de 41ste kwam Oscar Piastri – via de"
            " buitenkant – alsnog voorbij Charles Leclerc.",
            "lap:41",
        ),
        # an ordinal without a lap named before says no lap
        ("Oscar Piastri reed sterk en in de 41ste ging hij voorbij Charles Leclerc.", None),
    ],
)
def test_an_overtake_lap_left_out(parse: Parse, sentence: str, lap: str | None) -> None:
    a = parse(OPENING + sentence, date="2024-06-30")
    assert [(f.driver, f.others, f.detail) for f in facts_of(a, "overtake")] == [
        ("piastri", ("leclerc",), lap)
    ]
