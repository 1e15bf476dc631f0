"""Whose place or retirement it is, in long sentences with several drivers: references ("op tien seconden
van X", "werd voor X vijfde"), genitives ("Verstappens teamgenoot"), subordinate clauses ("toen X
uitviel"), opening clauses without a name, and "respectievelijk" lists placed in their race. Examples
written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.model import LAST
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Max Verstappen won de Grote Prijs van Oostenrijk. "
OPENING_EN = "Max Verstappen won the Austrian Grand Prix. "


def placed(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status in ("final", "provisional")}


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        # a reference driver right before the place is not the one placed
        ("Lando Norris eindigde op acht seconden van Verstappen als tweede.", "norris", 2),
        ("Sainz kwam op ruim een tiende van Leclerc als vierde over de streep.", "sainz", 4),
        ("Alonso werd voor Hamilton zesde.", "alonso", 6),
        ("Ocon eindigde achter Gasly als negende.", "ocon", 9),
        ("Russell finished three seconds behind Hamilton as the fifth car home.", "russell", 5),
        # but the driver right before "in fifth" or after "met" / "gave" is placed
        ("Norris finished fourth, ahead of Lewis Hamilton in fifth.", "hamilton", 5),
        ("Verstappen won, met Norris als tweede.", "norris", 2),
        ("The penalty gave McLaren's Oscar Piastri third place.", "piastri", 3),
    ],
)
def test_reference_driver_is_not_placed(parse: Parse, sentence: str, driver: str, position: int) -> None:
    opening = OPENING_EN if sentence.split()[1].islower() and sentence.isascii() else OPENING
    a = parse(opening + sentence, date="2024-07-01")
    assert (driver, position) in placed(a)
    others = {d for d, p in placed(a) if p == position}
    assert others == {driver}


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        ("Verstappens teamgenoot Sergio Pérez werd zevende.", "perez", 7),
        ("Hamiltons ploeggenoot George Russell eindigde als derde.", "russell", 3),
        ("Leclerc's team-mate Carlos Sainz finished sixth.", "sainz", 6),
        ("Norris' engineer said the car was fine, and Oscar Piastri finished eighth.", "piastri", 8),
        # the name after "the teammate of X," is the one meant
        ("De teamgenoot van Verstappen, Sergio Pérez, werd zevende.", "perez", 7),
        ("The team-mate of Leclerc, Carlos Sainz, finished sixth.", "sainz", 6),
    ],
)
def test_genitive_is_not_the_subject(parse: Parse, sentence: str, driver: str, position: int) -> None:
    a = parse(OPENING + sentence, date="2024-07-01")
    assert {d for d, p in placed(a) if p == position} == {driver}


def test_a_conjunction_is_no_genitive(parse: Parse) -> None:
    a = parse(
        "Hamilton en teamgenoot Russell werden in Oostenrijk respectievelijk derde en vierde.", "2024-07-01"
    )
    assert placed(a) == {("hamilton", 3), ("russell", 4)}


@pytest.mark.parametrize(
    "sentence, retired, not_retired",
    [
        (
            "Verstappen had een ruime voorsprong toen Sergio Pérez zijn auto langs de baan moest parkeren.",
            "perez",
            "max_verstappen",
        ),
        (
            "Hamilton was leading comfortably when George Russell retired with a gearbox failure.",
            "russell",
            "hamilton",
        ),
        ("Norris won de race nadat Leclerc met motorpech was uitgevallen.", "leclerc", "norris"),
        # the subject's own retirement stays his
        ("Leclerc viel uit nadat Sainz hem had aangetikt.", "leclerc", "sainz"),
    ],
)
def test_retirement_in_a_subordinate_clause(
    parse: Parse, sentence: str, retired: str, not_retired: str
) -> None:
    a = parse(OPENING + sentence, date="2024-07-01")
    assert facts_of(a, "retirement", retired)
    assert not facts_of(a, "retirement", not_retired)


@pytest.mark.parametrize(
    "sentence, driver, kind, position",
    [
        ("Having started from P14, Alexander Albon claimed ninth.", "albon", "grid", 14),
        ("Having started from P14, Alexander Albon claimed ninth.", "albon", "finish", 9),
        ("Gestart vanaf de twaalfde plaats, werd Nico Hülkenberg zevende.", "hulkenberg", "grid", 12),
        ("Gestart vanaf de twaalfde plaats, werd Nico Hülkenberg zevende.", "hulkenberg", "finish", 7),
    ],
)
def test_opening_clause_without_a_name(
    parse: Parse, sentence: str, driver: str, kind: str, position: int
) -> None:
    a = parse(OPENING + sentence, date="2024-07-01")
    assert (driver, position) in placed(a, kind)
    assert not facts_of(a, kind, "max_verstappen") or kind == "finish"


def test_respectively_is_placed_in_its_race_and_session(parse: Parse) -> None:
    a = parse(
        "Lando Norris pakte de pole voor de Grote Prijs van Oostenrijk. Max Verstappen en Oscar Piastri"
        " werden in de kwalificatie respectievelijk tweede en derde.",
        date="2024-06-29",
    )
    got = {(f.driver, f.position, f.grand_prix, f.season) for f in facts_of(a, "qualifying")}
    assert got == {("max_verstappen", 2, "austria", 2024), ("piastri", 3, "austria", 2024)}


@pytest.mark.parametrize(
    "sentence, position",
    [
        ("Charles Leclerc, pas negende op de startgrid, reed naar de overwinning.", 9),
        ("Charles Leclerc, die vanaf de polepositie vertrok, won de race.", 1),
    ],
)
def test_start_words_make_a_grid_place(parse: Parse, sentence: str, position: int) -> None:
    a = parse("In de Grote Prijs van Oostenrijk ging het mis voor Red Bull. " + sentence, date="2024-07-01")
    assert ("leclerc", position) in placed(a, "grid")
    assert ("leclerc", 9) not in placed(a, "finish")


def test_would_eventually_is_what_happened(parse: Parse) -> None:
    a = parse(
        OPENING_EN + "Piastri crossed the line fourth, but a five-second penalty meant he would eventually be"
        " classified sixth.",
        date="2024-07-01",
    )
    assert placed(a) >= {("piastri", 6)}
    assert ("piastri", 4) not in placed(a)
    b = parse(OPENING_EN + "Piastri would have finished fourth without his penalty.", date="2024-07-01")
    assert ("piastri", 4) not in placed(b)


def test_a_place_on_the_road_beside_the_final_one(parse: Parse) -> None:
    a = parse(
        OPENING_EN + "Having started tenth, Gasly took seventh, finishing eighth on the road behind Williams'"
        " Alex Albon, before Albon was given a five-second penalty.",
        date="2024-07-01",
    )
    assert ("gasly", 7) in placed(a)
    assert ("gasly", 8) not in placed(a) and ("albon", 8) not in placed(a)


@pytest.mark.parametrize(
    "sentence",
    [
        "Met een nipte ronde hield hij de Ferrari's van Charles Leclerc en Carlos Sainz van pole.",
        "Charles Leclerc kwam dichtbij poleposition.",
        "Verstappen kept Charles Leclerc off pole by two hundredths.",
    ],
)
def test_kept_off_pole_is_no_pole(parse: Parse, sentence: str) -> None:
    a = parse(
        "Max Verstappen pakte de pole voor de Grote Prijs van Nederland. " + sentence, date="2022-09-03"
    )
    assert not facts_of(a, "grid", "leclerc") and not facts_of(a, "grid", "sainz")
    assert [f.position for f in facts_of(a, "grid", "max_verstappen")][:1] == [1]


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        (
            "Max Verstappen werd bij de start gepasseerd door de als tweede vertrokken Lewis Hamilton.",
            "hamilton",
            2,
        ),
        ("Leclerc hield de vanaf de vijfde plaats gestarte Lando Norris achter zich.", "norris", 5),
    ],
)
def test_prenominal_participle_places_the_name_after_it(
    parse: Parse, sentence: str, driver: str, position: int
) -> None:
    a = parse("In de Grote Prijs van Abu Dhabi ging het hard. " + sentence, date="2021-12-12")
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} >= {(driver, position)}
    assert len({f.driver for f in facts_of(a, "grid") if f.position == position}) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "De Nederlander is in Zandvoort van de vierde plek gestart.",
        "Verstappen was vanaf de vierde plek vertrokken.",
    ],
)
def test_place_then_start_verb_is_a_grid_place(parse: Parse, sentence: str) -> None:
    a = parse("Max Verstappen reed in de Grote Prijs van Nederland. " + sentence, date="2022-09-04")
    assert [(f.kind, f.position) for f in facts_of(a, None, "max_verstappen") if f.position] == [("grid", 4)]


def test_apposition_teammate_of(parse: Parse) -> None:
    a = parse(
        "Sergio Pérez, de teamgenoot van Verstappen bij Red Bull, werd in Imola derde.", date="2022-04-24"
    )
    assert placed(a) == {("perez", 3)}


def test_qualifying_report_on_a_sprint_weekend(parse: Parse) -> None:
    a = parse(
        "Dit weekend staat er een sprintrace op het programma, en vandaag was de kwalificatie in Imola.\n\n"
        "Max Verstappen was in Q3 de snelste. In Q2 ging George Russell (11e) eruit. Hamilton (13e) strandde"
        " in Q2. De kwalificatie bepaalt de startopstelling van de sprint.",
        date="2022-04-22",
    )
    assert ("hamilton", 13) in {(f.driver, f.position) for f in facts_of(a, "qualifying")}
    assert not [f for f in facts_of(a, "finish") if f.session == "sprint"]


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        ("Max Verstappen finishte als zesde in de 21e en voorlaatste manche.", "max_verstappen", 6),
        ("Lando Norris was fifth in the 16th and final round of the year.", "norris", 5),
    ],
)
def test_the_number_of_the_race_is_no_place(parse: Parse, sentence: str, driver: str, position: int) -> None:
    a = parse("George Russell won de Grote Prijs van Brazilië. " + sentence, date="2022-11-14")
    assert [f.position for f in facts_of(a, "finish", driver)] == [position]


def test_a_count_after_a_win_is_no_place(parse: Parse) -> None:
    a = parse(
        "Met zijn twaalfde zege, de derde in Mexico en de vijfde dit seizoen, liep Hamilton verder uit."
        " Bottas werd tweede in Mexico.",
        date="2019-10-28",
    )
    assert 3 not in [f.position for f in facts_of(a, "finish")]
    assert ("bottas", 2) in placed(a)


def test_from_a_start_place_to_a_finish(parse: Parse) -> None:
    a = parse(
        "George Russell won in Brazilië. Hamilton werkte zich vanaf de achtste naar de tweede plaats op.",
        date="2022-11-14",
    )
    assert ("hamilton", 8) in placed(a, "grid") and ("hamilton", 2) in placed(a)


def test_from_last_to_a_place(parse: Parse) -> None:
    a = parse(
        "George Russell won in Brazilië. Hamilton reed van de laatste naar de tweede plaats.",
        date="2022-11-14",
    )
    assert ("hamilton", LAST) in placed(a, "grid") and ("hamilton", 2) in placed(a)
    # climbing from last: the second place is no start
    a = parse("George Russell won in Brazil. Hamilton climbed from last to second.", date="2022-11-14")
    assert ("hamilton", 2) not in placed(a, "grid")


def test_place_in_brackets_after_a_start_participle(parse: Parse) -> None:
    a = parse(
        "Max Verstappen won in België. Pérez werd tweede, voor de van pole vertrokken Carlos Sainz (derde).",
        date="2022-08-29",
    )
    assert ("sainz", 3) in placed(a) and ("sainz", 1) in placed(a, "grid")
    assert ("sainz", 3) not in placed(a, "grid")


def test_standing_with_a_points_word(parse: Parse) -> None:
    a = parse(
        "Max Verstappen won in België. Charles Leclerc, zesde in Spa, zakt af naar de derde plaats met 186"
        " stuks.",
        date="2022-08-29",
    )
    assert ("leclerc", 6) in placed(a)
    assert ("leclerc", 3) in placed(a, "championship") and ("leclerc", 3) not in placed(a)


@pytest.mark.parametrize(
    "sentence",
    ["The lap was too slow to improve, locking in pole for Magnussen.", "Zo bleef de pole voor Magnussen."],
)
def test_pole_for_a_driver(parse: Parse, sentence: str) -> None:
    a = parse("George Russell was fast in Brazil on Friday. " + sentence, date="2022-11-12")
    assert placed(a, "grid") == {("kevin_magnussen", 1)}


def test_a_title_before_a_name_is_that_name(parse: Parse) -> None:
    a = parse(
        "Max Verstappen won de Grote Prijs van Abu Dhabi. Verstappen was sneller dan zowel nummer twee"
        " Valtteri Bottas als nummer drie Lewis Hamilton.",
        date="2020-12-14",
    )
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} >= {("bottas", 2), ("hamilton", 3)}
    assert [f.position for f in facts_of(a, "finish", "max_verstappen")] == [1]
    # in the middle of the race a title is where he was then
    b = parse("George Russell won de sprint in Brazilië. Verstappen werd opgejaagd door nummer drie Russell.")
    assert ("russell", 3) not in placed(b)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik had er in de langzame bochten nog best last van, zei Norris.",
        "Norris scored, the last of which was a fine pass on Albon.",
        "Norris reed op Silverstone, dat zijn 70-jarig bestaan vierde.",
        "Norris had aan een zevende plaats genoeg om kampioen te worden.",
        "Norris kwam een tiende tekort voor P15.",
        "Norris fell just short of fourth place.",
        "Norris nam in de eerste hectometers meteen nummer drie Albon te grazen.",
        "On lap 4, Norris was told to hand fourth place back to Albon.",
    ],
)
def test_words_that_place_nobody(parse: Parse, sentence: str) -> None:
    a = parse("Max Verstappen won the British Grand Prix. " + sentence, date="2020-08-10")
    assert placed(a) == {("max_verstappen", 1)}


def test_starting_from_last_is_a_grid_place(parse: Parse) -> None:
    a = parse(
        "Ricciardo won the Monaco Grand Prix. Verstappen gained three places after starting from last,"
        " proving once more that overtaking is possible.",
        date="2018-05-28",
    )
    assert [f.kind for f in facts_of(a, None, "max_verstappen")] == ["grid"]


def test_a_penalty_from_one_place_to_another_corrects_the_article(parse: Parse) -> None:
    a = parse(
        "Valtteri Bottas won the Austrian Grand Prix. Lewis Hamilton took second place. Hamilton second.\n\n"
        "The penalty dropped Hamilton from second to fourth.",
        date="2020-07-06",
    )
    assert placed(a) == {("bottas", 1), ("hamilton", 4)}


def test_a_team_place_with_its_driver(parse: Parse) -> None:
    a = parse(
        "Hamilton won the title in Mexico. Vettel finished second and Ferrari also took third with Kimi"
        " Raikkonen. Red Bull finished fifth with Daniel Ricciardo and Renault seventh.",
        date="2018-10-29",
    )
    assert placed(a) == {("vettel", 2), ("raikkonen", 3), ("ricciardo", 5)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Het was de eerste zege sinds 2013 (Sebastian Vettel in een Red Bull) voor een ander team.",
        "Sergio Pérez, de winnaar vorige week in Bahrein, viel na tien rondes uit door technische problemen.",
        "De vorige Grand Prix op deze baan werd in 2006 gewonnen door Michael Schumacher.",
        "Na de herstart leek Hamilton de grote winnaar te worden.",
        "Wolff urged the stewards to reinstate Hamilton as the winner.",
        "Hamilton en Russell zijn de favorieten voor de overwinning.",
        "Hamilton is one of the favourites for victory.",
    ],
)
def test_asides_and_wishes_give_no_winner(parse: Parse, sentence: str) -> None:
    a = parse("Max Verstappen won de Grand Prix van Abu Dhabi. " + sentence, date="2020-12-14")
    assert [(f.driver, f.grand_prix) for f in facts_of(a, "finish") if f.status == "final"] == [
        ("max_verstappen", "abu_dhabi")
    ]
    assert all(f.grand_prix == "abu_dhabi" for f in facts_of(a, "retirement"))


def test_a_forename_of_today_still_names_todays_driver(parse: Parse) -> None:
    a = parse("Mick Schumacher werd in Imola twaalfde.", date="2022-04-25")
    assert placed(a) == {("mick_schumacher", 12)}


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        (
            "Daardoor klom Verstappen voorbij Leclerc naar de derde plaats in het WK-klassement.",
            "max_verstappen",
            3,
        ),
        (
            "Verstappen steeg in de WK-stand ten koste van Bottas van de zesde naar de vijfde plaats.",
            "max_verstappen",
            5,
        ),
        (
            "Max Verstappen's second place in Abu Dhabi means he finished third in the standings.",
            "max_verstappen",
            3,
        ),
    ],
)
def test_standing_of_the_one_who_moved(parse: Parse, sentence: str, driver: str, position: int) -> None:
    a = parse("Verstappen won in Abu Dhabi. " + sentence, date="2019-12-02")
    assert {(f.driver, f.position) for f in facts_of(a, "championship")} == {(driver, position)}


def test_a_championship_leader_epithet_is_no_standing(parse: Parse) -> None:
    a = parse(
        "Verstappen won in Imola. Leclerc viel terug van de tweede naar de vierde plaats, en ook Norris ging"
        " de WK-leider nog voorbij.",
        date="2022-04-25",
    )
    assert not facts_of(a, "championship")


@pytest.mark.parametrize(
    "sentence, driver, kind, position",
    [
        ("Sainz erfde de pole door de gridstraf van Verstappen.", "sainz", "grid", 1),
        (
            "Russell took P4 after the Red Bulls retired, ahead of Kevin Magnussen - fifth for Haas.",
            "kevin_magnussen",
            "finish",
            5,
        ),
    ],
)
def test_the_driver_of_a_noun_phrase_or_after_a_dash(
    parse: Parse, sentence: str, driver: str, kind: str, position: int
) -> None:
    a = parse("Charles Leclerc won the Belgian Grand Prix. " + sentence, date="2022-08-29")
    assert {d for d, p in placed(a, kind) if p == position} == {driver}


def test_a_title_after_a_comma_names_the_driver_after_it(parse: Parse) -> None:
    a = parse(
        "Hamilton won zondag de Grand Prix van Turkije en is niet meer in te halen door nummer twee, zijn"
        " teamgenoot Valtteri Bottas.",
        date="2020-11-16",
    )
    assert ("hamilton", 2) not in placed(a) and ("hamilton", 1) in placed(a)


def test_missing_out_on_pole_is_no_pole(parse: Parse) -> None:
    a = parse(
        "Verstappen won in Mexico. De Limburger, die zaterdag baalde van het mislopen van poleposition, pakte"
        " direct de leiding.",
        date="2018-10-29",
    )
    assert not placed(a, "grid")


@pytest.mark.parametrize(
    "sentence, grid, finish",
    [
        # a bad start: the start of the race, no start position
        ("Door een slechte start belandde Verstappen op een zevende plek.", None, None),
        # a start position, then falling back during the race: the place is no result
        (
            "Vanop de tweede startplek viel Verstappen door een slechte start terug naar de zevende plaats.",
            2,
            None,
        ),
        # climbing from the grid to a place tells the whole race
        ("Verstappen climbed from twelfth on the grid to fifth.", 12, 5),
        # to claim a place is a finish, not a start
        ("Verstappen had to recover from the back of the field to claim second place.", None, 2),
    ],
)
def test_start_and_movement(parse: Parse, sentence: str, grid: int | None, finish: int | None) -> None:
    a = parse("Charles Leclerc won in Oostenrijk. " + sentence, date="2019-07-01")
    grids = [p for d, p in placed(a, "grid") if d == "max_verstappen"]
    finishes = [p for d, p in placed(a) if d == "max_verstappen"]
    assert grids == ([grid] if grid else [])
    assert finishes == ([finish] if finish else [])


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("De Limburger werd in Oostenrijk tweede.", "max_verstappen"),
        ("De Maaseikenaar werd in Oostenrijk tweede.", "max_verstappen"),
        ("Seb werd in Oostenrijk tweede.", "vettel"),
    ],
)
def test_press_nicknames(parse: Parse, sentence: str, driver: str) -> None:
    a = parse("Charles Leclerc won de Grand Prix van Oostenrijk. " + sentence, date="2019-07-01")
    assert placed(a) == {("leclerc", 1), (driver, 2)}


@pytest.mark.parametrize(
    "sentence, retired",
    [
        ("Norris werd in Bahrein vierde nadat de Red Bulls uitvielen.", {"max_verstappen", "perez"}),
        ("In Bahrain both Ferraris retired.", {"leclerc", "sainz"}),
        ("In Bahrein vielen de Mercedessen allebei uit.", {"hamilton", "russell"}),
        ("Red Bull's Verstappen retired in Bahrain.", {"max_verstappen"}),  # a genitive, no plural
    ],
)
def test_a_team_plural_names_its_drivers(parse: Parse, sentence: str, retired: set[str]) -> None:
    a = parse(sentence, date="2022-03-21")
    assert {f.driver for f in facts_of(a, "retirement")} == retired


@pytest.mark.parametrize(
    "sentence",
    [
        "In Bahrein werden de Mercedessen vierde en vijfde.",
        "In Bahrain the McLarens finished seventh.",
        "Beide Haas-coureurs werden in Bahrein tiende.",
    ],
)
def test_one_place_for_a_group_is_nobodys(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2022-03-21")
    assert [f for f in facts_of(a, "finish") if f.status == "final"] == []


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        ("In Monza streed Gasly lang mee, waarna hij zevende werd.", "gasly", 7),
        ("Nadat Sainz in Monza derde eindigde, juichte Ferrari.", "sainz", 3),
    ],
)
def test_a_place_before_the_verb_of_a_subordinate_clause(
    parse: Parse, sentence: str, driver: str, position: int
) -> None:
    a = parse(sentence, date="2022-09-12")
    assert [f.position for f in facts_of(a, "finish", driver)] == [position]


def test_a_place_before_another_verb_is_no_result(parse: Parse) -> None:
    a = parse("In Monza wilde Gasly graag zevende blijven.", date="2022-09-12")
    assert facts_of(a, "finish", "gasly") == []


@pytest.mark.parametrize(
    "body, driver, absent",
    [
        (
            "Gasly begon goed in Monza. Hij streed met Ocon, Alonso en Stroll, waarna hij uiteindelijk"
            " zevende werd.",
            "gasly",
            {"ocon", "alonso", "stroll"},
        ),
        (
            "Gasly had a good start in Monza. He battled with Ocon, Alonso and Stroll, and he finished"
            " seventh.",
            "gasly",
            {"ocon", "alonso", "stroll"},
        ),
    ],
)
def test_names_listed_after_an_object_are_no_later_he(
    parse: Parse, body: str, driver: str, absent: set[str]
) -> None:
    a = parse(body, date="2022-09-12")
    assert [f.position for f in facts_of(a, "finish", driver)] == [7]
    assert not {f.driver for f in facts_of(a, "finish")} & absent


def test_the_driver_a_gap_is_measured_to_is_not_placed(parse: Parse) -> None:
    a = parse(
        "Piastri, de teamgenoot van Norris, werd in Monza derde op 0,215 van Leclerc.", date="2024-09-02"
    )
    assert [(f.driver, f.position) for f in facts_of(a, "finish")] == [("piastri", 3)]


def test_a_driver_of_another_era_is_not_the_focus_driver(parse: Parse) -> None:
    a = parse(
        "Lewis Hamilton won in Portugal. Michael Schumacher wordt daarmee naar de tweede plaats geduwd.",
        date="2020-10-26",
    )
    assert [(f.driver, f.position) for f in facts_of(a, "finish")] == [("hamilton", 1)]


def test_a_grand_prix_won_last_week_is_no_pole_in_a_qualifying_report(parse: Parse) -> None:
    a = parse(
        "Norris pakt pole in Monza\n\nLando Norris veroverde zaterdag de pole position in Monza. Hij was in"
        " het laatste deel van de kwalificatie een tiende sneller dan zijn teamgenoot, die lang de snelste"
        " tijd in handen had. Ferrari moest genoegen nemen met de tweede startrij, na een lastige sessie met"
        " veel verkeer.\n\nVorige week won Piastri de Grote Prijs van Nederland.",
        date="2024-08-31",
    )
    assert [f.position for f in facts_of(a, "qualifying", "piastri")] == []


def test_races_in_brackets_after_each_driver_are_no_race_of_the_article(parse: Parse) -> None:
    a = parse(
        "In Silverstone won Verstappen. Eerder hadden Bottas (Oostenrijk) en Hamilton (Stiermarken, Hongarije"
        " en Groot-Brittannië) de races van dit seizoen gewonnen.",
        date="2020-08-10",
    )
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"} == {
        ("max_verstappen", 1)
    }


def test_two_names_and_two_places_after_a_longer_verb_phrase(parse: Parse) -> None:
    a = parse(
        "In Zandvoort nemen Leclerc en Sainz op de derde startrij de vijfde en zesde plek in.",
        date="2021-09-04",
    )
    assert sorted((f.driver, f.position) for f in facts_of(a, "grid")) == [("leclerc", 5), ("sainz", 6)]


@pytest.mark.parametrize(
    "sentence, grid_place, finish_place",
    [
        ("In Hockenheim Vettel turned in a fine drive from 20th to the second spot.", 20, 2),
        ("In Hockenheim Vettel drove from 20th to the second place.", 20, 2),
    ],
)
def test_a_drive_from_a_place_to_a_place(
    parse: Parse, sentence: str, grid_place: int, finish_place: int
) -> None:
    a = parse(sentence, date="2019-07-29")
    assert (("vettel", grid_place) in placed(a, "grid")) and (("vettel", finish_place) in placed(a))


def test_a_fall_from_a_place_to_the_place_is_no_finish(parse: Parse) -> None:
    a = parse("In Hockenheim Vettel fell from second to the fifth place.", date="2019-07-29")
    assert placed(a) == set()


@pytest.mark.parametrize(
    "sentence, out",
    [
        ("In Hockenheim a lunge by Vettel put Stroll out of the race.", "stroll"),
        ("In Hockenheim the clash with Vettel knocked McLaren's Norris out of the race.", "norris"),
        ("In Hockenheim Vettel's move pushed Gasly's car out of the race on lap 3.", "gasly"),
        ("In Hockenheim a gearbox failure took Russell out of the race.", "russell"),
    ],
)
def test_whom_a_cause_puts_out_of_the_race_is_the_object(parse: Parse, sentence: str, out: str) -> None:
    a = parse(sentence, date="2019-07-29")
    assert [f.driver for f in facts_of(a, "retirement")] == [out]


def test_a_driver_out_of_the_race_by_himself_is_the_subject(parse: Parse) -> None:
    a = parse(
        "In Hockenheim Vettel was out of the race after a spin, while Stroll went on.", date="2019-07-29"
    )
    assert [f.driver for f in facts_of(a, "retirement")] == ["vettel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Hockenheim Albon tried to pass Norris for third place.",
        "In Hockenheim Ocon passed Stroll for sixth, but lost it again.",
        "In Hockenheim Sainz went past Gasly for fourth at the hairpin.",
    ],
)
def test_the_place_a_pass_is_for_is_no_result(parse: Parse, sentence: str) -> None:
    assert placed(parse(sentence, date="2019-07-29")) == set()


def test_settling_for_a_place_is_a_result(parse: Parse) -> None:
    assert placed(parse("In Hockenheim Bottas settled for third place.", date="2019-07-29")) == {
        ("bottas", 3)
    }


def test_both_drivers_put_out_of_the_race_are_not_the_winner_named_after(parse: Parse) -> None:
    a = parse(
        "In Hockenheim a clash between Vettel and Stroll that took both drivers out of the race"
        " opened the way for Norris to win.",
        date="2019-07-29",
    )
    assert sorted(f.driver for f in facts_of(a, "retirement")) == ["stroll", "vettel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Hockenheim Sainz crashed on lap 40, allowing Norris to take victory.",
        "In Hockenheim Sainz spun off, letting his team-mate Norris through to win the race.",
        "In Hockenheim Sainz hit the wall, handing Norris - who had started eighth - the chance to win.",
    ],
)
def test_the_driver_a_mishap_allows_to_win_is_the_winner(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2019-07-29")
    assert ("sainz", 1) not in placed(a)


def test_allowing_someone_to_win_is_the_causee_not_the_subject(parse: Parse) -> None:
    a = parse("In Hockenheim Sainz crashed on lap 40, allowing Norris to take victory.", date="2019-07-29")
    assert placed(a) == {("norris", 1)}


def test_a_participle_without_a_causee_stays_with_its_subject(parse: Parse) -> None:
    a = parse("In Hockenheim Norris won, leaving the field far behind.", date="2019-07-29")
    assert placed(a) == {("norris", 1)}


@pytest.mark.parametrize(
    "sentence",
    [
        "In Hockenheim few thought Norris would ever win there, yet a victory would follow later.",
        "Wie had gedacht dat Norris in Hockenheim nog een overwinning zou behalen?",
        "In 2019 Norris found extra pace and took wins off Sainz now and then.",
    ],
)
def test_a_win_that_might_be_or_wins_in_general_are_no_race_result(parse: Parse, sentence: str) -> None:
    assert placed(parse(sentence, date="2019-07-29")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "In Hockenheim Norris took the win ahead of Sainz.",
        "Norris heeft in Hockenheim de overwinning behaald.",
        "Norris wins the race in Hockenheim.",
    ],
)
def test_a_win_taken_is_a_result(parse: Parse, sentence: str) -> None:
    assert ("norris", 1) in placed(parse(sentence, date="2019-07-29"))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Hockenheim: 1st place – Lando Norris, 2nd place – Carlos Sainz", {("norris", 1), ("sainz", 2)}),
        ("Uitslag Hockenheim: eerste plaats - Norris, tweede plaats - Sainz", {("norris", 1), ("sainz", 2)}),
        # a label without its name is an empty template
        ("In Hockenheim the board next to Norris read 1st place – 2nd place – nothing more", set()),
        # a dash after a place with no label noun is no label
        ("In Hockenheim Norris was 3rd - a fine result.", {("norris", 3)}),
    ],
)
def test_a_labelled_place_is_the_name_after_the_label(
    parse: Parse, sentence: str, expected: set[tuple[str, int]]
) -> None:
    assert placed(parse(sentence, date="2019-07-29")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Sainz won in Hockenheim. McLaren legde beslag op de tweede en vierde plek, want Norris reed sterk.",
        "Sainz won in Hockenheim. Ferrari took second and fourth place.",
    ],
)
def test_a_teams_places_are_no_drivers(parse: Parse, sentence: str) -> None:
    assert placed(parse(sentence, date="2019-07-29")) == {("sainz", 1)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sainz won in Hockenheim. McLaren-coureur Norris werd vierde.", ("norris", 4)),
        ("Sainz won in Hockenheim. Ferrari had a poor day and Leclerc was fourth.", ("leclerc", 4)),
    ],
)
def test_a_team_word_before_a_driver_keeps_his_place(
    parse: Parse, sentence: str, expected: tuple[str, int]
) -> None:
    assert expected in placed(parse(sentence, date="2019-07-29"))


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        (
            "In Hockenheim is de derde plaats op de startgrid voor die andere McLaren-man, Sainz.",
            "grid",
            ("sainz", 3),
        ),
        ("Norris won in Hockenheim; third place went to Sainz.", "finish", ("sainz", 3)),
        ("Norris won in Hockenheim. De tweede plaats ging naar Sainz.", "finish", ("sainz", 2)),
    ],
)
def test_a_place_that_goes_to_a_driver_is_his(
    parse: Parse, sentence: str, kind: str, expected: tuple[str, int]
) -> None:
    a = parse(sentence, date="2019-07-29")
    assert expected in {(f.driver, f.position) for f in facts_of(a, kind)}
    assert ("norris", expected[1]) not in {(f.driver, f.position) for f in facts_of(a, kind)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vanaf de zesde plek lukte het Norris in Hockenheim in het restant van de race niet meer.",
        "Norris held sixth in Hockenheim for the rest of the race.",
    ],
)
def test_a_place_for_the_rest_of_the_race_is_no_result(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2019-07-29")
    assert placed(a) == set() and placed(a, "grid") == set()


@pytest.mark.parametrize(
    "text, crashed",
    [
        # a crash noun belongs to the driver in the genitive before it, or after "van"/"of"
        ("Norris won in Zandvoort.\n\nThe start was delayed after Sargeant's heavy crash.", {"sargeant"}),
        ("Norris won in Zandvoort.\n\nVerstappen sprak na afloop over de crash van Sargeant.", {"sargeant"}),
        ("Norris won in Zandvoort.\n\nThe race was stopped following the crash of Sargeant.", {"sargeant"}),
        # the track's barrier, damaged: nobody's crash
        ("Norris won in Zandvoort.\n\nThe restart was delayed by barrier damage.", set()),
        # crashes in the plural, of a whole session: nobody's in particular
        ("Norris took pole in Zandvoort amid crashes.", set()),
        ("Norris pakte pole in een kwalificatie vol crashes.", set()),
    ],
)
def test_whose_crash_a_crash_noun_is(parse: Parse, text: str, crashed: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2023-08-28"), "crash")} == crashed


@pytest.mark.parametrize(
    "sentence, kind, driver",
    [
        # what follows a causative verb is done by the driver it names, not by the clause's subject
        (
            "Norris led in the rain, which worsened and led to Piastri (McLaren) to crashing.",
            "crash",
            "piastri",
        ),
        ("Norris braked very late at the chicane, forcing Piastri to retire.", "retirement", "piastri"),
        ("Norris hit the kerb hard, which caused Piastri to crash behind him.", "crash", "piastri"),
    ],
)
def test_a_causative_verb_hands_the_event_on(parse: Parse, sentence: str, kind: str, driver: str) -> None:
    assert {f.driver for f in facts_of(parse(sentence, date="2024-09-02"), kind)} == {driver}


def test_who_without_a_comma_starts_a_relative_clause(parse: Parse) -> None:
    # "... ahead of Sargeant's Williams who just managed P10": the relative clause is about Sargeant
    a = parse(
        "Albon finished in P9 ahead of Logan Sargeant's Williams who just managed P10.", date="2023-08-28"
    )
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == {("albon", 9), ("sargeant", 10)}


@pytest.mark.parametrize(
    "sentence",
    [
        # two names joined by "and", each after his team in the genitive: one subject
        "McLaren's Lando Norris and Toro Rosso's Alexander Albon both retired early.",
        "Norris and Toro Rosso's Albon both retired.",
    ],
)
def test_two_names_with_their_teams_are_one_subject(parse: Parse, sentence: str) -> None:
    a = parse("Verstappen won the Canadian Grand Prix.\n\n" + sentence, date="2019-06-10")
    assert {f.driver for f in facts_of(a, "retirement")} == {"norris", "albon"}


def test_a_reference_driver_with_a_team_epithet_is_not_placed(parse: Parse) -> None:
    a = parse("Sergio Pérez werd achter Ferrari-coureur Charles Leclerc vijfde.", date="2021-05-10")
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == {("perez", 5)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a relative clause goes on over "but" and "and" without a comma: its places are the named one's
        (
            "Gasly was fifth for AlphaTauri on a bleak day for Alpine's Fernando Alonso, who ran second for "
            "a long time but lost a wheel and ended up ninth.",
            {("gasly", 5), ("alonso", 9)},
        ),
        (
            "Ocon werd vierde, voor Lando Norris, die lang tweede reed maar te laat binnenkwam en als "
            "achtste eindigde.",
            {("ocon", 4), ("norris", 8)},
        ),
        # after ", and" the main clause is back
        (
            "Russell passed Zhou Guanyu, who had just pitted, and went on to finish sixth.",
            {("russell", 6)},
        ),
        # a relative clause in the middle: the main verb after it is the subject's
        ("Lando Norris, who started on pole but lost the lead, finished third.", {("norris", 3)}),
    ],
)
def test_a_relative_clause_goes_on_over_and_and_but(
    parse: Parse, sentence: str, expected: set[tuple[str, int]]
) -> None:
    opening = OPENING_EN if " who " in sentence else OPENING
    a = parse(opening + sentence, date="2024-07-01")
    assert placed(a) - {("max_verstappen", 1)} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "with X (just) behind in third" places X, not the subject before the comma
        (
            "Charles Leclerc was second for Ferrari, four seconds down, with Lando Norris just behind in "
            "third.",
            {("leclerc", 2), ("norris", 3)},
        ),
        ("Leclerc finished second with Norris behind him in third.", {("leclerc", 2), ("norris", 3)}),
        ("Leclerc werd tweede, met Norris vlak daarachter als derde.", {("leclerc", 2), ("norris", 3)}),
        # without "with" the driver before "behind" is a reference, not the placed one
        ("Leclerc finished third, just behind Norris.", {("leclerc", 3)}),
    ],
)
def test_with_a_driver_just_behind_in_a_place(
    parse: Parse, sentence: str, expected: set[tuple[str, int]]
) -> None:
    opening = OPENING if " werd " in sentence else OPENING_EN
    a = parse(opening + sentence, date="2024-07-01")
    assert placed(a) - {("max_verstappen", 1)} == expected


@pytest.mark.parametrize(
    "sentence, kind, position",
    [
        # where the season leaves him is a standing
        ("Lando Norris sluit het seizoen af als zesde.", "championship", 6),
        ("Sainz closed the season in fifth.", "championship", 5),
        ("Daarmee was de vierde plek in het eindklassement voor Leclerc binnen.", "championship", 4),
        # a place "in the race" in a sentence about the standings stays the race's
        (
            "Met een zesde plaats in de afsluitende race pakte Norris de achtste plek in het eindklassement.",
            "finish",
            6,
        ),
        ("Sainz sloot het seizoen af met een vijfde plaats in de race.", "finish", 5),
    ],
)
def test_the_season_closed_in_a_place(parse: Parse, sentence: str, kind: str, position: int) -> None:
    if " the " in sentence:
        opening = "Max Verstappen won the Abu Dhabi Grand Prix. "
    else:
        opening = "Max Verstappen won de Grote Prijs van Abu Dhabi. "
    a = parse(opening + sentence, date="2024-12-09")
    assert position in {f.position for f in facts_of(a, kind) if f.driver != "max_verstappen"}
    other = "finish" if kind == "championship" else "championship"
    if kind == "championship":
        assert not [f for f in facts_of(a, other) if f.driver != "max_verstappen"]


@pytest.mark.parametrize(
    "sentence, passed",
    [
        ("Gasly wist Albon vlak voor de meet nog in te halen voor P6.", "albon"),
        ("Stroll passeerde Ocon in de slotronde voor P8.", "ocon"),
        ("Tsunoda haalde Magnussen in de laatste ronde in voor de negende plaats.", "magnussen"),
    ],
)
def test_the_place_of_a_pass_is_not_the_passed_drivers(parse: Parse, sentence: str, passed: str) -> None:
    a = parse(OPENING + sentence, date="2024-07-01")
    assert not [f for f in facts_of(a, "finish") if f.driver == passed]


def test_a_word_ending_in_lag_is_no_running_place(parse: Parse) -> None:
    # "beslag op de derde plaats": not "lag op de derde plaats"
    a = parse(OPENING + "Lando Norris legde beslag op de derde plaats.", date="2024-07-01")
    assert ("norris", 3) in placed(a)
    a = parse(OPENING + "Lando Norris lag lang op de derde plaats.", date="2024-07-01")
    assert ("norris", 3) not in placed(a)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Gasly en Ocon (Alpine) vervolledigden de top tien.", {("gasly", 9), ("ocon", 10)}),
        ("Alonso maakte de top vijf compleet.", {("alonso", 5)}),
        ("Albon and Sargeant rounded out the top ten.", {("albon", 9), ("sargeant", 10)}),
        # a standing, or a top not completed, places nobody
        ("Gasly en Ocon vervolledigden de top tien van het kampioenschap.", set()),
        ("Gasly en Ocon vochten om de top tien.", set()),
    ],
)
def test_names_that_complete_a_top_n(parse: Parse, sentence: str, expected: set[tuple[str, int]]) -> None:
    opening = OPENING_EN if " the " in sentence else OPENING
    a = parse(opening + sentence, date="2024-07-01")
    assert placed(a) - {("max_verstappen", 1)} == expected


def test_a_winning_margin_names_no_winner(parse: Parse) -> None:
    a = parse("Norris won the Austrian Grand Prix by over 5s from Oscar Piastri.", date="2024-07-01")
    assert {d for d, p in placed(a) if p == 1} == {"norris"}
    a = parse("The Austrian Grand Prix was won by Lando Norris.", date="2024-07-01")
    assert {d for d, p in placed(a) if p == 1} == {"norris"}


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Norris finished fourth from Russell, the latter climbing from 12th to fifth.", "russell"),
        ("Norris werd vierde en hield Russell achter zich; laatstgenoemde eindigde als vijfde.", "russell"),
    ],
)
def test_the_latter_is_the_driver_named_last(parse: Parse, sentence: str, driver: str) -> None:
    opening = OPENING_EN if " the " in sentence else OPENING
    a = parse(opening + sentence, date="2024-07-01")
    assert {d for d, p in placed(a) if p == 5} == {driver}


@pytest.mark.parametrize(
    "text, penalised, other",
    [
        ("Leclerc erfde in Spa de pole door de gridstraf van Max Verstappen.", "max_verstappen", "leclerc"),
        (
            "At Spa, Leclerc inherited pole because of the grid penalty of Max Verstappen.",
            "max_verstappen",
            "leclerc",
        ),
    ],
)
def test_the_penalty_of_a_named_driver_is_his(parse: Parse, text: str, penalised: str, other: str) -> None:
    a = parse(text, date="2022-08-28")
    assert {f.driver for f in facts_of(a, "penalty")} == {penalised}
    assert ("leclerc", 1) in {(f.driver, f.position) for f in facts_of(a, "grid")}


def test_the_former_is_the_first_of_the_pair_before(parse: Parse) -> None:
    a = parse(
        "In Spa zijn de favorieten Carlos Sainz en Sergio Pérez. Eerstgenoemde erfde de pole, laatstgenoemde "
        "start als tweede.",
        date="2022-08-27",
    )
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} == {("sainz", 1), ("perez", 2)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Een tijdstraf heeft Lando Norris de tweede plaats gekost.",  # a place lost
        "The penalty cost Lando Norris second place.",
        "Lando Norris kreeg zijn straf na zijn eerste en enige pitstop.",  # an ordinal of his stop
        "Lando Norris made his first and only stop on lap 20.",
    ],
)
def test_a_place_lost_or_a_first_stop_is_no_place(parse: Parse, sentence: str) -> None:
    opening = OPENING_EN if " the " in sentence.lower() or " made " in sentence else OPENING
    a = parse(opening + sentence, date="2024-07-01")
    assert not [p for d, p in placed(a) if d == "norris"]


def test_a_team_celebrating_is_no_fourth_place(parse: Parse) -> None:
    a = parse(
        OPENING + "Sainz werd zevende voor Ferrari, dat zijn verjaardag in mineur vierde op het circuit.",
        date="2024-07-01",
    )
    assert placed(a) - {("max_verstappen", 1)} == {("sainz", 7)}


@pytest.mark.parametrize(
    "sentence",
    ["Beiden zijn niet gestart op pole, Norris en Piastri.", "Norris did not start from pole in Austria."],
)
def test_not_starting_from_pole_is_no_pole(parse: Parse, sentence: str) -> None:
    a = parse(
        OPENING_EN + sentence if sentence.startswith("Norris did") else OPENING + sentence, date="2024-07-01"
    )
    assert not [f for f in facts_of(a, "grid") if f.position == 1 and f.driver != "max_verstappen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris remde later en dook als eerste de bocht in.",
        "Norris was first into turn one after a great start.",
    ],
)
def test_first_into_a_corner_is_no_place(parse: Parse, sentence: str) -> None:
    opening = OPENING_EN if " was " in sentence else OPENING
    assert not [p for d, p in placed(parse(opening + sentence, date="2024-07-01")) if d == "norris"]


def test_a_numbered_start_place_to_a_finish(parse: Parse) -> None:
    a = parse(
        OPENING + "Norris werkte zich vanaf startpositie 9 op naar de vierde positie.", date="2024-07-01"
    )
    assert ("norris", 9) in placed(a, "grid") and ("norris", 4) not in placed(a, "grid")


@pytest.mark.parametrize(
    "sentence",
    [
        "Piastri versloeg Norris in de kwalificatie, en ontnam hem zo zijn tiende pole.",
        "Piastri beat Norris in qualifying, denying him his tenth career pole.",
    ],
)
def test_a_pole_denied_is_no_pole(parse: Parse, sentence: str) -> None:
    opening = OPENING_EN if " beat " in sentence else OPENING
    a = parse(opening + sentence, date="2024-07-01")
    assert ("norris", 1) not in placed(a, "grid")
