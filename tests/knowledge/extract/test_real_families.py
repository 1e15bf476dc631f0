"""Families of wrong facts the audit found on real articles, in examples written here: each rule with what
it must read and what it must leave alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]

LEAD_NL = "Verstappen won de Grand Prix van Mexico.\n\n"
LEAD_EN = "Verstappen won the Mexican Grand Prix.\n\n"
DATE = "2018-10-29"


def final(a: ParsedArticle, kind: str) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status == "final"}


def places(a: ParsedArticle) -> set[tuple[str, str, int | None]]:
    """Every final place of any kind: (kind, driver, position)."""
    kinds = ("finish", "grid", "qualifying", "championship")
    return {(f.kind, f.driver, f.position) for f in a.facts if f.kind in kinds and f.status == "final"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a fraction of the race is no place
        "Na twee derde van de race liet Hamilton zijn rivaal Vettel voorbij.",
        "Hamilton was in front for a third of the distance before Vettel came by.",
        # an ordinal whose noun is left out after "en" counts wins
        "Hamilton vierde zijn vijfde zege van het jaar en de tweede van dit seizoen in Mexico niet.",
        "It was the 71st win of his career for Hamilton, and the ninth of the year.",
        # which race of the calendar
        "Hamilton reed in Mexico, de 19e van 21 WK-manches, een rustige race.",
        "Mexico, the 19th of 21 rounds, was a quiet race for Hamilton.",
    ],
)
def test_an_ordinal_that_is_no_place(parse: Parse, sentence: str) -> None:
    lead = LEAD_EN if sentence.isascii() and " de " not in sentence else LEAD_NL
    a = parse(lead + sentence, date=DATE)
    assert not {d for _, d, _ in places(a)} & {"hamilton", "vettel"}, places(a)


@pytest.mark.parametrize(
    "sentence, place",
    [
        # a place in the same sentence as those words still counts
        ("Hamilton werd tweede, twee seconden achter Verstappen.", ("finish", "hamilton", 2)),
        ("Hamilton finished third of the twenty starters.", ("finish", "hamilton", 3)),
        ("Hamilton werd derde en haalde zijn vijfde podium van het jaar.", ("finish", "hamilton", 3)),
    ],
)
def test_a_place_beside_those_words_stays(parse: Parse, sentence: str, place: tuple[str, str, int]) -> None:
    lead = LEAD_NL if " de " in sentence or "werd" in sentence else LEAD_EN
    assert place in places(parse(lead + sentence, date=DATE))


@pytest.mark.parametrize(
    "text, season",
    [
        # compared with last year: this year's win
        ("Max Verstappen heeft evenals vorig jaar de Grote Prijs van Mexico gewonnen.", 2018),
        ("Net als in 2017 won Max Verstappen de Grote Prijs van Mexico.", 2018),
        ("Just like last year, Max Verstappen won the Mexican Grand Prix.", 2018),
        # told of last year: last year's win, never this one's
        ("Vorig jaar won Max Verstappen de Grote Prijs van Mexico.", None),
        ("Max Verstappen won the Mexican Grand Prix in 2017 too.", None),
    ],
)
def test_a_comparison_with_another_year(parse: Parse, text: str, season: int | None) -> None:
    a = parse(text, date=DATE)
    wins = {f.season for f in facts_of(a, "finish", "max_verstappen") if f.status == "final"}
    assert wins == ({season} if season else set())


def test_a_race_compared_with_is_not_the_next_sentences_race(parse: Parse) -> None:
    a = parse(
        "In Canada pakte Verstappen de derde plek, net als vorige maand in Spanje. Vettel won de race, "
        "voor Bottas.",
        date="2018-06-11",
    )
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "finish") if f.status == "final"} == {
        ("max_verstappen", "canada"),
        ("vettel", "canada"),
    }


def test_a_winner_told_in_a_paragraph_about_another_race_is_no_answer(parse: Parse) -> None:
    # The second win belongs to a paragraph about Monaco that names it two sentences earlier only: the two
    # winners conflict, and neither is served.
    a = parse(
        "Vettel wint in Canada. Verstappen werd derde.\n\n"
        "De aandacht ging naar Verstappen, na zijn crash in Monaco twee weken geleden. "
        "Zijn ploeggenoot Ricciardo won daar de race.",
        date="2018-06-11",
    )
    won = {f.driver: f.status for f in facts_of(a, "finish") if f.position == 1 and f.grand_prix == "canada"}
    assert won.get("ricciardo") != "final"


@pytest.mark.parametrize(
    "clause, status",
    [
        # a place during the race
        ("Pérez was de derde plek eerder kwijtgeraakt na een trage stop", "lost"),
        ("Hamilton raakte de eerste plaats na de start meteen kwijt aan Räikkönen", "lost"),
        ("Norris kon zijn derde plaats enkele rondes vasthouden, maar", "running"),
        ("Albon staat op P9 na enkele bochten", "running"),
        ("Gasly reed lange tijd op een podiumplaats", "running"),
        ("one lap later he lost P3 to Verstappen", "lost"),
        ("Leclerc lost the lead to Verstappen on lap 12", "lost"),
        ("Binnen no-time stoomde hij vanaf de twintigste plaats op naar P9", "running"),
        ("In de zesde van 70 ronden reed Norris op de tiende plaats", "running"),
        ("Tsunoda kreeg na twee inhaalacties de achtste plaats in handen", "running"),
        ("Bij een derde plaats zou Leclerc niet lager dan de zesde positie mogen eindigen", "hypothetical"),
        ("Stroll drove around in P7 for most of the race", "running"),
        ("as Russell demoted Ocon for sixth", "running"),
        # the end of the race, or a penalty, still says where he finished
        ("Norris hield de derde plaats vast tot de finish", "final"),
        ("Ocon was demoted to ninth", "final"),
        # first over the line before a penalty the next sentence tells of
        ("Sainz was the first to cross the finish line", "provisional"),
        ("Sainz kwam als eerste over de meet", "provisional"),
        # a near miss
        ("Leclerc came close to stealing second from Hamilton", "hypothetical"),
        ("Räikkönen leek af te stevenen op de pole", "hypothetical"),
        ("terwijl Ocon lang uitzicht had op de zege", "hypothetical"),
        ("Ocon was in contention for the win until his stop", "hypothetical"),
        # a moment of the race: laps to go
        ("met nog vijf ronden te gaan was Ocon derde", "running"),
        ("Ocon was third with ten laps to go", "running"),
        ("while Bottas was in 10th at that time", "running"),
        ("Na vijf ronden was Verstappen alweer terug op P2", "running"),
        ("After five laps Verstappen was back up to second", "running"),
        # from the start to the flag: the whole race
        ("Vettel klom vanaf P20 naar de tweede positie op", "final"),
    ],
)
def test_the_status_of_real_phrasings(clause: str, status: str) -> None:
    from knowledge.extract.status import clause_status
    from knowledge.text import fold

    after = "Hij kreeg vijf seconden straf." if status == "provisional" else ""
    assert clause_status(fold(clause), fold(clause), fold(after)) == status


@pytest.mark.parametrize(
    "sentence, who, position",
    [
        # the driver an apposition names by his rival is the subject, not the rival
        ("Vettel, de grootste uitdager van Hamilton, werd negende.", "vettel", 9),
        ("Bottas, teamgenoot en concurrent van Hamilton, werd zevende.", "bottas", 7),
        # a place in brackets belongs to the name just before it
        ("Ook Ocon viel af, net als Stroll (P13) die botste met Magnussen (P15).", "stroll", 13),
        # the names before "met een P5 en P10" pair up with them in order
        ("Ricciardo en Norris halen dubbele punten voor hun team met een P5 en P10.", "norris", 10),
    ],
)
def test_whose_place_it_is(parse: Parse, sentence: str, who: str, position: int) -> None:
    a = parse(LEAD_NL + sentence, date=DATE)
    got = {(d, p) for k, d, p in places(a) if k in ("finish", "qualifying")}
    assert (who, position) in got
    assert not any(d == "hamilton" for d, _ in got), got
    assert len({p for d, p in got if d == who}) == 1


def test_a_results_rows_flag_column_is_no_race(parse: Parse) -> None:
    a = parse(
        "Russell won the sprint in Brazil.\n\n"
        "1 United Kingdom George Russell Mercedes 24 -; 2 Spain Carlos Sainz Ferrari 24 3.995; "
        "3 Mexico Sergio Perez Red Bull 24 4.492; 4 Netherlands Max Verstappen Red Bull 24 10.494",
        date="2022-11-12",
    )
    rows = {(f.driver, f.position, f.grand_prix) for f in facts_of(a, "finish") if f.status == "final"}
    assert ("sainz", 2, "sao_paulo") in rows and ("max_verstappen", 4, "sao_paulo") in rows
    assert not {gp for _, _, gp in rows} - {"sao_paulo"}


@pytest.mark.parametrize(
    "title, session",
    [
        ("F1 race results: Russell wins Brazilian GP sprint", "sprint"),
        ("F1 race results: Russell wins Brazilian GP", "race"),
    ],
)
def test_a_title_naming_the_sprint_after_the_race(parse: Parse, title: str, session: str) -> None:
    body = (
        "Russell beat Verstappen in the sprint at Interlagos on Saturday.\n\n"
        "The sprint was wild for Verstappen. Sainz finished second after a clash with Verstappen."
    )
    # (dated the race's day: on the sprint's day a result told as done can only be the sprint's)
    a = parse(f"title {title}\n\n{body}", date="2022-11-13")
    assert {f.session for f in facts_of(a, "finish", "sainz")} == {session}


def test_the_short_race_is_the_sprint(parse: Parse) -> None:
    a = parse("Leclerc werd in de korte race tweede, voor Sainz.", date="2022-07-09")
    assert {f.session for f in facts_of(a, "finish", "leclerc")} == {"sprint"}


@pytest.mark.parametrize(
    "sentence, kind, driver",
    [
        # the last to retire is no last place
        ("Norris had de hele race problemen en was de laatste uitvaller.", "finish", "norris"),
        # retirements told of several races are none of this one
        ("Tijdens twee van de eerste drie races viel Leclerc uit.", "retirement", "leclerc"),
        ("Leclerc retired in two of the first three races.", "retirement", "leclerc"),
        # a pole kept from him
        ("Een honderdste was genoeg om Leclerc van de poleposition af te houden.", "grid", "leclerc"),
    ],
)
def test_no_fact_of_this_kind(parse: Parse, sentence: str, kind: str, driver: str) -> None:
    a = parse("Verstappen won de Grand Prix van Singapore.\n\n" + sentence, date="2022-10-03")
    assert not [f for f in facts_of(a, kind, driver) if f.status == "final"]


def test_his_first_race_of_the_season_is_no_season_opener(parse: Parse) -> None:
    a = parse("Singapore.\n\nVettel won zijn eerste race van het seizoen.", date="2019-09-22")
    assert {f.grand_prix for f in facts_of(a, "finish", "vettel")} == {"singapore"}


def test_the_season_opener_is_still_the_first_race(parse: Parse) -> None:
    a = parse("Vettel won de seizoensopener.", date="2019-09-22")
    assert {f.grand_prix for f in facts_of(a, "finish", "vettel")} == {"australia"}


@pytest.mark.parametrize(
    "sentence, kind, driver, position",
    [
        (
            "Red Bull's Verstappen extended his championship lead, with Leclerc coming home in sixth.",
            "finish",
            "leclerc",
            6,
        ),
        ("Pérez, zondag zesde, heeft als derde al 77 punten goed te maken.", "championship", "perez", 3),
        ("Pérez is third in the standings, 77 points behind.", "championship", "perez", 3),
    ],
)
def test_a_race_place_and_a_standing_in_one_sentence(
    parse: Parse, sentence: str, kind: str, driver: str, position: int
) -> None:
    a = parse("Verstappen won in Frankrijk.\n\n" + sentence, date="2022-07-25")
    assert (kind, driver, position) in places(a)
    other = "championship" if kind == "finish" else "finish"
    assert (other, driver, position) not in places(a)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Vettel won zijn race, gevolgd door zijn teamgenoot Leclerc.", {("leclerc", 2)}),
        ("Bottas kwam als derde over de streep, gevolgd door Verstappens teamgenoot Pérez.", {("perez", 4)}),
        (
            "Vettel won in Singapore, followed by Leclerc and Verstappen.",
            {("leclerc", 2), ("max_verstappen", 3)},
        ),
        # who follows whom is not told when another name stands between
        ("Vettel won ahead of Bottas, followed by Verstappen.", set()),
        # a running order
        ("Vettel lag aan de leiding, gevolgd door Leclerc.", set()),
    ],
)
def test_followed_by(parse: Parse, sentence: str, expected: set[tuple[str, int]]) -> None:
    a = parse("Singapore.\n\n" + sentence, date="2019-09-22")
    got = {(d, p) for k, d, p in places(a) if k == "finish" and d not in ("vettel", "bottas")}
    assert got == expected


def test_the_top_ten_qualifiers(parse: Parse) -> None:
    a = parse(
        "Bottas won the Japanese Grand Prix.\n\nGasly and Grosjean rounded out the top ten qualifiers.",
        date="2019-10-13",
    )
    assert ("qualifying", "gasly", 9) in places(a) and not facts_of(a, "finish", "gasly")


def test_a_pass_as_the_race_started_is_no_result(parse: Parse) -> None:
    a = parse(
        "Verstappen won the Abu Dhabi Grand Prix.\n\nAs the race started, Verstappen held his lead into "
        "Turn 1 while behind, Hamilton made his way through on Sainz to take third.",
        date="2022-11-20",
    )
    assert not {d for _, d, _ in places(a)} & {"sainz", "hamilton"}, places(a)


def test_a_participle_after_an_object_is_about_the_subject(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Sochi.\n\nHamilton is now two points clear of Verstappen with seven races "
        "remaining, having started fourth on the grid.",
        date="2021-09-26",
    )
    assert ("grid", "hamilton", 4) in places(a) and not facts_of(a, "grid", "max_verstappen")


@pytest.mark.parametrize(
    "sentence, place, nobody",
    [
        # the driver of a thing after "door een late ... van" is no subject; "de tweede plaats van" is his
        ("Gasly zou P15 krijgen, maar door een late motorwissel van Tsunoda wordt dat P14.", None, "tsunoda"),
        ("De feestvreugde werd vergroot door de tweede plaats van Norris.", ("finish", "norris", 2), None),
        # a standing and the race place of a relative clause
        (
            "De leiding in het WK is voor Bottas en Verstappen, die het stelde met een eervolle derde plek.",
            ("finish", "max_verstappen", 3),
            None,
        ),
    ],
)
def test_whose_thing_it_is(
    parse: Parse, sentence: str, place: tuple[str, str, int] | None, nobody: str | None
) -> None:
    a = parse("Hamilton won de Grand Prix van Stiermarken.\n\n" + sentence, date="2020-07-12")
    if place:
        assert place in places(a)
        assert ("championship", place[1], place[2]) not in places(a)
    if nobody:
        assert not any(d == nobody for _, d, _ in places(a))


@pytest.mark.parametrize(
    "sentence, winner",
    [
        # "door ... in te halen" tells how he won, not who won
        (
            "Verstappen heeft de Grand Prix van Frankrijk gewonnen door in de slotfase Hamilton in te halen.",
            "max_verstappen",
        ),
        ("De Grand Prix van Frankrijk werd gewonnen door Hamilton.", "hamilton"),
        ("The French Grand Prix was won by Hamilton.", "hamilton"),
        # the one allowed to pass and win, in a clause of its own after "and"
        ("Norris led, but he spun off, allowing Lewis Hamilton to pass him and win in France.", "hamilton"),
        ("Leclerc stopped, which cleared the way for Hamilton to take the lead and win.", "hamilton"),
        # the subject who wins after passing
        ("Hamilton got past Norris on lap 51 and went on to win in France.", "hamilton"),
    ],
)
def test_won_by_whom(parse: Parse, sentence: str, winner: str) -> None:
    a = parse(sentence, date="2021-06-21")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1} == {winner}


def test_a_driver_of_his_country_names_no_race(parse: Parse) -> None:
    a = parse(
        "Race winner Daniel Ricciardo of Australia celebrates after the Grand Prix of China.",
        date="2018-04-15",
    )
    assert {f.grand_prix for f in facts_of(a, "finish", "ricciardo")} == {"china"}


@pytest.mark.parametrize(
    "heading, kind",
    [
        # a results list whose heading also names the standings, or the season's round, is a result
        ("Result and standings in full as Hamilton limps across the line", "finish"),
        (
            "Results from the sprint at the Sao Paulo GP, round 21 of the 2022 F1 world championship.",
            "finish",
        ),
        # a standings heading still makes standings
        ("Drivers' championship standings after the Sao Paulo GP", "championship"),
    ],
)
def test_a_list_heading(parse: Parse, heading: str, kind: str) -> None:
    rows = (
        "1st Lewis Hamilton (Mercedes), 2nd Max Verstappen (Red Bull), 3rd Charles Leclerc (Ferrari), "
        "4th Lando Norris (McLaren), 5th Lance Stroll (Racing Point)."
    )
    a = parse(f"{heading} {rows}", date="2022-11-13")
    assert {f.kind for f in a.facts if f.driver == "leclerc"} == {kind}


@pytest.mark.parametrize(
    "sentence, kind, driver",
    [
        # a metaphor and a count are no wins
        ("Checo has got to be the biggest winner this year.", "finish", "perez"),
        ("Pérez is de grote winnaar van dit seizoen.", "finish", "perez"),
        (
            "Verstappen evenaarde het record van Schumacher qua aantal gewonnen GP's.",
            "finish",
            "max_verstappen",
        ),
        # kept off the podium
        ("Vettel werd derde en hield Verstappen van de laatste podiumplaats.", "podium", "max_verstappen"),
        ("Vettel finished third, keeping Verstappen off the podium.", "podium", "max_verstappen"),
        # another's epithet as an object
        (
            "Verstappen verkleinde het gat met de Finse nummer twee naar veertien punten.",
            "championship",
            "max_verstappen",
        ),
        # the cars parked on the grid on Sunday did not retire
        (
            "De Britten mogen hun Mercedes en McLaren op P2 en P3 parkeren op zondag.",
            "retirement",
            "hamilton",
        ),
        # a tally of several races is no win of this one
        ("Leclerc won drie van de laatste vier edities in Abu Dhabi.", "finish", "leclerc"),
        ("Vettel won de eerste twee Grote Prijzen van het seizoen.", "finish", "vettel"),
        ("Vettel won the first two races of the year.", "finish", "vettel"),
        ("Vettel won five of the last seven in Abu Dhabi.", "finish", "vettel"),
        ("Leclerc won dit jaar al drie grands prix.", "finish", "leclerc"),
        # a threatened disqualification is none yet
        ("Zeker is die plek nog niet: diskwalificatie dreigt voor Leclerc.", "penalty", "leclerc"),
        ("A disqualification looms for Leclerc after the race.", "penalty", "leclerc"),
    ],
)
def test_no_such_fact(parse: Parse, sentence: str, kind: str, driver: str) -> None:
    a = parse("Hamilton won in Abu Dhabi.\n\n" + sentence, date="2019-12-01")
    assert not [f for f in facts_of(a, kind, driver) if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Leclerc sloeg toe bij Bottas, waardoor de Monegask derde kwam te liggen.", "leclerc"),
        ("Leclerc veroverde de derde plek op Ferrari-collega Vettel.", "leclerc"),
        ("LAP 1/53: A great start from Bottas, Verstappen is up to 13th!", "max_verstappen"),
        ("At the end of lap 1 Bottas leads Vettel and Hulkenberg in tenth.", "hulkenberg"),
    ],
)
def test_a_place_during_the_race(parse: Parse, sentence: str, driver: str) -> None:
    a = parse("Hamilton won in Abu Dhabi.\n\n" + sentence, date="2019-12-01")
    assert not [f for f in facts_of(a, "finish", driver) if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, place",
    [
        # the count "de vierde uit zijn carrière" and the race in brackets are no place and no race
        (
            "Voor Leclerc is het de tweede zege van het seizoen (na Bahrein), de vierde uit zijn carrière.",
            None,
        ),
        (
            "Verstappen, de nummer 3 van de stand, reed de snelste ronde.",
            ("championship", "max_verstappen", 3),
        ),
        # the teammate after a possessive is the subject of both clauses
        (
            "Verstappens Red Bull-teamgenoot Pérez werd derde en steeg naar de vierde plaats in het "
            "kampioenschap.",
            ("championship", "perez", 4),
        ),
        # the grid penalty goes on after "en"
        (
            "De stewards gaven Bottas een gridstraf van drie plaatsen en hij moet dus van de derde naar de "
            "zesde startplek.",
            ("grid", "bottas", 6),
        ),
        # the doer of a passive is not the subject; the one followed by is
        ("He was held up by Renault's Ricciardo but recovered, finishing the race in fourth.", None),
        ("Albon finished fourth, followed by Sainz in fifth.", ("finish", "sainz", 5)),
    ],
)
def test_whose_place_in_real_phrasings(
    parse: Parse, sentence: str, place: tuple[str, str, int] | None
) -> None:
    a = parse("Bottas won in Australië.\n\n" + sentence, date="2022-04-10")
    if place is None:
        assert not any(d in ("leclerc", "ricciardo") for _, d, _ in places(a)), places(a)
        assert not any(f.grand_prix == "bahrain" for f in a.facts)
    else:
        assert place in places(a)
        assert not any(
            d == "max_verstappen" and k == "championship" for k, d, _ in places(a) if place[1] != d
        )


def test_a_race_winners_title_names_no_race(parse: Parse) -> None:
    a = parse(
        "Hamilton won the Tuscan Grand Prix.\n\nOnly 12 drivers finished, with Italian GP winner "
        "Pierre Gasly crashing out on the first lap.",
        date="2020-09-13",
    )
    assert {(f.kind, f.grand_prix) for f in facts_of(a, driver="gasly") if f.status == "final"} >= {
        ("retirement", "tuscany")
    }
    assert not [f for f in facts_of(a, "finish", "gasly") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, who",
    [
        ("For Albon, this was his first podium finish in F1.", "albon"),
        ("Voor Albon was het zijn eerste podiumplaats in de Formule 1.", "albon"),
    ],
)
def test_the_sentences_topic_is_its_subject(parse: Parse, sentence: str, who: str) -> None:
    a = parse("Hamilton won in Toscane. Pérez was sterk.\n\n" + sentence, date="2020-09-13")
    assert {f.driver for f in facts_of(a, "podium")} == {who}


def test_die_after_a_verb_is_the_one_named_last(parse: Parse) -> None:
    a = parse(
        "Verstappen werd tweede in de Eifel.\n\nZo nadert hij in de WK-stand op Bottas, al staat die in het "
        "klassement nog altijd tweede.",
        date="2020-10-11",
    )
    assert ("championship", "bottas", 2) in places(a) and not facts_of(a, "championship", "max_verstappen")


def test_the_one_seen_does_what_follows(parse: Parse) -> None:
    a = parse(
        "Ocon kreeg een tijdstraf.\n\nVerstappen zag Hamilton voorbij schieten en de overwinning in Brazilië "
        "pakken.",
        date="2018-11-12",
    )
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1} == {"hamilton"}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "Hamilton kwam in de kwalificatie door een hydraulisch probleem niet verder dan de "
            "vijftiende positie.",
            "qualifying",
        ),
        ("Na een slechte kwalificatie werd Hamilton in de race vijftiende.", "finish"),
    ],
)
def test_a_place_set_in_qualifying(parse: Parse, sentence: str, kind: str) -> None:
    a = parse("Vettel won in Duitsland.\n\n" + sentence, date="2018-07-23")
    assert {f.kind for f in a.facts if f.driver == "hamilton" and f.position == 15} == {kind}


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Na een uitstapje door de grindbak kwam Sainz op de elfde plek terug.", "sainz"),
        ("Bottas was sneller en verwees Schumacher naar de zevende plek.", "mick_schumacher"),
        ("Ricciardo haalde Stroll in en klom terug naar P7.", "ricciardo"),
        ("Hamilton hoopt de achtste bij te schrijven aan zijn lijstje.", "hamilton"),
    ],
)
def test_no_final_place_in_these_phrasings(parse: Parse, sentence: str, driver: str) -> None:
    a = parse("Verstappen won in Spanje.\n\n" + sentence, date="2022-05-23")
    assert not [f for f in facts_of(a, "finish", driver) if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, driver, retired",
    [
        ("The team brought Russell and Bottas in when the safety car was out on track.", "bottas", False),
        ("Hamilton won after Verstappen spun out of the lead in a clash with Ocon.", "max_verstappen", False),
        ("Vettel stopped for a new front wing and was out in P18.", "vettel", False),
        ("Vettel spun out on lap 12.", "vettel", True),
    ],
)
def test_out_that_is_no_retirement(parse: Parse, sentence: str, driver: str, retired: bool) -> None:
    a = parse("Hamilton won the Brazilian Grand Prix.\n\n" + sentence, date="2018-11-12")
    assert bool(facts_of(a, "retirement", driver)) is retired


def test_a_qualifying_report_whose_lead_races_to_pole(parse: Parse) -> None:
    a = parse(
        "Leclerc snelt naar eerste pole\n\nLeclerc vlamde met zijn Ferrari naar de polepositie in Bahrein. "
        "Hamilton klokte de derde tijd.\n\nBottas en Verstappen vervolledigden de top vijf.",
        date="2019-03-30",
    )
    assert ("qualifying", "max_verstappen", 5) in places(a) and not facts_of(a, "finish", "max_verstappen")


def test_a_result_told_of_the_race_named_just_before(parse: Parse) -> None:
    a = parse(
        "Leclerc pakte pole in Bahrein.\n\nTwee weken geleden opende het WK in Australië. Bottas won er voor "
        "Hamilton.",
        date="2019-03-30",
    )
    assert {(f.kind, f.grand_prix) for f in facts_of(a, driver="bottas")} == {("finish", "australia")}
    assert ("grid", "leclerc", 1) in places(a)


def test_the_circuit_of_the_articles_race_in_another_country(parse: Parse) -> None:
    a = parse(
        "Verstappen heeft zondag op de Red Bull Ring in Spielberg in Oostenrijk de Grote Prijs van "
        "Stiermarken gewonnen.",
        date="2021-06-27",
    )
    assert {(f.season, f.grand_prix) for f in facts_of(a, "finish", "max_verstappen")} == {(2021, "styria")}


@pytest.mark.parametrize(
    "text, hamilton",
    [
        # the places behind a driver disqualified later are on the road: who moved up is not told
        (
            "Vettel finished second ahead of Hamilton in third, though Vettel was later disqualified.",
            set(),
        ),
        # unless the article tells it
        (
            "Vettel finished second and Hamilton third. Vettel was later disqualified, and Hamilton was "
            "promoted to second.",
            {2},
        ),
        # without a disqualification a place stands
        ("Vettel finished second ahead of Hamilton in third.", {3}),
    ],
)
def test_places_behind_a_disqualified_driver(parse: Parse, text: str, hamilton: set[int]) -> None:
    a = parse("Ocon won the Hungarian Grand Prix.\n\n" + text, date="2021-08-02")
    assert {f.position for f in facts_of(a, "finish", "hamilton") if f.status == "final"} == hamilton


def test_driving_on_a_place(parse: Parse) -> None:
    a = parse("Hamilton won in Portugal.\n\nGasly started from P9 and was driving on P6.", date="2020-10-25")
    assert not [f for f in facts_of(a, "finish", "gasly") if f.status == "final"]


@pytest.mark.parametrize(
    "heading, answered",
    [
        ("De stand van zaken voor de GP van België:", False),
        ("Standings ahead of the Belgian Grand Prix:", False),
        ("De stand na de GP van België:", True),
    ],
)
def test_standings_before_the_race(parse: Parse, heading: str, answered: bool) -> None:
    rows = (
        "1. Hamilton 157, 2. Max Verstappen 110, 3. Valtteri Bottas 107, 4. Lance Stroll 57, 5. Leclerc 45."
    )
    a = parse(f"Hamilton won in Spa.\n\n{heading} {rows}", date="2020-08-30")
    got = {f.status for f in facts_of(a, "championship", "bottas")}
    assert got == ({"final"} if answered else {"undated"})


def test_a_paragraph_on_the_articles_race_at_a_circuit_in_another_country(parse: Parse) -> None:
    a = parse(
        "Verstappen heeft de Grand Prix van Stiermarken op de Oostenrijkse Red Bull Ring gewonnen. De "
        "Nederlander hield rivaal Hamilton achter zich.\n\nDe WK-leider van Red Bull komt met zijn zege "
        "op 156 punten. "
        "Hamilton pakte een extra punt voor de snelste ronde.",
        date="2021-06-27",
    )
    assert {f.grand_prix for f in facts_of(a, "fastest_lap")} == {"styria"}
    assert {f.driver for f in facts_of(a, "points")} == {"max_verstappen"}


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # a verb and a rival's name: the one before the verb is the subject
        ("De Nederlander hield rivaal Hamilton achter zich en werd tweede.", "max_verstappen"),
        # a genitive: the rival named after it is the subject
        ("Verstappens rivaal Hamilton werd tweede.", "hamilton"),
    ],
)
def test_a_rival_after_a_verb_or_a_genitive(parse: Parse, sentence: str, subject: str) -> None:
    a = parse("Max Verstappen won niet in Oostenrijk.\n\n" + sentence, date="2021-07-04")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 2} == {subject}


def test_prose_after_a_tables_status_word_is_no_row(parse: Parse) -> None:
    a = parse(
        "Sprint result |Pos |Driver |Team |17 |Lance Stroll |Aston Martin |+50.7s |18 |Esteban Ocon "
        "|Alpine |+51.7s |19 |Nicholas Latifi |Williams |+76.8s |20 |Alex Albon |Williams |DNF George "
        "Russell claimed victory in the sprint.",
        date="2022-11-12",
    )
    assert not [f for f in facts_of(a, "retirement", "russell") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, place",
    [
        (
            "Verstappen viel net buiten het podium en hield Hülkenberg achter zich.",
            ("finish", "max_verstappen", 4),
        ),
        ("Norris finished just off the podium.", ("finish", "norris", 4)),
        # "net naast het podium" is the idiom of a fourth place, as "net buiten" is (changed in the session
        # of 6 December: it was read as a near miss)
        ("Norris eindigde net naast het podium.", ("finish", "norris", 4)),
        # a near miss of another place says none
        ("Norris greep net naast de zege.", None),
    ],
)
def test_just_off_the_podium(parse: Parse, sentence: str, place: tuple[str, str, int] | None) -> None:
    a = parse("Hamilton won in Duitsland.\n\n" + sentence, date="2018-07-23")
    got = {p for p in places(a) if p[1] != "hamilton"}
    assert got == ({place} if place else set())


@pytest.mark.parametrize(
    "sentence, pole",
    [
        (
            "Beiden niet gestart op pole, die was voor de teruggevallen Pérez, maakten zij het elkaar "
            "lastig.",
            "perez",
        ),
        ("Leclerc startte niet vanaf pole.", None),
    ],
)
def test_a_pole_that_went_to_another(parse: Parse, sentence: str, pole: str | None) -> None:
    a = parse("Verstappen won in Jeddah.\n\n" + sentence, date="2022-03-28")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1} == ({pole} if pole else set())


@pytest.mark.parametrize(
    "sentence, winner",
    [
        # hope for a win, little to win, a win one could not please the fans with: no win
        ("Er is nog een sprankje hoop voor Leclerc op de zege.", None),
        ("Er viel voor Verstappen weinig te winnen in de sprintrace.", None),
        # the one seen taking the win, a title between a pass and its object
        (
            "Verstappen kon de fans niet plezieren met de GP-zege en zag concurrent Leclerc met de winst "
            "aan de haal gaan.",
            "leclerc",
        ),
        (
            "Verstappen passed championship leader Charles Leclerc on the last lap to take victory.",
            "max_verstappen",
        ),
    ],
)
def test_who_won_in_real_phrasings(parse: Parse, sentence: str, winner: str | None) -> None:
    a = parse("Oostenrijk.\n\n" + sentence, date="2022-07-11")
    won = {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"}
    assert won == ({winner} if winner else set())


def test_lying_fourteenth_is_a_running_place(parse: Parse) -> None:
    a = parse(
        "Verstappen won de sprint.\n\nHamilton startte achteraan. In een mum van tijd lag hij veertiende.",
        date="2021-11-13",
    )
    assert not [f for f in facts_of(a, "finish", "hamilton") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kvyat vervolledigde het podium.", {("finish", 3)}),
        ("Kvyat maakte het podium compleet.", {("finish", 3)}),
        # making the podium is a podium place, not the third
        ("Kvyat made the podium.", {("podium", None)}),
        ("Kvyat maakte het podium.", set()),
    ],
)
def test_completing_and_making_the_podium(
    parse: Parse, sentence: str, expected: set[tuple[str, int | None]]
) -> None:
    a = parse("Verstappen won in Hockenheim.\n\n" + sentence, date="2019-07-29")
    assert {(f.kind, f.position) for f in a.facts if f.driver == "kvyat"} == expected


def test_a_part_that_gave_up_the_ghost(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Bahrein.\n\nPérez leek lang op weg naar P3, maar zijn Mercedes-motor gaf in de "
        "slotfase de geest.",
        date="2020-11-30",
    )
    assert {(f.driver, f.reason) for f in facts_of(a, "retirement")} == {("perez", "engine")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a title celebrated is no fourth place
        ("Verstappen haalde het van Hamilton, die onlangs zijn zesde wereldtitel vierde.", set()),
        # climbing over a rival in the standings: the subject's place
        ("In de WK-stand klimt Verstappen over Leclerc naar de derde plaats.", {("max_verstappen", 3)}),
        # the race place that gives the lead is no standing
        ("Bottas leads the World Championship after his runner-up finish behind Hamilton.", {("bottas", 1)}),
        ("Bottas leidt nu het WK met zes punten voorsprong.", {("bottas", 1)}),
        ("Verstappen is de nieuwe WK-leider.", {("max_verstappen", 1)}),
        # led: another time
        ("Hamilton led the championship for ten races.", set()),
        ("Verstappen leidt de race.", set()),
    ],
)
def test_standings_in_real_phrasings(parse: Parse, sentence: str, expected: set[tuple[str, int]]) -> None:
    a = parse("Interlagos.\n\n" + sentence, date="2019-11-18")
    assert {(d, p) for k, d, p in places(a) if k == "championship"} == expected


def test_a_lead_over_a_rival_named_with_his_team(parse: Parse) -> None:
    a = parse(
        "Zandvoort.\n\nMet een voorsprong van 93 punten op teamgenoot Pérez en 98 punten op Ferrari-rivaal "
        "Leclerc gaat de Nederlander Verstappen de laatste acht races in.",
        date="2022-09-01",
    )
    assert {(f.driver, f.others, f.amount) for f in facts_of(a, "points_gap")} >= {
        ("max_verstappen", ("perez",), 93)
    }
    assert not facts_of(a, "points_gap", "leclerc")


@pytest.mark.parametrize(
    "sentence, second",
    [
        ("Hamilton op pole, met Max Verstappen naast hem op de eerste startrij.", "max_verstappen"),
        ("Leclerc took pole, with Sainz completing an all-Ferrari front row.", "sainz"),
        ("Sainz maakte de eerste startrij compleet.", "sainz"),
        # beside someone on the front row, with no pole told: which of the two is first is not said
        ("Verstappen start naast Leclerc op de eerste startrij.", None),
    ],
)
def test_second_on_the_front_row(parse: Parse, sentence: str, second: str | None) -> None:
    a = parse("Singapore.\n\n" + sentence, date="2018-09-15")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 2} == ({second} if second else set())


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Carlos Sainz was third-fastest in the second Ferrari.", {("sainz", 3)}),
        ("Sainz set the third-fastest time.", {("sainz", 3)}),
        (
            "Hamilton and Russell could only muster the fifth and ninth-fastest times.",
            {("hamilton", 5), ("russell", 9)},
        ),
        # the fastest of a group is no place
        ("Sainz was the fastest of the Ferraris.", set()),
    ],
)
def test_a_place_on_the_timesheet(parse: Parse, sentence: str, expected: set[tuple[str, int]]) -> None:
    a = parse("Verstappen pakte pole in Bahrein.\n\n" + sentence, date="2022-03-19")
    assert {(d, p) for k, d, p in places(a) if k == "qualifying"} == expected


def test_a_fastest_lap_taken_away_again(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Portugal.\n\nIn de slotfase leek Verstappen een extra punt te pakken omdat hij de "
        "snelste ronde reed. Dat punt werd hem echter weer afgenomen omdat hij de baanlimiet overschreed.",
        date="2021-05-02",
    )
    assert {f.status for f in facts_of(a, "fastest_lap", "max_verstappen")} <= {"superseded", "hypothetical"}
    b = parse("Hamilton won in Portugal.\n\nVerstappen reed de snelste ronde.", date="2021-05-02")
    assert {f.status for f in facts_of(b, "fastest_lap", "max_verstappen")} == {"final"}


def test_robbed_of_a_win(parse: Parse) -> None:
    a = parse(
        "Hamilton won the Bahrain Grand Prix, as cylinder failure robbed Ferrari's Charles Leclerc of a "
        "maiden win.",
        date="2019-03-31",
    )
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == {
        "hamilton"
    }


def test_a_tables_time_retired_column_retires_nobody(parse: Parse) -> None:
    a = parse(
        "Leclerc led for most of the race.\n\nPos No Driver Car Laps Time/Retired PTS\n\n1 44 Lewis Hamilton "
        "Mercedes 57 1:34:21.295 25 2 77 Valtteri Bottas Mercedes 57 +2.980s 18 3 16 Charles Leclerc Ferrari "
        "57 +6.131s 16",
        date="2019-03-31",
    )
    assert not facts_of(a, "retirement")
    assert ("finish", "leclerc", 3) in places(a)


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("Giovinazzi heeft een tijdstraf gekregen na afloop van de Grand Prix.", None),
        (
            "Giovinazzi kreeg een tijdstraf omdat hij te snel reed onder gele vlag.",
            "hij te snel reed onder gele vlag",
        ),
    ],
)
def test_when_a_penalty_was_given_is_no_reason(parse: Parse, sentence: str, reason: str | None) -> None:
    a = parse("Leclerc won in Singapore.\n\n" + sentence, date="2019-09-23")
    assert {f.reason for f in facts_of(a, "penalty", "giovinazzi")} == {reason}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Hamilton took his 11th win of the season ahead of Ferrari's Sebastian Vettel and Red Bull's Max "
            "Verstappen.",
            {("hamilton", 1), ("vettel", 2), ("max_verstappen", 3)},
        ),
        (
            "Verstappen won de race voor Bottas en Hamilton.",
            {("max_verstappen", 1), ("bottas", 2), ("hamilton", 3)},
        ),
        # one name, or a pair the clause goes on about, places nobody
        ("Verstappen won ahead of his rival Hamilton.", {("max_verstappen", 1)}),
        (
            "Verstappen won ahead of Hamilton and Bottas, who both struggled with their tyres.",
            {("max_verstappen", 1)},
        ),
    ],
)
def test_a_win_ahead_of_a_pair(parse: Parse, sentence: str, expected: set[tuple[str, int]]) -> None:
    a = parse("Abu Dhabi.\n\n" + sentence, date="2018-11-26")
    assert {(d, p) for k, d, p in places(a) if k == "finish"} == expected


def test_along_to_the_podium(parse: Parse) -> None:
    a = parse(
        "Hockenheim.\n\nVerstappen won, terwijl Kvyat verrassend mee mocht naar het podium.",
        date="2019-07-29",
    )
    assert {f.driver for f in facts_of(a, "podium")} == {"kvyat"}


@pytest.mark.parametrize(
    "sentence, winners",
    [
        # a compound adjective is no win; a Dutch compound noun is
        ("Hamilton signed off his title-winning campaign in style. Vettel won.", {"vettel"}),
        ("Hamilton heeft zijn honderdste Grand Prix-overwinning geboekt.", {"hamilton"}),
        # the pair behind the winner at the sentence's end are objects, whatever their team possessives
        (
            "Hamilton took a controlled and composed win ahead of Ferrari's Vettel and Red Bull Racing's "
            "Verstappen.",
            {"hamilton"},
        ),
    ],
)
def test_who_won_with_compounds_and_possessives(parse: Parse, sentence: str, winners: set[str]) -> None:
    a = parse("Abu Dhabi.\n\n" + sentence, date="2018-11-26")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winners


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # a double-header's shared circuit or country in a sentence of the article's race is that race
        (
            "Verstappen heeft de Grand Prix van Stiermarken gewonnen.\n\nOp de Red Bull Ring in Oostenrijk "
            "won Verstappen voor Hamilton, die tweede werd.",
            "2021-06-27",
            {("max_verstappen", 2021, "styria"), ("hamilton", 2021, "styria")},
        ),
        (
            "Pérez won the Sakhir Grand Prix.\n\nOcon finished second on the outer track of the Bahrain "
            "International Circuit.",
            "2020-12-06",
            {("perez", 2020, "sakhir"), ("ocon", 2020, "sakhir")},
        ),
        # the week before at the same circuit is the other race
        (
            "Verstappen heeft de Grand Prix van Oostenrijk gewonnen.\n\nVorige week won Verstappen al in "
            "Stiermarken op de Red Bull Ring.",
            "2021-07-04",
            {("max_verstappen", 2021, "austria"), ("max_verstappen", 2021, "styria")},
        ),
    ],
)
def test_a_double_headers_shared_circuit(
    parse: Parse, text: str, date: str, expected: set[tuple[str, int, str]]
) -> None:
    a = parse(text, date=date)
    assert {
        (f.driver, f.season, f.grand_prix) for f in facts_of(a, "finish") if f.status == "final"
    } == expected


@pytest.mark.parametrize(
    "sentence, driver",
    [
        # one race's win, told beside a count or an ordinal
        ("Hamilton won een van de spannendste races van het jaar.", "hamilton"),
        ("Vettel won zijn tweede race van het seizoen in Abu Dhabi.", "vettel"),
        ("Vettel won the race by two seconds from Hamilton.", "vettel"),
        ("Vettel pakte in Abu Dhabi overwinning negen van het seizoen.", "vettel"),
    ],
)
def test_a_win_beside_a_count_stays(parse: Parse, sentence: str, driver: str) -> None:
    a = parse("Abu Dhabi, zondag.\n\n" + sentence, date="2019-12-01")
    assert (driver, 1) in final(a, "finish")


@pytest.mark.parametrize(
    "heading, kind",
    [
        # the order of one qualifying segment is no qualifying result; Q3's is
        ("Uitslag Q1:", None),
        ("Q2 results", None),
        ("Uitslag Q3:", "qualifying"),
        ("Qualifying result", "qualifying"),
    ],
)
def test_a_qualifying_segments_list(parse: Parse, heading: str, kind: str | None) -> None:
    rows = [
        "1. Sebastian Vettel (Ferrari) 1:32.171",
        "(gemiddelde: 211,381 km/u)",
        "2. Kimi Räikkönen (Ferrari) 1:32.474",
        "3. Valtteri Bottas (Mercedes) 1:32.921",
        "4. Max Verstappen (Red Bull) 1:32.932",
    ]
    text = "Vettel pakt pole in China.\n\n" + heading + "\n\n" + "\n\n".join(rows)
    a = parse(text, date="2018-04-14")
    got = {f.kind for f in a.facts if f.driver == "bottas" and f.status == "final"}
    # (a row of a whole qualifying's list gives his lap time too)
    assert got == ({kind, "lap_time"} if kind else set())


@pytest.mark.parametrize(
    "text, expected",
    [
        # the moment a sentence opens with times every place in it
        (
            "De laatste ronden werden ingezet met Hamilton aan de leiding, Pérez op de tweede plaats, "
            "gevolgd door Leclerc en Vettel.",
            set(),
        ),
        ("Going into the final laps Hamilton led, with Pérez in second place.", set()),
        # a place told with the end of the race stays
        ("In de laatste ronden werd Pérez uiteindelijk tweede.", {("perez", 2)}),
    ],
)
def test_a_moment_opening_the_sentence(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse("Hamilton won de GP van Turkije.\n\n" + text, date="2020-11-15")
    assert {(d, p) for d, p in final(a, "finish") if d != "hamilton"} == expected


@pytest.mark.parametrize(
    "text, third",
    [
        # two of the top three placed, one more told on the podium: the remaining place
        ("Verstappen won in Duitsland. Vettel werd tweede, en Kvyat mocht mee naar het podium.", "kvyat"),
        ("Verstappen won in Germany, Vettel was second and Kvyat was on the podium too.", "kvyat"),
        ("Verstappen won. Kvyat was uiteindelijk ook op het podium, Vettel werd tweede.", "kvyat"),
        # only one other place known, or two drivers on the podium unplaced: no place
        ("Verstappen won in Duitsland en Kvyat stond op het podium.", None),
        ("Verstappen won in Duitsland; Vettel en Kvyat stonden op het podium.", None),
        # not on the podium
        ("Verstappen won in Duitsland, Vettel werd tweede en Kvyat stond niet op het podium.", None),
    ],
)
def test_the_podiums_remaining_place(parse: Parse, text: str, third: str | None) -> None:
    a = parse(text, date="2019-07-28")
    got = {d for d, p in final(a, "finish") if p == 3}
    assert got == ({third} if third else set())


@pytest.mark.parametrize(
    "sentence, place",
    [
        # "with X completing the podium": X is third
        ("Verstappen finished second, with Sainz completing the podium spots.", ("finish", "sainz", 3)),
        ("Verstappen finished second, with Sainz rounding out the podium.", ("finish", "sainz", 3)),
        # "als zevende aanvangen": a start
        ("Verstappen moest de race na een gridstraf als zevende aanvangen.", ("grid", "max_verstappen", 7)),
        # a start told as an attribute before the name, then his result
        ("De van achteraan gestarte Lewis Hamilton werd nog knap vijfde.", ("finish", "hamilton", 5)),
        ("Hamilton is in Brazilië als vijfde gestart.", ("grid", "hamilton", 5)),
    ],
)
def test_a_place_with_its_verb(parse: Parse, sentence: str, place: tuple[str, str, int]) -> None:
    a = parse("Leclerc won.\n\n" + sentence, date="2021-11-22")
    assert place in places(a)
    assert len([p for p in places(a) if p[1] == place[1]]) == 1


@pytest.mark.parametrize(
    "sentence, driver",
    [
        # the fastest lap's point, told as "the extra point", went to the driver named right after
        ("Dat extra punt ging daarmee naar Bottas, die nu vierde staat.", "bottas"),
        ("The bonus point went to Norris instead.", "norris"),
        ("Het bonuspunt was voor Norris.", "norris"),
        # an extra point earned or worth: nobody's fastest lap
        ("Verstappen pakte in de sprint een extra punt.", None),
        ("De sprint levert een extra punt op voor Norris.", None),
    ],
)
def test_the_extra_point_went_to(parse: Parse, sentence: str, driver: str | None) -> None:
    a = parse("Hamilton won de GP van Portugal.\n\n" + sentence, date="2021-05-02")
    got = {f.driver for f in facts_of(a, "fastest_lap") if f.status == "final"}
    assert got == ({driver} if driver else set())


@pytest.mark.parametrize(
    "text",
    [
        # a condition with its consequence, and the sentence after it that goes on with "dan"
        "Als Leclerc alle races zou winnen, dan heeft hij in totaal 420 punten.",
        "Als Leclerc alle races wint, dan komt hij op 420 punten. Leclerc wordt dan kampioen met 420 punten.",
        "Mocht Leclerc blijven winnen en Verstappen steeds als tweede eindigen, dan wint Leclerc in Japan.",
        "If Leclerc wins every race, he will end the year on 420 points.",
        "Als Leclerc alleen nog maar tweede wordt, volstaat dat.",
    ],
)
def test_a_condition_states_no_result(parse: Parse, text: str) -> None:
    a = parse("Verstappen won de GP van Hongarije.\n\n" + text, date="2022-08-01")
    told = [f for f in a.facts if f.driver == "leclerc" and f.status == "final"]
    assert not told, told


@pytest.mark.parametrize(
    "text, kind",
    [
        # "als eerste" is no condition; a sentence after a condition without "dan" is told as fact
        ("Als tweede over de streep kwam Leclerc, dan volgde Hamilton.", "finish"),
        (
            "Als Hamilton wint, dan wordt het spannend. Leclerc staat tweede in het kampioenschap.",
            "championship",
        ),
        # "meer dan", "beter dan": a comparison, no "then"
        (
            "Als Hamilton wint, dan wordt het spannend. Leclerc heeft meer dan 100 punten en staat tweede in "
            "het kampioenschap.",
            "championship",
        ),
    ],
)
def test_what_a_condition_leaves_alone(parse: Parse, text: str, kind: str) -> None:
    a = parse("Verstappen won de GP van Hongarije.\n\n" + text, date="2022-08-01")
    assert [f for f in facts_of(a, kind, "leclerc") if f.status == "final"]


@pytest.mark.parametrize(
    "date, detail",
    [
        # a standing told in August is where he stood then; in December, after the last race, the final one
        ("2022-08-01", "interim"),
        ("2022-12-05", None),
        # a date without its day in the month of the last race: not surely during the season
        ("2022-11", None),
    ],
)
def test_a_standing_during_the_season(parse: Parse, date: str, detail: str | None) -> None:
    a = parse("Leclerc volgt in het kampioenschap op de tweede plek met 178 punten.", date=date)
    assert {(f.position, f.detail) for f in facts_of(a, "championship", "leclerc")} == {(2, detail)}


@pytest.mark.parametrize(
    "text, winner",
    [
        # the one congratulated won, not the one who congratulates
        ("Vettel said Ocon made no mistake and congratulated his rival for a deserved first victory.", None),
        ("Vettel feliciteerde Ocon met zijn overwinning.", "ocon"),
        ("Hamilton congratulated Ocon on his win.", "ocon"),
    ],
)
def test_a_congratulation(parse: Parse, text: str, winner: str | None) -> None:
    a = parse("Ocon verrast in Hongarije.\n\n" + text, date="2021-08-01")
    assert {d for d, p in final(a, "finish") if p == 1} == ({winner} if winner else set())


@pytest.mark.parametrize(
    "sentence, place",
    [
        # the opening participle's subject is the main clause's
        (
            "Despite finishing third after superb work by Ocon's teammate Alonso, Hamilton took the lead of "
            "the standings.",
            ("finish", "hamilton", 3),
        ),
        ("After starting from seventh, Hamilton finished third.", ("finish", "hamilton", 3)),
        # "could only finish": where he did finish
        ("Verstappen could only finish 10th in his damaged car.", ("finish", "max_verstappen", 10)),
        ("Verstappen kon slechts tiende worden met zijn beschadigde auto.", ("finish", "max_verstappen", 10)),
    ],
)
def test_whose_place_and_whether(parse: Parse, sentence: str, place: tuple[str, str, int]) -> None:
    a = parse("Ocon won in Hungary.\n\n" + sentence, date="2021-08-01")
    assert place in places(a)
    assert not any(p[1] == "ocon" and p[2] != 1 for p in places(a))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Budapest race was the last before a four-week break.",
        "De race in Boedapest was de laatste voor de zomerstop.",
    ],
)
def test_the_last_before_a_break_is_no_place(parse: Parse, sentence: str) -> None:
    a = parse("Ocon won in Hungary.\n\n" + sentence, date="2021-08-01")
    assert places(a) == {("finish", "ocon", 1)}


@pytest.mark.parametrize("bar", [False, True])
def test_a_standings_table_with_a_wins_column(parse: Parse, bar: bool) -> None:
    text = (
        "Drivers' championship Pos Driver Nat. Team Wins Points 1 Max_Verstappen NED Red_Bull 11 341 "
        "2 Charles_Leclerc MON Ferrari 3 237 3 Sergio_Perez MEX Red_Bull 2 235 "
        "4 George_Russell GBR Mercedes 0 203"
    )
    if bar:
        # one cell a line, each after a bar, as some sites' tables come out
        text = "Drivers' championship\n" + "\n".join(
            "|" + cell.replace("_", " ") for cell in text.removeprefix("Drivers' championship ").split(" ")
        )
    text = text.replace("_", " ")
    a = parse(text, date="2022-10-03")
    assert {(f.driver, f.amount) for f in facts_of(a, "points")} == {
        ("max_verstappen", 341),
        ("leclerc", 237),
        ("perez", 235),
        ("russell", 203),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # bare places after a start go on with it
        (
            "Verstappen would lead the field, Bottas starting from second, Perez third on medium tyres.",
            {("grid", "bottas", 2), ("grid", "perez", 3)},
        ),
        (
            "Leclerc vertrekt vanaf pole, Verstappen tweede en Hamilton derde.",
            {("grid", "leclerc", 1), ("grid", "max_verstappen", 2), ("grid", "hamilton", 3)},
        ),
        # after a result they are results
        (
            "Leclerc won the race, Verstappen second and Hamilton third.",
            {("finish", "leclerc", 1), ("finish", "max_verstappen", 2), ("finish", "hamilton", 3)},
        ),
    ],
)
def test_bare_places_go_on_with_the_clause_before(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse("Zondag in Brazilië.\n\n" + sentence, date="2021-11-14")
    assert places(a) == expected


@pytest.mark.parametrize(
    "sentence, place",
    [
        # a second of time is no second place
        ("Verstappen finished a second behind Bottas.", None),
        ("Sainz held off Perez for the final point by a second.", None),
        ("The gap came down to less than one second on lap 48.", None),
        ("Verstappen finished second, a second behind Bottas.", ("finish", "max_verstappen", 2)),
        # the reference after "1.1s off" is not the one placed
        (
            "Verstappen closed in but ended up 1.1s off the Finn for P2 at the flag.",
            ("finish", "max_verstappen", 2),
        ),
    ],
)
def test_a_second_of_time(parse: Parse, sentence: str, place: tuple[str, str, int] | None) -> None:
    a = parse("Bottas won the sprint in Brazil.\n\n" + sentence, date="2021-11-14")
    got = places(a) - {("finish", "bottas", 1)}
    assert got == ({place} if place else set())


@pytest.mark.parametrize(
    "text, driver",
    [
        # a crash, then "en"/"and" right before the neutralisation: its cause and driver
        ("Vijf rondes voor het einde crashte Latifi en de safetycar kwam de baan op.", "latifi"),
        ("Latifi crashed into the wall and the safety car came out.", "latifi"),
        # something that stops no race is no cause
        ("Hamilton pitted and the safety car came out.", None),
    ],
)
def test_a_crash_and_then_the_safety_car(parse: Parse, text: str, driver: str | None) -> None:
    a = parse(text, date="2021-12-12")
    (sc,) = facts_of(a, "safety_car")
    assert (sc.driver or None) == driver
    assert (sc.reason is not None) == (driver is not None)


@pytest.mark.parametrize(
    "sentence, pole",
    [
        # a pole denied is nobody's
        ("Fijn om te zien dat Hamilton dit keer geen pole position wist te pakken.", False),
        ("Hamilton pakte geen pole.", False),
        ("Hamilton did not take pole.", False),
        ("Hamilton failed to take pole.", False),
        ("Hamilton took pole.", True),
    ],
)
def test_a_pole_denied(parse: Parse, sentence: str, pole: bool) -> None:
    a = parse("Kwalificatie.\n\n" + sentence, date="2019-06-29")
    assert (("grid", "hamilton", 1) in places(a)) == pole


def test_an_article_of_the_saturday_naming_no_race_is_about_that_weekend(parse: Parse) -> None:
    a = parse("Leclerc pakte de pole, Hamilton kreeg een gridstraf van drie plaatsen.", date="2019-06-29")
    assert a.main_event == "austria"


@pytest.mark.parametrize(
    "text, driver, reason",
    [
        # the driver wronged in a cause told before the penalty did not get it
        (
            "De stewards besloten Verstappen voor het afsnijden van Hamilton een tijdstraf van vijf seconden "
            "te geven.",
            "max_verstappen",
            "afsnijden van Hamilton",
        ),
        # a time penalty right after his collision in the same paragraph is for it
        (
            "Na de start tikte Albon de auto van Magnussen aan, die van de baan vloog. Albon kreeg een "
            "tijdstraf van vijf seconden.",
            "albon",
            "Magnussen",
        ),
    ],
)
def test_whose_penalty_and_why(parse: Parse, text: str, driver: str, reason: str) -> None:
    a = parse("Verstappen reed een sterke race.\n\n" + text, date="2021-12-05")
    (pen,) = facts_of(a, "penalty")
    assert pen.driver == driver
    assert pen.reason is not None and reason in pen.reason


def test_a_penalty_after_a_collision_of_others_has_no_reason_from_it(parse: Parse) -> None:
    text = "Na de start tikte Vettel de auto van Magnussen aan. Albon kreeg een tijdstraf van vijf seconden."
    a = parse("Verstappen reed een sterke race.\n\n" + text, date="2021-12-05")
    (pen,) = facts_of(a, "penalty")
    assert pen.driver == "albon" and pen.reason is None


@pytest.mark.parametrize(
    "date, status",
    [
        # written on the Saturday: no race result can be told yet
        ("2019-06-29", "hypothetical"),
        # written on the Sunday or after: the race's
        ("2019-06-30", "final"),
    ],
)
def test_an_article_written_before_the_race_tells_no_result(parse: Parse, date: str, status: str) -> None:
    a = parse("Hamilton wist in Oostenrijk beslag te leggen op P2.", date=date)
    assert {(f.kind, f.status) for f in facts_of(a, "finish", "hamilton")} == {("finish", status)}


@pytest.mark.parametrize(
    "second, season",
    [
        # the story of last year goes on
        ("Toen hij naar de grid reed, viel zijn auto stil en moest hij uit de pitstraat starten.", 2017),
        ("Then his car stopped on the way to the grid and he had to start from the pit lane.", 2017),
        # a new sentence about this year
        ("Dit jaar moet hij uit de pitstraat starten.", 2018),
    ],
)
def test_a_story_of_last_year_goes_on(parse: Parse, second: str, season: int) -> None:
    text = "Ricciardo had vorig jaar ook al pech in zijn thuisrace in Australië. " + second
    a = parse(text, date="2018-03-24")
    assert {f.season for f in facts_of(a, "pitlane", "ricciardo")} == {season}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the place of the one named right after it, and the things listed with it
        (
            "The second place by Hamilton, and the fastest lap, keep him on top of the standings.",
            {("finish", "hamilton", 2), ("fastest_lap", "hamilton", None)},
        ),
        ("Ferrari had to make do with third place for Kimi Raikkonen.", {("finish", "raikkonen", 3)}),
        ("Het werd een zevende plaats voor Vettel.", {("finish", "vettel", 7)}),
    ],
)
def test_a_place_of_the_one_after_it(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int | None]]
) -> None:
    a = parse("Bottas won. Stroll had a good race.\n\n" + sentence, date="2020-08-10")
    got = {(f.kind, f.driver, f.position) for f in a.facts if f.status == "final" and f.sentence == 2}
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamilton was looking good for pole after topping Q1 and Q2.",
        "Hamilton won in de openingsronde twee posities, net als Pérez die naar de vierde plaats schoot.",
    ],
)
def test_more_places_that_are_not_results(parse: Parse, sentence: str) -> None:
    a = parse("Bottas won.\n\n" + sentence, date="2021-10-10")
    told = [f for f in a.facts if f.status == "final" and f.sentence == 1]
    assert not [f for f in told if f.kind in ("finish", "grid")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the beaten pair into second and third
        (
            "Verstappen won, beating Hamilton and Bottas into second and third.",
            {("finish", "max_verstappen", 1), ("finish", "hamilton", 2), ("finish", "bottas", 3)},
        ),
        # it seemed, it did not happen; a pole missed
        ("Daar lijkt Verstappen de pole te kunnen pakken, maar hij wordt verschalkt.", set()),
        ("Verstappen baalt na missen pole.", set()),
        # attacked at a place: during the race
        ("De Ferrari van Vettel wordt op P17 aangevallen door Russell.", set()),
    ],
)
def test_beaten_seemed_missed_attacked(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse(sentence, date="2020-09-07")
    assert places(a) == expected


@pytest.mark.parametrize(
    "sentence, second",
    [
        # won just ahead of one driver: he was second
        ("Hij won vlak voor Carlos Sainz in de McLaren.", "sainz"),
        ("Gasly won just ahead of Sainz.", "sainz"),
        # ahead of one driver, no more: whether he was second is not told
        ("Gasly won ahead of his rival Sainz.", None),
        ("Gasly won net voor de pitstop van Sainz.", None),
    ],
)
def test_won_just_ahead_of(parse: Parse, sentence: str, second: str | None) -> None:
    a = parse("Gasly won in Monza.\n\n" + sentence, date="2020-09-06")
    assert {d for d, p in final(a, "finish") if p == 2} == ({second} if second else set())


@pytest.mark.parametrize(
    "sentence",
    [
        # who braked or pitted last is no place
        "Toch remde Hamilton als laatste, en behield hij de leiding.",
        "Hamilton stopte als eerste voor nieuwe banden.",
        # expected to be allowed to win, and did not
        "Hamilton verwachtte de leiding terug te krijgen en de race te mogen winnen, maar kreeg niets.",
    ],
)
def test_first_or_last_to_act_and_an_expected_win(parse: Parse, sentence: str) -> None:
    a = parse("Verstappen won in Mexico.\n\n" + sentence, date="2022-10-31")
    assert not [f for f in facts_of(a, "finish", "hamilton") if f.status == "final"]


@pytest.mark.parametrize(
    "sentence, retired",
    [
        # the subject of an "after"/"nadat" clause goes on over "and"
        ("Hamilton won after Ferrari's Vettel ignored orders and then retired with a dead engine.", "vettel"),
        ("Hamilton won nadat Vettel de teamorders negeerde en daarna uitviel met motorproblemen.", "vettel"),
        # without "and" the main clause is back
        ("Leclerc led after Verstappen's pit stop, but his race ended with a broken engine.", "leclerc"),
    ],
)
def test_the_embedded_subject_goes_on(parse: Parse, sentence: str, retired: str) -> None:
    a = parse(sentence, date="2019-09-29")
    assert {f.driver for f in facts_of(a, "retirement") if f.status == "final"} == {retired}


def test_a_quote_is_no_penalty_reason(parse: Parse) -> None:
    text = (
        "Vettel kreeg in Imola een tijdstraf van tien seconden.\n\n"
        '"We hadden een betere race kunnen hebben als de FIA scherper was geweest. We hebben een regel '
        'overtreden, daarvoor kregen we een straf."'
    )
    a = parse(text, date="2021-04-19")
    assert [f.reason for f in facts_of(a, "penalty", "vettel") if f.reason] == []


@pytest.mark.parametrize(
    "date, status",
    [
        # a week before the race: a prediction; a list of results keeps its own reading (see tables)
        ("2022-10-03", "hypothetical"),
        ("2022-10-10", "final"),
    ],
)
def test_a_result_of_a_race_still_to_come(parse: Parse, date: str, status: str) -> None:
    a = parse("Verstappen is zondag bij zege en snelste ronde in Japan wereldkampioen.", date=date)
    assert {f.status for f in facts_of(a, "fastest_lap", "max_verstappen")} == {status}


@pytest.mark.parametrize(
    "text, amount",
    [
        # "as" is no "a s" (one second); "5s" is five
        ("Verstappen took pole as penalty-hit Bottas won the sprint. Bottas got a penalty.", None),
        ("Bottas got a 5s penalty.", 5),
    ],
)
def test_the_size_of_a_time_penalty(parse: Parse, text: str, amount: int | None) -> None:
    a = parse(text, date="2021-09-11")
    assert {f.amount for f in a.facts if f.kind == "penalty"} == {amount}


def test_the_name_right_before_wins_wins(parse: Parse) -> None:
    a = parse("Verstappen set for pole as penalty-hit Bottas wins Monza Sprint", date="2021-09-11")
    assert {d for d, p in final(a, "finish") if p == 1} == {"bottas"}


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # a penalty told with its reason needs no verb that hands it out
        ("Leclerc finished sixth after a late penalty for speeding in the pits.", "speeding in the pits"),
        # a question about a penalty, or a name after "straf voor", gives none
        ("Is een straf voor Leclerc terecht?", None),
    ],
)
def test_a_penalty_for_its_reason(parse: Parse, sentence: str, reason: str | None) -> None:
    a = parse("Verstappen won in België.\n\n" + sentence, date="2022-08-29")
    told = [f for f in facts_of(a, "penalty", "leclerc") if f.status == "final"]
    assert [f.reason for f in told] == ([reason] if reason else [])


@pytest.mark.parametrize(
    "sentence",
    [
        # the first of several things counted before it is no place
        "Qualifying had earlier been disrupted by two red flag stoppages in Q1, the first for heavy rain.",
        "Er waren twee rode vlaggen in Q1, de eerste door een crash van Albon.",
        # looking set for a win he did not get
        "Bottas suffered a puncture a lap later whilst looking set for his fourth victory.",
    ],
)
def test_the_first_of_them_and_looking_set(parse: Parse, sentence: str) -> None:
    a = parse("Stroll took pole in Turkey.\n\n" + sentence, date="2020-11-15")
    assert places(a) <= {("grid", "stroll", 1)}


@pytest.mark.parametrize(
    "sentence, place",
    [
        # his best result, set in this race
        ("Verstappen zette zijn beste resultaat van dit seizoen neer met een tweede plaats.", 2),
        ("Verstappen equalled his best result of the season with second place.", 2),
        # his best result before: history
        ("Zijn beste resultaat tot nu toe was een vierde plaats.", None),
    ],
)
def test_a_best_result_set_now(parse: Parse, sentence: str, place: int | None) -> None:
    a = parse("Hamilton won in Frankrijk.\n\n" + sentence, date="2018-06-24")
    got = {p for d, p in final(a, "finish") if (d, p) != ("hamilton", 1)}
    assert got == ({place} if place else set())


@pytest.mark.parametrize(
    "sentence, won",
    [
        # a win in a season's tally is no race's win
        ("Verstappen heeft dit seizoen een zege en een tweede plek behaald.", False),
        ("Verstappen has a win and a second place this season.", False),
        # "heeft ... de zege gepakt" is one
        ("Verstappen heeft in Frankrijk de zege gepakt.", True),
    ],
)
def test_a_win_in_a_seasons_tally(parse: Parse, sentence: str, won: bool) -> None:
    a = parse("Het seizoen loopt.\n\n" + sentence, date="2018-06-24")
    assert (("max_verstappen", 1) in final(a, "finish")) is won


@pytest.mark.parametrize(
    "sentence, driver",
    [
        # "he" after a demonym subject and a driver beside him is the demonym's driver
        ("The Mexican started alongside Hamilton, but he dropped back and finished seventh.", "perez"),
        ("De Mexicaan startte naast Hamilton, maar hij zakte terug en werd zevende.", "perez"),
        # a demonym before a colon is another part of the sentence's
        ("Niet voor de Mexicaan: in Spa versloeg Hamilton Sainz en werd hij zevende.", "hamilton"),
    ],
)
def test_a_pronoun_after_a_demonym_subject(parse: Parse, sentence: str, driver: str) -> None:
    a = parse("Sergio Pérez had a difficult Belgian Grand Prix.\n\n" + sentence, date="2021-08-29")
    assert ("finish", driver, 7) in places(a), places(a)


@pytest.mark.parametrize(
    "sentence, penalised",
    [
        # each of a list of subjects got the penalty
        ("Ocon, Gasly en Alonso kregen elk een tijdstraf van vijf seconden.", {"ocon", "gasly", "alonso"}),
        ("Ocon and Gasly were both handed five-second penalties for track limits.", {"ocon", "gasly"}),
        # one passed is no subject; a penalty in brackets after the last name is that driver's alone
        ("Alonso passed Ocon and Gasly got a five-second penalty.", {"gasly"}),
        ("Ocon en Gasly (vijf seconden straf) eindigden buiten de punten.", {"gasly"}),
    ],
)
def test_a_penalty_of_a_list_of_subjects(parse: Parse, sentence: str, penalised: set[str]) -> None:
    a = parse("Hamilton won the Hungarian Grand Prix.\n\n" + sentence, date="2021-08-01")
    assert {f.driver for f in facts_of(a, "penalty")} == penalised


@pytest.mark.parametrize(
    "sentence, crashed",
    [
        # "who both ..." after two names: the pair
        ("Dat kostte Latifi en Stroll veel, die allebei crashten in de opwarmronde.", {"latifi", "stroll"}),
        ("It was hard on Latifi and Stroll, who both crashed on the formation lap.", {"latifi", "stroll"}),
        # without "both" the relative is the one named last
        ("Leclerc passed Latifi and Stroll, who crashed a lap later.", {"stroll"}),
    ],
)
def test_a_relative_clause_with_both(parse: Parse, sentence: str, crashed: set[str]) -> None:
    a = parse("Leclerc won the Monaco Grand Prix.\n\n" + sentence, date="2022-05-29")
    assert {f.driver for f in facts_of(a, "crash")} == crashed


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a moment that opens the sentence before a comma times its place
        ("At the restart, Sainz was seventh, stuck behind Alonso.", set()),
        ("Bij de herstart, lag Sainz zevende achter Alonso.", set()),
        # a place held on to is no result; the one beaten is no subject
        ("Sainz finished above Norris, consolidating his seventh place.", set()),
        ("Sainz verstevigde zijn zevende plaats.", set()),
        # a range of places is no one's place
        ("Here is the full order, from P1 to those who retired.", set()),
        # the same places told plainly stay
        ("Sainz finished seventh, behind Alonso.", {("finish", "sainz", 7)}),
        ("Sainz finished seventh, just above Norris.", {("finish", "sainz", 7)}),
    ],
)
def test_a_place_at_a_moment_held_or_ranged(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse("Perez won the Singapore Grand Prix.\n\nSainz had a quiet race. " + sentence, date="2022-10-02")
    assert places(a) - {("finish", "perez", 1)} == expected


@pytest.mark.parametrize(
    "text, pole",
    [
        # a pole taken away is no start from pole
        ("Verstappen is zijn pole position in Mexico kwijtgeraakt door een gele vlag.", False),
        ("De stewards besloten Verstappen zijn pole position in Mexico te ontnemen.", False),
        ("Verstappen was stripped of pole position in Mexico.", False),
        # a pole set before a grid penalty in that race is the qualifying's fastest time
        ("Verstappen pakte pole in Mexico. Verstappen kreeg een gridstraf van drie plaatsen.", False),
        ("Verstappen pakte pole in Mexico.", True),
    ],
)
def test_a_pole_taken_away(parse: Parse, text: str, pole: bool) -> None:
    a = parse(text, date="2019-10-27")
    assert (("grid", "max_verstappen", 1) in places(a)) is pole


def test_a_results_list_one_row_a_paragraph(parse: Parse) -> None:
    rows = ["Charles Leclerc / Ferrari", "Carlos Sainz / Ferrari", "Lewis Hamilton / Mercedes", "Russell"]
    text = "Leclerc led a Ferrari one-two in Bahrain.\n\nThe order at the flag:\n\n" + "\n\n".join(
        f"- P{i}: {row}" for i, row in enumerate(rows, start=1)
    )
    a = parse(text, date="2022-03-21")
    assert final(a, "finish") >= {("leclerc", 1), ("sainz", 2), ("hamilton", 3), ("russell", 4)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the places points go to are no one's place
        ("Points go to all positions up to P10, as every year.", set()),
        ("Er zijn punten voor de plaatsen tot en met de tiende.", set()),
        # a driver's climb up to a place is his
        ("Norris fought his way up to P10.", {("finish", "norris", 10)}),
    ],
)
def test_a_range_of_places_up_to(parse: Parse, sentence: str, expected: set[tuple[str, str, int]]) -> None:
    a = parse("Leclerc won the Bahrain Grand Prix.\n\n" + sentence, date="2022-03-21")
    assert places(a) - {("finish", "leclerc", 1)} == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a paragraph about an early part of qualifying: its top-ten places are that part's
        ("In Q1 was het oppassen. Dat lukte Norris. Hij zette de derde tijd neer.", set()),
        ("Norris ging als vierde naar Q3.", set()),
        ("Q2 was chaotic. Norris was fifth there, behind Sainz.", set()),
        # one knocked out there ended below the top ten: that is his result
        (
            "In Q2 was het over voor Norris. Hij werd twaalfde in de kwalificatie.",
            {("qualifying", "norris", 12)},
        ),
        # tenth, told after the part: one who reached the last part but set no time there
        (
            "In Q2 gleed Norris weg. De tiende plek in de kwalificatie was zijn lot.",
            {("qualifying", "norris", 10)},
        ),
        # the last part gives the result
        ("In Q3 zette Norris de derde tijd neer.", {("qualifying", "norris", 3)}),
    ],
)
def test_a_place_in_an_early_part_of_qualifying(
    parse: Parse, paragraph: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse("Verstappen pakte pole in Spa.\n\n" + paragraph, date="2021-08-28")
    assert places(a) - {("grid", "max_verstappen", 1)} == expected


@pytest.mark.parametrize(
    "text, date, won",
    [
        # the winner of the race the report is about, named by his title
        ("Sainz werd tweede in Monza, achter de Italiaanse GP-winnaar Gasly.", "2020-09-06", True),
        # a title won elsewhere, or told in a preview before the race, is no win
        ("Sainz werd tweede in Monza, voor de Oostenrijkse GP-winnaar Gasly.", "2020-09-06", False),
        ("In Monza wil de Italiaanse GP-winnaar Gasly opnieuw scoren.", "2020-09-03", False),
    ],
)
def test_the_race_winner_by_his_title(parse: Parse, text: str, date: str, won: bool) -> None:
    a = parse("De Grand Prix van Italië in Monza.\n\n" + text, date=date)
    assert (("gasly", 1) in final(a, "finish")) is won


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a start told with its own ordinal leaves the place after it to the finish
        (
            # ("twintigste en laatste": the number tells the place; "laatste" adds nothing)
            "Gasly eindigde vanaf de twintigste en laatste startplek als negende.",
            {("grid", "gasly", 20), ("finish", "gasly", 9)},
        ),
        ("Gasly finished ninth from twentieth on the grid.", {("grid", "gasly", 20), ("finish", "gasly", 9)}),
        # a start alone stays a start
        ("Gasly vertrok vanaf de vierde startplek.", {("grid", "gasly", 4)}),
    ],
)
def test_a_start_told_with_its_own_ordinal(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse("Ricciardo won de Grand Prix van Monaco.\n\n" + sentence, date="2018-05-27")
    assert places(a) - {("finish", "ricciardo", 1)} == expected


@pytest.mark.parametrize(
    "sentence, crashed",
    [
        # the one named in a clause after "nadat"/"after" crashed, not the main clause's subject
        ("De Nederlander won makkelijk nadat Leclerc uit de race was gecrasht.", {"leclerc"}),
        ("Verstappen won easily after Leclerc crashed out of the lead.", {"leclerc"}),
        # a pronoun there is the subject itself; a crash told as a noun keeps its owner
        ("Leclerc lost the lead when he crashed into the barriers.", {"leclerc"}),
        ("Verstappen verloor tijd toen hij vertraagde door een crash van Bottas.", {"bottas"}),
        # the participle and "een klapper maken" are crashes too
        ("Norris is in de kwalificatie zwaar gecrasht.", {"norris"}),
        ("Norris maakte een enorme klapper in Eau Rouge.", {"norris"}),
    ],
)
def test_who_crashed(parse: Parse, sentence: str, crashed: set[str]) -> None:
    a = parse("Verstappen won de Grand Prix van Frankrijk.\n\n" + sentence, date="2022-07-24")
    assert {f.driver for f in facts_of(a, "crash")} == crashed


@pytest.mark.parametrize(
    "sentence, driver",
    [
        # a car standing still, then the safety car: its cause and driver
        ("Laat in de race stond Bottas stil, waarna er een safety car de baan op kwam.", "bottas"),
        ("Bottas viel stil en de safety car kwam de baan op.", "bottas"),
        # "stil" that stops nothing is no cause
        ("Het werd even stil op de tribune bij Bottas, waarna er toch een safety car kwam.", ""),
    ],
)
def test_a_car_standing_still_brings_the_safety_car(parse: Parse, sentence: str, driver: str) -> None:
    a = parse("Verstappen won de Grand Prix van Nederland.\n\n" + sentence, date="2022-09-04")
    [sc] = facts_of(a, "safety_car")
    assert sc.driver == driver and (sc.reason is not None) is bool(driver)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a retirement he can afford is none that happened
        ("Verstappen staat zo ver voor dat hij een race mag uitvallen.", set()),
        ("Verstappen can afford to retire once and still lead.", set()),
        ("Verstappen zou uiteindelijk opgeven in de pits.", {"max_verstappen"}),
    ],
)
def test_a_retirement_he_can_afford(parse: Parse, sentence: str, expected: set[str]) -> None:
    a = parse("Leclerc won de Grand Prix van Oostenrijk.\n\n" + sentence, date="2021-07-04")
    assert {f.driver for f in facts_of(a, "retirement")} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # where he lies, a target and a standing told with its points are no results
        ("Perez lies fifth for Racing Point after his charge.", set()),
        ("Mercedes and Perez will target a fifth title.", set()),
        ("That increased his gap to Sainz to five points in fourth.", {("championship", "perez", 4)}),
        # a place scored in the race stays
        ("Perez scored ten points in fourth.", {("finish", "perez", 4)}),
    ],
)
def test_a_standing_a_target_or_where_he_lies(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    lead = "Verstappen won the Styrian Grand Prix. Perez had a busy day.\n\n"
    a = parse(lead + sentence, date="2020-07-12")
    assert places(a) - {("finish", "max_verstappen", 1)} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one place told twice ("20ste en laatste") keeps its start words
        (
            "Door de schade stond Gasly als 20ste en laatste op de grid.",
            {("grid", "gasly", 20)},
        ),
        # first over the line, then a sanction: the road place is provisional and the later place stands
        (
            "Gasly kwam als eerste over de finishlijn maar viel door zijn sanctie terug naar de tweede"
            " plaats.",
            {("finish", "gasly", 2)},
        ),
        # lost, or maybe: no win
        ("Gasly kwam van de baan en verliest een podium en misschien wel de zege.", set()),
        # whose mishap a place came after is not whose place it is
        ("Sainz werd dankzij het late uitvallen van Gasly als tweede afgevlagd.", {("finish", "sainz", 2)}),
    ],
)
def test_a_place_told_again_provisional_or_lost(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse("Hamilton won de Grand Prix van Canada.\n\n" + sentence, date="2019-06-09")
    assert places(a) - {("finish", "hamilton", 1)} == expected


@pytest.mark.parametrize(
    "sentence, penalised",
    [
        # a stop/go written with a slash is a stop-go penalty
        (
            "Sirotkin kreeg een stop/go-penalty omdat zijn banden te laat gemonteerd waren.",
            {("sirotkin", "stop_go")},
        ),
        # a penalty that might come is none given
        ("Verstappen zou misschien straf krijgen omdat hij tegen Leclerc kwam.", set()),
        ("Verstappen might get a penalty for the move on Leclerc.", set()),
    ],
)
def test_a_penalty_given_or_that_might_come(
    parse: Parse, sentence: str, penalised: set[tuple[str, str]]
) -> None:
    a = parse("Hamilton won de Grand Prix van Canada.\n\n" + sentence, date="2019-06-09")
    assert {(f.driver, f.penalty) for f in facts_of(a, "penalty")} == penalised


@pytest.mark.parametrize(
    "sentence, winner, crashed",
    [
        # a Dutch subordinate clause ends with its verb: after "en" a verb first is the main clause again
        (
            "Verstappen nam de leiding, overleefde een herstart nadat Magnussen hard was gecrasht en boekte"
            " zijn zestiende zege.",
            "max_verstappen",
            "kevin_magnussen",
        ),
        # the subordinate clause goes on over "en" while its verb comes last
        (
            "Hamilton won doordat Vettel de controle verloor en langs de kant in de muur eindigde.",
            "hamilton",
            "vettel",
        ),
    ],
)
def test_a_dutch_subordinate_clause_and_en(parse: Parse, sentence: str, winner: str, crashed: str) -> None:
    a = parse("De Grand Prix van Duitsland.\n\n" + sentence, date="2018-07-22")
    assert {d for d, p in final(a, "finish") if p == 1} == {winner}
    assert {f.driver for f in facts_of(a, "crash")} == {crashed}


def test_whose_disqualification(parse: Parse) -> None:
    # "following Hamilton's disqualification": his, not the subject's
    a = parse(
        "Bottas won the Sao Paulo sprint. Verstappen started on pole following Hamilton's disqualification.",
        date="2021-11-13",
    )
    assert {(f.driver, f.penalty) for f in facts_of(a, "penalty")} == {("hamilton", "disqualification")}


@pytest.mark.parametrize(
    "sentence",
    [
        # the win he could not build on was the race before
        "But Gasly could not build on the win and his retirement in Austria cost him.",
        # a place in each of the last races is a tally
        "Gasly moest in de laatste drie GP's telkens vrede nemen met een tweede plaats.",
        "Gasly was second in each of the last three races.",
        # the winner of another race, named in his title
        "Singapore-winnaar Gasly telt twee punten minder dan Sainz.",
    ],
)
def test_a_win_or_place_of_other_races(parse: Parse, sentence: str) -> None:
    a = parse("Vettel won de Grand Prix van Oostenrijk.\n\n" + sentence, date="2018-07-01")
    assert not {x for x in places(a) if x[1] == "gasly"}, places(a)


def test_last_week_in_a_preview_is_the_race_before(parse: Parse) -> None:
    # written ten days before Japan, two days after Singapore: "vorige week" is Singapore
    a = parse(
        "Verstappen kan in Japan kampioen worden.\n\nVerstappen werd vorige week zevende.", date="2022-10-04"
    )
    assert {(f.driver, f.grand_prix, f.position) for f in facts_of(a, "finish") if f.status == "final"} == {
        ("max_verstappen", "singapore", 7)
    }


@pytest.mark.parametrize(
    "sentence, retired",
    [
        ("Verstappen werd vierde na het uitvallen van ploeggenoot Ricciardo.", "ricciardo"),
        ("Verstappen took fourth after the retirement of his team-mate Ricciardo.", "ricciardo"),
    ],
)
def test_the_retirement_of_a_teammate(parse: Parse, sentence: str, retired: str) -> None:
    a = parse("Hamilton won in Austin.\n\n" + sentence, date="2018-10-21")
    assert {f.driver for f in facts_of(a, "retirement")} == {retired}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the first to stop is no place
        ("Gasly stopped first and blistered his tyres.", set()),
        # where he fell back to, or where his start brought him, is a place during the race
        ("Gasly zou door krachtverlies weer terugvallen tot de zesde stek.", set()),
        ("Gasly had vanaf P9 een goede start, die hem naar de zesde plaats bracht.", {("grid", "gasly", 9)}),
        # where he was set to finish before he retired
        ("Gasly was set to finish in fifth place, but he retired on the final lap.", set()),
        # a start told before his name
        ("Russell dook naar binnen bij de als derde gestarte Gasly.", {("grid", "gasly", 3)}),
        # the plain result stays
        ("Gasly finished sixth after a good start.", {("finish", "gasly", 6)}),
    ],
)
def test_a_place_that_is_no_result(parse: Parse, sentence: str, expected: set[tuple[str, str, int]]) -> None:
    a = parse("Hamilton won de Grand Prix van Abu Dhabi.\n\n" + sentence, date="2018-11-25")
    assert places(a) - {("finish", "hamilton", 1)} == expected


@pytest.mark.parametrize(
    "sentence, race",
    [
        # a race named in a comparison, or as a nation, is not the sentence's race
        ("Net als in Italie eindigde Giovinazzi als tiende.", "singapore"),
        ("Giovinazzi finished tenth, with Monaco the 23rd nation to see a driver win.", "singapore"),
        ("In Italie eindigde Giovinazzi als tiende.", "italy"),
    ],
)
def test_a_race_named_in_a_comparison(parse: Parse, sentence: str, race: str) -> None:
    a = parse("Vettel won de Grand Prix van Singapore.\n\n" + sentence, date="2019-09-22")
    assert {f.grand_prix for f in facts_of(a, "finish") if f.driver == "giovinazzi"} == {race}


@pytest.mark.parametrize(
    "sentence, pole",
    [
        # the relative clause's driver took pole, not the sentence's subject
        ("Verstappen zat dicht bij de tijd van Bottas die goed was voor pole.", "bottas"),
        ("Verstappen was close to Bottas, who took pole.", "bottas"),
        ("Verstappen pakte pole, voor Bottas.", "max_verstappen"),
    ],
)
def test_pole_in_a_relative_clause(parse: Parse, sentence: str, pole: str) -> None:
    a = parse("Hamilton won de Grand Prix van Groot-Brittannie.\n\n" + sentence, date="2019-07-14")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1} == {pole}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # where they ran when they retired
        ("Vanuit vierde en vijfde positie vielen Gasly en Sainz allebei uit na de botsing.", set()),
        # slotting in behind during the race
        ("Verstappen sluit de deur voor Gasly, die aansluit als tweede.", set()),
        ("Gasly eindigde als vierde.", {("finish", "gasly", 4)}),
    ],
)
def test_a_place_they_ran_in(parse: Parse, sentence: str, expected: set[tuple[str, str, int]]) -> None:
    a = parse("Hamilton won de Grand Prix van Brazilie.\n\n" + sentence, date="2019-11-17")
    assert {x for x in places(a) if x[1] == "gasly"} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a live blog's present tense: where he is now
        ("Gasly ligt nu zevende.", set()),
        ("Gasly worstelt op de zesde plaats vlak voor Sainz.", set()),
        ("Gasly rijdt als vijfde.", set()),
        ("Gasly werd zevende.", {("finish", "gasly", 7)}),
    ],
)
def test_where_he_is_now(parse: Parse, sentence: str, expected: set[tuple[str, str, int]]) -> None:
    a = parse("Hamilton won de Grand Prix van Italie.\n\n" + sentence, date="2020-09-06")
    assert {x for x in places(a) if x[1] == "gasly"} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a win it seemed he would take, or that a blunder cost him, is no win
        (
            "Gasly leek met zijn tijd van 1.14,785 voor het eerst in zijn carrière pole te veroveren.",
            set(),
        ),
        ("Een blunder van het team kostte Gasly de zege in zijn thuisrace.", set()),
        ("Gasly zag een zeker lijkende zege door zijn vingers glippen.", set()),
        # a place gained for a while, then a penalty
        ("Gasly - who gained second place after pitting - was handed a five-second penalty.", set()),
        # for a while: "te liggen", "de derde plek aan X laten"
        ("Zo kwam Gasly op de derde plaats te liggen.", set()),
        ("Gasly moest de derde plek wel aan Bottas laten.", set()),
    ],
)
def test_a_place_lost_or_held_for_a_while(
    parse: Parse, sentence: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse("Hamilton won de Grand Prix van Mexico.\n\n" + sentence, date="2018-10-28")
    assert {x for x in places(a) if x[1] == "gasly"} == expected


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # a stop under the safety car, with its own reason: no cause of the safety car
        ("Bottas was forced into a second stop under the safety car, after wheel damage.", False),
        # a safety car told with what caused it
        ("Leclerc pitted under a virtual safety car caused by Sainz's retirement.", True),
    ],
)
def test_under_the_safety_car(parse: Parse, sentence: str, reason: bool) -> None:
    a = parse("Hamilton won the Monaco Grand Prix.\n\n" + sentence, date="2019-05-26")
    assert {x.reason is not None for x in facts_of(a, "safety_car")} == {reason}


def test_the_cause_of_a_second_stoppage_is_not_kept(parse: Parse) -> None:
    # which stoppage a "why" asks is not held by a fact: the second one's cause would answer for the first
    a = parse(
        "Leclerc took pole at Spa.\n\nThe session was red-flagged for a second time when smoke came from"
        " Giovinazzi's car.",
        date="2019-08-31",
    )
    assert [x.reason for x in facts_of(a, "safety_car")] == [None]


@pytest.mark.parametrize(
    "marker, status",
    [
        # a live blog's running order under a lap marker before the last lap
        ("63/72 - 10 laps to go...", "running"),
        ("Nog 10 ronden te gaan.", "running"),
        # after the last lap, or under a results heading, it is the result
        ("72/72 - Finish!", "final"),
        ("Results:", "final"),
    ],
)
def test_a_running_order_in_a_live_blog(parse: Parse, marker: str, status: str) -> None:
    order = "1) Verstappen 2) Hamilton 3) Bottas 4) Gasly 5) Leclerc"
    a = parse("Live: the Dutch Grand Prix.\n\n" + marker + "\n\n" + order, date="2021-09-05")
    assert {f.status for f in facts_of(a, "finish") if f.driver == "gasly"} == {status}


def test_a_results_table_with_a_country_column(parse: Parse) -> None:
    # "1 | France | Esteban Ocon (#31) | ...": the country is a flag column, not a race
    rows = [("France", "Esteban Ocon"), ("Germany", "Sebastian Vettel"), ("United Kingdom", "Lewis Hamilton"),
            ("Spain", "Carlos Sainz")]
    text = "Hungarian Grand Prix full race results\nPosition | Country | Driver | Time |\n" + "\n".join(
        f"{i} | {country} | {name} | +{i}.5s |" for i, (country, name) in enumerate(rows, start=1)
    )
    a = parse(text, date="2021-08-01")
    assert {(f.driver, f.position, f.grand_prix) for f in facts_of(a, "finish") if f.status == "final"} == {
        ("ocon", 1, "hungary"),
        ("vettel", 2, "hungary"),
        ("hamilton", 3, "hungary"),
        ("sainz", 4, "hungary"),
    }


_LOOSE_PAREN = "Lewis Hamilton (Mercedes) Sergio Perez (Racing Point) Sebastian Vettel (Ferrari) "
_LOOSE_COMMA = "Lewis Hamilton, Mercedes Sergio Perez, Racing Point Sebastian Vettel, Ferrari "


@pytest.mark.parametrize(
    "rows, status",
    [
        # a label before the last names: the rows after it retired ...
        (
            _LOOSE_PAREN + "Kevin Magnussen (Haas) Retired Romain Grosjean (Haas)",
            {"kevin_magnussen": None, "grosjean": "dnf"},
        ),
        # ... a status cell after a dash is its own row's
        (
            _LOOSE_COMMA + "Kevin Magnussen, Haas – DNF Romain Grosjean, Haas – DNF",
            {"kevin_magnussen": "dnf", "grosjean": "dnf"},
        ),
    ],
)
def test_a_status_word_in_a_list_without_numbers(
    parse: Parse, rows: str, status: dict[str, str | None]
) -> None:
    a = parse("Turkish Grand Prix\n\nResult in full " + rows, date="2020-11-15")
    placed = {f.driver for f in facts_of(a, "finish") if f.status == "final"}
    retired = {f.driver for f in facts_of(a, "retirement")}
    for driver, told in status.items():
        assert (driver in retired) == (told == "dnf")
        assert (driver in placed) == (told is None)


@pytest.mark.parametrize(
    "text, meant, not_meant",
    [
        # a description or pronoun is not the driver its own clause names as its object ...
        (
            "Verstappen startte als achttiende. Ricciardo viel uit met motorpech.\n\nDe Red Bull-coureur "
            "haalde vervolgens Sainz in en werd vierde na het uitvallen van ploeggenoot Daniel Ricciardo.",
            "max_verstappen",
            "ricciardo",
        ),
        (
            "Ocon duwde Verstappen van de baan. Na afloop werd hij tweede en ging hij in gesprek met Ocon.",
            "max_verstappen",
            "ocon",
        ),
        # ... but another clause's object may be him
        (
            "Verstappen started from pole. The stewards found that he had impeded Kevin Magnussen, and gave "
            "Verstappen a penalty. He was fourth at the finish.",
            "max_verstappen",
            "kevin_magnussen",
        ),
    ],
)
def test_a_pronoun_is_not_its_own_clauses_object(parse: Parse, text: str, meant: str, not_meant: str) -> None:
    a = parse(text, date="2018-10-22")
    placed = {f.driver for f in facts_of(a, "finish") if f.status == "final" and f.position != 1}
    assert not_meant not in placed
    assert meant in placed


@pytest.mark.parametrize(
    "text, status",
    [
        # the sentence before tells a lap: the order behind is the order then
        (
            "In de achtste van 57 ronden bouwde Leclerc zijn voorsprong uit. "
            "Daarachter volgden Sainz als derde en Pérez als vierde.",
            "running",
        ),
        ("After ten laps Leclerc led by a second. Behind him, Sainz was third and Pérez fourth.", "running"),
        # the sentence before tells the finish: the order behind is the result
        (
            "Leclerc won de race met twee seconden voorsprong. Daarachter volgden Sainz als derde en Pérez "
            "als vierde.",
            "final",
        ),
        ("Leclerc won by two seconds. Behind him, Sainz was third and Pérez fourth.", "final"),
    ],
)
def test_the_order_behind_at_a_moment(parse: Parse, text: str, status: str) -> None:
    a = parse(text, date="2022-03-20")
    assert {f.status for f in facts_of(a, "finish") if f.driver == "perez"} == {status}


@pytest.mark.parametrize(
    "sentence, collided",
    [
        ("Hamilton raakte de leiding bij zijn pitstop kwijt aan Vettel.", False),
        ("Vettel raakte de controle over zijn auto kwijt en spon.", False),
        ("Hamilton raakte Vettel in de eerste bocht.", True),
    ],
)
def test_losing_a_place_is_no_collision(parse: Parse, sentence: str, collided: bool) -> None:
    a = parse(sentence, date="2018-03-25")
    assert bool(facts_of(a, "collision")) == collided


@pytest.mark.parametrize(
    "sentence, status",
    [
        # the first place during the race, told without a word of winning: a place then
        ("Leclerc was in first place before pitting on lap 18.", "running"),
        ("Bottas hield bij de start de eerste plaats vast.", "running"),
        # the first over the line, or a win, at the same moment words: still the result
        ("Piastri kwam na zeventig ronden als eerste over de streep.", "final"),
        ("Verstappen took the chequered flag first after 58 laps.", "final"),
        # headed for a win is no win; went on to win is one
        ("Leclerc seemed well on his way to winning the race.", "hypothetical"),
        ("Leclerc leek op weg naar de zege.", "hypothetical"),
        ("Perez went on to win the race.", "final"),
    ],
)
def test_a_first_place_during_the_race(parse: Parse, sentence: str, status: str) -> None:
    a = parse(sentence, date="2022-05-30")
    told = {f.status for f in facts_of(a, "finish") if f.position == 1}
    # (a near miss may also give no first place at all)
    assert told == {status} if status != "hypothetical" else told <= {status}


def test_a_relative_clause_in_brackets_is_about_the_name_before_it(parse: Parse) -> None:
    a = parse(
        "After his stop Leclerc rejoined behind Sergio Perez (who went on to win the race), Sainz and "
        "Verstappen.",
        date="2022-05-30",
    )
    assert final(a, "finish") == {("perez", 1)}


@pytest.mark.parametrize(
    "before, kind",
    [
        # a long prose sentence that mentions pole is no heading of the list under it ...
        ("Bottas led from pole and held off his teammate, who lost the podium after a late penalty for "
         "a clash with Albon.", "finish"),
        # ... a short heading line is
        ("Qualifying result:", "qualifying"),
    ],
)
def test_a_heading_is_a_short_line(parse: Parse, before: str, kind: str) -> None:
    a = parse(before + "\n\n1st Bottas 2nd Leclerc 3rd Norris 4th Hamilton", date="2020-07-05")
    assert {(f.driver, f.position) for f in facts_of(a, kind) if f.status == "final"} >= {("leclerc", 2)}


@pytest.mark.parametrize(
    "sentence, times",
    [
        ("Pérez kreeg twee keer een tijdstraf van vijf seconden.", "times:2"),
        ("Hamilton was handed two five-second penalties for his practice starts.", "times:2"),
        ("Ocon kreeg tweemaal een tijdstraf van vijf seconden.", "times:2"),
        # one penalty, whatever its size
        ("Pérez kreeg een tijdstraf van twee seconden.", None),
        ("Hamilton was handed a five-second penalty, his second of the year.", None),
    ],
)
def test_how_many_penalties(parse: Parse, sentence: str, times: str | None) -> None:
    a = parse(sentence, date="2021-07-04")
    assert [f.detail for f in facts_of(a, "penalty")] == [times]


@pytest.mark.parametrize(
    "table, points",
    [
        # the points after a colon in each row of a standings list
        (
            "1. Lewis Hamilton, Mercedes: 110; 2. Sebastian Vettel, Ferrari: 96; "
            "3. Daniel Ricciardo, Red Bull: 72",
            {"hamilton": 110, "vettel": 96, "ricciardo": 72},
        ),
    ],
)
def test_standings_with_points_after_a_colon(parse: Parse, table: str, points: dict[str, int]) -> None:
    a = parse("Stand na de Grand Prix van Monaco:\n\n" + table, date="2018-05-28")
    assert {f.driver: f.amount for f in facts_of(a, "points")} == points


@pytest.mark.parametrize(
    "text, driver, status",
    [
        # a paragraph that tells the start: its places are then, for a few sentences ...
        ("Hamilton made a good start and led into turn 1. Gasly gained six places to take eighth position.",
         "gasly", "running"),
        ("De start verliep zonder problemen. Bottas hield zijn vierde positie, voor Albon en Gasly.",
         "bottas", "running"),
        # ... until a result is told, or when the start is the season's
        ("Hamilton made a good start and led into turn 1. Gasly finished eighth.", "gasly", "final"),
        ("De start verliep rustig. Hamilton won de race, Bottas werd vierde.", "bottas", "final"),
        ("Hamilton has made a terrific start to the season. Gasly was eighth in Hungary.", "gasly", "final"),
    ],
)
def test_a_paragraph_that_tells_the_start(parse: Parse, text: str, driver: str, status: str) -> None:
    a = parse(text, date="2020-09-27")
    assert {f.status for f in facts_of(a, "finish") if f.driver == driver} == {status}


@pytest.mark.parametrize(
    "sentence, won",
    [
        ("Vettel had vanaf de elfde plek een goede start en had maar liefst acht posities gewonnen.", False),
        ("Vettel won three places at the start.", False),
        ("Vettel won the race after making up nine places.", True),
    ],
)
def test_places_won_are_no_win(parse: Parse, sentence: str, won: bool) -> None:
    a = parse(sentence, date="2020-11-15")
    assert (("vettel", 1) in final(a, "finish")) == won


def test_ran_third_now_is_running(parse: Parse) -> None:
    a = parse("Verstappen reed na een paar snelle rondjes nu derde, Vettel achter hem.", date="2020-11-16")
    assert final(a, "finish") == set()


def test_a_sprint_lead_that_names_the_grid_of_the_race(parse: Parse) -> None:
    a = parse(
        "Bottas made a good start in the sprint on Saturday to pass Verstappen and win the battle that "
        "decided the starting grid of the São Paulo GP.\n\nVerstappen ended up second in the sprint, Sainz "
        "third.",
        date="2021-11-14",
    )
    assert {f.session for f in facts_of(a, "finish") if f.status == "final"} == {"sprint"}


@pytest.mark.parametrize(
    "sentence, grid",
    [
        # a start place he drops from, to another: the second is his grid place
        ("Voor Albon betekent dit dat hij van de tiende startpositie terugvalt naar P15.", 15),
        ("Albon drops from tenth to 15th on the grid.", 15),
        # a drop during the race gives no grid place
        ("Albon viel in de race terug van de tiende naar de vijftiende plaats.", None),
    ],
)
def test_a_grid_drop_from_one_start_place_to_another(parse: Parse, sentence: str, grid: int | None) -> None:
    a = parse(sentence, date="2020-09-26")
    assert {f.position for f in facts_of(a, "grid") if f.status == "final"} == ({grid} if grid else set())


@pytest.mark.parametrize(
    "sentence, size",
    [
        ("Albon en Latifi krijgen een gridstraf van vijf posities.", 5),
        ("Giovinazzi got a grid penalty and will drop three positions for impeding Stroll.", 3),
        # positions climbed after a penalty are no size of it
        ("Leclerc, die door een gridstraf als veertiende startte, won in ronde 1 drie posities.", None),
    ],
)
def test_a_penalty_in_positions(parse: Parse, sentence: str, size: int | None) -> None:
    a = parse(sentence, date="2020-09-26")
    assert {f.amount for f in facts_of(a, "penalty")} == {size}


@pytest.mark.parametrize(
    "sentence",
    [
        "Bottas won nadat zijn Mercedes-teamgenoot Hamilton twee tijdstraffen kreeg.",
        "Hoewel de stewards hun definitieve oordeel nog moeten vellen, krijgt Albon een gridstraf.",
    ],
)
def test_no_reason_from_who_or_the_verdict(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2020-09-27")
    assert [f.reason for f in facts_of(a, "penalty")] == [None]


def test_a_penalty_for_a_collision_in_its_own_sentence_takes_no_earlier_partner(parse: Parse) -> None:
    a = parse(
        "Grosjean clipped Kvyat's car on lap 1 and crashed.\n\nAfter the restart Stroll was flipped over in "
        "a clash with Kvyat, who was given a 10s time penalty for the collision.",
        date="2020-11-29",
    )
    assert [f.others for f in facts_of(a, "penalty")] == [()]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bottas fell from second to sixth at the original start, which became fourth for the restart.",
        "Bottas viel bij de start terug naar de zesde plaats, wat de vierde plaats werd voor de herstart.",
    ],
)
def test_places_at_a_start_and_for_a_restart_are_no_result(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2020-11-29")
    assert final(a, "finish") == set()


@pytest.mark.parametrize(
    "text, place",
    [
        # a place after a penalty, then one more penalty told: not where he was classified
        ("Alonso received a five-second time penalty which dropped him from eighth to ninth. After the race "
         "Alonso was given a second five-second time penalty.", None),
        ("Alonso kreeg een tijdstraf en zakte naar de negende plaats. Na de race kreeg Alonso een tweede "
         "tijdstraf.", None),
        # "nog een tijdstraf" is "still a penalty", not one more
        ("Pérez won de race. Achteraf kreeg Pérez nog een tijdstraf van vijf seconden, maar bleef winnaar.",
         1),
        # a place told after both penalties were counted stands, however the second is told after it
        ("Alonso relegated to ninth after two time penalties.\n\nAlonso got a five-second penalty for "
         "speeding and a further ten-second penalty for an unsafe car.", 9),
    ],
)
def test_a_place_told_before_another_penalty(parse: Parse, text: str, place: int | None) -> None:
    a = parse(text, date="2022-05-09")
    driver = "alonso" if "Alonso" in text else "perez"
    assert {p for d, p in final(a, "finish") if d == driver} == ({place} if place else set())


def test_a_second_penalty_is_no_one_second_penalty(parse: Parse) -> None:
    a = parse("After the race Alonso was given a second five-second time penalty.", date="2022-05-09")
    assert [(f.amount, f.detail, f.reason) for f in facts_of(a, "penalty")] == [(5, "another", None)]


def test_a_disqualification_from_qualifying_told_once(parse: Parse) -> None:
    a = parse(
        "Verstappen won de sprint voor Hamilton.\n\nDe Brit moest achteraan starten vanwege zijn "
        "diskwalificatie uit de kwalificatie. Wat kan Verstappen na de diskwalificatie van Lewis Hamilton?",
        date="2021-11-13",
    )
    assert {f.session for f in facts_of(a, "penalty") if f.penalty == "disqualification"} == {"qualifying"}


def test_a_heading_line_names_the_race_of_the_paragraphs_under_it(parse: Parse) -> None:
    a = parse(
        "Het seizoen tot nu toe.\n\nGP van Oostenrijk 2020\n\nBottas won de eerste race van het jaar. Norris "
        "werd derde.\n\nGP van Hongarije 2020\n\nHamilton won op de Hungaroring, Verstappen werd tweede.",
        date="2020-07-19",
    )
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "finish") if f.status == "final"} == {
        ("bottas", "austria"),
        ("norris", "austria"),
        ("hamilton", "hungary"),
        ("max_verstappen", "hungary"),
    }


@pytest.mark.parametrize(
    "sentence, pole",
    [
        # a provisional pole, or one fought for, is no pole
        ("Hamilton set the quickest lap early on, claiming provisional pole position.", None),
        ("Hamilton zette in Q3 de voorlopige pole neer.", None),
        ("Red Bull called Verstappen in as the Dutchman was fighting to claim pole.", None),
        ("Hamilton took pole position.", "hamilton"),
        # the one who started from pole is the title right after it, not the name after that
        ("Zondag hield de vanop de polepositie vertrokken regerende wereldkampioen de Brit George Russell "
         "achter zich.", None),
        ("De vanaf poleposition vertrokken Leclerc won de race.", "leclerc"),
    ],
)
def test_a_pole_told_for_a_while_or_of_a_title(parse: Parse, sentence: str, pole: str | None) -> None:
    a = parse(sentence, date="2022-09-04")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1 and f.status == "final"} == (
        {pole} if pole else set()
    )


@pytest.mark.parametrize(
    "sentence, won",
    [
        ("Verstappen was meer bezig met het verdedigen van zijn tweede plek dan vechten om de zege.", False),
        ("Verstappen won de race na een lang gevecht.", True),
    ],
)
def test_fighting_for_the_win_is_no_win(parse: Parse, sentence: str, won: bool) -> None:
    a = parse(sentence, date="2022-03-20")
    assert (("max_verstappen", 1) in final(a, "finish")) == won


@pytest.mark.parametrize(
    "sentence, grid, penalised",
    [
        # a place-sized penalty moves him on the grid; the one promoted is on the grid too, no penalty
        ("Three-place penalty drops Hamilton to fifth, Verstappen promoted to second on grid", {
            ("hamilton", 5), ("max_verstappen", 2)}, {"hamilton"}),
        # "third place on the grid" is a place, no penalty
        ("Hamilton took third place on the grid ahead of Bottas.", {("hamilton", 3)}, set()),
    ],
)
def test_places_on_the_grid_and_place_penalties(
    parse: Parse, sentence: str, grid: set[tuple[str, int]], penalised: set[str]
) -> None:
    a = parse(sentence, date="2020-07-05")
    assert {(f.driver, f.position) for f in facts_of(a, "grid") if f.status == "final"} == grid
    assert {f.driver for f in facts_of(a, "penalty")} == penalised
    assert final(a, "finish") == set()


@pytest.mark.parametrize(
    "text, gp",
    [
        # a country that held two races that season names neither ...
        ("Verstappen won in Italië voor het eerst.", None),
        # ... unless the Grand Prix is named, or the country held one race
        ("Verstappen won de GP van Italië.", "italy"),
        ("Verstappen won in Hongarije.", "hungary"),
    ],
)
def test_a_country_with_two_races_in_a_season(parse: Parse, text: str, gp: str | None) -> None:
    a = parse("Het seizoen 2021 in vogelvlucht.\n\n" + text, date="2021-12-20")
    assert {f.grand_prix for f in facts_of(a, "finish") if f.position == 1} == ({gp} if gp else {None})


def test_a_place_in_the_drivers_championship(parse: Parse) -> None:
    a = parse("Verstappen werd derde in het coureurskampioenschap.", date="2019-12-10")
    assert final(a, "finish") == set()
    assert final(a, "championship") == {("max_verstappen", 3)}


def test_what_a_penalty_cost_is_no_reason(parse: Parse) -> None:
    a = parse(
        "Lewis Hamilton has lost his front row start for the Austrian Grand Prix, after being given a "
        "three-place penalty.",
        date="2020-07-05",
    )
    assert [f.reason for f in facts_of(a, "penalty")] == [None]


@pytest.mark.parametrize(
    "sentence, kind, place",
    [
        # a place told with a season's points is a standing
        ("Bottas staat met 86 punten op de derde plaats.", "championship", ("bottas", 3)),
        ("Bottas finished third, with 15 points for Mercedes.", "finish", ("bottas", 3)),
    ],
)
def test_a_place_with_a_seasons_points(
    parse: Parse, sentence: str, kind: str, place: tuple[str, int]
) -> None:
    a = parse(sentence, date="2018-06-11")
    assert place in final(a, kind)


@pytest.mark.parametrize(
    "sentence, driver, status",
    [
        # the order when racing resumed, a place tried for, a podium hoped for, podiums of other years
        ("Racing resumed on lap 34 with Verstappen in the lead and Hulkenberg in second.", "hulkenberg",
         "running"),
        ("Vervolgens probeerde hij Leclerc in te halen en de derde plek over te nemen.", None, None),
        ("Hamilton was trying to pass Verstappen on the inside for first place.", "hamilton",
         "hypothetical"),
        # a try at something else leaves his place
        ("Leclerc could only finish sixth after a penalty, as he attempted to grab the fastest lap point.",
         "leclerc", "final"),
    ],
)
def test_places_tried_for_or_when_racing_resumed(
    parse: Parse, sentence: str, driver: str | None, status: str | None
) -> None:
    a = parse("Verstappen startte vooraan.\n\n" + sentence, date="2019-07-28")
    told = {f.status for f in facts_of(a, "finish") if driver is None or f.driver == driver}
    assert "final" not in told if status is None else told == {status}


def test_passing_the_leader_to_take_victory(parse: Parse) -> None:
    a = parse(
        "Hamilton was able to catch and pass leader Charles Leclerc in the closing laps to take victory.",
        date="2021-07-19",
    )
    assert final(a, "finish") == {("hamilton", 1)}


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Max Verstappen hoopt zondag op een podiumplaats in de Grand Prix van Spanje.", "hypothetical"),
        ("In de voorgaande drie jaren was Verstappen steeds op het podium geëindigd op Suzuka.", "history"),
        ("Verstappen stond zondag op het podium in Suzuka.", "final"),
    ],
)
def test_a_podium_hoped_for_or_of_other_years(parse: Parse, sentence: str, status: str) -> None:
    a = parse(sentence, date="2019-10-13")
    assert {f.status for f in facts_of(a, "podium")} == {status}


def test_a_race_report_that_opens_with_the_qualifying(parse: Parse) -> None:
    a = parse(
        "Tijdens de kwalificatie moest Verstappen zijn laatste poging staken. Mede daardoor kon hij een dag "
        "later niet vanaf pole beginnen.\n\nIn de negende ronde kwam hij even in de grindbak terecht. In de "
        "28ste van 66 ronden viel de auto van Leclerc stil.\n\nVerstappen won de race, Pérez werd tweede.",
        date="2022-05-22",
    )
    assert {f.session for f in facts_of(a, "finish") if f.status == "final"} == {"race"}
    assert final(a, "finish") == {("max_verstappen", 1), ("perez", 2)}


@pytest.mark.parametrize(
    "sentence, pole",
    [
        ("Ricciardo stunned Red Bull team-mate Max Verstappen by stealing pole position.", "ricciardo"),
        ("Verstappen, die na een sanctie de pole moest afgeven, startte als vierde.", None),
    ],
)
def test_pole_stolen_from_or_given_up(parse: Parse, sentence: str, pole: str | None) -> None:
    a = parse(sentence, date="2018-10-27")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1 and f.status == "final"} == (
        {pole} if pole else set()
    )


def test_a_slide_down_the_order_is_no_result(parse: Parse) -> None:
    a = parse("Verstappen sukkelde met een lekke band van de vierde naar de 20e plaats.", date="2019-10-27")
    assert final(a, "finish") == set()


@pytest.mark.parametrize(
    "sentence, podium",
    [
        ("Verstappen eindigde voor het eerst in zes races eens niet op het podium.", False),
        ("Waarbij Verstappen voor het eerst in zes races eens niet op het podium eindigde.", False),
        ("Waarbij Verstappen opnieuw op het podium eindigde.", True),
    ],
)
def test_not_on_the_podium(parse: Parse, sentence: str, podium: bool) -> None:
    a = parse(sentence, date="2022-07-03")
    assert bool([f for f in facts_of(a, "podium") if f.status == "final"]) == podium


def test_a_shared_country_in_a_report_of_one_of_its_races(parse: Parse) -> None:
    # "in Oostenrijk" in 2020 (the Austrian and the Styrian GP): in a report of the Styrian GP it is that race
    a = parse("Hamilton won in Oostenrijk, Bottas werd tweede.", date="2020-07-12")
    assert {f.grand_prix for f in facts_of(a, "finish") if f.status == "final"} == {"styria"}


@pytest.mark.parametrize(
    "sentence, driver",
    [
        # "de van pole gestarte Fin": the Finn of the two named before it
        ("Er was een duel tussen Bottas en Hamilton, waarbij de van pole gestarte Fin verdedigde.", "bottas"),
        # a title the sentence does not name: not the driver named before it
        ("Er was een duel tussen Hamilton en Bottas, waarbij de van pole gestarte leider verdedigde.", None),
        # a pole told with its verb names its subject
        ("Hamilton was nochtans van op poleposition vertrokken.", "hamilton"),
    ],
)
def test_a_pole_phrase_as_an_attribute(parse: Parse, sentence: str, driver: str | None) -> None:
    a = parse(sentence, date="2019-07-14")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1} == ({driver} if driver else set())


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Verstappen verloor zijn band, waardoor zijn zeker lijkende zege in rook opging.", "hypothetical"),
        ("Perez bounced back, jumping to fourth place with a lap of 1:22.398.", "running"),
        ("Tsunoda impressed, climbing up from thirteenth to finish ninth.", "final"),
    ],
)
def test_a_win_that_seemed_and_a_jump_to_a_place(parse: Parse, sentence: str, status: str) -> None:
    a = parse(sentence, date="2021-06-06")
    assert {f.status for f in facts_of(a, "finish")} == {status}


@pytest.mark.parametrize(
    "sentence, status",
    [
        # a win of another year, named in passing, is none of this race's
        ("Verstappen ging aan de leiding in de grand prix die hij 2 jaar geleden won.", "history"),
        ("Verstappen won de race, net als vorig jaar.", "final"),
    ],
)
def test_a_win_of_another_year(parse: Parse, sentence: str, status: str) -> None:
    a = parse(sentence, date="2018-05-13")
    assert {f.status for f in facts_of(a, "finish") if f.position == 1} == {status}


def test_the_last_practice_before_qualifying(parse: Parse) -> None:
    a = parse("Tijdens de laatste training voor de kwalificatie werd Sainz vijfde.", date="2022-03-19")
    assert final(a, "qualifying") == set()
    assert final(a, "finish") == set()


@pytest.mark.parametrize(
    "sentence, collided",
    [
        ("Verstappen kwam in Q1 bijna in aanraking met Latifi.", False),
        ("Sainz botste bijna met Alonso in de pitstraat.", False),
        ("Verstappen nearly collided with Norris on his out-lap.", False),
        ("Verstappen kwam in aanraking met Latifi.", True),
    ],
)
def test_a_near_miss_is_no_collision(parse: Parse, sentence: str, collided: bool) -> None:
    a = parse(sentence, date="2020-12-12")
    assert bool(facts_of(a, "collision")) == collided
    assert bool(facts_of(a, "near_miss")) != collided  # a near miss of its own kind


def test_a_sentence_that_opens_with_a_practice_session(parse: Parse) -> None:
    a = parse(
        "Tijdens de laatste training eindigde Leclerc achter Verstappen, en ook Sainz stond goed op P5.",
        date="2022-03-19",
    )
    assert final(a, "qualifying") == set()


@pytest.mark.parametrize(
    ("sentence", "winner"),
    [
        # the perfect that opens an English report is this race's win
        ("Norris has won the Hungarian Grand Prix at the Hungaroring.", {("norris", 1)}),
        ("Norris has won the 70 lap race in Budapest for the 2022 Hungarian Grand Prix.", {("norris", 1)}),
        # a tally, another race, a record or a wish is not
        ("Norris has won the Hungarian Grand Prix three times.", set()),
        ("Norris has won the last race, in Austria.", set()),
        ("Norris has won the race before, in 2019.", set()),
        ("Norris has never won the race in Budapest.", set()),
        ("Norris would have won the race without the safety car.", set()),
    ],
)
def test_has_won_the_race(parse: Parse, sentence: str, winner: set[tuple[str, int]]) -> None:
    a = parse(sentence, date="2022-07-31")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"} == winner


@pytest.mark.parametrize(
    "coming",
    [
        "Over een week staat de Grand Prix van de Verenigde Staten op het programma.",
        "Over twee weken volgt de race in de Verenigde Staten.",
        "Next up is the United States Grand Prix in Austin.",
    ],
)
def test_the_race_to_come_is_not_the_article_race(parse: Parse, coming: str) -> None:
    # written on the day of the Mexican GP, naming no race but the next one
    body = "Verstappen kwam als zesde over de finish na een lekke band.\n\n" + coming
    a = parse(body, date="2019-10-27")
    assert {(f.driver, f.position, f.season, f.grand_prix) for f in facts_of(a, "finish")} == {
        ("max_verstappen", 6, 2019, "mexico")
    }


def test_a_race_told_on_the_programme_in_the_past_is_the_article_race(parse: Parse) -> None:
    body = "Verstappen won de race in Austin. Die stond in oktober op het programma, een week voor Mexico."
    a = parse(body, date="2019-11-04")
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "finish")} == {("max_verstappen", "usa")}


@pytest.mark.parametrize(
    ("sentence", "pole"),
    [
        # a demonym after a start told as its attribute is the driver of that nationality named before
        ("Leclerc en Sainz vochten om de leiding, waarbij de van pole gestarte Monegask stevig verdedigde.",
         {("leclerc", 1)}),
        ("Sainz en Leclerc vochten om de leiding, waarbij de van pole gestarte Spanjaard stevig verdedigde.",
         {("sainz", 1)}),
        # with no such driver named and two in the season, nobody
        ("Hamilton en Verstappen vochten om de leiding, waarbij de van pole gestarte Fin stevig verdedigde.",
         set()),
    ],
)
def test_a_demonym_after_a_start_attribute(parse: Parse, sentence: str, pole: set[tuple[str, int]]) -> None:
    a = parse(sentence, date="2019-07-14")
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} == pole


@pytest.mark.parametrize(("heading", "season"), [("Uitslag van 2019", 2019), ("Uitslag", 2021)])
def test_a_heading_with_another_year_dates_the_list_under_it(parse: Parse, heading: str, season: int) -> None:
    body = (
        "Verstappen won zondag in Mexico.\n\n" + heading + "\n\n1. Lewis Hamilton\n\n2. Sebastian Vettel\n\n"
        "3. Valtteri Bottas\n\nDe volgende race is in Brazilië."
    )
    a = parse(body, date="2021-11-08")
    rows = {(f.driver, f.position, f.season) for f in facts_of(a, "finish")}
    assert {("hamilton", 1, season), ("vettel", 2, season), ("bottas", 3, season)} <= rows


@pytest.mark.parametrize(
    ("body", "size"),
    [
        # a gap in seconds beside a penalty word is no size of it
        ("Sainz kreeg een tijdstraf. Hij eindigde - straf niet meegeteld - op 14 seconden achterstand.", None),  # noqa: E501
        ("Sainz got a time penalty. With the penalty he was 14 seconds behind the winner.", None),
        # a stop-go converted into time after the race: the time he got
        (
            "Sainz kreeg een stop-and-go van tien seconden, die na de race wordt omgezet in een "
            "tijdstraf van dertig seconden.",
            30,
        ),
        ("Sainz got a ten-second stop-go penalty, converted into a 30-second time penalty later.", 30),
        # the size right by the penalty stays
        ("Sainz kreeg een tijdstraf van tien seconden.", 10),
    ],
)
def test_a_gap_or_a_conversion_beside_a_penalty(parse: Parse, body: str, size: int | None) -> None:
    a = parse(body, date="2022-10-24")
    assert {f.amount for f in facts_of(a, "penalty")} == {size}


@pytest.mark.parametrize(
    ("body", "grid_1", "finish_1"),
    [
        # "with <team>'s <driver> taking his pole": that driver's, not the one the article spoke of before
        (
            "Sainz was third.\n\nIt was the front row fans wanted, with Ferrari's Charles Leclerc taking his "
            "tenth pole.",
            {"leclerc"},
            set(),
        ),
        # a possessive ordinal counted over a season or races is no place
        ("Leclerc took pole, his first for 2022 and his first since 2019.", {"leclerc"}, set()),
        ("Leclerc werd vierde in Bahrein, zijn eerste voor 2022.", set(), set()),
    ],
)
def test_a_team_possessive_and_an_own_tally(
    parse: Parse, body: str, grid_1: set[str], finish_1: set[str]
) -> None:
    a = parse(body, date="2022-03-19")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1} == grid_1
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1} == finish_1  # (of any status)


@pytest.mark.parametrize(
    ("body", "penalties"),
    [
        # "stop and go" is one word: no clause cut at its "and"
        ("Sainz kreeg een stop and go penalty van tien seconden.", {("sainz", "stop_go", 10)}),
        # the scale of penalties, with nobody named, is nobody's
        ("Sainz kreeg een tijdstraf. Diskwalificatie is de zwaarste straf.", {("sainz", "time", None)}),
        ("Sainz got a time penalty. Disqualification is the harshest penalty.", {("sainz", "time", None)}),
        # a size argued over in a question is no size told
        ("Why was Sainz penalty 10 not five seconds?", {("sainz", "time", None)}),
    ],
)
def test_penalty_words_that_tell_no_size_or_no_receiver(
    parse: Parse, body: str, penalties: set[tuple[str, str, int | None]]
) -> None:
    a = parse(body, date="2022-10-24")
    assert {(f.driver, f.penalty, f.amount) for f in facts_of(a, "penalty")} == penalties


@pytest.mark.parametrize(
    ("sentence", "winner"),
    [
        # a Dutch clause that opens with something else puts the verb before its subject
        ("Terwijl Sainz in het ziekenhuis lag, won Norris de race.", {"norris"}),
        ("Terwijl Sainz medische checks doorliep won Norris de race.", {"norris"}),
        ("In Monaco won Norris eindelijk.", {"norris"}),
        # the subject first stays the winner
        ("Norris won de race voor Sainz.", {"norris"}),
        ("Norris won in Monaco, Sainz werd tweede.", {"norris"}),
    ],
)
def test_the_verb_before_its_subject(parse: Parse, sentence: str, winner: set[str]) -> None:
    a = parse(sentence, date="2024-05-26")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winner


def test_a_story_of_last_year_goes_on_with_then_and_because_of_it(parse: Parse) -> None:
    body = (
        "Norris werd vijfde in Singapore.\n\nVorig jaar verliep de race spectaculair. Sainz, die toen als"
        " tweede startte, werd toen in de eerste bocht geraakt door Leclerc. Beiden vielen daardoor uit."
    )
    a = parse(body, date="2024-09-22")
    assert {(f.driver, f.season) for f in facts_of(a, "retirement")} <= {("sainz", 2023), ("leclerc", 2023)}
    assert ("norris", 5) in final(a, "finish")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a number with no unit after a place, more than one weekend gives: a standing
        ("Sainz blijft vijfde met 148.", "championship"),
        ("Sainz is fifth on 148 after Singapore.", "championship"),
        # laps, seconds or a weekend's points are no standing
        ("Sainz finished fifth with 52 laps completed.", "finish"),
        ("Sainz werd vijfde met 12 seconden achterstand.", "finish"),
    ],
)
def test_a_place_with_a_bare_total(parse: Parse, sentence: str, kind: str) -> None:
    a = parse(sentence, date="2024-09-22")
    assert {f.kind for f in a.facts if f.position == 5} == {kind}


@pytest.mark.parametrize(
    ("sentence", "dsq"),
    [
        # a disqualification that could have come, or that breaking a rule can bring, is none given
        ("Voor die vergrijpen had Magnussen gediskwalificeerd kunnen worden.", set()),
        ("Magnussen could have been disqualified for the breach.", set()),
        ("Magnussen kreeg een berisping. Zo'n fout kan leiden tot de diskwalificatie van de rijder.", set()),
        # one given stays
        ("Magnussen werd gediskwalificeerd.", {"kevin_magnussen"}),
        ("Magnussen was disqualified from the race.", {"kevin_magnussen"}),
    ],
)
def test_a_disqualification_that_could_have_come(parse: Parse, sentence: str, dsq: set[str]) -> None:
    a = parse(sentence, date="2020-07-12")
    assert {f.driver for f in facts_of(a, "penalty") if f.penalty == "disqualification"} == dsq


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a place that went with a tyre, one verb for both
        ("Twee rondes voor het einde sneuvelde een band en dus de tweede plaats van Sainz.", set()),
        # "en dus" before something else than a place keeps both
        ("Sainz werd tweede en dus de beste Ferrari.", {("sainz", 2)}),
    ],
)
def test_a_place_lost_with_a_tyre(parse: Parse, sentence: str, place: set[tuple[str, int]]) -> None:
    a = parse(sentence, date="2020-08-02")
    assert final(a, "finish") == place


@pytest.mark.parametrize(
    "sentence",
    [
        "First, a fuel issue prevented a pole position for Sainz in qualifying.",
        "Een brandstofprobleem kostte Sainz de pole in de kwalificatie.",
    ],
)
def test_a_pole_prevented_is_none(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2022-10-06")
    assert [f for f in facts_of(a, "grid") if f.position == 1] == []


def test_a_bare_participle_is_about_the_name_after_the_comma(parse: Parse) -> None:
    body = (
        "Lando Norris won the sprint. It was a less good day for Sainz.\n\nStarting from P2 behind Leclerc, "
        "Lando made a super getaway."
    )
    a = parse(body, date="2024-07-07")
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} == {("norris", 2)}


@pytest.mark.parametrize(
    ("sentence", "winner"),
    [
        # a race or its win handed to the driver named right after the verb
        ("Sainz puncture hands Leclerc Bahrain Grand Prix", {"leclerc"}),
        ("Een lekke band bij Sainz bezorgde Leclerc de zege in Bahrein.", {"leclerc"}),
        # the lead, a penalty or a place handed is no win
        ("Sainz's error hands Leclerc the lead.", set()),
        ("Sainz's spin handed Leclerc third place.", set()),
    ],
)
def test_a_win_handed(parse: Parse, sentence: str, winner: set[str]) -> None:
    a = parse(sentence, date="2022-03-20")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1} == winner


@pytest.mark.parametrize(
    ("body", "pole"),
    [
        # "polepakker X", like "pole-sitter X", is his pole
        ("Sainz won in Bahrein. De Brit ging voorbij polepakker Leclerc.", ("leclerc", "bahrain")),
        # a record is no pole of this race
        ("Sainz won in Bahrein. Leclerc was de jongste polepakker ooit. Sainz pakte pole.",
         ("sainz", "bahrain")),
        # an epithet naming earlier races, between commas, moves nothing to them
        (
            "Sainz won in Bahrein.\n\nLeclerc, de winnaar van de races in Australië en Monaco, pakte zijn"
            " allereerste pole position.",
            ("leclerc", "bahrain"),
        ),
    ],
)
def test_pole_epithets_and_asides(parse: Parse, body: str, pole: tuple[str, str]) -> None:
    a = parse(body, date="2022-03-20")
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "grid") if f.position == 1} == {pole}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        # a place noun, then its number: after a finishing verb, or a start "vanaf"
        ("Sainz eindigde op plaats 6, een plaats voor Vettel.", ("finish", "sainz", 6)),
        ("Sainz legde beslag op plaats 8.", ("finish", "sainz", 8)),
        ("Sainz begon de race vanaf plek veertien.", ("grid", "sainz", 14)),
        ("Sainz started from position 4.", ("grid", "sainz", 4)),
    ],
)
def test_a_place_noun_with_its_number(parse: Parse, sentence: str, fact: tuple[str, str, int]) -> None:
    a = parse(sentence, date="2020-08-16")
    assert fact in {(f.kind, f.driver, f.position) for f in a.facts if f.status == "final"}


@pytest.mark.parametrize(
    "sentence",
    [
        # held during the race, or after a list of those ahead: no result of his
        "Sainz reed vrijwel de hele wedstrijd alleen op plek 3.",
        "Hij start nu achter Leclerc, Vettel en Sainz vanaf plek 4.",
    ],
)
def test_a_place_noun_that_is_no_result(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2020-08-16")
    assert not [f for f in a.facts if f.driver == "sainz" and f.position and f.status == "final"]


@pytest.mark.parametrize(
    ("sentence", "kind", "facts"),
    [
        # a place held "now", the first to pass a spot, the midfield's best: no result
        ("Sainz had to stop again, and the Ferraris were now down in fourth and fifth.", "finish", set()),
        ("Sainz kwam als eerste langs de plek en besloot om een pitstop te maken.", "finish", set()),
        ("Sainz kroont zich met McLaren tot winnaar van het weekend in het middenveld.", "finish", set()),
        # a pole owned by the name with "'s" right before it, not the sentence's first name
        ("Norris's concession confirmed Sainz's second successive pole.", "grid", {("sainz", 1)}),
    ],
)
def test_places_held_and_poles_owned(
    parse: Parse, sentence: str, kind: str, facts: set[tuple[str, int]]
) -> None:
    a = parse(sentence, date="2022-10-01")
    assert {(f.driver, f.position) for f in facts_of(a, kind) if f.status == "final"} == facts


@pytest.mark.parametrize(
    ("body", "receiver"),
    [
        # the one the sentence judges at fault gets the penalty, not the last sentence's subject
        (
            "The stewards first looked at Norris and Sainz. They judged Sainz was at fault, and handed him"
            " two penalty points.",
            {"sainz"},
        ),
        (
            "De stewards keken eerst naar Norris. Ze vonden Sainz schuldig en gaven hem twee strafpunten.",
            {"sainz"},
        ),
        # a penalty whose receiver the sentence names stays his
        ("Norris got two penalty points. The stewards judged Sainz was at fault too.", {"norris"}),
    ],
)
def test_the_one_judged_at_fault(parse: Parse, body: str, receiver: set[str]) -> None:
    a = parse(body, date="2019-10-13")
    assert {f.driver for f in facts_of(a, "penalty")} == receiver
