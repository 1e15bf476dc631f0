"""Phrase families found in later seasons' style, each with examples both ways in our own words: the verb of
qualifying right before a place makes it a qualifying place, whatever race the clause names; a relative clause
after a driver is his, after a team subject too; "Die was gewonnen door X" after a sentence of qualifying is
that session's win; a disqualification "voor de kwalificatie" names the session, not why; an incident after a
relative clause of last year ("Gasly, die hier vorig jaar won, crashte") is this year's; one led home in a
one-two is second; a step of the podium is its place; a bare place after a start ("and Verstappen at third")
is a start."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formula 1 news\n\n"


def placed(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in a.facts if f.kind == kind and f.status == "final"}


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Ocon had to retire in the race after a fine effort to qualify P6.", "ocon", 6),
        ("Ocon stopped early in the race, a day after he qualified seventh.", "ocon", 7),
        ("Albon viel in de race uit, nadat hij zich als vijfde kwalificeerde.", "albon", 5),
    ],
)
def test_the_verb_of_qualifying_before_the_place(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, place) in placed(a, "qualifying")
    assert (driver, place) not in placed(a)


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Ocon finished sixth in the race after he had qualified ninth.", "ocon", 6),
        ("Albon werd in de race vijfde na een slechte kwalificatie.", "albon", 5),
    ],
)
def test_a_race_place_beside_qualifying_stays(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place) in placed(parse(NEWS + body, date="2023-04-02"))


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Alpine were kept afloat by a strong Pierre Gasly, who took sixth place.", "gasly", 6),
        ("Alpine were kept afloat by Pierre Gasly, who took sixth place.", "gasly", 6),
        ("Ferrari were rescued by Carlos Sainz, who secured fifth place behind Russell.", "sainz", 5),
        ("Williams werd gered door Alexander Albon, die als negende eindigde.", "albon", 9),
    ],
)
def test_a_relative_clause_after_a_driver_is_his(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place) in placed(parse(NEWS + body, date="2023-04-02"))


def test_a_team_subject_keeps_its_own_places(parse: Parse) -> None:
    # no driver before the relative clause: the team's place, nobody's
    a = parse(NEWS + "Norris was quick. McLaren, who took sixth place, were pleased.", date="2023-04-02")
    assert ("norris", 6) not in placed(a)


def test_that_which_was_won_is_the_session_before(parse: Parse) -> None:
    body = (
        "Verstappen bekeek na de kwalificatie de auto van Hamilton. Die was gewonnen door Hamilton, maar"
        " Verstappen wilde de vleugel zien."
    )
    a = parse(NEWS + body, date="2021-11-13")
    assert ("hamilton", 1) not in placed(a)
    assert ("hamilton", 1) in placed(a, "qualifying")


def test_that_which_was_won_after_a_race_is_the_race(parse: Parse) -> None:
    body = "Verstappen keek na de race terug op een mooie strijd. Die was gewonnen door Hamilton."
    assert ("hamilton", 1) in placed(parse(NEWS + body, date="2021-11-14"))


@pytest.mark.parametrize(
    "body",
    [
        "Hamilton is gediskwalificeerd voor de kwalificatie van de sprintrace.",
        "Hamilton was disqualified from qualifying for the sprint.",
    ],
)
def test_a_session_is_no_reason(parse: Parse, body: str) -> None:
    dsq = [f for f in parse(NEWS + body, date="2021-11-13").facts if f.penalty == "disqualification"]
    assert dsq and all(f.reason is None for f in dsq)


def test_a_reason_after_disqualified_for(parse: Parse) -> None:
    body = "Hamilton is gediskwalificeerd voor een te brede opening van zijn DRS."
    dsq = [f for f in parse(NEWS + body, date="2021-11-13").facts if f.penalty == "disqualification"]
    assert any(f.reason and "DRS" in f.reason for f in dsq)


@pytest.mark.parametrize(
    "body",
    [
        "The race started badly: Pierre Gasly, who won here last year, crashed out at the first corner.",
        "Gasly, die hier vorig jaar won, crashte in de eerste bocht.",
    ],
)
def test_an_incident_after_a_relative_clause_of_last_year_is_this_years(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2021-09-12")
    crashes = {f.season for f in a.facts if f.kind == "crash" and f.driver == "gasly"}
    assert crashes == {2021}


def test_an_incident_inside_the_relative_clause_keeps_its_year(parse: Parse) -> None:
    a = parse(NEWS + "Gasly, die hier vorig jaar crashte, reed nu een sterke race.", date="2021-09-12")
    crashes = {f.season for f in a.facts if f.kind == "crash" and f.driver == "gasly"}
    assert crashes == {2020}


@pytest.mark.parametrize(
    "body, first, second",
    [
        ("Norris led Piastri home for a McLaren one-two.", "norris", "piastri"),
        (
            "Leclerc headed Sainz to the flag, with Hamilton coming through to complete the podium.",
            "leclerc",
            "sainz",
        ),
    ],
)
def test_one_led_home_in_a_one_two(parse: Parse, body: str, first: str, second: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert {(first, 1), (second, 2)} <= placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Norris led Piastri home in fifth and sixth.",  # no one-two: their places are the ones told
        "Sainz led the field to the flag for a one-two at the end of the formation lap.",
        "Norris led Piastri home.",  # nothing tells they were the top two
    ],
)
def test_one_led_home_is_no_winner_alone(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert not {d for d, p in placed(a) if p in (1, 2)}


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("It was Russell who stood on the second step of the podium.", "russell", 2),
        ("Sainz stond op de derde trede van het podium.", "sainz", 3),
        ("Leclerc mocht het hoogste treetje van het podium beklimmen.", "leclerc", 1),
    ],
)
def test_a_step_of_the_podium_is_its_place(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place) in placed(parse(NEWS + body, date="2024-06-30"))


def test_the_podium_without_a_step_is_no_place(parse: Parse) -> None:
    a = parse(NEWS + "Russell stood on the podium for the first time.", date="2024-06-30")
    assert not placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Pérez was at second on the grid and Verstappen at third.",
        "Pérez started second, Verstappen from third.",
        "De race begon chaotisch. Pérez stond tweede op de grid en Verstappen derde.",
    ],
)
def test_a_bare_place_after_a_start_is_a_start(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2021-04-18")
    assert ("max_verstappen", 3) in placed(a, "grid")
    assert ("max_verstappen", 3) not in {
        (d, p) for f in a.facts if f.kind == "finish" for d, p in [(f.driver, f.position)]
    }


def test_a_bare_place_after_a_finish_is_a_finish(parse: Parse) -> None:
    a = parse(NEWS + "Pérez finished second, Verstappen at third.", date="2021-04-18")
    assert ("max_verstappen", 3) in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Russell had to retire with what looked like a gearbox failure.",
        "Russell eventually failed to finish the race due to an engine failure.",
        "Russell was unable to finish the race after a hydraulics leak.",
    ],
)
def test_a_retirement_told_with_looked_like_or_failed_to_happened(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert {f.status for f in a.facts if f.kind == "retirement" and f.driver == "russell"} == {"final"}


@pytest.mark.parametrize(
    "body",
    [
        "It looked like Russell would retire with a gearbox failure.",
        "Russell hopes to finish the race next week.",
    ],
)
def test_a_supposition_stays_one(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert all(f.status != "final" for f in a.facts if f.kind in ("retirement", "finish"))


@pytest.mark.parametrize(
    "body, ms",
    [
        ("Verstappen won the race by an easy margin of nearly 16 seconds.", 16000),
        ("Verstappen won the Grand Prix by a margin of 4.2 seconds.", 4200),
    ],
)
def test_a_winning_margin_of(parse: Parse, body: str, ms: int) -> None:
    gaps = [f for f in parse(NEWS + body, date="2024-06-30").facts if f.kind == "time_gap"]
    assert [(f.driver, f.amount, f.detail) for f in gaps] == [("max_verstappen", ms, "ahead")]
