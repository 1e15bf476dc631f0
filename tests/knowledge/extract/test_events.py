"""knowledge.extract.events: which race an article reports on, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle, events
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]

BODY = (
    "Meer over Abu Dhabi in ons menu\n\n"
    "Hamilton pakt pole voor de Spaanse Grand Prix\n\n"
    "Lewis Hamilton was in de kwalificatie de snelste, voor Valtteri Bottas. Max Verstappen werd derde."
)


@pytest.mark.parametrize(
    "date, event",
    [
        ("2020-08-15", "spain"),  # the Saturday of the Spanish GP weekend
        ("2020-08-17", "spain"),  # the Monday after
    ],
)
def test_the_race_of_the_weekend_wins_over_a_race_named_in_passing(
    parse: Parse, date: str, event: str
) -> None:
    assert parse(BODY, date=date).main_event == event


def test_a_weekend_race_the_article_does_not_name_is_not_chosen(parse: Parse) -> None:
    body = (
        "Terugblik op Bahrein\n\nIn de Grand Prix van Bahrein won Lewis Hamilton, voor Max Verstappen."
        " In Abu Dhabi won Verstappen later nog."
    )
    assert parse(body, date="2020-08-15").main_event != "spain"


def test_a_nationality_is_no_race(parse: Parse) -> None:
    a = parse(
        "Lewis Hamilton won his fifth title at the Mexican Grand Prix.\nOnly Germany's Michael Schumacher has"
        " more. Vettel finished second.",
        date="2018-10-29",
    )
    assert {f.grand_prix for f in a.facts if f.kind == "finish"} == {"mexico"}


@pytest.mark.parametrize(
    "lead",
    [
        "Max Verstappen heeft op de Hungaroring zijn allereerste polepositie veroverd.",
        "Charles Leclerc edged out Bottas for pole at the Spanish Grand Prix.",
        # a menu line first, the headline after it
        "Menu Formula 1\n\nBottas takes Spanish GP pole\n\nby A. Writer",
        "Max Verstappen verzekerde zich in Hongarije van de eerste pole uit zijn loopbaan.",
        # the pole, the race's name and then the verb
        "Max Verstappen heeft op de Hungaroring de poleposition voor de GP van Hongarije opgeëist.",
        # a place "geëindigd in de kwalificatie" is that session's result
        "Max Verstappen is zaterdag als eerste geëindigd in de kwalificatie voor de GP van Hongarije.",
    ],
)
def test_a_pole_lead_is_a_qualifying_report(parse: Parse, lead: str) -> None:
    a = parse(lead + "\n\nLewis Hamilton strandde op de derde plaats, voor Leclerc.", date="2019-08-03")
    assert [(f.kind, f.position) for f in a.facts if f.driver == "hamilton"] == [("qualifying", 3)]


def test_a_race_lead_with_a_pole_stays_a_race_report(parse: Parse) -> None:
    a = parse(
        "Max Verstappen heeft vanaf pole de Grote Prijs van Hongarije gewonnen.\n\nHamilton werd derde.",
        date="2019-08-04",
    )
    assert ("hamilton", 3) in {(f.driver, f.position) for f in a.facts if f.kind == "finish"}


def test_a_headline_to_win_the_race_with_a_qualifying_caption_is_a_race_report(parse: Parse) -> None:
    a = parse(
        "Hamilton outraces Verstappen to win the Sao Paulo Grand Prix\n\nPhoto: the fastest qualifier Lewis"
        " Hamilton during qualifying on Friday.\n\nSergio Perez was fourth and Charles Leclerc finished"
        " fifth.",
        date="2021-11-15",
    )
    assert ("leclerc", 5) in {(f.driver, f.position) for f in a.facts if f.kind == "finish"}


def test_pulling_clear_of_a_rival_to_win_is_the_subjects_win(parse: Parse) -> None:
    a = parse(
        "The race was restarted, with Verstappen pulling clear of Ferrari's Charles Leclerc to score his 12th"
        " win of the season in Japan.",
        date="2022-10-10",
    )
    assert [f.driver for f in a.facts if f.kind == "finish" and f.position == 1] == ["max_verstappen"]


def test_a_race_named_in_the_end_of_a_quote_is_not_reported(parse: Parse) -> None:
    a = parse(
        'Norris was blij na zijn zege. "Het was een zware middag voor ons allemaal. Ik kijk nu al uit naar'
        ' Brazilië." Leclerc werd tweede.',
        date="2024-10-28",  # the day after the Mexico City GP; Brazil is a week later
    )
    assert a.main_event == "mexico"
    assert {f.grand_prix for f in facts_of(a, "finish")} == {"mexico"}


def test_a_lead_with_a_finish_over_the_line_is_a_race_report(parse: Parse) -> None:
    a = parse(
        "Norris had een sterke kwalificatie en mocht als tweede starten in Mexico. De start verliep slecht."
        "\n\nDe Brit knokte zich terug en kwam als eerste over de streep. Leclerc werd derde.",
        date="2024-10-28",
    )
    assert [(f.driver, f.kind) for f in a.facts if f.position == 3] == [("leclerc", "finish")]


def test_a_race_named_in_passing_during_another_weekend(parse: Parse) -> None:
    a = parse(
        "Na drie snelste tijden in de trainingen ging Leclerc als favoriet de kwalificatie in. In Q3 pakte"
        " hij de pole.\n\nHet probleem deed denken aan de eerste race in Bahrein.",
        date="2022-03-26",  # the Saturday of the Saudi Arabian GP weekend
    )
    assert a.main_event == "saudi_arabia"


@pytest.mark.parametrize(
    "body",
    [
        "Title: Norris wint eerste sprintrace\n\nLando Norris heeft op Silverstone de eerste sprintrace in de"
        " Formule 1 gewonnen. De sprint telde zeventien ronden.\n\nDe McLaren-coureur kwam als eerste over de"
        " finish en start zondag zodoende van poleposition bij de Grand Prix.",
        "Title: Norris wins first F1 sprint\n\nLando Norris won the first sprint at Silverstone on Saturday,"
        " a seventeen-lap dash that he led from the start while the cars behind him fought over the places"
        " that set the grid. The sprint drew a big crowd to the track in the afternoon sun.\n\nHis victory"
        " gives him pole position for Sunday's British GP.",
    ],
)
def test_in_a_sprint_report_a_win_that_earns_the_race_pole_is_the_sprints(parse: Parse, body: str) -> None:
    a = parse(body, date="2021-07-17")
    assert {f.session for f in facts_of(a, "finish") if f.position == 1} == {"sprint"}
    assert [(f.session, f.position) for f in facts_of(a, "grid")] == [("race", 1)]


def test_in_a_race_report_a_win_with_the_pole_named_stays_the_races(parse: Parse) -> None:
    body = "Lando Norris won the British Grand Prix from pole position at Silverstone on Sunday."
    a = parse(body, date="2021-07-18")
    assert {f.session for f in facts_of(a, "finish") if f.position == 1} == {"race"}


@pytest.mark.parametrize(
    "lead",
    [
        "Zoals de top drie na de kwalificatie stond, zo was ook de einduitslag in Hongarije.",
        "Hamilton was in de kwalificatie de snelste, maar moest in Hongarije genoegen nemen met plek drie.",
        "Hamilton led qualifying in Hungary but had to settle for third in the end.",
    ],
)
def test_a_lead_naming_qualifying_and_a_final_result_is_a_race_report(parse: Parse, lead: str) -> None:
    a = parse(lead + "\n\nLeclerc werd vijfde.", date="2019-08-05")
    assert ("leclerc", 5) in {(f.driver, f.position) for f in a.facts if f.kind == "finish"}


def test_a_lead_about_the_starting_grid_is_a_qualifying_report(parse: Parse) -> None:
    body = (
        "Op de startgrid in Zandvoort staan de twee snelste coureurs gewoon vooraan.\n\n"
        "Nog verder naar achteren vinden we Grand Prix-winnaars Valtteri Bottas (P16) en Sebastian"
        " Vettel (P18)."
    )
    a = parse(body, date="2022-09-03")
    assert {(f.driver, f.position) for f in facts_of(a, "qualifying")} == {("bottas", 16), ("vettel", 18)}
    assert facts_of(a, "finish") == []


def test_a_race_lead_with_the_starting_grid_stays_a_race_report(parse: Parse) -> None:
    body = (
        "Verstappen heeft in Zandvoort gewonnen, nadat hij vanaf de eerste plek op de startgrid vertrok.\n\n"
        "Bottas werd zesde."
    )
    a = parse(body, date="2022-09-04")
    assert ("bottas", 6) in {(f.driver, f.position) for f in facts_of(a, "finish")}


@pytest.mark.parametrize(
    "said",
    [
        "Norris said the result makes him look forward to Abu Dhabi.",
        "Norris kijkt nu al uit naar Abu Dhabi.",
    ],
)
def test_a_race_looked_forward_to_is_not_the_one_reported(parse: Parse, said: str) -> None:
    body = "Norris won in Brazilië. " + said + " Hij pakte een mooie P1."
    a = parse(body, date="2021-11-15")
    assert {f.grand_prix for f in facts_of(a, "finish")} == {"sao_paulo"}


@pytest.mark.parametrize(
    "aside",
    [
        '"I did not expect this," said Norris, who was also on pole in Monaco.',
        "Dat zei Norris, die eerder dit jaar ook in Monaco op pole stond.",
    ],
)
def test_a_race_named_in_an_aside_does_not_move_the_paragraph(parse: Parse, aside: str) -> None:
    body = (
        "Norris took pole for the Azerbaijan Grand Prix in Baku.\n\n"
        + aside
        + " Sainz was fourth on the grid."
    )
    a = parse(body, date="2021-06-05")
    assert {f.grand_prix for f in facts_of(a, "grid", "sainz")} == {"azerbaijan"}


def test_a_race_named_in_the_main_clause_moves_the_paragraph(parse: Parse) -> None:
    body = "Norris won the Azerbaijan Grand Prix in Baku.\n\nIn Monaco, Sainz had been fourth on the grid."
    a = parse(body, date="2021-06-07")
    assert {f.grand_prix for f in facts_of(a, "grid", "sainz")} == {"monaco"}


@pytest.mark.parametrize(
    "sentence, race_of",
    [
        # each clause names its own race: each fact is of its clause's race
        (
            "In Zandvoort viel Hamilton uit en in Monza moest hij vanuit de pitstraat starten.",
            {"retirement": "netherlands", "pitlane": "italy"},
        ),
        (
            "Hamilton retired in Zandvoort, and at Monza he had to start from the pit lane.",
            {"retirement": "netherlands", "pitlane": "italy"},
        ),
        # a race named in a later clause does not take the fact of the clause before it
        (
            "Hamilton moest in Zandvoort vanuit de pitstraat starten, een week na zijn opgave in Monza.",
            {"pitlane": "netherlands"},
        ),
    ],
)
def test_each_clause_keeps_the_race_it_names(parse: Parse, sentence: str, race_of: dict[str, str]) -> None:
    a = parse("Een lastig seizoen voor Lewis Hamilton.\n\n" + sentence, date="2023-12-10")
    got = {f.kind: f.grand_prix for f in a.facts if f.driver == "hamilton" and f.kind in race_of}
    assert got == race_of


def test_the_lead_of_an_article_without_blank_lines_ends(parse: Parse) -> None:
    # one paragraph only: the lead is its opening words, not the whole article with a result word at the end
    body = (
        "Norris claimed pole position for the Dutch Grand Prix in a qualifying session full of red flags.\n"
        "Verstappen was second, Piastri was third.\n"
        + "The teams spent the evening on set-up changes for the long run that awaits them tomorrow. " * 6
        + "Last year Verstappen finished first here and he hopes to repeat that."
    )
    a = parse(body, date="2024-08-24")
    assert [f.kind for f in a.facts if f.driver == "piastri"] == ["qualifying"]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # the race's name right before "qualifying" names that session, not the race
        ("Dutch GP qualifying: Norris on pole; Piastri and Leclerc only third and fourth.", "qualifying"),
        ("Dutch GP: Norris on top; Piastri and Leclerc only third and fourth.", "finish"),
    ],
)
def test_a_race_name_before_qualifying_is_no_race(parse: Parse, sentence: str, kind: str) -> None:
    a = parse(sentence, date="2024-08-24")
    assert [f.kind for f in facts_of(a, None, "piastri") if f.position == 3] == [kind]


@pytest.mark.parametrize(
    "sentence, finishes",
    [
        # places paired in a sentence about qualifying are no race results
        (
            "Ferrari had problemen in de kwalificatie, waardoor Sainz en Leclerc met respectievelijk P5 en P7"
            " genoegen moesten nemen.",
            set(),
        ),
        # the same pairing about the race is
        (
            "In de race werden Sainz en Leclerc respectievelijk vijfde en zevende.",
            {("sainz", 5), ("leclerc", 7)},
        ),
    ],
)
def test_places_paired_in_a_sentence_about_qualifying(
    parse: Parse, sentence: str, finishes: set[tuple[str, int]]
) -> None:
    a = parse("Verstappen won de Grand Prix van Mexico.\n\n" + sentence, date="2022-10-31")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.driver != "max_verstappen"} == finishes


@pytest.mark.parametrize(
    "aside, race",
    [
        # a race named in a sentence about another year does not move the paragraph
        ("Het was de eerste zege sinds november 2012, toen Button de Grand Prix van Brazilië won.", "italy"),
        ("It was their first win since 2012, when Button won the Brazilian Grand Prix.", "italy"),
        # a race of this season does
        ("In de Grand Prix van Nederland was het Verstappen die won.", "netherlands"),
    ],
)
def test_a_race_of_another_year_does_not_move_the_paragraph(parse: Parse, aside: str, race: str) -> None:
    body = "Ricciardo won de Grand Prix van Italië.\n\n" + aside + " Norris werd tweede."
    a = parse(body, date="2021-09-13")
    assert {f.grand_prix for f in facts_of(a, "finish", "norris")} == {race}


@pytest.mark.parametrize(
    "date, season",
    [
        ("2019-08-31", 2019),  # the Saturday before the Belgian GP of 1 September 2019: this year's race
        ("2019-08-20", 2018),  # twelve days before it: last year's race is the one that was run
    ],
)
def test_a_qualifying_report_the_day_before_a_race_of_the_next_month(
    parse: Parse, date: str, season: int
) -> None:
    a = parse(
        "Charles Leclerc veroverde de pole voor de Grote Prijs van België. Lewis Hamilton werd in de "
        "kwalificatie derde.",
        date=date,
    )
    assert {f.season for f in facts_of(a, "qualifying", "hamilton")} == {season}


def test_in_a_qualifying_report_a_result_of_another_season_is_its_races(parse: Parse) -> None:
    a = parse(
        "Max Verstappen heeft de pole veroverd in Hongarije.\n\nVorig jaar won Hamilton in Hongarije.",
        date="2019-08-03",
    )
    told = [(f.kind, f.season, f.position) for f in a.facts if f.driver == "hamilton"]
    assert told == [("finish", 2018, 1)]


@pytest.mark.parametrize(
    "body, driver, status",
    [
        # the order after a first run is no result
        ("In de eerste snelle ronde in Q3 reed Lewis Hamilton de beste tijd.", "hamilton", "running"),
        ("Bottas was third after the first runs in Q3.", "bottas", "running"),
        # the final order
        ("Lewis Hamilton werd uiteindelijk derde.", "hamilton", "final"),
    ],
)
def test_in_a_qualifying_report_a_first_run_is_no_result(
    parse: Parse, body: str, driver: str, status: str
) -> None:
    a = parse("Max Verstappen heeft de pole veroverd in Hongarije.\n\n" + body, date="2019-08-03")
    assert [f.status for f in a.facts if f.driver == driver and f.kind == "qualifying"] == [status]


def test_in_a_qualifying_report_a_place_after_a_demotion_is_no_qualifying_place(parse: Parse) -> None:
    a = parse(
        "Max Verstappen heeft de pole veroverd in Hongarije.\n\nNorris got a penalty that demotes the McLaren"
        " driver to 17th.",
        date="2019-08-03",
    )
    assert not [f for f in a.facts if f.driver == "norris" and f.kind == "qualifying"]


@pytest.mark.parametrize(
    "body, kind",
    [
        # a window of words cut inside "diskwalificatie" reads no qualifying
        ("Door de diskwalificatie van Ocon stijgt Kevin Magnussen naar P8.", "finish"),
        # the points of the weekend move him up in the standings
        ("Magnussen's points move him up to twelfth and only two points behind Albon.", "championship"),
    ],
)
def test_the_kind_of_a_place_after_a_disqualification_or_with_points(
    parse: Parse, body: str, kind: str
) -> None:
    a = parse("Ocon werd gediskwalificeerd in de GP van de Verenigde Staten. " + body, date="2018-10-22")
    places = [(f.kind, f.position) for f in a.facts if f.driver == "kevin_magnussen" and f.position]
    assert places == [(kind, 8 if kind == "finish" else 12)]


def test_a_team_after_but_takes_the_victory_from_the_driver_before(parse: Parse) -> None:
    a = parse(
        "Verstappen won in Bahrain. Ferrari looked set for a one-two with Leclerc leading, but Mercedes stole"
        " an unexpected one-two and victory off their rivals.",
        date="2019-04-01",
    )
    assert [f.driver for f in a.facts if f.kind == "finish" and f.position == 1] == ["max_verstappen"]


@pytest.mark.parametrize(
    "body, driver, position",
    [
        # the place of the one behind the one named, his own
        ("Hamilton finished just behind Verstappen in second.", "hamilton", 2),
        ("Hamilton kwam net achter Verstappen op de tweede plaats over de streep.", "hamilton", 2),
        # his own place told before: the place is the one named's
        ("Sainz was fourth, behind Leclerc in third.", "leclerc", 3),
    ],
)
def test_a_place_behind_the_one_named(parse: Parse, body: str, driver: str, position: int) -> None:
    a = parse("Bottas won in Oostenrijk. " + body, date="2021-07-04")
    assert (driver, position) in {(f.driver, f.position) for f in a.facts if f.kind == "finish"}
    assert not {f.driver for f in a.facts if f.kind == "finish" and f.position == position} - {driver}


def test_a_place_over_the_line_after_a_penalty_told_before_is_provisional(parse: Parse) -> None:
    a = parse(
        "Bottas won in Oostenrijk. Pérez kreeg tien seconden straf. Hierdoor kwam hij in de uitslag op de"
        " zesde plaats terecht, nadat hij als vijfde over de finish was gekomen.",
        date="2021-07-04",
    )
    told = {(f.position, f.status) for f in a.facts if f.driver == "perez" and f.kind == "finish"}
    assert (6, "final") in told and (5, "final") not in told


def test_a_race_of_last_season_goes_on_there(parse: Parse) -> None:
    a = parse(
        "Verstappen won in Canada. Denk eens terug aan Jeddah vorig seizoen. Hamilton won daar met een halve"
        " voorvleugel.",
        date="2022-06-20",
    )
    assert [(f.season, f.status) for f in a.facts if f.driver == "hamilton" and f.kind == "finish"] == [
        (2021, "history")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kvyat duikt gelijk naar binnen voor een nieuw setje zachte banden en blijft achtste.",
        "Kvyat dived into the pits for fresh softs and stayed eighth.",
    ],
)
def test_a_place_around_a_dive_into_the_pits_is_running(parse: Parse, body: str) -> None:
    a = parse("Hamilton won op Imola. " + body, date="2020-11-01")
    assert [f.status for f in a.facts if f.driver == "kvyat" and f.position == 8] == ["running"]


@pytest.mark.parametrize(
    "body, driver, kind, position",
    [
        # moved up on the grid by another's penalty: the start place he moves to
        ("Vettel schuift op van de negende naar de achtste startpositie.", "vettel", "grid", 8),
        ("Vettel moves up from ninth to eighth on the grid.", "vettel", "grid", 8),
    ],
)
def test_a_start_place_moved_to(parse: Parse, body: str, driver: str, kind: str, position: int) -> None:
    a = parse("Ocon krijgt een gridstraf in Japan. " + body, date="2018-10-07")
    assert [(f.kind, f.position) for f in a.facts if f.driver == driver and f.status == "final"] == [
        (kind, position)
    ]


def test_a_place_ahead_of_a_titled_driver_is_not_his(parse: Parse) -> None:
    a = parse(
        "Verstappen won in Japan. Esteban Xcon of Alpine finished fourth ahead of Mercedes ace Lewis"
        " Hamilton.",
        date="2022-10-10",
    )
    assert not [f for f in a.facts if f.driver == "hamilton" and f.kind == "finish"]


def test_places_around_the_pit_stops_are_running(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Monaco. De pitcrew van Red Bull was nipt sneller dan die van Mercedes, waardoor"
        " Verstappen van de derde naar de tweede plaats ging.",
        date="2019-05-26",
    )
    assert {(f.kind, f.status) for f in a.facts if f.driver == "max_verstappen"} == {("finish", "running")}


def test_the_one_seen_does_what_the_infinitive_tells(parse: Parse) -> None:
    a = parse(
        "Carlos Sainz pakte pole op Silverstone. Verstappen, die eerder nog een crash voorkwam, zag Sainz met"
        " een tijd van 1.40,983 pole pakken.",
        date="2022-07-02",
    )
    assert not [f for f in a.facts if f.driver == "max_verstappen" and f.position == 1]


@pytest.mark.parametrize(
    "sentence, past",
    [
        # a race of last month is recalled, not reported
        ("mclaren were off the pace at last month's season-opener in bahrain.", True),
        ("vorige maand in bahrein was mclaren nog traag.", True),
        # the race reported
        ("norris finished third at imola.", False),
    ],
)
def test_a_race_of_last_month_is_recalled(sentence: str, past: bool) -> None:
    assert (events._PAST_RE.search(sentence) is not None) is past
