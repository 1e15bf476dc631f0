"""Phrase families of the session of 8 December 2026, in examples written here, each with text that must
still give the fact: a results list in a race report, framed by a later race a sentence before it named
("stronger in Monza"), tells no result of that later race (it had not been run); a results page with no
race of its own keeps its rows; "de op een na snelste tijd" is second, not the fastest; the fastest time "aan
het begin van de training" is no top of the session; a word of praise between a name and its place ("with
Norris another superb fifth"); a win a driver was on his way to, with the team's name joined to it ("op weg
naar zijn eerste Ferrari-overwinning"); a top held for a moment ("staat kortstondig bovenaan", "briefly
topped"); "de snelste van alle coureurs" is the fastest of everyone; a practice session topped "ahead of
qualifying for the Grand Prix", with the places of others joined to it by "as", is no race; the place taken
ahead of another ("pakte voor Verstappen de derde plek") is not the other's; "a third-placed finish" is a
place, "third-placed Russell" is not read as anyone's; "the race started with Leclerc on pole, followed by
Verstappen in P2" tells starts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def _final_finishes(a: ParsedArticle, gp: str) -> list[tuple[str, int | None]]:
    return [
        (f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final" and f.grand_prix == gp
    ]


def test_a_list_framed_by_a_later_race_tells_none_of_it(parse: Parse) -> None:
    a = parse(
        "Vettel wint in Spa\n\n"
        "Sebastian Vettel won de Grand Prix van België. Hamilton hoopt dat Mercedes in Monza sterker is.\n"
        "Zo zag de uitslag van die race eruit:\n1 Vettel\n2 Hamilton\n3 Verstappen\n4 Bottas",
        date="2018-08-26",
    )
    assert _final_finishes(a, "italy") == []
    assert ("vettel", 1) in _final_finishes(a, "belgium")


def test_a_results_page_of_no_race_keeps_its_rows(parse: Parse) -> None:
    a = parse(
        "Uitslag Grand Prix van Italië 2018\n\n"
        "1 Lewis Hamilton\n2 Kimi Räikkönen\n3 Valtteri Bottas\n4 Max Verstappen",
        date="2018-09-02",
    )
    assert ("hamilton", 1) in _final_finishes(a, "italy")
    assert ("bottas", 3) in _final_finishes(a, "italy")


def _practice(a: ParsedArticle) -> list[tuple[str, int | None, str | None]]:
    return [(f.driver, f.position, f.detail) for f in facts_of(a, "practice") if f.status == "final"]


OPENING = "Lewis Hamilton won de Grand Prix van Portugal. "


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Max Verstappen reed de op een na snelste tijd in de tweede vrije training.",
            [("max_verstappen", 2, "FP2")],
        ),
        (
            "Max Verstappen was in de eerste vrije training de op één na snelste.",
            [("max_verstappen", 2, "FP1")],
        ),
        ("Lando Norris was in VT2 op twee na snelst.", [("norris", 3, "FP2")]),
        # the plain fastest is still first
        ("Lando Norris was in VT2 de snelste.", [("norris", 1, "FP2")]),
        ("Charles Leclerc was aan het eind van de derde vrije training de snelste.", [("leclerc", 1, "FP3")]),
    ],
)
def test_the_nth_fastest_in_practice(
    parse: Parse, sentence: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _practice(parse(OPENING + sentence, date="2021-05-02")) == expected


def test_the_fastest_at_the_start_of_the_session_is_no_top(parse: Parse) -> None:
    a = parse(
        OPENING + "Charles Leclerc zette in de derde vrije training een tijd van 1.43.364 neer, wat aan het"
        " begin van de training de snelste tijd was.",
        date="2021-05-02",
    )
    assert _practice(a) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergio Perez was in fourth with Lando Norris another superb fifth for McLaren.",
        "Sergio Perez werd vierde, met Lando Norris een sterke vijfde.",
        "Sergio Perez was fourth with Lando Norris fifth.",
    ],
)
def test_a_word_of_praise_between_a_name_and_its_place(parse: Parse, sentence: str) -> None:
    a = parse(OPENING + sentence, date="2021-05-02")
    assert ("perez", 4) in _final_finishes(a, "portugal")
    assert ("norris", 5) in _final_finishes(a, "portugal")
    assert ("perez", 5) not in _final_finishes(a, "portugal")


def test_a_win_on_the_way_to_with_a_team_joined_to_it(parse: Parse) -> None:
    a = parse(
        "Lange tijd leek de Fin Kimi Raikkonen op weg naar zijn eerste Ferrari-overwinning sinds zijn"
        " terugkeer bij het team.",
        date="2018-09-02",
    )
    assert ("raikkonen", 1) not in _final_finishes(a, "italy")
    b = parse("Kimi Raikkonen boekte in Monza zijn eerste Ferrari-overwinning sinds 2007.", date="2018-09-02")
    assert ("raikkonen", 1) in _final_finishes(b, "italy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Charles Leclerc staat in de eerste vrije training kortstondig bovenaan de tijdenlijst.",
        "Charles Leclerc briefly topped the times in first practice.",
    ],
)
def test_a_top_for_a_moment_is_none(parse: Parse, sentence: str) -> None:
    assert _practice(parse(OPENING + sentence, date="2021-04-30")) == []


def test_the_fastest_of_all_drivers(parse: Parse) -> None:
    a = parse(
        OPENING + "In de tweede vrije training was Lewis Hamilton de snelste van alle coureurs.",
        date="2021-04-30",
    )
    assert _practice(a) == [("hamilton", 1, "FP2")]
    b = parse(
        OPENING + "In de tweede vrije training was Lewis Hamilton de snelste van de Mercedes-coureurs.",
        date="2021-04-30",
    )
    assert _practice(b) == []


def test_practice_topped_ahead_of_qualifying_is_no_race(parse: Parse) -> None:
    a = parse(
        "Max Verstappen topped the final practice session ahead of qualifying for the Saudi Arabian Grand"
        " Prix as Lewis Hamilton finished second and Sergio Perez took third.",
        date="2021-12-05",
    )
    assert ("max_verstappen", 1, "FP-last") in _practice(a)
    assert _final_finishes(a, "saudi_arabia") == []


def test_a_crash_in_qualifying_after_a_practice_told_stays(parse: Parse) -> None:
    a = parse(
        "Charles Leclerc was the fastest Ferrari driver in practice and Q1, but hit the wall at Turn 8"
        " in Q2.",
        date="2019-04-27",
    )
    assert [f.driver for f in facts_of(a, "crash") if f.status == "final"] == ["leclerc"]


def test_the_place_taken_ahead_of_another(parse: Parse) -> None:
    a = parse(
        "Hamilton won de Grand Prix van China. Sebastian Vettel pakte uiteindelijk voor Verstappen de"
        " derde plek.",
        date="2019-04-14",
    )
    assert ("vettel", 3) in _final_finishes(a, "china")
    assert ("max_verstappen", 3) not in _final_finishes(a, "china")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Daniil Kvyat held on for an unlikely third-placed finish.", [("kvyat", 3)]),
        ("Daniil Kvyat took a third-place finish.", [("kvyat", 3)]),
        # a place before a name, of the moment: nobody's result read
        ("Third-placed Daniil Kvyat pitted for slicks on lap 40.", []),
    ],
)
def test_a_placed_finish(parse: Parse, sentence: str, expected: list[tuple[str, int]]) -> None:
    a = parse("Max Verstappen won the German Grand Prix. " + sentence, date="2019-07-28")
    assert [x for x in _final_finishes(a, "germany") if x[0] != "max_verstappen"] == expected


def test_the_order_the_race_started_in(parse: Parse) -> None:
    a = parse(
        "Charles Leclerc won the Bahrain Grand Prix. The race started with Charles Leclerc in pole position"
        " followed by Max Verstappen in P2 and Carlos Sainz in third place.",
        date="2022-03-20",
    )
    assert _final_finishes(a, "bahrain") == [("leclerc", 1)]
    grid = [(f.driver, f.position) for f in facts_of(a, "grid") if f.status == "final"]
    assert ("max_verstappen", 2) in grid and ("sainz", 3) in grid

