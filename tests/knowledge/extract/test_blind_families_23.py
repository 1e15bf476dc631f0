"""Phrase families found in later seasons' style, each with examples both ways in our own words: the verb of
qualifying right before a place makes it a qualifying place, whatever race the clause names; a relative clause
after a driver is his, after a team subject too; "Die was gewonnen door X" after a sentence of qualifying is
that session's win; a disqualification "voor de kwalificatie" names the session, not why; an incident after a
relative clause of last year ("Gasly, die hier vorig jaar won, crashte") is this year's; one led home in a
one-two is second; a step of the podium is its place; a bare place after a start ("and Verstappen at third")
is a start."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formula 1 news\n\n"


def placed(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in a.facts if f.kind == kind and f.status == "final"}


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Ocon had to retire in the race after a fine effort to qualify P6.", "ocon", 6),
        ("Ocon stopped early in the race, a day after he qualified seventh.", "ocon", 7),
        ("Albon viel in de race uit, nadat hij zich als vijfde kwalificeerde.", "albon", 5),
    ],
)
def test_the_verb_of_qualifying_before_the_place(parse: Parse, body: str, driver: str, place: int) -> None:
    a = parse(NEWS + body, date="2023-04-02")
    assert (driver, place) in placed(a, "qualifying")
    assert (driver, place) not in placed(a)


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Ocon finished sixth in the race after he had qualified ninth.", "ocon", 6),
        ("Albon werd in de race vijfde na een slechte kwalificatie.", "albon", 5),
    ],
)
def test_a_race_place_beside_qualifying_stays(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place) in placed(parse(NEWS + body, date="2023-04-02"))


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("Alpine were kept afloat by a strong Pierre Gasly, who took sixth place.", "gasly", 6),
        ("Alpine were kept afloat by Pierre Gasly, who took sixth place.", "gasly", 6),
        ("Ferrari were rescued by Carlos Sainz, who secured fifth place behind Russell.", "sainz", 5),
        ("Williams werd gered door Alexander Albon, die als negende eindigde.", "albon", 9),
    ],
)
def test_a_relative_clause_after_a_driver_is_his(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place) in placed(parse(NEWS + body, date="2023-04-02"))


def test_a_team_subject_keeps_its_own_places(parse: Parse) -> None:
    # no driver before the relative clause: the team's place, nobody's
    a = parse(NEWS + "Norris was quick. McLaren, who took sixth place, were pleased.", date="2023-04-02")
    assert ("norris", 6) not in placed(a)


def test_that_which_was_won_is_the_session_before(parse: Parse) -> None:
    body = (
        "Verstappen bekeek na de kwalificatie de auto van Hamilton. Die was gewonnen door Hamilton, maar"
        " Verstappen wilde de vleugel zien."
    )
    a = parse(NEWS + body, date="2021-11-13")
    assert ("hamilton", 1) not in placed(a)
    assert ("hamilton", 1) in placed(a, "qualifying")


def test_that_which_was_won_after_a_race_is_the_race(parse: Parse) -> None:
    body = "Verstappen keek na de race terug op een mooie strijd. Die was gewonnen door Hamilton."
    assert ("hamilton", 1) in placed(parse(NEWS + body, date="2021-11-14"))


@pytest.mark.parametrize(
    "body",
    [
        "Hamilton is gediskwalificeerd voor de kwalificatie van de sprintrace.",
        "Hamilton was disqualified from qualifying for the sprint.",
    ],
)
def test_a_session_is_no_reason(parse: Parse, body: str) -> None:
    dsq = [f for f in parse(NEWS + body, date="2021-11-13").facts if f.penalty == "disqualification"]
    assert dsq and all(f.reason is None for f in dsq)


def test_a_reason_after_disqualified_for(parse: Parse) -> None:
    body = "Hamilton is gediskwalificeerd voor een te brede opening van zijn DRS."
    dsq = [f for f in parse(NEWS + body, date="2021-11-13").facts if f.penalty == "disqualification"]
    assert any(f.reason and "DRS" in f.reason for f in dsq)


@pytest.mark.parametrize(
    "body",
    [
        "The race started badly: Pierre Gasly, who won here last year, crashed out at the first corner.",
        "Gasly, die hier vorig jaar won, crashte in de eerste bocht.",
    ],
)
def test_an_incident_after_a_relative_clause_of_last_year_is_this_years(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2021-09-12")
    crashes = {f.season for f in a.facts if f.kind == "crash" and f.driver == "gasly"}
    assert crashes == {2021}


def test_an_incident_inside_the_relative_clause_keeps_its_year(parse: Parse) -> None:
    a = parse(NEWS + "Gasly, die hier vorig jaar crashte, reed nu een sterke race.", date="2021-09-12")
    crashes = {f.season for f in a.facts if f.kind == "crash" and f.driver == "gasly"}
    assert crashes == {2020}


@pytest.mark.parametrize(
    "body, first, second",
    [
        ("Norris led Piastri home for a McLaren one-two.", "norris", "piastri"),
        (
            "Leclerc headed Sainz to the flag, with Hamilton coming through to complete the podium.",
            "leclerc",
            "sainz",
        ),
    ],
)
def test_one_led_home_in_a_one_two(parse: Parse, body: str, first: str, second: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert {(first, 1), (second, 2)} <= placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Norris led Piastri home in fifth and sixth.",  # no one-two: their places are the ones told
        "Sainz led the field to the flag for a one-two at the end of the formation lap.",
        "Norris led Piastri home.",  # nothing tells they were the top two
    ],
)
def test_one_led_home_is_no_winner_alone(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert not {d for d, p in placed(a) if p in (1, 2)}


@pytest.mark.parametrize(
    "body, driver, place",
    [
        ("It was Russell who stood on the second step of the podium.", "russell", 2),
        ("Sainz stond op de derde trede van het podium.", "sainz", 3),
        ("Leclerc mocht het hoogste treetje van het podium beklimmen.", "leclerc", 1),
    ],
)
def test_a_step_of_the_podium_is_its_place(parse: Parse, body: str, driver: str, place: int) -> None:
    assert (driver, place) in placed(parse(NEWS + body, date="2024-06-30"))


def test_the_podium_without_a_step_is_no_place(parse: Parse) -> None:
    a = parse(NEWS + "Russell stood on the podium for the first time.", date="2024-06-30")
    assert not placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Pérez was at second on the grid and Verstappen at third.",
        "Pérez started second, Verstappen from third.",
        "De race begon chaotisch. Pérez stond tweede op de grid en Verstappen derde.",
    ],
)
def test_a_bare_place_after_a_start_is_a_start(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2021-04-18")
    assert ("max_verstappen", 3) in placed(a, "grid")
    assert ("max_verstappen", 3) not in {
        (d, p) for f in a.facts if f.kind == "finish" for d, p in [(f.driver, f.position)]
    }


def test_a_bare_place_after_a_finish_is_a_finish(parse: Parse) -> None:
    a = parse(NEWS + "Pérez finished second, Verstappen at third.", date="2021-04-18")
    assert ("max_verstappen", 3) in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Russell had to retire with what looked like a gearbox failure.",
        "Russell eventually failed to finish the race due to an engine failure.",
        "Russell was unable to finish the race after a hydraulics leak.",
    ],
)
def test_a_retirement_told_with_looked_like_or_failed_to_happened(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert {f.status for f in a.facts if f.kind == "retirement" and f.driver == "russell"} == {"final"}


@pytest.mark.parametrize(
    "body",
    [
        "It looked like Russell would retire with a gearbox failure.",
        "Russell hopes to finish the race next week.",
    ],
)
def test_a_supposition_stays_one(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2024-06-30")
    assert all(f.status != "final" for f in a.facts if f.kind in ("retirement", "finish"))


@pytest.mark.parametrize(
    "body, ms",
    [
        ("Verstappen won the race by an easy margin of nearly 16 seconds.", 16000),
        ("Verstappen won the Grand Prix by a margin of 4.2 seconds.", 4200),
    ],
)
def test_a_winning_margin_of(parse: Parse, body: str, ms: int) -> None:
    gaps = [f for f in parse(NEWS + body, date="2024-06-30").facts if f.kind == "time_gap"]
    assert [(f.driver, f.amount, f.detail) for f in gaps] == [("max_verstappen", ms, "ahead")]


@pytest.mark.parametrize(
    "body, amount",
    [
        ("Sainz kreeg een boete van vijfduizend euro voor te hard rijden in de pitstraat.", 5000),
        ("Sainz was fined twenty thousand euros for an unsafe release.", 20000),
        ("Sainz kreeg een boete van 7.500 euro.", 7500),
    ],
)
def test_a_fine_in_words(parse: Parse, body: str, amount: int) -> None:
    fines = [f for f in parse(NEWS + body, date="2024-06-30").facts if f.kind == "fine"]
    assert [(f.driver, f.amount) for f in fines] == [("sainz", amount)]


def test_a_fine_without_a_sum_has_none(parse: Parse) -> None:
    a = parse(NEWS + "Sainz kreeg een boete voor te hard rijden in de pitstraat.", date="2024-06-30")
    assert [(f.driver, f.amount) for f in a.facts if f.kind == "fine"] == [("sainz", None)]


def test_the_dutch_spelling_of_a_name(parse: Parse) -> None:
    a = parse(NEWS + "Grosjean kwam in de eerste ronde in aanraking met Kvijat.", date="2020-11-29")
    assert ("grosjean", ("kvyat",)) in {(f.driver, f.others) for f in a.facts if f.kind == "collision"}


@pytest.mark.parametrize(
    "body",
    [
        "The win lifted Verstappen to 77 points, with Hamilton on 107.",
        "Verstappen heeft nu 77 punten, met Hamilton op 107.",
    ],
)
def test_another_total_after_with(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2020-08-09")
    totals = {(f.driver, f.amount) for f in a.facts if f.kind == "points"}
    assert {("max_verstappen", 77), ("hamilton", 107)} <= totals


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen took the points with Hamilton on pole.",
        "Verstappen scored 25 points, with Hamilton on 12.",  # a weekend's points at most: no total
        "Verstappen won with Hamilton on 107 laps old tyres.",  # no points told
    ],
)
def test_no_total_after_with(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2020-08-09")
    assert not {f.amount for f in a.facts if f.kind == "points" and f.driver == "hamilton"}


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Albon moves up to 14th on the grid after the penalty, with Russell promoted to 15th.", "grid"),
        ("Verstappen won, with Russell promoted to second after Hamilton's penalty.", "finish"),
    ],
)
def test_with_one_promoted_is_his_place(parse: Parse, body: str, kind: str) -> None:
    a = parse(NEWS + body, date="2019-08-04")
    assert any(f.driver == "russell" and f.kind == kind for f in a.facts)
    assert not any(f.driver in ("albon", "max_verstappen") and f.position in (2, 15) for f in a.facts)


def test_a_reason_that_is_a_clause_of_its_own(parse: Parse) -> None:
    body = "Leclerc kreeg een gridstraf van tien plaatsen omdat zijn Ferrari een nieuwe motor had gekregen."
    pens = [f for f in parse(NEWS + body, date="2019-11-16").facts if f.kind == "penalty"]
    assert [f.reason for f in pens] == ["zijn Ferrari een nieuwe motor had gekregen"]


def test_where_a_penalty_was_earned_is_no_reason(parse: Parse) -> None:
    body = "Ricciardo zakt naar P13 vanwege een in Brazilië opgelopen gridstraf."
    pens = [f for f in parse(NEWS + body, date="2019-11-30").facts if f.kind == "penalty"]
    assert pens and all(f.reason is None for f in pens)


@pytest.mark.parametrize(
    "body",
    [
        "Ocon kreeg een tijdstraf van vijf seconden. Albon schuift hierdoor op naar de negende plek.",
        "Ocon got a five-second penalty. As a result, Albon was promoted to ninth.",
    ],
)
def test_a_place_moved_up_to_by_a_penalty_is_the_classification(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Ocon finished ninth and Albon tenth.\n\n" + body, date="2019-10-27")
    assert placed(a) >= {("albon", 9)}
    assert ("albon", 10) not in placed(a) and ("ocon", 9) not in placed(a)


def test_a_place_moved_up_to_in_the_race_is_no_classification(parse: Parse) -> None:
    a = parse(
        NEWS + "Ocon finished ninth and Albon tenth. Earlier, Albon moved up to sixth.", date="2019-10-27"
    )
    assert ("albon", 10) in placed(a) and ("ocon", 9) in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "De vierde plaats van Albon werd bij Williams als een overwinning gevierd.",
        "Albon's fourth place felt like a win for Williams.",
        "By holding Leclerc up, Ferrari risked losing the win to Albon.",
    ],
)
def test_like_a_win_or_a_win_at_risk_is_no_win(parse: Parse, body: str) -> None:
    assert ("albon", 1) not in placed(parse(NEWS + body, date="2022-07-03"))


@pytest.mark.parametrize(
    "body",
    [
        "Albon kwam als winnaar over de streep.",
        "Ferrari lost the win to Albon.",
    ],
)
def test_a_win_told_plainly(parse: Parse, body: str) -> None:
    assert ("albon", 1) in placed(parse(NEWS + body, date="2022-07-03"))


@pytest.mark.parametrize(
    "body, cause",
    [
        ("Bottas viel uit door problemen met de brandstoftoevoer naar zijn motor.", "brandstoftoevoer"),
        ("Bottas retired with a fuel pressure problem.", "fuel pressure"),
        ("Bottas viel uit met motorproblemen.", "engine"),
        ("Bottas retired when his engine failed.", "engine"),
    ],
)
def test_the_fuel_before_the_engine_it_feeds(parse: Parse, body: str, cause: str) -> None:
    outs = [f for f in parse(NEWS + body, date="2022-04-10").facts if f.kind == "retirement"]
    assert [f.reason for f in outs] == [cause]


@pytest.mark.parametrize(
    "body",
    [
        "Albon wins Turkish Grand Prix as Verstappen reclaims championship lead",
        "Albon claimed his first chequered flag of the season to win the Turkish Grand Prix.",
        "Albon took the lead on lap 40 to win the race.",
    ],
)
def test_a_win_told_with_the_title_race_or_as_an_outcome(parse: Parse, body: str) -> None:
    assert ("albon", 1) in placed(parse(NEWS + body, date="2021-10-10"))


@pytest.mark.parametrize(
    "body",
    [
        "Albon hopes to win the Turkish Grand Prix next year.",
        "Albon has won two grand prix races in his championship career.",
        "Albon passed Norris and Sainz to win the race.",  # whose win: the owner is not the last named
    ],
)
def test_no_win_of_the_one_named(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2021-10-10")
    assert not {d for d, p in placed(a) if p == 1} - {"albon"}
    if "hopes" in body or "two grand prix" in body:
        assert ("albon", 1) not in placed(a)


@pytest.mark.parametrize(
    "body",
    [
        "Russell and Hamilton followed the Red Bulls, taking third and fourth place, respectively.",
        "Russell en Hamilton volgden de Red Bulls en pakten de derde en vierde plaats, respectievelijk.",
    ],
)
def test_a_pair_and_places_respectively_across_a_verb(parse: Parse, body: str) -> None:
    assert {("russell", 3), ("hamilton", 4)} <= placed(parse(NEWS + body, date="2022-06-12"))


def test_places_without_names_stay_unowned(parse: Parse) -> None:
    a = parse(
        NEWS + "Op de derde en vierde plek vinden we twee coureurs die een race wonnen.", date="2022-12-20"
    )
    assert not placed(a)


def test_a_thing_of_his_at_another_race_frames_nothing(parse: Parse) -> None:
    body = (
        "Bottas won in Baku. His win lifted him one point clear of Hamilton, courtesy of his fastest lap in"
        " Australia. Max Verstappen was fourth for Red Bull."
    )
    a = parse(NEWS + body, date="2019-04-28")
    assert ("max_verstappen", "azerbaijan", 4) in {(f.driver, f.grand_prix, f.position) for f in a.facts}


def test_another_race_named_as_a_frame(parse: Parse) -> None:
    body = "Bottas won in Baku. In Australia, two weeks ago, Verstappen was third."
    a = parse(NEWS + body, date="2019-04-28")
    assert ("max_verstappen", "azerbaijan", 3) not in {(f.driver, f.grand_prix, f.position) for f in a.facts}


@pytest.mark.parametrize(
    "body, winner, other",
    [
        (
            "Bottas resisted a final charge by his Mercedes team-mate Lewis Hamilton to win Sunday's race.",
            "bottas",
            "hamilton",
        ),
        (
            "Leclerc fended off a late attack by his team-mate Carlos Sainz to win the race.",
            "leclerc",
            "sainz",
        ),
    ],
)
def test_a_charge_by_his_team_mate_is_no_win_of_the_team_mate(
    parse: Parse, body: str, winner: str, other: str
) -> None:
    a = parse(NEWS + body, date="2019-04-28")
    assert (winner, 1) in placed(a) and (other, 1) not in placed(a)


def test_the_team_mate_of_another_can_be_the_subject(parse: Parse) -> None:
    body = (
        "Perez won. The race was the first chance for Perez's Red Bull team-mate Max Verstappen to clinch the"
        " title, but he finished seventh."
    )
    a = parse(NEWS + body, date="2022-10-02")
    assert ("max_verstappen", 7) in placed(a) and ("perez", 7) not in placed(a)


@pytest.mark.parametrize(
    "body, place",
    [
        ("Vettel finished in P6 despite his error earlier in the race.", 6),
        ("Vettel werd zesde ondanks pijn in zijn nek.", 6),
        ("Vettel came in third as he extended his lead in the championship.", 3),
        ("Vettel werd derde, waarmee hij zijn voorsprong in het kampioenschap uitbreidde.", 3),
    ],
)
def test_a_place_before_despite_or_as(parse: Parse, body: str, place: int) -> None:
    a = parse(NEWS + body, date="2022-06-12")
    assert ("vettel", place) in placed(a)
    assert not any(f.kind == "championship" and f.driver == "vettel" for f in a.facts)


@pytest.mark.parametrize(
    "body",
    ["Vettel is third in the championship.", "Vettel staat derde in het kampioenschap."],
)
def test_a_standing_told_in_its_clause(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2022-06-12")
    assert ("vettel", 3) in placed(a, "championship") and ("vettel", 3) not in placed(a)


def test_a_line_of_items_is_read_item_by_item(parse: Parse) -> None:
    body = (
        "- Bottas has finished first and second in the opening races. - Albon's P5 was his best result in 12"
        " starts. - Hamilton equalled the record of 8 wins at one venue, with the German doing so at"
        " Magny-Cours. - Haas have finished 8th in every race in 2020."
    )
    a = parse(NEWS + body, date="2020-07-19")
    assert ("albon", 8) not in placed(a)


def test_a_caption_credit_after_a_question_stays_with_it() -> None:
    from knowledge.text import split_sentences

    texts = [s.text for s in split_sentences("Hamilton took the title, but how good was he? - Getty Images")]
    assert texts[0].startswith("Hamilton took the title")
    assert [s.text for s in split_sentences("Bottas won. - Albon was fifth.")] == [
        "Bottas won.",
        "- Albon was fifth.",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "It was his first win since he was at Red Bull in 2018, when he won at Monaco.",
        "Het was zijn eerste zege sinds 2018, toen hij in Monaco won.",
    ],
)
def test_a_when_clause_after_a_since_aside_is_the_asides(parse: Parse, body: str) -> None:
    a = parse(NEWS + "Ricciardo won the Italian Grand Prix.\n\n" + body, date="2021-09-12")
    assert not any(f.grand_prix == "monaco" and f.season == 2021 for f in a.facts)


def test_a_list_of_votes_is_no_standings(parse: Parse) -> None:
    body = (
        "De teambazen mochten stemmen wie de beste coureur van het jaar was. De stemming verliep anoniem."
        "\n\n1. Hamilton - 171\n\n2. Verstappen - 156\n\n3. Leclerc - 132\n\n4. Norris - 95"
    )
    a = parse("Het jaar van de teambazen\n\n" + body, date="2020-12-18")
    assert not [f for f in a.facts if f.kind in ("championship", "points")]


def test_a_list_of_points_without_a_vote_is_the_standings(parse: Parse) -> None:
    body = (
        "Na de laatste race.\n\n1. Hamilton - 347\n\n2. Bottas - 223\n\n3. Verstappen - 214\n\n4. Perez - 125"
    )
    a = parse("Het jaar in cijfers\n\n" + body, date="2020-12-18")
    assert ("hamilton", 1) in {(f.driver, f.position) for f in a.facts if f.kind == "championship"}


@pytest.mark.parametrize(
    "body",
    [
        "Verstappen lost his DRS on his final Q3 lap, which cost him a potential pole.",
        "Russell was on the second row, 0.643 seconds off the pole time.",
    ],
)
def test_a_pole_missed_or_measured_against_is_no_pole(parse: Parse, body: str) -> None:
    a = parse("Qualifying report\n\n" + body, date="2022-05-21")
    assert not [f for f in a.facts if f.kind == "grid" and f.position == 1]


@pytest.mark.parametrize(
    "body",
    [
        "Leclerc, despite a spin in Q3, went on to clinch his fourth pole of the season with teammate Carlos"
        " Sainz third.",
        "Leclerc took pole position, with Sainz third.",
    ],
)
def test_the_pole_is_the_subjects_not_the_one_after_with(parse: Parse, body: str) -> None:
    a = parse("Qualifying report\n\n" + body, date="2022-05-21")
    poles = {f.driver for f in a.facts if f.kind == "grid" and f.position == 1}
    assert poles == {"leclerc"}
    assert ("sainz", 3) in placed(a, "qualifying")


@pytest.mark.parametrize(
    "body",
    [
        "Vettel kwam als eerste over de streep, maar de zege ging naar Hamilton.",
        "Vettel zag als eerste de geblokte vlag, maar kreeg Hamilton meteen de zege achter zijn naam.",
        "Vettel crossed the line first, but Hamilton was awarded the win.",
    ],
)
def test_first_on_the_road_but_the_win_to_another(parse: Parse, body: str) -> None:
    a = parse(NEWS + body, date="2019-06-09")
    assert ("hamilton", 1) in placed(a) and ("vettel", 1) not in placed(a)


def test_first_on_the_road_and_his_win(parse: Parse) -> None:
    a = parse(
        NEWS + "Vettel kwam als eerste over de streep, maar hij vierde zijn zege met Leclerc.",
        date="2019-06-09",
    )
    assert ("vettel", 1) in placed(a) and ("leclerc", 1) not in placed(a)


def test_a_block_of_figures_without_colons(parse: Parse) -> None:
    body = (
        "Verstappen had a great year.\n\nMax Verstappen 2022 season\n\nRaces 22\n\nPoints 454\n\nWins 15"
        "\n\nPoles 7"
    )
    a = parse("The season in review\n\n" + body, date="2022-12-01")
    assert ("max_verstappen", 454) in {(f.driver, f.amount) for f in a.facts if f.kind == "points"}
    counts = {(f.detail, f.amount) for f in a.facts if f.kind == "count"}
    assert {("wins:season", 15), ("poles:season", 7)} <= counts


def test_figures_without_a_head_line_are_no_block(parse: Parse) -> None:
    body = "Verstappen and Leclerc fought all year.\n\nPoints 454\n\nWins 15"
    a = parse("The season in review\n\n" + body, date="2022-12-01")
    assert not [f for f in a.facts if f.kind in ("points", "count")]
