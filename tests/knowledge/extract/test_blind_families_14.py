"""Phrase families found in the sets of the session of 6 December, each with examples both ways in our own
words: the one beaten to the fastest lap ("pipped Hamilton to the fastest lap", "Hamilton af te troeven in
de strijd om de snelste ronde"); places told before the names they are for ("een elfde en twaalfde tijd
voor Alonso en Vandoorne"); a pit lane that opens is no start from it; a condition whose main clause opens
with its verb ("Als beide coureurs uitvallen, is Verstappen kampioen") or an "if" clause closed by a comma;
a winner of another weekend or a count of wins in an epithet; "kansen op een overwinning"; "Pole position"
alone on a line; a team's drivers with their places in brackets ("MCLAREN (Lando Norris 5, Carlos Sainz
9)"); places a stop or a safety car moves ("dropping him to P3", "leaving X in P2"); the one a failure
forced to retire or a stop allowed to move up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS_NL = "Formule 1 nieuws\n\n"
NEWS_EN = "Formula 1 news\n\n"


def final(a: ParsedArticle, kind: str) -> dict[str, set[int | None]]:
    out: dict[str, set[int | None]] = {}
    for f in a.facts:
        if f.kind == kind and f.status == "final":
            out.setdefault(f.driver, set()).add(f.position)
    return out


# --- the fastest lap ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Norris pipped Piastri to the fastest lap on the very last lap.",
        "Norris beat Piastri to the fastest lap with a late stop for soft tyres.",
        "Norris slaagde erin om Piastri af te troeven in de strijd om de snelste ronde.",
        "Norris versloeg Piastri in de strijd om de snelste raceronde.",
    ],
)
def test_the_one_beaten_to_the_fastest_lap_did_not_set_it(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert set(final(a, "fastest_lap")) == {"norris"}


@pytest.mark.parametrize(
    "body",
    [
        "Piastri set the fastest lap after beating Norris off the line.",
        "Piastri reed de snelste ronde.",
        "Na de stop van Norris reed Piastri de snelste raceronde.",
    ],
)
def test_a_fastest_lap_without_a_beaten_name_stays_the_setters(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert set(final(a, "fastest_lap")) == {"piastri"}


# --- places told before the names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, kind, first, second",
    [
        (
            "Met een elfde en twaalfde tijd voor Ocon en Gasly bleef Alpine uit Q3.",
            "qualifying",
            "ocon",
            "gasly",
        ),
        ("McLaren took a seventh and eighth place for Piastri and Norris.", "finish", "piastri", "norris"),
    ],
)
def test_places_before_the_names_pair_up_in_order(
    parse: Parse, body: str, kind: str, first: str, second: str
) -> None:
    got = final(parse(NEWS_NL + body), kind)
    place = 11 if kind == "qualifying" else 7
    assert got[first] == {place}
    assert got[second] == {place + 1}


@pytest.mark.parametrize(
    "body",
    [
        "Het werd een tweede en derde plaats voor Hamilton.",  # two places, one name: whose is which?
        "Ferrari kwam niet verder dan een vijfde en zesde plaats voor het team.",
        "Een vierde en vijfde tijd voor Ferrari, met Leclerc voor Sainz.",
    ],
)
def test_places_before_no_pair_of_names_give_no_one_a_place(parse: Parse, body: str) -> None:
    a = parse(NEWS_NL + body)
    assert not final(a, "finish") and not final(a, "qualifying")


# --- the pit lane -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Bottas waits in the garage. The pit lane is now open as drivers start making their way to the grid.",
        "Bottas zit klaar. De pitstraat gaat open en de coureurs vertrekken naar de grid.",
    ],
)
def test_a_pit_lane_that_opens_is_no_start_from_it(parse: Parse, body: str) -> None:
    assert not final(parse(NEWS_EN + body), "pitlane")


@pytest.mark.parametrize(
    "body",
    ["Bottas started from the pit lane after a gearbox change.", "Bottas moest vanuit de pitstraat starten."],
)
def test_a_start_from_the_pit_lane_stays(parse: Parse, body: str) -> None:
    assert set(final(parse(NEWS_EN + body), "pitlane")) == {"bottas"}


# --- conditions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Als Sainz en Norris in de finale uitvallen, is Leclerc de nieuwe kampioen.",
        "Als Leclerc volgende week uitvalt, blijft Sainz in de race om de titel.",
        "If Norris retires next week, Leclerc is champion.",
    ],
)
def test_a_retirement_in_a_condition_is_none(parse: Parse, body: str) -> None:
    a = parse(NEWS_NL + body)
    assert not [f for f in a.facts if f.kind == "retirement" and f.status == "final"]


@pytest.mark.parametrize(
    "body, driver",
    [
        ("Als nieuwkomer viel Bearman uit met motorpech.", "bearman"),  # "als" as "as"
        ("If anything, Sainz was lucky: Leclerc retired with a broken gearbox.", "leclerc"),
    ],
)
def test_als_as_as_and_if_anything_are_no_condition(parse: Parse, body: str, driver: str) -> None:
    a = parse(NEWS_NL + body)
    assert {f.driver for f in a.facts if f.kind == "retirement" and f.status == "final"} == {driver}


# --- winners of other races, and chances -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Piastri, winner the previous weekend at the same track, started fourth.",
        "Piastri, a three times winner in Austria, had a quiet afternoon.",
        "Piastri, winnaar van het vorige weekend, startte als vierde.",
        "Piastri werd gevraagd naar zijn kansen op een overwinning dit seizoen.",
        "Piastri was asked about his chances of a victory this year.",
    ],
)
def test_a_winner_elsewhere_or_a_chance_is_no_win(parse: Parse, body: str) -> None:
    assert 1 not in final(parse(NEWS_EN + body), "finish").get("piastri", set())


@pytest.mark.parametrize(
    "body", ["Piastri was the winner of the race.", "Piastri, winner of the race, praised his team."]
)
def test_the_winner_of_the_race_still_won(parse: Parse, body: str) -> None:
    assert final(parse(NEWS_EN + body), "finish")["piastri"] == {1}


# --- a heading ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Pole position", "Pole", "De strijd om pole"])
def test_pole_alone_on_a_line_is_a_heading(parse: Parse, heading: str) -> None:
    a = parse(f"Kwalificatie\n\nPiastri werd pas zestiende.\n\n{heading}\n\nIn Q3 ging het snel.")
    assert "piastri" not in final(a, "grid")


@pytest.mark.parametrize("body", ["Piastri pakte pole position.", "Pole position: Piastri"])
def test_pole_with_its_driver_stays(parse: Parse, body: str) -> None:
    assert final(parse("Kwalificatie voor de GP van Canada\n\n" + body), "grid")["piastri"] == {1}


# --- a team's drivers in brackets ---------------------------------------------------------------------------

TEAM_BY_TEAM = (
    "Formula One team-by-team\n\nA look at each team after Sunday's race. MCLAREN (Oscar Piastri 2, Lando"
    " Norris 6) Piastri was fast all day. HAAS (Nico Hulkenberg 11, Kevin Magnussen retired) A long day.\n\n"
    "WILLIAMS (Alexander Albon and Logan Sargeant retired)\n"
)


def test_a_teams_drivers_in_brackets_with_their_places(parse: Parse) -> None:
    a = parse(TEAM_BY_TEAM)
    got = final(a, "finish")
    assert got["piastri"] == {2} and got["norris"] == {6} and got["hulkenberg"] == {11}
    out = {f.driver for f in a.facts if f.kind == "retirement" and f.status == "final"}
    assert out == {"kevin_magnussen", "albon", "sargeant"}


@pytest.mark.parametrize(
    "body",
    [
        "Norris (McLaren) had a lonely race.",  # a team in brackets after a name
        "MCLAREN (Oscar Piastri 2, the team's best result this year)",  # an item that is no place
        "McLaren (the team of Piastri and Norris) had a day to forget.",
    ],
)
def test_brackets_that_are_no_team_line(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert not final(a, "finish") and not [f for f in a.facts if f.kind == "retirement"]


# --- places a stop or a safety car moves --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, driver",
    [
        ("The safety car allowed Norris to pit for hard tyres, leaving Piastri in P2.", "piastri"),
        ("Norris pitted for hard tyres, dropping him to P3.", "norris"),
        ("By lap 17, Russell hit the pits, which allowed Norris to head into P2.", "norris"),
        ("Norris went wide at the chicane, dropping him to eleventh.", "norris"),
    ],
)
def test_a_place_a_stop_moves_is_running(parse: Parse, body: str, driver: str) -> None:
    a = parse(NEWS_EN + body)
    assert driver not in final(a, "finish")
    assert any(f.driver == driver and f.status == "running" for f in a.facts)


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Norris finished in P2, with Piastri in P3.", "piastri", 3),
        ("Piastri took fifth, with Norris dropping down to seventh at the flag.", "norris", 7),
    ],
)
def test_a_place_at_the_finish_told_beside_it_stays(parse: Parse, body: str, driver: str, place: int) -> None:
    assert final(parse(NEWS_EN + body), "finish")[driver] == {place}


def test_the_one_forced_to_retire(parse: Parse) -> None:
    a = parse("Norris wins\n\nNorris won. A hydraulics failure forced Sainz to retire.")
    assert {f.driver for f in a.facts if f.kind == "retirement"} == {"sainz"}


def test_one_who_forced_another_wide_and_retired_himself(parse: Parse) -> None:
    a = parse(NEWS_EN + "Piastri forced Sainz wide and then retired himself.")
    assert {f.driver for f in a.facts if f.kind == "retirement"} == {"piastri"}


# --- a place moved in the results ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ocon kwam als zevende over de finish. De Fransman van Alpine zakt in de uitslag terug van de zevende"
        " naar de negende plaats.",
        "Ocon took the flag in seventh. He dropped from seventh to ninth in the final classification.",
    ],
)
def test_a_place_moved_in_the_results_corrects_the_one_on_the_road(parse: Parse, body: str) -> None:
    assert final(parse(NEWS_NL + body), "finish")["ocon"] == {9}


def test_a_place_moved_late_in_the_race_is_running(parse: Parse) -> None:
    a = parse(NEWS_NL + "Ocon zakte in de slotfase terug van de zevende naar de negende plaats.")
    assert "ocon" not in final(a, "finish")


# --- embedded tweets; a start after a grid penalty ----------------------------------------------------------


def test_an_embedded_tweet_gives_no_fact_to_a_driver_it_names_by_handle_only(parse: Parse) -> None:
    a = parse(
        "Kwalificatie in Canada\n\nNorris zette de zesde tijd neer.\n\n@LandoNorris' teammate stormed to pole"
        " in Montreal #CanadianGP pic.twitter.com/abc123XYZ — Formula 1 (@F1) 8 juni 2024"
    )
    assert 1 not in final(a, "grid").get("norris", set())


def test_an_embedded_tweet_naming_a_driver_keeps_his_fact(parse: Parse) -> None:
    a = parse(
        "Kwalificatie in Canada\n\nOscar Piastri stormed to pole in Montreal #CanadianGP"
        " pic.twitter.com/abc123XYZ — Formula 1 (@F1) 8 juni 2024"
    )
    assert final(a, "grid")["piastri"] == {1}


@pytest.mark.parametrize(
    "body",
    [
        "Door een gridstraf start Piastri zondag als elfde.",
        "Piastri was de snelste, maar door een gridstraf start hij als elfde.",
    ],
)
def test_a_start_told_after_the_grid_penalty_that_caused_it(parse: Parse, body: str) -> None:
    assert final(parse("Kwalificatie in Canada\n\n" + body, date="2024-06-08"), "grid")["piastri"] == {11}


def test_a_good_start_is_no_place_on_the_grid(parse: Parse) -> None:
    a = parse("Race in Canada\n\nPiastri had een goede start en werd derde.")
    assert "piastri" not in final(a, "grid") and final(a, "finish")["piastri"] == {3}
