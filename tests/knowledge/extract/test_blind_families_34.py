"""Phrase families of the blind sets realdev197-200 (session of 7 December 2026, late), in examples written
here, each with sentences that must still give the fact: a pole fought for with the Dutch verb last ("wil voor
pole vechten"); a win talked of as a topic ("In terms of winning the race, ..."); a fastest lap fought over
("de strijd ging om het bonuspunt"); the place a penalty put him in before his result ("finished fifth after
his penalty to thirteenth"); a date that is no place ("the 5th of March"); a pole passed on to one named after
"new pole-sitter", or given ("gives Bottas the pole"); a year only compared with ("a near re-run of 2017's
race"); what a win might do ("a victory which might have soothed his pain"); two places told as often for one
driver, one of them another's; the team's pit wall; a practice place for a while ("al snel bovenaan");
reasons that point back ("the same exact infringement") or name only whose penalty it was ("after Lewis
Hamilton double time penalty"); one who "found himself" penalised is not judged."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import crashed, finals, poles, retired

Parse = Callable[..., ParsedArticle]
RACE = "Mexican Grand Prix 2019."
DATE = "2019-10-27"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pole fought for, the Dutch verb last
        ("Leclerc wil morgen voor pole vechten.", set()),
        ("Leclerc hoopte om de pole te strijden.", set()),
        ("Leclerc wist dat hij voor de poleposition moest gaan.", set()),
        # a pole taken
        ("Leclerc pakte de pole voor de derde keer dit jaar.", {"leclerc"}),
        ("Leclerc vocht hard en pakte de pole.", {"leclerc"}),
    ],
)
def test_a_pole_fought_for_with_the_verb_last(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(f"Grand Prix van Mexico 2019. {text}", date="2019-10-26")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the win as a topic talked of
        ("In terms of winning the race, Leclerc thinks Ferrari are not the favourites.", set()),
        ("When it comes to winning the race, Leclerc is careful.", set()),
        ("As far as winning the race goes, Leclerc says anything can happen.", set()),
        ("Wat betreft het winnen van de race is Leclerc voorzichtig.", set()),
        # a win
        ("Winning the race, Leclerc extended his lead.", {("leclerc", 1)}),
        ("Leclerc won the race in terms of pace and strategy.", {("leclerc", 1)}),
    ],
)
def test_a_win_talked_of_as_a_topic(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # fought over, not yet set
        (
            "In de slotfase ging de strijd tussen Bottas en Leclerc om het bonuspunt voor de snelste ronde.",
            set(),
        ),
        ("The battle between Bottas and Leclerc in the last laps was for the fastest lap.", set()),
        # set
        ("Leclerc reed de snelste ronde en pakte het bonuspunt.", {"leclerc"}),
        ("Leclerc won the battle with Bottas and set the fastest lap.", {"leclerc"}),
    ],
)
def test_a_fastest_lap_fought_over(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(f"{RACE} {text}", date=DATE), "fastest_lap")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place a penalty put him in before the race: his result is the other one
        (
            "Leclerc won. Albon finished fifth after his penalty to fourteenth.",
            {("leclerc", 1), ("albon", 5)},
        ),
        (
            "Leclerc won. Albon werd vijfde na zijn straf naar de veertiende plaats.",
            {("leclerc", 1), ("albon", 5)},
        ),
        ("Leclerc won. Albon finished sixth following a penalty to P14.", {("leclerc", 1), ("albon", 6)}),
    ],
)
def test_the_place_a_penalty_put_him_in_before(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Leclerc won. The season will start on the 5th of March and end on the 26th of November.",
        "Leclerc won. He starts his next season on the 15th of March.",
        "Leclerc won. He starts his next season on March the 15th.",
    ],
)
def test_a_date_is_no_place(parse: Parse, text: str) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == {("leclerc", 1)}
    assert not facts_of(parse(f"{RACE} {text}", date=DATE), "grid")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one the pole passed to, named after it, or not at all
        ("With Hamilton sent to the back, new pole-sitter Bottas made a clean start.", {"bottas"}),
        ("Hamilton moest achteraan starten, waardoor nieuwe poleman Bottas goed wegkwam.", {"bottas"}),
        ("Hamilton was sent to the back of the grid, and the new pole", set()),
        # given to the one named after the verb
        (
            "Hamilton could not beat him, and the sprint win gives Bottas the Mexican GP pole position.",
            {"bottas"},
        ),
        ("Hamilton's mistake handed Bottas pole.", {"bottas"}),
        # (no giving: the subject took it)
        ("Hamilton gave Bottas a hard time and took pole.", {"hamilton"}),
    ],
)
def test_a_pole_passed_on_or_given(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(f"{RACE} {text}", date="2019-10-26")) == expected


@pytest.mark.parametrize(
    "text, season",
    [
        # another year only compared with
        ("Leclerc won the Mexican Grand Prix in a near re-run of 2018's race.", 2019),
        ("Leclerc won the Mexican Grand Prix in a repeat of last year's race.", 2019),
        ("Leclerc won de GP van Mexico in een herhaling van 2018.", 2019),
        # the year of the win itself
        ("Leclerc won the Mexican Grand Prix in 2018.", 2018),
    ],
)
def test_a_year_only_compared_with(parse: Parse, text: str, season: int) -> None:
    wins = [f for f in facts_of(parse(f"{RACE} {text}", date=DATE), "finish") if f.position == 1]
    assert [f.season for f in wins] == [season]


@pytest.mark.parametrize(
    "text, status",
    [
        # what the win might do
        ("Leclerc took a victory which might have soothed the pain of Saturday.", "final"),
        ("Leclerc pakte een zege die hem de pijn van zaterdag zou doen vergeten.", "final"),
        # a win that might have been
        ("Leclerc might have won the race without his slow stop.", None),
        ("Leclerc would have taken a victory without his slow stop.", None),
    ],
)
def test_what_a_win_might_do(parse: Parse, text: str, status: str | None) -> None:
    finals_told = {
        f.status for f in facts_of(parse(f"{RACE} {text}", date=DATE), "finish") if f.status == "final"
    }
    assert finals_told == ({status} if status else set())


def test_two_places_told_as_often_stay_unsettled_after_a_penalty(parse: Parse) -> None:
    # (a race whose places a penalty moved: who crossed the line first is told as well as who won)
    text = (
        f"{RACE} Vettel crossed the line first but got a five-second penalty. Hamilton crossed the line in "
        "second place, within five seconds of Vettel. Hamilton was grateful for the victory."
    )
    assert ("hamilton", 2) not in finals(parse(text, date=DATE))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hamilton defended resolutely until the pit-wall intervened.", set()),
        ("Hamilton defended until the pit wall told him to let Bottas by.", set()),
        ("Hamilton lost the rear and hit the wall.", {"hamilton"}),
    ],
)
def test_the_pit_wall_is_the_teams(parse: Parse, text: str, expected: set[str]) -> None:
    assert crashed(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # at the top for a while
        ("In de eerste vrije training stond Albon al snel bovenaan de tijdenlijst.", set()),
        ("In the first practice session Albon initially led the way on the hard tyres.", set()),
        ("Albon topped the times early on in first practice.", set()),
        # the session's fastest
        ("In de eerste vrije training stond Albon bovenaan de tijdenlijst.", {("albon", 1)}),
        ("Albon topped the times in first practice.", {("albon", 1)}),
    ],
)
def test_a_practice_place_for_a_while(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"Grand Prix van Mexico 2019. {text}", date="2019-10-25")
    assert {(f.driver, f.position) for f in facts_of(a, "practice")} == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        # a reason that points back, or names only whose penalty it was
        ("Albon received two five-second penalties for the same exact infringement, ruining his race.", None),
        ("Albon kreeg een tijdstraf voor precies dezelfde overtreding.", None),
        ("Leclerc wins the Mexican GP after Albon double time penalty", None),
        # one who found himself penalised was not judged
        ("Albon found himself receiving a five-second penalty, which ruined his race.", None),
        # reasons in their own words
        (
            "Albon got a five-second penalty for crossing the white line at pit entry, ruining his race.",
            "crossing the white line at pit entry",
        ),
        (
            "The stewards found that Albon had crossed the line and gave him a five-second penalty.",
            "found that Albon had crossed the line",
        ),
    ],
)
def test_reasons_that_point_back(parse: Parse, text: str, reason: str | None) -> None:
    assert [f.reason for f in facts_of(parse(f"{RACE} {text}", date=DATE), "penalty")] == [reason]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the team's call, its driver the object
        ("Ferrari called Leclerc in at the end of lap 16 to switch to the hard tyres.", {("leclerc", 16)}),
        ("Ferrari triggered the stops, bringing in Leclerc on lap 18.", {("leclerc", 18)}),
        ("Ferrari haalde Leclerc in ronde 20 naar binnen voor harde banden.", {("leclerc", 20)}),
        ("Hamilton pitted at the end of lap 7.", {("hamilton", 7)}),
        # no stop of his on that lap: under the safety car, or a part brought in
        ("Ferrari called Leclerc in under the safety car on lap 16.", set()),
        ("Ferrari brought in a new floor for Leclerc on Friday.", set()),
    ],
)
def test_a_stop_the_team_called(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.driver, f.amount) for f in facts_of(a, "lap") if f.detail == "pit_stop"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "De tweede stop van racewinnaar Charles Leclerc in Mexico duurde slechts 2,1 seconden.",
            {("leclerc", "2.1")},
        ),
        ("Charles Leclerc's second stop took just 2.1 seconds.", {("leclerc", "2.1")}),
        # time lost is no stop's length
        ("De stop van Leclerc in Mexico kostte hem 4 seconden.", set()),
    ],
)
def test_how_long_his_stop_took(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.driver, f.detail) for f in facts_of(a, "pit_stop")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the start compound, the verb last or in the present, a modal of another clause around it
        ("Ferrari kan Leclerc, die start op de mediums, niet verrassen.", {("leclerc", "medium")}),
        ("Leclerc, die op mediums was vertrokken, verloor de leiding.", {("leclerc", "medium")}),
        ("Leclerc is de enige die op de zachte band start.", {("leclerc", "soft")}),
        ("Leclerc, die als enige op de zachte band start, is optimistisch.", {("leclerc", "soft")}),
        # a condition or a wish
        ("Als het droog blijft, start Leclerc op de softs.", set()),
        ("Leclerc wilde op de softs starten.", set()),
        ("Leclerc start op de softs als het droog blijft.", set()),
    ],
)
def test_the_compound_he_starts_on(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(f"Grand Prix van Mexico 2019. {text}", date="2019-10-26")
    assert {(f.driver, f.detail) for f in facts_of(a, "tyre") if f.other_label == "start"} == expected


def test_where_he_started_the_sprint_is_the_sprints(parse: Parse) -> None:
    # on the sprint's day, "the 24-lap race" is the sprint: where he started it is the sprint's too
    a = parse(
        "São Paulo Grand Prix 2021. Valtteri Bottas won on Saturday. "
        "His teammate Hamilton drove from last to fifth in the 24-lap race.",
        date="2021-11-13",
    )
    assert {(f.driver, f.session) for f in facts_of(a, "grid")} == {("hamilton", "sprint")}
    assert {(f.driver, f.session) for f in facts_of(a, "finish")} == {
        ("bottas", "sprint"),
        ("hamilton", "sprint"),
    }


def test_a_pole_the_sprint_won_stays_the_races(parse: Parse) -> None:
    a = parse(
        "São Paulo Grand Prix 2021. Bottas won the 24-lap race to take pole for Sunday.", date="2021-11-13"
    )
    assert {(f.driver, f.session) for f in facts_of(a, "grid") if f.detail == "pole"} == {("bottas", "race")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lead in the championship it grew to
        (
            "Hamilton won the Mexican Grand Prix to extend his lead at the top to 50 points.",
            {("hamilton", 50)},
        ),
        ("Hamilton extended the driver's championship lead to 50 points over Vettel.", {("hamilton", 50)}),
        ("Hamilton has extended his lead in the drivers’ standings to 80 points.", {("hamilton", 80)}),
        ("Hamilton breidde zijn voorsprong in het kampioenschap uit tot 80 punten.", {("hamilton", 80)}),
        # a lead hoped for
        ("Hamilton hopes to extend his lead in the standings to 80 points.", set()),
    ],
)
def test_the_lead_it_grew_to(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.driver, f.amount) for f in facts_of(a, "points_gap") if f.detail == "ahead"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fastest, told as leading another
        ("Leclerc leads Vettel in second F1 practice in Mexico.", {("leclerc", 1, "FP2")}),
        (
            "Ferrari were quickest in second practice, with Leclerc leading team-mate Vettel by 0.3 sec.",
            {("leclerc", 1, "FP2")},
        ),
        ("Vettel topped the second Formula 1 free practice session in Mexico.", {("vettel", 1, "FP2")}),
        # leading the championship, a return to the top during the session
        ("Leclerc, who leads the championship, was third in second practice.", {("leclerc", 3, "FP2")}),
        (
            "In second practice Leclerc's first lap on the softs took him back to the top of the timesheet.",
            set(),
        ),
    ],
)
def test_the_fastest_told_as_leading(parse: Parse, text: str, expected: set[tuple[str, int, str]]) -> None:
    a = parse(f"Mexican Grand Prix 2019. {text}", date="2019-10-25")
    assert {(f.driver, f.position, f.detail) for f in facts_of(a, "practice")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a win waited for
        ("Leclerc won. Sainz werd derde en wacht al heel lang op een zege.", {("leclerc", 1), ("sainz", 3)}),
        # promoted from a place by another's penalty, to a first podium: a count, no place
        ("Leclerc won. Sainz is promoted from P4 to his first ever F1 podium.", {("leclerc", 1)}),
        (
            "Leclerc won. Sainz is promoted from fourth to third after a penalty for Albon.",
            {("leclerc", 1), ("sainz", 3)},
        ),
        # a place taken during the race
        ("Leclerc won. At the start Sainz gets the jump on Albon and into P1.", {("leclerc", 1)}),
        ("Leclerc won. Sainz made his way up to third from tenth.", {("leclerc", 1)}),
        ("Leclerc won. Sainz moved into second after passing Albon.", {("leclerc", 1)}),
        ("Leclerc won. Sainz went on to finish second.", {("leclerc", 1), ("sainz", 2)}),
    ],
)
def test_places_waited_for_promoted_from_or_taken(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


def test_a_label_says_what_the_place_is(parse: Parse) -> None:
    a = parse(
        f"{RACE} Fernando Alonso - Qualifying: 5th (started 3rd due to penalties) | Race: 3rd", date=DATE
    )
    assert {(f.kind, f.position) for f in a.facts if f.kind in ("qualifying", "grid")} == {
        ("qualifying", 5),
        ("grid", 3),
    }
    assert ("alonso", 5) not in finals(a)


@pytest.mark.parametrize(
    "text, crashed_, retired_",
    [
        # the subordinate clause's own subject crashed, after a word that may be a preposition
        (
            "Raikkonen retired, bringing out the safety car after Hulkenberg crashed out.",
            {"hulkenberg"},
            {"raikkonen": None},
        ),
        ("Raikkonen retired after Hulkenberg crashed out.", {"hulkenberg"}, {"raikkonen": None}),
        # his own crash
        ("Raikkonen retired after he crashed out.", {"raikkonen"}, {"raikkonen": "crash"}),
        ("Raikkonen crashed out and retired.", {"raikkonen"}, {"raikkonen": "crash"}),
    ],
)
def test_whose_crash_after_after(
    parse: Parse, text: str, crashed_: set[str], retired_: dict[str, str | None]
) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert crashed(a) == crashed_
    assert retired(a) == retired_


@pytest.mark.parametrize(
    "text, label",
    [
        ("Leclerc secured his first podium of the season.", "ordinal"),
        ("Leclerc pakte zijn negende zege van het seizoen.", "ordinal"),
        ("Leclerc has won nine races this season.", None),
    ],
)
def test_a_count_told_by_its_ordinal(parse: Parse, text: str, label: str | None) -> None:
    assert [f.other_label for f in facts_of(parse(f"{RACE} {text}", date=DATE), "count")] == [label]


@pytest.mark.parametrize(
    "text, kind",
    [
        # a stretch of races opened with a result
        ("In Mexico begon Leclerc de tweede helft van het seizoen goed met een derde plaats.", "finish"),
        ("Leclerc started the second half of the season with a third place in Mexico.", "finish"),
        # a start place
        ("Leclerc started the race from third place on new tyres.", "grid"),
        ("Leclerc begon de race als derde.", "grid"),
    ],
)
def test_a_stretch_opened_with_a_result(parse: Parse, text: str, kind: str) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.kind, f.position) for f in a.facts if f.kind in ("finish", "grid")} == {(kind, 3)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the laps he ran before retiring, no lap of the retirement
        ("Door een motorprobleem is Albon al na vijf ronden uitgevallen.", {(5, "after")}),
        ("Albon retired after just 12 laps with an engine problem.", {(12, "after")}),
        # the lap itself
        ("Albon retired on lap 6.", {(6, None)}),
        # laps led are no laps before a retirement
        ("Albon viel uit na tien ronden aan de leiding.", set()),
    ],
)
def test_the_laps_he_ran_before_retiring(
    parse: Parse, text: str, expected: set[tuple[int, str | None]]
) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.amount, f.other_label) for f in facts_of(a, "lap") if f.detail == "retirement"} == expected


def test_a_qualifying_simulation_is_practice(parse: Parse) -> None:
    a = parse(
        "Grand Prix van Mexico 2019. Albon noteerde in de tweede training een tiende tijd. Ondanks de tiende "
        "tijd die werd geklokt in een kwalificatiesimulatie, is hij tevreden over de lange run.",
        date="2019-10-25",
    )
    assert not facts_of(a, "qualifying")
    assert {(f.driver, f.position) for f in facts_of(a, "practice")} == {("albon", 10)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # items of a list, no places
        (
            "Leclerc won. Tussen het eerste en laatstgenoemde team wordt het spannend, zegt Sainz.",
            {("leclerc", 1)},
        ),
        (
            "Leclerc won. The fight between the first and the third team is close, says Sainz.",
            {("leclerc", 1)},
        ),
        # the verb left out is the running one before it
        ("Leclerc won. After the restart Sainz ran 15th, and Albon 18th.", {("leclerc", 1)}),
        ("Leclerc won. Sainz finished 15th, and Albon 18th.", {("leclerc", 1), ("sainz", 15), ("albon", 18)}),
    ],
)
def test_list_items_and_places_with_their_verb_left_out(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


def test_the_cause_word_nearest_the_penalty(parse: Parse) -> None:
    a = parse(
        f"{RACE} Leclerc won after a dramatic and incident-filled race in which Albon finished only seventh "
        "after a time penalty.",
        date=DATE,
    )
    assert [f.reason for f in facts_of(a, "penalty")] == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count with its noun left out after "and"
        ("Up front Hamilton claimed his 99th Formula 1 win, and eighth at Silverstone.", {("hamilton", 1)}),
        ("Hamilton boekte zijn 99ste zege, en de achtste op Silverstone.", {("hamilton", 1)}),
        # "up front" is no verb whose object the name would be
        ("Up front Hamilton won the race.", {("hamilton", 1)}),
        # two places
        ("Hamilton won, and Verstappen finished second.", {("hamilton", 1), ("max_verstappen", 2)}),
    ],
)
def test_a_count_after_and(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"British Grand Prix 2021. Mazepin was 18th. {text}", date="2021-07-18")
    assert finals(a) - {("mazepin", 18)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a car that came to a halt, with a loose wheel
        ("Grosjean halted upon leaving the pits, due to a loose wheel.", {"grosjean": "wheel"}),
        ("Grosjean viel uit met een los wiel.", {"grosjean": "wheel"}),
        (
            "Grosjean's car came to a halt on the main straight with an engine failure.",
            {"grosjean": "engine"},
        ),
        # the race halted, or a car stopped in the pits
        ("The race was halted after a crash by Grosjean.", {}),
        ("Grosjean took the lead once Magnussen came to a stop of his own in the pits.", {}),
    ],
)
def test_a_car_that_came_to_a_halt(parse: Parse, text: str, expected: dict[str, str]) -> None:
    assert retired(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        # what the penalty does is no part of its reason
        (
            "Bottas has a penalty for replacing an engine which will drop him to the back of the grid.",
            "replacing an engine",
        ),
        # what the incident did is
        (
            "Bottas got a five-second penalty for an incident which put Albon out of the race.",
            "an incident which put Albon out of the race",
        ),
    ],
)
def test_what_a_penalty_does_is_no_reason(parse: Parse, text: str, reason: str) -> None:
    assert [f.reason for f in facts_of(parse(f"{RACE} {text}", date=DATE), "penalty")] == [reason]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a car pulled off the track, with its cause
        ("Albon pulled to the side of the track with a hydraulic failure.", {"albon": "hydraulics"}),
        (
            "Albon pulled off into an escape road on lap nine with a hydraulics failure.",
            {"albon": "hydraulics"},
        ),
        ("Albon ran out of luck on lap 62, when his battery expired.", {"albon": "battery"}),
        ("Albon retired with what appeared to be a transmission issue.", {"albon": "transmission"}),
        # a pass pulled off, a gap pulled out
        ("Albon pulled off a great pass on Leclerc.", {}),
        ("Albon pulled out a gap of three seconds.", {}),
    ],
)
def test_a_car_pulled_off_the_track(parse: Parse, text: str, expected: dict[str, str]) -> None:
    assert retired(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a start with its qualifying cause after it: where he started
        ("Albon was condemned to start P14 due to a Q1 hydraulics failure.", {("grid", 14)}),
        (
            "Leclerc won ahead of Albon, who started P15 due to an engine issue in qualifying.",
            {("grid", 15), ("finish", 1)},
        ),
        # a place in qualifying
        ("Albon was 14th in Q1 due to traffic.", {("qualifying", 14)}),
    ],
)
def test_a_start_with_its_qualifying_cause(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.kind, f.position) for f in a.facts if f.kind in ("grid", "qualifying", "finish")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a start told with "to start" or "will start", and its cause
        ("Albon, condemned to start P14 due to a Q1 hydraulics failure, carved through the field.", {14}),
        ("Albon had to start 20th after a crash in qualifying.", {20}),
        ("Albon will start down in ninth after he slammed into the barriers.", {9}),
        # the start of the race, no start place
        ("At the start Albon was fourth after a good launch.", set()),
    ],
)
def test_a_start_to_come_and_its_cause(parse: Parse, text: str, expected: set[int]) -> None:
    assert {
        f.position for f in facts_of(parse(f"{RACE} {text}", date="2019-10-26"), "start_cause")
    } == expected
