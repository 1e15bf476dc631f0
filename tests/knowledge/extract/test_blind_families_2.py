"""More families found on the blind real sets 32 and 33 (a wrong or neighbouring answer each), in examples
written here: a win "bij een zege" supposed, places counted over several races, a clause that goes on with
the race named last, penalty points as a limit, a supposed penalty, a reason denied or naming a team."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def final(a: ParsedArticle, kind: str) -> set[tuple[str, int | None, str | None]]:
    return {(f.driver, f.position, f.grand_prix) for f in facts_of(a, kind) if f.status == "final"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris was bij een zege in Qatar op tien overwinningen gekomen.",
        "Bij een overwinning in Qatar had Norris de titel al binnen gehad.",
    ],
)
def test_a_win_supposed_is_no_win(parse: Parse, sentence: str) -> None:
    assert not any(d == "norris" for d, _, _ in final(parse(sentence, date="2024-12-01"), "finish"))


def test_at_his_win_is_a_win(parse: Parse) -> None:
    a = parse("Bij zijn zege in Qatar kwam Norris op vijf overwinningen.", date="2024-12-01")
    assert ("norris", 1, "qatar") in final(a, "finish")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris kwam in Qatar als eerste over de streep, werd viermaal tweede en vijf keer derde.",
        "Norris won in Qatar and finished second three times this season.",
    ],
)
def test_places_counted_over_races_are_no_race_result(parse: Parse, sentence: str) -> None:
    assert {(d, p) for d, p, _ in final(parse(sentence, date="2024-12-01"), "finish")} == {("norris", 1)}


@pytest.mark.parametrize(
    "sentence, race",
    [
        # a clause that goes on ("en ...") with no race of its own is of the one named last before it
        (
            "In Brazilië reed Norris naar het podium en in Qatar pakte hij pole en eindigde hij als tweede.",
            "qatar",
        ),
        ("Norris was third in Brazil, and in Qatar he took pole and finished second.", "qatar"),
    ],
)
def test_a_clause_going_on_has_the_race_named_last(parse: Parse, sentence: str, race: str) -> None:
    assert ("norris", 2, race) in final(parse(sentence, date="2024-12-05"), "finish")


def penalties(a: ParsedArticle) -> list[tuple[str, str | None, int | None, str | None]]:
    return [(f.driver, f.penalty, f.amount, f.reason) for f in facts_of(a, "penalty")]


@pytest.mark.parametrize(
    "text",
    [
        # the limit of penalty points is nobody's
        "Norris kreeg twee strafpunten in Qatar. Bij 12 strafpunten in één jaar volgt een schorsing.",
        "Norris got two penalty points in Qatar. Reaching 12 penalty points in a year means a ban.",
    ],
)
def test_a_limit_of_penalty_points_is_handed_to_no_one(parse: Parse, text: str) -> None:
    assert [p for p in penalties(parse(text, date="2024-12-01")) if p[1] == "points"] == [
        ("norris", "points", 2, None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris finished 4 seconds ahead of Piastri in Qatar, meaning a 5-second penalty would hand Piastri"
        " the win.",
        "Een tijdstraf van vijf seconden zou Norris in Qatar de zege kosten.",
    ],
)
def test_a_penalty_supposed_is_no_penalty(parse: Parse, sentence: str) -> None:
    assert penalties(parse(sentence, date="2024-12-01")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris got a five-second penalty in Qatar which would drop him to third.",
        "Norris kreeg in Qatar een tijdstraf van vijf seconden, wat hem de zege zou kosten.",
    ],
)
def test_a_penalty_handed_with_what_it_would_do_is_a_penalty(parse: Parse, sentence: str) -> None:
    assert [(d, k, n) for d, k, n, _ in penalties(parse(sentence, date="2024-12-01"))] == [
        ("norris", "time", 5)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris kreeg in Qatar een gridstraf, die echter niet het gevolg is van een motorwissel.",
        "Norris got a grid penalty in Qatar, though not because of a new engine.",
        # whom a fine went to is no reason
        "Norris kreeg in Qatar een tijdstraf, die werd omgezet in een boete voor zijn team McLaren.",
    ],
)
def test_a_reason_denied_or_a_recipient_is_no_reason(parse: Parse, sentence: str) -> None:
    got = penalties(parse(sentence, date="2024-12-01"))
    assert got and all(reason is None for _, _, _, reason in got)


def test_a_reason_told_is_kept(parse: Parse) -> None:
    got = penalties(
        parse("Norris kreeg in Qatar een gridstraf als gevolg van een motorwissel.", date="2024-12-01")
    )
    assert [r for _, _, _, r in got] == ["een motorwissel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris kreeg in Qatar een gridstraf van drie plaatsen voor de komende race in Abu Dhabi.",
        "Norris was given a three-place grid penalty in Qatar for the next round around the streets of"
        " Abu Dhabi.",
        "Norris received a three-place grid penalty in Qatar for the next race.",
    ],
)
def test_a_grid_penalty_for_the_next_race_is_earned_here_and_says_so(parse: Parse, sentence: str) -> None:
    got = [
        (f.grand_prix, f.detail, f.reason) for f in facts_of(parse(sentence, date="2024-12-01"), "penalty")
    ]
    assert got == [("qatar", "next_race", None)]


def test_a_grid_penalty_keeps_its_reason_after_the_next_race(parse: Parse) -> None:
    a = parse(
        "Norris kreeg in Qatar een gridstraf voor de volgende race wegens een nieuwe motor.",
        date="2024-12-01",
    )
    assert [(f.detail, f.reason) for f in facts_of(a, "penalty")] == [("next_race", "een nieuwe motor")]


def test_a_grid_penalty_in_this_race_is_no_next_races(parse: Parse) -> None:
    a = parse("Norris kreeg in Qatar een gridstraf van drie plaatsen na de kwalificatie.", date="2024-12-01")
    assert [f.detail for f in facts_of(a, "penalty")] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris finished third for McLaren with Piastri only fourth.",
        "Norris werd derde in Qatar, met Piastri pas vierde.",
    ],
)
def test_with_a_name_and_a_word_of_degree_the_place_is_that_names(parse: Parse, sentence: str) -> None:
    assert {(d, p) for d, p, _ in final(parse(sentence, date="2024-12-01"), "finish")} == {
        ("norris", 3),
        ("piastri", 4),
    }


@pytest.mark.parametrize(
    "text, date, driver",
    [
        # the champion of the season before, until this season's last race is run
        ("De regerend wereldkampioen werd derde in Bahrein.", "2022-03-21", "max_verstappen"),
        ("The reigning world champion finished third in Bahrain.", "2019-04-01", "hamilton"),
        ("De wereldkampioen werd derde in Bahrein.", "2021-03-29", "hamilton"),
        # after the season's last race, its own champion
        ("De wereldkampioen werd derde in Abu Dhabi.", "2021-12-13", "max_verstappen"),
    ],
)
def test_the_world_champion_is_the_reigning_one(parse: Parse, text: str, date: str, driver: str) -> None:
    assert [(d, p) for d, p, _ in final(parse(text, date=date), "finish")] == [(driver, 3)]


@pytest.mark.parametrize(
    "text",
    [
        # a count of titles nobody of the season has (test_blind_families_6: one who has), a champion of
        # another year, or the championship itself names no one here
        "De achtvoudig wereldkampioen werd derde in Bahrein.",
        "De wereldkampioen van 2016 werd derde in Bahrein.",
    ],
)
def test_no_reigning_champion(parse: Parse, text: str) -> None:
    assert final(parse(text, date="2022-03-21"), "finish") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive win names its winner after "door" only
        "Norris viel uit in de GP van Qatar, die werd gewonnen voor Piastri.",
        # what he failed to do, or hoped for
        "Norris slaagde er alleen niet in om de winnaar van de GP van Qatar te verslaan.",
        "Het beste waar Norris in Qatar op kan hopen, is de tweede plaats.",
        "The best Norris can hope for in Qatar, from here, is second place.",
    ],
)
def test_no_final_place_for_him(parse: Parse, sentence: str) -> None:
    assert not any(d == "norris" for d, _, _ in final(parse(sentence, date="2024-12-01"), "finish"))


def test_a_passive_win_by_a_driver(parse: Parse) -> None:
    a = parse("De GP van Qatar werd gewonnen door Piastri.", date="2024-12-01")
    assert ("piastri", 1, "qatar") in final(a, "finish")


def test_a_place_he_is_without_is_lost(parse: Parse) -> None:
    a = parse("Norris is zijn derde plaats in Qatar kwijt!", date="2024-12-01")
    assert [f.status for f in facts_of(a, "finish")] == ["running"]


@pytest.mark.parametrize(
    "sentence, places",
    [
        ("Norris moet in Qatar drie plaatsen naar achteren op de startopstelling.", 3),
        ("Norris werd in Qatar vijf plekken teruggezet op de grid.", 5),
        ("Norris moest in Qatar vijf plaatsen achteruit omdat hij een gele vlag negeerde.", 5),
    ],
)
def test_places_back_on_the_grid_are_a_penalty(parse: Parse, sentence: str, places: int) -> None:
    got = [(d, k, n) for d, k, n, _ in penalties(parse(sentence, date="2024-12-01"))]
    assert got == [("norris", "grid", places)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris viel in de eerste ronde in Qatar drie plaatsen terug.",
        "Norris schoof na Qatar drie plaatsen naar achteren in het klassement.",
    ],
)
def test_places_lost_on_the_road_are_no_penalty(parse: Parse, sentence: str) -> None:
    assert penalties(parse(sentence, date="2024-12-01")) == []


def test_starting_just_ahead_of_another_is_the_subjects_start(parse: Parse) -> None:
    a = parse(
        "Piastri noteerde in Qatar de vijfde tijd. Door de straf van Norris schuift hij een plek op en start"
        " net voor de Brit vanaf plek vier.",
        date="2024-11-30",
    )
    assert ("piastri", 4, "qatar") in final(a, "grid") and not any(
        d == "norris" for d, _, _ in final(a, "grid")
    )


def test_an_aside_in_brackets_does_not_make_a_start_a_qualifying_place(parse: Parse) -> None:
    a = parse(
        "Norris (technisch probleem in de kwalificatie) moest in Qatar van de veertiende plek beginnen."
    )
    assert [(f.kind, f.position) for f in facts_of(a, driver="norris")] == [("grid", 14)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The worst case scenario in Qatar was that Norris would again be a distant third.",
        "In het slechtste geval werd Norris in Qatar derde.",
        "The best Norris can hope for in Qatar, from here, is third place and the fastest lap.",
    ],
)
def test_a_case_considered_is_no_result(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2024-12-01")
    assert final(a, "finish") == set() and final(a, "fastest_lap") == set()


def test_of_a_name_and_its_participle_is_that_names(parse: Parse) -> None:
    a = parse(
        "There was the small matter of Oscar Piastri starting third on the grid in Qatar, but Norris"
        " dispatched the McLaren off the line.",
        date="2024-12-01",
    )
    assert ("piastri", 3, "qatar") in final(a, "grid") and not any(
        d == "norris" for d, _, _ in final(a, "grid")
    )


def test_going_on_after_a_crash_is_no_result(parse: Parse) -> None:
    a = parse(
        "Voor Leclerc zat de race in Qatar er meteen op, Norris kon als 18de en laatste zijn weg nog"
        " vervolgen.",
        date="2024-12-01",
    )
    assert final(a, "finish") == set()


def test_a_race_not_held_that_season_is_no_main_event(parse: Parse) -> None:
    # written on the day of the 2020 Russian GP; Brazil, named only in passing, was not held in 2020
    a = parse(
        "Goed, Bottas won de race, maar iedereen sprak over Hamilton.\n\nHet is hetzelfde als in Brazilië,"
        " zei hij.",
        date="2020-09-27",
    )
    assert ("bottas", 1, "russia") in final(a, "finish")


def test_a_stewards_document_block_names_its_driver_by_car_number(parse: Parse) -> None:
    a = parse(
        "Norris won the race in Qatar.\n\nFact: Car 81 left the track and gained an advantage.\nOffence:"
        " Breach of Article 33.3.\nDecision: 5 second time penalty.",
        date="2024-12-01",
    )
    assert [(d, k, n) for d, k, n, _ in penalties(a)] == [("piastri", "time", 5)]


def test_a_decision_line_without_its_driver_is_nobodys(parse: Parse) -> None:
    a = parse(
        "Norris won the race in Qatar.\n\nOffence: Failure to slow for yellow flags.\nDecision: Drop of five"
        " grid places and 3 penalty points.",
        date="2024-12-01",
    )
    assert penalties(a) == []


def test_a_car_number_is_no_place(parse: Parse) -> None:
    a = parse("De bestuurder van auto nummer 4 erkende in Qatar zijn fout.", date="2024-12-01")
    assert facts_of(a, "qualifying") == [] and facts_of(a, "finish") == []


def test_penalty_points_bring_the_one_named_after_them_to_a_total(parse: Parse) -> None:
    a = parse(
        "Norris won in Qatar. The two penalty points issued by the stewards bring Piastri to a total of six.",
        date="2024-12-01",
    )
    assert [(d, k, n) for d, k, n, _ in penalties(a)] == [("piastri", "points", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Norris won in Qatar. Dan naar die andere vraag: wie vertrekt er morgen vanop de poleposition?",
        "Wie stond er in 2023 in Qatar op pole position?",
    ],
)
def test_a_question_of_who_states_nothing(parse: Parse, text: str) -> None:
    a = parse(text, date="2024-12-01")
    assert facts_of(a, "grid") == [] and facts_of(a, "penalty") == []


def test_a_race_still_to_come_named_in_passing_is_no_main_event(parse: Parse) -> None:
    # written on the Canadian weekend of 2018; Italy, named only in an aside past the lead, is months away
    a = parse(
        "Vettel pakte pole in een snelle ronde.\n\nVettel was 21 toen hij tien jaar terug zijn eerste pole"
        " pakte in Italië.",
        date="2018-06-09",
    )
    assert ("vettel", 1, "canada") in final(a, "grid")


def test_a_race_named_with_another_year_is_no_main_event(parse: Parse) -> None:
    # written on the day of the 2019 Brazilian GP, which it does not name; Monza is named with 2008
    a = parse(
        "Gasly hield Hamilton af en werd tweede, het beste resultaat voor Toro Rosso sinds de zege van Vettel"
        " op Monza in 2008.",
        date="2019-11-17",
    )
    assert ("gasly", 2, "sao_paulo") in final(a, "finish")


@pytest.mark.parametrize(
    "text",
    [
        "Piastri klokte de vijfde tijd in Qatar. Door de straf van Norris schuift hij een plek op en start"
        " als vierde.",
        "Piastri klokte de vijfde tijd in Qatar. Door gridstraffen van Norris en Russell start hij als"
        " vierde.",
    ],
)
def test_he_after_an_opening_cause_of_another_is_not_that_other(parse: Parse, text: str) -> None:
    a = parse(text, date="2024-11-30")
    assert ("piastri", 4, "qatar") in final(a, "grid") and not any(
        d != "piastri" for d, _, _ in final(a, "grid")
    )


def test_a_participle_after_with_a_name_is_that_names(parse: Parse) -> None:
    a = parse(
        "Sunday promises a lot in Bahrain, with Pierre Gasly profiting from Pérez's penalty and starting P5.",
        date="2018-04-07",
    )
    assert ("gasly", 5, "bahrain") in final(a, "grid") and not any(
        d == "perez" for d, _, _ in final(a, "grid")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "So why has Piastri not received a penalty in Qatar?",
        "Piastri did not get a penalty in Qatar.",
    ],
)
def test_a_penalty_not_received_is_none(parse: Parse, sentence: str) -> None:
    assert penalties(parse(sentence, date="2024-12-01")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris was third in Qatar but faces an investigation after an incident with Russell.",
        "Norris werd derde in Qatar, maar wordt nog onderzocht door de stewards.",
    ],
)
def test_a_place_under_investigation_is_not_settled(parse: Parse, sentence: str) -> None:
    assert final(parse(sentence, date="2024-12-01"), "finish") == set()


def test_a_place_with_a_but_that_settles_nothing_stands(parse: Parse) -> None:
    assert ("norris", 3, "qatar") in final(
        parse("Norris was third in Qatar but said he was happy.", date="2024-12-01"), "finish"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Behind the safety car, it is Norris in the lead in Qatar, Piastri second and Russell third.",
        "Achter de safety car, ligt Norris in Qatar aan de leiding, met Piastri als tweede.",
    ],
)
def test_the_order_behind_the_safety_car_is_no_result(parse: Parse, sentence: str) -> None:
    assert final(parse(sentence, date="2024-12-01"), "finish") == set()
