"""knowledge.extract.results: places a driver did not have (missed, instead of, hoped for, where he retired
from) and standings told with points in brackets, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def answering(a: ParsedArticle, kind: str) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status in ("final", "provisional")}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("In Spanje werd Ocon zesde en miste zo de vijfde plaats.", "finish"),
        ("In Spain Ocon missed out narrowly on fifth place.", "finish"),
        (
            "In Spanje eindigde Ocon als zesde, waardoor hij de vijfde plaats in het kampioenschap misliep.",
            "championship",
        ),
        ("Ocon moest in Spanje uit de pitstraat vertrekken in plaats vanaf de negende plek.", "grid"),
        ("In Spain Ocon started from the pit lane instead of ninth.", "grid"),
        (
            "Ondanks dat Ocon in Spanje niet vanaf de gehoopte vijfde startplek vertrok, was hij tevreden.",
            "grid",
        ),
        ("Op tien ronden van het einde viel Ocon in Spanje vanuit vijfde positie uit.", "finish"),
    ],
)
def test_a_place_he_did_not_have(parse: Parse, sentence: str, kind: str) -> None:
    a = parse(sentence, date="2021-05-10")
    assert not {p for d, p in answering(a, kind) if d == "ocon" and p in (5, 9)}


@pytest.mark.parametrize(
    "sentence, kind, place",
    [
        ("In Spanje werd Ocon vijfde.", "finish", 5),
        ("Ocon vertrok in Spanje vanaf de negende plek.", "grid", 9),
        ("In Spanje viel Ocon uit, Gasly werd vijfde.", "finish", None),
    ],
)
def test_a_place_he_had(parse: Parse, sentence: str, kind: str, place: int | None) -> None:
    a = parse(sentence, date="2021-05-10")
    assert (("ocon", place) in answering(a, kind)) == (place is not None)


def test_a_place_with_points_in_brackets_after_it_is_a_standing(parse: Parse) -> None:
    a = parse("Na Spanje volgt Ocon in de stand als derde al op afstand (77 ptn).", date="2021-05-10")
    assert ("ocon", 3) in answering(a, "championship")
    assert answering(a, "finish") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Met Ocon vanaf pole position ging de race in Spanje van start.",
        "In Spain the race began with Ocon on pole.",
    ],
)
def test_with_a_driver_on_pole(parse: Parse, sentence: str) -> None:
    a = parse("Gasly had een lastig weekend.\n\n" + sentence, date="2021-05-10")
    assert [f.driver for f in facts_of(a, "grid") if f.position == 1] == ["ocon"]
