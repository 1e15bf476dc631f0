"""knowledge.extract.moments: the moment of a crash (the opening lap, the restart, a part of qualifying), told
in the crash's own clause, in a scene-setting sentence just before it, or by the part of qualifying a report
is going through; in examples written here. A moment of another clause, a time that moves on, a part only
looked ahead to and a driver's own crash sentence before give none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk.\n\n"
OPENING_EN = "Lando Norris won the Austrian Grand Prix.\n\n"
QUALI = "Lando Norris pakte de pole position voor de Grand Prix van Oostenrijk.\n\n"
QUALI_EN = "Lando Norris took pole position for the Austrian Grand Prix.\n\n"
Row = tuple[str, str | None]  # driver, the moment


def stroll(a: ParsedArticle) -> list[Row]:
    """Lance Stroll's crash moments: the negative examples are about his crash."""
    return [r for r in moments(a) if r[0] == "stroll"]


def moments(a: ParsedArticle) -> list[Row]:
    return sorted(
        (f.driver, f.detail) for f in facts_of(a, "moment") if f.status == "final" and f.unit == "crash"
    )


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Bij de start crashte Logan Sargeant in de muur.", [("sargeant", "start")]),
        ("Kort na de start belandde Logan Sargeant in de bandenstapel.", [("sargeant", "start")]),
        (
            "Logan Sargeant parkeerde zijn Williams al na twee bochten in de vangrail.",
            [("sargeant", "start")],
        ),
        ("Na de herstart crashte Lance Stroll zwaar.", [("stroll", "restart")]),
        # the scene set in the sentence before, the driver's crash after it
        (
            "De race werd na een half uur hervat. Dat ging niet lang goed. Lance Stroll crashte in bocht 4.",
            [("stroll", "restart")],
        ),
        (
            "Het ging al in de openingsronde mis. Kevin Magnussen ging hard de muur in.",
            [("kevin_magnussen", "start")],
        ),
    ],
)
def test_race_moments_nl(parse: Parse, body: str, expected: list[Row]) -> None:
    assert moments(parse(OPENING + body, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Logan Sargeant crashed into the wall at the start.", [("sargeant", "start")]),
        ("Logan Sargeant spun off at turn one and hit the barriers.", [("sargeant", "start")]),
        ("Lance Stroll crashed heavily after the restart.", [("stroll", "restart")]),
        (
            "The race resumed after half an hour. Lance Stroll crashed at turn 4.",
            [("stroll", "restart")],
        ),
    ],
)
def test_race_moments_en(parse: Parse, body: str, expected: list[Row]) -> None:
    assert moments(parse(OPENING_EN + body, date="2024-06-30")) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the time moves on after the moment
        "Na de start reed Norris weg. Later crashte Lance Stroll in de muur.",
        "Bij de start bleef iedereen heel. Halverwege de race crashte Lance Stroll.",
        "Verstappen pakte bij de start de leiding, terwijl Lance Stroll in ronde 40 crashte.",
        # the sentence before tells a crash of its own: the moment is that one's
        "Bij de start crashte Logan Sargeant. Lance Stroll ging later ook de muur in.",
        # too far back, or in another paragraph
        "Bij de start ging het goed. Norris reed weg. Piastri volgde. Lance Stroll crashte.",
        "De race werd hervat.\n\nLance Stroll crashte in de muur.",
        # a start of something else
        "Lance Stroll had een goede start maar crashte later in de muur.",
    ],
)
def test_no_race_moment_nl(parse: Parse, body: str) -> None:
    assert stroll(parse(OPENING + body, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "body",
    [
        # the moment is another driver's, in a clause that breaks off before the crash
        "Norris kept the lead at the start, which led to Lance Stroll crashing into the wall.",
        "Norris set his first lap in Q3. Lance Stroll crashed into the wall.",
        "The race resumed with ten laps to go, then Lance Stroll crashed into the wall.",
        "Lance Stroll made a good start but crashed into the wall on lap 30.",
    ],
)
def test_no_race_moment_en(parse: Parse, body: str) -> None:
    assert stroll(parse(OPENING_EN + body, date="2024-06-30")) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        ("In Q2 crashte Lance Stroll in de muur.", [("stroll", "q2")]),
        # the part its paragraph is in, or the paragraph before
        ("In Q1 ging het meteen mis. Lance Stroll crashte zwaar in de muur.", [("stroll", "q1")]),
        ("In Q3 was Ferrari het snelst.\n\nLance Stroll crashte zwaar in de muur.", [("stroll", "q3")]),
        # a heading, and the part told in words
        ("Q2 - Stroll crasht\n\nNorris was snel.", [("stroll", "q2")]),
        (
            "In het eerste deel van de kwalificatie ging het mis. Lance Stroll crashte in de muur.",
            [("stroll", "q1")],
        ),
        # a part only looked ahead to is not the one the report is in
        ("In Q1 ging het om een plek in Q2. Lance Stroll crashte in de muur.", [("stroll", "q1")]),
        (
            "In Q3 was Leclerc het snelst, na een plek in Q2. Lance Stroll crashte in de muur.",
            [("stroll", "q3")],
        ),
    ],
)
def test_qualifying_parts_nl(parse: Parse, body: str, expected: list[Row]) -> None:
    assert moments(parse(QUALI + body, date="2024-06-29")) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Lance Stroll crashed into the wall in Q2.", [("stroll", "q2")]),
        ("Q1 resumed after a red flag. Lance Stroll then crashed into the wall.", [("stroll", "q1")]),
        ("Lance Stroll crashed heavily in the second part of qualifying.", [("stroll", "q2")]),
    ],
)
def test_qualifying_parts_en(parse: Parse, body: str, expected: list[Row]) -> None:
    assert moments(parse(QUALI_EN + body, date="2024-06-29")) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Lance Stroll crashte in de muur.",  # no part told
        "Stroll wilde naar Q3. Lance Stroll crashte in de muur.",  # only looked ahead to
        "Stroll wilde een plek in Q3. Lance Stroll crashte in de muur.",
        "Stroll was fighting for a place in Q3. Lance Stroll crashed into the wall.",
        "Hamilton ging eruit in Q1 en Norris won Q2. Lance Stroll crashte in de muur.",  # two parts
        "In Q1 ging het mis.\n\nNorris was snel.\n\nLance Stroll crashte in de muur.",  # two paragraphs back
    ],
)
def test_no_qualifying_part(parse: Parse, body: str) -> None:
    assert stroll(parse(QUALI + body, date="2024-06-29")) == []


@pytest.mark.parametrize(
    "body, lap",
    [
        (
            "De race werd al in de eerste ronde opgeschrikt door een zwaar ongeval. Lance Stroll ging hard"
            " de muur in.",
            1,
        ),
        ("A big accident on lap 12 brought out the red flag. Lance Stroll hit the barriers at turn 9.", 12),
    ],
)
def test_lap_told_the_sentence_before(parse: Parse, body: str, lap: int) -> None:
    a = parse(OPENING + body, date="2024-06-30")
    assert [(f.driver, f.detail, f.amount) for f in facts_of(a, "lap")] == [("stroll", "crash", lap)]


@pytest.mark.parametrize(
    "body",
    [
        # the sentence before names a driver: its accident may be his
        "Norris zag in de eerste ronde een zwaar ongeval. Lance Stroll ging hard de muur in.",
        # no accident told with the lap, or the time moves on
        "In de eerste ronde ging het goed. Lance Stroll ging hard de muur in.",
        "An accident on lap 12 brought out the red flag. Later Lance Stroll hit the barriers.",
    ],
)
def test_no_lap_told_the_sentence_before(parse: Parse, body: str) -> None:
    assert facts_of(parse(OPENING + body, date="2024-06-30"), "lap", "stroll") == []
