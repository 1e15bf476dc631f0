"""Phrase families found in the sets of the fourth session of 6 December, each with examples both ways in our
own words: a win "op zijn naam kunnen/weten te schrijven" and "de Grote Prijs van X op zijn naam" (a prize
of another kind is no win), the years before counted ("de voorgaande/laatste vier jaar", "the previous four
years"), "made it onto the podium" with a place of another moment in the clause, a driver's place told
before the constructors' title in one clause, the one driver a sentence names with "'s" as the one "he"
means next, a team's tally "for the Silver Arrows" that names no driver, "hit the pits" as no collision, a
race begun from the pit lane ("de race vanuit de pitstraat beginnen", not "ging de pitstraat in"), and
"winning the race" as the subject of a verb; a pair that collided inside a clause about another, first
over the line ("led home"), places claimed or handed ("claimed second as", "de winst ging naar", "the third
podium spot going to", "de laatste podiumplaats"), and a place at the end told after a start; a first
line that opens with "Lang"; "raken" without contact; a pole missed, chased or had a chance at; the one
fought with; counts in a list, after a comma, sealed, or of one; result rows one a paragraph; contact told in
the passive or of other races; a neutralisation's cause told before it; penalties "aan zijn broek"; leads
over one named; a place in a practice session's relative clause; a bet won; "wie er van pole start"; a race
begun in a sprint report."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formule 1 nieuws\n\n"


def placed(a: ParsedArticle, kind: str) -> set[tuple[str, int | None, str]]:
    return {(f.driver, f.position, f.status) for f in a.facts if f.kind == kind}


# --- a win written on one's name, with a modal between ----------------------------------------------------


@pytest.mark.parametrize(
    "body, winner",
    [
        ("Lando Norris heeft de GP van Canada op zijn naam kunnen schrijven.", "norris"),
        ("Oscar Piastri wist de race in Canada op zijn naam te schrijven.", "piastri"),
        ("Charles Leclerc heeft de Grote Prijs van Canada op zijn naam geschreven.", "leclerc"),
        (
            "George Russell mocht de tweede editie van de Grote Prijs van Canada op zijn naam schrijven.",
            "russell",
        ),
    ],
)
def test_a_win_written_on_his_name(parse: Parse, body: str, winner: str) -> None:
    assert (winner, 1, "final") in placed(parse(NEWS + body), "finish")


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris heeft de prijs voor de beste inhaalactie op zijn naam geschreven.",
        "Oscar Piastri hoopt de race in Canada op zijn naam te schrijven.",
        "Charles Leclerc wist de pole op zijn naam te schrijven.",
    ],
)
def test_no_win_written_on_his_name(parse: Parse, body: str) -> None:
    assert not {x for x in placed(parse(NEWS + body), "finish") if x[1] == 1 and x[2] == "final"}


# --- the years before, counted ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lewis Hamilton werd vijfde. Hij had de voorgaande drie jaar de pole gepakt in Canada.",
        "Alonso kwam als zesde binnen, hij die de laatste twee jaar als tweede mocht starten in Canada.",
        "Lewis Hamilton was fifth. He had taken pole in Canada the previous three years.",
    ],
)
def test_a_start_of_the_years_before_is_no_start_now(parse: Parse, body: str) -> None:
    a = parse(NEWS + body)
    assert not {x for x in placed(a, "grid") if x[2] == "final"}


def test_a_start_told_this_year_stands(parse: Parse) -> None:
    a = parse(NEWS + "Lewis Hamilton pakte de pole in Canada, voor het eerst in drie jaar.")
    assert ("hamilton", 1, "final") in placed(a, "grid")


# --- on the podium after a place of another moment ---------------------------------------------------------


def test_made_it_onto_the_podium(parse: Parse) -> None:
    a = parse(NEWS + "Oscar Piastri won. Lando Norris made it onto the podium after a poor start.")
    assert ("norris", None, "final") in placed(a, "podium")


def test_a_place_after_the_podium_is_another_moment(parse: Parse) -> None:
    body = (
        "Oscar Piastri won. Lando Norris still made it on the podium after falling from P2 to ninth at the"
        " start."
    )
    a = parse(NEWS + body)
    assert ("norris", None) in {(d, p) for d, p, _ in placed(a, "podium")}
    assert ("norris", 9, "final") not in placed(a, "finish")


def test_a_podium_place_in_the_clause_still_says_which(parse: Parse) -> None:
    a = parse(NEWS + "Oscar Piastri won. Lando Norris finished third and made it onto the podium.")
    assert {x for x in placed(a, "finish") if x[0] == "norris"} == {("norris", 3, "final")}


# --- a driver's place before the constructors' title ------------------------------------------------------


@pytest.mark.parametrize(
    "body, who, place",
    [
        (
            "Met de zege van Piastri en de tweede plaats voor Lando Norris verzekerde McLaren zich van het"
            " kampioenschap bij de constructeurs.",
            "norris",
            2,
        ),
        ("With third place for Lando Norris, McLaren sealed the constructors' title.", "norris", 3),
    ],
)
def test_a_drivers_place_before_the_constructors(parse: Parse, body: str, who: str, place: int) -> None:
    assert (who, place, "final") in placed(parse(NEWS + body), "finish")


@pytest.mark.parametrize(
    "body",
    [
        "De tweede plaats bij de constructeurs is voor McLaren, dankzij Lando Norris.",
        "Met de derde plaats voor Norris in het kampioenschap komt McLaren dichter bij de constructeurs.",
        "Third place for Norris in the drivers' championship helps McLaren in the constructors' standings.",
    ],
)
def test_no_race_place_among_the_constructors(parse: Parse, body: str) -> None:
    assert not placed(parse(NEWS + body), "finish")


# --- the one driver named with "'s" is the one "he" means next ----------------------------------------------


def test_he_after_a_drive_of_one_named_with_s(parse: Parse) -> None:
    body = (
        "Oscar Piastri won. Max Verstappen came ninth. The finest drive of Lando Norris's season may be this"
        " one. He made it onto the podium in the end."
    )
    a = parse(NEWS + body)
    assert "norris" in {d for d, _, _ in placed(a, "podium")}
    assert "max_verstappen" not in {d for d, _, _ in placed(a, "podium")}


def test_he_stays_with_the_subject_when_another_is_named_with_s(parse: Parse) -> None:
    a = parse(NEWS + "Max Verstappen came ninth, behind Norris's McLaren. He finished third in the sprint.")
    assert "norris" not in {f.driver for f in a.facts if f.session == "sprint"}


# --- a team's tally names no driver -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris jumped Oscar Piastri at the start and went on to take a win in Austria to make it five"
        " victories for the McLaren.",
        "Lando Norris jumped Oscar Piastri at the start and went on to take a win in Austria to make it four"
        " wins for the Papaya team.",
    ],
)
def test_the_winner_is_not_the_one_a_teams_tally_names(parse: Parse, body: str) -> None:
    wins = {d for d, p, s in placed(parse(body, date="2024-06-30"), "finish") if p == 1}
    assert wins == {"norris"}


# --- hitting what is no car ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Norris took the lead when Piastri and Leclerc hit the pits for fresh tyres.",
        "Piastri hit the brakes too late and ran wide.",
        "Leclerc hit the front on lap 12.",
    ],
)
def test_hitting_the_pits_is_no_collision(parse: Parse, body: str) -> None:
    assert not [f for f in parse(NEWS + body).facts if f.kind == "collision"]


def test_hitting_a_driver_is_a_collision(parse: Parse) -> None:
    a = parse(NEWS + "Piastri hit Leclerc at the hairpin.")
    assert ("piastri", ("leclerc",)) in {(f.driver, f.others) for f in a.facts if f.kind == "collision"}


# --- a start from the pit lane begun, not a drive into it -------------------------------------------------


def test_a_race_begun_from_the_pit_lane(parse: Parse) -> None:
    a = parse(
        NEWS + "Daniel Ricciardo werd gediskwalificeerd. Hij moet de race vanuit de pitstraat beginnen."
    )
    assert ("ricciardo", 0, "final") in placed(a, "pitlane")


def test_driving_into_the_pit_lane_is_no_start_from_it(parse: Parse) -> None:
    a = parse(NEWS + "In het begin van de race ging Daniel Ricciardo de pitstraat in.")
    assert not placed(a, "pitlane")


# --- winning the race as the subject of a verb --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Norris took the lead, at which point winning the race became a matter of tyre care.",
        "Winning the race was never in doubt for Norris, he said before the start.",
    ],
)
def test_winning_as_a_subject_is_no_win(parse: Parse, body: str) -> None:
    assert not {x for x in placed(parse(NEWS + body), "finish") if x[1] == 1}


def test_winning_the_race_by_a_margin_is_a_win(parse: Parse) -> None:
    a = parse(NEWS + "Norris, winning the race by eight seconds, took the lead in the standings.")
    assert ("norris", 1, "final") in placed(a, "finish")


# --- a pair that collided inside a clause about another -----------------------------------------------------


def collisions(a: ParsedArticle) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.driver, f.others) for f in a.facts if f.kind == "collision"}


@pytest.mark.parametrize(
    "body",
    [
        "Oscar Piastri won the race as Lando Norris and Max Verstappen collided.",
        "Oscar Piastri won as title rivals Lando Norris and Max Verstappen collided and crashed out.",
        "Oscar Piastri won terwijl Lando Norris en Max Verstappen botsten.",
    ],
)
def test_the_pair_of_a_subordinate_clause_collided(parse: Parse, body: str) -> None:
    a = parse(NEWS + body)
    assert collisions(a) == {("norris", ("max_verstappen",)), ("max_verstappen", ("norris",))}
    assert ("piastri", 1, "final") in placed(a, "finish")


def test_the_pair_crashed_out_not_the_winner(parse: Parse) -> None:
    a = parse(NEWS + "Oscar Piastri won as Lando Norris and Max Verstappen collided and crashed out.")
    assert {f.driver for f in a.facts if f.kind == "retirement"} == {"norris", "max_verstappen"}


def test_one_collided_with_a_pair_keeps_him(parse: Parse) -> None:
    a = parse(NEWS + "Oscar Piastri collided with Lando Norris and Max Verstappen.")
    assert ("piastri", ("norris", "max_verstappen")) in collisions(a)


# --- first over the line, and places claimed ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, who, place",
    [
        ("Oscar Piastri led home a McLaren one-two in Canada.", "piastri", 1),
        ("Max Verstappen eindigde als derde, waar de winst naar Oscar Piastri ging.", "piastri", 1),
        ("De winst ging naar Oscar Piastri.", "piastri", 1),
        ("Lando Norris claimed second as the team toasted its first one-two.", "norris", 2),
        ("Lando Norris secured fourth as the Ferraris faded.", "norris", 4),
        ("The second podium spot went to Lando Norris.", "norris", 2),
        ("Ferrari struggled, with the third podium spot going to Charles Leclerc.", "leclerc", 3),
        ("De laatste podiumplaats was voor Charles Leclerc.", "leclerc", 3),
    ],
)
def test_places_claimed_and_handed(parse: Parse, body: str, who: str, place: int) -> None:
    assert (who, place, "final") in placed(parse(NEWS + body), "finish")


@pytest.mark.parametrize(
    "body",
    [
        "HEARTBREAK FOR NORRIS AS VERSTAPPEN CLAIMS FOURTH CROWN",
        "Het was de negentiende pole voor Leclerc.",
        "De winst gaat naar wie het slimst rijdt.",
    ],
)
def test_no_place_in_a_crown_a_pole_count_or_a_saying(parse: Parse, body: str) -> None:
    a = parse(NEWS + body)
    assert not placed(a, "finish") and not placed(a, "qualifying")


# --- a place at the end told after a start ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, who",
    [
        ("Na een chaotische start moest Verstappen toezien hoe Lando Norris derde werd.", "norris"),
        ("Na een slechte start werd Lando Norris nog derde.", "norris"),
        ("After a poor start Lando Norris finished third.", "norris"),
        (
            "Na een wilde start (waarbij Verstappen na de herstart niet meer meedeed) moest hij toezien hoe"
            " Lando Norris derde werd en de leiding in de WK-stand overnam.",
            "norris",
        ),
    ],
)
def test_a_place_at_the_end_after_a_start(parse: Parse, body: str, who: str) -> None:
    a = parse(NEWS + body)
    assert (who, 3, "final") in placed(a, "finish")
    assert not placed(a, "grid")


@pytest.mark.parametrize(
    "body",
    [
        "Na een slechte start lag Lando Norris nog zevende.",
        "Na de start lag Lando Norris zevende.",
    ],
)
def test_a_place_just_after_the_start_is_running(parse: Parse, body: str) -> None:
    assert ("norris", 7, "running") in placed(parse(NEWS + body), "finish")


# --- a first sentence that opens with a header's word ------------------------------------------------------


def test_a_first_sentence_opening_with_lang_is_no_header(parse: Parse) -> None:
    body = "Lang leek het erop dat Verstappen zou winnen, maar Norris won de race in Canada.\n\nMeer volgt."
    a = parse(body)
    assert a.header.lang is None
    assert ("norris", 1, "final") in placed(a, "finish")


@pytest.mark.parametrize("header", ["lang en", "lang: nl", "source https://example.org/x", "source: Reuters"])
def test_header_lines_stay_headers(parse: Parse, header: str) -> None:
    a = parse(f"{header}\n\nLando Norris won de race in Canada.")
    assert a.header.lang is not None or a.header.source is not None


# --- "raken" that is no contact -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Verstappens teamgenoot Sergio Pérez raakte met zijn Red Bull niet door Q2.",
        "Pérez raakte in de slotfase zijn plek kwijt aan Verstappen.",
    ],
)
def test_raken_without_contact(parse: Parse, body: str) -> None:
    assert not [f for f in parse(NEWS + body).facts if f.kind == "collision"]


def test_raken_of_a_car_is_contact(parse: Parse) -> None:
    a = parse(NEWS + "Pérez raakte Verstappen in de eerste bocht.")
    assert ("perez", ("max_verstappen",)) in {(f.driver, f.others) for f in a.facts if f.kind == "collision"}


# --- a pole missed or chased --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Charles Leclerc kwam uiteindelijk een tiende te kort voor pole position.",
        "Charles Leclerc fell a tenth short of pole.",
        "Leclerc and Sainz fought in Q3 as they chased that all-important pole position.",
    ],
)
def test_a_pole_missed_or_chased_is_none(parse: Parse, body: str) -> None:
    a = parse(NEWS + body)
    assert not {d for d, p, _ in placed(a, "grid") if p == 1}


# --- the one fought with is no winner -----------------------------------------------------------------------


def test_the_one_fought_with_does_not_win(parse: Parse) -> None:
    a = parse(
        "Norris op pole\n\nLando Norris took pole. Brit triumphed after a fight with team-mate Piastri."
    )
    assert "piastri" not in {d for d, p, _ in placed(a, "qualifying") | placed(a, "finish") if p == 1}


@pytest.mark.parametrize(
    "body, winner",
    [
        ("Winning the race was Lando Norris.", "norris"),
        ("Victory went to Lando Norris.", "norris"),
    ],
)
def test_a_win_told_after_it(parse: Parse, body: str, winner: str) -> None:
    assert (winner, 1, "final") in placed(parse(NEWS + body), "finish")


# --- counts told in a list, after a comma, or sealed --------------------------------------------------------


def counted(a: ParsedArticle) -> set[tuple[str, float | None, str | None]]:
    return {(f.driver, f.amount, f.detail) for f in a.facts if f.kind == "count"}


@pytest.mark.parametrize(
    "body, count",
    [
        ("Lando Norris had 6 poles, 12 podiums and 3 wins in 2024.", ("norris", 6, "poles:season")),
        ("Lando Norris had 6 poles, 12 podiums and 3 wins in 2024.", ("norris", 12, "podiums:season")),
        ("Lando Norris had 6 poles, 12 podiums and 3 wins in 2024.", ("norris", 3, "wins:season")),
        (
            "Hamilton boekte zijn tweede zege van het seizoen, de 105e in zijn carrière.",
            ("hamilton", 105, "wins:career"),
        ),
        ("Verstappen won in Canada to seal 60 career victories.", ("max_verstappen", 60, "wins:career")),
    ],
)
def test_counts_told_in_lists_and_asides(parse: Parse, body: str, count: tuple[str, int, str]) -> None:
    assert count in counted(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris had 6 poles, 12 podiums and 3 wins.",  # no season or career told
        "Lando Norris had a hard race in Canada.",
    ],
)
def test_no_count_without_a_scope(parse: Parse, body: str) -> None:
    assert not counted(parse(NEWS + body))


# --- a results list printed one row a paragraph, its first row glued to the heading ------------------------


def test_rows_with_ordinal_endings_one_a_paragraph(parse: Parse) -> None:
    rows = "\n\n".join(
        f"{n}: {name} ({team})"
        for n, name, team in (
            ("2nd", "Lando Norris", "McLaren"),
            ("3rd", "Charles Leclerc", "Ferrari"),
            ("4th", "Lewis Hamilton", "Mercedes"),
        )
    )
    body = f"Piastri wins in Hungary\n\nHungarian Grand Prix result 1st: Oscar Piastri (McLaren)\n\n{rows}"
    a = parse(body, date="2024-07-21")
    assert {("piastri", 1), ("norris", 2), ("leclerc", 3), ("hamilton", 4)} <= {
        (d, p) for d, p, s in placed(a, "finish") if s == "final"
    }


def test_two_rows_are_no_list(parse: Parse) -> None:
    body = "Piastri wint\n\nDe uitslag 1e: Oscar Piastri\n\n2e: Lando Norris\n\nMeer nieuws volgt later."
    a = parse(body, date="2024-07-21")
    assert ("norris", 2) not in {(d, p) for d, p, _ in placed(a, "finish")}


# --- a win told as a tally of one ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Het seizoen van Verstappen was zwaar, met uitval in de eerste race en maar 1 overwinning.",
        "Verstappen took only one win all year.",
    ],
)
def test_a_tally_of_one_win_is_no_race_won(parse: Parse, body: str) -> None:
    assert not {x for x in placed(parse(NEWS + body), "finish") if x[1] == 1}


def test_a_first_formula_1_victory_is_a_win(parse: Parse) -> None:
    a = parse(NEWS + "Oscar Piastri took his first Formula 1 victory in Hungary.", date="2024-07-21")
    assert ("piastri", 1, "final") in placed(a, "finish")


# --- contact told in the passive, as an "akkefietje", or of other races -------------------------------------


@pytest.mark.parametrize(
    "body, pair",
    [
        ("Carlos Sainz werd in de eerste bocht rond getikt door George Russell.", ("sainz", "russell")),
        ("Bottas werd in de eerste bocht door Sebastian Vettel van de baan getikt.", ("bottas", "vettel")),
        (
            "Daarachter was er een akkefietje tussen Lewis Hamilton en Kevin Magnussen.",
            ("hamilton", "kevin_magnussen"),
        ),
    ],
)
def test_contact_told_passively_or_as_an_incident(parse: Parse, body: str, pair: tuple[str, str]) -> None:
    a = parse(NEWS + body)
    assert (pair[0], (pair[1],)) in {(f.driver, f.others) for f in a.facts if f.kind == "collision"}


@pytest.mark.parametrize(
    "body",
    [
        "Albon was al twee keer dichtbij, maar in beide gevallen werd hij van de baan getikt door Hamilton.",
        "Het was een akkefietje voor Hamilton, zei hij.",
    ],
)
def test_no_contact_of_other_races_or_a_mishap(parse: Parse, body: str) -> None:
    assert not [f for f in parse(NEWS + body).facts if f.kind == "collision"]


# --- a neutralisation's cause told before it or in a relative clause ----------------------------------------


def neutralised(a: ParsedArticle) -> set[tuple[str, str | None]]:
    return {(f.driver, f.detail) for f in a.facts if f.kind == "safety_car"}


@pytest.mark.parametrize(
    "body, cause",
    [
        (
            "Tien rondes voor het einde leidde een uitvalbeurt van Lando Norris tot een safetycar-situatie.",
            ("norris", "sc"),
        ),
        ("Een crash van Logan Sargeant bracht echter de safetycar naar buiten.", ("sargeant", "sc")),
        (
            "Het ging mis toen Charles Leclerc de bandenstapel in vloog, wat tot een lange rode vlag leidde.",
            ("leclerc", "red_flag"),
        ),
        (
            "Piastri won tijd met een virtuele safety-car die ontstond na een uitvalbeurt van Lance Stroll.",
            ("stroll", "vsc"),
        ),
        (
            "A VSC which came after Lance Stroll stopped on track helped Piastri.",
            ("stroll", "vsc"),
        ),
    ],
)
def test_a_cause_told_before_or_in_a_relative_clause(parse: Parse, body: str, cause: tuple[str, str]) -> None:
    assert cause in neutralised(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        "Norris reed tot de safety car aan kop.",
        "Piastri gained time under a VSC which ended just as Stroll stopped.",
    ],
)
def test_no_cause_from_a_moment(parse: Parse, body: str) -> None:
    assert all(d == "" for d, _ in neutralised(parse(NEWS + body)))


# --- penalties told with an idiom or a typo -----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, kind, size",
    [
        ("Bottas krijgt vijf plaatsen aan zijn broek voor een nieuwe motor.", "grid", 5),
        ("Russell kreeg voor zijn moment met Sainz een tijdstaf van vijf seconden.", "time", 5),
    ],
)
def test_penalties_told_with_an_idiom_or_a_typo(parse: Parse, body: str, kind: str, size: int) -> None:
    a = parse(NEWS + body)
    assert (kind, size) in {(f.penalty, f.amount) for f in a.facts if f.kind == "penalty"}


def test_the_one_after_met_is_not_penalised(parse: Parse) -> None:
    a = parse(NEWS + "Russell kreeg voor zijn moment met Sainz een tijdstraf van vijf seconden.")
    assert {f.driver for f in a.facts if f.kind == "penalty"} == {"russell"}


def test_places_gained_are_no_penalty(parse: Parse) -> None:
    a = parse(NEWS + "Bottas won vijf plaatsen in de eerste ronde.")
    assert not [f for f in a.facts if f.kind == "penalty"]


# --- a lead told with the championship between, "from" the one behind, or over a team's team-mate ---------


def gaps_of(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], float | None]]:
    return {(f.driver, f.others, f.amount) for f in a.facts if f.kind == "points_gap"}


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris, who holds a 24-point championship lead over Oscar Piastri, is relaxed.",
        "Norris now leads the Drivers' Championship by 24 points from Piastri.",
        "Lando Norris has a 24-point lead over McLaren team-mate Oscar Piastri.",
    ],
)
def test_a_lead_over_one_named(parse: Parse, body: str) -> None:
    assert ("norris", ("piastri",), 24) in gaps_of(parse(NEWS + body))


def test_a_lead_over_no_one_named_has_no_rival(parse: Parse) -> None:
    gaps = gaps_of(parse(NEWS + "Lando Norris retains his 24-point championship lead."))
    assert all(others == () for _, others, _ in gaps)


# --- a place in the relative clause of a practice session ------------------------------------------------


def test_a_place_in_a_practice_sessions_relative_clause(parse: Parse) -> None:
    body = "Norris op pole\n\nNa de derde training waarin Piastri niet verder kwam dan de negende tijd."
    a = parse(body)
    assert ("piastri", 9) not in {(d, p) for d, p, _ in placed(a, "qualifying")}


def test_a_place_in_the_relative_clause_of_qualifying_stands(parse: Parse) -> None:
    body = "Norris op pole\n\nNorris werd eerste in de kwalificatie, waarin Piastri negende werd."
    assert ("piastri", 9, "final") in placed(parse(body), "qualifying")


# --- a bet won, a chance at pole, a count told elliptically, a race named as a penalty's "reason" -----------


@pytest.mark.parametrize(
    "body",
    [
        "Dankzij zijn eerste podiumplek won Norris tevens een weddenschap met zijn teambaas.",
        "Norris won a bet with his team boss.",
        "Norris was blij met zijn eerste podiumplaats en tevens zijn eerste van het huidige seizoen.",
    ],
)
def test_no_race_won_in_a_bet_or_a_count(parse: Parse, body: str) -> None:
    assert not {x for x in placed(parse(NEWS + body), "finish") if x[1] == 1}


def test_a_chance_at_pole_is_no_pole(parse: Parse) -> None:
    a = parse(NEWS + "Het is pijnlijk dat ik hier kans had op poleposition en de winst, zei Norris.")
    assert not {d for d, p, _ in placed(a, "grid") if p == 1}


def test_a_race_named_after_for_is_no_reason(parse: Parse) -> None:
    body = "Albon and Latifi have both been handed 5-place grid penalties for today's Canadian Grand Prix."
    a = parse(NEWS + body)
    assert {(f.driver, f.reason) for f in a.facts if f.kind == "penalty"} == {
        ("albon", None),
        ("latifi", None),
    }


def test_a_cause_after_for_stays_the_reason(parse: Parse) -> None:
    a = parse(NEWS + "Albon got a 5-place grid penalty for a gearbox change.")
    assert {f.reason for f in a.facts if f.kind == "penalty"} == {"a gearbox change"}


def test_who_will_start_from_pole_is_asked_not_told(parse: Parse) -> None:
    body = "Norris en zijn concurrenten bepalen vanaf 15.30 uur wie er zondag van pole start."
    assert ("norris", 1, "final") not in placed(parse(NEWS + body), "grid")


def test_a_race_begun_from_the_pits_in_a_sprint_report_is_the_races(parse: Parse) -> None:
    body = (
        "Sprint in Oostenrijk\n\nDe sprint in Oostenrijk is gereden. Hoe ver komt Valtteri Bottas, die"
        " vanuit de pits aan de race begint?"
    )
    a = parse(body, date="2024-06-29")
    assert {(f.driver, f.session) for f in a.facts if f.kind == "pitlane"} == {("bottas", "race")}
