"""Phrase families found in the sets of the fifth session of 6 December, each with examples both ways in our
own words: starts whose own cause names a practice session, "Having started from P20, due to ..., X", the
one beaten after "kwam hij voor", the defending champion, "finishing" as a result verb, a finish after the
standings, a place "for" the one named after it, a place "which became" another after a grid penalty,
"vanaf plek N naar", a win not yet secured, a place at the moment of retiring; results lists with places
after the names and classifications whose rows lack a car number; photo credit lines; a clause naming no
race after the article's own; a team's home race; poles celebrated or out of reach; the fastest lap's
time; gaps "victory by", "winning ahead of ... by", "a hefty ... secs", told to no one named; counts after
the thing won, with their scope after one without, and beside a year of another clause; places given up on
the grid; red flags that describe a session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formule 1 nieuws\n\n"


def placed(a: ParsedArticle, kind: str) -> set[tuple[str, int | None, str]]:
    return {(f.driver, f.position, f.status) for f in a.facts if f.kind == kind}


# --- a start whose cause names a practice session --------------------------------------------------------


@pytest.mark.parametrize(
    "body, kind, position",
    [
        (
            "Lando Norris startte de GP van Canada naar aanleiding van zijn crash in de derde vrije training"
            " achteraan.",
            "grid",
            -1,
        ),
        (
            "Oscar Piastri had to start the Canadian GP from the pit lane after his crash in FP3.",
            "pitlane",
            0,
        ),
        (
            "Pierre Gasly started the Canadian Grand Prix from the back of the grid after a shunt in final"
            " practice.",
            "grid",
            -1,
        ),
    ],
)
def test_a_start_caused_in_practice(parse: Parse, body: str, kind: str, position: int) -> None:
    facts = [f for f in parse(NEWS + body).facts if f.kind == kind]
    assert [(f.position, f.session) for f in facts] == [(position, "race")]
    assert facts[0].reason is not None


@pytest.mark.parametrize(
    "body",
    [
        "In de derde vrije training in Canada startte Lando Norris als tiende aan zijn eerste run.",
        "Pierre Gasly crashte in de tweede vrije training in Canada en stond lang stil.",
    ],
)
def test_a_practice_session_is_still_no_start(parse: Parse, body: str) -> None:
    assert not [f for f in parse(NEWS + body).facts if f.kind in ("grid", "pitlane")]


# --- the one beaten after "kwam hij voor" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Oscar Piastri won de GP van Spanje. Na 66 ronden kwam hij voor oud-teamgenoot Lando Norris als"
        " eerste over de streep.",
        "Oscar Piastri won de GP van Spanje. Daarna kwam hij voor Lando Norris als eerste binnen.",
    ],
)
def test_the_one_he_came_in_ahead_of_is_not_first(parse: Parse, body: str) -> None:
    finish = placed(parse(NEWS + body, date="2024-06-23"), "finish")
    assert ("piastri", 1, "final") in finish
    assert not {x for x in finish if x[0] == "norris"}


def test_a_place_of_his_own_after_kwam_hij_stands(parse: Parse) -> None:
    body = "In de GP van Spanje kwam Lando Norris als tweede over de streep."
    assert ("norris", 2, "final") in placed(parse(NEWS + body, date="2024-06-23"), "finish")


# --- the defending champion, and "finishing" ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris won the Dutch GP. Max Verstappen's afternoon was no better, with the defending world"
        " champion finishing seventh.",
        "Max Verstappen won the Dutch GP, with Lewis Hamilton finishing seventh having lacked grip all day.",
        "Max Verstappen won the Dutch GP, with Lewis Hamilton finishing seventh despite a slow stop.",
    ],
)
def test_finishing_with_a_clause_after_it(parse: Parse, body: str) -> None:
    finish = placed(parse(NEWS + body, date="2024-08-25"), "finish")
    assert {x for x in finish if x[1] == 7} in ({("hamilton", 7, "final")}, {("max_verstappen", 7, "final")})


def test_a_place_defended_is_still_no_result(parse: Parse) -> None:
    body = "Max Verstappen won the Dutch GP. Lewis Hamilton was defending seventh from Alonso for ten laps."
    finish = placed(parse(NEWS + body, date="2024-08-25"), "finish")
    assert ("max_verstappen", 1, "final") in finish
    assert not {x for x in finish if x[0] == "hamilton" and x[2] == "final"}


# --- a finish after the standings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, driver, position",
    [
        (
            "Lando Norris wins the Dutch Grand Prix as Oscar Piastri takes the lead of the drivers' standings"
            " after Max Verstappen finishes eighth following a slow stop.",
            "max_verstappen",
            8,
        ),
        (
            "Leclerc nam de leiding in het kampioenschap over nadat Sainz in Zandvoort als zesde eindigde.",
            "sainz",
            6,
        ),
    ],
)
def test_a_finish_after_the_standings(parse: Parse, body: str, driver: str, position: int) -> None:
    a = parse(NEWS + body, date="2024-08-25")
    assert (driver, position, "final") in placed(a, "finish")
    assert not {x for x in placed(a, "championship") if x[0] == driver}


def test_a_standing_after_a_finish_is_still_a_standing(parse: Parse) -> None:
    body = "After the Dutch Grand Prix, Oscar Piastri is second in the drivers' standings."
    assert ("piastri", 2, "final") in placed(parse(NEWS + body, date="2024-08-25"), "championship")


# --- a photo credit line -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    ["Kevin Magnussen/Getty Images", "Image: Nico Rosberg/Getty Images", "Photo : Jenson Button ( AFP )"],
)
def test_a_credit_line_names_no_driver(parse: Parse, credit: str) -> None:
    body = (
        "Leclerc holds off Norris in Monza\n\n"
        + credit
        + "\n\nFor the second year running, a duel between two young stars lit up the race at Monza."
    )
    a = parse(NEWS + body, date="2024-09-01")
    assert not [f for f in a.facts if f.driver in ("kevin_magnussen", "rosberg", "button")]
    assert all(credit.split("/")[0] not in s.text for s in a.sentences)


def test_a_sentence_naming_an_agency_is_kept(parse: Parse) -> None:
    a = parse(NEWS + "Reuters reported that Charles Leclerc won the Italian Grand Prix.", date="2024-09-01")
    assert ("leclerc", 1, "final") in placed(a, "finish")


# --- a clause naming no race, after the article's own -----------------------------------------------------


def test_a_clause_after_the_own_race_is_of_it(parse: Parse) -> None:
    body = (
        "Charles Leclerc and Oscar Piastri repeated their Baku duel at the Italian Grand Prix, with the"
        " Monegasque holding on for victory."
    )
    a = parse("Race report Italy\n\n" + body, date="2024-09-01")
    assert {(f.driver, f.grand_prix) for f in a.facts if f.kind == "finish"} == {("leclerc", "italy")}


def test_a_clause_naming_its_own_race_keeps_it(parse: Parse) -> None:
    body = "Charles Leclerc won at the Italian Grand Prix, and in Baku he had finished second."
    a = parse("Race report Italy\n\n" + body, date="2024-09-01")
    got = {(f.grand_prix, f.position) for f in a.facts if f.kind == "finish" and f.driver == "leclerc"}
    assert ("italy", 1) in got and ("italy", 2) not in got


# --- a pole celebrated, a pole out of reach ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Er was feest in de garage van Williams, waar Alexander Albon uitbundig zijn pole vierde.",
        "Het team juichte toen Alexander Albon met de monteurs zijn eerste pole vierde.",
    ],
)
def test_a_pole_celebrated_is_no_fourth_place(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Kwalificatie GP van Brazilië. " + body, date="2024-11-02")
    assert not [f for f in a.facts if f.position == 4]


def test_fourth_beside_a_pole_celebrated_is_still_fourth(parse: Parse) -> None:
    body = (
        "In de kwalificatie voor de GP van Brazilië werd Alexander Albon vierde, terwijl Norris zijn pole"
        " vierde."
    )
    a = parse(NEWS + body, date="2024-11-02")
    assert ("albon", 4, "final") in placed(a, "qualifying")
    assert not [f for f in a.facts if f.driver == "norris" and f.position == 4]


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris wist van tevoren dat poleposition er in Monza niet in zat.",
        "Pole zat er voor Lando Norris niet in.",
    ],
)
def test_a_pole_out_of_reach(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Kwalificatie GP van Italië. " + body)
    assert not [f for f in a.facts if f.driver == "norris" and f.position == 1]


def test_a_pole_with_er_niet_veel_in_stands(parse: Parse) -> None:
    a = parse(NEWS + "Lando Norris pakte pole in de GP van Italië, al zat er niet veel marge in.")
    assert ("norris", 1, "final") in placed(a, "grid")


# --- the fastest lap's time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, ms",
    [
        ("Oscar Piastri took the bonus point for the fastest lap of the Miami GP in 1:29.708.", 89708),
        ("Lando Norris reed in de GP van Miami de snelste ronde in 1.30,129.", 90129),
    ],
)
def test_the_fastest_lap_with_its_time(parse: Parse, body: str, ms: int) -> None:
    laps = [f for f in parse(NEWS + body, date="2024-05-05").facts if f.kind == "fastest_lap"]
    assert [f.amount for f in laps] == [ms]


@pytest.mark.parametrize(
    "body",
    [
        "Oscar Piastri set the fastest lap of the Miami GP on lap 12 with a 1:31.004.",
        "Lando Norris reed de snelste ronde in Miami, Piastri reed 1.30,129 en 1.30,455.",
    ],
)
def test_no_time_for_a_fastest_lap_of_a_moment(parse: Parse, body: str) -> None:
    laps = [f for f in parse(NEWS + body, date="2024-05-05").facts if f.kind == "fastest_lap"]
    assert laps and all(f.amount is None for f in laps)


# --- a qualifying place which became another ---------------------------------------------------------------


def test_a_place_which_became_another_after_a_grid_penalty(parse: Parse) -> None:
    body = (
        "In Bahrain Yuki Tsunoda qualified ninth, which became eighth after Lance Stroll served a grid"
        " penalty."
    )
    a = parse(NEWS + body, date="2024-03-02")
    assert ("tsunoda", 8, "final") in placed(a, "grid")
    assert not placed(a, "finish")


def test_a_finish_which_became_another_after_a_time_penalty(parse: Parse) -> None:
    body = "In Bahrain Yuki Tsunoda finished ninth, which became eighth after Lance Stroll's time penalty."
    a = parse(NEWS + body, date="2024-03-02")
    assert not placed(a, "grid")


# --- places in brackets after the names --------------------------------------------------------------------


def test_places_in_brackets_after_the_names(parse: Parse) -> None:
    a = parse(NEWS + "- Results: Norris (1) Piastri (2) Leclerc (3) Sainz (4)", date="2024-09-01")
    assert {(d, p) for d, p, s in placed(a, "finish")} == {
        ("norris", 1),
        ("piastri", 2),
        ("leclerc", 3),
        ("sainz", 4),
    }


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Uitslag: (1) Norris (2) Piastri (3) Leclerc", {("norris", 1), ("piastri", 2), ("leclerc", 3)}),
        ("Uitslag: 1) Norris 2) Piastri 3) Leclerc", {("norris", 1), ("piastri", 2), ("leclerc", 3)}),
    ],
)
def test_places_in_brackets_before_the_names(parse: Parse, body: str, expected: set[tuple[str, int]]) -> None:
    a = parse(NEWS + "GP van Italië. " + body, date="2024-09-01")
    assert {(d, p) for d, p, s in placed(a, "finish")} == expected


# --- a place "for" the one named after it -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Leclerc took victory in Monza, yet a second place finish for Oscar Piastri keeps him in the fight.",
        "Charles Leclerc won at Monza. It was P2 for Oscar Piastri.",
    ],
)
def test_a_place_for_the_one_named_after_it(parse: Parse, body: str) -> None:
    finish = placed(parse(NEWS + body, date="2024-09-01"), "finish")
    assert ("piastri", 2, "final") in finish
    assert ("leclerc", 2, "final") not in finish


def test_a_place_for_a_team_stays_the_subjects(parse: Parse) -> None:
    a = parse(NEWS + "At Monza Lewis Hamilton finished sixth for Mercedes.", date="2024-09-01")
    assert ("hamilton", 6, "final") in placed(a, "finish")


# --- a neutralisation describing a session -----------------------------------------------------------------


def test_red_flags_describing_a_session_have_no_cause(parse: Parse) -> None:
    body = (
        "Kwalificatie GP van Brazilië. Norris moest in het door regen en rode vlaggen geteisterde laatste"
        " deel van de kwalificatie alleen Russell voor zich dulden."
    )
    flags = [f for f in parse(NEWS + body, date="2024-11-02").facts if f.kind == "safety_car"]
    assert flags and all(f.driver == "" and f.reason is None for f in flags)


def test_a_red_flag_caused_by_a_crash_keeps_its_cause(parse: Parse) -> None:
    body = "Kwalificatie GP van Brazilië. De rode vlag kwam er door een crash van Alexander Albon."
    flags = [f for f in parse(NEWS + body, date="2024-11-02").facts if f.kind == "safety_car"]
    assert [(f.driver, f.reason) for f in flags] == [("albon", "een crash van Alexander Albon")]


# --- a win not yet secured, a first reaction ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "In Bakoe lag Piastri op kop, maar was de overwinning nog lang niet binnen.",
        "Oscar Piastri led in Baku, but the win was far from secured.",
        '"Geweldig", was de eerste reactie van Oscar Piastri in Bakoe.',
    ],
)
def test_no_win_yet(parse: Parse, body: str) -> None:
    assert not placed(parse(NEWS + body, date="2024-09-15"), "finish")


def test_a_win_brought_home(parse: Parse) -> None:
    a = parse(NEWS + "Oscar Piastri haalde in Bakoe de overwinning binnen.", date="2024-09-15")
    assert ("piastri", 1, "final") in placed(a, "finish")


# --- a start "vanaf plek N naar" ----------------------------------------------------------------------------


def test_from_a_place_to_the_lead_is_a_start(parse: Parse) -> None:
    body = "In Austin wist Charles Leclerc zich vanaf plek 4 naar de leiding te rijden."
    assert ("leclerc", 4, "final") in placed(parse(NEWS + body, date="2024-10-20"), "grid")


def test_from_one_place_to_another_is_no_start(parse: Parse) -> None:
    body = "In de sprint in Austin rukte Lewis Hamilton op van plaats 17 naar 9."
    assert not {x for x in placed(parse(NEWS + body, date="2024-10-20"), "grid") if x[1] == 17}


# --- a team's home race -------------------------------------------------------------------------------------


def test_a_teams_home_race_is_not_the_drivers(parse: Parse) -> None:
    body = (
        "Ferrari's disastrous home race began when Carlos Sainz was taken out at the first corner. He"
        " recovered to finish sixth."
    )
    a = parse("Race report Imola\n\n" + body, date="2024-05-19")
    assert {(f.grand_prix, f.position) for f in a.facts if f.kind == "finish"} == {("emilia_romagna", 6)}


def test_a_drivers_home_race_is_his(parse: Parse) -> None:
    a = parse(NEWS + "Carlos Sainz's home race went well: he finished fourth.", date="2024-06-23")
    assert {(f.grand_prix, f.position) for f in a.facts if f.kind == "finish"} == {("spain", 4)}


# --- a start told before an aside of its cause --------------------------------------------------------------


def test_having_started_with_an_aside_before_the_name(parse: Parse) -> None:
    body = "Having started from P19, due to an engine penalty, Carlos Sainz climbed into the points at Monza."
    assert ("sainz", 19, "final") in placed(parse(NEWS + body, date="2024-09-01"), "grid")


# --- a count with its noun left out, after the thing won ----------------------------------------------------


@pytest.mark.parametrize(
    "body, thing, n",
    [
        ("Lando Norris took his victory at the Dutch Grand Prix - his 3rd of season 2024.", "wins", 3),
        ("Lando Norris snelde in Zandvoort naar de zege, zijn derde van het seizoen.", "wins", 3),
        ("Lando Norris took pole in Zandvoort, his fifth of the year.", "poles", 5),
    ],
)
def test_a_count_after_the_thing_won(parse: Parse, body: str, thing: str, n: int) -> None:
    counts = [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "count"]
    assert [(f.driver, f.amount, f.detail) for f in counts] == [("norris", n, f"{thing}:season")]


def test_a_first_at_a_track_is_no_count_of_the_season(parse: Parse) -> None:
    body = "Lando Norris took his victory at the Dutch Grand Prix, his first at Zandvoort."
    assert not [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "count"]


# --- a winning margin told with "victory", a table whose rows may lack a car number ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris held on to take victory by 3.412s from Verstappen in Zandvoort.",
        "Lando Norris took the win by 3.412 seconds over Verstappen in Zandvoort.",
    ],
)
def test_a_winning_margin_told_with_victory(parse: Parse, body: str) -> None:
    gaps = [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]
    assert [(f.driver, f.others, f.amount, f.detail) for f in gaps] == [
        ("norris", ("max_verstappen",), 3412, "ahead")
    ]


def test_a_victory_by_a_lap_count_is_no_gap(parse: Parse) -> None:
    body = "Lando Norris took victory by leading 60 laps from Verstappen in Zandvoort."
    assert not [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]


CLASSIFICATION = """Dutch Grand Prix 2024 race results

 Cla   Nº   Driver   Car / Engine   Laps   Time   Delay/Retirement
1 Lando Norris McLaren/Mercedes 72 1:30'45.519
2 1  Max Verstappen Red Bull 72 1:31'08.415 22.896
3 Charles Leclerc Ferrari 72 1:31'10.162 24.643
4 81  Oscar Piastri McLaren/Mercedes 72 1:31'11.930 26.411
"""


def test_a_classification_whose_rows_may_lack_a_car_number(parse: Parse) -> None:
    a = parse(CLASSIFICATION, date="2024-08-25")
    assert {(d, p) for d, p, s in placed(a, "finish")} >= {
        ("norris", 1),
        ("max_verstappen", 2),
        ("leclerc", 3),
        ("piastri", 4),
    }
    gaps = {(f.driver, f.amount) for f in a.facts if f.kind == "time_gap"}
    assert gaps == {("max_verstappen", 22896), ("leclerc", 24643), ("piastri", 26411)}


# --- gaps told "a hefty ... secs behind", "winning ahead of X by" ------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Oscar Piastri faded and finished a hefty 12.408 secs behind Lando Norris in Zandvoort.",
            ("piastri", ("norris",), 12408, "behind"),
        ),
        (
            "Norris took the smallest margin yet at Zandvoort, winning ahead of Oscar Piastri by 1.216"
            " seconds.",
            ("norris", ("piastri",), 1216, "ahead"),
        ),
    ],
)
def test_gaps_told_with_more_words(parse: Parse, body: str, expected: tuple[object, ...]) -> None:
    gaps = [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]
    assert [(f.driver, f.others, f.amount, f.detail) for f in gaps] == [expected]
    assert gaps[0].session == "race"


def test_finishing_ahead_without_a_time_is_no_gap(parse: Parse) -> None:
    body = "In Zandvoort Lando Norris finished ahead of Oscar Piastri by a long way."
    assert not [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]


def test_a_winning_margin_in_a_page_of_qualifying_is_the_races(parse: Parse) -> None:
    body = (
        "Qualifying and race results Zandvoort\n\nNorris took pole in qualifying. On Sunday he won the race,"
        " winning ahead of Oscar Piastri by 1.216 seconds."
    )
    gaps = [f for f in parse(body, date="2024-08-25").facts if f.kind == "time_gap"]
    assert [(f.driver, f.session) for f in gaps] == [("norris", "race")]


# --- a count whose year is another clause's, a count told after one without a scope -------------------------


def test_a_count_keeps_its_races_season_beside_a_year_of_another_clause(parse: Parse) -> None:
    # (the counts are checked against the official record: the numbers are Hamilton's own)
    body = (
        "Daarmee pakte Lewis Hamilton op Silverstone de 91e pole van zijn carrière, nog meer dan het aantal"
        " waarmee hij in 2017 Schumacher voorbijging."
    )
    counts = [f for f in parse(NEWS + body, date="2020-08-01").facts if f.kind == "count"]
    assert [(f.amount, f.detail, f.season) for f in counts] == [(91, "poles:career", 2020)]


@pytest.mark.parametrize(
    "body, thing, n",
    [
        ("It was his first pole in Zandvoort, the 4th of his career.", "poles", 4),
        ("De tweede grand prix-zege voor Norris al dit seizoen en de 2e in zijn carrière.", "wins", 2),
    ],
)
def test_a_count_with_its_scope_after_one_without(parse: Parse, body: str, thing: str, n: int) -> None:
    counts = [f for f in parse(NEWS + "Lando Norris in Zandvoort. " + body, date="2024-08-25").facts]
    assert [(f.driver, f.amount, f.detail) for f in counts if f.kind == "count"] == [
        ("norris", n, f"{thing}:career")
    ]


def test_a_count_of_another_noun_is_not_left_out(parse: Parse) -> None:
    body = "Lando Norris ended 2024 claiming three wins and his first ever F1 poles."
    counts = [f for f in parse(NEWS + body, date="2024-12-10").facts if f.kind == "count"]
    assert ("norris", 1, "wins:career") not in [(f.driver, f.amount, f.detail) for f in counts]


# --- gaps told to no one named: "eindigde op zestien seconden", "ended up 11 seconds clear at the front" ----


def test_ended_at_a_gap_is_behind_the_winner(parse: Parse) -> None:
    body = (
        "Lando Norris won de GP van Nederland. Max Verstappen eindigde op zestien seconden, Leclerc verder."
    )
    gaps = [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]
    assert [(f.driver, f.others, f.amount, f.detail) for f in gaps] == [
        ("max_verstappen", ("norris",), 16000, "behind")
    ]


def test_ended_at_a_gap_without_a_winner_told_is_dropped(parse: Parse) -> None:
    body = "In de GP van Nederland eindigde Max Verstappen op zestien seconden."
    assert not [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]


def test_clear_at_the_front_is_the_winners_margin(parse: Parse) -> None:
    body = (
        "Lando Norris won the Dutch GP ahead of Max Verstappen, who was second. The Briton ended up 22"
        " seconds clear at the front."
    )
    gaps = [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]
    assert [(f.driver, f.others, f.amount, f.detail) for f in gaps] == [
        ("norris", ("max_verstappen",), 22000, "ahead")
    ]


def test_clear_at_the_front_of_one_who_did_not_win_is_dropped(parse: Parse) -> None:
    body = (
        "Lando Norris won the Dutch GP ahead of Max Verstappen, who was second. Verstappen ended up 3 seconds"
        " clear at the front of the chasing pack."
    )
    gaps = [f for f in parse(NEWS + body, date="2024-08-25").facts if f.kind == "time_gap"]
    assert not [f for f in gaps if f.driver == "max_verstappen"]


# --- places given up on the grid ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Oscar Piastri moet in de GP van Brazilië drie plekken opgeven in de startopstelling.",
        "Oscar Piastri moet in de GP van Brazilië drie plaatsen inleveren op de grid.",
    ],
)
def test_places_given_up_on_the_grid(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-10-28")
    assert [(f.kind, f.penalty, f.amount) for f in a.facts] == [("penalty", "grid", 3)]


def test_places_given_up_after_a_time_penalty_are_no_grid_penalty(parse: Parse) -> None:
    body = "Oscar Piastri krijgt in Brazilië een tijdstraf en moet twee plaatsen inleveren."
    a = parse(NEWS + body, date="2024-11-03")
    assert not [f for f in a.facts if f.kind == "penalty" and f.penalty == "grid"]
    assert not [f for f in a.facts if f.kind == "retirement"]


def test_giving_up_the_race_is_still_a_retirement(parse: Parse) -> None:
    a = parse(NEWS + "Oscar Piastri moest in Brazilië in ronde 20 opgeven.", date="2024-11-03")
    assert [f.kind for f in a.facts if f.driver == "piastri"].count("retirement") == 1


def test_the_size_is_no_part_of_the_reason(parse: Parse) -> None:
    body = "In Brazilië werd Oscar Piastri voor het negeren van een gele vlag vijf plekken teruggezet."
    pens = [f for f in parse(NEWS + body, date="2024-11-03").facts if f.kind == "penalty"]
    assert [(f.amount, f.reason) for f in pens] == [(5, "het negeren van een gele vlag")]


# --- a place at the moment something happened --------------------------------------------------------------


def test_a_place_at_the_moment_of_retiring_is_a_running_place(parse: Parse) -> None:
    body = "Oscar Piastri lag in Imola op het moment van uitvallen op een derde plek achter leider Norris."
    assert not {x for x in placed(parse(NEWS + body, date="2024-05-19"), "finish") if x[2] == "final"}


def test_a_place_at_the_moment_of_the_finish_is_final(parse: Parse) -> None:
    body = "Op het moment van de finish in Imola was Oscar Piastri derde."
    assert ("piastri", 3, "final") in placed(parse(NEWS + body, date="2024-05-19"), "finish")


# --- a bare "X als Nth" after a start goes on with the start ------------------------------------------------


def test_a_bare_place_after_a_start_is_a_start(parse: Parse) -> None:
    body = "In Bakoe startte Charles Leclerc zondag als vierde, Oscar Piastri als zesde."
    a = parse(NEWS + body, date="2024-09-15")
    assert ("piastri", 6, "final") in placed(a, "grid")
    assert not placed(a, "finish")


def test_a_bare_place_after_a_finish_is_a_finish(parse: Parse) -> None:
    body = "In Bakoe werd Charles Leclerc tweede, Oscar Piastri als derde."
    a = parse(NEWS + body, date="2024-09-15")
    assert ("piastri", 3, "final") in placed(a, "finish")
