"""Phrase families found in the sets of the second session of 6 December, each with examples both ways in
our own words: winning margins told to no one named, a gap "later" or "after" another, a lead at the flag; the
line crossed, the top three rounded out, the one promoted to a place, "op plek N" after a start or an end, a
start with its modal, "nummers twee en drie", places with the driver in brackets, "top N:" lines; a running
order after "with", the start told by the order from pole, emerging after a stop, suppositions ("dan had",
"in dat geval"), years before counted; pole as a Dutch noun, celebrated or given up; a driver and his team as
one subject, "Toen" opening a sentence, a driver's country after "for"; points totals in brackets or before
the name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.extract.test_blind_families_14 import final

Parse = Callable[..., ParsedArticle]

NEWS_EN = "Formula 1 news\n\n"


def gaps(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], int | None, str | None]]:
    return {
        (f.driver, f.others, f.amount, f.detail)
        for f in a.facts
        if f.kind == "time_gap" and f.status == "final" and f.session in ("race", "sprint")
    }


# --- a winning margin told to no one named ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, ms",
    [
        (
            "Norris won the race ahead of Piastri, who was second. Norris pulled away to win by 2.1 seconds.",
            2100,
        ),
        ("Piastri finished second. Norris held on, taking his third career victory by just 0.4s.", 400),
        (
            "Norris won from pole. Piastri came home second. Norris never looked back, to take the"
            " chequered flag by a huge 15.2 seconds.",
            15200,
        ),
        ("Piastri werd tweede. Norris won de race met 3,2 seconden voorsprong.", 3200),
        ("Piastri werd tweede. Norris won de race met een voorsprong van 3,2 seconden.", 3200),
    ],
)
def test_a_winning_margin_is_a_gap_to_the_second(parse: Parse, body: str, ms: int) -> None:
    a = parse(NEWS_EN + body)
    assert ("norris", ("piastri",), ms, "ahead") in gaps(a)


@pytest.mark.parametrize(
    "body",
    [
        "Norris cruised to victory over Piastri by 1.9s, with Leclerc third.",
        "Norris won by 1.9 seconds from Piastri.",
    ],
)
def test_a_winning_margin_over_one_named_is_his(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert ("norris", ("piastri",), 1900, "ahead") in gaps(a)


@pytest.mark.parametrize(
    "body",
    [
        # a rough margin is no figure to answer with
        "Piastri finished second. Norris won by over 14s.",
        # an aim, not a margin
        "Piastri finished second. Norris hopes to win by ten seconds next time.",
        # the one said to win by it is not the one the article has win
        "Piastri won the race and Leclerc was second. Norris once won by 3.3 seconds in the rain.",
    ],
)
def test_no_winning_margin_without_the_winner_and_his_second(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert not any(g[0] == "norris" for g in gaps(a)), gaps(a)


def test_a_winning_margin_without_a_second_is_to_no_one(parse: Parse) -> None:
    # no second told: the margin is the winner's, to no one named (it answers only his winning margin)
    a = parse(NEWS_EN + "Norris pulled away to win by 2.1 seconds.")
    margins = [(f.driver, f.others, f.amount) for f in a.facts if f.kind == "time_gap"]
    assert margins == [("norris", (), 2100)]


# --- crossing the line later, finishing after --------------------------------------------------------------


@pytest.mark.parametrize(
    "body, ms",
    [
        ("Sainz won the race. Teammate Leclerc crossed the line 6.5 seconds later.", 6500),
        ("Sainz won de race. Leclerc kwam 6,5 seconden later over de streep.", 6500),
        ("Sainz won, with Leclerc third. Leclerc finished 9.3 seconds after Sainz.", 9300),
        ("Sainz won. Leclerc finishte 9,3 seconden na Sainz.", 9300),
    ],
)
def test_one_who_crossed_the_line_later_is_behind_the_winner(parse: Parse, body: str, ms: int) -> None:
    a = parse(NEWS_EN + body)
    assert ("leclerc", ("sainz",), ms, "behind") in gaps(a)


@pytest.mark.parametrize(
    "body",
    [
        # a lap crossed at a moment of the race, a stop after another's: no gap at the finish
        "Sainz won the race. On lap 20 Leclerc crossed the line 6.5 seconds later.",
        "Sainz won the race. Leclerc pitted 3.5 seconds after Sainz.",
        # no winner told: later than whom is not known
        "Leclerc crossed the line 6.5 seconds later.",
    ],
)
def test_no_gap_at_the_finish_from_a_moment_or_without_a_winner(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert not any(g[0] == "leclerc" for g in gaps(a)), gaps(a)


@pytest.mark.parametrize(
    "body, found",
    [
        ("Sainz crossed the chequered flag with a lead of 4.2s over Leclerc.", True),
        ("Sainz built a lead of 4.2s over Leclerc on lap 10.", False),
    ],
)
def test_a_lead_over_one_at_the_flag_is_a_gap(parse: Parse, body: str, found: bool) -> None:
    a = parse(NEWS_EN + body)
    assert (("sainz", ("leclerc",), 4200, "ahead") in gaps(a)) is found


# --- the line crossed, the top three rounded out ------------------------------------------------------------


@pytest.mark.parametrize(
    "body, kind, place",
    [
        (
            "McLaren took a one-two in the 2024 championship race after Norris crossed the finish"
            " line first.",
            "finish",
            1,
        ),
        ("Norris leads the championship after crossing the line in second.", "finish", 2),
        # where one stands, with no line crossed, stays a standing
        ("Norris is second in the championship.", "championship", 2),
    ],
)
def test_a_place_with_the_line_crossed_is_the_races(parse: Parse, body: str, kind: str, place: int) -> None:
    a = parse(NEWS_EN + body)
    assert place in final(a, kind).get("norris", set())


@pytest.mark.parametrize(
    "body, place",
    [
        ("Piastri won. Rounding out the top three was McLaren's Lando Norris.", 3),
        ("Piastri won. Completing the top three was Lando Norris.", 3),
        ("Piastri won. Norris rounded out the top 3.", 3),
        ("Piastri won. Norris rounded out the top ten.", 10),
    ],
)
def test_rounding_out_the_top_three_is_third(parse: Parse, body: str, place: int) -> None:
    a = parse(NEWS_EN + body)
    assert final(a, "finish").get("norris") == {place}


def test_hoping_to_round_out_the_top_three_is_no_place(parse: Parse) -> None:
    a = parse(NEWS_EN + "Piastri won. Norris hoped to round out the top three.")
    assert "norris" not in final(a, "finish")


# --- the one a retirement or a penalty moved ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Russell won. Hamilton retired, which promoted Ferrari's Carlos Sainz Jr to second.", "sainz", 2),
        ("Russell won. Hamilton's retirement promoted Sainz to second.", "sainz", 2),
        ("Russell won. A penalty for Hamilton bumped Alonso up to fifth.", "alonso", 5),
        # the subject moved himself: his own place
        ("Russell won. Hamilton was promoted to second.", "hamilton", 2),
    ],
)
def test_the_one_moved_to_a_place_holds_it(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(NEWS_EN + body)
    placed = final(a, "finish")
    assert placed.get(driver) == {place}, placed
    assert place not in {p for d, ps in placed.items() if d != driver for p in ps}, placed


# --- a running order goes on after "with" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Sainz ran third, ahead of Norris and Gasly, with Hamilton in sixth.",
        "Sainz lag derde, voor Norris, met Hamilton op de zesde plaats.",
    ],
)
def test_a_place_after_with_in_a_running_order_is_no_result(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert "hamilton" not in final(a, "finish")
    assert "sainz" not in final(a, "finish")


@pytest.mark.parametrize(
    "body",
    [
        "Sainz finished third, ahead of Norris, with Hamilton in sixth.",
        # the end told before the "with": its places are the result
        "Leclerc took over the lead and went on to win, with Hamilton in sixth.",
    ],
)
def test_a_place_after_with_in_a_result_stays(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert final(a, "finish").get("hamilton") == {6}


# --- words that look like places or retirements -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Albon werd ziek en werd last minute vervangen door Nyck de Vries.",
        "Nyck de Vries got a last-minute call to replace Albon.",
        # a web page's call to its readers, after a sentence about him
        "Nyck de Vries impressed on his debut.\n\nBe the first to comment",
    ],
)
def test_last_minute_and_first_to_comment_are_no_places(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert "de_vries" not in final(a, "finish")


@pytest.mark.parametrize(
    "body, last",
    [
        ("De Vries werd laatste.", True),
        ("De Vries finished last after a last-minute switch to softs.", True),
    ],
)
def test_last_as_a_place_stays(parse: Parse, body: str, last: bool) -> None:
    a = parse(NEWS_EN + body)
    assert bool(final(a, "finish").get("de_vries")) is last


@pytest.mark.parametrize(
    "body, retired",
    [
        ("Bottas kreeg een gridstraf. Daardoor valt de strafmaat volgens de stewards nu hoger uit.", False),
        ("De straf voor Bottas viel zwaarder uit dan verwacht.", False),
        ("Bottas viel in de tiende ronde met een kapotte motor uit.", True),
    ],
)
def test_turned_out_higher_is_no_retirement(parse: Parse, body: str, retired: bool) -> None:
    a = parse(NEWS_EN + body)
    assert any(f.kind == "retirement" and f.driver == "bottas" for f in a.facts) is retired


# --- then, at that race; what would have been ---------------------------------------------------------------


def test_then_opening_a_sentence_is_the_race_just_named(parse: Parse) -> None:
    a = parse(
        date="2019-08-03",
        body="Verstappen op pole in Hongarije\n\nVerstappen gaat zondag van poleposition van"
        " start in de Grand Prix van Hongarije. Vorige week won hij op Hockenheim. Toen startte hij van plek"
        " twee.",
    )
    starts = {(f.grand_prix, f.position) for f in a.facts if f.kind == "grid" and f.status == "final"}
    assert ("germany", 2) in starts and ("hungary", 2) not in starts


def test_then_as_when_keeps_the_race(parse: Parse) -> None:
    a = parse(
        date="2019-08-05",
        body="Verstappen wint in Hongarije\n\nVerstappen won de Grand Prix van Hongarije."
        " Toen hij de finish passeerde, juichte het hele team.",
    )
    assert {f.grand_prix for f in a.facts if f.kind == "finish" and f.driver == "max_verstappen"} == {
        "hungary"
    }


@pytest.mark.parametrize(
    "body",
    [
        "Als Ferrari de versnellingsbak had moeten vervangen, dan had Leclerc voor straf vijf plaatsen naar"
        " achteren gemoeten.",
        "Dan had Leclerc een gridstraf gekregen.",
    ],
)
def test_a_penalty_that_would_have_been_is_none(parse: Parse, body: str) -> None:
    a = parse(NEWS_EN + body)
    assert not any(f.kind == "penalty" for f in a.facts)


def test_a_penalty_given_stays(parse: Parse) -> None:
    a = parse(NEWS_EN + "Leclerc kreeg een gridstraf van vijf plaatsen.")
    assert any(f.kind == "penalty" and f.driver == "leclerc" for f in a.facts)


@pytest.mark.parametrize(
    "body, pole",
    [
        ("In dat geval was Verstappen van poleposition gestart.", False),
        ("In that case Verstappen would have started from pole.", False),
        ("Verstappen startte van poleposition.", True),
    ],
)
def test_in_that_case_is_no_start(parse: Parse, body: str, pole: bool) -> None:
    a = parse(NEWS_EN + body)
    assert (final(a, "grid").get("max_verstappen") == {1}) is pole


# --- pole: the Dutch noun, a pole celebrated, a pole given up -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "De pole van Verstappen is verrassend, want Hamilton was de hele week sneller.",
        "De pole was voor Verstappen.",
    ],
)
def test_de_pole_is_pole_position_not_the_pole(parse: Parse, body: str) -> None:
    a = parse("Kwalificatie in Abu Dhabi\n\n" + body, date="2021-12-11")
    assert set(final(a, "grid")) == {"max_verstappen"}


def test_the_pole_is_still_the_polish_driver(parse: Parse) -> None:
    a = parse("Race report\n\nThe Pole finished last in Melbourne.", date="2019-03-17")
    assert "kubica" in final(a, "finish")


@pytest.mark.parametrize(
    "body, place",
    [
        # celebrated, the verb last in a relative clause
        ('"Een mooie dag", zei Verstappen, die zijn poleposition ook even met zijn monteurs vierde.', None),
        ("Verstappen pakte zijn pole, Hamilton werd vierde.", 4),
        ("Hamilton, die zijn tweede run verknalde, werd vierde.", 4),
    ],
)
def test_vierde_celebrated_after_a_relative_clause_is_no_place(
    parse: Parse, body: str, place: int | None
) -> None:
    a = parse("Kwalificatie in Abu Dhabi\n\n" + body, date="2021-12-11")
    assert final(a, "qualifying").get("hamilton" if place else "max_verstappen", set()) == (
        {place} if place else set()
    )


@pytest.mark.parametrize(
    "body",
    [
        "Bottas won de sprint maar moet de pole morgen door een gridstraf afstaan aan Verstappen.",
        "Bottas must hand pole to Verstappen because of a grid penalty.",
    ],
)
def test_a_pole_given_up_is_not_his_and_the_penalty_is(parse: Parse, body: str) -> None:
    a = parse("Sprint in Monza\n\n" + body, date="2021-09-11")
    assert final(a, "grid").get("bottas") is None
    assert {f.driver for f in a.facts if f.kind == "penalty"} == {"bottas"}


def test_a_penalty_handed_to_one_is_his(parse: Parse) -> None:
    a = parse("Sprint in Monza\n\nThe stewards handed Verstappen a grid penalty.", date="2021-09-11")
    assert {f.driver for f in a.facts if f.kind == "penalty"} == {"max_verstappen"}


# --- a place after a reference, a start with its modal ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen, die achter Hamilton de derde tijd neerzette, was tevreden.",
        "Verstappen, die achter beide Mercedes-coureurs de derde tijd neerzette, was tevreden.",
        "Verstappen zette achter Hamilton de derde tijd neer.",
    ],
)
def test_a_place_after_achter_x_is_the_subjects(parse: Parse, body: str) -> None:
    a = parse("Kwalificatie in Turkije\n\n" + body, date="2021-10-09")
    assert final(a, "qualifying") == {"max_verstappen": {3}}


@pytest.mark.parametrize(
    "body, starts",
    [
        ("Hoewel Bottas zondag vanaf P1 mag starten, vond hij het jammer voor Hamilton.", True),
        ("Bottas, die zondag voor de vijftiende keer vanaf P1 mag starten, was blij.", True),
        # the first start of the race, not a first place
        ("Bij de eerste start drong Bottas aan, maar hij bleef achter Hamilton.", False),
    ],
)
def test_a_start_with_a_modal_before_its_verb(parse: Parse, body: str, starts: bool) -> None:
    a = parse("Kwalificatie in Turkije\n\n" + body, date="2021-10-09")
    assert (final(a, "grid").get("bottas") == {1}) is starts


# --- a driver and his team as one subject -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hamilton had won the last race. This time Leclerc and Ferrari exploited an error by Verstappen to"
        " secure pole.",
        "Hamilton won de vorige race. Nu pakten Leclerc en Ferrari na een fout van Verstappen de pole.",
    ],
)
def test_a_driver_and_his_team_are_one_subject(parse: Parse, body: str) -> None:
    a = parse("Kwalificatie\n\n" + body, date="2022-05-07")
    assert set(final(a, "grid")) == {"leclerc"}


def test_and_a_teams_driver_is_another_clause(parse: Parse) -> None:
    a = parse("Race\n\nVerstappen won and Ferrari's Sainz was third.", date="2022-05-09")
    assert final(a, "finish") == {"max_verstappen": {1}, "sainz": {3}}


# --- points totals: in brackets after the names, before the names -------------------------------------------


def totals(a: ParsedArticle) -> dict[str, float | None]:
    return {f.driver: f.amount for f in a.facts if f.kind == "points" and f.status == "final"}


@pytest.mark.parametrize(
    "body, told",
    [
        (
            "Norris (279) is ahead of Ferrari's Charles Leclerc (245) and Piastri (237) in the standings.",
            {"norris": 279, "leclerc": 245, "piastri": 237},
        ),
        ("Het werd 249 punten voor Norris om 247 voor Piastri.", {"norris": 249, "piastri": 247}),
        ("It ended 249 points for Norris to 247 for Piastri.", {"norris": 249, "piastri": 247}),
    ],
)
def test_totals_told_in_brackets_or_before_the_name(parse: Parse, body: str, told: dict[str, float]) -> None:
    a = parse("Standings\n\n" + body, date="2024-09-23")
    assert totals(a) == told


@pytest.mark.parametrize(
    "body",
    [
        # car numbers, rising totals, one name: no standings
        "Hamilton (44) is ahead of Verstappen (33) on the grid.",
        "Norris (237) is behind Piastri (245) in the standings.",
        "Norris (279) leads the championship.",
        # a race's haul is no total
        "Er gingen 25 punten voor Norris en 18 voor Piastri.",
    ],
)
def test_no_totals_from_numbers_that_are_no_standings(parse: Parse, body: str) -> None:
    a = parse("Standings\n\n" + body, date="2024-09-23")
    assert totals(a) == {}


# --- "top N:" lines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, places",
    [
        ("De top drie: Norris, Piastri en Leclerc.", {"norris": {1}, "piastri": {2}, "leclerc": {3}}),
        (
            "The top five: Norris, Piastri, Leclerc, Sainz, Russell.",
            {"norris": {1}, "piastri": {2}, "leclerc": {3}, "sainz": {4}, "russell": {5}},
        ),
    ],
)
def test_a_top_n_line_gives_the_places_in_order(parse: Parse, body: str, places: dict[str, set[int]]) -> None:
    a = parse("Race report\n\n" + body, date="2024-09-01")
    assert final(a, "finish") == places


@pytest.mark.parametrize(
    "body",
    [
        # more names than the count, a count of standings, a stop's number: no top N of the race
        "Top three: Norris, Piastri, Leclerc, Sainz.",
        "The top three in the standings: Norris, Piastri, Leclerc.",
        "Pit stop three: Norris, Piastri, Leclerc.",
    ],
)
def test_no_top_n_line_without_its_count_of_names(parse: Parse, body: str) -> None:
    a = parse("Race report\n\n" + body, date="2024-09-01")
    assert final(a, "finish") == {}


# --- a lead about the moments before the race ---------------------------------------------------------------


@pytest.mark.parametrize(
    "lead, kind",
    [
        # the grid on race day, before its start: a race report
        (
            "Nog voor de start van de race spinde Norris van de baan, maar hij kreeg zijn auto nog op de"
            " startgrid. Norris werd uiteindelijk tweede, achter Piastri.",
            "finish",
        ),
        # the grid the qualifying set: a qualifying report, its places the start's
        ("Norris staat zondag als tweede op de startgrid, achter Piastri.", "grid"),
    ],
)
def test_a_lead_before_the_start_of_the_race_is_no_qualifying_report(
    parse: Parse, lead: str, kind: str
) -> None:
    a = parse("Grand Prix van Hongarije\n\n" + lead, date="2024-07-21")
    assert {f.kind for f in a.facts if f.driver == "norris" and f.position == 2} == {kind}


# --- "op plek N" after a start or an end ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, kind, place",
    [
        ("Alonso start bij zijn rentree zondag op plek 9.", "grid", 9),
        ("Daarin strandden ze, met Alonso op plek dertien en Stroll als veertiende.", "qualifying", 13),
    ],
)
def test_op_plek_n_after_a_start_or_an_end(parse: Parse, body: str, kind: str, place: int) -> None:
    a = parse("Kwalificatie in Bahrein\n\n" + body, date="2024-03-01")
    assert final(a, kind).get("alonso") == {place}


@pytest.mark.parametrize(
    "body",
    [
        # rejoined, beside another, where he stands, two places for two names
        "Na zijn stop kwam Alonso terug op plek 5.",
        "Stroll pakte pole, met Alonso naast hem op plaats 2.",
        "Alonso zegt: ik sta nog altijd op plek drie.",
        "Stroll en Alonso starten in hun Aston Martins op plaats twee en drie.",
    ],
)
def test_op_plek_n_held_or_paired_is_no_place_of_his(parse: Parse, body: str) -> None:
    a = parse("Kwalificatie in Bahrein\n\n" + body, date="2024-03-01")
    assert not any(f.driver == "alonso" and f.position in (2, 3, 5) for f in a.facts if f.status == "final")


# --- rejoined after a stop; the podium completed, the verb before the noun ----------------------------


@pytest.mark.parametrize(
    "body, final_place",
    [
        ("Na een snelle pitstop dook Pérez met zijn Red Bull op de derde plek weer op.", False),
        ("Pérez dook na zijn stop weer op als derde, maar zakte later terug.", False),
        ("Pérez eindigde als derde.", True),
    ],
)
def test_emerging_after_a_stop_is_no_result(parse: Parse, body: str, final_place: bool) -> None:
    a = parse("Race in Mexico\n\n" + body, date="2022-10-30")
    assert (final(a, "finish").get("perez") == {3}) is final_place


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen won. Achter dit duo werd het podium compleet gemaakt door niemand minder dan Russell.",
        "Verstappen won. Het podium werd compleet gemaakt door Russell.",
    ],
)
def test_the_podium_completed_by_one_is_third(parse: Parse, body: str) -> None:
    a = parse("Race in Bakoe\n\n" + body, date="2022-06-12")
    assert final(a, "finish").get("russell") == {3}


def test_a_podium_to_be_completed_is_no_place(parse: Parse) -> None:
    a = parse(
        "Race in Bakoe\n\nVerstappen won. Het podium wordt later compleet gemaakt door Russell.",
        date="2022-06-12",
    )
    assert "russell" not in final(a, "finish")


@pytest.mark.parametrize(
    "body, status",
    [
        # the order away from the line, then a place held: at the start
        (
            "From pole position Russell led Norris and Piastri. Leclerc held fourth, ahead of Sainz.",
            "running",
        ),
        ("Russell won. Leclerc held fourth to the flag.", "final"),
    ],
)
def test_a_place_held_after_the_order_from_pole_is_at_the_start(parse: Parse, body: str, status: str) -> None:
    a = parse("How the race unfolded\n\n" + body, date="2024-07-28")
    assert {f.status for f in a.facts if f.driver == "leclerc" and f.position == 4} == {status}


# --- years before, counted; numbers two and three named after -----------------------------------------------


@pytest.mark.parametrize(
    "body, other",
    [
        ("Norris werd derde. De afgelopen twee jaar werd Norris steeds tweede in Japan.", True),
        ("Norris won de afgelopen twee jaar in Bahrein.", True),
        ("Norris werd tweede.", False),
    ],
)
def test_the_years_before_counted_are_another_season(parse: Parse, body: str, other: bool) -> None:
    a = parse("Race in Japan\n\n" + body, date="2024-04-07")
    second = [f for f in a.facts if f.driver == "norris" and f.position in (1, 2)]
    assert second and all((f.status == "history") is other for f in second)


@pytest.mark.parametrize(
    "body",
    [
        "Piastri won. Ook nummers twee en drie Norris en Leclerc bedankten het publiek.",
        "Piastri won. De nummers twee en drie, Norris en Leclerc, waren tevreden.",
    ],
)
def test_numbers_two_and_three_named_after(parse: Parse, body: str) -> None:
    a = parse("Race in Monza\n\n" + body, date="2024-09-01")
    assert final(a, "finish") == {"piastri": {1}, "norris": {2}, "leclerc": {3}}


# --- a country after "for" beside its driver; places with their names in brackets; a win out of reach


def test_a_wait_for_a_drivers_country_is_no_race(parse: Parse) -> None:
    a = parse(
        "Pérez wins in Sakhir\n\nSergio Pérez waited 190 races to stand on the top step and end a long wait"
        " for Mexico.",
        date="2020-12-06",
    )
    assert {f.grand_prix for f in a.facts if f.kind == "finish" and f.driver == "perez"} == {"sakhir"}


@pytest.mark.parametrize(
    "body, places",
    [
        (
            "Hamilton won. Voor beiden was de overwinning daarna kansloos; ze werden respectievelijk vijfde"
            " (Vettel) en zevende (Bottas).",
            {"hamilton": {1}, "vettel": {5}, "bottas": {7}},
        ),
        ("Hamilton won. Verstappen (Red Bull) werd tweede.", {"hamilton": {1}, "max_verstappen": {2}}),
    ],
)
def test_places_with_the_driver_in_brackets_and_a_win_out_of_reach(
    parse: Parse, body: str, places: dict[str, set[int]]
) -> None:
    a = parse("Race in Frankrijk\n\n" + body, date="2018-06-24")
    assert final(a, "finish") == places
