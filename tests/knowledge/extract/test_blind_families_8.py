"""Families found in the blind sets of the session of 5 December (afternoon), with examples both ways in our
own words: a title with its own name after a relative pronoun, a pole won from another in a headline, what a
penalty becomes is not its reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import poles

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the title names the driver right after it, not the one the relative pronoun points back at
        (
            "GP van Hongarije. Dat zei Verstappen, die polesitter Lewis Hamilton zag worstelen met zijn"
            " banden.",
            {"hamilton"},
        ),
        (
            "Hungarian GP. So said Verstappen, who saw pole-sitter Lewis Hamilton struggle with his tyres.",
            {"hamilton"},
        ),
        # without a title, the relative clause's pole is the one it points back at
        ("GP van Hongarije. Dicht bij de tijd van Bottas, die goed was voor pole.", {"bottas"}),
    ],
)
def test_a_title_after_a_relative_pronoun(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2019-08-04")) == expected


@pytest.mark.parametrize(
    "headline, kind",
    [
        # a pole won from another in the headline: the report is of qualifying
        ("Bottas pips Hamilton to pole for the Spanish GP", "qualifying"),
        ("Leclerc klopt Sainz voor pole in Spanje", "qualifying"),
        # a race won from another is the race's
        ("Bottas beats Hamilton to victory in the Spanish GP", "finish"),
    ],
)
def test_a_pole_won_from_another_in_the_headline(parse: Parse, headline: str, kind: str) -> None:
    a = parse(f"{headline}\n\nNorris was third, ahead of Sainz.", date="2019-05-11")
    assert {(f.driver, f.kind) for f in a.facts if f.position == 3} == {("norris", kind)}


@pytest.mark.parametrize(
    "text, reason",
    [
        # what the penalty becomes after the race is no reason; what the stewards found is
        (
            "GP van de VS. De stewards oordeelden dat Alonso met een losse spiegel reed en besloten hem een"
            " drive-through te geven, die na de race wordt omgezet in een tijdstraf van dertig seconden.",
            "oordeelden dat Alonso met een losse spiegel reed",
        ),
        (
            "US GP. The stewards found that Alonso drove with a loose mirror and decided to give him a"
            " drive-through, which after the race is converted into a 30-second time penalty.",
            "found that Alonso drove with a loose mirror",
        ),
    ],
)
def test_what_a_penalty_becomes_is_no_reason(parse: Parse, text: str, reason: str) -> None:
    a = parse(text, date="2022-10-24")
    assert {f.reason for f in facts_of(a, "penalty")} == {reason}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Dutch adjective of his nationality with a noun for a driver, or a title of the standings
        (
            "Verstappen en Hamilton botsten in Monza. De Nederlandse WK-leider kreeg voor de GP van Rusland"
            " een gridstraf van drie plaatsen.",
            {("max_verstappen", 3)},
        ),
        (
            "Verstappen en Hamilton botsten in Monza. De Nederlandse coureur kreeg voor de GP van Rusland"
            " een gridstraf van drie plaatsen.",
            {("max_verstappen", 3)},
        ),
        (
            "Verstappen and Hamilton collided at Monza. The Dutch championship leader got a three-place"
            " grid penalty for the Russian GP.",
            {("max_verstappen", 3)},
        ),
        # the adjective before a noun for something else names no driver
        (
            "Verstappen en Hamilton botsten in Monza. De Nederlandse fans kregen voor de GP van Rusland"
            " een gridstraf van drie plaatsen te verwerken.",
            set(),
        ),
    ],
)
def test_a_driver_by_his_nationality_adjective(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    a = parse(text, date="2021-09-12")
    assert {(f.driver, f.amount) for f in facts_of(a, "penalty")} == expected


def finishes(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, "finish") if f.status in ("final", "provisional")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place on the road corrected by who ended up ahead: no place of his is told any more
        (
            "Austrian GP. Sainz crossed the line second but ended up behind Norris and Piastri after a"
            " five-second penalty.",
            set(),
        ),
        # corrected with a number: the new place
        (
            "Austrian GP. Sainz crossed the line second but dropped to fourth after a five-second penalty.",
            {("sainz", 4)},
        ),
        # the podium made complete by "nummer drie X": his third place
        ("GP van Bahrein. Het podium werd compleet gemaakt door nummer drie Lando Norris.", {("norris", 3)}),
        # ... but "nummer drie X" elsewhere is where he ran then
        ("GP van Bahrein. Piastri werd opgejaagd door nummer drie Lando Norris.", set()),
        # the pair a winner kept behind, in order
        (
            "GP van Bahrein. Piastri won de race door Lando Norris en George Russell voor te blijven.",
            {("piastri", 1), ("norris", 2), ("russell", 3)},
        ),
        # one driver kept behind is not told as second
        ("GP van Bahrein. Piastri won de race door Lando Norris voor te blijven.", {("piastri", 1)}),
    ],
)
def test_places_after_a_correction_and_on_the_podium(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finishes(parse(text, date="2024-07-01")) == expected


def test_on_the_podium_together_with(parse: Parse) -> None:
    a = parse("GP van Canada. Norris en Piastri mochten samen met Russell het podium op.", date="2024-06-10")
    assert {f.driver for f in facts_of(a, "podium")} == {"norris", "piastri", "russell"}


@pytest.mark.parametrize(
    "line, expected",
    [
        # a numbered list on one line is one list, its rows in order
        ("1. Norris 2. Piastri 3. Russell", {("norris", 1), ("piastri", 2), ("russell", 3)}),
        (
            "1. Lando Norris (McLaren) 2. Oscar Piastri (McLaren) 3. George Russell (Mercedes)",
            {("norris", 1), ("piastri", 2), ("russell", 3)},
        ),
    ],
)
def test_a_numbered_list_on_one_line(parse: Parse, line: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(f"GP van Canada.\n\nUitslag\n\n{line}", date="2024-06-10")) >= expected


def test_a_number_that_ends_a_sentence_is_no_row(parse: Parse) -> None:
    # "vanaf plek 2." after a sentence with "1." in it ends the sentence: the next one is its own
    a = parse(
        "GP van Hongarije. Hij won in ronde 1. Norris startte in Duitsland vanaf plek 2. Hij werd daarna"
        " vierde.",
        date="2024-07-21",
    )
    assert len(a.sentences) == 4


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # the age before a demonym tells which of the Britons: Norris was 21 in September 2021
        ("GP van Rusland. Pole voor de 21-jarige Brit, op een natte baan.", "2021-09-25", {"norris"}),
        # ... and Hamilton 36
        ("GP van Rusland. Pole voor de 36-jarige Brit, op een natte baan.", "2021-09-25", {"hamilton"}),
    ],
)
def test_a_demonym_with_an_age(parse: Parse, text: str, date: str, expected: set[str]) -> None:
    assert poles(parse(text, date=date)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # without a chance of the win is no win
        ("GP van Hongarije. Ook daar werd Norris door een fout van een ander kansloos voor de zege.", set()),
        # where he ran most of the race is no finish
        ("GP van Hongarije. Norris lag het grootste deel van de race op de tweede plaats.", set()),
        ("Hungarian GP. Norris ran in second for most of the race.", set()),
    ],
)
def test_no_place_of_the_finish(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2024-07-21")) == expected


def test_the_one_a_relative_die_is_about_retired(parse: Parse) -> None:
    a = parse(
        "GP van Japan. Piastri raakte Norris, die daardoor schade opliep en uiteindelijk uitviel.",
        date="2024-04-07",
    )
    assert {f.driver for f in facts_of(a, "retirement")} == {"norris"}


def test_a_time_penalty_with_the_joining_s(parse: Parse) -> None:
    a = parse("GP van Japan. Piastri werd bestraft met een 5 seconden tijdsstraf.", date="2024-04-07")
    assert {(f.driver, f.penalty, f.amount) for f in facts_of(a, "penalty")} == {("piastri", "time", 5)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead of before is no gap now; the gap that "stands to" a number is
        ("Spanish GP. Leclerc held a 40-point lead over Norris once.", []),
        # "once again" is now
        ("Spanish GP. Leclerc once again leads Norris by 19 points.", [("leclerc", 19)]),
        ("Spanish GP. Norris is second. His gap to Leclerc now stands to just 19 points.", [("norris", 19)]),
    ],
)
def test_a_gap_of_before_and_now(parse: Parse, text: str, expected: list[tuple[str, int]]) -> None:
    a = parse(text, date="2024-06-23")
    assert [(f.driver, f.amount) for f in facts_of(a, "points_gap")] == expected


def test_the_races_adjective_with_the_series_between_is_no_demonym(parse: Parse) -> None:
    # "the Mexican Formula 1 Grand Prix" names the race, not Pérez; "the Red Bull racer" after it is the
    # Red Bull driver the lead named
    a = parse(
        "A bold move decided the result of the Mexican Formula 1 Grand Prix in favour of Max Verstappen.\n\n"
        "The Red Bull racer had qualified third.",
        date="2021-11-08",
    )
    assert {(f.driver, f.kind, f.position) for f in a.facts if f.position == 3} == {
        ("max_verstappen", "qualifying", 3)
    }


def test_a_lead_that_tells_the_race_result_makes_a_race_report(parse: Parse) -> None:
    # ... so a place told after it is the race's, though the lead speaks of qualifying too
    a = parse(
        "A bold move decided the result of the Mexican Formula 1 Grand Prix in favour of Max Verstappen.\n\n"
        "Verstappen had qualified third behind Bottas and Hamilton. Hamilton hung onto second spot.",
        date="2021-11-08",
    )
    assert ("hamilton", "finish", 2) in {(f.driver, f.kind, f.position) for f in a.facts}


def test_what_a_penalty_meant_is_no_reason(parse: Parse) -> None:
    a = parse(
        "Austrian GP. Hamilton's time penalty meant Leclerc took second place for Ferrari.", date="2020-07-05"
    )
    assert [f.reason for f in facts_of(a, "penalty")] == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Dutch participle last after a start place
        ("GP van Italië. Norris was vanaf plek 7 gestart.", {("norris", 7)}),
        ("GP van Italië. Norris won, en dat nadat hij vanop plek zeven gestart was.", {("norris", 7)}),
        ("GP van Italië. Norris, die als zevende vertrokken was, werd vierde.", {("norris", 7)}),
        # a place with another participle after it is no start
        ("GP van Italië. Norris was als zevende geëindigd.", set()),
    ],
)
def test_a_start_place_with_the_participle_last(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    a = parse(text, date="2024-09-01")
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Dutch passive with its participle last: the one after "door" passed the subject
        (
            "GP van Oostenrijk. Norris werd in de twaalfde ronde door Piastri ingehaald.",
            {("piastri", "norris", "lap:12")},
        ),
        (
            "GP van Oostenrijk. Nadat Norris in ronde 12 door Piastri werd ingehaald, pitte hij.",
            {("piastri", "norris", "lap:12")},
        ),
        # nearly passed is not passed
        ("GP van Oostenrijk. Norris werd bijna door Piastri ingehaald.", set()),
    ],
)
def test_an_overtake_in_the_passive_with_the_participle_last(
    parse: Parse, text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    a = parse(text, date="2024-06-30")
    assert {(f.driver, f.others[0], f.detail) for f in facts_of(a, "overtake")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place he had until he retired is no finish
        ("Monaco GP. Norris recovered to fifth before retiring with a puncture.", set()),
        ("GP van Monaco. Norris klom naar de vijfde plaats voordat hij uitviel.", set()),
        # ... the place he finished in stays, whatever he did after
        ("Monaco GP. Norris finished fifth before he retired from the sport.", {("norris", 5)}),
        ("Monaco GP. Norris recovered to fifth.", {("norris", 5)}),
    ],
)
def test_a_place_before_retiring(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert {
        (f.driver, f.position)
        for f in facts_of(parse(text, date="2024-05-26"), "finish")
        if f.status == "final"
    } == expected
