"""knowledge.extract: facts from Dutch and English article text written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import LAST, ParsedArticle, ParseError, parse_article
from knowledge.extract.penalties import usable_reason
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def finishes(article: ParsedArticle, driver: str) -> list[int | None]:
    return [f.position for f in facts_of(article, "finish", driver)]


# --- finishing positions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        ("Bij de Grand Prix van Canada werd Lando Norris derde.", "norris", 3),
        ("In Canada eindigde Oscar Piastri als vierde.", "piastri", 4),
        ("In Montreal kwam George Russell als tweede over de streep.", "russell", 2),
        ("At the Canadian Grand Prix, Lando Norris finished fifth.", "norris", 5),
        ("Oscar Piastri took third in the Canadian Grand Prix.", "piastri", 3),
        ("Lewis Hamilton came home in sixth at the Canadian Grand Prix.", "hamilton", 6),
        ("Fernando Alonso was in Canada nummer zes.", "alonso", 6),
        ("Logan Sargeant werd in Canada laatste.", "sargeant", LAST),
        ("Sargeant finished last in Montreal.", "sargeant", LAST),
    ],
)
def test_finishing_position(parse: Parse, sentence: str, driver: str, position: int) -> None:
    a = parse(sentence)
    assert finishes(a, driver) == [position]
    f = facts_of(a, "finish", driver)[0]
    assert (f.grand_prix, f.season, f.session) == ("canada", 2024, "race")


def test_result_list_in_one_sentence(parse: Parse) -> None:
    a = parse(
        "De uitslag in Canada: Verstappen won, Norris tweede, Russell derde, Hamilton vierde, Piastri vijfde."
    )
    got = {f.driver: f.position for f in facts_of(a, "finish")}
    assert got == {"max_verstappen": 1, "norris": 2, "russell": 3, "hamilton": 4, "piastri": 5}


@pytest.mark.parametrize(
    "sentence",
    [
        "In de Grand Prix van Canada reed Sergio Pérez van de tweede naar de zevende plaats.",
        "In de Grand Prix van Canada ging Pérez van de tweede startplek naar de zevende plaats.",
        "At the Canadian Grand Prix Pérez went from second on the grid to seventh.",
    ],
)
def test_from_second_to_seventh_is_grid_and_finish(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert [f.position for f in facts_of(a, "grid", "perez")] == [2]
    assert [(f.position, f.status) for f in facts_of(a, "finish", "perez")] == [(7, "final")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In de Grand Prix van Canada zakte Sergio Pérez van de tweede naar de zevende plaats.",
        "In Canada viel Pérez na zijn spin terug van de tweede naar de zevende plaats.",
        "In Canada, Pérez dropped from second to seventh after a slow stop.",
    ],
)
def test_a_change_of_place_is_no_start_and_no_finish(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert facts_of(a, "grid", "perez") == []
    assert [f.status for f in facts_of(a, "finish", "perez")] in ([], ["running"])


def test_from_to_in_the_standings(parse: Parse) -> None:
    a = parse("Na Canada steeg Pérez in de WK-stand van de vierde naar de tweede plaats.")
    assert facts_of(a, "grid", "perez") == [] and facts_of(a, "finish", "perez") == []
    assert [(f.position, f.detail) for f in facts_of(a, "championship", "perez")] == [(2, "interim")]


def test_runner_up(parse: Parse) -> None:
    a = parse("Max Verstappen triumphed in Canada, with Norris runner-up.")
    assert finishes(a, "max_verstappen") == [1]
    assert finishes(a, "norris") == [2]


# --- winner ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Max Verstappen won de Grand Prix van Canada.",
        "Verstappen wint in Canada.",
        "Max Verstappen took victory at the Canadian Grand Prix.",
        "In Canada ging de zege naar Max Verstappen.",
        "The win in Canada went to Max Verstappen.",
        "Max Verstappen heeft de Grand Prix van Canada gewonnen.",
    ],
)
def test_winner(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert [(f.driver, f.position, f.grand_prix) for f in facts_of(a, "finish")] == [
        ("max_verstappen", 1, "canada")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lando Norris wilde graag winnen in Canada.",
        "Lando Norris wilde in Canada graag winnen.",
        "Lando Norris did not win in Canada.",
        "Lando Norris was op weg naar de zege in Canada.",
    ],
)
def test_no_win_without_a_win(parse: Parse, sentence: str) -> None:
    assert not [f for f in facts_of(parse(sentence), "finish") if f.position == 1]


# --- pole, grid, qualifying, pit lane ------------------------------------------------------------


def test_pole(parse: Parse) -> None:
    a = parse("George Russell pakte de pole position voor de Grand Prix van Canada.")
    [f] = facts_of(a, "grid", "russell")
    assert (f.position, f.detail, f.grand_prix) == (1, "pole", "canada")


@pytest.mark.parametrize(
    "sentence, driver, kind, position",
    [
        ("Bij de Grand Prix van Canada moest Pierre Gasly vanaf de elfde plek starten.", "gasly", "grid", 11),
        ("Max Verstappen started eleventh at Spa-Francorchamps.", "max_verstappen", "grid", 11),
        ("Carlos Sainz qualified seventh for the Canadian Grand Prix.", "sainz", "qualifying", 7),
        ("Carlos Sainz kwalificeerde zich in Canada als zevende.", "sainz", "qualifying", 7),
    ],
)
def test_grid_and_qualifying(parse: Parse, sentence: str, driver: str, kind: str, position: int) -> None:
    a = parse(sentence)
    assert [f.position for f in facts_of(a, kind, driver)] == [position]
    assert not facts_of(a, "finish", driver)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij de Grand Prix van Canada startte Esteban Ocon vanuit de pitstraat.",
        "Esteban Ocon started from the pit lane in Montreal.",
        "Esteban Ocon started the Canadian Grand Prix from the pit lane.",
    ],
)
def test_pitlane_start(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    [f] = facts_of(a, "pitlane", "ocon")
    assert f.grand_prix == "canada"


def test_pit_stop_is_not_a_pitlane_start(parse: Parse) -> None:
    a = parse("Esteban Ocon kwam in Canada twee keer naar binnen voor een pitstop in de pitstraat.")
    assert not facts_of(a, "pitlane")


# --- championship ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        ("Sergio Pérez werd achtste in het kampioenschap.", "perez", 8),
        ("Lando Norris finished the season second in the standings.", "norris", 2),
        ("In de eindstand van het wereldkampioenschap staat Charles Leclerc derde.", "leclerc", 3),
    ],
)
def test_championship_position(parse: Parse, sentence: str, driver: str, position: int) -> None:
    a = parse(sentence, date="2024-12-15")
    [f] = facts_of(a, "championship", driver)
    assert (f.position, f.session, f.season, f.grand_prix) == (position, "season", 2024, None)
    assert not facts_of(a, "finish")


@pytest.mark.parametrize(
    "sentence",
    [
        "Max Verstappen werd in Qatar wereldkampioen.",
        "Max Verstappen werd in Qatar voor de derde keer wereldkampioen.",
    ],
)
def test_world_title_is_championship_first(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2023-10-08")
    assert [(f.driver, f.position) for f in facts_of(a, "championship")] == [("max_verstappen", 1)]


def test_constructors_standings_give_no_driver_position(parse: Parse) -> None:
    a = parse("Lando Norris zag McLaren tweede worden in het constructeurskampioenschap.", date="2024-12")
    assert not [f for f in a.facts if f.position == 2]


# --- retirements, crashes, collisions --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, driver, reason",
    [
        ("Albon retired from the Canadian Grand Prix after a puncture.", "albon", "puncture"),
        ("Charles Leclerc retired from the Canadian Grand Prix with an engine failure.", "leclerc", "engine"),
        ("Alexander Albon moest in Canada opgeven door een lekke band.", "albon", "puncture"),
        ("Charles Leclerc is in Canada uitgevallen met motorproblemen.", "leclerc", "engine"),
        # a loss of power is told as that, not as an engine failure
        ("Charles Leclerc moest in Canada opgeven door gebrek aan power.", "leclerc", "power"),
        ("In Canada begaf de versnellingsbak van Charles Leclerc het in ronde 40.", "leclerc", "gearbox"),
        ("Charles Leclerc strandde in Canada met een kapotte versnellingsbak.", "leclerc", "gearbox"),
        ("Charles Leclerc retired from the Canadian Grand Prix with a loss of power.", "leclerc", "power"),
    ],
)
def test_retirement_with_cause(parse: Parse, sentence: str, driver: str, reason: str) -> None:
    a = parse(sentence)
    [f] = facts_of(a, "retirement", driver)
    assert (f.reason, f.grand_prix) == (reason, "canada")


def test_retirement_after_a_touch_far_from_its_particle(parse: Parse) -> None:
    # "viel ... uit" with a long stretch between, and "touché" as the collision that caused it
    a = parse("Carlos Sainz viel na een touché met Pierre Gasly in de eerste bocht al vroeg uit in Canada.")
    [f] = facts_of(a, "retirement", "sainz")
    assert f.reason and "touch" in f.reason and "gasly" in f.reason.lower()
    assert {x.driver for x in facts_of(a, "collision")} == {"sainz", "gasly"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Alexander Albon viel in Canada uit met een lekke band.",
        "In Canada viel Alexander Albon uit met een lekke band.",
    ],
)
def test_retirement_split_verb(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert [(f.driver, f.reason) for f in facts_of(a, "retirement")] == [("albon", "puncture")]


def test_retirement_pronoun_inverted(parse: Parse) -> None:
    a = parse(
        "Lando Norris werd in de sprint van Oostenrijk vierde. In de Grand Prix van Oostenrijk viel hij uit.",
        date="2024-07",
    )
    assert [(f.position, f.session) for f in facts_of(a, "finish", "norris")] == [(4, "sprint")]
    assert [f.session for f in facts_of(a, "retirement", "norris")] == ["race"]


def test_crash_into_wall(parse: Parse) -> None:
    a = parse("Lance Stroll crashte in Canada in de muur.")
    assert [f.driver for f in facts_of(a, "crash")] == ["stroll"]
    assert not facts_of(a, "collision")


@pytest.mark.parametrize(
    "sentence",
    [
        "In de Grand Prix van Canada botste Logan Sargeant met Alexander Albon.",
        "Logan Sargeant collided with Alexander Albon in Montreal.",
    ],
)
def test_collision_with_one_driver(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    got = {(f.driver, f.others) for f in facts_of(a, "collision")}
    assert got == {("sargeant", ("albon",)), ("albon", ("sargeant",))}


def test_collision_with_two_drivers(parse: Parse) -> None:
    a = parse("In de Grand Prix van Canada botste Carlos Sainz met Alexander Albon en Sergio Pérez.")
    got = {f.driver: set(f.others) for f in facts_of(a, "collision")}
    assert got == {"sainz": {"albon", "perez"}, "albon": {"sainz"}, "perez": {"sainz"}}


def test_mutual_collision(parse: Parse) -> None:
    a = parse("In Canada tikten Hamilton en Russell elkaar aan.")
    got = {(f.driver, f.others) for f in facts_of(a, "collision")}
    assert got == {("hamilton", ("russell",)), ("russell", ("hamilton",))}


def test_english_gp_adjective_is_not_a_driver(parse: Parse) -> None:
    a = parse("Pierre Gasly crashed into Esteban Ocon at the Canadian Grand Prix.")
    assert {(f.driver, f.others) for f in facts_of(a, "collision")} == {
        ("gasly", ("ocon",)),
        ("ocon", ("gasly",)),
    }
    assert all(f.driver != "stroll" for f in a.facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lando Norris avoided a collision with Oscar Piastri in Montreal.",
        "Lando Norris kwam in Canada zonder botsing met Oscar Piastri door de eerste bocht.",
        "Lando Norris wist in Canada een botsing met Oscar Piastri te voorkomen en werd vierde.",
    ],
)
def test_no_collision_when_avoided(parse: Parse, sentence: str) -> None:
    assert not facts_of(parse(sentence), "collision")


def test_avoided_collision_keeps_the_finish(parse: Parse) -> None:
    a = parse("Lando Norris wist in Canada een botsing met Oscar Piastri te voorkomen en werd vierde.")
    assert finishes(a, "norris") == [4]


def test_both_haas_drivers(parse: Parse) -> None:
    a = parse("Beide Haas-coureurs vielen uit in de Grand Prix van Canada.")
    assert {f.driver for f in facts_of(a, "retirement")} == {"hulkenberg", "kevin_magnussen"}


def test_both_refers_to_named_pair(parse: Parse) -> None:
    a = parse(
        "Kevin Magnussen en Nico Hülkenberg reden een matige Grand Prix van Canada. "
        "Beide Haas-coureurs kregen een tijdstraf van vijf seconden."
    )
    pens = facts_of(a, "penalty")
    assert {f.driver for f in pens} == {"hulkenberg", "kevin_magnussen"}
    assert all((f.penalty, f.amount, f.unit) == ("time", 5, "s") for f in pens)


# --- references back to the driver in focus ---------------------------------------------------------


def test_demonym_refers_back(parse: Parse) -> None:
    a = parse(
        "Sergio Pérez beleefde een zware middag in Mexico. De Mexicaan eindigde als zeventiende.",
        date="2024-10-28",
    )
    assert finishes(a, "perez") == [17]


def test_dutch_pronoun_refers_back(parse: Parse) -> None:
    a = parse(
        "Sergio Pérez beleefde een zware middag in Mexico. Hij moest opgeven met een motorprobleem.",
        date="2024-10-28",
    )
    [f] = facts_of(a, "retirement")
    assert (f.driver, f.reason, f.grand_prix, f.season) == ("perez", "engine", "mexico", 2024)


def test_english_pronoun_refers_back(parse: Parse) -> None:
    a = parse("Lando Norris had a difficult afternoon in Canada. He finished ninth.")
    assert finishes(a, "norris") == [9]


def test_team_epithet_refers_back(parse: Parse) -> None:
    a = parse(
        "Oscar Piastri kende een lastige start in Canada. De McLaren-coureur eindigde uiteindelijk als zesde."
    )
    assert finishes(a, "piastri") == [6]


# --- penalties ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, kind, amount, unit, reason_part",
    [
        (
            "Charles Leclerc kreeg in de Grand Prix van Canada een tijdstraf van vijf seconden "
            "voor het veroorzaken "
            "van een botsing met Oscar Piastri.",
            "time",
            5,
            "s",
            "botsing",
        ),
        (
            "Charles Leclerc was handed a five-second time penalty in Montreal for causing a collision.",
            "time",
            5,
            "s",
            "causing a collision",
        ),
        (
            "Lando Norris krijgt in Canada een gridstraf van tien plaatsen "
            "omdat hij een nieuwe motor nodig had.",
            "grid",
            10,
            "places",
            "nieuwe motor",
        ),
        (
            "Yuki Tsunoda kreeg in Canada een stop-go straf van tien seconden "
            "voor het negeren van blauwe vlaggen.",
            "stop_go",
            10,
            "s",
            "blauwe vlaggen",
        ),
    ],
)
def test_penalty_kind_size_reason(
    parse: Parse, sentence: str, kind: str, amount: int, unit: str, reason_part: str
) -> None:
    a = parse(sentence)
    [f] = facts_of(a, "penalty")
    assert (f.penalty, f.amount, f.unit, f.grand_prix) == (kind, amount, unit, "canada")
    assert f.reason and reason_part in f.reason


def test_ten_place_grid_penalty_english(parse: Parse) -> None:
    a = parse("Lando Norris received a ten-place grid penalty in Montreal.")
    [f] = facts_of(a, "penalty", "norris")
    assert (f.penalty, f.amount, f.unit) == ("grid", 10, "places")


def test_race_name_is_not_a_penalty_reason(parse: Parse) -> None:
    a = parse("Lando Norris received a ten-place grid penalty for the Canadian Grand Prix.")
    [f] = facts_of(a, "penalty", "norris")
    assert f.reason is None or "Grand Prix" not in f.reason


@pytest.mark.parametrize(
    "sentence, reason_part",
    [
        (
            "George Russell werd na de Grand Prix van Canada gediskwalificeerd omdat zijn auto te licht was.",
            "te licht",
        ),
        (
            "George Russell was disqualified from the Canadian Grand Prix because his car was underweight.",
            "underweight",
        ),
    ],
)
def test_disqualification_with_reason(parse: Parse, sentence: str, reason_part: str) -> None:
    a = parse(sentence)
    [f] = facts_of(a, "penalty", "russell")
    assert f.penalty == "disqualification"
    assert f.reason and reason_part in f.reason


def test_reason_in_next_sentence(parse: Parse) -> None:
    a = parse(
        "George Russell werd na de Grand Prix van Canada gediskwalificeerd. "
        "Zijn auto bleek na afloop te licht te zijn."
    )
    [f] = facts_of(a, "penalty", "russell")
    assert f.reason and "te licht" in f.reason


@pytest.mark.parametrize(
    "text, reason_part",
    [
        (
            "Het voorval achter de tijdstraf van Ocon in Canada deed zich voor in de 12de van 70 ronden. De "
            "stewards oordeelden dat hij Gasly van de baan had geduwd.",
            "van de baan",
        ),
    ],
)
def test_a_moment_is_no_reason_and_does_not_hide_the_next_one(
    parse: Parse, text: str, reason_part: str
) -> None:
    a = parse(text)
    reasons = [f.reason for f in facts_of(a, "penalty", "ocon")]
    assert reasons and all(r and reason_part in r.lower() for r in reasons)


@pytest.mark.parametrize(
    "reason, usable",
    [
        ("in de 48ste van 70 rondes", False),
        ("on lap 12", False),
        ("in de slotfase", False),
        ("for a collision on lap 12", True),
        ("te snel rijden in de pitstraat in ronde 30", True),
    ],
)
def test_a_moment_alone_is_no_usable_reason(reason: str, usable: bool) -> None:
    assert usable_reason(reason) is usable


@pytest.mark.parametrize(
    "sentence",
    [
        "Max Verstappen ontsnapte aan een straf na het incident met Norris in Canada.",
        "Max Verstappen escaped a penalty after the incident with Norris in Montreal.",
        "Max Verstappen ontsnapte in Canada aan een straf na het incident met Norris.",
    ],
)
def test_escaped_penalty_is_no_penalty(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert not facts_of(a, "penalty")


# --- things that are not results -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Na de Grand Prix van Canada zei Max Verstappen: "
        '"Ik wilde winnen, maar de derde plaats is ook goed."',
        '"I wanted to finish second today," Lando Norris said after the Canadian Grand Prix.',
        '"Ik wilde winnen," zei Lando Norris na de Grand Prix van Canada.',
    ],
)
def test_quoted_speech_is_not_a_fact(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert not facts_of(a, "finish")
    # The sentence itself is still kept (for search and sources).
    assert len(a.sentences) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Lando Norris leidde in de Grand Prix van Canada in de eerste ronde.",
        "Max Verstappen boekte in Canada zijn tweede overwinning van het seizoen.",
        "Oscar Piastri and Carlos Sainz were fighting over third place at the Canadian Grand Prix.",
        "Lewis Hamilton lag in Canada op de derde plaats toen het begon te regenen.",
        "Carlos Sainz werd in Canada voor de tweede keer op rij verrast door de regen.",
        "In de strijd om de vierde plaats in Canada moest Piastri buigen voor Russell.",
    ],
)
def test_ordinals_that_are_not_results(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert not [f for f in facts_of(a, "finish") if f.position != 1]


def test_running_position_is_not_a_result(parse: Parse) -> None:
    a = parse("Lewis Hamilton reed in Canada lang op de derde plaats, maar finishte als vijfde.")
    assert finishes(a, "hamilton") == [5]


# --- sprint --------------------------------------------------------------------------------------------


def test_sprint_result_is_a_sprint_fact(parse: Parse) -> None:
    a = parse("Lando Norris werd in de sprint van Oostenrijk vierde.", date="2024-07")
    [f] = facts_of(a, "finish", "norris")
    assert (f.session, f.position, f.grand_prix) == ("sprint", 4, "austria")


# --- season and Grand Prix inference ------------------------------------------------------------------


@pytest.mark.parametrize(
    "date, sentence, season, gp",
    [
        ("2024-01", "Max Verstappen won de Grand Prix van Abu Dhabi.", 2023, "abu_dhabi"),
        ("2024-12", "Lando Norris won de Grand Prix van Abu Dhabi.", 2024, "abu_dhabi"),
        ("2024-05", "Charles Leclerc won de Grand Prix van Monaco.", 2024, "monaco"),
        ("2024-11", "Lando Norris werd tweede op Interlagos.", 2024, "sao_paulo"),
        ("2024-10", "Lando Norris won op Marina Bay.", 2024, "singapore"),
        ("2024-10", "Oscar Piastri won in Bakoe.", 2024, "azerbaijan"),
        ("2024-11", "Carlos Sainz won op het Autódromo Hermanos Rodríguez.", 2024, "mexico"),
        ("2024-08", "Lewis Hamilton won op Spa-Francorchamps.", 2024, "belgium"),
        ("2024-08", "Lewis Hamilton won the race at Silverstone.", 2024, "great_britain"),
    ],
)
def test_season_and_grand_prix(parse: Parse, date: str, sentence: str, season: int, gp: str) -> None:
    a = parse(sentence, date=date)
    [f] = [f for f in a.facts if f.kind in ("finish",)]
    assert (f.season, f.grand_prix) == (season, gp)
    assert a.main_event == gp


def test_article_season_before_first_race_is_previous_year(parse: Parse) -> None:
    assert parse("Terugblik op een lang seizoen.", date="2024-01").season == 2023
    assert parse("Vooruitblik op de tweede race.", date="2024-05").season == 2024


def test_grand_prix_not_yet_run_this_year_is_last_years(parse: Parse) -> None:
    # Dated April 2024: the Monaco GP of 2024 (late May) had not been run yet.
    a = parse("Charles Leclerc werd in Monaco tweede.", date="2024-04")
    [f] = facts_of(a, "finish", "leclerc")
    assert (f.season, f.grand_prix) == (2023, "monaco")


def test_undated_article_has_no_season(parse: Parse) -> None:
    a = parse("Charles Leclerc won de Grand Prix van Monaco.", date=None)
    assert a.season is None
    [f] = facts_of(a, "finish")
    assert (f.season, f.grand_prix) == (None, "monaco")


def test_explicit_year_in_sentence(parse: Parse) -> None:
    a = parse("Lewis Hamilton won in 2021 de Grand Prix van Groot-Brittannië.", date="2024-07")
    [f] = facts_of(a, "finish")
    assert (f.season, f.grand_prix) == (2021, "great_britain")


def test_last_year_is_counted_from_the_calendar(parse: Parse) -> None:
    a = parse("Max Verstappen won vorig jaar de Grand Prix van Abu Dhabi.", date="2024-01")
    [f] = facts_of(a, "finish")
    assert f.season == 2023


def test_nth_race_is_round_of_season(parse: Parse) -> None:
    a = parse("Sergio Pérez werd tweede in de tweede race van het seizoen.", date="2024-03")
    [f] = facts_of(a, "finish", "perez")
    assert (f.position, f.season, f.grand_prix) == (2, 2024, "saudi_arabia")


def test_season_opener(parse: Parse) -> None:
    a = parse("Carlos Sainz werd derde in de seizoensopener.", date="2024-03")
    [f] = facts_of(a, "finish", "sainz")
    assert (f.position, f.grand_prix) == (3, "bahrain")


def test_home_race_of_perez_is_mexico(parse: Parse) -> None:
    a = parse("Sergio Pérez eindigde in zijn thuisrace als zeventiende.", date="2024-11")
    [f] = facts_of(a, "finish", "perez")
    assert (f.position, f.grand_prix, f.season) == (17, "mexico", 2024)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gasly won at AlphaTauri's home race, with McLaren's Carlos Sainz second.",
        "Gasly won de thuisrace van AlphaTauri, met Carlos Sainz als tweede.",
    ],
)
def test_a_teams_home_race_is_no_drivers(parse: Parse, sentence: str) -> None:
    # the Spaniard named beside it does not make it the Spanish GP
    a = parse("Gasly won in Monza.\n\n" + sentence, date="2020-09-06")
    assert {f.grand_prix for f in a.facts} == {"italy"}


def test_paragraph_grand_prix_in_season_review(parse: Parse) -> None:
    body = (
        "Een terugblik op het seizoen van Lando Norris.\n\n"
        "In Miami won Norris zijn eerste Grand Prix.\n\n"
        "In Zandvoort was Norris opnieuw de snelste en won hij overtuigend.\n\n"
        "Norris werd uiteindelijk tweede in het kampioenschap."
    )
    a = parse(body, date="2024-12")
    wins = {f.grand_prix for f in facts_of(a, "finish", "norris") if f.position == 1}
    assert wins == {"miami", "netherlands"}
    [c] = facts_of(a, "championship", "norris")
    assert (c.position, c.season) == (2, 2024)


# --- article level -------------------------------------------------------------------------------------


def test_language_from_header_and_detection(parse: Parse) -> None:
    assert parse("Norris finished fifth in Canada and he was happy with the result.").lang == "en"
    assert parse("Norris werd vijfde in Canada en hij was tevreden met het resultaat.").lang == "nl"
    assert parse_article("lang en\nNorris werd vijfde.").lang == "en"


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "no sentences"),
        ("   \n\n  ", "no sentences"),
        ("date 2024-05\n", "no sentences"),
        ("abc\x00def ghi", "binary"),
    ],
)
def test_unparseable_articles(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_article(text)


def test_fact_sentence_index_points_at_its_sentence(parse: Parse) -> None:
    a = parse("Het regende in Montreal. Het was een chaotische race. Lando Norris werd vierde.")
    [f] = facts_of(a, "finish", "norris")
    assert "vierde" in a.sentences[f.sentence].text


# --- more phrasings ----------------------------------------------------------------------------------


def test_english_demonym_refers_back(parse: Parse) -> None:
    a = parse("Lando Norris had a difficult afternoon in Canada. The Briton finished ninth.")
    assert finishes(a, "norris") == [9]


def test_win_ahead_of_others_gives_them_no_win(parse: Parse) -> None:
    a = parse("In Canada pakte Verstappen de zege voor Norris en Russell.")
    # the pair after the winner are second and third, in order; neither won
    assert [(f.driver, f.position) for f in facts_of(a, "finish")] == [
        ("max_verstappen", 1),
        ("norris", 2),
        ("russell", 3),
    ]
    # one driver after "voor" is no place: "ahead of his rival" may be anywhere behind
    a = parse("In Canada pakte Verstappen de zege voor Norris.")
    assert [(f.driver, f.position) for f in facts_of(a, "finish")] == [("max_verstappen", 1)]


def test_later_position_in_sentence_is_the_result(parse: Parse) -> None:
    a = parse(
        "Max Verstappen verloor in Canada de leiding aan Norris, maar werd uiteindelijk toch nog tweede."
    )
    assert finishes(a, "max_verstappen") == [2]
    assert not facts_of(a, "finish", "norris")


@pytest.mark.parametrize(
    "sentence, kind, reason_part",
    [
        (
            "Nico Hülkenberg kreeg in Canada een drive-through penalty "
            "omdat hij te hard reed in de pitstraat.",
            "drive_through",
            "te hard",
        ),
        (
            "Sergio Pérez werd in Canada gediskwalificeerd wegens een te lage brandstofhoeveelheid.",
            "disqualification",
            "brandstof",
        ),
    ],
)
def test_more_penalty_kinds(parse: Parse, sentence: str, kind: str, reason_part: str) -> None:
    [f] = facts_of(parse(sentence), "penalty")
    assert f.penalty == kind and f.reason and reason_part in f.reason
    assert not facts_of(parse(sentence), "pitlane")


def test_brake_problems_plural_is_a_cause(parse: Parse) -> None:
    a = parse("Fernando Alonso moest in Canada na twintig ronden opgeven met remproblemen.")
    [f] = facts_of(a, "retirement", "alonso")
    assert f.reason == "brakes"


def test_race_over_after_crash_is_a_retirement(parse: Parse) -> None:
    a = parse("Na een crash in de eerste ronde was de race voor Logan Sargeant in Canada voorbij.")
    assert facts_of(a, "crash", "sargeant")
    assert facts_of(a, "retirement", "sargeant")


def test_position_with_place_noun(parse: Parse) -> None:
    a = parse("Valtteri Bottas eindigde de Grand Prix van Canada op de vijftiende plaats.")
    assert finishes(a, "bottas") == [15]


@pytest.mark.parametrize(
    "text, reason_part",
    [
        (
            "Lando Norris drukte in Canada Russell van de baan, en kreeg daarvoor vijf seconden straf.",
            "Russell",
        ),
        (
            "Lando Norris hit Russell at the hairpin in Canada. He was given a five-second penalty for that.",
            "Russell",
        ),
    ],
)
def test_penalty_reason_points_back(parse: Parse, text: str, reason_part: str) -> None:
    [f] = facts_of(parse(text), "penalty", "norris")
    assert f.reason and reason_part in f.reason


def test_penalty_reason_skips_a_co_penalised_driver(parse: Parse) -> None:
    a = parse(
        "Esteban Ocon werd na de Grand Prix van Canada gediskwalificeerd."
        " Ook Pierre Gasly werd gediskwalificeerd."
        " De stewards stelden vast dat beide auto's te weinig brandstof aan boord hadden."
    )
    for d in ("ocon", "gasly"):
        [f] = facts_of(a, "penalty", d)
        assert f.reason and "brandstof" in f.reason


def test_bare_penalty_word_without_a_verb_is_no_penalty(parse: Parse) -> None:
    a = parse(
        "Esteban Ocon eindigde in Canada als tiende. Voor Alpine was de straf van vorige week nog vers."
    )
    assert not facts_of(a, "penalty")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Esteban Ocon had zich in Canada als zesde gekwalificeerd.", "qualifying"),
        ("Esteban Ocon was in Canada als zesde gestart.", "grid"),
    ],
)
def test_dutch_participles_are_not_race_results(parse: Parse, sentence: str, kind: str) -> None:
    a = parse(sentence)
    assert not facts_of(a, "finish", "ocon")
    [f] = facts_of(a, kind, "ocon")
    assert f.position == 6


def test_historical_aside_does_not_move_the_race(parse: Parse) -> None:
    a = parse(
        "Esteban Ocon won in Canada, his first win since Hungary in 2021. Pierre Gasly ended up fourth."
    )
    [g] = facts_of(a, "finish", "gasly")
    assert g.grand_prix == "canada"
    assert all(f.grand_prix == "canada" for f in a.facts)


def test_object_after_preposition_is_not_the_subject(parse: Parse) -> None:
    a = parse("Nico Hülkenberg, replacing Lance Stroll for Esteban Ocon's team, came home twelfth in Canada.")
    assert [f.driver for f in facts_of(a, "finish")] == ["hulkenberg"]


def test_dutch_clause_opening_with_a_verb_keeps_its_subject(parse: Parse) -> None:
    a = parse("Lando Norris startte in Canada vooraan, versloeg Oscar Piastri bij de start en won de race.")
    assert finishes(a, "norris") == [1]
    assert not facts_of(a, "finish", "piastri")


def test_running_position_at_retirement_is_no_result(parse: Parse) -> None:
    a = parse("Lando Norris retired from second in Canada with an engine failure.")
    assert not facts_of(a, "grid", "norris") and not facts_of(a, "finish", "norris")
    [r] = facts_of(a, "retirement", "norris")
    assert r.reason == "engine"


def test_promotion_after_penalties_of_others(parse: Parse) -> None:
    a = parse(
        "Lando Norris crossed the line ninth in Canada and was promoted to seventh after both Haas drivers"
        " were hit with time penalties."
    )
    # the place on the road is kept, superseded by the place after the penalties
    got = sorted((f.position, f.status) for f in facts_of(a, "finish", "norris"))
    assert got == [(7, "final"), (9, "superseded")]
    assert not facts_of(a, "collision")


def test_heading_line_is_its_own_sentence(parse: Parse) -> None:
    a = parse(
        "date 2024-06\n\nLOSERS: Norris and Piastri\nNorris was out after contact on lap one in Canada,"
        " while Piastri finished fifth."
    )
    assert not facts_of(a, "collision")
    assert facts_of(a, "retirement", "norris")
    assert finishes(a, "piastri") == [5]


def test_cause_of_another_drivers_retirement_is_not_borrowed(parse: Parse) -> None:
    a = parse(
        "Lando Norris was out after contact on lap one in Canada, while Oscar Piastri never started"
        " because of a gearbox problem."
    )
    [r] = facts_of(a, "retirement", "norris")
    assert r.reason != "gearbox"


def test_positions_pair_up_with_a_list_of_drivers(parse: Parse) -> None:
    a = parse("Esteban Ocon en Pierre Gasly werden in Canada negende en tiende.")
    assert finishes(a, "ocon") == [9] and finishes(a, "gasly") == [10]
    b = parse("In Canada eindigden de Alpines van Esteban Ocon en Pierre Gasly op de plaatsen zeven en acht.")
    assert finishes(b, "ocon") == [7] and finishes(b, "gasly") == [8]


def test_relative_clause_does_not_take_over_the_subject(parse: Parse) -> None:
    a = parse(
        "Alexander Albon, die in Canada de auto van teamgenoot Logan Sargeant had overgenomen, werd elfde."
    )
    assert finishes(a, "albon") == [11]
    assert not facts_of(a, "finish", "sargeant")


def test_relative_pronoun_names_the_driver_before_it(parse: Parse) -> None:
    a = parse("The sprint in Canada belonged to Oscar Piastri, who took his first victory.")
    assert finishes(a, "piastri") == [1]


def test_speech_verb_after_a_quote_keeps_its_subject(parse: Parse) -> None:
    a = parse('Carlos Sainz won in Canada. "Dit is een droom", lachte Sainz. Het was zijn tweede zege.')
    assert {f.driver for f in facts_of(a, "finish")} == {"sainz"}


def test_practice_crash_is_not_a_race_incident(parse: Parse) -> None:
    a = parse("Alexander Albon crashte in Canada in de vrije training, maar werd in de race elfde.")
    assert not facts_of(a, "crash")
    assert finishes(a, "albon") == [11]


@pytest.mark.parametrize(
    "text, session",
    [
        (
            "date 2024-06\ntitle Norris pakt pole in de kwalificatie in Canada\n\n"
            "Lando Norris was zaterdag de"
            " snelste in de kwalificatie. Oscar Piastri werd tweede.",
            "qualifying",
        ),
        (
            "date 2024-06\ntitle Piastri wint de sprint in Canada\n\nOscar Piastri won de sprint in Canada."
            " Lando Norris werd tweede in de sprint, Max Verstappen derde.",
            "sprint",
        ),
    ],
)
def test_a_session_report_keeps_its_session(parse: Parse, text: str, session: str) -> None:
    a = parse(text)
    facts = facts_of(
        a,
        "qualifying" if session == "qualifying" else "finish",
        "max_verstappen" if session == "sprint" else "piastri",
    )
    assert facts and all(f.session == ("race" if session == "qualifying" else session) for f in facts)
    assert not [f for f in a.facts if f.kind == "finish" and f.session == "race"]


def test_next_race_mention_does_not_change_the_main_event(parse: Parse) -> None:
    a = parse(
        "date 2024-06\n\nAan het begin van de Canadese Grand Prix raakten Ocon en Gasly elkaar. Norris won."
        "\n\nAlpine bouwt de auto's op voor de volgende race in Spanje."
    )
    assert a.main_event == "canada"
    assert finishes(a, "norris") == [1]


def test_two_clauses_joined_by_en_before_a_name(parse: Parse) -> None:
    a = parse(
        "In Canada moest Valtteri Bottas zijn auto parkeren met een kapotte versnellingsbak en"
        " Esteban Ocon viel laat in de race stil met een defecte brandstofpomp."
    )
    [b] = facts_of(a, "retirement", "bottas")
    [o] = facts_of(a, "retirement", "ocon")
    assert b.reason == "gearbox" and o.reason != "gearbox"


def test_championship_points_are_no_standing(parse: Parse) -> None:
    a = parse("Mick Schumacher pakte in Canada als achtste zijn eerste WK-punten.")
    assert not facts_of(a, "championship")
    assert finishes(a, "mick_schumacher") == [8]


def test_stewards_judgement_before_the_penalty_is_its_reason(parse: Parse) -> None:
    a = parse(
        "In Canada oordeelden de stewards dat Lando Norris Russell van de baan had gedrukt en gaven hem"
        " vijf seconden straf."
    )
    [f] = facts_of(a, "penalty", "norris")
    assert f.reason and "Russell" in f.reason


def test_penalty_size_and_reason_in_later_clauses(parse: Parse) -> None:
    a = parse(
        "Lance Stroll had in Canada een gridstraf, van drie plaatsen, omdat hij te hard reed onder rode vlag."
    )
    [f] = facts_of(a, "penalty", "stroll")
    assert (f.amount, f.unit) == (3, "places") and f.reason and "rode vlag" in f.reason


def test_first_grand_prix_in_a_city_is_no_round_number(parse: Parse) -> None:
    a = parse("date 2023-11\n\nTijdens de eerste Grand Prix in Las Vegas won Max Verstappen.")
    assert [f.grand_prix for f in facts_of(a, "finish")] == ["las_vegas"]


def test_genitive_name_is_a_mention(parse: Parse) -> None:
    a = parse("Lewis Hamilton werd in Canada zevende. Het was Verstappens achttiende zege van het seizoen.")
    assert finishes(a, "max_verstappen") == [1]
    assert finishes(a, "hamilton") == [7]


def test_a_contender_for_the_win_did_not_win(parse: Parse) -> None:
    a = parse("Max Verstappen leek in Canada een serieuze kanshebber voor de zege, maar werd zesde.")
    assert finishes(a, "max_verstappen") == [6]


def test_apposition_with_relative_clause_keeps_the_subject(parse: Parse) -> None:
    a = parse(
        "Lewis Hamilton won in Canada. De Fin, de enige die Hamilton nog kon bedreigen, kwam als"
        " veertiende binnen."
    )
    assert finishes(a, "hamilton") == [1]


def test_a_win_for_nobody_named_is_not_the_focus_drivers(parse: Parse) -> None:
    a = parse(
        "Lance Stroll completed the podium in Canada. It was the first win for a French driver in years."
    )
    assert finishes(a, "stroll") == [3]


def test_a_list_of_drivers_shares_one_event(parse: Parse) -> None:
    a = parse("In Canada, Ocon, Gasly, Albon and Sargeant were all out after the first corner.")
    assert {f.driver for f in facts_of(a, "retirement")} == {"ocon", "gasly", "albon", "sargeant"}


def test_slammed_into_the_back_of_is_a_collision(parse: Parse) -> None:
    a = parse("In Canada, Valtteri Bottas braked too late and slammed into the back of Lando Norris.")
    [f] = facts_of(a, "collision", "bottas")
    assert f.others == ("norris",)


def test_inherited_result_after_starting_elsewhere(parse: Parse) -> None:
    a = parse("Carlos Sainz inherited third in Canada after starting fifteenth.")
    assert finishes(a, "sainz") == [3]
    assert [f.position for f in facts_of(a, "grid", "sainz")] == [15]


def test_dutch_start_participle_after_the_ordinal(parse: Parse) -> None:
    a = parse("Max Verstappen, die in Canada als derde was vertrokken, werd uiteindelijk vijfde.")
    assert [f.position for f in facts_of(a, "grid", "max_verstappen")] == [3]
    assert finishes(a, "max_verstappen") == [5]


def test_penalty_for_the_next_race_belongs_to_this_one(parse: Parse) -> None:
    a = parse(
        "date 2021-08\n\nIn Hongarije kreeg Lance Stroll een gridstraf van vijf plaatsen voor de volgende"
        " race in België."
    )
    [f] = facts_of(a, "penalty", "stroll")
    assert f.grand_prix == "hungary"


def test_behind_the_winner_is_not_a_win(parse: Parse) -> None:
    a = parse("Achter de winnaar werd Lando Norris in Canada tweede.")
    assert finishes(a, "norris") == [2]
    b = parse("Achter winnaar Max Verstappen werd Lando Norris in Canada tweede.")
    assert finishes(b, "max_verstappen") == [1] and finishes(b, "norris") == [2]


def test_with_x_completing_the_podium(parse: Parse) -> None:
    a = parse("Lando Norris was second in Canada, with Oscar Piastri completing the podium in third.")
    assert finishes(a, "norris") == [2] and finishes(a, "piastri") == [3]


# --- retirements that are none, and whose they are ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Je moet in Canada nooit opgeven, zei Norris.",
        "Pérez viel in Canada in de opwarmronde stil, maar startte vanuit de pitstraat.",
        "Gasly wist zijn AlphaTauri in Canada op de vijfde plaats te parkeren.",
        "Verstappen parkeerde zijn auto in Canada na de uitloopronde op het rechte stuk.",
        "In Canada was er al in de eerste ronde een uitvaller.",
        "Pérez stalled on the formation lap in Canada but started from the pit lane.",
        "Albon never gave up in Canada.",
        "In Canada viel de bandenkeuze van Albon in zijn nadeel uit.",
        "De gok op harde banden viel voor Albon in Canada slecht uit.",
    ],
)
def test_no_retirement(parse: Parse, sentence: str) -> None:
    assert facts_of(parse(sentence), "retirement") == []


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Na het uitvallen van Verstappen werd Hamilton in Canada tweede.", "max_verstappen"),
        ("Leclerc nam in Canada de tweede plek over van de uitgevallen Sergio Pérez.", "perez"),
        ("In Canada viel Ocon uit met een motorprobleem.", "ocon"),
        ("Ocon retired in Canada with an engine problem.", "ocon"),
    ],
)
def test_whose_retirement(parse: Parse, sentence: str, driver: str) -> None:
    assert [f.driver for f in facts_of(parse(sentence), "retirement")] == [driver]


@pytest.mark.parametrize(
    "reason, usable",
    [
        ("het veroorzaken van een botsing met Albon", True),
        ("causing a collision with Albon", True),
        ("te snel rijden in de pitstraat", True),
        ("het incident tussen hem", False),
        ("zijn rol in het incident", False),
        ("his role in the clash", False),
        ("the incident", False),
        ("de tweede keer tot wereldkampioen te worden gekroond", False),
    ],
)
def test_usable_reason(reason: str, usable: bool) -> None:
    from knowledge.extract.penalties import usable_reason

    assert usable_reason(reason) is usable


@pytest.mark.parametrize(
    "sentence, driver",
    [
        (
            "In Canada ging Verstappen in de slotfase voorbij de vanaf poleposition vertrokken Russell.",
            "russell",
        ),
        ("In Canada, Verstappen passed pole-sitter Russell on lap 20.", "russell"),
        ("In Canada, Verstappen passed polesitter Russell on lap 20.", "russell"),
        ("Russell pakte in Canada de pole.", "russell"),
    ],
)
def test_pole_owner(parse: Parse, sentence: str, driver: str) -> None:
    assert [f.driver for f in facts_of(parse(sentence), "grid") if f.detail == "pole"] == [driver]


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Na de crash van Verstappen en Hamilton was Russell in Canada een verdiende winnaar.", "russell"),
        (
            "A crash between Hamilton and Verstappen cleared the way for Russell to claim the win in Canada.",
            "russell",
        ),
        ("De winnaar in Canada was Russell.", "russell"),
    ],
)
def test_winner_phrases(parse: Parse, sentence: str, driver: str) -> None:
    assert [
        f.driver for f in facts_of(parse(sentence), "finish") if f.position == 1 and f.status == "final"
    ] == [driver]


def test_beaten_to_a_place(parse: Parse) -> None:
    a = parse("In Canada, Gasly pipped Ocon to seventh on the final lap.")
    assert finishes(a, "gasly") == [7] and finishes(a, "ocon") == []


def test_grote_prijs_names_the_main_event(parse: Parse) -> None:
    a = parse(
        "Verstappen werd tweede in de Grote Prijs van Brazilië. Hamilton won op Interlagos. "
        "Volgende week is de Grote Prijs van Qatar.\n\nEerder won Verstappen nog de grand prix in Mexico.",
        date="2021-11-15",
    )
    assert a.main_event == "sao_paulo"


def test_beaten_to_a_place_with_a_team_possessive(parse: Parse) -> None:
    a = parse("In Canada, Haas's Magnussen pipped Alpine's Ocon to sixth on the final lap.")
    assert finishes(a, "kevin_magnussen") == [6] and finishes(a, "ocon") == []


def test_made_his_way_from_fifth_into_second_is_no_start(parse: Parse) -> None:
    a = parse("In Canada, Verstappen made his way from fifth into second after passing both Ferraris.")
    assert facts_of(a, "grid", "max_verstappen") == []


def test_place_then_start_verb_is_a_grid_place(parse: Parse) -> None:
    a = parse("Vettel kreeg in Canada een gridstraf van drie plaatsen, waardoor hij als zesde startte.")
    assert [f.position for f in facts_of(a, "grid", "vettel")] == [6] and finishes(a, "vettel") == []


def test_qualifying_place_on_a_sprint_weekend_stays_qualifying(parse: Parse) -> None:
    a = parse(
        "In de kwalificatie in Imola ging George Russell (elfde) eruit in Q2, vóór de sprint.",
        date="2022-04-23",
    )
    assert [(f.position, f.session) for f in facts_of(a, "qualifying", "russell")] == [(11, "race")]


def test_an_article_naming_no_race_is_about_the_race_just_run(parse: Parse) -> None:
    a = parse("Lando Norris werd tweede, achter Max Verstappen.", date="2024-06-10")
    assert a.main_event == "canada"  # the Canadian GP was run the day before
    far = parse("Lando Norris werd tweede, achter Max Verstappen.", date="2024-06-20")
    assert far.main_event is None
    review = parse("In Bahrein won Verstappen, in Jeddah Pérez. Norris werd tweede.", date="2024-06-10")
    assert review.main_event != "canada"  # an article that names races keeps to them


def test_sakhir_is_its_own_grand_prix(parse: Parse) -> None:
    a = parse("Sergio Pérez heeft de Grand Prix van Sakhir gewonnen.", date="2020-12-07")
    assert [(f.grand_prix, f.position) for f in facts_of(a, "finish", "perez")] == [("sakhir", 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor Verstappen was het in Canada de eerste pole van dit seizoen en zijn derde in totaal.",
        "It was his fifth of the season in Canada.",
    ],
)
def test_a_count_is_no_place(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert [f for f in a.facts if f.kind in ("finish", "qualifying") and f.position not in (None, 1)] == []


def test_number_in_the_title_fight_is_a_standing(parse: Parse) -> None:
    a = parse("De Nederlander Verstappen, momenteel de nummer drie in de strijd om de titel, won in Canada.")
    assert [(f.position, f.detail) for f in facts_of(a, "championship", "max_verstappen")] == [(3, "interim")]


@pytest.mark.parametrize(
    ("sentence", "kind", "position"),
    [
        ("Verstappen begon in Canada niet van pole position, maar van de vierde plaats.", "grid", 4),
        ("Verstappen was in Canada de vijfde rijder die dat lukte.", None, None),
        ("Hamilton finishte in Canada nooit lager dan vijfde.", None, None),
    ],
)
def test_ellipsis_counts_and_bounds(
    parse: Parse, sentence: str, kind: str | None, position: int | None
) -> None:
    got = [(f.kind, f.position) for f in parse(sentence).facts if f.position not in (None, 1)]
    assert got == ([(kind, position)] if kind else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Verder eindigde Verstappen dit seizoen vijf keer als vierde en een keer als vijfde.",
        "Hamilton reed in Canada zijn 107e grand prix.",
        "Na zijn stop kwam Hamilton in Canada als zesde terug op de baan.",
    ],
)
def test_more_places_that_are_none(parse: Parse, sentence: str) -> None:
    a = parse(sentence)
    assert [f for f in a.facts if f.kind == "finish" and f.status == "final"] == []


def test_number_with_points_is_a_standing(parse: Parse) -> None:
    a = parse("Verstappen is na Canada met 35 punten de nummer zes.")
    assert [f.position for f in facts_of(a, "championship", "max_verstappen")] == [6]
    assert finishes(a, "max_verstappen") == []


def test_respectively_with_a_title_between(parse: Parse) -> None:
    a = parse("In Canada werden Bottas en wereldkampioen Lewis Hamilton respectievelijk tweede en derde.")
    assert finishes(a, "bottas") == [2] and finishes(a, "hamilton") == [3]


def test_respectively_that_does_not_pair_gives_nothing(parse: Parse) -> None:
    a = parse("In Canada werden de Mercedes-coureurs van Hamilton respectievelijk tweede en derde.")
    assert [f for f in a.facts if f.kind == "finish"] == []


@pytest.mark.parametrize(
    "sentence, kind, position",
    [
        ("Dankzij zijn vierde plek in Canada kan Hamilton de wereldtitel niet meer ontgaan.", "finish", 4),
        ("Vettel nam in Canada met zijn derde plek de leiding in het klassement over.", "finish", 3),
        ("Hamilton behield in Canada zijn tweede plaats in het kampioenschap.", "championship", 2),
    ],
)
def test_race_place_in_a_standings_sentence(parse: Parse, sentence: str, kind: str, position: int) -> None:
    got = [(f.kind, f.position) for f in parse(sentence).facts if f.kind in ("finish", "championship")]
    assert (kind, position) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Het is nog spannend wie in Canada de derde plek gaat opeisen in het kampioenschap.",
        "Pérez kon in Canada de tweede plaats in het WK nog binnenslepen.",
    ],
)
def test_standing_still_to_be_won(parse: Parse, sentence: str) -> None:
    assert [f for f in parse(sentence).facts if f.kind == "championship" and f.status == "final"] == []


def test_roaring_back_to_second_is_running(parse: Parse) -> None:
    a = parse("In Canada, Russell roared back from fifth to second place before his tyre punctured.")
    assert [(f.position, f.status) for f in facts_of(a, "finish", "russell")] == [(2, "running")]


def test_place_with_points_after_is_a_standing(parse: Parse) -> None:
    a = parse("Na Canada is Vandoorne zestiende met twaalf eenheden.")
    assert [f.position for f in facts_of(a, "championship", "vandoorne")] == [16]


def test_objects_listed_after_a_verb(parse: Parse) -> None:
    a = parse("In Canada, Russell beat Hamilton, Verstappen to pole position.")
    assert [f.driver for f in facts_of(a, "grid") if f.detail == "pole"] == ["russell"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor Hamilton was het in Canada de zesde zege van het seizoen, de vierde op rij.",
        "It was Hamilton's 79th in his career, in Canada.",
    ],
)
def test_a_run_or_a_career_count_is_no_place(parse: Parse, sentence: str) -> None:
    assert [f for f in parse(sentence).facts if f.kind == "finish" and f.position not in (1,)] == []


def test_but_clause_with_its_own_verb_keeps_its_kind(parse: Parse) -> None:
    a = parse("In Canada startte Leclerc als negentiende, maar hij knokte zich terug naar de derde plek.")
    assert [f.position for f in facts_of(a, "grid", "leclerc")] == [19]
    assert finishes(a, "leclerc") == [3]


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Voor Sainz betekende dat in Canada meteen het einde van de race.", "sainz"),
        ("In Canada, there was no warning before Leclerc's engine failed.", "leclerc"),
    ],
)
def test_more_retirement_phrases(parse: Parse, sentence: str, driver: str) -> None:
    assert [f.driver for f in facts_of(parse(sentence), "retirement")] == [driver]


def test_respectively_after_a_relative_clause(parse: Parse) -> None:
    a = parse(
        "In Canada werden Bottas en Russell, die een lekke band kreeg, respectievelijk achtste en negende."
    )
    assert finishes(a, "bottas") == [8] and finishes(a, "russell") == [9]


def test_engine_failure_belongs_to_the_name_before_it(parse: Parse) -> None:
    a = parse(
        "In Canada, Hamilton won as the race finished behind the safety car due to Perez engine failure."
    )
    assert [f.driver for f in facts_of(a, "retirement")] == ["perez"]
    b = parse("In Canada, Hamilton won. The costly engine failure gave Red Bull a chance.")
    assert facts_of(b, "retirement") == []


@pytest.mark.parametrize(
    "sentence, reason_part",
    [
        ("Carlos Sainz was given an engine penalty of ten places in Canada.", "engine"),
        ("Carlos Sainz kreeg in Canada een motorische gridstraf van tien plaatsen.", "motor"),
        ("Carlos Sainz received a gearbox penalty in Canada.", "gearbox"),
    ],
)
def test_a_penalty_named_after_a_part_has_the_part_as_its_reason(
    parse: Parse, sentence: str, reason_part: str
) -> None:
    [f] = facts_of(parse(sentence), "penalty", "sainz")
    assert f.reason and reason_part in f.reason


def test_a_plain_grid_penalty_has_no_part_as_reason(parse: Parse) -> None:
    [f] = facts_of(parse("Carlos Sainz kreeg in Canada een gridstraf van vijf plaatsen."), "penalty", "sainz")
    assert f.reason is None


def test_stranded_in_qualifying_is_no_retirement_from_the_race(parse: Parse) -> None:
    a = parse("Charles Leclerc strandde in Canada in Q1 met een kapotte motor.")
    assert not [f for f in facts_of(a, "retirement", "leclerc") if f.session == "race"]


def test_a_place_held_when_something_happened_is_running(parse: Parse) -> None:
    a = parse("In Canada, op een moment dat Leclerc als zesde in de punten reed, begaf zijn motor het.")
    assert not [f for f in facts_of(a, "finish", "leclerc") if f.status == "final"]
