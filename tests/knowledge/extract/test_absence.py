"""knowledge.extract.absence: a driver who did not take part and who drove in his place, in examples
written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Charles Leclerc won de Grand Prix van Italië. "


def told(a: ParsedArticle, kind: str) -> list[tuple[str, tuple[str, ...], str, str]]:
    return [
        (f.driver, f.others, f.reason or "", f.session)
        for f in facts_of(a, kind)
        if f.status == "final" and f.grand_prix == "italy"
    ]


@pytest.mark.parametrize(
    "text, driver, cue, session",
    [
        ("Alexander Albon miste de race door een blindedarmontsteking.", "albon", "blindedarm", "race"),
        (
            "Vettel moet de Grand Prix overslaan omdat hij positief testte op corona.",
            "vettel",
            "corona",
            "race",
        ),
        ("Stroll was ruled out of the race with COVID-19.", "stroll", "COVID", "race"),
        (
            "Perez missed the Grand Prix after testing positive for the coronavirus.",
            "perez",
            "positive",
            "race",
        ),
        ("Kubica missed qualifying because of a food poisoning.", "kubica", "food poisoning", "qualifying"),
        ("Sainz was unable to take part due to a back injury.", "sainz", "back injury", "race"),
    ],
)
def test_an_absence_with_its_reason(parse: Parse, text: str, driver: str, cue: str, session: str) -> None:
    found = told(parse(OPENING + text, date="2022-09-12"), "absent")
    assert len(found) == 1 and found[0][0] == driver and cue in found[0][2] and found[0][3] == session


@pytest.mark.parametrize(
    "text, stand_in, absent, cue",
    [
        (
            "De Vries, de vervanger van de positief geteste Albon, werd negende.",
            "de_vries",
            "albon",
            "positief",
        ),
        (
            "Hulkenberg verving Perez, die de race miste door een positieve coronatest.",
            "hulkenberg",
            "perez",
            "coronatest",
        ),
        (
            "Stroll missed the race with a fever. Hulkenberg stood in for Stroll and finished seventh.",
            "hulkenberg",
            "stroll",
            "fever",
        ),
    ],
)
def test_a_stand_in_carries_the_absent_drivers_reason(
    parse: Parse, text: str, stand_in: str, absent: str, cue: str
) -> None:
    found = told(parse(OPENING + text, date="2022-09-12"), "substitute")
    assert [(d, o) for d, o, _, _ in found] == [(stand_in, (absent,))] and cue in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        # a miss that is no absence
        "Sainz miste het podium door een trage pitstop.",
        "Norris missed out on pole after a mistake at the last corner.",
        "Russell missed the apex because of a gust of wind.",
        "Ocon suffered a near miss with a marshal after the restart.",
        # denied
        "Albon hoeft de race niet te missen na zijn ziekte.",
        "Stroll will not miss the race despite his wrist injury.",
        # no reason told
        "Kubica miste de race.",
    ],
)
def test_no_absence(parse: Parse, text: str) -> None:
    assert told(parse(OPENING + text, date="2022-09-12"), "absent") == []


@pytest.mark.parametrize(
    "text",
    [
        # a seat for next season, not a stand-in for one race
        "Piastri vervangt volgend jaar Ricciardo bij McLaren.",
        "Sargeant replaced Latifi at Williams for the following season.",
    ],
)
def test_no_stand_in(parse: Parse, text: str) -> None:
    assert told(parse(OPENING + text, date="2022-09-12"), "substitute") == []
