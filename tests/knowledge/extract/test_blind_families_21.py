"""Phrase families found in later seasons' style, each with examples both ways in our own words: a deed
told in the past that ended in the win ("controlled the race from pole to take his second win") is no aim;
"finished fifth to wrap up the title" is his place in the race; a place held for a while ("reed lange tijd
tweede") is running; a car parked by the side ("zette zijn McLaren langs de kant") is a retirement, a
team-mate put aside is a pass; "took the final point from tenth" is his place, not his start; "blijft derde,
met 104 punten achterstand" and "staat tweede met een achterstand van 34 punten" are standings; "now has 403
points, 63 more than Norris" is a gap."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formula 1 news\n\n"


def placed(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None, str]]:
    return {(f.driver, f.position, f.status) for f in a.facts if f.kind == kind}


@pytest.mark.parametrize(
    "body, driver",
    [
        (
            "Russell controlled the race at Suzuka from pole position to take his second win of the year.",
            "russell",
        ),
        ("Piastri held off Norris in the closing laps to claim victory in Baku.", "piastri"),
        ("Leclerc dominated the weekend in Monza to secure the win for Ferrari.", "leclerc"),
    ],
)
def test_a_deed_that_ended_in_the_win_is_a_win(parse: Parse, body: str, driver: str) -> None:
    assert (driver, 1, "final") in placed(parse(NEWS + body))


@pytest.mark.parametrize(
    "body, driver",
    [
        ("Leclerc needs to take the win in Brazil to stay in the fight.", "leclerc"),
        ("Norris hopes to claim victory in Qatar next week.", "norris"),
        ("Russell controlled the opening stint to take the lead, but he retired later on.", "russell"),
    ],
)
def test_an_aim_is_no_win(parse: Parse, body: str, driver: str) -> None:
    assert (driver, 1, "final") not in placed(parse(NEWS + body))


def test_the_place_that_sealed_the_title_is_his_race_place(parse: Parse) -> None:
    a = parse(NEWS + "Verstappen finished fifth in Las Vegas to wrap up his fourth drivers' championship.")
    assert ("max_verstappen", 5, "final") in placed(a)
    assert not any(p == 5 for _, p, _ in placed(a, "championship"))


def test_a_place_in_the_championship_stays_one(parse: Parse) -> None:
    a = parse(NEWS + "Hamilton finished the season fifth in the championship, his worst ever.")
    assert ("hamilton", 5, "final") not in placed(a)


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Norris reed lange tijd tweede in Zandvoort.", "norris", 2),
        ("Hamilton lag aanvankelijk derde, maar zakte daarna weg.", "hamilton", 3),
        ("Sainz reed rondenlang vijfde achter de Mercedessen.", "sainz", 5),
    ],
)
def test_a_place_held_for_a_while_is_running(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place, "final") not in placed(parse(NEWS + body))


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Verstappen reed in Zandvoort naar de tweede plaats.", "max_verstappen", 2),
        ("Hamilton lag lang derde, maar werd uiteindelijk tweede.", "hamilton", 2),
    ],
)
def test_a_place_reached_is_his(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place, "final") in placed(parse(NEWS + body))


@pytest.mark.parametrize(
    "body, driver",
    [
        (
            "Norris moest zeven ronden voor het einde met een olielek zijn McLaren langs de kant zetten.",
            "norris",
        ),
        ("Gasly zette zijn auto in ronde 30 aan de kant met een kapotte versnellingsbak.", "gasly"),
        ("Albon moest zijn Williams al vroeg aan de kant zetten.", "albon"),
    ],
)
def test_a_car_parked_by_the_side_is_a_retirement(parse: Parse, body: str, driver: str) -> None:
    assert driver in {f.driver for f in parse(NEWS + body).facts if f.kind == "retirement"}


def test_a_team_mate_put_aside_is_no_retirement(parse: Parse) -> None:
    a = parse(NEWS + "Verstappen zette zijn teamgenoot Tsunoda in ronde 12 aan de kant.")
    assert not [f for f in a.facts if f.kind == "retirement"]


def test_the_final_point_from_tenth_is_his_place(parse: Parse) -> None:
    a = parse(NEWS + "Tsunoda was seventh, ahead of Perez, who took the final point from tenth.")
    assert ("perez", 10, "final") in placed(a)
    assert ("perez", 10, "final") not in placed(a, "grid")


def test_a_start_from_tenth_on_the_grid_stays_a_start(parse: Parse) -> None:
    a = parse(NEWS + "Perez took the final point from tenth on the grid.")
    assert ("perez", 10, "final") in placed(a, "grid")


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Verstappen blijft derde, met 104 punten achterstand op de leider.", "max_verstappen", 3),
        ("Norris staat tweede met een achterstand van 34 punten.", "norris", 2),
        ("Leclerc stays fourth, 60 points behind the leader.", "leclerc", 4),
    ],
)
def test_a_place_with_its_points_behind_is_a_standing(
    parse: Parse, body: str, driver: str, place: int
) -> None:
    a = parse(NEWS + body)
    assert (driver, place, "final") in placed(a, "championship")
    assert (driver, place, "final") not in placed(a)


def test_a_place_with_seconds_behind_is_the_race(parse: Parse) -> None:
    a = parse(NEWS + "Norris finishte tweede met een achterstand van drie seconden.")
    assert ("norris", 2, "final") in placed(a)


@pytest.mark.parametrize(
    "body, holder, other, amount",
    [
        ("Verstappen now has 403 points, 63 more than Norris.", "max_verstappen", "norris", 63),
        ("Russell staat nu vierde met 158 punten, 12 meer dan Sainz.", "russell", "sainz", 12),
    ],
)
def test_a_gap_after_a_total(parse: Parse, body: str, holder: str, other: str, amount: int) -> None:
    gaps = {
        (f.driver, f.others, f.amount, f.detail) for f in parse(NEWS + body).facts if f.kind == "points_gap"
    }
    assert (holder, (other,), amount, "ahead") in gaps


def test_points_scored_in_a_race_are_no_gap(parse: Parse) -> None:
    a = parse(NEWS + "Verstappen scored 25 points in Miami, 10 more than Norris.")
    assert not [f for f in a.facts if f.kind == "points_gap"]


@pytest.mark.parametrize(
    "body, driver, places",
    [
        (
            "Verstappen qualified 12th but dropped five places because of an engine change.",
            "max_verstappen",
            5,
        ),
        ("Hamilton was demoted ten places for a new power unit.", "hamilton", 10),
    ],
)
def test_places_dropped_for_a_part_are_a_grid_penalty(
    parse: Parse, body: str, driver: str, places: int
) -> None:
    grid = {
        (f.driver, f.amount) for f in parse(NEWS + body).facts if f.kind == "penalty" and f.penalty == "grid"
    }
    assert (driver, places) in grid


@pytest.mark.parametrize(
    "body",
    [
        "Hamilton dropped five places after a spin on lap 3.",
        "Sainz dropped three places in the opening laps because of his worn tyres.",
    ],
)
def test_places_dropped_in_the_race_are_no_penalty(parse: Parse, body: str) -> None:
    assert not [f for f in parse(NEWS + body).facts if f.kind == "penalty"]


def test_the_two_are_the_pair_just_named(parse: Parse) -> None:
    a = parse(NEWS + "Norris werd tweede, Leclerc derde. Het verschil tussen de twee is nu 20 punten.")
    gaps = {(f.driver, f.others) for f in a.facts if f.kind == "points_gap"}
    assert gaps & {("norris", ("leclerc",)), ("leclerc", ("norris",))}


def test_the_two_after_another_came_to_the_fore_are_no_pair(parse: Parse) -> None:
    a = parse(
        NEWS + "Norris werd tweede, Leclerc derde. Verstappen werd zesde."
        " Het verschil tussen de twee is nu 47 punten."
    )
    assert not [f for f in a.facts if f.kind == "points_gap" and "leclerc" in (f.driver, *f.others)]


def gaps_of(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], float | None, str | None]]:
    return {(f.driver, f.others, f.amount, f.detail) for f in a.facts if f.kind == "time_gap"}


@pytest.mark.parametrize(
    "body, gap",
    [
        (
            "Hamilton crossed the line seven seconds ahead of Red Bull's Max Verstappen.",
            ("hamilton", ("max_verstappen",), 7000, "ahead"),
        ),
        (
            "Vettel finished 12 seconds behind Mercedes' Lewis Hamilton.",
            ("vettel", ("hamilton",), 12000, "behind"),
        ),
        (
            "Verstappen won the race, with Lewis Hamilton crossing the finish line 7.8 seconds behind"
            " to claim second.",
            ("hamilton", ("max_verstappen",), 7800, "behind"),
        ),
    ],
)
def test_a_gap_to_one_named_after_his_team(
    parse: Parse, body: str, gap: tuple[str, tuple[str, ...], int, str]
) -> None:
    assert gap in gaps_of(parse("Race report\n\n" + body))


def test_a_gap_to_a_team_is_no_drivers(parse: Parse) -> None:
    a = parse("Race report\n\nHamilton crossed the line seven seconds ahead of the Red Bulls.")
    assert not gaps_of(a)


def test_rows_one_a_line_ending_in_a_full_stop_keep_their_numbers(parse: Parse) -> None:
    a = parse(
        "Results of the race in Sakhir\n\nPerez won the Sakhir Grand Prix.\n\nResults\n"
        "1. Sergio Perez, Mexico, Racing Point, 87 laps, 1:31:15.114.\n"
        "2. Esteban Ocon, France, Renault, 87, +10.518 seconds.\n"
        "3. Lance Stroll, Canada, Racing Point, 87, +11.869.\n"
        "4. Carlos Sainz, Spain, McLaren, 87, +12.580.\n",
        date="2020-12-06",
    )
    assert {("ocon", 2, "final"), ("stroll", 3, "final"), ("sainz", 4, "final")} <= placed(a)
    assert ("ocon", ("perez",), 10518, "behind") in gaps_of(a)


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Verstappen begon in Mugello vanaf startplaats vier.", "max_verstappen", 4),
        ("Leclerc vertrok vanaf startpositie twaalf.", "leclerc", 12),
        ("Hamilton start de race van op positie 6.", "hamilton", 6),
    ],
)
def test_a_start_told_by_its_noun_and_number(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place, "final") in placed(parse(NEWS + body), "grid")


def test_a_start_place_of_another_thing_is_none(parse: Parse) -> None:
    a = parse(NEWS + "Verstappen stond op startplaats vier van de lijst met snelste pitstops.")
    assert ("max_verstappen", 4, "final") not in placed(a)


def test_a_numbered_point_over_prose_is_no_results_row(parse: Parse) -> None:
    a = parse(
        "Vijf conclusies na de Grand Prix van België\n\n"
        "1. Verstappen is niet te stoppen\nMax Verstappen won op Spa zijn achtste race op rij en startte als"
        " zesde na een gridstraf.\n\n"
        "3. Hamilton pakt een extra punt\nLewis Hamilton werd vierde en reed in de slotronde de snelste"
        " ronde.\n",
        date="2023-07-31",
    )
    assert ("max_verstappen", 1, "final") in placed(a)
    assert ("hamilton", 4, "final") in placed(a)
    assert ("hamilton", 3, "final") not in placed(a)


def test_a_list_one_row_a_line_keeps_its_places(parse: Parse) -> None:
    a = parse(
        "Uitslag GP België\n\nDe uitslag:\n1. Max Verstappen\n2. Sergio Pérez\n3. Charles Leclerc\n",
        date="2023-07-30",
    )
    assert {("max_verstappen", 1, "final"), ("perez", 2, "final"), ("leclerc", 3, "final")} <= placed(a)


LIVE = "Singapore Grand Prix - as it happened\n\n"


def test_a_live_blog_lap_line_is_a_running_order(parse: Parse) -> None:
    a = parse(
        LIVE + "LAP 1/62: Sainz leads from pole, Russell second, Leclerc up to third.", date="2023-09-17"
    )
    assert not {("russell", 2, "final"), ("leclerc", 3, "final")} & placed(a)


def test_a_live_blog_line_that_says_who_won_is_the_result(parse: Parse) -> None:
    a = parse(LIVE + "LAP 62/62: SAINZ WINS THE SINGAPORE GRAND PRIX!", date="2023-09-17")
    assert ("sainz", 1, "final") in placed(a)


def test_a_live_blog_lap_is_the_lap_of_its_events(parse: Parse) -> None:
    a = parse(
        LIVE + "LAP 61/62: Russell is in the wall at Turn 10!\n\n"
        "LAP 20/62: Virtual safety car after Ocon stops his Alpine with a gearbox problem.",
        date="2023-09-17",
    )
    lap_facts = {(f.driver, f.detail, f.amount) for f in a.facts if f.kind == "lap"}
    assert {("russell", "crash", 61), ("ocon", "retirement", 20)} <= lap_facts
    assert ("vsc", 20) in {(f.detail, f.amount) for f in a.facts if f.kind == "safety_car"}
    assert (62, "scheduled", "race") in {
        (f.amount, f.detail, f.session) for f in a.facts if f.kind == "race_laps"
    }


@pytest.mark.parametrize(
    "body, driver",
    [
        ("He was chasing Norris for second when he touched the wall.", "russell"),
        ("Russell was hunting Norris down for second place.", "russell"),
    ],
)
def test_a_place_chased_is_not_his(parse: Parse, body: str, driver: str) -> None:
    a = parse(LIVE + "Russell crashed late on. " + body, date="2023-09-17")
    assert (driver, 2, "final") not in placed(a)


@pytest.mark.parametrize(
    "body, retired",
    [
        ("Ocon stops his Alpine with a gearbox problem.", True),
        ("Norris stopped his car in the pit box for fresh tyres.", False),
    ],
)
def test_a_car_stopped_out_on_track(parse: Parse, body: str, retired: bool) -> None:
    a = parse(LIVE + body, date="2023-09-17")
    assert bool([f for f in a.facts if f.kind == "retirement"]) == retired


@pytest.mark.parametrize(
    "body, gap",
    [
        ("Sainz holds off Lando Norris by seven tenths to win.", ("sainz", ("norris",), 700, "ahead")),
        (
            "Verstappen won. Hij finishte 22,3 seconden voor teamgenoot Sergio Pérez.",
            ("max_verstappen", ("perez",), 22300, "ahead"),
        ),
        (
            "Verstappen finished 22.3 seconds ahead of team-mate Sergio Perez.",
            ("max_verstappen", ("perez",), 22300, "ahead"),
        ),
    ],
)
def test_a_gap_to_one_held_off_or_a_team_mate(
    parse: Parse, body: str, gap: tuple[str, tuple[str, ...], int, str]
) -> None:
    assert gap in gaps_of(parse("Race report\n\n" + body, date="2023-09-17"))


def test_seconds_before_the_end_are_no_gap(parse: Parse) -> None:
    a = parse(
        "Race report\n\nVerstappen kwam vijf seconden voor het einde van de sessie binnen.", date="2023-09-17"
    )
    assert not gaps_of(a)


@pytest.mark.parametrize(
    "body, team",
    [
        ("McLaren won het constructeurskampioenschap voor het eerst sinds 1998.", "team:mclaren"),
        ("Red Bull pakte het constructeurskampioenschap al in Japan.", "team:red_bull"),
    ],
)
def test_a_teams_title_won(parse: Parse, body: str, team: str) -> None:
    a = parse("Eindstand 2024\n\n" + body, date="2024-12-09")
    assert team in {f.driver for f in a.facts if f.kind == "constructors_title"}


def test_a_teams_title_that_may_come_is_none(parse: Parse) -> None:
    a = parse(
        "Eindstand 2024\n\nMcLaren kan het constructeurskampioenschap in Abu Dhabi winnen.", date="2024-12-01"
    )
    assert not [f for f in a.facts if f.kind == "constructors_title"]


QUALI = "Verstappen on pole at Monza\n\n"


def test_a_penalty_brought_from_another_race_keeps_this_race(parse: Parse) -> None:
    a = parse(
        QUALI + "Piastri will start third, although Hamilton carries a five-place grid penalty from Zandvoort"
        " and drops to 10th.",
        date="2025-09-06",
    )
    assert {(f.kind, f.driver, f.grand_prix) for f in a.facts if f.kind in ("grid", "penalty")} >= {
        ("grid", "piastri", "italy"),
        ("grid", "hamilton", "italy"),
        ("penalty", "hamilton", "italy"),
    }
    assert not [f for f in a.facts if f.grand_prix == "netherlands"]


@pytest.mark.parametrize(
    "body, part, drivers",
    [
        ("Knocked out in Q1: Lawson, Bortoleto and Sainz.", "Q1", {"lawson", "bortoleto", "sainz"}),
        ("Uitgeschakeld in Q2: Tsunoda, Albon en Ocon.", "Q2", {"tsunoda", "albon", "ocon"}),
    ],
)
def test_a_labelled_list_of_knock_outs(parse: Parse, body: str, part: str, drivers: set[str]) -> None:
    a = parse(QUALI + body, date="2025-09-06")
    assert {f.driver for f in a.facts if f.kind == "knockout" and f.detail == part} == drivers
    assert not [f for f in a.facts if f.kind == "retirement"]


def test_a_labelled_list_of_retirements_stays_one(parse: Parse) -> None:
    a = parse("Race report\n\nVerstappen won. Did not finish: Sainz, Albon.", date="2025-09-07")
    assert {f.driver for f in a.facts if f.kind == "retirement"} == {"sainz", "albon"}


@pytest.mark.parametrize(
    "body, driver",
    [
        ("Een race later in Rusland vergooide Norris zelf de zege.", "norris"),
        (
            "Vettel start straks vanaf de eerste plek en gaat voor zijn derde overwinning van het jaar.",
            "vettel",
        ),
        ("Norris threw away the win in Sochi when the rain came.", "norris"),
        ("Leclerc gave away a certain victory in Monaco.", "leclerc"),
        ("Verstappen liet de zege in Bakoe liggen door een lekke band.", "max_verstappen"),
    ],
)
def test_a_win_thrown_away_or_aimed_at_is_no_win(parse: Parse, body: str, driver: str) -> None:
    assert (driver, 1, "final") not in placed(parse(NEWS + body, date="2021-12-14"))


@pytest.mark.parametrize(
    "body, driver",
    [
        ("Norris gave Piastri the win in Hungary by letting him through.", "piastri"),
        ("Verstappen won in Bakoe, Hamilton verloor de leiding in de slotfase.", "max_verstappen"),
    ],
)
def test_a_win_given_to_another_is_his(parse: Parse, body: str, driver: str) -> None:
    assert (driver, 1, "final") in placed(parse(NEWS + body, date="2021-12-14"))


def test_a_pole_title_with_its_own_verb_is_not_the_next_name(parse: Parse) -> None:
    a = parse(NEWS + "Bottas spun after the polesitter was tagged by Ricciardo.", date="2021-11-07")
    assert ("ricciardo", 1, "final") not in placed(a, "grid")


def test_a_pole_title_before_a_name_is_his(parse: Parse) -> None:
    a = parse(NEWS + "Pole-sitter Valtteri Bottas lost the lead at the start.", date="2021-11-07")
    assert ("bottas", 1, "final") in placed(a, "grid")


@pytest.mark.parametrize(
    "body, reason",
    [
        ("Op het moment van uitvallen lag Verstappen na vijftig ronden op een tweede plek.", None),
        ("Verstappen viel in ronde 50 uit met een olielek.", "olielek"),
        ("Verstappen maakte indruk, maar viel in ronde 50 uit.", None),
    ],
)
def test_a_place_is_no_cause_of_a_retirement(parse: Parse, body: str, reason: str | None) -> None:
    reasons = {f.reason for f in parse(NEWS + body, date="2020-11-01").facts if f.kind == "retirement"}
    assert reasons == {reason}


@pytest.mark.parametrize(
    "body",
    [
        "Zhou kwam als negende over de lijn, wat werd omgezet in een achtste positie door een tijdstraf voor"
        " Alonso.",
        "Zhou crossed the line ninth, which became eighth after Alonso's penalty.",
    ],
)
def test_a_place_on_the_road_converted_by_anothers_penalty(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2022-06-19")
    final = {(d, p) for d, p, s in placed(a) if s == "final"}
    assert ("zhou", 8) in final and ("zhou", 9) not in final and ("alonso", 8) not in final


def test_a_place_that_stayed_is_not_converted(parse: Parse) -> None:
    a = parse(NEWS + "Zhou finished eighth, which was his best result of the year.", date="2022-06-19")
    assert ("zhou", 8, "final") in placed(a)


@pytest.mark.parametrize(
    "body, pole",
    [
        ("Piastri leidde vanaf pole position vrijwel elke ronde.", True),
        ("Piastri led every lap from pole.", True),
        ("Verstappen took pole at every race in the first half of the season.", False),
    ],
)
def test_every_lap_from_pole_is_his_pole(parse: Parse, body: str, pole: bool) -> None:
    a = parse(NEWS + body, date="2025-08-31")
    assert bool({d for d, p, s in placed(a, "grid") if p == 1 and s == "final"}) == pole


def test_a_nationality_with_a_pole_title_is_that_driver(parse: Parse) -> None:
    a = parse(
        NEWS
        + "Verstappen took the lead. His rise was aided by Valtteri Bottas spinning out after the Finnish"
        " polesitter was tagged by McLaren's Daniel Ricciardo.",
        date="2021-11-07",
    )
    pairs = {(f.driver, f.others) for f in a.facts if f.kind == "collision"}
    assert ("bottas", ("ricciardo",)) in pairs
    assert not [p for p in pairs if p[0] == "max_verstappen" or "max_verstappen" in p[1]]


@pytest.mark.parametrize(
    "body, driver, place",
    [
        (
            "Verstappen kwam als vierde over de streep, maar kreeg na afloop vijf seconden straf."
            " Daardoor zakte hij naar de achtste plaats.",
            "max_verstappen",
            8,
        ),
        (
            "Leclerc got a five-second penalty for speeding in the pit lane."
            " As a result he dropped to sixth.",
            "leclerc",
            6,
        ),
    ],
)
def test_a_penalty_outcome_told_in_the_next_sentence(
    parse: Parse, body: str, driver: str, place: int
) -> None:
    assert (driver, place, "final") in placed(parse(NEWS + body, date="2024-11-02"))


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Alonso got a penalty after the race. As a result he lost his seventh place.", "alonso", 7),
        ("Verstappen reed lang op kop. Daardoor zakte Hamilton naar de vijfde plaats.", "hamilton", 5),
    ],
)
def test_no_penalty_outcome_in_the_next_sentence(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place, "final") not in placed(parse(NEWS + body, date="2024-11-02"))


def test_a_sprint_over_its_laps(parse: Parse) -> None:
    a = parse(NEWS + "De sprint ging over 24 ronden op Interlagos.", date="2024-11-02")
    assert (24, "distance", "sprint") in {
        (f.amount, f.detail, f.session) for f in a.facts if f.kind == "race_laps"
    }


@pytest.mark.parametrize(
    "body, driver",
    [
        (
            "Bottas claimed an easy win in Sochi after a time penalty ruined Lewis Hamilton's attempt to"
            " match the record.",
            "hamilton",
        ),
        ("Bottas won in Sochi nadat een tijdstraf Hamilton de zege kostte.", "hamilton"),
        ("Verstappen kreeg in Sochi een tijdstraf die hem de zege kostte.", "max_verstappen"),
    ],
)
def test_a_penalty_that_hurt_another_is_his(parse: Parse, body: str, driver: str) -> None:
    who = {f.driver for f in parse(NEWS + body, date="2020-09-27").facts if f.kind == "penalty"}
    assert who == {driver}
