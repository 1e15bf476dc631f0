"""Phrase families of later seasons' reports, each with examples both ways in our own words: "the Mercedes
cars" is the team's pair; a team after a preposition is no subject of the place after "en"; "it was not
Verstappen's ...: he" is the owner; the subject after a semicolon is the one a "he" goes on with; "daar" is
the next race named before; "zeventiende en laatste" is 17th; "crashte ... met X" is a collision; "came back
out in 14th" is a place while running; the black flag is a disqualification; a relative clause is of the race
its words hang on; a gap after a final place is the gap at the finish."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.model import LAST

Parse = Callable[..., ParsedArticle]

NEWS = "Formula 1 news\n\n"
REVIEW = "Het seizoen van Pérez\n\n"


def placed(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None, str]]:
    return {(f.driver, f.position, f.status) for f in a.facts if f.kind == kind}


def at(a: ParsedArticle, kind: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.driver, f.grand_prix, f.position) for f in a.facts if f.kind == kind}


@pytest.mark.parametrize(
    "body",
    [
        "Hamilton and Russell brought the Mercedes cars home fourth and fifth in Mexico.",
        "Hamilton and Russell took the Mercedes cars to fourth and fifth in Mexico.",
    ],
)
def test_the_team_cars_are_its_pair(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-10-28")
    assert {("hamilton", 4, "final"), ("russell", 5, "final")} <= placed(a)
    assert ("russell", 4, "final") not in placed(a)


def test_one_team_car_is_its_driver(parse: Parse) -> None:
    a = parse(NEWS + "Leclerc was third. The Ferrari driver lost time in the pits.", date="2024-10-28")
    assert ("leclerc", 3, "final") in placed(a)


@pytest.mark.parametrize(
    "body, team, place",
    [
        ("Red Bull verloor de constructeurstitel aan McLaren en werd derde, achter Ferrari.", "red_bull", 3),
        ("Ferrari lost the constructors' title to McLaren and finished second.", "ferrari", 2),
    ],
)
def test_a_team_after_a_preposition_is_no_subject(parse: Parse, body: str, team: str, place: int) -> None:
    a = parse(REVIEW + body, date="2024-12-18")
    teams = {(d, p) for d, p, _ in placed(a, "team_championship")}
    assert (f"team:{team}", place) in teams
    assert ("team:mclaren", place) not in teams


def test_teams_listed_with_en_keep_their_places(parse: Parse) -> None:
    a = parse(
        REVIEW + "In het constructeurskampioenschap staat McLaren eerste, Ferrari tweede en Red Bull derde."
    )
    teams = {(d, p) for d, p, _ in placed(a, "team_championship")}
    assert {("team:mclaren", 1), ("team:ferrari", 2), ("team:red_bull", 3)} <= teams


@pytest.mark.parametrize(
    "body",
    [
        "Piastri started 17th. It was not Verstappen's first brush with the stewards here: in 2021 he won.",
        "Piastri startte als zeventiende. Het was Verstappens derde zege in Mexico: in 2021 won hij ook.",
    ],
)
def test_an_it_was_sentence_goes_on_with_the_owner(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-10-28")
    won = {(f.driver, f.season) for f in a.facts if f.kind == "finish" and f.position == 1}
    assert ("max_verstappen", 2021) in won
    assert ("piastri", 2021) not in won


def test_an_owner_in_a_sentence_with_its_own_subject_is_not_he(parse: Parse) -> None:
    a = parse(NEWS + "Piastri started 17th. On Verstappen's advice he stopped early and he finished eighth.")
    assert ("piastri", 8, "final") in placed(a)
    assert ("max_verstappen", 8, "final") not in placed(a)


def test_the_subject_after_a_semicolon_is_the_one_he_goes_on_with(parse: Parse) -> None:
    a = parse(
        NEWS + "On lap 10 Norris tried to pass and Verstappen forced him wide; the Red Bull driver then cut"
        " the chicane. He served both at his pit stop on lap 27.",
        date="2024-10-28",
    )
    stops = {(f.driver, f.amount) for f in a.facts if f.kind == "lap" and f.detail == "pit_stop"}
    assert stops == {("max_verstappen", 27)}


def test_without_a_semicolon_the_first_subject_goes_on(parse: Parse) -> None:
    a = parse(
        NEWS
        + "On lap 10 Norris tried to pass and Verstappen forced him wide. He made his pit stop on lap 27.",
        date="2024-10-28",
    )
    stops = {(f.driver, f.amount) for f in a.facts if f.kind == "lap" and f.detail == "pit_stop"}
    assert ("max_verstappen", 27) not in stops


CANADA = (
    "In Canada gleed Pérez in de regen in de muur. Hij kreeg een gridstraf van drie plaatsen voor de volgende"
    " race in Barcelona."
)


def test_there_is_the_next_race_named_before(parse: Parse) -> None:
    a = parse(REVIEW + CANADA + " Daar werd hij achtste.", date="2024-12-18")
    assert ("perez", "spain", 8) in at(a, "finish")
    assert ("perez", "canada", 8) not in at(a, "finish")


def test_without_there_the_sentence_stays_at_the_race(parse: Parse) -> None:
    a = parse(REVIEW + CANADA + " Hij viel uit.", date="2024-12-18")
    assert ("perez", "canada", None) in at(a, "retirement")


@pytest.mark.parametrize(
    "body, place",
    [
        ("Pérez eindigde in Mexico als zeventiende en laatste.", 17),
        ("Pérez finished 17th and last in Mexico.", 17),
        ("Pérez werd in Mexico laatste.", LAST),
    ],
)
def test_a_number_and_last_is_the_number(parse: Parse, body: str, place: int) -> None:
    a = parse(NEWS + body, date="2024-10-28")
    assert {p for d, p, _ in placed(a) if d == "perez"} == {place}


@pytest.mark.parametrize(
    "body",
    [
        "In Monaco crashte Pérez in de eerste ronde hard met Kevin Magnussen.",
        "Pérez crashed on the opening lap in Monaco with Magnussen.",
    ],
)
def test_crashed_with_a_driver_is_a_collision(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-05-27")
    assert {(f.driver, f.others) for f in a.facts if f.kind == "collision"} >= {
        ("perez", ("kevin_magnussen",))
    }


def test_crashed_with_a_broken_wing_is_no_collision(parse: Parse) -> None:
    a = parse(NEWS + "In Monaco crashte Pérez in de eerste ronde met een kapotte vleugel.", date="2024-05-27")
    assert not [f for f in a.facts if f.kind == "collision"]


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen served both penalties at his stop and came back out in 14th place.",
        "Leclerc emerged in sixth after his only stop.",
    ],
)
def test_where_he_rejoined_is_running(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-10-28")
    assert placed(a) and all(status == "running" for _, _, status in placed(a))


def test_where_he_came_home_is_his_finish(parse: Parse) -> None:
    a = parse(NEWS + "Leclerc came home in sixth after his only stop.", date="2024-10-28")
    assert ("leclerc", 6, "final") in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Nico Hülkenberg kreeg in Brazilië de zwarte vlag.",
        "Hulkenberg was black-flagged in Brazil for a push start by the marshals.",
        "Hulkenberg was shown the black flag in Brazil.",
    ],
)
def test_the_black_flag_is_a_disqualification(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-11-03")
    assert {(f.driver, f.penalty) for f in a.facts if f.kind == "penalty"} == {
        ("hulkenberg", "disqualification")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Hülkenberg kreeg in Brazilië de zwart-witte vlag voor het overschrijden van de baanlimieten.",
        "Hulkenberg was shown the black and white flag in Brazil for track limits.",
    ],
)
def test_the_warning_flag_is_no_disqualification(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-11-03")
    assert not [f for f in a.facts if f.kind == "penalty" and f.penalty == "disqualification"]


def test_a_disqualification_told_again_keeps_its_why(parse: Parse) -> None:
    a = parse(
        NEWS + "Hülkenberg werd in Brazilië gediskwalificeerd. De Duitser kreeg na een spin een duwtje van"
        " marshals. Volgens de stewards was dat verboden hulp en dus kreeg Hülkenberg de zwarte vlag.",
        date="2024-11-03",
    )
    reasons = [f.reason or "" for f in a.facts if f.kind == "penalty" and f.driver == "hulkenberg"]
    assert any("duwtje" in r for r in reasons), reasons


def test_a_relative_clause_is_of_the_race_it_hangs_on(parse: Parse) -> None:
    a = parse(
        REVIEW
        + "In Imola werd Pérez achtste, in Monaco crashte hij met Magnussen, die hem in de muur drukte.",
        date="2024-12-18",
    )
    crashes = {(d, gp) for d, gp, _ in at(a, "crash")}
    assert ("kevin_magnussen", "monaco") in crashes
    assert ("kevin_magnussen", "emilia_romagna") not in crashes


def test_a_relative_clause_with_its_own_race_keeps_it(parse: Parse) -> None:
    a = parse(
        REVIEW + "In Imola werd Pérez achtste, net voor Magnussen, die in Monaco in de muur ging.",
        date="2024-12-18",
    )
    assert ("kevin_magnussen", "monaco") in {(d, gp) for d, gp, _ in at(a, "crash")}


@pytest.mark.parametrize(
    "body",
    [
        "Norris was second in Mexico, 4.705 seconds behind Sainz.",
        "Norris recovered to second place, 4.705 seconds behind Sainz.",
        "Norris werd tweede in Mexico, op 4,705 seconden van Sainz.",
    ],
)
def test_a_gap_after_a_final_place_is_the_gap_at_the_finish(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-10-28")
    gaps = {(f.driver, f.others, f.amount) for f in a.facts if f.kind == "time_gap"}
    assert gaps == {("norris", ("sainz",), 4705)}


@pytest.mark.parametrize(
    "body",
    [
        "Sainz is only 1 second behind Stroll and tries to get to the podium.",
        "Bottas was second, 24.9 sec behind with Ferrari's Charles Leclerc third.",
    ],
)
def test_no_gap_at_the_finish_without_a_place_or_to_a_later_name(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2020-12-06")
    assert not [f for f in a.facts if f.kind == "time_gap" and f.others]


@pytest.mark.parametrize(
    "body",
    [
        "Sainz spinde in de muur en viel uit, net als Colapinto.",
        "Sainz crashed out, as did Colapinto.",
    ],
)
def test_out_like_another_is_out_too(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-11-03")
    assert {f.driver for f in a.facts if f.kind == "retirement"} == {"sainz", "colapinto"}


@pytest.mark.parametrize(
    "body",
    [
        "Sainz viel uit met motorproblemen, net als vorig jaar.",
        "Sainz retired on lap 40, just like Colapinto did in Baku.",
    ],
)
def test_out_like_another_time_is_no_second_retirement(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-11-03")
    assert {f.driver for f in a.facts if f.kind == "retirement"} == {"sainz"}


def test_the_cause_is_the_with_that_names_a_technical_thing(parse: Parse) -> None:
    a = parse(
        NEWS + "Piastri's win, combined with Norris's retirement with an oil leak near the end, changed the"
        " title fight at Zandvoort.",
        date="2025-09-01",
    )
    assert {(f.driver, f.reason) for f in a.facts if f.kind == "retirement"} == {("norris", "oil leak")}


@pytest.mark.parametrize(
    "body, lap",
    [
        ("In ronde 33 ging Colapinto in de muur. De race werd met de rode vlag stilgelegd.", 33),
        ("On lap 12 Albon crashed at turn 3. The safety car came out.", 12),
        ("On lap 12 Albon crashed at turn 3. Ten laps later the safety car came out.", None),
        ("On lap 12 Albon crashed at turn 3.\n\nThe safety car came out for debris.", None),
    ],
)
def test_a_neutralisation_right_after_a_crash_came_on_its_lap(
    parse: Parse, body: str, lap: int | None
) -> None:
    a = parse(NEWS + body, date="2024-11-03")
    assert [f.amount for f in a.facts if f.kind == "safety_car"] == [lap]


@pytest.mark.parametrize(
    "body",
    [
        "Piastri leads the championship. Verstappen is 104 points off the lead.",
        "Piastri leidt het kampioenschap. Verstappen ligt nu 104 punten achter de leider.",
        "Stand na Zandvoort\n\n1. Oscar Piastri, 309 punten\n2. Lando Norris, 275\n3. Max Verstappen, 205\n\n"
        "Norris won niet. Leclerc viel uit. Hamilton ook. Verstappen is now 104 points off the lead.",
    ],
)
def test_a_gap_to_the_lead_is_to_the_leader_named(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2025-09-01")
    gaps = {(f.driver, f.others, f.amount) for f in a.facts if f.kind == "points_gap"}
    assert ("max_verstappen", ("piastri",), 104) in gaps


def test_a_gap_to_the_lead_with_no_leader_named_goes(parse: Parse) -> None:
    a = parse(NEWS + "Verstappen was second at Zandvoort. He is 104 points off the lead.", date="2025-09-01")
    assert not [f for f in a.facts if f.kind == "points_gap"]


LIVE = "British Grand Prix live\n\n"


def test_the_sentences_after_a_live_blog_lap_are_of_that_moment(parse: Parse) -> None:
    a = parse(
        LIVE + "LAP 27/52: The rain is back. Piastri stops one lap too late and drops to fifth.\n\n"
        "LAP 50/52: Norris is third and cannot keep up.",
        date="2024-07-07",
    )
    assert placed(a) == {("piastri", 5, "running"), ("norris", 3, "running")}


def test_a_results_list_with_its_own_heading_after_live_lines_is_final(parse: Parse) -> None:
    a = parse(
        LIVE + "LAP 1/52: Russell keeps the lead, Hamilton passes Verstappen for second.\n\n"
        "Final classification, top three: 1. Hamilton 2. Verstappen 3. Norris.",
        date="2024-07-07",
    )
    assert {("hamilton", 1, "final"), ("max_verstappen", 2, "final"), ("norris", 3, "final")} <= placed(a)


def test_the_last_lap_line_is_no_moment(parse: Parse) -> None:
    a = parse(LIVE + "LAP 52/52: Hamilton wins! Norris finishes third behind Verstappen.", date="2024-07-07")
    assert ("norris", 3, "final") in placed(a)


QUALI = "Verstappen on pole at Suzuka\n\n"


@pytest.mark.parametrize(
    "body, part, drivers",
    [
        (
            "Knocked out in Q2 were Liam Lawson, Esteban Ocon, Pierre Gasly and Alex Albon.",
            "Q2",
            {"lawson", "ocon", "gasly", "albon"},
        ),
        ("Lawson, Ocon and Gasly were knocked out in Q2.", "Q2", {"lawson", "ocon", "gasly"}),
        ("Alonso, Stroll and Sargeant fell in Q1.", "Q1", {"alonso", "stroll", "sargeant"}),
        ("In Q1 vielen Alonso, Hülkenberg en Sargeant af.", "Q1", {"alonso", "hulkenberg", "sargeant"}),
        ("In Q1 sneuvelden Alonso en Stroll.", "Q1", {"alonso", "stroll"}),
    ],
)
def test_a_list_knocked_out_is_each_of_it(parse: Parse, body: str, part: str, drivers: set[str]) -> None:
    a = parse(QUALI + body, date="2023-09-23")
    assert {(f.driver, f.detail) for f in a.facts if f.kind == "knockout"} == {(d, part) for d in drivers}


@pytest.mark.parametrize(
    "body",
    [
        "In Q1 viel Verstappen op met een snelle ronde.",
        "Norris went through to Q3 ahead of Piastri, who was fastest in Q1.",
        "Alonso fell to sixth in Q1 but made it through.",
    ],
)
def test_no_knockout_without_going_out(parse: Parse, body: str) -> None:
    a = parse(QUALI + body, date="2023-09-23")
    assert not [f for f in a.facts if f.kind == "knockout"]


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen was fifth in Singapore, where Red Bull's winning streak ended.",
        "Verstappen's winning run came to an end in Singapore.",
    ],
)
def test_a_winning_streak_is_no_win(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2023-09-23")
    assert not [f for f in a.facts if f.kind == "finish" and f.position == 1]


def test_a_comeback_pulled_off_to_win_is_a_win(parse: Parse) -> None:
    a = parse(NEWS + "Verstappen pulled off a fine comeback drive to win the Austrian GP.", date="2019-06-30")
    assert ("max_verstappen", 1, "final") in placed(a)


def test_a_gap_to_a_team_possessive_name(parse: Parse) -> None:
    a = parse(
        QUALI + "Max Verstappen took pole. The Dutchman's best lap was 0.581 seconds quicker than McLaren's"
        " Oscar Piastri.",
        date="2023-09-23",
    )
    gaps = {(f.driver, f.others, f.amount) for f in a.facts if f.kind == "time_gap"}
    assert gaps == {("max_verstappen", ("piastri",), 581)}


@pytest.mark.parametrize(
    "body",
    [
        "Pérez lag lang tweede, maar kreeg vijf seconden straf voor te hard rijden en viel terug naar de"
        " vierde plaats.",
        "Pérez ran second for a long time, but got a five-second penalty for speeding and dropped to fourth.",
    ],
)
def test_the_place_a_penalty_dropped_him_to_is_his_finish(parse: Parse, body: str) -> None:
    assert ("perez", 4, "final") in placed(parse(NEWS + body, date="2023-08-27"))


def test_a_penalty_served_in_the_race_drops_him_on_the_road(parse: Parse) -> None:
    a = parse(NEWS + "Pérez served his drive-through penalty and dropped to 15th.", date="2023-08-27")
    assert ("perez", 15, "final") not in placed(a)


def test_a_place_with_a_win_from_pole_is_a_finish(parse: Parse) -> None:
    a = parse(NEWS + "Norris won the race in Austria from pole, with Leclerc third.", date="2025-06-29")
    assert ("leclerc", 3, "final") in placed(a)
    assert not [f for f in a.facts if f.kind == "grid" and f.driver == "leclerc"]


def test_bare_places_after_a_start_are_starts(parse: Parse) -> None:
    a = parse(NEWS + "Bottas starting from second, Perez third and Hamilton 20th.", date="2025-06-29")
    assert {(f.driver, f.position) for f in a.facts if f.kind == "grid"} >= {("perez", 3), ("hamilton", 20)}


def test_the_gap_between_two_teams_is_no_total(parse: Parse) -> None:
    a = parse(
        "De stand bij de constructeurs\n\nHet verschil tussen McLaren en Red Bull bedraagt nu 41 punten.",
        date="2024-09-23",
    )
    assert not [f for f in a.facts if f.kind == "team_points"]
    gaps = {(f.driver, f.others, f.amount) for f in a.facts if f.kind == "team_points_gap"}
    assert gaps == {("team:mclaren", ("team:red_bull",), 41)}


def test_totals_of_two_teams_stay_totals(parse: Parse) -> None:
    a = parse("De stand bij de constructeurs\n\nMcLaren heeft 516 punten en Red Bull 475.", date="2024-09-23")
    assert ("team:red_bull", 475) in {(f.driver, f.amount) for f in a.facts if f.kind == "team_points"}


@pytest.mark.parametrize(
    "body",
    [
        "Bij de coureurs leidt Verstappen, met 52 punten voorsprong op Norris. Leclerc is derde.",
        "In the standings Verstappen is 52 points ahead of Norris. Leclerc remains third.",
    ],
)
def test_a_present_place_after_the_standings_is_a_standing(parse: Parse, body: str) -> None:
    a = parse("Norris wint in Singapore\n\n" + body, date="2024-09-23")
    assert ("leclerc", 3) in {(f.driver, f.position) for f in a.facts if f.kind == "championship"}
    assert not [f for f in a.facts if f.kind == "finish" and f.driver == "leclerc"]


def test_a_present_place_after_a_race_result_stays_a_finish(parse: Parse) -> None:
    a = parse("Norris wint in Singapore\n\nNorris won de race. Leclerc is derde.", date="2024-09-23")
    assert ("leclerc", 3, "final") in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "De Brit leidde vanaf pole alle 58 ronden in Abu Dhabi.",
        "Norris led all 58 laps in Abu Dhabi from pole.",
    ],
)
def test_every_lap_led_is_the_race_length(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-12-08")
    assert [(f.amount, f.detail) for f in a.facts if f.kind == "race_laps"] == [(58, "completed")]


def test_laps_led_are_no_race_length(parse: Parse) -> None:
    a = parse(NEWS + "Norris led 58 laps in Abu Dhabi.", date="2024-12-08")
    assert not [f for f in a.facts if f.kind == "race_laps"]


def test_seconds_ahead_of_a_name_after_en(parse: Parse) -> None:
    a = parse(NEWS + "Norris leidde alle ronden en finishte 5,8 seconden voor Sainz.", date="2024-12-08")
    gaps = {(f.driver, f.others, f.amount, f.detail) for f in a.facts if f.kind == "time_gap"}
    assert gaps == {("norris", ("sainz",), 5800, "ahead")}


@pytest.mark.parametrize(
    "body",
    [
        "Antonelli locked up at Turn 3 in Austria and slid into the back of Verstappen's Red Bull.",
        "Antonelli skidded into Verstappen at Turn 3 in Austria.",
    ],
)
def test_slid_into_a_car_is_a_collision(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2025-06-29")
    assert ("antonelli", ("max_verstappen",)) in {
        (f.driver, f.others) for f in a.facts if f.kind == "collision"
    }


def test_slid_into_the_gravel_is_no_collision(parse: Parse) -> None:
    a = parse(NEWS + "Antonelli slid into the gravel at Turn 3 in Austria.", date="2025-06-29")
    assert not [f for f in a.facts if f.kind == "collision"]


def test_a_start_further_back_is_a_grid_penalty(parse: Parse) -> None:
    a = parse(
        "Antonelli handed grid drop in Austria\n\nAntonelli will start the British Grand Prix three places"
        " further back for the crash.",
        date="2025-06-29",
    )
    # (the race named is where it is served; it was earned in the article's race)
    told = {
        (f.penalty, f.amount, f.grand_prix, f.season) for f in a.facts if f.kind == "penalty" and f.amount
    }
    assert told == {("grid", 3, "austria", 2025)}


def test_places_lost_in_the_race_are_no_grid_penalty(parse: Parse) -> None:
    a = parse(NEWS + "Antonelli fell three places further back after his spin in Austria.", date="2025-06-29")
    assert not [f for f in a.facts if f.kind == "penalty"]


@pytest.mark.parametrize(
    "body, cause",
    [
        ("Pérez werd in Abu Dhabi geraakt en moest later met schade opgeven.", "damage"),
        ("Pérez retired with damage in Abu Dhabi.", "damage"),
        ("Pérez retired with damage to his floor in Abu Dhabi.", "damage to his floor"),
    ],
)
def test_damage_is_a_cause(parse: Parse, body: str, cause: str) -> None:
    a = parse(NEWS + body, date="2024-12-08")
    assert [f.reason for f in a.facts if f.kind == "retirement"] == [cause]


@pytest.mark.parametrize(
    "body",
    [
        "Norris wint slotrace, McLaren pakt eerste constructeurstitel sinds 1998.",
        "Norris heeft de Grand Prix gewonnen en McLaren daarmee de constructeurstitel bezorgd.",
    ],
)
def test_the_teams_title_told_without_an_article(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-12-08")
    assert [(f.driver, f.season) for f in a.facts if f.kind == "constructors_title"] == [
        ("team:mclaren", 2024)
    ]


def test_a_teams_title_still_to_win_is_none(parse: Parse) -> None:
    a = parse(NEWS + "McLaren kan in Abu Dhabi de constructeurstitel pakken.", date="2024-12-01")
    assert not [f for f in a.facts if f.kind == "constructors_title"]


@pytest.mark.parametrize(
    "body",
    [
        "Norris eindigde in Oostenrijk als derde achter Bottas en Leclerc.",
        "Norris finished third in Austria, behind Bottas and Leclerc.",
    ],
)
def test_the_names_a_place_came_behind_are_the_ones_ahead(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2020-07-05")
    assert {("bottas", 1, "final"), ("leclerc", 2, "final"), ("norris", 3, "final")} <= placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Norris eindigde in Oostenrijk als derde achter Bottas.",
        "Verstappen werd in Monaco derde achter Sainz, thuisheld Leclerc moest genoegen nemen met P4.",
        "Norris was third behind Bottas and Leclerc for most of the race in Austria.",
    ],
)
def test_no_places_for_names_not_all_told(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2020-07-05")
    assert not {(d, p) for d, p, s in placed(a) if p in (1, 2) and s == "final"}


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris verraste. De twintigjarige coureur van McLaren eindigde in Oostenrijk als derde.",
        "Lando Norris verraste. De coureur van McLaren-Renault eindigde in Oostenrijk als derde.",
    ],
)
def test_the_driver_of_a_team_with_words_or_its_engine(parse: Parse, body: str) -> None:
    assert ("norris", 3, "final") in placed(parse(NEWS + body, date="2020-07-05"))


def test_a_team_thing_is_no_driver(parse: Parse) -> None:
    a = parse(
        NEWS + "Lando Norris verraste. De Renault-motor van McLaren hield het in Oostenrijk.",
        date="2020-07-05",
    )
    assert not placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "De jongste coureur met een podiumplaats in de Formule 1 blijft uiteraard Max Verstappen.",
        "Verstappen remains the youngest driver ever to finish on the podium.",
    ],
)
def test_an_age_record_is_no_podium(parse: Parse, body: str) -> None:
    a = parse("Norris verrast in Oostenrijk\n\n" + body, date="2020-07-05")
    assert not [f for f in a.facts if f.kind == "podium"]


def test_a_podium_stays_a_podium(parse: Parse) -> None:
    a = parse("Norris verrast in Oostenrijk\n\nNorris stond voor het eerst op het podium.", date="2020-07-05")
    assert [f.driver for f in a.facts if f.kind == "podium"] == ["norris"]


def test_a_lead_that_starts_from_poleposition_opens_a_qualifying_report(parse: Parse) -> None:
    a = parse(
        "Leclerc start zijn thuisrace in Monaco zondag vanaf poleposition. Verstappen werd vierde.",
        date="2022-05-29",
    )
    assert ("max_verstappen", 4, "final") in placed(a, "qualifying")
    assert not placed(a)


def test_a_lead_that_tells_the_race_from_pole_is_a_race_report(parse: Parse) -> None:
    a = parse(
        "Leclerc won zijn thuisrace in Monaco vanaf poleposition. Verstappen werd vierde.", date="2022-05-29"
    )
    assert ("max_verstappen", 4, "final") in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen werd vierde door een crash van teamgenoot Sergio Pérez in de slotfase.",
        "Verstappen was fourth after a crash of his team-mate Pérez late on.",
    ],
)
def test_a_crash_of_a_teammate_is_his(parse: Parse, body: str) -> None:
    a = parse("Leclerc op pole in Monaco\n\n" + body, date="2022-05-28")
    assert [f.driver for f in a.facts if f.kind == "crash"] == ["perez"]


def test_a_place_told_with_its_own_verb_after_a_start(parse: Parse) -> None:
    a = parse(
        "Hamilton wint in Abu Dhabi\n\nBottas, die als laatste startte maar als vierde finishte, was blij.",
        date="2019-12-01",
    )
    assert ("bottas", 4, "final") in placed(a)
    assert ("bottas", 4) not in {(d, p) for d, p, _ in placed(a, "grid")}


def test_a_fronted_start_keeps_its_place(parse: Parse) -> None:
    a = parse("Albon scoort in Miami\n\nGestart vanaf P18 eindigde Albon als tiende.", date="2022-05-08")
    assert ("albon", 18) in {(d, p) for d, p, _ in placed(a, "grid")}
    assert ("albon", 10, "final") in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "De rijder die in de eerste plaats die promotie afdwong, is terug.",
        "The unease about racing in Jeddah in the first place was gone.",
    ],
)
def test_in_the_first_place_is_no_place(parse: Parse, body: str) -> None:
    a = parse("Gasly op het podium\n\nGasly was blij. " + body, date="2019-11-17")
    assert not [f for f in a.facts if f.position == 1]


def test_a_missed_pole_by_thousandths_is_no_pole(parse: Parse) -> None:
    a = parse(
        "Hamilton wint in Portugal\n\nOp zaterdag strandt Hamilton op zeven duizendsten van zijn honderdste"
        " polepositie.",
        date="2021-05-02",
    )
    assert not [f for f in a.facts if f.kind == "grid" and f.position == 1]


def test_a_pole_by_thousandths_is_a_pole(parse: Parse) -> None:
    a = parse(
        "Hamilton wint in Portugal\n\nBottas pakte de pole, 0,007 seconde voor Hamilton.", date="2021-05-02"
    )
    assert [f.driver for f in a.facts if f.kind == "grid" and f.position == 1] == ["bottas"]


@pytest.mark.parametrize(
    "body, laps",
    [
        ("In die ultieme tweede poging vlamde hij naar de eerste plek.", "qualifying"),
        ("On his final run he went to the top of the order.", "qualifying"),
    ],
)
def test_a_run_of_qualifying_places_a_qualifying(parse: Parse, body: str, laps: str) -> None:
    a = parse("Verstappen wint in Spanje\n\nLeclerc reed zaterdag sterk. " + body, date="2022-05-22")
    assert not [f for f in a.facts if f.kind == "finish" and f.driver == "leclerc"]


def test_the_race_claimed_is_a_win(parse: Parse) -> None:
    a = parse(
        "British GP report\n\nSebastian Vettel claimed the 2018 British Grand Prix after a dramatic race.",
        date="2018-07-08",
    )
    assert ("vettel", 1, "final") in placed(a)


def test_a_pole_claimed_for_the_race_is_no_win(parse: Parse) -> None:
    a = parse("British GP report\n\nHamilton claimed the pole for the British Grand Prix.", date="2018-07-07")
    assert not [f for f in a.facts if f.kind == "finish"]


@pytest.mark.parametrize(
    "body",
    [
        "Hamilton had de kans om punten in te lopen op zijn reeds uitgevallen titelrivaal.",
        "Hamilton could gain on his already retired title rival.",
    ],
)
def test_a_participle_before_a_noun_is_anothers_retirement(parse: Parse, body: str) -> None:
    a = parse("Baku 2021\n\n" + body, date="2021-06-06")
    assert not [f for f in a.facts if f.kind == "retirement" and f.driver == "hamilton"]


def test_a_participle_before_a_name_is_his_retirement(parse: Parse) -> None:
    a = parse("Baku 2021\n\nHamilton profiteerde van de uitgevallen Verstappen.", date="2021-06-06")
    assert [f.driver for f in a.facts if f.kind == "retirement"] == ["max_verstappen"]


def test_a_grid_penalty_for_the_next_gp_was_earned_here(parse: Parse) -> None:
    a = parse(
        "Bottas handed penalty for triggering Hungarian GP crash\n\nBottas has been handed a five-place grid"
        " penalty for the Belgian GP for the incident.",
        date="2021-08-01",
    )
    told = {(f.grand_prix, f.amount) for f in a.facts if f.kind == "penalty" and f.amount}
    assert told == {("hungary", 5)}


def test_the_race_one_heads_to_frames_nothing(parse: Parse) -> None:
    a = parse(
        "Verstappen champion in Japan\n\nVerstappen heads to the United States Grand Prix with the title.\n\n"
        "Results: 1. Max Verstappen 2. Sergio Perez 3. Charles Leclerc",
        date="2022-10-09",
    )
    assert {f.grand_prix for f in a.facts if f.kind == "finish"} == {"japan"}


def test_a_race_in_a_last_week_aside_frames_nothing_else(parse: Parse) -> None:
    a = parse(
        "Russell op pole in Hongarije\n\nVoor de jonge Brit, vorige week nog 3e in Frankrijk, is het zijn"
        " eerste polepositie.",
        date="2022-07-30",
    )
    assert ("russell", "hungary", 1) in at(a, "grid")
    assert ("russell", "france", 3) in at(a, "finish")
    assert not [f for f in a.facts if f.kind == "qualifying"]


def test_a_place_in_the_pocket_is_a_standing(parse: Parse) -> None:
    a = parse(
        "Hamilton wint in Abu Dhabi\n\nHamilton was al kampioen. Bottas, die als vierde finishte, had de"
        " tweede plek al in the pocket.",
        date="2019-12-01",
    )
    assert ("bottas", 2) in {(d, p) for d, p, _ in placed(a, "championship")}
    assert ("bottas", 2, "final") not in placed(a)


def test_a_place_within_reach_of_another_is_no_standing(parse: Parse) -> None:
    a = parse(
        "Live: GP van Saudi-Arabië\n\nSainz rijdt op de vierde plek binnen DRS-afstand van Verstappen.",
        date="2022-03-27",
    )
    assert not placed(a, "championship")


def test_another_races_place_in_a_qualifying_report_stays_a_finish(parse: Parse) -> None:
    a = parse(
        "Leclerc op pole in Sotsji\n\nLeclerc pakte de pole. In Singapore werd Verstappen vorige week derde.",
        date="2019-09-28",
    )
    assert ("max_verstappen", "singapore", 3) in at(a, "finish")


def test_another_races_qualifying_in_a_qualifying_report_stays_qualifying(parse: Parse) -> None:
    a = parse(
        "Leclerc op pole in Sotsji\n\nLeclerc pakte de pole. In de kwalificatie in Singapore werd Verstappen"
        " vorige week derde.",
        date="2019-09-28",
    )
    assert ("max_verstappen", "singapore", 3) in at(a, "qualifying")


def test_practice_sessions_won_are_no_places(parse: Parse) -> None:
    a = parse(
        "Leclerc op pole in Sotsji\n\nLeclerc was in vorm, want hij won de eerste en derde oefenritten.",
        date="2019-09-28",
    )
    assert not [f for f in a.facts if f.kind in ("qualifying", "finish") and f.status == "final"]


@pytest.mark.parametrize(
    "body, driver",
    [
        ("Een vijfde plaats in Engeland en een uitvalbeurt in Duitsland voor Daniel Ricciardo.", "ricciardo"),
        ("A fifth place in Britain and a retirement in Germany for Daniel Ricciardo.", "ricciardo"),
    ],
)
def test_a_line_of_results_for_the_one_named_last(parse: Parse, body: str, driver: str) -> None:
    a = parse("Verstappen valt uit in Hongarije\n\nMax Verstappen viel uit. " + body, date="2018-07-29")
    assert (driver, "great_britain", 5) in at(a, "finish")
    assert ("max_verstappen", "great_britain", 5) not in at(a, "finish")


@pytest.mark.parametrize(
    "body, cause",
    [
        ("Perez retired in Canada after eight laps as his car became stuck in gear.", "stuck_gear"),
        ("Pérez viel in Canada uit: zijn auto bleef vast in de zevende versnelling.", "stuck_gear"),
        ("Verstappen viel in Imola uit toen zijn rechter achterband uit elkaar klapte.", "puncture"),
    ],
)
def test_a_stuck_gear_and_a_burst_tyre_are_causes(parse: Parse, body: str, cause: str) -> None:
    a = parse(NEWS + body, date="2022-06-19")
    assert [f.reason for f in a.facts if f.kind == "retirement"] == [cause]


def test_a_gear_shifted_is_no_cause(parse: Parse) -> None:
    a = parse(
        NEWS + "Perez retired in Canada after eight laps; he had shifted into sixth gear early.",
        date="2022-06-19",
    )
    assert [f.reason for f in a.facts if f.kind == "retirement"] == [None]


def test_a_pole_title_names_its_own_driver(parse: Parse) -> None:
    a = parse(
        NEWS + "Verstappen won in Mexico after Bottas spun out when the Finnish polesitter was tagged by"
        " Ricciardo.",
        date="2021-11-08",
    )
    assert [f.driver for f in a.facts if f.kind == "grid" and f.position == 1] == ["bottas"]


def test_a_pole_title_of_nobody_named_gives_no_pole(parse: Parse) -> None:
    a = parse(NEWS + "Verstappen passed the polesitter at the start in Mexico.", date="2021-11-08")
    assert not [f for f in a.facts if f.kind == "grid" and f.position == 1]


def test_a_menu_line_of_another_series_heads_nothing(parse: Parse) -> None:
    a = parse(
        "until Abu Dhabi Autonomous Racing League\n\nFormula 1\n\nPerez wins wild Singapore GP\n\n"
        "Sergio Perez won in Singapore. Verstappen finished seventh.",
        date="2022-10-02",
    )
    assert {(d, gp) for d, gp, _ in at(a, "finish")} == {
        ("perez", "singapore"),
        ("max_verstappen", "singapore"),
    }


def test_a_heading_that_names_a_race_heads_its_paragraphs(parse: Parse) -> None:
    a = parse(
        "Terugblik\n\nGP van Hongarije\n\nVerstappen werd tweede.\n\nGP van België\n\nHij won.",
        date="2019-12-20",
    )
    assert ("max_verstappen", "hungary", 2) in at(a, "finish")


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen had a messy first lap in Singapore that left him down in 12th.",
        "The slow stop in Singapore left him back in 12th.",
    ],
)
def test_where_a_moment_left_him_is_running(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Verstappen finished seventh in Singapore. " + body, date="2022-10-02")
    assert ("max_verstappen", 12, "final") not in placed(a)


def test_a_pole_taken_from_him_is_not_his(parse: Parse) -> None:
    a = parse(
        "Verstappen wint in Mexico\n\nRicciardo maakte Verstappen in extremis diens pole position afhandig.",
        date="2018-10-28",
    )
    assert not [f for f in a.facts if f.kind == "grid" and f.driver == "max_verstappen"]


def test_a_pole_made_good_is_his(parse: Parse) -> None:
    a = parse("Verstappen wint in Mexico\n\nVerstappen maakte zijn pole waar.", date="2018-10-28")
    assert [f.driver for f in a.facts if f.kind == "grid" and f.position == 1] == ["max_verstappen"]


def test_a_grid_penalty_earned_elsewhere_leaves_the_start_here(parse: Parse) -> None:
    a = parse(
        "Verstappen op pole in Abu Dhabi\n\nRicciardo zakt van de tiende startplaats naar P13, vanwege een in"
        " Brazilië opgelopen gridstraf van drie plaatsen.",
        date="2022-11-19",
    )
    assert ("ricciardo", "abu_dhabi", 13) in at(a, "grid")


def test_a_race_of_the_sentence_still_frames_it(parse: Parse) -> None:
    a = parse(
        "Verstappen op pole in Abu Dhabi\n\nIn Brazilië startte Ricciardo als tiende.", date="2022-11-19"
    )
    assert ("ricciardo", "sao_paulo", 10) in at(a, "grid")


def test_the_preceding_gp_frames_only_its_own_sentence(parse: Parse) -> None:
    a = parse(
        "British GP report\n\nVettel led by a point after his third place in the preceding Austrian Grand"
        " Prix. But the weekend had promised much for Hamilton, who secured pole position.",
        date="2018-07-08",
    )
    assert ("vettel", "austria", 3) in at(a, "finish")
    assert ("hamilton", "great_britain", 1) in at(a, "grid")


@pytest.mark.parametrize(
    "body",
    ["Vorig seizoen viel Verstappen drie keer uit.", "Verstappen viel dit jaar al vier keer uit."],
)
def test_a_tally_of_retirements_is_none_of_one_race(parse: Parse, body: str) -> None:
    a = parse("Leclerc wint in Australië\n\n" + body, date="2022-04-10")
    assert not [f for f in a.facts if f.kind == "retirement"]


def test_a_collision_with_one_is_not_with_the_one_before(parse: Parse) -> None:
    a = parse(
        NEWS + "At Silverstone Hamilton lost momentum to teammate Bottas before suffering a collision with"
        " Raikkonen.",
        date="2018-07-08",
    )
    assert {(f.driver, f.others) for f in a.facts if f.kind == "collision" and f.driver == "hamilton"} == {
        ("hamilton", ("raikkonen",))
    }


def test_where_a_penalty_was_earned_is_no_reason(parse: Parse) -> None:
    a = parse(
        "Verstappen op pole in Abu Dhabi\n\nRicciardo zakt naar P13, vanwege een in Brazilië opgelopen"
        " gridstraf van drie plaatsen.",
        date="2022-11-19",
    )
    assert [f.reason for f in a.facts if f.kind == "penalty"] == [None]


def test_a_photo_credit_heads_nothing(parse: Parse) -> None:
    a = parse(
        "Verstappen dominates in Austria\n\nVerstappen won from pole.\n\n© Pirelli & C SpA\n\n"
        "The race restarted on lap 4. Perez ran wide into the gravel, dropping back to P10.",
        date="2021-07-04",
    )
    assert {gp for _, gp, _ in at(a, "finish")} == {"austria"}


@pytest.mark.parametrize(
    "body, gp",
    [
        ("His penalty dropped Hamilton from second to fourth in the final race classification.", "austria"),
        ("Hamilton won the final race of the season.", "abu_dhabi"),
    ],
)
def test_the_final_race_classification_is_this_races(parse: Parse, body: str, gp: str) -> None:
    a = parse("Bottas wins in Austria\n\n" + body, date="2020-07-05")
    assert {g for d, g, _p in at(a, "finish") if d == "hamilton"} == {gp}


def test_a_photo_caption_with_its_year_heads_nothing(parse: Parse) -> None:
    a = parse(
        "Ricciardo vierde in Bakoe\n\nRicciardo reed sterk in Bakoe.\n\nDaniel Ricciardo, Red Bull, Monaco,"
        " 2018\n\nHij werd vierde.",
        date="2023-04-30",
    )
    assert not [f for f in a.facts if f.grand_prix == "monaco"]


def test_an_article_before_a_late_season_start_is_of_the_new_season(parse: Parse) -> None:
    a = parse("Vooruitblik\n\nBottas start zondag vanaf pole in Oostenrijk.", date="2020-06-30")
    assert {f.season for f in a.facts if f.kind == "grid"} == {2020}


def test_an_article_of_the_winter_is_of_the_season_gone(parse: Parse) -> None:
    a = parse("Terugblik\n\nHamilton werd in Abu Dhabi tweede.", date="2020-01-15")
    assert {f.season for f in a.facts if f.kind == "finish"} == {2019}


@pytest.mark.parametrize(
    "body, who",
    [
        (
            'Hamilton was delighted to win in Qatar as he said, "It was a straightforward race in the end."',
            "hamilton",
        ),
        (
            'Meanwhile, championship rival Max Verstappen said, "Luckily we had a really good start today."',
            "max_verstappen",
        ),
    ],
)
def test_a_quote_after_a_verb_of_saying_and_a_comma(parse: Parse, body: str, who: str) -> None:
    a = parse("Hamilton wins in Qatar\n\n" + body, date="2021-11-21")
    assert [f.driver for f in a.facts if f.kind == "quote"] == [who]


def test_a_quote_after_a_comma_without_a_verb_of_saying_has_no_speaker(parse: Parse) -> None:
    a = parse(
        'Hamilton wins in Qatar\n\nHamilton won in Qatar, "the best race of the year" for many.',
        date="2021-11-21",
    )
    assert not [f for f in a.facts if f.kind == "quote"]
