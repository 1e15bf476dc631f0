"""Phrase families found in the sets of the session of 6 December, late afternoon, each with examples both
ways in our own words: a live blog's "De stand:" over the running order (under a lap marker, or in the
paragraph that opened with one), results lists numbered "1]", a pole expected or as good as his that did
not come, a live report's "is currently being chased by", "with his teammate X behind in third", a win
"well on his way to a ... victory", and a place with "a difference of" seconds (to the winner)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formule 1 nieuws\n\n"


def placed(a: ParsedArticle, kind: str) -> set[tuple[str, int | None, str]]:
    return {(f.driver, f.position, f.status) for f in a.facts if f.kind == kind}


# --- a live blog's "De stand:" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # the heading carries the lap marker
        "Nog 20 rondes - De stand:\n\n  1. Norris\n  2. Piastri +1,8\n  3. Leclerc +3,1\n",
        # the paragraph opened with it; the heading is a sentence of its own
        "Nog 31 rondes - Norris zet de snelste ronde neer. De stand:\n\n  1. Norris\n  2. Piastri +2,2\n"
        "  3. Leclerc +0,9\n",
    ],
)
def test_the_order_during_a_live_blog_is_no_standing(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Liveblog van de GP van Hongarije. " + body, date="2024-07-21")
    assert not placed(a, "championship")
    finishes = placed(a, "finish")
    assert ("norris", 1, "running") in finishes and ("leclerc", 3, "running") in finishes
    assert not any(status == "final" for _, _, status in finishes)


def test_the_standings_after_the_race_stay_standings(parse: Parse) -> None:
    body = (
        "Norris won de GP van Hongarije.\n\nDe stand in het WK:\n\n  1. Verstappen 255 punten\n"
        "  2. Norris 171 punten\n  3. Leclerc 156 punten\n"
    )
    a = parse(NEWS + body, date="2024-07-21")
    assert {(d, p) for d, p, _ in placed(a, "championship")} >= {("max_verstappen", 1), ("norris", 2)}


def test_a_list_after_a_lap_paragraph_of_another_paragraph_is_read_as_before(parse: Parse) -> None:
    # a lap marker told earlier, in another paragraph, makes no later "De stand:" a running order
    body = (
        "Nog 5 rondes - Norris leidt.\n\nNa de race.\n\nDe stand in het WK:\n\n  1. Verstappen 255 punten\n"
        "  2. Norris 171 punten\n  3. Leclerc 156 punten\n"
    )
    a = parse(NEWS + body, date="2024-07-21")
    assert ("max_verstappen", 1) in {(d, p) for d, p, _ in placed(a, "championship")}


# --- results numbered "1]" ----------------------------------------------------------------------------


def test_a_list_numbered_with_brackets(parse: Parse) -> None:
    body = (
        "Top 10 finishers of the 2024 Spanish Grand Prix\n\n1] Max Verstappen Red Bull\n"
        "2] Lando Norris McLaren\n3] Lewis Hamilton Mercedes\n4] George Russell Mercedes\n"
    )
    a = parse("Race report\n\n" + body, date="2024-06-23")
    finishes = {(d, p) for d, p, s in placed(a, "finish") if s == "final"}
    assert {("norris", 2), ("hamilton", 3), ("russell", 4)} <= finishes


def test_brackets_around_a_number_in_prose_are_no_list(parse: Parse) -> None:
    body = "Hamilton [3] said the car felt better. Russell [4] agreed with him after the Spanish Grand Prix."
    a = parse("Race report\n\n" + body, date="2024-06-23")
    assert not placed(a, "finish")


# --- a pole expected or as good as his ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Iedereen zag dat Leclerc pole verwachtte in Monaco, maar Norris was sneller.",
        "De pole leek al binnen voor Leclerc, maar daar dacht Norris anders over.",
        "Leclerc had expected pole in Monaco, but Norris was quicker at the end.",
        "Pole seemed in the bag for Leclerc in Monaco until Norris found two tenths.",
    ],
)
def test_a_pole_expected_is_no_pole(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-05-25")
    assert ("leclerc", 1, "final") not in placed(a, "grid")


@pytest.mark.parametrize(
    "body",
    [
        "Leclerc pakte zoals verwacht de pole in Monaco.",
        "As expected, Leclerc took pole in Monaco.",
    ],
)
def test_a_pole_that_came_as_expected_stands(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-05-25")
    assert ("leclerc", 1, "final") in placed(a, "grid")


# --- a live report's order ------------------------------------------------------------------------------


def test_currently_being_chased_is_a_running_place(parse: Parse) -> None:
    body = "Norris leads the race in Austria. He is currently being chased by Oscar Piastri in second."
    a = parse("Live\n\n" + body, date="2024-06-30")
    assert ("piastri", 2, "running") in placed(a, "finish")
    assert ("piastri", 2, "final") not in placed(a, "finish")


def test_chased_home_at_the_end_is_his_place(parse: Parse) -> None:
    body = "Norris won the Austrian Grand Prix, chased home by Oscar Piastri in second."
    a = parse("Race report\n\n" + body, date="2024-06-30")
    assert ("piastri", 2, "final") in placed(a, "finish")


# --- "with his teammate X behind in third" -------------------------------------------------------------


@pytest.mark.parametrize(
    "body, third",
    [
        ("Lando Norris won in Zandvoort, with his teammate Oscar Piastri close behind in third.", "piastri"),
        ("Norris won de GP van Nederland, met zijn teamgenoot Piastri vlak daarachter als derde.", "piastri"),
        ("Leclerc won in Zandvoort, with his team-mate Sainz right behind in third.", "sainz"),
    ],
)
def test_the_teammate_after_with_takes_the_place(parse: Parse, body: str, third: str) -> None:
    a = parse(NEWS + body, date="2024-08-25")
    finishes = {(d, p) for d, p, s in placed(a, "finish") if s == "final"}
    assert (third, 3) in finishes
    winner = next(d for d, p in finishes if p == 1)
    assert (winner, 3) not in finishes


def test_level_with_his_teammate_gives_him_no_place(parse: Parse) -> None:
    a = parse(NEWS + "Norris finished second in Zandvoort, level on points with his teammate Piastri.")
    assert {(d, p) for d, p, _ in placed(a, "finish")} == {("norris", 2)}


# --- "well on his way to a ... victory" --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Leclerc took pole and was well on his way to a similarly dominant victory in the race.",
        "Piastri seemed on course for a first ever win until a late safety car.",
    ],
)
def test_on_his_way_to_a_described_win_is_no_win(parse: Parse, body: str) -> None:
    a = parse("Race report\n\n" + body, date="2024-06-23")
    assert not any(p == 1 and s == "final" for _, p, s in placed(a, "finish"))


def test_a_described_win_that_came_stands(parse: Parse) -> None:
    a = parse("Race report\n\nLeclerc cruised to a similarly dominant victory in Spain.", date="2024-06-23")
    assert ("leclerc", 1, "final") in placed(a, "finish")


# --- a place with "a difference of" seconds -----------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Piastri finished second with a difference of 12.4 seconds.",
        "Piastri werd tweede met een achterstand van 12,4 seconden.",
        "Piastri werd tweede met een verschil van 12,4 seconden op de winnaar.",
    ],
)
def test_a_difference_after_a_place_is_the_gap_to_the_winner(parse: Parse, second: str) -> None:
    a = parse("Race report\n\nNorris won the Italian Grand Prix. " + second, date="2024-09-01")
    gaps = [f for f in a.facts if f.kind == "time_gap"]
    assert [(f.driver, f.others, f.amount, f.detail) for f in gaps] == [
        ("piastri", ("norris",), 12400, "behind")
    ]


@pytest.mark.parametrize(
    "second",
    [
        # to one named: not the winner's gap
        "Leclerc finished third with a gap of 4.5 seconds to Piastri.",
        # a difference in points is no time
        "Piastri finished second with a difference of 12 points in the standings.",
    ],
)
def test_a_difference_to_someone_else_is_no_gap_to_the_winner(parse: Parse, second: str) -> None:
    a = parse("Race report\n\nNorris won the Italian Grand Prix. " + second, date="2024-09-01")
    assert not [f for f in a.facts if f.kind == "time_gap" and f.others == ("norris",)]


# --- a reason the stewards judged, in the sentence before ---------------------------------------------


def test_the_judged_part_is_the_reason(parse: Parse) -> None:
    body = (
        "Na het horen van de coureur oordeelden de stewards dat Hülkenberg bij dubbel geel niet genoeg vaart"
        " had geminderd en daarmee de regels had overtreden. Zij gaven hem hiervoor een gridstraf van drie"
        " plaatsen voor de GP van Mexico."
    )
    a = parse(NEWS + body, date="2024-10-26")
    reasons = {f.reason for f in a.facts if f.kind == "penalty" and f.driver == "hulkenberg"}
    assert reasons == {"Hülkenberg bij dubbel geel niet genoeg vaart had geminderd"}


def test_a_reason_before_without_a_judgement_stays_whole(parse: Parse) -> None:
    body = (
        "Hülkenberg remde bij dubbel geel niet af in de laatste bocht. Hij kreeg hiervoor een gridstraf van"
        " drie plaatsen voor de GP van Mexico."
    )
    a = parse(NEWS + body, date="2024-10-26")
    reasons = {f.reason for f in a.facts if f.kind == "penalty" and f.driver == "hulkenberg"}
    assert reasons == {"Hülkenberg remde bij dubbel geel niet af in de laatste bocht"}


# --- gaps told roughly ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, unit, ms",
    [
        ("Piastri eindigde op ruim 15 seconden van Norris als tweede.", "ms+", 15000),
        ("Piastri finished just under eight seconds behind Norris.", "ms-", 8000),
        ("Piastri kwam zo'n twaalf seconden achter Norris over de streep.", "ms~", 12000),
        ("Norris won by over 14 seconds from Piastri.", "ms+", 14000),
        ("Aan de finish had Norris ruim tien seconden voorsprong op Piastri.", "ms+", 10000),
    ],
)
def test_a_rough_gap_keeps_its_roughness(parse: Parse, sentence: str, unit: str, ms: int) -> None:
    a = parse("Race report\n\nNorris won the Dutch Grand Prix. " + sentence, date="2024-08-25")
    gaps = {(f.amount, f.unit) for f in a.facts if f.kind == "time_gap"}
    assert gaps == {(ms, unit)}


@pytest.mark.parametrize(
    "sentence, ms",
    [
        ("Piastri eindigde op 15,2 seconden van Norris als tweede.", 15200),
        ("Piastri finished 7.8 seconds behind Norris.", 7800),
        # the one beaten named after "beating", and the race named between "won" and the margin
        ("He finished ahead, beating Piastri by 2.664 seconds.", 2664),
        ("Norris won the Dutch Grand Prix by 2.664 seconds from Piastri.", 2664),
    ],
)
def test_an_exact_gap_stays_exact(parse: Parse, sentence: str, ms: int) -> None:
    a = parse("Race report\n\nNorris won the Dutch Grand Prix. " + sentence, date="2024-08-25")
    assert {(f.amount, f.unit) for f in a.facts if f.kind == "time_gap"} == {(ms, "ms")}


def test_a_gap_of_the_first_part_of_qualifying_is_none(parse: Parse) -> None:
    body = "In Qualifying 1, Norris topped the session in 1m10.2s, almost a tenth quicker than Russell."
    a = parse("Qualifying report\n\n" + body, date="2024-08-24")
    assert not [f for f in a.facts if f.kind == "time_gap"]


# --- a moment of the race ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The safety car came in on lap 5, and by then Verstappen had gained five places to run eighth.",
        "Verstappen was up into P8 when the safety car came out.",
    ],
)
def test_where_he_was_by_then_is_running(parse: Parse, body: str) -> None:
    a = parse("Race report\n\nVerstappen won the Belgian Grand Prix. " + body, date="2024-07-28")
    assert ("max_verstappen", 1, "final") in placed(a, "finish")
    assert not any(p != 1 and s == "final" for d, p, s in placed(a, "finish") if d == "max_verstappen")


# --- his tally "overall" ----------------------------------------------------------------------------


def test_his_nth_overall_after_a_count_is_no_standing(parse: Parse) -> None:
    body = "Norris took his third victory of the season and his fifth overall at Spa."
    a = parse("Race report\n\n" + body, date="2024-07-28")
    assert not placed(a, "championship")


def test_sixth_overall_at_the_season_end_is_his_standing(parse: Parse) -> None:
    a = parse("Season review\n\nHamilton finished the season sixth overall.", date="2024-12-08")
    assert ("hamilton", 6) in {(d, p) for d, p, _ in placed(a, "championship")}


# --- retirements: a list left out of the race, a car parked, the lap ----------------------------------


@pytest.mark.parametrize(
    "body, out",
    [
        (
            "A crash on the opening lap left Lance Stroll, Alex Albon and Zhou out of the race.",
            {"stroll", "albon", "zhou"},
        ),
        ("The collision left Stroll out of the race.", {"stroll"}),
        ("Stroll had to park his car in the closing laps due to a hydraulics issue.", {"stroll"}),
    ],
)
def test_retired_as_told(parse: Parse, body: str, out: set[str]) -> None:
    a = parse("Race report\n\nNorris won the British Grand Prix. " + body, date="2024-07-07")
    assert {f.driver for f in a.facts if f.kind == "retirement" and f.status == "final"} == out


@pytest.mark.parametrize(
    "body",
    [
        # passed, not put out
        "Norris passed Stroll, Albon and Zhou before the safety car.",
        # parked after the race is no retirement
        "Stroll had to park his car in parc fermé after the race.",
    ],
)
def test_not_retired(parse: Parse, body: str) -> None:
    a = parse("Race report\n\nNorris won the British Grand Prix. " + body, date="2024-07-07")
    assert not [f for f in a.facts if f.kind == "retirement"]


@pytest.mark.parametrize(
    "body, lap",
    [
        ("Fernando Alonso was forced to retire during the Lap 31.", 31),
        ("Alonso crashed into the barrier on the 20th of 52 scheduled laps.", 20),
        ("Alonso viel tijdens ronde 31 uit.", 31),
    ],
)
def test_the_lap_of_a_retirement(parse: Parse, body: str, lap: int) -> None:
    a = parse("Race report\n\nNorris won the British Grand Prix. " + body, date="2024-07-07")
    assert [f.amount for f in a.facts if f.kind == "lap"] == [lap]


# --- a place after a list of those he finished behind -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Alonso kwam achter Hamilton en Verstappen als derde over de streep.",
        "In Qatar kwam Alonso ver achter titelkandidaten Hamilton en Verstappen echter als derde binnen.",
    ],
)
def test_the_place_after_those_ahead_is_his(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2021-11-21")
    assert {(d, p) for d, p, _ in placed(a, "finish")} == {("alonso", 3)}


def test_a_place_told_of_the_second_of_a_pair_stays_his(parse: Parse) -> None:
    # the second name opens a clause of its own: his place
    body = "Alonso kwam achter Hamilton over de streep en Verstappen werd tweede."
    a = parse(NEWS + body, date="2021-11-21")
    assert ("max_verstappen", 2) in {(d, p) for d, p, _ in placed(a, "finish")}


# --- counts of races won --------------------------------------------------------------------------------


def counted(a: ParsedArticle) -> set[tuple[str, float | None, str | None]]:
    return {(f.driver, f.amount, f.detail) for f in a.facts if f.kind == "count"}


@pytest.mark.parametrize(
    "body, count",
    [
        ("Norris won in Miami zijn derde Grand Prix van het seizoen.", ("norris", 3, "wins:season")),
        ("Hamilton won zijn 105e GP in Silverstone.", ("hamilton", 105, "wins:career")),
        ("Hamilton won his fourth race of the year at Silverstone.", ("hamilton", 4, "wins:season")),
        ("Verstappen heeft 61 Grands Prix op zijn naam staan.", ("max_verstappen", 61, "wins:career")),
        ("Verstappen has 61 Grands Prix wins to his name.", ("max_verstappen", 61, "wins:career")),
    ],
)
def test_a_count_of_races_won(parse: Parse, body: str, count: tuple[str, int, str]) -> None:
    assert counted(parse(NEWS + body, date="2024-07-07")) == {count}


@pytest.mark.parametrize(
    "body",
    [
        # the race he won in, counted as a start
        "Piastri won in zijn 35e Grand Prix voor het eerst.",
        "Piastri won at his 35th race for the first time.",
        # a count without a scope that a season could hold: left alone
        "Norris heeft nu drie Grands Prix op zijn naam.",
    ],
)
def test_no_count_of_wins(parse: Parse, body: str) -> None:
    assert not counted(parse(NEWS + body, date="2024-07-21"))


# --- "hij" after a pair of subjects -------------------------------------------------------------------


def test_he_after_a_pair_is_the_one_after_it(parse: Parse) -> None:
    body = (
        "Leclerc en Sainz leken de snelsten, maar in Q3 sloeg plots Piastri toe. Hij noteerde een 1:28.200,"
        " waarmee hij 25 duizendsten sneller was dan Leclerc."
    )
    a = parse("Piastri op pole in Jeddah\n\n" + body, date="2024-03-08")
    assert {(f.driver, f.amount) for f in a.facts if f.kind == "lap_time"} == {("piastri", 88200)}


# --- an ordinal of a stint, a lap or a run --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Van de eerste naar de tweede stint hebben we de afstelling veranderd.",
        "From the first to the second stint we changed the front wing.",
        "Van de eerste stint naar de tweede veranderde Piastri weinig.",
    ],
)
def test_from_one_stint_to_the_next_is_no_place(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Piastri won in Monza. " + body, date="2024-09-01")
    assert {(d, p) for d, p, _ in placed(a, "finish")} == {("piastri", 1)}


def test_from_seventh_to_fourth_place_is_still_read(parse: Parse) -> None:
    a = parse(NEWS + "Norris ging in Monza van de zevende naar de vierde plaats.", date="2024-09-01")
    assert ("norris", 4) in {(d, p) for d, p, _ in placed(a, "finish")}


# --- a win prevented, a tally of races won ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Daarmee voorkwam Norris dat Piastri twee races op rij won.",
        "A late safety car prevented Piastri from winning the race.",
        "De regerend wereldkampioen won dit seizoen immers al zes races tegenover twee van Piastri.",
    ],
)
def test_no_win_of_the_one_prevented_or_counted(parse: Parse, body: str) -> None:
    a = parse("Race report\n\nNorris won de GP van Hongarije. " + body, date="2024-07-21")
    assert not any(d == "piastri" and s == "final" for d, _, s in placed(a, "finish"))
    assert ("norris", 1, "final") in placed(a, "finish")


# --- the reason of a penalty "daardoor", told before ----------------------------------------------------


def test_the_reason_before_daardoor(parse: Parse) -> None:
    body = (
        "Norris heeft in Oostenrijk een vijfde motor in zijn McLaren liggen. De Brit incasseert daardoor een"
        " gridstraf en start achteraan, alleen gridstraffen voor andere coureurs kunnen dat nog veranderen."
    )
    a = parse(NEWS + body, date="2024-06-29")
    reasons = {f.reason for f in a.facts if f.kind == "penalty"}
    assert reasons == {"Norris heeft in Oostenrijk een vijfde motor in zijn McLaren liggen"}


def test_the_cause_after_omdat_in_the_sentence_before(parse: Parse) -> None:
    body = (
        "Ook Sainz werd op zijn vingers getikt omdat hij bijna stilstond in de tunnel. Hierdoor kreeg hij een"
        " reprimande."
    )
    a = parse(NEWS + body, date="2024-05-25")
    assert {f.reason for f in a.facts if f.kind == "penalty"} == {"hij bijna stilstond in de tunnel"}


# --- "his Red Bull teammate" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, gap",
    [
        (
            "Perez finished some eight seconds behind his Red Bull teammate.",
            ("perez", ("max_verstappen",), 8000),
        ),
        ("Perez finished eight seconds behind his Dutch teammate.", ("perez", ("max_verstappen",), 8000)),
        # a nationality not the teammate's: no one
        ("Perez finished eight seconds behind his Australian teammate.", None),
    ],
)
def test_his_team_teammate(parse: Parse, body: str, gap: tuple[str, tuple[str, ...], int] | None) -> None:
    a = parse("Race report\n\nMax Verstappen won the Dutch Grand Prix. " + body, date="2023-08-27")
    gaps = {(f.driver, f.others, f.amount) for f in a.facts if f.kind == "time_gap"}
    assert gaps == ({gap} if gap else set())


# --- places after an absolute "with" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, places",
    [
        (
            "Norris won in Spa, with Oscar Piastri also taking second from Charles Leclerc.",
            {("norris", 1), ("piastri", 2)},
        ),
        (
            "Norris won in Spa, with Piastri and Leclerc unexpectedly getting P2 and P3 respectively.",
            {("norris", 1), ("piastri", 2), ("leclerc", 3)},
        ),
    ],
)
def test_places_of_the_names_after_with(parse: Parse, body: str, places: set[tuple[str, int]]) -> None:
    a = parse("Race report\n\n" + body, date="2024-07-28")
    assert {(d, p) for d, p, s in placed(a, "finish") if s == "final"} == places


# --- "vrede nemen met", "haakten in elkaar", "en al de 90e in zijn carrière" ----------------------------


def test_settled_for_a_place(parse: Parse) -> None:
    a = parse(
        NEWS + "Norris won de GP van Hongarije. Piastri moest vrede nemen met de tweede stek.",
        date="2024-07-21",
    )
    assert ("piastri", 2, "final") in placed(a, "finish")


def test_hooked_into_each_other_is_a_collision(parse: Parse) -> None:
    a = parse(NEWS + "Sainz en Leclerc haakten in de openingsronde in elkaar.", date="2024-07-21")
    assert {(f.driver, f.others) for f in a.facts if f.kind == "collision"} == {
        ("sainz", ("leclerc",)),
        ("leclerc", ("sainz",)),
    }


def test_dropping_out_is_no_collision(parse: Parse) -> None:
    a = parse(NEWS + "Sainz haakte af in de strijd om het podium, Leclerc en Norris bleven dicht bij elkaar.")
    assert not [f for f in a.facts if f.kind == "collision"]


def test_a_career_count_after_already(parse: Parse) -> None:
    body = "Voor Norris is het zijn tweede pole van het seizoen en al de 12e in zijn carrière."
    a = parse("Norris op pole\n\n" + body, date="2024-07-20")
    assert ("norris", 12, "poles:career") in counted(a)


# --- "the second place of Hamilton" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Sainz reached the podium at home, finishing third and threatening the second place of Leclerc.",
        "Sainz werd derde en bedreigde lang de tweede plaats van Leclerc.",
    ],
)
def test_the_place_of_the_one_named_after_it(parse: Parse, body: str) -> None:
    a = parse("Race report\n\nNorris won the Spanish Grand Prix. " + body, date="2024-06-23")
    finishes = {(d, p) for d, p, s in placed(a, "finish") if s == "final"}
    assert ("sainz", 3) in finishes and ("sainz", 2) not in finishes


def test_the_second_place_of_the_season_names_no_one(parse: Parse) -> None:
    a = parse("Race report\n\nSainz werd tweede, de tweede plaats van zijn seizoen.", date="2024-06-23")
    assert {(d, p) for d, p, _ in placed(a, "finish")} == {("sainz", 2)}
