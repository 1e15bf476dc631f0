"""A place held at a moment of the race (``knowledge.extract.running``): examples both ways, in our own
words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import LAST, ParsedArticle
from knowledge.extract.running import moment_asked
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def places(a: ParsedArticle) -> set[tuple[str, int | None, str | None]]:
    return {(f.driver, f.position, f.detail) for f in facts_of(a, "moment") if f.unit == "place"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the moment heads the clause, the verb before the driver
        ("Na de eerste ronde lag Norris al zesde.", ("norris", 6, "start")),
        ("Bij de start zakte Norris terug naar P11.", ("norris", 11, "start")),
        ("In ronde 12 reed Norris op de vierde plaats.", ("norris", 4, "lap:12")),
        # the moment between the verb and the place, or right after the place
        ("Norris lag na ronde 1 nog laatste.", ("norris", LAST, "start")),
        ("Norris kwam na de openingsronde als negende door.", ("norris", 9, "start")),
        ("Norris was seventh after the opening lap.", ("norris", 7, "start")),
        ("At the end of lap one, Norris had climbed to fifth.", ("norris", 5, "start")),
        ("By lap 20 Norris had fought his way back to P6.", ("norris", 6, "lap:20")),
        ("Norris (who started tenth) led after the first corner.", ("norris", 1, "start")),
        ("Norris drove from P13 to P9 in the first lap of the race.", ("norris", 9, "start")),
        ("Norris klom in de eerste ronde van P13 naar P9.", ("norris", 9, "start")),
        # the lead taken or kept at the start
        ("Norris nam bij de start meteen de leiding.", ("norris", 1, "start")),
        ("Norris kept the lead at the start.", ("norris", 1, "start")),
        # a place reached in a sentence about the getaway
        ("Norris had a poor launch and slipped to ninth.", ("norris", 9, "start")),
        ("Norris was beter weg dan Piastri en pakte de leiding.", ("norris", 1, "start")),
    ],
)
def test_a_place_at_a_moment(parse: Parse, sentence: str, expected: tuple[str, int, str]) -> None:
    assert expected in places(parse("GP van Qatar. " + sentence, date="2024-12-01"))


@pytest.mark.parametrize(
    "sentence",
    [
        # "bij de start" with a place held: perhaps the grid
        "Bij de start stond Norris op de zesde plaats.",
        "Bij de start lag Norris zesde.",
        # the start of something else
        "Norris was sixth at the start of lap 5.",
        # two moments, or a time moved on
        "Norris lag na de start en in ronde 20 zesde.",
        "Norris viel na de start terug en lag later zesde.",
        # a way back up from the start ends later
        "Na de start knokte Norris zich terug naar de vierde plaats.",
        # first of a group, a pit stop
        "In ronde 21 was Norris de eerste van de kopgroep die naar binnen kwam.",
        "Norris came in first on lap 13.",
        # a place lost, a lead in the standings, a wish, another year
        "Norris verloor bij de start de leiding.",
        "Norris had a good start and took the lead in the championship.",
        "Als Norris na de eerste ronde zesde ligt, kan hij nog winnen.",
        "Vorig jaar lag Norris na de eerste ronde zesde.",
        # the moment elsewhere in the clause than the place
        "Na de start moest Norris uitwijken voor Piastri die zesde werd.",
        # somebody the clause does not name ("laatstgenoemde") kept it
        "Piastri was sneller weg dan Norris, maar laatstgenoemde verdedigde en behield de leiding.",
    ],
)
def test_no_place_at_a_moment(parse: Parse, sentence: str) -> None:
    assert not places(parse("GP van Qatar. " + sentence, date="2024-12-01"))


@pytest.mark.parametrize(
    "question, moment",
    [
        ("waar lag norris na de eerste ronde in qatar", "start"),
        ("positie norris na ronde 1", "start"),
        ("who led after the start in qatar", "start"),
        ("where was lando after lap 1", "start"),
        ("norris positie na ronde 20", "lap:20"),
        ("where was norris by lap 15", "lap:15"),
        ("waar eindigde norris in qatar", None),
        ("waar lag norris halverwege", None),
        ("norris na de start en na ronde 20", None),
    ],
)
def test_the_moment_asked(question: str, moment: str | None) -> None:
    assert moment_asked(question) == moment
