"""Phrase families found in the sets of the session of 6 December, evening, each with examples both ways in
our own words: a penalty's outcome told in a clause of its own ("..., meaning he drops from 15th to 16th",
"..., waardoor hij van de elfde naar de twaalfde plaats zakte") is his place after the penalty, unless the
penalty was one served in the race; "meaning" and "meant" open an outcome with its own subject, no object
of a verb and no deed of the one named before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formula 1 news\n\n"


def placed(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None, str]]:
    return {(f.driver, f.position, f.status) for f in a.facts if f.kind == kind}


@pytest.mark.parametrize(
    "body, driver, before, after",
    [
        ("Albon was given a five-second penalty, meaning he drops from 11th to 12th.", "albon", 11, 12),
        ("Albon got a time penalty after the race, which means he fell from ninth to tenth.", "albon", 9, 10),
        (
            "Albon kreeg vijf seconden straf, waardoor hij van de elfde naar de twaalfde plaats zakte.",
            "albon",
            11,
            12,
        ),
        (
            "Albon kreeg na afloop een tijdstraf, zodat hij van de negende naar de tiende plek zakt.",
            "albon",
            9,
            10,
        ),
    ],
)
def test_a_penalty_outcome_is_his_place_after_it(
    parse: Parse, body: str, driver: str, before: int, after: int
) -> None:
    a = parse(NEWS + body, date="2024-07-21")
    places = placed(a)
    assert (driver, after, "final") in places, places
    assert not any(p == before and status == "final" for _, p, status in places)


@pytest.mark.parametrize(
    "body",
    [
        # a penalty served in the race: the drop is on the road
        "Albon got a drive-through penalty, meaning he fell from ninth to 15th.",
        "Albon kreeg een doorrijstraf, waardoor hij van de negende naar de vijftiende plaats zakte.",
        "Albon kreeg een stop-and-go straf, zodat hij van de negende naar de vijftiende plaats zakte.",
        # no outcome of the penalty: a drop later in the race
        "Albon got a penalty for speeding in the pit lane and later dropped from ninth to 15th.",
    ],
)
def test_a_drop_in_the_race_after_a_penalty_is_running(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-07-21")
    assert ("albon", 15, "running") in placed(a), placed(a)
    assert not any(status == "final" for _, _, status in placed(a))


def test_the_outcome_goes_to_its_own_subject(parse: Parse) -> None:
    # "the Thai" of the two penalised is Albon, not the one named last
    body = (
        "Both Albon and Sargeant got a ten-second penalty after the race, meaning the Thai drops one position"
        " from ninth to tenth."
    )
    a = parse(NEWS + body, date="2024-07-21")
    assert ("albon", 10, "final") in placed(a), placed(a)
    assert not any(d == "sargeant" for d, _, _ in placed(a))


def test_meant_opens_a_clause_with_its_own_subject(parse: Parse) -> None:
    body = "A gearbox failure in Monaco meant Albon retired from the race after 20 laps."
    a = parse(NEWS + body, date="2024-05-26")
    assert any(f.kind == "retirement" and f.driver == "albon" for f in a.facts), a.facts


def test_a_participle_after_a_name_stays_his(parse: Parse) -> None:
    # not "meaning": "running second behind Sargeant" is about the one named, Sargeant its object
    body = "Albon, running second behind Sargeant, spun off on lap 12."
    a = parse(NEWS + body, date="2024-07-21")
    assert {f.driver for f in a.facts if f.kind == "crash"} == {"albon"}, a.facts


@pytest.mark.parametrize(
    "body, date, driver",
    [
        (
            "Kimi Antonelli finished fourth on his debut. Kimi was delighted with fourth.",
            "2025-03-16",
            "antonelli",
        ),
        ("Kimi Räikkönen finished 15th at Monza. Kimi was not happy with 15th.", "2019-09-08", "raikkonen"),
    ],
)
def test_a_given_name_two_drivers_share_is_the_one_of_that_season(
    parse: Parse, body: str, date: str, driver: str
) -> None:
    a = parse(NEWS + body, date=date)
    assert {f.driver for f in a.facts if f.kind == "finish"} == {driver}, a.facts


@pytest.mark.parametrize(
    "body, reason",
    [
        # what came after the penalty, set against it with "maar"/"but", is no reason for it
        (
            "Albon begon door een gridstraf van vijf plaatsen als zeventiende, maar sneed door het veld.",
            None,
        ),
        ("Albon got a five-place grid penalty but charged through the field to ninth.", None),
        # the reason told before "maar" stays
        (
            "Albon kreeg een tijdstraf voor het veroorzaken van een botsing, maar bleef negende.",
            "het veroorzaken van een botsing",
        ),
    ],
)
def test_no_reason_after_but(parse: Parse, body: str, reason: str | None) -> None:
    a = parse(NEWS + body, date="2024-11-03")
    assert [f.reason for f in a.facts if f.kind == "penalty"] == [reason], a.facts


@pytest.mark.parametrize(
    "body, expected",
    [
        # a tally held: "has", "heeft", "telt", the season told after the count or between
        ("Albon now has 4 wins this season.", ("albon", 4, "wins:season")),
        ("Albon heeft dit seizoen nu vier overwinningen.", ("albon", 4, "wins:season")),
        ("Albon telt al vijf poles dit seizoen.", ("albon", 5, "poles:season")),
        ("Albon has 31 wins.", ("albon", 31, "wins:career")),
    ],
)
def test_a_tally_held(parse: Parse, body: str, expected: tuple[str, int, str]) -> None:
    a = parse(NEWS + "Albon won in Las Vegas. " + body, date="2023-11-19")
    assert {(f.driver, f.amount, f.detail) for f in a.facts if f.kind == "count"} == {expected}, a.facts


@pytest.mark.parametrize(
    "body",
    [
        "Albon has 18 points more than Sargeant.",
        "Albon heeft 18 punten in het kampioenschap.",
        # no scope: four wins of what is not told
        "Albon heeft vier overwinningen gevierd met zijn team.",
    ],
)
def test_no_tally_without_a_counted_thing_and_its_scope(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Albon won in Las Vegas. " + body, date="2023-11-19")
    assert not [f for f in a.facts if f.kind == "count"], a.facts


@pytest.mark.parametrize(
    "body",
    [
        # the gap itself changing, told done
        "Sargeant viel uit. Zijn achterstand op Albon loopt op tot 34 punten.",
        "Sargeant viel uit, waardoor zijn achterstand op Albon oploopt tot 34 punten.",
        "Sargeant zag zijn achterstand op Albon oplopen tot 34 punten.",
        "Sargeant retired, so his deficit to Albon grows to 34 points.",
    ],
)
def test_a_gap_that_grew(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Albon won in Zandvoort. " + body, date="2025-08-31")
    gaps = {(f.driver, f.others, f.amount, f.detail) for f in a.facts if f.kind == "points_gap"}
    assert gaps == {("sargeant", ("albon",), 34, "behind")}, a.facts


@pytest.mark.parametrize(
    "body",
    [
        # a gap it may grow to, and a gap in seconds in the race
        "Sargeant kan zijn achterstand op Albon zien oplopen tot 34 punten.",
        "Sargeant liep in de race op Albon in tot drie seconden.",
        "His deficit to Albon could grow to 34 points.",
    ],
)
def test_a_gap_that_may_grow_is_none(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Albon won in Zandvoort. " + body, date="2025-08-31")
    assert not [f for f in a.facts if f.kind == "points_gap"], a.facts


@pytest.mark.parametrize(
    "body, expected",
    [
        # "P8, P9, and P10": the last place joined after a comma too
        (
            "Sargeant, Ocon, and Norris finished in P8, P9, and P10 respectively.",
            {("sargeant", 8), ("ocon", 9), ("norris", 10)},
        ),
        # "the second Red Bull of Sergio Perez": a team's car, no place; its driver one of the list
        (
            "Closing out the top ten was the second Williams of Logan Sargeant, Alpine's Esteban Ocon, and"
            " McLaren's Lando Norris in P8, P9, and P10 respectively.",
            {("sargeant", 8), ("ocon", 9), ("norris", 10)},
        ),
    ],
)
def test_places_given_out_respectively(parse: Parse, body: str, expected: set[tuple[str, int]]) -> None:
    a = parse(NEWS + "Albon won at Zandvoort. " + body, date="2023-08-27")
    got = {(d, p) for d, p, s in placed(a) if s == "final" and d != "albon"}
    assert got == expected, a.facts


@pytest.mark.parametrize(
    "body, running",
    [
        # where a stop left him: a running place
        ("On lap 12 Albon pitted for hard tyres and returned to the track behind Sargeant in 19th.", 19),
        ("So he lost 13 places and got back on track in P14.", 14),
    ],
)
def test_back_on_track_is_a_running_place(parse: Parse, body: str, running: int) -> None:
    a = parse(NEWS + "Norris won at Zandvoort. Albon was leading early. " + body, date="2023-08-27")
    assert not any(p == running and s == "final" for _, p, s in placed(a)), a.facts


def test_a_place_after_returning_to_the_race_told_as_the_end(parse: Parse) -> None:
    a = parse(NEWS + "Albon finished 13th after he returned to the race.", date="2023-08-27")
    assert ("albon", 13, "final") in placed(a), a.facts


@pytest.mark.parametrize(
    "body, pair",
    [
        ("In China was het Albon die Sargeant aantikte waardoor beiden stilvielen.", ("albon", "sargeant")),
        ("Albon tikte Sargeant aan in de haarspeldbocht.", ("albon", "sargeant")),
    ],
)
def test_a_touch_is_a_collision(parse: Parse, body: str, pair: tuple[str, str]) -> None:
    a = parse(NEWS + body, date="2023-04-30")
    assert (pair[0], (pair[1],)) in {(f.driver, f.others) for f in a.facts if f.kind == "collision"}, a.facts


def test_touching_a_wall_is_no_collision_with_a_driver(parse: Parse) -> None:
    a = parse(NEWS + "Albon tikte in de laatste ronde de muur aan.", date="2023-04-30")
    assert not [f for f in a.facts if f.kind == "collision" and f.others], a.facts
