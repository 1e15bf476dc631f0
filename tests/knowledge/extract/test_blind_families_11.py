"""Phrase families found in the blind sets of the session of 5 December (night), each with examples both
ways in our own words: the times and gaps of a qualifying classification (one line or a row to a line,
"1 - Name (Team): 1.14,411"), qualifying gaps told as "sneller was dan", "dan de snelste tijd van X", "toe te
moeten geven op", each gap beside its driver after "respectievelijk", "uiteindelijk" after a paragraph about
Q1 and Q2; a name after a title or a nationality is the object of "dan"/"ahead of"; a pole one was on course
for; a winner of the years before; a lead that tells the start from pole."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]

QUALI_NL = "Kwalificatie GP van Oostenrijk: Piastri pakt pole\n\n"
QUALI_EN = "Qualifying in Austria: Piastri takes pole\n\n"


def time_gaps(a: ParsedArticle) -> list[tuple[str, tuple[str, ...], int | None, str | None]]:
    return [
        (f.driver, f.others, f.amount, f.detail)
        for f in facts_of(a, "time_gap")
        if f.status == "final" and f.session == "qualifying"
    ]


def lap_times(a: ParsedArticle) -> list[tuple[str, int | None]]:
    return [(f.driver, f.amount) for f in facts_of(a, "lap_time") if f.status == "final"]


def test_a_qualifying_list_on_one_line_gives_times_and_gaps(parse: Parse) -> None:
    a = parse(
        QUALI_EN + "Provisional classification\n\n1. Oscar Piastri (McLaren) 1:04.314 2. Lando Norris"
        " (McLaren) +0.051s 3. George Russell (Mercedes) +0.210s 4. Max Verstappen (Red Bull) +0.342s",
        date="2024-06-29",
    )
    assert ("piastri", 64314) in lap_times(a)
    assert set(time_gaps(a)) >= {
        ("norris", ("piastri",), 51, "behind"),
        ("russell", ("piastri",), 210, "behind"),
        ("max_verstappen", ("piastri",), 342, "behind"),
    }


def test_a_qualifying_list_a_row_to_a_line_with_its_heading_on_the_first(parse: Parse) -> None:
    a = parse(
        QUALI_NL + "Norris was niet blij.\n\nTop vijf kwalificatie Oostenrijk 1 - Oscar Piastri (McLaren):"
        " 1.04,314\n\n2 - Lando Norris (McLaren): +0,051\n\n3 - George Russell (Mercedes): +0,210\n\n"
        "4 - Max Verstappen (Red Bull): +0,342",
        date="2024-06-29",
    )
    assert [f.position for f in facts_of(a, "qualifying", "piastri")] == [1]
    assert ("piastri", 64314) in lap_times(a)
    assert ("russell", ("piastri",), 210, "behind") in time_gaps(a)


def test_a_row_of_three_session_times_gives_no_lap_time(parse: Parse) -> None:
    a = parse(
        QUALI_EN + "Classification\n\n1. Oscar Piastri (McLaren) 1:05.120 1:04.701 1:04.314 2. Lando Norris"
        " (McLaren) 1:05.300 1:04.800 1:04.365 3. George Russell (Mercedes) 1:05.200 1:04.900 1:04.524",
        date="2024-06-29",
    )
    assert lap_times(a) == []


def test_a_race_list_gives_no_qualifying_times(parse: Parse) -> None:
    a = parse(
        "Piastri wins in Austria\n\nResult\n\n1. Oscar Piastri (McLaren) 1:24:01.421 2. Lando Norris"
        " (McLaren) +2.051s 3. George Russell (Mercedes) +5.210s",
        date="2024-06-30",
    )
    assert time_gaps(a) == [] and lap_times(a) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb between the comparison and "dan"
        (
            "Piastri, die 38 duizendsten van een seconde sneller was dan Lando Norris, was blij.",
            [("piastri", ("norris",), 38, "ahead")],
        ),
        # his time stands for him
        (
            "Norris was slechts 0,092 langzamer dan de snelste tijd van Piastri.",
            [("norris", ("piastri",), 92, "behind")],
        ),
        # time given away, with a modal verb
        (
            "Norris moest uiteindelijk op de streep 0.048 seconde toe te moeten geven op Piastri.",
            [("norris", ("piastri",), 48, "behind")],
        ),
        # each gap beside its driver after "respectievelijk"
        (
            "Piastri was respectievelijk 0,051 seconde sneller dan Norris en 0,210 seconde sneller dan"
            " Russell.",
            [("piastri", ("norris",), 51, "ahead"), ("piastri", ("russell",), 210, "ahead")],
        ),
        # a nationality before the name makes it the object of "dan"
        (
            "De Australiër Oscar Piastri is de snelste. Piastri was 0,266 seconde sneller dan de Brit Lando"
            " Norris.",
            [("piastri", ("norris",), 266, "ahead")],
        ),
        # a title of three words before the name
        (
            "Piastri was just 0.096 sec ahead of three-time world champion Verstappen.",
            [("piastri", ("max_verstappen",), 96, "ahead")],
        ),
        # practice in a relative clause after the gap is not the gap's
        (
            "Piastri was 0.051s faster than Norris, who had been quickest in practice.",
            [("piastri", ("norris",), 51, "ahead")],
        ),
    ],
)
def test_qualifying_gaps_told(
    parse: Parse, text: str, expected: list[tuple[str, tuple[str, ...], int, str]]
) -> None:
    body = QUALI_EN if "faster" in text or "ahead" in text else QUALI_NL
    assert time_gaps(parse(body + text, date="2024-06-29")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # which gap is whose is told by order only
        "Piastri was respectievelijk 0,051 en 0,210 seconde sneller dan Norris en Russell.",
        # practice before the gap
        "In de training was Piastri 0,051 seconde sneller dan Norris.",
        # a gap of last year, in a sentence of this year's qualifying
        "Op drie tienden van Piastri pakte Norris de tweede plek, zoals hij vorig jaar ook al deed.",
    ],
)
def test_no_qualifying_gap(parse: Parse, text: str) -> None:
    assert time_gaps(parse(QUALI_NL + text, date="2024-06-29")) == []


def test_the_end_of_the_session_after_a_paragraph_about_its_parts(parse: Parse) -> None:
    text = (
        "Piastri was in Q1 en Q2 al de snelste. In Q3 sloeg hij met zijn eerste run een gat. De anderen"
        " verbeterden nog, maar Piastri ook: hij was uiteindelijk 0,151 sneller dan Norris."
    )
    assert time_gaps(parse(QUALI_NL + text, date="2024-06-29")) == [("piastri", ("norris",), 151, "ahead")]
    # without "uiteindelijk" a gap after a paragraph about the parts is not the session's
    text = "Piastri was in Q1 en Q2 al de snelste. Hij was daar 0,151 sneller dan Norris."
    assert time_gaps(parse(QUALI_NL + text, date="2024-06-29")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norris lag tot de laatste bocht op koers voor pole, maar Piastri was sneller.",
        "Norris was on course for pole until the final corner.",
    ],
)
def test_a_pole_one_was_on_course_for_is_not_his(parse: Parse, text: str) -> None:
    a = parse(QUALI_EN + text if "course for" in text else QUALI_NL + text, date="2024-06-29")
    assert [f for f in facts_of(a, "grid", "norris") if f.position == 1 and f.status == "final"] == []


def test_a_pole_taken_is_his(parse: Parse) -> None:
    a = parse(QUALI_NL + "Norris pakte de pole, Piastri werd tweede.", date="2024-06-29")
    assert [f.position for f in facts_of(a, "grid", "norris") if f.status == "final"] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Voor Verstappen, de afgelopen twee jaar winnaar in Oostenrijk, is het de vierde pole.",
        "Voor Verstappen, de laatste drie jaar winnaar in Oostenrijk, was het een lastige dag.",
    ],
)
def test_a_winner_of_the_years_before(parse: Parse, text: str) -> None:
    a = parse(QUALI_NL + text, date="2024-06-29")
    assert [
        f for f in a.facts if f.position == 1 and f.kind in ("finish", "qualifying") and f.status == "final"
    ] == []


@pytest.mark.parametrize(
    "lead, report",
    [
        ("Piastri start zondag in Spielberg vanop de pole. Hij was 0,051 seconde sneller dan Norris.", True),
        ("Piastri will start from pole on Sunday. He was 0.051s faster than Norris.", True),
        # a race won from pole is a race report: a gap there is no qualifying gap
        (
            "Piastri won in Spielberg na een start vanaf pole. Hij was 0,051 seconde sneller dan Norris.",
            False,
        ),
    ],
)
def test_a_lead_that_tells_the_start_from_pole_reports_qualifying(
    parse: Parse, lead: str, report: bool
) -> None:
    a = parse(lead, date="2024-06-29")
    assert bool(time_gaps(a)) is report


def finals(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place lost to another, by a penalty: not the loser's
        ("GP van Japan. Door zijn tijdstraf verloor Norris zijn tweede positie aan Piastri.", set()),
        ("Japanese GP. Norris lost second place to Piastri because of his penalty.", set()),
        # a place kept
        ("GP van Japan. Norris werd tweede, ondanks zijn tijdstraf.", {("norris", 2)}),
        # a place seemed to be coming: it did not
        (
            "GP van Bahrein. Piastri vocht met Norris, die op weg leek naar de tweede plek, maar uitviel.",
            set(),
        ),
        # a win or a place challenged for, or fought over with another: neither's
        ("Azerbaijan GP. Norris seemed poised to challenge for the win, but his engine failed.", set()),
        ("Azerbaijan GP. Norris challenged Piastri for third place.", set()),
        ("Azerbaijan GP. Norris battled with Piastri for third place.", set()),
        ("Azerbaijan GP. Norris finished third after a fight with Piastri.", {("norris", 3)}),
    ],
)
def test_a_place_not_had(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(text, date="2024-09-22")) == expected


def test_a_relative_clause_goes_on_after_maar_with_its_verb_last(parse: Parse) -> None:
    a = parse(
        "GP van Bahrein. Piastri vocht met Norris, die lang tweede reed, maar in de slotfase uitviel.",
        date="2024-03-02",
    )
    assert [f.driver for f in facts_of(a, "retirement") if f.status == "final"] == ["norris"]
    # a main clause after ", maar" (its verb first) is the subject's again
    a = parse(
        "GP van Bahrein. Piastri won van Norris, die lang tweede reed, maar viel later uit.",
        date="2024-03-02",
    )
    assert [f.driver for f in facts_of(a, "retirement") if f.status == "final"] == ["piastri"]


def test_names_in_a_cause_before_the_place_are_not_placed(parse: Parse) -> None:
    a = parse(
        "GP van Bahrein. Russell stond door het wegvallen van Norris en later nog diens teamgenoot Oscar"
        " Piastri alsnog op het podium, als derde.",
        date="2024-03-02",
    )
    assert finals(a) == {("russell", 3)}


@pytest.mark.parametrize(
    "text, race",
    [
        # a driver's country before his noun is no race
        ("Azerbaijan GP. Norris won, but the Monaco driver's car failed and Leclerc retired.", "azerbaijan"),
        ("GP van Azerbeidzjan. Norris won, de Monaco-coureur Leclerc viel uit.", "azerbaijan"),
    ],
)
def test_a_country_before_a_driver_noun_is_no_race(parse: Parse, text: str, race: str) -> None:
    a = parse(text, date="2024-09-15")
    assert {f.grand_prix for f in a.facts} == {race}


def grids(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {
        (f.driver, f.position) for f in facts_of(a, "grid") if f.status == "final" and f.session == "race"
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # the present tense of the start
        ("Norris is blij. Lando Norris, die vandaag als derde start, is kalm.", {("norris", 3)}),
        (
            "Verstappen is boos. Verstappen, die er slechts als achtste begint, is boos.",
            {("max_verstappen", 8)},
        ),
        # a start of a career is no place
        ("Het was de derde start van zijn carrière voor Norris.", set()),
        # a place a grid penalty moves him to, told ahead
        (
            "Russell qualified fourth, but will be demoted to ninth position after a five-place grid"
            " penalty.",
            {("russell", 9)},
        ),
        ("Russell was demoted to ninth after a grid penalty.", {("russell", 9)}),
        # a pole not good enough for
        ("Norris set his best time, albeit one not quite good enough to beat his teammate to pole.", set()),
    ],
)
def test_starts_told(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    title = (
        "Qualifying in Spielberg\n\n" if " the " in text or "russell" in text.lower() else "Kwalificatie\n\n"
    )
    assert grids(parse(title + text, date="2026-06-27")) == expected


def test_the_reigning_champion_named_by_his_nationality(parse: Parse) -> None:
    text = (
        "Kwalificatie\n\nLeclerc werd tweede. De {} titelverdediger was de snelste, maar moest vanwege een"
        " gridstraf vanaf de elfde plek starten."
    )
    # (2021's champion: Verstappen, Dutch)
    assert grids(parse(text.format("Nederlandse"), date="2022-10-08")) == {("max_verstappen", 11)}
    # another nation's adjective names someone else
    assert ("max_verstappen", 11) not in grids(parse(text.format("Britse"), date="2022-10-08"))


def test_a_race_penalty_told_ahead_is_his_result(parse: Parse) -> None:
    a = parse(
        "Austrian GP. Russell will be demoted to ninth after the race because of a penalty.",
        date="2026-06-28",
    )
    assert grids(a) == set() and finals(a) == {("russell", 9)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a start from a place on the grid, told beside the championship
        (
            "Belgian GP\n\nNorris tightened his grip on the championship with a stunning victory from 14th on"
            " the grid.",
            {("norris", 14)},
        ),
    ],
)
def test_more_starts_told(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(text, date="2025-08-30")
    assert grids(a) == expected
    assert [f for f in facts_of(a, "championship") if f.status == "final"] == []


@pytest.mark.parametrize(
    "text, place",
    [
        # a place held with an adverb between: no start, no result
        ("GP van België. Norris reed nog op plek drie toen het begon te regenen.", 3),
        # "went first for the runs": the order of the runs
        ("Kwalificatie in Suzuka\n\nPiastri pakte pole. Norris went first for the second Q3 runs.", 1),
        # what tends to happen to the one on pole
        (
            "Kwalificatie\n\nNorris werd derde. Auto's die achter de coureur op pole starten kunnen vaak"
            " profiteren van de slipstream.",
            1,
        ),
    ],
)
def test_no_place_of_norris(parse: Parse, text: str, place: int) -> None:
    a = parse(text, date="2025-08-30")
    assert [f for f in a.facts if f.driver == "norris" and f.status == "final" and f.position == place] == []


def test_a_year_in_a_relative_clause_is_not_the_standings(parse: Parse) -> None:
    text = (
        "GP van Frankrijk. Norris won. De Brit, die ook vorig jaar de beste was in Frankrijk, heeft nu een"
        " voorsprong van 63 punten op Piastri."
    )
    a = parse(text, date="2025-06-22")
    assert [(f.driver, f.amount, f.season) for f in facts_of(a, "points_gap")] == [("norris", 63, 2025)]
    # the year of the whole sentence is still the year
    a = parse(
        "GP van Frankrijk. Vorig jaar had Norris een voorsprong van 63 punten op Piastri.", date="2025-06-22"
    )
    assert [(f.driver, f.amount, f.season) for f in facts_of(a, "points_gap")] == [("norris", 63, 2024)]


def test_this_weekend_is_the_articles_race_after_an_earlier_one(parse: Parse) -> None:
    text = (
        "GP van Italië: gridstraf voor Norris\n\nNorris ontvangt dit weekend een gridstraf.\n\nBij zijn"
        " vorige motorstraf in België won hij toch. Norris is dit weekend niet de enige die een gridstraf"
        " ontvangt. Piastri krijgt dit weekend ook een gridstraf."
    )
    a = parse(text, date="2025-09-05")
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "penalty")} == {
        ("norris", "italy"),
        ("piastri", "italy"),
    }
    # without "dit weekend" the paragraph's race goes on
    a = parse(
        "GP van Italië\n\nBij zijn motorstraf in België won Norris toch. Piastri kreeg er ook een gridstraf.",
        date="2025-09-05",
    )
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "penalty")} == {("piastri", "belgium")}


@pytest.mark.parametrize(
    "text, size",
    [
        (
            "GP van Italië. Norris wisselt zijn motor waardoor hij vijf plaatsen naar achter moet op de"
            " grid.",
            5,
        ),
        ("GP van Italië. Norris moet drie plaatsen naar achteren op de grid.", 3),
    ],
)
def test_places_back_on_the_grid(parse: Parse, text: str, size: int) -> None:
    a = parse(text, date="2025-09-05")
    assert [(f.penalty, f.amount) for f in facts_of(a, "penalty", "norris")] == [("grid", size)]


def test_retirements_in_table_cells_with_their_causes(parse: Parse) -> None:
    text = (
        "Austrian GP results\n\nPOS | DRIVER | TEAM | LAPS | TIME/RETIRE |\n1. | Oscar Piastri | McLaren | 71"
        " | |"
        "\n2. | Lando Norris | McLaren | 71 | 2.700 |\n3. | George Russell | Mercedes | 71 | 5.491 |\n"
        "R | Max Verstappen | Red Bull | Gearbox | |\nR | Charles Leclerc | Ferrari | Suspension | |\n"
        "DNF | Lewis Hamilton | Ferrari | | |"
    )
    a = parse(text, date="2025-06-29")
    assert {(f.driver, f.reason) for f in facts_of(a, "retirement") if f.status == "final"} == {
        ("max_verstappen", "gearbox"),
        ("leclerc", "suspension"),
        ("hamilton", None),
    }
    # a row that is no retirement ("R" as a round's number column is no status)
    a = parse("Calendar\n\nRound | R | Oscar Piastri | 3 wins | |", date="2025-06-29")
    assert facts_of(a, "retirement") == []


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Spanish GP. Norris forced out by engine issue while leading.", "engine"),
        ("Spanish GP. Norris was forced out of the race with a gearbox failure.", "gearbox"),
    ],
)
def test_forced_out(parse: Parse, text: str, reason: str) -> None:
    a = parse(text, date="2025-06-01")
    assert [(f.driver, f.reason) for f in facts_of(a, "retirement")] == [("norris", reason)]


def test_forced_out_wide_is_no_retirement(parse: Parse) -> None:
    assert (
        facts_of(parse("Spanish GP. Norris was forced out wide by Piastri.", date="2025-06-01"), "retirement")
        == []
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's bare participle with its reason
        ("Abu Dhabi GP. Norris penalised for unsafe release.", ("other", None, "unsafe release")),
        ("Abu Dhabi GP. Norris penalised for an unsafe release.", ("other", None, "an unsafe release")),
        # the offence named before the penalty word
        ("Belgian GP. Norris incurred a pit lane speeding penalty.", ("other", None, "pit lane speeding")),
        ("Belgian GP. Norris got a five-second track limits penalty.", ("time", 5, "track limits")),
        # a Dutch idiom of a time penalty
        (
            "GP van Nederland. Norris kreeg vijf seconden aan zijn broek vanwege een onveilige pitstop.",
            ("time", 5, "een onveilige pitstop"),
        ),
    ],
)
def test_penalties_told(parse: Parse, text: str, expected: tuple[str, int | None, str]) -> None:
    a = parse(text, date="2025-08-31")
    assert [(f.penalty, f.amount, f.reason) for f in facts_of(a, "penalty", "norris")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # penalised without a reason: no penalty to answer with
        "Abu Dhabi GP. Norris penalised.",
        # five seconds lost, no penalty
        "GP van Nederland. Norris verloor vijf seconden bij zijn pitstop.",
    ],
)
def test_no_penalty_told(parse: Parse, text: str) -> None:
    assert facts_of(parse(text, date="2025-08-31"), "penalty") == []


@pytest.mark.parametrize(
    "text, kind",
    [
        # the place a clause opens with, its start verb later
        (
            "GP van Monaco. Van op de twaalfde positie mocht Norris op de harde band aan de race beginnen.",
            "grid",
        ),
        ("GP van Monaco. Vanop de twaalfde positie mocht Norris aan de race beginnen.", "grid"),
        # a place from which he drove to another: the finish is the other
        ("GP van Monaco. Norris reed naar de twaalfde positie.", "finish"),
    ],
)
def test_a_fronted_start_place(parse: Parse, text: str, kind: str) -> None:
    a = parse(text, date="2025-05-25")
    assert [(f.kind, f.position) for f in a.facts if f.driver == "norris"] == [(kind, 12)]


def test_a_teams_places_in_an_absolute_clause(parse: Parse) -> None:
    a = parse(
        "Sakhir GP. Norris finished second ahead of Piastri, with the Mercedes cars down in eighth and"
        " ninth.",
        date="2025-12-07",
    )
    assert finals(a) == {("norris", 2)}


def test_a_pole_lost_in_a_quote(parse: Parse) -> None:
    a = parse(
        'Piastri op pole in Turkije\n\nNorris baalde. ,,Pole verliezen op drie tienden is vervelend",'
        " zei hij.",
        date="2025-11-15",
    )
    assert [f for f in facts_of(a, "grid", "norris") if f.position == 1] == []


@pytest.mark.parametrize(
    "text",
    [
        # a fight for the win, a fight won, a win thought possible: no win
        "GP van Nederland. Het leek er even op dat Norris het gevecht voor de overwinning kon gaan voeren.",
        "GP van Nederland. Norris won het gevecht voor de derde plaats.",
        "GP van Nederland. Norris won de strijd met Piastri om de tweede plaats.",
        "Dutch GP. Norris won the battle for fourth.",
        "GP van Nederland. Norris denkt dat er dit jaar alsnog een zege in het vat zit.",
        "GP van Nederland. De strijd voor P4 in het kampioenschap is er ook eentje om in de gaten te houden.",
    ],
)
def test_no_win_of_norris(parse: Parse, text: str) -> None:
    a = parse(text, date="2025-08-31")
    assert [f for f in a.facts if f.driver == "norris" and f.status == "final" and f.position in (1, 4)] == []


@pytest.mark.parametrize("text", ["GP van Nederland. Norris won de race.", "Dutch GP. Norris won the race."])
def test_a_race_won(parse: Parse, text: str) -> None:
    assert finals(parse(text, date="2025-08-31")) == {("norris", 1)}


@pytest.mark.parametrize(
    "text, pit",
    [
        # a start of a session, a car released into his path in the pit lane: no start from it
        (
            "Abu Dhabi qualifying. Norris had a tricky start to the session when Williams released Albon into"
            " his path in the pit lane.",
            False,
        ),
        ("Abu Dhabi GP. Norris started from the pit lane.", True),
        ("GP van Abu Dhabi. De Brit Norris start vanuit de pitstraat.", True),
    ],
)
def test_a_pit_lane_start(parse: Parse, text: str, pit: bool) -> None:
    assert bool(facts_of(parse(text, date="2025-12-06"), "pitlane", "norris")) is pit


@pytest.mark.parametrize(
    "text",
    [
        "German GP. Norris surged from last to a stunning second in his home race.",
        "German GP. Norris climbed from 20th to an impressive second.",
    ],
)
def test_from_a_place_to_an_adjective_and_a_place(parse: Parse, text: str) -> None:
    # the place after "to" is his finish (for a while or at the end), never a start
    a = parse(text, date="2025-07-27")
    assert [f.position for f in facts_of(a, "grid", "norris") if f.position == 2] == []
    assert [f.position for f in facts_of(a, "finish", "norris")] == [2]
