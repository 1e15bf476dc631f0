"""knowledge.extract.practice: places on a practice session's timesheet, in examples written here (Dutch and
English, each family with sentences that must not give a place)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.model import Fact
from knowledge.extract.practice import lead_session, report_places, sessions_named
from knowledge.gazetteer import load_gazetteer
from knowledge.text import fold
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
# a Friday of the 2022 Dutch GP weekend (race on Sunday 4 September)
FRIDAY = "2022-09-02"


def places(a: ParsedArticle) -> set[tuple[str, str | None, int | None]]:
    return {(f.driver, f.detail, f.position) for f in facts_of(a, "practice")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("in de tweede vrije training", ("FP2",)),
        ("tijdens vt3", ("FP3",)),
        ("tijdens fp 2", ("FP2",)),
        ("in fp1", ("FP1",)),
        ("in de eerste oefensessie", ("FP1",)),
        ("in second practice", ("FP2",)),
        ("in de tweede en derde vrije training", ("FP2", "FP3")),
        ("in alle drie de vrije trainingen", ("FP1", "FP2", "FP3")),
        ("in each of the three practice sessions", ("FP1", "FP2", "FP3")),
        ("in de eerste twee trainingen", ("FP1", "FP2")),
        ("in the third and final practice session", ("FP3",)),
        ("in de derde en laatste training", ("FP3",)),
        ("in de laatste vrije training", ("FP-last",)),
        # no number: no session
        ("in de vrije trainingen", ()),
        ("on friday", ()),
        ("in the first session of qualifying", ()),
        ("in de tweede race van het seizoen", ()),
    ],
)
def test_sessions_named(text: str, expected: tuple[str, ...]) -> None:
    assert sessions_named(text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the fastest, Dutch
        ("Lando Norris was de snelste in de tweede vrije training.", {("norris", "FP2", 1)}),
        ("In VT1 klokte Alexander Albon de snelste tijd.", {("albon", "FP1", 1)}),
        ("Tijdens de derde vrije training ging George Russell het snelst.", {("russell", "FP3", 1)}),
        ("De snelste tijd in VT2 was weggelegd voor Esteban Ocon.", {("ocon", "FP2", 1)}),
        ("Pierre Gasly zette in de eerste training de beste tijd neer.", {("gasly", "FP1", 1)}),
        # the fastest, English
        ("Lance Stroll topped FP3 on Saturday morning.", {("stroll", "FP3", 1)}),
        ("Valtteri Bottas was fastest in second practice.", {("bottas", "FP2", 1)}),
        ("Yuki Tsunoda set the fastest time in the first practice session.", {("tsunoda", "FP1", 1)}),
        # the n-th
        ("In de tweede vrije training noteerde Fernando Alonso de zesde tijd.", {("alonso", "FP2", 6)}),
        ("Sebastian Vettel had in VT3 de tweede snelste tijd.", {("vettel", "FP3", 2)}),
        ("Kevin Magnussen set the ninth-fastest time in FP2.", {("kevin_magnussen", "FP2", 9)}),
        ("In second practice, Zhou Guanyu was seventh.", {("zhou", "FP2", 7)}),
        # one place, two sessions
        (
            "Daniel Ricciardo was in de tweede en derde vrije training de snelste.",
            {("ricciardo", "FP2", 1), ("ricciardo", "FP3", 1)},
        ),
        # a headline: the n-th right after the name
        ("Norris tweede in eerste vrije training Zandvoort", {("norris", "FP1", 2)}),
        # "de snelste van het pak" is of everyone
        ("In de eerste oefensessie toonde Albon zich de snelste van het pak.", {("albon", "FP1", 1)}),
        # the weekend's race named after the session is no race told
        (
            "In de derde vrije training voor de Grand Prix van Nederland was Sainz de snelste.",
            {("sainz", "FP3", 1)},
        ),
        # the weekend's race named after "practice sessions ahead of": no race told
        (
            "Oscar Piastri topped first practice ahead of this weekend's Dutch Grand Prix.",
            {("piastri", "FP1", 1)},
        ),
        # "both practice sessions" of a Friday: the first two
        (
            "Oscar Piastri set the pace in both practice sessions.",
            {("piastri", "FP1", 1), ("piastri", "FP2", 1)},
        ),
        # a line of statistics: each session's fastest by the name after its time
        (
            "Snelste tijd VT1 1:11.012 (Norris) Snelste tijd VT2 1:10.900 (Leclerc)",
            {("norris", "FP1", 1), ("leclerc", "FP2", 1)},
        ),
    ],
)
def test_practice_places(parse: Parse, sentence: str, expected: set[tuple[str, str, int]]) -> None:
    assert places(parse(sentence, date=FRIDAY)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "George Russell was de snelste Mercedes in de tweede vrije training.",  # of a team only
        "Lando Norris was niet de snelste in VT2.",  # not the fastest
        "Charles Leclerc was the quickest of the rest in FP1.",
        "Hamilton was snel in de vrije trainingen.",  # no session by number
        "Carlos Sainz topped the timesheets on Friday.",  # Friday: FP1 or FP2
        "Alex Albon was fastest in qualifying.",  # no practice
        "Sergio Pérez was the fastest in the speed trap in FP2.",  # of another thing
        # travelling, not topping
        "After FP2 Pierre Gasly heads to Japan off the back of his best result.",
        # places in a list, paired by their order: not read
        "De derde en vierde tijd in VT2 kwamen op naam van Valtteri Bottas en Lewis Hamilton.",
        # "van de dag": a day may hold two sessions
        "Na de eerste twee trainingen was Norris de snelste van de dag.",
    ],
)
def test_no_practice_place(parse: Parse, sentence: str) -> None:
    assert places(parse(sentence, date=FRIDAY)) == set()


def test_the_session_goes_on_through_its_paragraph(parse: Parse) -> None:
    # named by the paragraph's first sentence, the session holds until another is named
    a = parse(
        "Lando Norris klokte in de derde vrije training de vijfde tijd. Hij was een seconde langzamer dan"
        " Charles Leclerc. Leclerc liet de beste tijd noteren.",
        date="2022-09-03",
    )
    assert places(a) == {("norris", "FP3", 5), ("leclerc", "FP3", 1)}


def test_a_bare_place_in_the_sessions_paragraph(parse: Parse) -> None:
    # "werd achtste" in a paragraph whose first sentence named the session; not a qualifying place after it
    a = parse(
        "In de derde vrije training was Charles Leclerc de snelste. Max Verstappen werd achtste.\n\n"
        "In de kwalificatie werd Verstappen derde.",
        date="2022-09-03",
    )
    assert places(a) == {("leclerc", "FP3", 1), ("max_verstappen", "FP3", 8)}
    b = parse(
        "In de derde vrije training was Charles Leclerc de snelste. Daarin kwalificeerde Norris zich als"
        " vierde.",
        date="2022-09-03",
    )
    assert places(b) == {("leclerc", "FP3", 1)}


def test_a_session_written_with_a_space(parse: Parse) -> None:
    # "tijdens FP 2": the session named, its next sentence's timesheet place is of it (no qualifying place)
    a = parse("Tijdens FP 2 was het droog. Max Verstappen zette de 5e tijd neer.", date="2022-09-02")
    assert places(a) == {("max_verstappen", "FP2", 5)}
    assert not facts_of(a, "qualifying")


def test_a_session_named_late_holds_for_the_next_sentence_only(parse: Parse) -> None:
    a = parse(
        "Zaterdag regende het. De tijden waren niet te vergelijken met die van de tweede vrije training."
        " Toen was Norris nog de snelste. Later klokte Hamilton in de kwalificatie de zesde tijd. Hij was"
        " daarna de snelste van de Mercedes-coureurs. Russell zette de vierde tijd neer.",
        date="2022-09-03",
    )
    assert places(a) == {("norris", "FP2", 1)}


def test_a_practice_report_gives_its_places_to_the_session(parse: Parse) -> None:
    # written on the Friday, about the first practice: its places and its list are that session's
    a = parse(
        "Norris snelste in eerste training\n\nLando Norris reed in de eerste vrije training de snelste tijd."
        " Max Verstappen bleef Charles Leclerc, derde op 0.412, voor.\n\n"
        "1. Lando Norris 1:11.402\n\n2. Max Verstappen 1:11.620\n\n3. Charles Leclerc 1:11.814",
        date=FRIDAY,
    )
    assert places(a) == {
        ("norris", "FP1", 1),
        ("max_verstappen", "FP1", 2),
        ("leclerc", "FP1", 3),
    }
    assert not facts_of(a, "finish")


def test_a_report_after_the_race_is_no_practice_report(parse: Parse) -> None:
    # the same words on the Monday after the race: its places are the race's
    a = parse(
        "Norris wint in Zandvoort\n\nLando Norris won de race. Eerder was hij al de snelste in de eerste"
        " vrije training.\n\nMax Verstappen werd tweede op 4.110 seconden.",
        date="2022-09-05",
    )
    assert ("norris", "FP1", 1) in places(a)
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} >= {("norris", 1), ("max_verstappen", 2)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a place between commas right after a name (a team in brackets between) is that name's
        (
            "Pierre Gasly won de race. Hij bleef Esteban Ocon (Alpine), tweede op 0.035, en Alonso, derde"
            " op 1.2 seconden, voor.",
            {("gasly", 1), ("ocon", 2), ("alonso", 3)},
        ),
        (
            "Pierre Gasly won the race. He finished ahead of Esteban Ocon, second at 0.035, and Fernando"
            " Alonso, third at 1.2s.",
            {("gasly", 1), ("ocon", 2), ("alonso", 3)},
        ),
    ],
)
def test_a_place_with_its_gap_between_commas(
    parse: Parse, sentence: str, expected: set[tuple[str, int]]
) -> None:
    a = parse(sentence, date="2022-09-05")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"} == expected


def times(a: ParsedArticle) -> set[tuple[str, str | None, int | None]]:
    return {(f.driver, f.detail, f.amount) for f in facts_of(a, "practice_time") if f.status == "final"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the time told beside his place on the timesheet: his best of the session
        ("Lando Norris was in de tweede vrije training de snelste met 1.11,632.", {("norris", "FP2", 71632)}),
        ("Alexander Albon klokte in VT1 de vijfde tijd (1.12,075).", {("albon", "FP1", 72075)}),
        ("George Russell topped FP3 with a 1:10.902.", {("russell", "FP3", 70902)}),
    ],
)
def test_a_practice_time(parse: Parse, sentence: str, expected: set[tuple[str, str, int]]) -> None:
    assert times(parse(sentence, date=FRIDAY)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a time of the moment, one he improved on, one of another year
        "Na tien minuten stond Lando Norris in de tweede vrije training bovenaan met 1.12,632.",
        "After ten minutes George Russell topped FP3 with a 1:11.902.",
        "Lando Norris zette in VT2 als eerste richttijd een 1.13,110 neer.",
        "Last year's quickest time in FP2 was a 1:10.902 by George Russell.",
        # a time with no place of his
        "Alexander Albon reed in VT1 een 1.12,075.",
    ],
)
def test_no_practice_time(parse: Parse, sentence: str) -> None:
    assert times(parse(sentence, date=FRIDAY)) == set()


def test_a_place_after_some_minutes_is_of_that_moment(parse: Parse) -> None:
    a = parse("After ten minutes George Russell topped the timesheet in FP2.", date=FRIDAY)
    assert places(a) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead names one session and, later, another and qualifying: a report of the one it opens with
        (
            "Lando Norris heeft vrijdag in de tweede vrije training de derde tijd gereden. Bovenaan stond"
            " Charles Leclerc.\n\nIn de eerste training was Norris nog zesde. De kwalificatie begint zaterdag"
            " om 15.00 uur en de strijd om pole belooft spannend te worden.\n\nGeorge Russell werd vijfde met"
            " 1:12.204.",
            {("norris", "FP2", 3), ("leclerc", "FP2", 1), ("russell", "FP2", 5)},
        ),
        # "the second and final practice": one session
        (
            "Alex Albon set the pace in the second and final practice session on Friday. He had a lap of"
            " 1:11.900.\n\nFernando Alonso was fourth, 0.380s slower.",
            {("albon", "FP2", 1), ("alonso", "FP2", 4)},
        ),
    ],
)
def test_a_lead_that_opens_with_one_session(
    parse: Parse, text: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse(text, date=FRIDAY)
    assert places(a) == expected
    assert not facts_of(a, "finish")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            ["Norris heeft in de tweede vrije training de derde tijd gereden.", "Bovenaan stond Leclerc."],
            "FP2",
        ),
        (["Albon snelste", "Alex Albon set the pace in the second and final practice session."], "FP2"),
        # the lead is of qualifying: a practice named in it, or after it, tells no report of practice
        (["After a final practice session led by Alex Albon, qualifying went ahead in the dry."], None),
        (["Leclerc pakt pole.", "Norris crashte eerder in de derde vrije training."], None),
        # two sessions named in the lead: which one each place is of is not told
        (["Leclerc was de snelste in de eerste twee vrije trainingen."], None),
        # a session named by no one's deed: a comparison, no report's opening
        (["De tijden waren niet te vergelijken met die van de tweede vrije training."], None),
    ],
)
def test_lead_session(lead: list[str], expected: str | None) -> None:
    folded = [fold(x) for x in lead]
    drivers = [bool(load_gazetteer().drivers(f)) for f in folded]
    assert lead_session(folded, drivers) == expected


def test_a_lead_on_race_day_after_the_race_is_no_practice_report(parse: Parse) -> None:
    # written the Monday after the race: its places are the race's, whatever session the lead names first
    a = parse(
        "Na een crash in de tweede vrije training reed Lando Norris een sterke race. Hij werd vierde op"
        " 12,380 seconden.",
        date="2022-09-05",
    )
    assert not places(a)


@pytest.mark.parametrize(
    "sentence",
    [
        # a sector, not the timesheet
        "Lando Norris was in de tweede vrije training de snelste in de laatste sector.",
        "In FP2, Alex Albon was quickest in the second sector.",
        "In VT2 reed Russell paarse sectoren, de snelste tijden op die baanvakken.",
        # last year's session
        "Last year the quickest lap time in FP2 was set by Valtteri Bottas.",
        "Vorig jaar was Bottas de snelste in de tweede vrije training.",
        # first in time, not on top at the end
        "In VT2 was Bottas de eerste die een snelle tijd klokte.",
        "In FP2, Norris was the first of the leading drivers to post a time on the softs.",
        "Zijn 1.45.396 in de tweede vrije training was de eerste snelle ronde van de sessie.",
    ],
)
def test_no_place_on_the_sheet(parse: Parse, sentence: str) -> None:
    assert places(parse(sentence, date=FRIDAY)) == set()


def test_the_session_ends_with_its_top(parse: Parse) -> None:
    # tops of a while, then the one at the end: only the last is the session's fastest
    a = parse(
        "In de tweede vrije training reed Lando Norris halverwege een nieuwe snelste tijd. Daarna nam Alex"
        " Albon de snelste tijd over. Uiteindelijk was het George Russell die de snelste tijd reed.",
        date=FRIDAY,
    )
    assert {p for p in places(a) if p[2] == 1} == {("russell", "FP2", 1)}
    b = parse(
        "Albon tops FP2 ahead of Norris\n\nIn second practice Lando Norris set the fastest time after twenty"
        " minutes of running. Alex Albon was quickest in FP2.",
        date=FRIDAY,
    )
    assert {p for p in places(b) if p[2] == 1} == {("albon", "FP2", 1)}


def test_two_tops_without_an_end_stay_apart(parse: Parse) -> None:
    # neither told with the session's end nor in a headline: both stay (the answer says nothing of either)
    a = parse(
        "In de tweede vrije training was Lando Norris de snelste. In VT2 was Alex Albon de snelste.",
        date=FRIDAY,
    )
    assert {p for p in places(a) if p[2] == 1} == {("norris", "FP2", 1), ("albon", "FP2", 1)}


@pytest.mark.parametrize(
    ("sentence", "practice_gap"),
    [
        ("Alex Albon was 0,184 seconde langzamer dan Lando Norris.", True),
        ("2 Alex Albon Williams 1:11.620s + 0.184s", True),
        # the race or qualifying named beside it: the gap is theirs, left as it is
        ("In de race van vorig jaar finishte Albon 4,184 seconden achter Norris.", False),
        ("Albon was in qualifying 0.184s slower than Norris.", False),
    ],
)
def test_a_gap_in_a_practice_report(sentence: str, practice_gap: bool) -> None:
    # in a report of the second session written before the race: a gap on its timesheet, no gap at a finish
    gap = Fact("time_gap", "albon", 0, 2022, "netherlands", "race", others=("norris",), amount=184, unit="ms")
    (out,) = report_places([gap], [fold(sentence)], "FP2", "netherlands", 2022)
    assert (out.session == "practice") is practice_gap


# a report of the first session, written on the Friday (its lead names the driver and the session)
LEAD_FP1 = "Lando Norris heeft vrijdag in de eerste vrije training de snelste tijd gereden.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sergio Pérez is terug te vinden op de dertiende plek, een halve seconde achter.", ("perez", 13)),
        ("Alex Albon moest het met P12 doen.", ("albon", 12)),
        ("George Russell was in 10th place after a spin.", ("russell", 10)),
        (
            "Aan het eind van de training vond Valtteri Bottas zichzelf terug op de vijfde positie.",
            ("bottas", 5),
        ),
    ],
)
def test_a_bare_place_in_a_practice_report(parse: Parse, sentence: str, expected: tuple[str, int]) -> None:
    a = parse(LEAD_FP1 + sentence, date=FRIDAY)
    assert (expected[0], "FP1", expected[1]) in places(a)


@pytest.mark.parametrize(
    "sentence",
    [
        # the standings, what may be, another year, first out on track: no place on the timesheet
        "Sergio Pérez raakte de tweede plek in de WK-stand kwijt aan Leclerc.",
        "Alex Albon kan de titel pakken als hij op de zevende plek of hoger eindigt.",
        "In 2018 stoomde George Russell hier van achteraan op naar de vijfde plek.",
        "Valtteri Bottas en Alex Albon kwamen als eerste de baan op.",
    ],
)
def test_no_bare_place_in_a_practice_report(parse: Parse, sentence: str) -> None:
    a = parse(LEAD_FP1 + sentence, date=FRIDAY)
    assert {p for p in places(a) if p[0] != "norris"} == set()


def test_a_bare_place_on_race_day_is_not_read_as_practice(parse: Parse) -> None:
    # dated on the race's own day, the article may be the race's report: a bare place is not made practice's
    a = parse(LEAD_FP1 + "Sergio Pérez is terug te vinden op de dertiende plek.", date="2022-09-04")
    assert ("perez", "FP1", 13) not in places(a)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sergio Pérez kwam tijdens de sessie tot een tijd van 1.11,804.", {("perez", "FP1", 71804)}),
        ("De snelste ronde van Alex Albon ging in 1.12,090.", {("albon", "FP1", 72090)}),
        ("George Russell ended the session with a best lap of 1:12.115.", {("russell", "FP1", 72115)}),
        # a time of the moment, one he improved on, one of another driver or another thing: none
        ("George Russell clocked a lap time of 1:12.900 on a damp track.", set()),
        ("Alex Albon verbeterde zich later nog tot 1.11,990, zijn beste tijd.", set()),
        ("Russell dook later onder de 1.12,035 van Albon, de beste tijd tot dan toe.", set()),
        ("Pérez zette in 2019 hier de beste tijd van 1.13,400 neer.", set()),
    ],
)
def test_a_time_in_a_practice_report(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse(LEAD_FP1 + sentence, date=FRIDAY)
    assert {(f.driver, f.detail, f.amount) for f in facts_of(a, "practice_time")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the session named in the sentence, or the report's
        ("In de tweede vrije training was Lando Norris 0,205 seconden langzamer dan Charles Leclerc.", "FP2"),
        ("In FP1, Alex Albon was 0.033s quicker than George Russell.", "FP1"),
        (LEAD_FP1 + "Alex Albon was 0,310 seconde sneller dan George Russell.", "FP1"),
    ],
)
def test_a_gap_in_a_practice_session(parse: Parse, text: str, expected: str) -> None:
    gaps = facts_of(parse(text, date=FRIDAY), "time_gap")
    assert gaps and all(g.session == "practice" and g.other_label == expected for g in gaps)


@pytest.mark.parametrize(
    "text",
    [
        # the standings, another year: no gap of the session
        LEAD_FP1 + "Alex Albon staat in het WK 0,310 seconde sneller dan George Russell.",
        LEAD_FP1 + "In 2019 was Alex Albon hier 0,310 seconde sneller dan George Russell.",
    ],
)
def test_no_gap_in_a_practice_session(parse: Parse, text: str) -> None:
    assert not [g for g in facts_of(parse(text, date=FRIDAY), "time_gap") if g.session == "practice"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # in the report of a session, or in a sentence naming one: that session's, not the race's
        (LEAD_FP1 + "Alex Albon crashte in de slotfase.", "crash", "FP1"),
        ("George Russell crashed in the second practice session.", "crash", "FP2"),
        (
            LEAD_FP1 + "De rode vlag ging uit toen Alex Albon stilviel met een motorprobleem.",
            "safety_car",
            "FP1",
        ),
    ],
)
def test_an_event_of_a_practice_session(parse: Parse, text: str, kind: str, expected: str) -> None:
    told = facts_of(parse(text, date=FRIDAY), kind)
    assert told and all(x.session == "practice" and x.other_label == expected for x in told)


def test_an_event_of_the_race_in_a_practice_report(parse: Parse) -> None:
    # the race named beside it: the race's (of last year), not the session's
    told = facts_of(
        parse(LEAD_FP1 + "In de race van vorig jaar crashte Alex Albon in bocht 3.", date=FRIDAY), "crash"
    )
    assert all(x.session != "practice" for x in told)


def test_the_corner_of_a_practice_crash_is_the_sessions(parse: Parse) -> None:
    # the corner follows its crash into the session (no corner of the race)
    a = parse(LEAD_FP1 + "Alex Albon crashte in de slotfase in bocht 3.", date=FRIDAY)
    corners = facts_of(a, "corner")
    assert corners and all(x.session == "practice" for x in corners)
