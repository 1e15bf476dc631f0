"""Phrase families found in the sets of the session of 5 December (evening), each with examples both ways in
our own words: seasons told as "twee jaar geleden" / "three years ago" (and a next sentence that goes on
with "toen"); a qualifying gap "verwijderd van (de beste tijd van) X", not to a list of drivers; a lead that
tells Sunday's start ("start zondag als vijfde") as a qualifying report's; the best time of qualifying ("was
de snelste", "set the fastest time") as its first place, not a part's, practice's or the race's; the way into
Q3 does not end a paragraph about Q2, the fight for pole does; "reed de vierde tijd" is a place on the
timesheet, not a running place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]

QUALI_NL = "Kwalificatie GP van Hongarije: Norris pakt pole\n\n"
QUALI_EN = "Qualifying in Hungary: Norris takes pole\n\n"
RACE_NL = "Piastri wint in Hongarije\n\n"


def seasons(a: ParsedArticle, kind: str, driver: str) -> list[int | None]:
    return [f.season for f in facts_of(a, kind, driver)]


# --- seasons told as years ago ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "season"),
    [
        ("Twee jaar geleden won Sainz de GP van Singapore.", 2022),
        ("Three years ago Sainz won the Singapore GP.", 2021),
        ("Vijf jaar eerder won Sainz de GP van Singapore.", 2019),
        ("Sainz won 4 years ago the Singapore GP.", 2020),
    ],
)
def test_a_season_told_as_years_ago(parse: Parse, body: str, season: int) -> None:
    a = parse(RACE_NL + "Piastri won de race. " + body, date="2024-09-22")
    assert season in seasons(a, "finish", "sainz")
    assert 2024 not in seasons(a, "finish", "sainz")


@pytest.mark.parametrize(
    "body",
    [
        "Twee weken geleden won Sainz de GP van Monza.",  # weeks, not seasons
        "Voor het eerst in twee jaar won Sainz weer een race.",  # a drought, no season of its own
    ],
)
def test_no_season_from_weeks_or_a_drought(parse: Parse, body: str) -> None:
    a = parse(RACE_NL + body, date="2024-09-22")
    assert 2022 not in seasons(a, "finish", "sainz")


def test_then_goes_on_with_the_season_years_ago(parse: Parse) -> None:
    a = parse(
        RACE_NL + "Twee jaar geleden werd Sainz in Monza drie plaatsen teruggezet. Hij zou toen vanaf pole"
        " vertrekken, maar begon als vierde.",
        date="2024-07-21",
    )
    assert all(f.season == 2022 for f in facts_of(a, "grid", "sainz"))


# --- qualifying gaps "verwijderd van" --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Russell zette een tijd van 1.16,510 neer en bleef daarmee 0,381 verwijderd van de beste tijd van"
        " Lando Norris.",
        "Russell bleef 0,381 seconde verwijderd van Norris.",
    ],
)
def test_a_gap_told_as_verwijderd_van(parse: Parse, body: str) -> None:
    a = parse(QUALI_NL + body, date="2024-07-20")
    gaps = [(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "time_gap")]
    assert ("russell", ("norris",), 381, "behind") in gaps


def test_no_gap_to_a_list_of_drivers(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "Russell zakte nog naar P6, maar was slechts 0,100 verwijderd van Lando Norris, Oscar"
        " Piastri en Max Verstappen.",
        date="2024-07-20",
    )
    assert facts_of(a, "time_gap") == []


def test_a_lead_telling_sundays_start_is_a_qualifying_report(parse: Parse) -> None:
    # (no title: the lead alone says it is about qualifying)
    a = parse(
        "Russell start bij de Grote Prijs van Hongarije zondag als zesde. De Brit bleef 0,381 seconde"
        " verwijderd van Lando Norris.",
        date="2024-07-20",
    )
    gaps = [(f.driver, f.session) for f in facts_of(a, "time_gap") if f.status == "final"]
    assert ("russell", "qualifying") in gaps


def test_a_lead_about_a_start_that_was_is_no_qualifying_report(parse: Parse) -> None:
    a = parse(
        "Russell startte bij de Grote Prijs van Hongarije als zesde en werd vierde. De Brit bleef 0,381"
        " seconde verwijderd van Lando Norris.",
        date="2024-07-21",
    )
    assert [f.session for f in facts_of(a, "time_gap") if f.session == "qualifying"] == []


# --- the best time of qualifying -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (QUALI_NL, "Oscar Piastri was veruit de snelste."),
        (QUALI_NL, "Oscar Piastri zette zaterdag de snelste tijd neer."),
        (RACE_NL, "Oscar Piastri was zaterdag de snelste in de kwalificatie."),
        (QUALI_EN, "Oscar Piastri set the fastest time of all."),
        (QUALI_EN, "Oscar Piastri topped qualifying."),
        (QUALI_EN, "Oscar Piastri was comfortably fastest."),
    ],
)
def test_the_best_time_of_qualifying_is_its_first_place(parse: Parse, title: str, body: str) -> None:
    a = parse(title + body, date="2024-07-20")
    assert [(f.position, f.status) for f in facts_of(a, "qualifying", "piastri")] == [(1, "final")]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (QUALI_NL, "Oscar Piastri was derde snelste."),  # a place, not the first
        (QUALI_NL, "Oscar Piastri was de snelste Ferrari-klant."),  # best among some
        (QUALI_NL, "In de derde training was Oscar Piastri de snelste."),  # practice
        (QUALI_NL, "Oscar Piastri was niet de snelste."),
        (RACE_NL, "Oscar Piastri was in de race de snelste."),  # pace in the race
        (RACE_NL, "Oscar Piastri was de snelste."),  # a race report, no qualifying named
        (QUALI_EN, "Oscar Piastri was fastest in Q1."),  # a part of it
        (QUALI_EN, "Oscar Piastri set the fastest time in practice."),
    ],
)
def test_no_first_place_from_a_best_of_something_else(parse: Parse, title: str, body: str) -> None:
    a = parse(title + body, date="2024-07-20")
    assert [f.position for f in facts_of(a, "qualifying", "piastri") if f.status == "final"] != [1]


def test_the_best_time_after_a_paragraph_about_q2_is_that_parts(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "Tijdens het tweede kwalificatiegedeelte gebeurde weinig.\n\n"
        "Oscar Piastri reed de snelste tijd, maar was maar 0,02 sneller dan Norris.",
        date="2024-07-20",
    )
    assert [f.position for f in facts_of(a, "qualifying", "piastri") if f.status == "final"] == []


def test_the_way_into_q3_does_not_end_the_paragraph_about_q2(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "In Q2 ging het hard.\n\nHet ging om een plaatsje in Q3.\n\nOscar Piastri was opnieuw de"
        " snelste.",
        date="2024-07-20",
    )
    assert [f.position for f in facts_of(a, "qualifying", "piastri") if f.status == "final"] == []


def test_the_fight_for_pole_ends_the_early_part(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "In Q2 ging het hard.\n\nDaarna kon de strijd om de pole beginnen.\n\nOscar Piastri was"
        " veruit de snelste.",
        date="2024-07-20",
    )
    assert [f.position for f in facts_of(a, "qualifying", "piastri") if f.status == "final"] == [1]


# --- a place on the timesheet ----------------------------------------------------------------------------


def test_a_time_ridden_is_a_timesheet_place_not_a_running_one(parse: Parse) -> None:
    a = parse(QUALI_NL + "Oscar Piastri reed de vierde tijd.", date="2024-07-20")
    assert [(f.position, f.status) for f in facts_of(a, "qualifying", "piastri")] == [(4, "final")]


def test_riding_in_a_place_is_still_running(parse: Parse) -> None:
    a = parse(RACE_NL + "Oscar Piastri reed lange tijd op de vierde plaats.", date="2024-07-21")
    assert [f.status for f in facts_of(a, "finish", "piastri") if f.position == 4] in ([], ["running"])


# --- who a clause is about: objects after a verb's particle and in a list ---------------------------------

RACE_EN = "Norris wins in Austin\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris won in Austin. The McLaren driver chased down Charles Leclerc and Max Verstappen in the"
        " closing laps, reaching the flag first to seal victory.",
        "Lando Norris won in Austin. He held off Charles Leclerc and Max Verstappen at the end, crossing the"
        " line first to seal victory.",
    ],
)
def test_the_ones_chased_down_or_held_off_are_objects(parse: Parse, body: str) -> None:
    a = parse(RACE_EN + body, date="2024-10-20")
    # (no first place for one chased, not even one left in conflict)
    winners = {f.driver for f in facts_of(a, "finish") if f.position == 1}
    assert winners == {"norris"}


def test_a_name_after_and_that_acts_is_no_object(parse: Parse) -> None:
    a = parse(RACE_EN + "Norris passed Leclerc and Max Verstappen finished third.", date="2024-10-20")
    assert [f.position for f in facts_of(a, "finish", "max_verstappen")] == [3]


# --- a live blog's lap before its line ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "31/56 Oscar Piastri chases down Sainz to take fourth place.",
        "Lap 31/56 Oscar Piastri moves up to fourth.",
    ],
)
def test_a_live_blog_line_at_a_lap_is_a_running_place(parse: Parse, line: str) -> None:
    a = parse(RACE_EN + "Norris won the race.\n\n" + line, date="2024-10-20")
    assert [f.status for f in facts_of(a, "finish", "piastri") if f.position == 4] == ["running"]


def test_a_line_without_a_lap_is_no_running_place(parse: Parse) -> None:
    a = parse(RACE_EN + "Norris won the race.\n\nOscar Piastri finished fourth.", date="2024-10-20")
    assert [f.status for f in facts_of(a, "finish", "piastri") if f.position == 4] == ["final"]


# --- a penalty's reason: how often is no part of why; a gerund after "for" is the why -------------------


@pytest.mark.parametrize(
    "body",
    [
        "Stroll was handed a five-second penalty for at least once (in fact twice) falling more than ten car"
        " lengths behind the safety car.",
        "Stroll was handed a five-second penalty for dropping more than ten car lengths behind the safety"
        " car.",
    ],
)
def test_the_reason_after_for_skips_how_often(parse: Parse, body: str) -> None:
    a = parse(RACE_EN + body, date="2024-10-20")
    reasons = [f.reason or "" for f in facts_of(a, "penalty", "stroll")]
    assert len(reasons) == 1 and "car lengths behind the safety car" in reasons[0]
    assert "at least" not in reasons[0]


def test_a_penalty_dropping_him_is_what_it_led_to(parse: Parse) -> None:
    a = parse(RACE_EN + "Stroll got a five-second penalty, dropping him to ninth.", date="2024-10-20")
    assert [f.reason for f in facts_of(a, "penalty", "stroll")] == [None]


# --- the podium completed by an epithet in scare quotes -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "third"),
    [
        ("Het podium werd compleet gemaakt door 'thuisrijder' Lando Norris.", "norris"),
        ("Het podium werd compleet gemaakt door de blije Lando Norris.", "norris"),
    ],
)
def test_the_podium_completed_by_a_name_with_an_epithet(parse: Parse, body: str, third: str) -> None:
    a = parse("Verstappen wint in Silverstone\n\n" + body, date="2024-07-07")
    assert [f.driver for f in facts_of(a, "finish") if f.position == 3] == [third]


# --- no race retirement in qualifying -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Russell viel uit in de kwalificatie.",
        "Russell parkeerde zijn Mercedes vooraan in de kwalificatie.",
        "Russell parkeerde zijn Mercedes op pole.",
        "Russell parked his Mercedes on pole.",
    ],
)
def test_no_race_retirement_from_qualifying_or_parking_at_the_front(parse: Parse, body: str) -> None:
    a = parse(RACE_NL + body, date="2024-07-21")
    assert facts_of(a, "retirement", "russell") == []


@pytest.mark.parametrize(
    "body", ["Russell parkeerde zijn Mercedes langs de baan.", "Russell viel in de race uit met motorpech."]
)
def test_a_race_retirement_is_still_one(parse: Parse, body: str) -> None:
    a = parse(RACE_NL + body, date="2024-07-21")
    assert len(facts_of(a, "retirement", "russell")) == 1


# --- a list of races frames none ------------------------------------------------------------------------


def test_a_list_of_races_on_the_calendar_frames_no_paragraph(parse: Parse) -> None:
    a = parse(
        "Liveblog GP van Hongarije\n\nDe Formule 1 gaat graag naar landen als Bahrein, Qatar en"
        " Saoedi-Arabië. Een P10 op de startgrid is niet best voor Verstappen.",
        date="2024-07-21",
    )
    assert [(f.grand_prix, f.position) for f in facts_of(a, "grid", "max_verstappen")] == [("hungary", 10)]


# --- a penalty pointed back at ("that penalty") takes its reason ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Norris won, but Sainz had to take a five-second penalty. Sainz got that penalty after a clash with"
        " Albon on lap 40.",
        "Norris won, maar Sainz kreeg een tijdstraf van vijf seconden. Sainz kreeg die straf voor een botsing"
        " met Albon in ronde 40.",
    ],
)
def test_the_penalty_pointed_back_at_takes_the_reason(parse: Parse, body: str) -> None:
    a = parse(RACE_EN + body, date="2024-10-20")
    pens = [(f.amount, f.reason or "") for f in facts_of(a, "penalty", "sainz")]
    assert len(pens) == 1 and pens[0][0] == 5 and "Albon" in pens[0][1]


def test_a_reprimand_pointed_back_gives_no_time_penalty_its_reason(parse: Parse) -> None:
    a = parse(
        RACE_EN + "Sainz got a five-second time penalty. The stewards gave the reprimand for the first"
        " instance and the penalty for the second.",
        date="2024-10-20",
    )
    assert all(f.reason != "the first instance" for f in facts_of(a, "penalty", "sainz") if f.amount == 5)


# --- "hem" after a sentence that told his penalty --------------------------------------------------------


def test_him_punished_is_the_one_told_penalised_before(parse: Parse) -> None:
    a = parse(
        RACE_NL + "Piastri en Norris profiteerden van de strafseconden die Russell opliep. De stewards"
        " bestraften hem met twee keer 5 seconden voor het te vroeg wegrijden.",
        date="2024-07-21",
    )
    pens = [(f.amount, f.reason or "") for f in facts_of(a, "penalty", "russell")]
    assert (5, "het te vroeg wegrijden") in pens
    assert facts_of(a, "penalty", "piastri") == facts_of(a, "penalty", "norris") == []


def test_him_punished_after_two_penalised_is_no_one(parse: Parse) -> None:
    a = parse(
        RACE_NL + "Russell en Sainz kregen allebei een tijdstraf. De stewards bestraften hem met 5 seconden"
        " voor het te vroeg wegrijden.",
        date="2024-07-21",
    )
    assert all(f.reason != "het te vroeg wegrijden" for f in facts_of(a, "penalty"))


# --- in a sprint report: the bare race is the sprint, tomorrow's start the race's ------------------------

SPRINT_NL = "Sainz tweede in de sprint van Brazilië\n\n"


def test_a_sprint_reports_bare_race_and_tomorrows_start(parse: Parse) -> None:
    a = parse(
        SPRINT_NL + "Carlos Sainz werd tweede in de sprint. Hij begon de race vanaf de vijfde plaats en kwam"
        " als tweede over de finish. Door een gridstraf zal hij morgen vanaf de zevende plaats vertrekken.",
        date="2024-11-02",
    )
    grid = {(f.session, f.position) for f in facts_of(a, "grid", "sainz")}
    assert grid == {("sprint", 5), ("race", 7)}
    assert all(f.session == "sprint" for f in facts_of(a, "finish", "sainz"))


def test_in_a_sprint_report_the_grand_prix_is_still_the_race(parse: Parse) -> None:
    a = parse(
        SPRINT_NL + "Carlos Sainz werd tweede in de sprint. In de Grand Prix van zondag start hij als"
        " zevende.",
        date="2024-11-02",
    )
    assert [(f.session, f.position) for f in facts_of(a, "grid", "sainz")] == [("race", 7)]


def test_a_race_winners_title_in_a_sprint_report_is_no_sprint_win(parse: Parse) -> None:
    a = parse(
        "Verstappen wins the sprint in Austria\n\nVerstappen won the sprint ahead of Leclerc. Leclerc held"
        " off Sainz early on, with F1's newest race winner the faster Ferrari.",
        date="2022-07-09",
    )
    assert [f for f in facts_of(a, "finish", "leclerc") if f.position == 1 and f.status == "final"] == []


# --- points gaps: "leads the German driver by", "het verschil met zijn naaste belager X is" ----------------


def test_a_lead_over_an_epithet_with_its_article(parse: Parse) -> None:
    a = parse(
        "Raikkonen wins in Austin\n\nVettel finished fourth, so Hamilton, who leads the German driver by 70"
        " points, has to wait for the title.",
        date="2018-10-21",
    )
    gaps = [(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "points_gap")]
    assert ("hamilton", ("vettel",), 70, "ahead") in gaps


@pytest.mark.parametrize(
    "body",
    [
        "Vettel staat bovenaan in de stand, maar het verschil met zijn naaste belager Hamilton is slechts één"
        " punt.",
        "Vettel staat bovenaan, maar het verschil met Hamilton bedraagt nog 1 punt.",
    ],
)
def test_the_difference_with_a_rival_is_a_gap(parse: Parse, body: str) -> None:
    a = parse("Hamilton op pole op Silverstone\n\n" + body, date="2018-07-07")
    gaps = [(f.driver, f.others, f.amount) for f in facts_of(a, "points_gap")]
    assert gaps == [("vettel", ("hamilton",), 1)]


def test_a_difference_in_the_race_is_no_points_gap(parse: Parse) -> None:
    a = parse(
        "Hamilton wint op Silverstone\n\nVettel werd tweede, het verschil met Hamilton was 8 seconden.",
        date="2018-07-08",
    )
    assert facts_of(a, "points_gap") == []


# --- a move in the standings the sentence is about ---------------------------------------------------------


def test_a_fall_in_a_sentence_about_the_standings_is_a_standing(parse: Parse) -> None:
    a = parse(
        "Standings after Melbourne\n\nOscar Piastri leads the championship by 30 points ahead of Lando"
        " Norris, while Max Verstappen falls to sixth place.",
        date="2025-03-16",
    )
    assert [(f.kind, f.position) for f in a.facts if f.driver == "max_verstappen"] == [("championship", 6)]


@pytest.mark.parametrize(
    "body",
    [
        "Piastri won the race, while Max Verstappen fell to sixth place on lap 3.",  # a race's lap
        "Piastri leads the championship, with Max Verstappen dropped to sixth and Norris third.",
    ],
)
def test_a_fall_in_the_race_or_of_another_is_no_standing_of_his(parse: Parse, body: str) -> None:
    a = parse("Piastri wins in Melbourne\n\n" + body, date="2025-03-16")
    assert [f.position for f in facts_of(a, "championship", "piastri")] != [6]
    if "lap 3" in body:
        assert facts_of(a, "championship", "max_verstappen") == []


# --- a gap to the winner, the winner not named --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "gap"),
    [
        ("Lando Norris came in second some 2.1 seconds behind.", 2100),
        ("Lando Norris finished second, 2.1 seconds behind the winner.", 2100),
        ("Lando Norris werd tweede op 2,1 seconden.", 2100),
    ],
)
def test_a_finishing_place_with_its_gap_is_a_gap_to_the_winner(parse: Parse, body: str, gap: int) -> None:
    a = parse("Piastri wins in Hungary\n\nOscar Piastri won the race. " + body, date="2024-07-21")
    gaps = [(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "time_gap")]
    assert gaps == [("norris", ("piastri",), gap, "behind")]


@pytest.mark.parametrize(
    "body",
    [
        "Oscar Piastri won the race. Lando Norris finished second, with Russell 2.1 seconds behind.",
        "Lando Norris finished second, 2.1 seconds behind.",  # no winner told: behind whom is not known
        "Oscar Piastri won the race. Norris ran second in practice, 2.1 seconds behind.",
    ],
)
def test_no_gap_to_the_winner_of_another_or_without_one(parse: Parse, body: str) -> None:
    a = parse("Race in Hungary\n\n" + body, date="2024-07-21")
    assert [f for f in facts_of(a, "time_gap") if f.driver == "norris"] == []


# --- not a retirement, not qualifying, not a finish -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "retired"),
    [
        ("Norris' gamble on slicks in the final laps of the race ended in disaster.", False),
        ("Norris's race ended on lap 5 with a puncture.", True),
    ],
)
def test_a_thing_of_the_race_ended_is_no_retirement(parse: Parse, body: str, retired: bool) -> None:
    a = parse(RACE_EN + body, date="2024-10-20")
    assert bool(facts_of(a, "retirement", "norris")) is retired


def test_a_timesheet_line_after_a_practice_sentence_is_practice(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "Verstappen reed in de tweede vrije training met een nieuwe motor. Hij klokte een zesde"
        " tijd.",
        date="2024-07-19",
    )
    assert facts_of(a, "qualifying", "max_verstappen") == []


def test_a_timesheet_line_after_a_qualifying_sentence_still_counts(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "Verstappen kwam in de kwalificatie goed uit de startblokken. Hij klokte een zesde tijd.",
        date="2024-07-20",
    )
    assert [f.position for f in facts_of(a, "qualifying", "max_verstappen")] == [6]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Russell lag tot tien ronden voor het einde op een tweede plek, maar kreeg pech.", "running"),
        ("Russell werd tweede.", "final"),
    ],
)
def test_a_place_held_until_some_laps_from_the_end_is_running(parse: Parse, body: str, status: str) -> None:
    a = parse(RACE_NL + body, date="2024-07-21")
    assert [f.status for f in facts_of(a, "finish", "russell") if f.position == 2] == [status]


# --- a Grand Prix won, in a sentence about the standings ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Norris's lead in the championship is cut to 17 points after Oscar Piastri won the Dutch Grand Prix.",
        "Oscar Piastri won the Dutch Grand Prix to take the lead in the championship.",
        "Piastri vergroot zijn voorsprong in het kampioenschap: hij won de Grand Prix van Nederland.",
    ],
)
def test_a_grand_prix_won_beside_the_standings_is_a_win(parse: Parse, body: str) -> None:
    a = parse("Standings after Zandvoort\n\n" + body, date="2025-08-31")
    assert [f.position for f in facts_of(a, "finish", "piastri")] == [1]


@pytest.mark.parametrize(
    "body", ["Piastri won the championship in 2025.", "Piastri won de titel in het kampioenschap van 2025."]
)
def test_a_title_won_is_no_race_win(parse: Parse, body: str) -> None:
    a = parse("Season review\n\n" + body, date="2025-12-10")
    assert facts_of(a, "finish", "piastri") == []
