"""knowledge.extract.incidents: collisions told with "touché" or with the other driver's car, in examples
written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def collisions(a: ParsedArticle) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.driver, f.others) for f in facts_of(a, "collision")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ocon zakte in Spanje na een touché met Gasly terug naar de tiende plaats.",
        "In Spanje schoot Ocon van de baan en belandde in het grind na in aanraking te zijn gekomen met de"
        " wagen van Pierre Gasly.",
        "Ocon ging in Spanje van de baan na een botsing met de auto van Gasly.",
        "Ocon had a crash with Gasly on the first lap in Spain.",
        "In Spanje kwam het tot de crash van Ocon en Gasly.",
    ],
)
def test_a_collision_with_the_other_driver_or_his_car(parse: Parse, sentence: str) -> None:
    assert ("ocon", ("gasly",)) in collisions(parse(sentence, date="2021-05-10"))


@pytest.mark.parametrize(
    "sentence",
    [
        "In Spanje ging Ocon zonder touché langs Gasly.",
        "Ocon reed in Spanje de hele race achter de wagen van Gasly.",
        # the crash of one driver, told by another
        "Ocon sprak in Spanje over de crash van Gasly.",
    ],
)
def test_no_collision(parse: Parse, sentence: str) -> None:
    assert collisions(parse(sentence, date="2021-05-10")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris won in Spanje terwijl Ocon Gasly raakte in de laatste bocht.",
        "Norris took the win in Spain as Ocon clipped Gasly at the hairpin.",
        "Norris won the Spanish race while Ocon rammed Gasly on lap 12.",
        "Norris won in Spanje, nadat Ocon Gasly tikte in de eerste ronde.",
    ],
)
def test_the_hit_in_an_embedded_clause_is_its_own_doers(parse: Parse, sentence: str) -> None:
    found = collisions(parse(sentence, date="2021-05-10"))
    assert ("ocon", ("gasly",)) in found and ("gasly", ("ocon",)) in found
    assert not any("norris" in (d, *o) for d, o in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # the doer hit the wall: his crash, nobody else's collision
        "Norris won in Spain as Ocon hit the wall at turn 9.",
        "Norris won in Spanje, terwijl Ocon de muur raakte.",
    ],
)
def test_an_embedded_hit_of_no_driver_is_no_collision(parse: Parse, sentence: str) -> None:
    assert collisions(parse(sentence, date="2021-05-10")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris retired in Spain after Ocon hit him at turn 1.",
        "Norris viel uit in Spanje nadat Ocon hem raakte.",
    ],
)
def test_an_embedded_hit_of_him_is_the_subjects(parse: Parse, sentence: str) -> None:
    assert ("norris", ("ocon",)) in collisions(parse(sentence, date="2021-05-10"))
