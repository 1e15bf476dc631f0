"""Phrase families of the session of 6 December, each with examples both ways in our own words: the
standings named first and their leader after the verb ("In het kampioenschap leidt Verstappen")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formula 1 news\n\n"


def standing(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in a.facts if f.kind == "championship"}


@pytest.mark.parametrize(
    "body, driver",
    [
        ("In het kampioenschap leidt Norris nog altijd, met twaalf punten voorsprong.", "norris"),
        ("Bij de coureurs leidt Piastri nu, Norris volgt op vier punten.", "piastri"),
        ("Na de race in Miami: in de tussenstand voor de coureurs leidt Russell.", "russell"),
        ("In the drivers' standings, Leclerc still leads after the weekend.", "leclerc"),
        ("In the championship Albon now leads for the first time.", "albon"),
    ],
)
def test_the_standings_named_first_then_their_leader(parse: Parse, body: str, driver: str) -> None:
    assert (driver, 1) in standing(parse(NEWS + body, date="2023-05-07"))


@pytest.mark.parametrize(
    "body, driver",
    [
        # a lead in the race, a lead that was, a lead over someone: no standing of first place
        ("In de race leidt Norris na de start, voor Piastri.", "norris"),
        ("In het kampioenschap leidde Norris lange tijd, maar nu niet meer.", "norris"),
        ("In the championship, Leclerc leads by a single point from Sainz.", "leclerc"),
        ("In the race, Albon leads from Sargeant.", "albon"),
    ],
)
def test_no_leader_without_standings_now(parse: Parse, body: str, driver: str) -> None:
    assert (driver, 1) not in standing(parse(NEWS + body, date="2023-05-07"))


def _final(a: ParsedArticle, kind: str) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in a.facts if f.kind == kind and f.status == "final"}


@pytest.mark.parametrize(
    "body, driver, before, after",
    [
        (
            "Albon reed een knappe kwalificatie. Zijn vijfde startplek werd een vierde na straf voor Sainz.",
            "albon",
            5,
            4,
        ),
        (
            "Albon qualified well. His sixth place on the grid became fifth after a penalty for Russell.",
            "albon",
            6,
            5,
        ),
        ("Albon's seventh grid spot turned into sixth when Ocon was sent back.", "albon", 7, 6),
    ],
)
def test_a_start_place_that_became_another(
    parse: Parse, body: str, driver: str, before: int, after: int
) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, after) in _final(a, "grid")
    assert (driver, before) not in _final(a, "grid")
    assert (driver, after) not in _final(a, "finish")


@pytest.mark.parametrize(
    "body, driver, grid, finish",
    [
        # the start place and the finish, told apart: nothing became anything
        ("Vanaf de vierde startplek werd Albon derde in de race.", "albon", 4, 3),
        ("From fifth on the grid, Albon finished fourth.", "albon", 5, 4),
    ],
)
def test_a_start_and_a_finish_stay_apart(
    parse: Parse, body: str, driver: str, grid: int, finish: int
) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, grid) in _final(a, "grid")
    assert (driver, finish) in _final(a, "finish")


def retired(a: ParsedArticle) -> set[str]:
    return {f.driver for f in a.facts if f.kind == "retirement" and f.status == "final"}


@pytest.mark.parametrize(
    "body, drivers",
    [
        ("Ocon and Alonso retired before half distance.", {"ocon", "alonso"}),
        ("In de race vielen Ocon en teamgenoot Alonso uit.", {"ocon", "alonso"}),
        ("Zowel Gasly als Tsunoda viel uit met remproblemen.", {"gasly", "tsunoda"}),
        ("Russell en Mercedes-teamgenoot Hamilton vielen uit.", {"russell", "hamilton"}),
    ],
)
def test_a_pair_retired_together(parse: Parse, body: str, drivers: set[str]) -> None:
    assert drivers <= retired(parse(NEWS + body, date="2023-04-02"))


@pytest.mark.parametrize(
    "body, driver",
    [
        # others' retirements that helped the subject
        ("Door die dubbele uitvalbeurt kon Albon zijn voorsprong vergroten.", "albon"),
        ("Thanks to that double retirement, Albon extended his lead.", "albon"),
        ("Dankzij de opgave kon Albon nog naar de zesde plaats rijden.", "albon"),
        ("Albon profited from the retirements ahead of him to score points.", "albon"),
    ],
)
def test_others_retirements_that_helped(parse: Parse, body: str, driver: str) -> None:
    assert driver not in retired(parse(NEWS + body, date="2023-04-02"))


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Albon stoof in zijn Williams weg van de zevende plek en lag al snel vierde.", "albon", 7),
        ("Albon got away well from ninth and was fifth by turn one.", "albon", 9),
    ],
)
def test_a_getaway_from_a_place_is_the_start(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, place) in _final(a, "grid")
    assert (driver, place) not in _final(a, "finish")


@pytest.mark.parametrize(
    "body, driver",
    [
        ("Vanaf de tweede rij ging Albon op jacht naar een podiumplaats.", "albon"),
        ("Albon jaagt in Monaco op de zege.", "albon"),
        ("Albon went hunting for a podium from the second row.", "albon"),
    ],
)
def test_a_hunt_for_a_result_is_none(parse: Parse, body: str, driver: str) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert not any(
        f.driver == driver and f.status == "final" and f.kind in ("podium", "finish") for f in a.facts
    )


@pytest.mark.parametrize(
    "body, driver, place",
    [
        # the contenders for the title, then a race's place
        ("Achter de twee concurrenten om de wereldtitel werd Albon verrassend derde.", "albon", 3),
        ("Achter de rivalen om de wereldtitel eindigde Albon als vierde.", "albon", 4),
    ],
)
def test_the_title_contenders_make_no_standing(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, place) in _final(a, "finish")
    assert (driver, place) not in standing(a)


def test_a_title_fight_standing_stays(parse: Parse) -> None:
    a = parse(NEWS + "In de strijd om de wereldtitel staat Albon nu derde.", date="2023-04-02")
    assert ("albon", 3) in standing(a)


STANDINGS_LIST = (
    "Here is the drivers' championship as it stands now:\n\n"
    "Alex Albon - 51 Lando Norris - 44 Oscar Piastri - 40 George Russell - 33 Carlos Sainz - 20"
    " Esteban Ocon - 7"
)


def test_a_list_of_bare_points_under_a_standings_heading(parse: Parse) -> None:
    a = parse(NEWS + STANDINGS_LIST, date="2023-04-02")
    assert {
        ("albon", 1),
        ("norris", 2),
        ("piastri", 3),
        ("russell", 4),
        ("sainz", 5),
        ("ocon", 6),
    } <= standing(a)
    points = {(f.driver, f.amount) for f in a.facts if f.kind == "points"}
    assert ("albon", 51) in points and ("ocon", 7) in points


@pytest.mark.parametrize(
    "heading",
    [
        "Here are the lap times of the session:",  # no standings heading
        "Here is the drivers' championship as it stands now.",  # no heading line: a sentence
    ],
)
def test_bare_numbers_without_a_standings_heading(parse: Parse, heading: str) -> None:
    body = STANDINGS_LIST.replace("Here is the drivers' championship as it stands now:", heading)
    assert not standing(parse(NEWS + body, date="2023-04-02"))


@pytest.mark.parametrize(
    "body, driver, place, not_place",
    [
        # a distance from the winner names no win
        ("Op ruim een minuut van de winnaar kwam Albon als derde over de streep.", "albon", 3, 1),
        ("A lap down on the winner, Albon was classified ninth.", "albon", 9, 1),
        # the one he clashed with is not the one placed
        ("In Japan eindigde Albon mede door een incident met Lando Norris als zesde.", "albon", 6, None),
        # the finish line crossed in a place, not a place held while running
        (
            "Albon profiteerde van de lekke band van Norris en reed zijn Williams als derde over de finish.",
            "albon",
            3,
            None,
        ),
    ],
)
def test_the_finish_told_around_another(
    parse: Parse, body: str, driver: str, place: int, not_place: int | None
) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, place) in _final(a, "finish")
    assert (driver, not_place) not in _final(a, "finish")
    assert not any(d != driver for d, p in _final(a, "finish") if p == place)


def test_a_place_crossed_then_corrected_stays_corrected(parse: Parse) -> None:
    a = parse(
        NEWS + "Albon reed als derde over de finish, maar werd als vijfde geklasseerd.", date="2023-04-02"
    )
    assert ("albon", 3) not in _final(a, "finish")


@pytest.mark.parametrize(
    "body, driver",
    [
        ("The crash ruled out the driver who had looked a cert for pole position, Albon.", "albon"),
        ("Albon, odds-on for pole, crashed in Q2.", "albon"),
    ],
)
def test_a_pole_tipped_is_no_pole(parse: Parse, body: str, driver: str) -> None:
    assert (driver, 1) not in _final(parse(NEWS + body, date="2023-04-02"), "grid")


@pytest.mark.parametrize(
    "body",
    [
        "Neither of the four cars retired, but Albon and Norris both took five-second penalties.",
        "None of the drivers involved retired, and Albon went on to score.",
        "Geen van beide auto's viel uit, maar Albon kreeg wel vijf seconden straf.",
    ],
)
def test_no_one_retired(parse: Parse, body: str) -> None:
    assert not retired(parse(NEWS + body, date="2023-04-02"))


def test_a_clash_between_two_others_is_no_reason_for_his_penalty(parse: Parse) -> None:
    body = (
        "Thanks to Sainz's five-place grid penalty, Albon led away at the start, with the safety car soon"
        " deployed for a collision between Norris and Piastri."
    )
    reasons = {f.reason for f in parse(NEWS + body, date="2023-04-02").facts if f.kind == "penalty"}
    assert reasons and not any(r and "between" in r for r in reasons)


def test_a_clash_he_was_in_stays_his_reason(parse: Parse) -> None:
    body = (
        "Sainz got a five-second penalty for a collision between him and Norris; Sainz crashed into Norris."
    )
    a = parse(NEWS + body, date="2023-04-02")
    assert any(f.kind == "penalty" and f.driver == "sainz" and f.reason for f in a.facts)


@pytest.mark.parametrize(
    "body, driver, other",
    [
        (
            "Bij de start verloor Albon de controle en ramde vol de zijkant van de auto van Norris.",
            "albon",
            "norris",
        ),
        ("Albon tikte in bocht 1 de achterkant van de wagen van Piastri aan.", "albon", "piastri"),
    ],
)
def test_the_car_of_another_is_hit(parse: Parse, body: str, driver: str, other: str) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert any(f.kind == "collision" and f.driver == driver and other in f.others for f in a.facts)


def test_the_car_of_the_subject_stays_his(parse: Parse) -> None:
    # "de auto van" after a verb of his own: he drives, nobody is hit
    a = parse(NEWS + "Albon zette de auto van Williams op de vijfde plaats.", date="2023-04-02")
    assert not any(f.kind == "collision" for f in a.facts)


def _titles(a: ParsedArticle) -> set[str]:
    return {f.driver for f in a.facts if f.kind == "championship" and f.detail == "title"}


@pytest.mark.parametrize(
    "body",
    [
        "Lewis Hamilton is de regerend kampioen. Dit jaar is het voordeel van de wereldkampioen minimaal.",
        "Albon won in Spa. Het was een zware dag voor de wereldkampioen Hamilton.",
    ],
)
def test_the_champion_named_after_a_preposition_is_no_title(parse: Parse, body: str) -> None:
    assert not _titles(parse(NEWS + body, date="2021-08-02"))


def test_a_title_told_stays(parse: Parse) -> None:
    assert "albon" in _titles(parse(NEWS + "Alexander Albon is wereldkampioen geworden.", date="2021-12-12"))


def test_a_standing_of_back_then_is_of_the_year_told_before(parse: Parse) -> None:
    body = "Albon stond vorig jaar na elf races op 130 punten. Norris stond destijds derde met 97 punten."
    a = parse(NEWS + body, date="2021-08-02")
    assert {f.season for f in a.facts if f.kind == "championship" and f.driver == "norris"} == {2020}


@pytest.mark.parametrize(
    "body, kind, driver, place",
    [
        # a title before the name: his pole, whatever he lost later
        ("Polesitter Albon had de leiding eerder verloren door de undercut.", "grid", "albon", 1),
        # "voor" the one named after a team's time: his time
        ("De Williamsen hadden het lastig met de zesde tijd voor Alex Albon.", "qualifying", "albon", 6),
        # by becoming tenth: done
        ("Albon scoorde voor het eerst een punt door tiende te worden.", "finish", "albon", 10),
    ],
)
def test_places_told_in_passing(parse: Parse, body: str, kind: str, driver: str, place: int) -> None:
    assert (driver, place) in _final(parse(NEWS + body, date="2023-04-02"), kind)


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Albon reed met de zesde tijd voor Norris en Piastri.", "norris", 6),  # his own time, ahead of them
        ("Albon wil morgen vechten om derde te worden.", "albon", 3),  # an aim
        ("Polesitter Albon verloor de pole door een gridstraf.", "albon", 1),  # the pole lost
    ],
)
def test_places_not_told(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, place) not in _final(a, "finish") | _final(a, "qualifying") | _final(a, "grid")


@pytest.mark.parametrize(
    "body",
    [
        "Albon recovered strongly to still finish on the rostrum, behind Norris.",
        "Albon finished on the rostrum for the first time.",
    ],
)
def test_the_rostrum_is_the_podium(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert any(f.kind == "podium" and f.driver == "albon" and f.status == "final" for f in a.facts)


def test_a_win_since_the_season_opener_stays_of_this_race(parse: Parse) -> None:
    body = (
        "Albon won the Australian Grand Prix. Albon led Norris across the line for his first win since the"
        " season-opener. Piastri finished third."
    )
    a = parse("Albon wins in Melbourne\n\n" + body, date="2023-04-02")
    assert {f.grand_prix for f in a.facts if f.kind == "finish"} == {"australia"}


def test_ahead_of_a_team_mate_by_a_gap(parse: Parse) -> None:
    body = (
        "Albon took pole for the Australian GP. Albon was ahead of team mate Logan Sargeant by just 0.059s."
    )
    a = parse("Albon on pole\n\n" + body, date="2023-04-01")
    gaps = {(f.driver, f.others, f.amount, f.detail) for f in a.facts if f.kind == "time_gap"}
    assert ("albon", ("sargeant",), 59, "ahead") in gaps


@pytest.mark.parametrize(
    "body, holder",
    [
        # the sentence opened with him by name; "he" goes on, the team-mate passed is an object
        (
            "Albon finished fourth - but he was a place ahead of Williams team-mate Logan Sargeant so extends"
            " his title lead to 65 points.",
            "albon",
        ),
        (
            "Albon swept past Williams team mate Logan Sargeant to take second place and stay 30 clear.",
            "albon",
        ),
    ],
)
def test_a_lead_kept_past_a_team_mate(parse: Parse, body: str, holder: str) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert {f.driver for f in a.facts if f.kind in ("points_gap", "finish") and f.status == "final"} == {
        holder
    }


def test_a_lead_of_a_pronoun_alone_stays_unknown(parse: Parse) -> None:
    # nobody named before "he": whose lead it is is not sure
    a = parse(
        NEWS + "But he was a place ahead of Sargeant so extends his title lead to 65 points.",
        date="2023-04-02",
    )
    assert not [f for f in a.facts if f.kind == "points_gap"]


@pytest.mark.parametrize(
    "body, amount",
    [
        ("Albon boekte zo zijn achtste zege in twaalf races.", 8),
        ("Albon took his fifth win in nine races.", 5),
    ],
)
def test_a_count_in_the_races_run_is_the_seasons(parse: Parse, body: str, amount: int) -> None:
    a = parse(NEWS + body, date="2023-07-02")
    assert ("albon", amount, "wins:season") in {
        (f.driver, f.amount, f.detail) for f in a.facts if f.kind == "count"
    }


def test_a_count_without_its_span_stays_unscoped(parse: Parse) -> None:
    a = parse(NEWS + "Albon boekte zo zijn achtste zege.", date="2023-07-02")
    assert not any(f.kind == "count" and f.detail == "wins:season" for f in a.facts)


@pytest.mark.parametrize(
    "body, seconds",
    [
        ("Albon's stop took an agonising 27 seconds.", "27"),
        ("Albon's pit stop took a painful 9.5 seconds.", "9.5"),
    ],
)
def test_a_stop_that_took_long(parse: Parse, body: str, seconds: str) -> None:
    a = parse(NEWS + body, date="2023-07-02")
    assert ("albon", seconds) in {(f.driver, f.detail) for f in a.facts if f.kind == "pit_stop"}


@pytest.mark.parametrize(
    "body, amount",
    [
        ("Albon's victory means he now sits thirty-eight points behind Norris.", 38),
        ("Albon staat nu tweeëntwintig punten achter Norris.", 22),
    ],
)
def test_a_compound_number_written_out(parse: Parse, body: str, amount: int) -> None:
    a = parse(NEWS + body, date="2023-07-02")
    assert amount in {f.amount for f in a.facts if f.kind == "points_gap"}


def test_after_the_race_is_when_not_why(parse: Parse) -> None:
    body = "There was drama after the race as Albon was disqualified when the officials found no fuel sample."
    a = parse(NEWS + body, date="2023-07-02")
    dsq = [f for f in a.facts if f.kind == "penalty" and f.penalty == "disqualification"]
    assert dsq and not any(f.reason and f.reason.lower().startswith("the race") for f in dsq)


def test_an_apposition_after_a_name_keeps_him_the_subject(parse: Parse) -> None:
    body = (
        "Pietro Fittipaldi, de vervanger bij Haas van de geblesseerde Romain Grosjean, eindigde als negende."
    )
    a = parse(NEWS + body, date="2020-12-06")
    assert ("pietro_fittipaldi", 9) in _final(a, "finish")
    assert ("grosjean", 9) not in _final(a, "finish")


def test_a_name_after_a_comma_stays_the_subject(parse: Parse) -> None:
    # no apposition: the clause after the comma has its own subject
    a = parse(NEWS + "Albon viel uit, Norris eindigde als negende.", date="2020-12-06")
    assert ("norris", 9) in _final(a, "finish")


@pytest.mark.parametrize(
    "heading, session",
    [
        ("This is the starting grid for tomorrow's Sprint Race:", "sprint"),
        ("This is the starting grid for Sunday's race:", "race"),
    ],
)
def test_a_grid_list_under_its_heading(parse: Parse, heading: str, session: str) -> None:
    body = heading + " 1 Albon, 2 Norris, 3 Piastri, 4 Russell, 5 Sainz, 6 Ocon, 7 Gasly."
    a = parse(NEWS + body, date="2023-04-22")
    grid = {(f.driver, f.position, f.session) for f in a.facts if f.kind == "grid" and f.status == "final"}
    assert ("piastri", 3, session) in grid


def test_a_part_of_qualifying_then_the_grid_told(parse: Parse) -> None:
    # a part of qualifying named, then "start zondag van P3": the places after are the final order
    body = (
        "Max Verstappen heeft de pole position veroverd in de kwalificatie voor de Grand Prix van Australië."
        "\n\nAlbon kende wat problemen in het tweede deel van de kwalificatie, maar start zondag van P3."
        " De Thai kwam tot een tijd van 1.14,176. Norris nam plaats vier in bezit."
        " Piastri, teamgenoot van Norris, eindigde op de zesde plaats."
    )
    a = parse("Verstappen pakt pole in Melbourne\n\n" + body, date="2023-04-01")
    assert ("piastri", 6) in _final(a, "qualifying")


def test_a_part_of_qualifying_keeps_its_places(parse: Parse) -> None:
    body = (
        "Max Verstappen heeft de pole position veroverd in de kwalificatie voor de Grand Prix van Australië."
        "\n\nIn het tweede deel van de kwalificatie was Albon de snelste. Piastri eindigde daar op de zesde"
        " plaats."
    )
    a = parse("Verstappen pakt pole in Melbourne\n\n" + body, date="2023-04-01")
    assert ("piastri", 6) not in _final(a, "qualifying")


def _penalised(a: ParsedArticle) -> set[str]:
    return {f.driver for f in a.facts if f.kind == "penalty" and f.status == "final"}


@pytest.mark.parametrize(
    "body",
    [
        "Albon won. However, he could be handed two five-second penalties for the incident.",
        "Albon won. A penalty - which would probably only be five seconds - would not cost Albon the win.",
        "Albon won. Albon kan nog een tijdstraf van vijf seconden krijgen.",
    ],
)
def test_a_penalty_that_may_come_is_none(parse: Parse, body: str) -> None:
    assert "albon" not in _penalised(parse(NEWS + body, date="2023-07-02"))


@pytest.mark.parametrize(
    "body",
    [
        "It was announced that Albon would be given a five-second time penalty, which would be added later.",
        "Albon kreeg een tijdstraf van vijf seconden, die bij zijn tijd werd opgeteld.",
    ],
)
def test_a_penalty_given_stays(parse: Parse, body: str) -> None:
    assert "albon" in _penalised(parse(NEWS + body, date="2023-07-02"))


def test_a_record_one_might_set_is_no_start(parse: Parse) -> None:
    body = "Een pole zou leuk zijn, dit keer de jongste coureur ooit die als eerste mag starten."
    a = parse("Albon snelste in de training\n\nAlbon was de snelste. " + body, date="2023-07-01")
    assert not _final(a, "grid")


@pytest.mark.parametrize(
    "body, driver",
    [
        ("Na de uitvalbeurt van de twee titelfavorieten werd de race gewonnen door Albon.", "albon"),
        ("Albon won dan wel in Miami, in de andere twee GP's haalde Albon de finish niet.", "albon"),
        ("Albon exacted revenge for last week's early retirement with this victory.", "albon"),
    ],
)
def test_a_retirement_of_others_or_other_races_is_not_his_here(parse: Parse, body: str, driver: str) -> None:
    assert driver not in retired(parse(NEWS + body, date="2023-05-07"))


def test_a_retirement_of_his_own_stays(parse: Parse) -> None:
    a = parse(NEWS + "Albon retired early with a brake failure after last week's podium.", date="2023-05-07")
    assert "albon" in retired(a)


def test_a_place_told_with_his_retirement_is_no_result(parse: Parse) -> None:
    body = (
        "Albon schoof door het uitvallen van Norris op naar de derde plaats en leek de race te redden, maar"
        " Albon moest in de laatste ronde ook naar de kant."
    )
    a = parse(NEWS + body, date="2023-05-07")
    assert "albon" in retired(a)
    assert ("albon", 3) not in _final(a, "finish")


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Russell won, teamgenoot Albon finishte niet ver achter hem als tweede.", "albon", 2),
        ("Zijn vorm is goed: 2e in Turkije, vorige week uitgevallen en nu de zege.", None, None),
    ],
)
def test_no_retirement_read_into_a_finish(
    parse: Parse, body: str, driver: str | None, place: int | None
) -> None:
    a = parse(NEWS + body, date="2023-05-07")
    assert not retired(a) - {"russell"}
    if driver is not None:
        assert (driver, place) in _final(a, "finish")


def _totals(a: ParsedArticle) -> set[tuple[str, float | None]]:
    return {(f.driver, f.amount) for f in a.facts if f.kind == "points"}


def test_points_to_his_name_are_his_total(parse: Parse) -> None:
    a = parse(NEWS + "Albon is de trotse leider met 26 WK-punten achter zijn naam.", date="2023-03-06")
    assert ("albon", 26) in _totals(a)


def test_points_behind_another_are_no_total(parse: Parse) -> None:
    a = parse(NEWS + "Albon staat in het WK nu 26 punten achter Norris.", date="2023-03-06")
    assert ("albon", 26) not in _totals(a)


@pytest.mark.parametrize(
    "body, not_winner",
    [
        ("A collision with Ocon cost the Red Bull driver Albon victory in Brazil.", "albon"),
        ("Albon pitted when the pit lane was closed, costing him victory.", "albon"),
        ("Een botsing met Ocon kostte Albon de zege.", "albon"),
    ],
)
def test_a_win_lost_is_no_win(parse: Parse, body: str, not_winner: str) -> None:
    assert (not_winner, 1) not in _final(parse(NEWS + body, date="2023-11-05"), "finish")


@pytest.mark.parametrize(
    "body, winner",
    [
        ("De Grand Prix werd gewonnen door Norris' teamgenoot Oscar Piastri.", "piastri"),
        ("Albon and the Williams team made the victory easy for Sargeant.", "sargeant"),
    ],
)
def test_the_win_of_the_one_after(parse: Parse, body: str, winner: str) -> None:
    assert (winner, 1) in _final(parse(NEWS + body, date="2023-11-05"), "finish")


def test_a_career_retirement_is_no_dnf(parse: Parse) -> None:
    body = "Albon performs donuts on the grid at the end of the race to celebrate his retirement."
    assert "albon" not in retired(parse(NEWS + body, date="2023-11-26"))


def test_a_point_taken_from_another(parse: Parse) -> None:
    body = "Pierre Gasly werd zesde. De Fransman pakte nog een punt af van Albon voor de snelste rondetijd."
    a = parse(NEWS + body, date="2023-11-05")
    assert {f.driver for f in a.facts if f.kind == "fastest_lap"} == {"gasly"}


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Alpine's Albon secured his first podium since 2014 with third.", "albon", 3),
        ("Marko was blij na de overwinning van Alex Albon in de Grand Prix.", "albon", 1),
        (
            "Albon, die Williams vorig jaar op Monza punten bezorgde, kwam zondag als vierde over de finish"
            " bij de GP van Oostenrijk.",
            "albon",
            4,
        ),
    ],
)
def test_places_beside_asides_of_other_times(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(NEWS + body, date="2023-07-02")
    assert (driver, place) in _final(a, "finish")
    assert {
        f.season for f in a.facts if f.kind == "finish" and f.driver == driver and f.position == place
    } == {2023}


def test_a_win_of_one_in_a_sentence_of_two_races_is_unread(parse: Parse) -> None:
    body = "Na Silverstone en Hongarije scoorde het team 5 punten, waarvan 3 door de sprintzege van Albon."
    assert ("albon", 1) not in _final(parse(NEWS + body, date="2023-07-30"), "finish")


def test_a_pairs_points_together_are_no_ones_total(parse: Parse) -> None:
    a = parse(NEWS + "Albon en Sargeant hebben vooralsnog 84 punten bij elkaar gereden.", date="2023-09-04")
    assert not {d for d, _ in _totals(a)} & {"albon", "sargeant"}


def test_points_so_far_are_a_total(parse: Parse) -> None:
    a = parse(NEWS + "Albon heeft vooralsnog 38 punten bij elkaar gereden.", date="2023-09-04")
    assert ("albon", 38) in _totals(a)


def test_a_lead_taken_and_kept_is_done(parse: Parse) -> None:
    body = (
        "Albon won the race, getting the jump of pole-sitting team-mate Logan Sargeant off the line at the"
        " start to take a lead he then held for the full race distance."
    )
    a = parse(NEWS + body, date="2023-04-02")
    assert ("sargeant", 1) in _final(a, "grid")


def test_an_aim_to_take_the_lead_stays_one(parse: Parse) -> None:
    a = parse(
        NEWS + "Albon pushed hard on the opening lap to take the lead from Sargeant.", date="2023-04-02"
    )
    assert ("albon", 1) not in _final(a, "finish")


@pytest.mark.parametrize(
    "noun",
    [
        "de Thaise Formule 1-coureur van Williams",
        "de Thaise F1-coureur van Williams",
        "de coureur van Williams",
    ],
)
def test_the_sport_before_the_driver_of_a_team(parse: Parse, noun: str) -> None:
    body = (
        "Het is Alex Albon zondag bij de Grand Prix van Miami niet gelukt op het podium te eindigen. In een"
        f" race zonder spektakel startte en finishte {noun} als vierde."
    )
    assert ("albon", 4) in _final(parse("Sainz wint in Miami\n\n" + body, date="2023-05-07"), "finish")


@pytest.mark.parametrize(
    "body, place",
    [
        ("Albon haalde Norris in het slot nog in voor de tweede plaats.", 2),
        ("Albon passed Norris on the final lap for third place.", 3),
    ],
)
def test_a_place_taken_at_the_very_end_is_the_finish(parse: Parse, body: str, place: int) -> None:
    assert ("albon", place) in _final(parse("Sainz wint in Miami\n\n" + body, date="2023-05-07"), "finish")


def test_a_place_taken_earlier_is_no_finish(parse: Parse) -> None:
    a = parse("Sainz wint in Miami\n\nAlbon passed Norris on lap 12 for third place.", date="2023-05-07")
    assert ("albon", 3) not in _final(a, "finish")
