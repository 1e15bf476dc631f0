"""Phrase families of the blind sets realdev165-168 and of the retirements the earlier blind sets missed
(session of 7 December 2026, afternoon), in examples written here, each with sentences that must still give
the fact: retirements told as "strandde met motorpech", "de geest gaf", "de strijd moest staken", "haalt de
streep niet", "kon de race niet uitrijden", "fell out with engine issues", "pulled up with a gearbox failure";
their causes ("vanwege de opgelopen schade aan zijn auto", "a suspected battery issue ending his race", none
from "due to an issue", none shared out over "respectively"); the one a "genitive" names ("Vettel's veteran
Finnish team mate Räikkönen", "Verstappen, previously Hamilton's closest rival,"); the one who beat another
to pole ("had beaten Hamilton to pole", "Bottas' pole time"); a pole he was stripped of; wins nearly had or
only hoped for ("on the verge of his maiden win", "Leclerc's victory chances"); a place that did not stand
("failed to finish on a high", "op de achttiende plek terugkwam op de baan", "on his first Q2 effort"); and a
place that reached the standings only through a purpose clause ("finished third to extend his lead")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import finals, poles, retired

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a retirement told in these words, and its cause where one is named
        ("Ocon reed lang zesde, maar strandde in de slotfase met motorpech.", {"ocon": "engine"}),
        (
            "Ocon reed lang vijfde, toen zijn auto in ronde 40 met een elektrisch probleem de geest gaf.",
            {"ocon": "electrical"},
        ),
        ("Ocon moest de strijd staken met mechanische problemen.", {"ocon": "mechanische problemen"}),
        ("Ocon haalt de streep niet vanwege problemen met de versnellingsbak.", {"ocon": "gearbox"}),
        ("Ocon kon de race niet uitrijden na een vroege aanrijding.", {"ocon": "collision"}),
        ("Ocon moest in ronde 30 opgeven vanwege de opgelopen schade aan zijn auto.", {"ocon": "damage"}),
        ("Ocon fell out with engine issues in his Alpine.", {"ocon": "engine"}),
        ("Ocon pulled up with a gearbox failure on lap 12.", {"ocon": "gearbox"}),
        (
            "Ocon stopped on track, a suspected battery fault ending his race.",
            {"ocon": "suspected battery fault"},
        ),
        # a problem of nothing named is no cause; two causes "respectively" are not both the last one
        ("Ocon did not take the restart due to an issue and retired.", {"ocon": None}),
        (
            "Ocon and Alonso retired with brake and gearbox failures respectively.",
            {"ocon": None, "alonso": None},
        ),
        # no retirement: a session or a place, a relationship, a finish not as wished, a place not got
        ("Ocon strandde in Q2 met een trage ronde.", {}),
        ("Ocon strandde op de elfde plaats met een trage auto.", {}),
        ("Ocon fell out with his team over the strategy.", {}),
        ("Ocon failed to finish on a high, coming home twelfth.", {}),
        ("Ocon haalde de finish niet als eerste, maar werd tweede.", {}),
    ],
)
def test_retired_in_these_words(parse: Parse, text: str, expected: dict[str, str | None]) -> None:
    assert retired(parse(f"Verslag van de Grand Prix van Hongarije. {text}", date="2021-08-01")) == expected


def test_a_relative_clause_goes_on_after_but_with_its_cause_last(parse: Parse) -> None:
    # the one the relative clause is about retired, not the subject of the sentence
    a = parse(
        "GP van Hongarije. Alonso leefde mee met Ocon, die een sterke race reed, maar in de slotfase "
        "strandde met motorpech.",
        date="2021-08-01",
    )
    assert retired(a) == {"ocon": "engine"}
    # a main clause after ", maar" keeps its own subject
    a = parse(
        "GP van Hongarije. Alonso zag het van dichtbij, maar in de slotfase viel hij uit.", date="2021-08-01"
    )
    assert retired(a) == {"alonso": None}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one who beat another to it, or whose pole time is praised
        ("Norris had comfortably beaten Sainz to pole position on Saturday.", {"norris"}),
        ("Sainz had to admire Norris' remarkable pole lap in Q3.", {"norris"}),
        ("Sainz's quiet Spanish team mate Norris started from pole position.", {"norris"}),
        # the one beaten to it is not on pole; a pole he was stripped of is none
        ("Sainz was beaten to pole by Norris.", {"norris"}),
        ("Norris has been stripped of his Hungarian GP pole position.", set()),
        # still a pole
        ("Norris took pole position.", {"norris"}),
    ],
)
def test_whose_pole(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(f"Hungarian Grand Prix qualifying. {text}", date="2021-07-31")) == expected


def test_stripped_of_pole_was_fastest_in_qualifying(parse: Parse) -> None:
    a = parse("Hungarian Grand Prix. Norris has been stripped of his pole position.", date="2021-07-31")
    assert {(f.driver, f.position) for f in facts_of(a, "qualifying")} == {("norris", 1)}
    a = parse("Hungarian Grand Prix. Norris never had the pace for pole position.", date="2021-07-31")
    assert not facts_of(a, "qualifying")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a win nearly had, or only hoped for
        ("Norris was on the verge of his first win, but the rain came.", set()),
        ("Norris was at the brink of claiming victory when it rained.", set()),
        ("A bad call snubbed Norris out of his first victory.", set()),
        ("A poor strategy washed away Norris's victory chances.", set()),
        ("Norris stond op het punt zijn eerste zege te pakken.", set()),
        ("Een slechte strategie kostte Norris zijn zegekansen.", set()),
        # a win, given to the one named after "giving"
        ("Norris spun on the last lap, giving Sainz a win.", {("sainz", 1)}),
        ("De late spin van Norris bezorgde Sainz de zege.", {("sainz", 1)}),
        ("Norris took victory ahead of Sainz.", {("norris", 1)}),
        ("Norris won, Sainz saw his victory chances vanish.", {("norris", 1)}),
        # a place where he rejoined, a place set on a first run
        ("Na een trage stop kwam Norris op de veertiende plek terug op de baan.", set()),
        ("De stop duurde zo lang dat Norris op de veertiende plek terugkeerde op de baan.", set()),
        # a place at the flag, not as wished
        ("Norris failed to finish on a high, coming home in 11th.", {("norris", 11)}),
    ],
)
def test_a_win_or_place_that_did_not_stand(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Russian Grand Prix. {text}", date="2021-09-26")) == expected


def test_a_qualifying_place_on_a_first_effort_is_no_result(parse: Parse) -> None:
    a = parse(
        "Hungarian Grand Prix qualifying. Norris, on his first Q2 effort, was ninth.", date="2021-07-31"
    )
    assert all(f.status != "final" for f in facts_of(a, "qualifying", "norris"))
    a = parse("Hungarian Grand Prix qualifying. Norris qualified ninth.", date="2021-07-31")
    assert [(f.position, f.status) for f in facts_of(a, "qualifying", "norris")] == [(9, "final")]


@pytest.mark.parametrize(
    "text, finish, standing",
    [
        # a place in the race, and what it did to the standings
        ("Norris finished third to extend his championship lead.", 3, None),
        ("Norris finished third to cut his deficit in the championship.", 3, None),
        # a standing
        ("Norris is third in the championship to keep his hopes alive.", None, 3),
    ],
)
def test_a_place_with_a_purpose_clause(
    parse: Parse, text: str, finish: int | None, standing: int | None
) -> None:
    a = parse(f"Russian Grand Prix. {text}", date="2021-09-26")
    assert {f.position for f in facts_of(a, "finish", "norris") if f.status == "final"} == (
        {finish} if finish else set()
    )
    assert {f.position for f in facts_of(a, "championship", "norris")} == ({standing} if standing else set())


def test_the_rival_of_a_genitive_is_the_subject(parse: Parse) -> None:
    a = parse(
        "Italian Grand Prix. Red Bull's Sergio Perez, until then Norris's closest rival, retired with a "
        "gearbox failure.",
        date="2021-09-12",
    )
    assert retired(a) == {"perez": "gearbox"}
    # the Dutch genitive without an apostrophe takes one word before the person, no more
    a = parse(
        "GP van Italië. Na Norris' crash wist teamgenoot Ricciardo de race te winnen.", date="2021-09-12"
    )
    assert {f.driver for f in facts_of(a, "crash")} == {"norris"}
    # nor is a name in s a genitive before a verb
    a = parse(
        "Italian Grand Prix. Bottas passed his teammate Hamilton but retired with a gearbox failure.",
        date="2021-09-12",
    )
    assert retired(a) == {"bottas": "gearbox"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a car pulled over, a fire, a stuck brake
        ("Ocon pulled his Alpine over with engine trouble on lap 30.", {"ocon": "engine"}),
        ("Ocon was the first retirement of the race when his Alpine caught fire.", {"ocon": "fire"}),
        ("Ocon viel uit toen zijn Alpine vlam vatte.", {"ocon": "fire"}),
        ("Ocon viel uit met een vastzittende rem, de remschijf stond nog in brand.", {"ocon": "brakes"}),
        ("Ocon stopped with his engine on fire on lap 39.", {"ocon": "engine"}),
        ("Ocon stopped on the main straight due to an electrical failure.", {"ocon": "electrical"}),
        (
            "Ocon's day then came to a premature end when his car suffered a gear sync problem.",
            {"ocon": "gear sync problem"},
        ),
        (
            "Ocon's retirement, caused by a failure on the car's hybrid system, cost Alpine dearly.",
            {"ocon": "failure on the car's hybrid"},
        ),
        # the part that caught fire says more than the fire
        ("Ocon retired when his engine caught fire.", {"ocon": "engine"}),
        # no retirement: a car pulled over in the pits, a fire elsewhere
        ("Ocon pulled his Alpine over in the pit box for new tyres.", {}),
        ("Ocon stopped for new tyres with a slow stop due to a wheel gun issue.", {}),
        ("Ocon stopped twice with a wheel gun problem costing him time.", {}),
        ("Ocon finished sixth, though a small fire broke out in the Alpine garage.", {}),
    ],
)
def test_pulled_over_and_on_fire(parse: Parse, text: str, expected: dict[str, str | None]) -> None:
    assert retired(parse(f"Verslag van de Grand Prix van Hongarije. {text}", date="2021-08-01")) == expected


def seasons(a: ParsedArticle) -> set[int | None]:
    """The seasons of the Australian finishes told as results (not as history)."""
    return {f.season for f in facts_of(a, "finish") if f.grand_prix == "australia" and f.status == "final"}


def test_a_look_back_at_an_earlier_season_is_of_that_season(parse: Parse) -> None:
    # written in March 2022, it looks back at 2019: its race is the 2019 one, told as it happened
    a = parse(
        "Memorable moments: Norris shines in 2019\nFriday, 25 March 2022\n"
        "Fans filled Albert Park for the Australian Grand Prix 2019. Bottas won the race.",
        date="2022-03-25",
    )
    assert seasons(a) == {2019}
    # no look back: the year of another race named in a report of this season's
    a = parse(
        "Bottas wins in Melbourne\n\nBottas, who also won the Australian Grand Prix in 2019, won the race.",
        date="2022-04-10",
    )
    assert seasons(a) == {2022}
    # a look back that names this season's year too is no look back at one earlier season
    a = parse(
        "Looking back before the Australian Grand Prix 2022: memories of 2019\n\nBottas won the race.",
        date="2022-04-10",
    )
    assert seasons(a) == {2022}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a win to come, led for, expected; a place to settle for; a place behind the safety car
        ("Everyone hoped Norris will get his first win.", set()),
        ("Norris appeared to be leading for a maiden win after lap one.", set()),
        ("We all thought this was going to be a sweet maiden win for Norris.", set()),
        ("Just as the team decided to settle for fourth place, a hydraulic leak put Norris out.", set()),
        ("Norris was fourth behind the safety car.", set()),
        # a win and a place
        ("Norris, who will remember this day, won the race.", {("norris", 1)}),
        ("Norris finished fourth after the safety car.", {("norris", 4)}),
    ],
)
def test_a_win_to_come_or_a_place_settled_for(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finals(parse(f"Sakhir Grand Prix. {text}", date="2020-12-06")) == expected


def test_reliability_issues_name_no_cause_and_his_own_best_is_no_first_place(parse: Parse) -> None:
    a = parse("Austrian Grand Prix. Both Alpine cars retired with reliability issues.", date="2021-07-04")
    assert retired(a) == {"ocon": None, "alonso": None}
    a = parse("Austrian Grand Prix. Ocon retired with a hydraulics issue.", date="2021-07-04")
    assert retired(a) == {"ocon": "hydraulics"}
    practice = "GP van Oostenrijk, tweede vrije training. "
    a = parse(practice + "Ocon was de enige die zijn snelste tijd op de medium klokte.", date="2021-07-02")
    assert not facts_of(a, "practice")
    a = parse(practice + "Ocon klokte de snelste tijd.", date="2021-07-02")
    assert [(f.driver, f.position) for f in facts_of(a, "practice")] == [("ocon", 1)]


def test_a_wish_to_give_up_and_a_best_start_of_a_season(parse: Parse) -> None:
    a = parse(
        "GP van Duitsland. Ocon spinde en wilde opgeven, maar werd toch nog negende.", date="2019-07-28"
    )
    assert retired(a) == {}
    a = parse("GP van Duitsland. Ocon spinde en moest opgeven.", date="2019-07-28")
    assert retired(a) == {"ocon": None}
    a = parse("Esteban Ocon, het seizoen 2019. Beste startpositie: 7e (Oostenrijk).", date="2019-12-01")
    assert [(f.kind, f.position) for f in facts_of(a, driver="ocon")] == [("grid", 7)]
    a = parse("Esteban Ocon, het seizoen 2019. Beste resultaat: 7e (Oostenrijk).", date="2019-12-01")
    assert [(f.kind, f.position) for f in facts_of(a, driver="ocon")] == [("finish", 7)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pole that could have been, a win aimed at or hoped for
        ("GP van Hongarije. Ocon had al vaker op pole kunnen staan.", set()),
        ("Hungarian Grand Prix. Ocon could have been on pole today.", set()),
        ("GP van Hongarije. Ocon gaat zondag proberen om de Grand Prix op de Hungaroring te winnen.", set()),
        (
            "Hungarian Grand Prix. Ocon's hope of claiming a long-awaited first F1 victory was dashed.",
            set(),
        ),
        # a pole and a win
        ("GP van Hongarije. Ocon pakte de pole.", {("grid", 1)}),
        ("GP van Hongarije. Ocon wist de Grand Prix te winnen.", {("finish", 1)}),
        (
            "Hungarian Grand Prix. Ocon kept his hopes of a title alive with a dominant victory.",
            {("finish", 1)},
        ),
    ],
)
def test_a_pole_that_could_have_been_and_a_win_aimed_at(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    a = parse(text, date="2021-08-01")
    assert {
        (f.kind, f.position) for f in a.facts if f.kind in ("grid", "finish") and f.status == "final"
    } == expected


def test_a_grid_demotion_a_risked_disqualification_and_a_reason_that_is_a_race(parse: Parse) -> None:
    a = parse("Austrian Grand Prix. Ocon got a grid demotion from second to fifth.", date="2020-07-05")
    assert [f.position for f in facts_of(a, "grid", "ocon")] == [5]
    a = parse(
        "Sakhir Grand Prix. The mistake meant Ocon risked a post-race disqualification.", date="2020-12-06"
    )
    assert not facts_of(a, "penalty")
    a = parse("Sakhir Grand Prix. Ocon was disqualified for a technical infringement.", date="2020-12-06")
    assert [f.penalty for f in facts_of(a, "penalty")] == ["disqualification"]
    a = parse(
        "Qatar Grand Prix. Ocon has been given a five-place grid penalty for the Qatar Grand Prix later "
        "today at the Losail International Circuit.",
        date="2021-11-21",
    )
    assert [(f.amount, f.reason) for f in facts_of(a, "penalty")] == [(5, None)]
    a = parse(
        "Qatar Grand Prix. Ocon has been given a five-place grid penalty for impeding Bottas.",
        date="2021-11-21",
    )
    assert [f.reason for f in facts_of(a, "penalty")] == ["impeding Bottas"]


def test_the_place_finished_in_beside_the_one_moved_up_to(parse: Parse) -> None:
    a = parse(
        "Sakhir Grand Prix. Ocon eventually finished ninth after a late puncture dealt another blow just as "
        "he had moved back up to second.",
        date="2020-12-06",
    )
    assert finals(a) == {("ocon", 9)}
    a = parse("Sakhir Grand Prix. Ocon had moved back up to second.", date="2020-12-06")
    assert finals(a) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one let win, over a clause cut at "and"; the place classified beside the one on the road
        (
            "A slow restart by Sainz and a puncture for Ocon allowed Norris to get his and McLaren's win.",
            {("norris", 1)},
        ),
        ("Sainz had to settle for P2 despite crossing the finish line first.", {("sainz", 2)}),
        # no other place beside it: the one told
        ("Sainz won despite a slow restart.", {("sainz", 1)}),
        ("A mistake allowing Norris to get second, Sainz won.", {("norris", 2), ("sainz", 1)}),
    ],
)
def test_the_one_let_win_and_the_place_despite_the_road(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finals(parse(f"Azerbaijan Grand Prix. {text}", date="2021-06-06")) == expected
