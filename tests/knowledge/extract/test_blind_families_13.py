"""Phrase families found in the sets of the session of 5 December (night), each with examples both ways in
our own words: results tables with a country of two words before the name, a column of places gained, an
unsigned gap after the laps ("Cla Driver Laps Time Interval"), a minus-minutes gap ("-00:10.518"), a table
headed by the fastest laps (no classification), column heads that name no session; "the second Red Bull of
X" as X himself; retirements told as "dropped out", "ending his race", "zijn race ... ten einde", and a
puncture told elsewhere in the article of the driver alone; a retirement in a "when" clause
after a team epithet is the clause's own driver's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]

RACE_EN = "Race report: Norris wins in Hungary\n\n"
RACE_NL = "Norris wint in Hongarije\n\n"


def places(a: ParsedArticle, kind: str = "finish") -> dict[str, set[int | None]]:
    out: dict[str, set[int | None]] = {}
    for f in a.facts:
        if f.kind == kind and f.status == "final":
            out.setdefault(f.driver, set()).add(f.position)
    return out


def gaps(a: ParsedArticle) -> dict[str, set[int | None]]:
    out: dict[str, set[int | None]] = {}
    for f in a.facts:
        if f.kind == "time_gap" and f.session == "race":
            out.setdefault(f.driver, set()).add(f.amount)
    return out


# --- results tables -----------------------------------------------------------------------------------------

LAPS_TABLE = (
    "Hungarian Grand Prix race results\n\n"
    "Cla Driver Chassis Laps {head} Interval\n"
    "1 United Kingdom Lando Norris McLaren 70    \n"
    "2 Australia Oscar Piastri McLaren 70 2.141 2.141\n"
    "3 United Kingdom Lewis Hamilton Mercedes 70 14.880 12.739\n"
    "4 Monaco Charles Leclerc Ferrari 70 1'04.310 49.430\n"
)


@pytest.mark.parametrize("head", ["Gap", "Time"])
def test_a_country_of_two_words_and_an_unsigned_gap_after_the_laps(parse: Parse, head: str) -> None:
    a = parse(RACE_EN + LAPS_TABLE.format(head=head), date="2024-07-21")
    assert places(a)["hamilton"] == {3}
    assert places(a)["leclerc"] == {4}
    assert gaps(a)["piastri"] == {2141}
    assert gaps(a)["leclerc"] == {64310}  # a minute before the apostrophe


def test_no_unsigned_gap_without_a_laps_column(parse: Parse) -> None:
    a = parse(RACE_EN + LAPS_TABLE.replace("Laps {head} ", "Pts "), date="2024-07-21")
    assert "piastri" not in gaps(a)


def test_a_country_of_two_words_is_one_of_a_few_openings(parse: Parse) -> None:
    # "in 2 races with Norris": two words before a name are no country cell
    a = parse(
        RACE_EN + "He won 1 race with Norris, 2 times at Zandvoort with Piastri and 3 times with Hamilton.",
        date="2024-07-21",
    )
    assert "piastri" not in places(a)


CELLS_TABLE = (
    "Hungarian Grand Prix | Pos | Driver | Team | Time | Grid | Pts |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 1 | ▲ 2 | Lando Norris | McLaren | 1:38:01.989 | 3 | 25 |\n"
    "| 2 | ▼ 1 | Oscar Piastri | McLaren | -00:02.141 | 1 | 18 |\n"
    "| 3 | ▲ 4 | Lewis Hamilton | Mercedes | -00:14.880 | 7 | 15 |\n"
    "| 4 | ▼ 2 | Charles Leclerc | Ferrari | -01:04.310 | 2 | 12 |\n"
)


def test_a_column_of_places_gained_is_no_position(parse: Parse) -> None:
    a = parse(RACE_EN + CELLS_TABLE, date="2024-07-21")
    assert places(a)["norris"] == {1}
    assert places(a)["hamilton"] == {3}
    assert gaps(a)["hamilton"] == {14880}
    assert gaps(a)["leclerc"] == {64310}


def test_column_heads_name_no_session(parse: Parse) -> None:
    # the "Grid" column does not make the classification a starting grid
    a = parse(RACE_EN + CELLS_TABLE, date="2024-07-21")
    assert not [f for f in facts_of(a, "grid", "hamilton") if f.position == 3]


def test_a_table_of_the_fastest_laps_is_no_classification(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "Norris won the race.\n\n"
        + "Fastest laps | POS | DRIVER | TEAM | LAP TIME |\n"
        + "| 1 | Lewis Hamilton | Mercedes | 1:20.305 |\n"
        + "| 2 | Charles Leclerc | Ferrari | 1:20.611 |\n"
        + "| 3 | Oscar Piastri | McLaren | 1:20.977 |\n",
        date="2024-07-21",
    )
    assert "hamilton" not in places(a)
    assert "leclerc" not in places(a)


def test_a_results_table_with_a_fastest_lap_column_still_classifies(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "Race result | Pos | Driver | Team | Fastest lap | Pts |\n"
        + "| 1 | Lando Norris | McLaren | 1:20.911 | 25 |\n"
        + "| 2 | Oscar Piastri | McLaren | 1:21.004 | 18 |\n"
        + "| 3 | Lewis Hamilton | Mercedes | 1:20.305 | 15 |\n",
        date="2024-07-21",
    )
    assert places(a)["hamilton"] == {3}


def test_a_fastest_lap_label_after_the_last_row_marks_no_row(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "| 1 | Lando Norris | McLaren | 25 | | 2 | Oscar Piastri | McLaren | 18 | "
        + "| 3 | Lewis Hamilton | Mercedes | 15 | Fastest lap Charles Leclerc : 1:20.305",
        date="2024-07-21",
    )
    assert not facts_of(a, "fastest_lap", "hamilton")


# --- "the second Red Bull of X" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "driver", "place"),
    [
        ("The second McLaren of Oscar Piastri came home fourth.", "piastri", 4),
        ("The other Ferrari of Sainz was a lonely sixth.", "sainz", 6),
        ("Norris won, while the lone Mercedes of Russell finished fifth.", "russell", 5),
    ],
)
def test_a_teams_car_of_a_driver_is_that_driver(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(RACE_EN + body, date="2024-07-21")
    assert places(a)[driver] == {place}


def test_a_mishap_of_a_driver_is_not_his_car(parse: Parse) -> None:
    # "the retirement of Sainz" opens the clause too, but no team's car is named: Sainz is not sixth
    a = parse(RACE_EN + "The retirement of Sainz meant Hamilton finished sixth.", date="2024-07-21")
    assert 6 not in places(a).get("sainz", set())


# --- retirements -----------------------------------------------------------------------------------------


def reasons(a: ParsedArticle, driver: str) -> list[str | None]:
    return [f.reason for f in facts_of(a, "retirement", driver) if f.status == "final"]


@pytest.mark.parametrize(
    ("body", "driver", "reason"),
    [
        ("Leader Russell dropped out with an MGU-K problem.", "russell", "MGU-K problem"),
        ("Albon slid into the barrier on lap 30, ending his race.", "albon", "crash"),
        (
            "Ocon reed lang zesde, maar acht ronden voor het eind kwam door een klapband zijn race ten einde",
            "ocon",
            "puncture",
        ),
        ("Stroll was running sixth before a hydraulic issue that ended his race.", "stroll", "hydraulics"),
    ],
)
def test_a_retirement_and_its_cause(parse: Parse, body: str, driver: str, reason: str) -> None:
    a = parse((RACE_NL if "ronden" in body else RACE_EN) + body, date="2024-07-21")
    assert reasons(a, driver) == [reason]


@pytest.mark.parametrize(
    "body",
    [
        "Russell dropped out of the points after his second stop.",
        "Russell dropped out of contention for the podium.",
        "Het seizoen van Russell kwam ten einde in Abu Dhabi met een podium.",
    ],
)
def test_no_retirement_from_dropping_out_of_a_place(parse: Parse, body: str) -> None:
    a = parse(RACE_EN + body, date="2024-07-21")
    assert not facts_of(a, "retirement", "russell")


def test_a_puncture_told_elsewhere_of_the_driver_alone_is_the_cause(parse: Parse) -> None:
    a = parse(
        RACE_NL
        + "Ocon lag op koers voor punten, tot met nog acht ronden te gaan de linkerachterband klapte.\n\n"
        + "Norris won voor Piastri.\n\n"
        + "Ocon viel uit en baalde flink.",
        date="2024-07-21",
    )
    assert reasons(a, "ocon") == ["puncture"]


@pytest.mark.parametrize(
    "other",
    [
        "Vorig jaar klapte de achterband van Ocon al eens in Hongarije.",  # another year
        "Bij Ocon en Gasly klapte een achterband.",  # not his alone
        "Ocon ontsnapte zonder klapband aan de chaos.",  # none happened
    ],
)
def test_no_puncture_from_another_year_driver_or_none(parse: Parse, other: str) -> None:
    a = parse(RACE_NL + other + "\n\nNorris won voor Piastri.\n\nOcon viel uit.", date="2024-07-21")
    assert reasons(a, "ocon") == [None]


def test_a_retirement_in_a_when_clause_after_a_team_epithet(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "Starting third, Norris kept his place as his tyres warmed up slowly and third became second for "
        + "the Woking team's lead driver when early leader Oscar Piastri dropped out.",
        date="2024-07-21",
    )
    assert facts_of(a, "retirement", "piastri")
    assert not facts_of(a, "retirement", "norris")


# --- set 86: attempts, live-blog lines, races before, titles and inversions ------------------------------

QUALI_NL = "Kwalificatie in Hongarije\n\n"


def test_an_attempt_at_pole_is_no_pole(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "Russell, die in een laatste poging om nog pole te pakken van de baan schoof, werd derde.",
        date="2024-07-20",
    )
    assert not [f for f in facts_of(a, "grid", "russell") if f.position == 1 and f.status == "final"]


def test_pole_in_the_last_attempt_is_pole(parse: Parse) -> None:
    a = parse(QUALI_NL + "Russell pakte in zijn laatste poging de pole.", date="2024-07-20")
    assert [f for f in facts_of(a, "grid", "russell") if f.position == 1 and f.status == "final"]


LIVE_EN = "Live: Hungarian Grand Prix\n\n"


def test_a_live_blog_line_about_a_mishap_and_hes_out(parse: Parse) -> None:
    a = parse(
        LIVE_EN
        + "Albon pits again. The Thai still has fresh tyres in hand.\n\n"
        + "Heartbreak for Norris! He's out! Something broke at the rear, he tells his engineer.",
        date="2024-07-21",
    )
    assert reasons(a, "norris") == ["Something broke at the rear, he tells his engineer"]
    assert not facts_of(a, "retirement", "albon")


@pytest.mark.parametrize(
    "body",
    [
        "Norris is flying. He's out in front by three seconds now.",
        "Albon pits again and loses time to a slow stop for Norris. He's out!",  # the mishap is no opening
    ],
)
def test_no_retirement_from_out_in_front_or_a_mishap_mid_line(parse: Parse, body: str) -> None:
    a = parse(LIVE_EN + body, date="2024-07-21")
    assert not facts_of(a, "retirement", "norris")


def test_something_broke_told_in_dutch(parse: Parse) -> None:
    a = parse(RACE_NL + "Drama voor Ocon, hij valt uit. Er brak iets aan de ophanging.", date="2024-07-21")
    assert reasons(a, "ocon") == ["Er brak iets aan de ophanging"]


def test_something_he_broke_is_no_cause(parse: Parse) -> None:
    a = parse(RACE_NL + "Ocon viel uit. Hij brak daarna zijn stilzwijgen niet.", date="2024-07-21")
    assert reasons(a, "ocon") == [None]


def test_a_race_weeks_prior_frames_nothing_after_it(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "Norris won the race. Piastri was keen to repeat his success at Silverstone two weeks prior. "
        + "Piastri finished second.",
        date="2024-07-21",
    )
    assert {f.grand_prix for f in facts_of(a, "finish", "piastri") if f.position == 2} == {"hungary"}


def test_a_race_in_a_who_clause_without_comma_is_not_the_main_clauses(parse: Parse) -> None:
    a = parse(
        RACE_EN + "Norris trailed his pole-sitting teammate Oscar Piastri who had won at Silverstone before.",
        date="2024-07-21",
    )
    poles = [f for f in facts_of(a, "grid") if f.position == 1]
    assert {(f.driver, f.grand_prix) for f in poles} == {("piastri", "hungary")}


def test_a_pole_title_before_a_named_teammate(parse: Parse) -> None:
    a = parse(RACE_EN + "Norris chased his pole-sitting teammate Oscar Piastri.", date="2024-07-21")
    assert [f.driver for f in facts_of(a, "grid") if f.position == 1] == ["piastri"]


def test_a_participle_opening_inverted_with_was_and_a_name(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "Norris won and Piastri was second. Crossing the line in third and claiming a first podium for "
        + "his new team was Carlos Sainz.",
        date="2024-07-21",
    )
    assert places(a)["sainz"] == {3}
    assert 3 not in places(a)["piastri"]


def test_a_participle_opening_then_another_subject_keeps_it(parse: Parse) -> None:
    a = parse(
        RACE_EN + "Norris won. Crossing the line in third place, Sainz was delighted.", date="2024-07-21"
    )
    assert places(a)["sainz"] == {3}


# --- a race gone on with "Daar", heading for a win "uiteindelijk" -------------------------------------------


def test_a_sentence_opening_with_daar_goes_on_about_the_race_before(parse: Parse) -> None:
    a = parse(
        RACE_NL
        + "Norris won de race.\n\n"
        + "Het incident deed denken aan de botsing in de GP van Canada, een maand geleden. Daar raakte "
        + "Piastri Russell bij het inhalen. Piastri reed door en won uiteindelijk.",
        date="2024-07-21",
    )
    wins = {f.driver: f.grand_prix for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"}
    assert wins == {"norris": "hungary", "piastri": "canada"}


def test_daar_komt_bij_goes_on_with_this_race(parse: Parse) -> None:
    a = parse(
        RACE_NL + "Het deed denken aan de GP van Canada, een maand geleden. Daar komt bij dat Piastri won.",
        date="2024-07-21",
    )
    assert {f.grand_prix for f in facts_of(a, "finish", "piastri") if f.position == 1} == {"hungary"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Piastri koerste uiteindelijk af op zijn tweede zege van het seizoen.", "final"),
        ("Piastri koerste lang af op zijn tweede zege, maar kreeg een lekke band.", "hypothetical"),
    ],
)
def test_heading_for_a_win_in_the_end(parse: Parse, body: str, status: str) -> None:
    a = parse("Uitslag GP van Hongarije\n\n" + body, date="2024-07-21")
    assert {f.status for f in facts_of(a, "finish", "piastri") if f.position == 1} == {status}


def test_a_lead_changed_to_its_size_with_the_standings_between(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "Norris won, stretching his lead over Max Verstappen in the Drivers' Championship to 37 points.",
        date="2024-07-21",
    )
    assert not [f for f in facts_of(a, "points", "norris") if f.amount == 37]
    gap = [f for f in facts_of(a, "points_gap", "norris") if f.amount == 37]
    assert [(f.others, f.detail) for f in gap] == [(("max_verstappen",), "ahead")]


def test_a_lead_extended_far_back_is_no_total(parse: Parse) -> None:
    a = parse(
        RACE_EN
        + "Norris has extended his lead over Verstappen at the top of the drivers' standings to 37 points.",
        date="2024-07-21",
    )
    assert not [f for f in facts_of(a, "points", "norris") if f.amount == 37]


# --- "hij" after a leading clause of contrast --------------------------------------------------------------


def test_he_after_an_although_clause_is_the_main_clauses_subject(parse: Parse) -> None:
    a = parse(
        "Uitslag GP van Hongarije\n\n"
        + "Hoewel Russell het hem lastig maakte, hield Piastri stand en kwam hij als eerste over de streep. "
        + "Hij won voor het eerst in de Formule 1.",
        date="2024-07-21",
    )
    assert places(a) == {"piastri": {1}}


def test_he_after_an_although_clause_without_another_subject(parse: Parse) -> None:
    a = parse(
        "Uitslag GP van Hongarije\n\nHoewel Russell lang aanviel, werd hij uiteindelijk tweede.",
        date="2024-07-21",
    )
    assert places(a) == {"russell": {2}}


# --- the fastest lap: the point it earned, an absolute "with" ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "driver"),
    [
        # the driver of an absolute "with" took the point, with the fastest lap as the means
        (
            "Russell took third place, with McLaren's Oscar Piastri denying the Briton an extra point with "
            "the fastest lap late on.",
            "piastri",
        ),
        ("Russell werd derde en pakte het extra punt met de snelste ronde.", "russell"),
        # given away to the one named after it
        (
            "Russell finished third and took an extra point, with the fastest lap going to Hamilton.",
            "hamilton",
        ),
        ("Russell werd derde, terwijl de snelste ronde naar Hamilton gaat.", "hamilton"),
    ],
)
def test_the_fastest_lap_and_its_point(parse: Parse, body: str, driver: str) -> None:
    a = parse(RACE_EN + body, date="2024-07-21")
    assert [f.driver for f in facts_of(a, "fastest_lap")] == [driver]


# --- places on the road: the verb last, places a penalty cost ----------------------------------------------


def test_a_place_lain_in_with_the_verb_last_is_running(parse: Parse) -> None:
    a = parse(
        RACE_NL + "Net nadat Russell op de derde plaats lag, spinde hij van de baan.", date="2024-07-21"
    )
    assert {f.status for f in facts_of(a, "finish", "russell") if f.position == 3} == {"running"}


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Russell werd als derde afgevlagd, maar door zijn straf moest hij nog een plaatsje inleveren.",
            4,
        ),
        ("Russell crossed the line third, but his five-second penalty dropped him two places.", 5),
    ],
)
def test_places_a_penalty_cost_after_the_finish_on_the_road(parse: Parse, body: str, place: int) -> None:
    a = parse("Uitslag GP van Hongarije\n\n" + body, date="2024-07-21")
    assert places(a)["russell"] == {place}


def test_places_lost_without_a_penalty_keep_the_finish(parse: Parse) -> None:
    # a place lost on track in the last lap is told before the finish: the place told is the result
    a = parse(
        "Uitslag GP van Hongarije\n\nRussell werd derde, maar verloor in de slotfase een plaats aan Norris.",
        date="2024-07-21",
    )
    assert places(a)["russell"] == {3}


# --- the race of the weekend, other races recalled --------------------------------------------------------

WEEKEND_REPORT = (
    "Piastri finishte als tweede, twee plekken hoger dan zijn startpositie. Hij is met zijn derde plaats in "
    "Oostenrijk en vierde plek in Silverstone in vorm.\n\n"
    "Het was samen met de GP van Monaco zijn beste race tot nu toe."
)


def test_a_report_on_its_weekend_naming_races_recalled(parse: Parse) -> None:
    a = parse(WEEKEND_REPORT, date="2024-07-21")
    assert {f.grand_prix for f in facts_of(a, "finish", "piastri") if f.position == 2} == {"hungary"}


def test_a_season_review_on_a_weekend_is_not_that_races_report(parse: Parse) -> None:
    a = parse("Het seizoen in vogelvlucht.\n\n" + WEEKEND_REPORT, date="2024-07-21")
    assert "hungary" not in {f.grand_prix for f in facts_of(a, "finish", "piastri") if f.position == 2}


def test_a_verb_after_an_aside_goes_on_with_the_name_before_it(parse: Parse) -> None:
    a = parse(
        "Qualifying in Hungary: Norris on pole\n\n"
        + "Norris beat Piastri by 0.021 seconds as Lewis Hamilton, on his way to a record, could manage only "
        + "fifth place.",
        date="2024-07-20",
    )
    assert {f.driver for f in facts_of(a, "qualifying") if f.position == 5} == {"hamilton"}


def test_a_verb_after_an_aside_of_a_new_subject_is_his(parse: Parse) -> None:
    a = parse(
        "Qualifying in Hungary: Norris on pole\n\n"
        + "Norris beat Piastri as Lewis Hamilton, on his way to a record, could manage only fifth place, and "
        + "Russell, despite a fine lap, was seventh.",
        date="2024-07-20",
    )
    assert {(f.driver, f.position) for f in facts_of(a, "qualifying") if f.position in (5, 7)} == {
        ("hamilton", 5),
        ("russell", 7),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Norris won, with Russell in a lonely seventh place.",
        "Norris won the race with Russell a distant seventh.",
    ],
)
def test_an_absolute_with_and_a_place_described(parse: Parse, body: str) -> None:
    a = parse("Race report Hungary\n\n" + body, date="2024-07-21")
    assert places(a) == {"norris": {1}, "russell": {7}}


def test_with_a_margin_is_no_absolute_with(parse: Parse) -> None:
    a = parse("Race report Hungary\n\nNorris won with a margin of a second over Russell.", date="2024-07-21")
    assert places(a) == {"norris": {1}}


# --- passes: more verbs of going past, a title before the name --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Norris surged past Russell on lap 37 to take the lead.",
        "A slow stop for pole sitter Oscar Piastri handed Norris second, before he surged past Russell on "
        "lap 37.",
    ],
)
def test_a_pass_told_with_surged_past(parse: Parse, body: str) -> None:
    a = parse(RACE_EN + body, date="2024-07-21")
    assert [(f.driver, f.others, f.detail) for f in facts_of(a, "overtake")] == [
        ("norris", ("russell",), "lap:37")
    ]


def test_driving_past_a_place_is_no_pass(parse: Parse) -> None:
    a = parse(RACE_EN + "Norris drove past the crash site on lap 3.", date="2024-07-21")
    assert not facts_of(a, "overtake")


# --- a podium told with its label after the names ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Oscar Piastri, Lando Norris en Lewis Hamilton: dat is nu het podium in Hongarije.",
        "Piastri, Norris and Hamilton - that is the new podium.",
    ],
)
def test_a_podium_labelled_after_its_names(parse: Parse, body: str) -> None:
    a = parse("Russell gediskwalificeerd in Hongarije\n\n" + body, date="2024-07-21")
    assert places(a) == {"piastri": {1}, "norris": {2}, "hamilton": {3}}


def test_names_then_another_label_are_no_podium(parse: Parse) -> None:
    a = parse(
        "Russell gediskwalificeerd in Hongarije\n\nPiastri, Norris en Hamilton: dat zijn de winnaars.",
        date="2024-07-21",
    )
    assert places(a) == {}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("After the penalties, Gasly has moved up to tenth place in the classification.", "final"),
        ("After his stop, Gasly has moved up to tenth place.", "running"),
    ],
)
def test_a_place_moved_to_in_the_classification_is_final(parse: Parse, body: str, status: str) -> None:
    a = parse("Stewards hand out penalties in Hungary\n\n" + body, date="2024-07-21")
    assert {f.status for f in facts_of(a, "finish", "gasly") if f.position == 10} == {status}


def test_a_penalty_milder_for_a_reason_is_not_given_for_it(parse: Parse) -> None:
    a = parse(
        "Gridstraf voor Norris\n\nOmdat Norris weinig tijd had om te reageren, deed de wedstrijdleiding "
        "het af met een straf van drie plekken.",
        date="2024-07-20",
    )
    assert [f.reason for f in facts_of(a, "penalty", "norris") if f.amount == 3] == [None]


def test_a_penalty_for_a_reason_keeps_it(parse: Parse) -> None:
    a = parse(
        "Gridstraf voor Norris\n\nOmdat Norris de rode vlag negeerde, kreeg hij een gridstraf van drie "
        "plekken.",
        date="2024-07-20",
    )
    assert [f.reason for f in facts_of(a, "penalty", "norris") if f.amount == 3] == [
        "Omdat Norris de rode vlag negeerde"
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Russell had gehoopt om - net als in Silverstone - vanaf pole te starten.", "hypothetical"),
        ("Russell start - net als in Silverstone - vanaf pole.", "final"),
    ],
)
def test_a_hoped_for_pole_with_an_aside_between(parse: Parse, body: str, status: str) -> None:
    a = parse("Kwalificatie in Hongarije\n\n" + body, date="2024-07-20")
    assert {f.status for f in facts_of(a, "grid", "russell") if f.position == 1} == {status}
