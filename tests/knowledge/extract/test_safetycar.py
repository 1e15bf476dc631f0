"""knowledge.extract.safetycar: safety cars, virtual safety cars and red flags with their cause, in
examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "
OPENING_EN = "Lando Norris won the Austrian Grand Prix. "
Row = tuple[str, str, str | None, str]


def neutralisations(a: ParsedArticle) -> list[Row]:
    return [
        (f.detail or "", f.driver, f.reason, f.session)
        for f in facts_of(a, "safety_car")
        if f.status == "final" and f.grand_prix == "austria"
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "De rode vlag ging uit na de crash van Logan Sargeant in bocht 9.",
            ("red_flag", "sargeant", "de crash van Logan Sargeant in bocht 9", "race"),
        ),
        (
            "In ronde 12 kwam de safety car de baan op vanwege brokstukken.",
            ("sc", "", "brokstukken", "race"),
        ),
        (
            "Een spin van Zhou Guanyu in de laatste bocht leidde tot een virtuele safety car.",
            ("vsc", "zhou", "Een spin van Zhou Guanyu in de laatste bocht", "race"),
        ),
        ("Halverwege de race kwam er een safety car.", ("sc", "", None, "race")),
        (
            "Wegens een crash van Nico Hülkenberg werd de wedstrijd stilgelegd.",
            ("red_flag", "hulkenberg", "een crash van Nico Hülkenberg", "race"),
        ),
        (
            # "na de eerste ronde" says when; the cause is the link after it
            "De safety car kwam al na de eerste ronde de baan op na een botsing van Pierre Gasly.",
            ("sc", "gasly", "een botsing van Pierre Gasly", "race"),
        ),
        (
            "In Q2 ging de rode vlag uit na een crash van Esteban Ocon.",
            ("red_flag", "ocon", "een crash van Esteban Ocon", "qualifying"),
        ),
    ],
)
def test_safety_car_nl(parse: Parse, sentence: str, expected: Row) -> None:
    assert neutralisations(parse(OPENING + sentence, date="2024-06-30")) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The safety car was deployed after Alex Albon stopped on track.",
            ("sc", "albon", "Alex Albon stopped on track", "race"),
        ),
        (
            "Kevin Magnussen spun into the gravel at turn 4, bringing out the virtual safety car.",
            ("vsc", "kevin_magnussen", "Kevin Magnussen spun into the gravel at turn 4", "race"),
        ),
        ("The race was red-flagged on lap 2 because of heavy rain.", ("red_flag", "", "heavy rain", "race")),
        ("A late safety car bunched the field up.", ("sc", "", None, "race")),
    ],
)
def test_safety_car_en(parse: Parse, sentence: str, expected: Row) -> None:
    assert neutralisations(parse(OPENING_EN + sentence, date="2024-06-30")) == [expected]


def test_a_cause_in_the_sentence_before_that_the_next_points_back_at(parse: Parse) -> None:
    a = parse(OPENING + "Pierre Gasly crashte zwaar in bocht 3. Daardoor kwam de safety car de baan op.")
    assert neutralisations(a) == [("sc", "", "Pierre Gasly crashte zwaar in bocht 3", "race")]
    # without a word pointing back, the sentence before is no cause
    b = parse(OPENING + "Pierre Gasly crashte zwaar in bocht 3. Later kwam de safety car de baan op.")
    assert neutralisations(b) == [("sc", "", None, "race")]


@pytest.mark.parametrize(
    "before, after, lang",
    [
        ("Ocon spun into the gravel at turn 7 and got stuck.", "The incident triggered a red flag.", "en"),
        ("Albon raakte de muur bij de uitgang van bocht 3.", "Het ongeluk zorgde voor een rode vlag.", "nl"),
        ("Stroll hit the barrier in the final sector.", "That crash brought out the safety car.", "en"),
    ],
)
def test_an_event_named_again_points_back(parse: Parse, before: str, after: str, lang: str) -> None:
    a = parse((OPENING_EN if lang == "en" else OPENING) + before + " " + after, date="2024-06-30")
    [(_, _, reason, _)] = neutralisations(a)
    assert reason == before.rstrip(".")
    # a sentence before that tells nothing that stops a race is no cause
    b = parse(
        OPENING_EN + "Ocon set his best lap at turn 7. The incident triggered a red flag.", date="2024-06-30"
    )
    assert [r for _, _, r, _ in neutralisations(b)] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er kwam geen safety car in de hele race.",
        "Als er een safety car komt, kan Norris nog winnen.",
        "Russell hoopte op een safety car.",
        "De regels voor de safety car zijn dit jaar veranderd.",
        "The race was never red-flagged.",
        "Without a safety car, Verstappen would have won.",
        "The safety car procedure was criticised by the drivers.",
        "In de vrije training ging de rode vlag uit na een crash van Stroll.",
    ],
)
def test_no_safety_car(parse: Parse, sentence: str) -> None:
    assert neutralisations(parse(OPENING + sentence, date="2024-06-30")) == []


def test_a_race_stopper_is_needed_for_a_cause(parse: Parse) -> None:
    # "after three laps" says when, not why
    a = parse(OPENING_EN + "The safety car came in after three laps.", date="2024-06-30")
    assert neutralisations(a) == [("sc", "", None, "race")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a session that stood still is a red flag, with what lay on the track as its cause
        (
            "De kwalificatie, die in Q1 even stillag in verband met vuurwerk op de baan, was spannend.",
            [("red_flag", "", "vuurwerk op de baan", "qualifying")],
        ),
        (
            "Qualifying was briefly halted because of a smoke bomb on the track.",
            [("red_flag", "", "a smoke bomb on the track", "qualifying")],
        ),
        ("De race lag een kwartier stil.", [("red_flag", "", None, "race")]),
        # a car that stood still stops no session
        ("De auto van Lance Stroll lag even stil in de pitstraat.", []),
        ("Het tempo van Stroll lag laag, zijn motor stil.", []),
    ],
)
def test_a_session_that_stood_still(parse: Parse, sentence: str, expected: list[Row]) -> None:
    assert neutralisations(parse(OPENING + sentence, date="2024-06-30")) == expected
