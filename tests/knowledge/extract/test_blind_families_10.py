"""Phrase families found in the blind sets of the session of 5 December (evening), each with examples both
ways in our own words: the gap in the championship told as changed ("extended his title lead to", "cut X's
lead to", "verkleinde zijn achterstand op X tot"), taken ("neemt een voorsprong van"), over the rest ("clear
of the rest of the field"), to a rival named by a title ("op WK-leider X", "op nummer twee X", "op zijn Finse
teamgenoot X"), between the pair of the title fight ("beide heren"); a title's year; a standing after an
earlier race than the article's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def gaps(a: ParsedArticle) -> list[tuple[str, tuple[str, ...], int | None, str | None]]:
    return [
        (f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "points_gap") if f.status == "final"
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a lead changed to its new size, the one named last before "his" holding it
        (
            "Norris won the sprint as Piastri extended his championship lead to 12 points.",
            [("piastri", (), 12, "ahead")],
        ),
        ("Piastri will stretch his lead to 12 points with this win.", [("piastri", (), 12, "ahead")]),
        ("Piastri bouwde zijn WK-voorsprong uit tot twaalf punten.", [("piastri", (), 12, "ahead")]),
        (
            "Norris won the sprint as Piastri extended his Formula One championship lead to 12 points.",
            [("piastri", (), 12, "ahead")],
        ),
        # a deficit made smaller, to the rival named
        (
            "Norris werd tweede en verkleinde zijn achterstand op Piastri tot 12 punten.",
            [("norris", ("piastri",), 12, "behind")],
        ),
        # the rival's lead cut: the rival leads by that
        (
            "Norris has cut Oscar Piastri's title lead to just 12 points.",
            [("piastri", ("norris",), 12, "ahead")],
        ),
        ("Norris wins to reduce Piastri's lead to twelve points.", [("piastri", ("norris",), 12, "ahead")]),
        # a lead taken, in a line about the standings
        (
            "Piastri neemt met zijn zege een voorsprong van twaalf punten in het WK.",
            [("piastri", (), 12, "ahead")],
        ),
        ("Piastri is now 12 points clear of the rest of the field.", [("piastri", (), 12, "ahead")]),
        # a rival named by a title, a rank or a demonym's adjective before his name
        (
            "Norris heeft een achterstand van 12 punten op WK-leider Oscar Piastri.",
            [("norris", ("piastri",), 12, "behind")],
        ),
        (
            "De Brit neemt een voorsprong van twaalf punten op nummer twee Piastri. Norris is blij.",
            [],
        ),
        (
            "Norris neemt een voorsprong van twaalf punten op nummer twee Piastri.",
            [("norris", ("piastri",), 12, "ahead")],
        ),
        (
            "Norris staat 12 punten voor op zijn Australische teamgenoot Oscar Piastri.",
            [("norris", ("piastri",), 12, "ahead")],
        ),
        # "want" (because) is no wish: the gap stands
        (
            "Het is spannend, want Norris staat met nog vijf races te gaan 12 punten voor op Piastri.",
            [("norris", ("piastri",), 12, "ahead")],
        ),
    ],
)
def test_a_gap_told_as_changed_or_taken(
    parse: Parse, sentence: str, expected: list[tuple[str, tuple[str, ...], int, str]]
) -> None:
    assert gaps(parse(sentence, date="2024-09-23")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a lead hoped for, or one that could be cut
        "Piastri hopes to extend his championship lead to 20 points in Baku.",
        "Norris could cut Piastri's lead to 12 points on Sunday.",
        "Piastri probeert zijn voorsprong uit te bouwen tot twintig punten.",
        # a lead of seconds, a team's haul of two
        "Piastri extended his lead to 12 seconds before the stops.",
        "Norris and Piastri scored 43 points between them.",
        # a lead over the field in seconds
        "Piastri was 12 seconds clear of the rest of the field.",
    ],
)
def test_no_gap_told(parse: Parse, sentence: str) -> None:
    assert gaps(parse(sentence, date="2024-09-23")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norris en Piastri vochten tot het eind. Het verschil tussen beide heren bedraagt twaalf punten.",
        "Norris en Piastri vochten tot het eind. Het verschil tussen beide titelkandidaten is nu 12 punten.",
        "Norris and Piastri fought to the end. The gap between the two title rivals is now 12 points.",
    ],
)
def test_a_gap_between_the_pair_of_the_title_fight(parse: Parse, text: str) -> None:
    assert gaps(parse(text, date="2024-09-23")) == [("norris", ("piastri",), 12, "between")]


def test_points_between_two_are_no_total(parse: Parse) -> None:
    # "with 20 points between him and Norris": a gap of two, not his total
    a = parse("Piastri leads the championship, with 20 points between him and Norris.", date="2024-09-23")
    assert [f.amount for f in facts_of(a, "points") if f.driver == "piastri"] == []


@pytest.mark.parametrize(
    "text, season",
    [
        # a title's year names the title, not the sentence's season
        (
            "Franse GP. Verstappen's win takes him 63 points clear of Leclerc, and strengthens his hopes of"
            " repeating his 2021 title.",
            2022,
        ),
        (
            "GP van Frankrijk. Verstappen, die zijn titel van 2021 verdedigt, staat 63 punten voor op"
            " Leclerc.",
            2022,
        ),
        # a year of the race itself is one
        ("GP van Frankrijk 2021. Verstappen stond toen 12 punten voor op Hamilton.", 2021),
    ],
)
def test_a_titles_year_is_no_season(parse: Parse, text: str, season: int) -> None:
    assert {f.season for f in facts_of(parse(text, date="2022-07-24"), "points_gap")} == {season}


@pytest.mark.parametrize(
    "text, date, served",
    [
        # a season review telling the standing after an early race: that moment's, kept as history
        (
            "Het seizoen van Verstappen\n\nNa twee uitvalbeurten keek Verstappen na Australië tegen een"
            " achterstand van 46 punten op Leclerc aan.",
            "2022-12-20",
            False,
        ),
        # a preview written after the race named: the standing of today
        (
            "Vooruitblik op de GP van Canada\n\nLeclerc is na de race in Bakoe gezakt naar de derde plaats,"
            " met 34 punten achterstand op Verstappen.",
            "2022-06-16",
            True,
        ),
        # the article's own race: today's standing
        ("GP van Australië\n\nNa Australië staat Verstappen 46 punten achter Leclerc.", "2022-04-10", True),
    ],
)
def test_a_standing_after_an_earlier_race(parse: Parse, text: str, date: str, served: bool) -> None:
    got = gaps(parse(text, date=date))
    assert (got != []) is served, got


def time_gaps(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], int | None, str | None]]:
    return {(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "time_gap") if f.status == "final"}


@pytest.mark.parametrize(
    "text, gap",
    [
        # a margin at the finish in whole seconds, with its unit
        (
            "Imola GP. Verstappen won comfortably, finishing 22 seconds clear of Hamilton.",
            {("max_verstappen", ("hamilton",), 22000, "ahead")},
        ),
        (
            "GP van Australië. Bottas won en kwam met twintig seconden voorsprong op Hamilton over de"
            " streep.",
            {("bottas", ("hamilton",), 20000, "ahead")},
        ),
        (
            "Chinese GP. Bottas crossed the line 6 seconds behind Hamilton.",
            {("bottas", ("hamilton",), 6000, "behind")},
        ),
        # told roughly: kept with its roughness (test_blind_families_19)
        (
            "Chinese GP. Bottas crossed the line approximately six seconds behind Hamilton.",
            {("bottas", ("hamilton",), 6000, "behind")},
        ),
        # a penalty in seconds, or a gap during the race: none
        # (nor a gap "voor" him, in Dutch, told roughly or not)
        ("GP van Australië. Bottas finishte ruim twintig seconden voor Hamilton.", set()),
        ("Chinese GP. Bottas finished behind Hamilton after a five-second penalty.", set()),
        ("Chinese GP. On lap 30 Bottas was 6 seconds behind Hamilton.", set()),
        # "a second" is no figure
        ("Chinese GP. Bottas crossed the line a second time behind Hamilton.", set()),
    ],
)
def test_a_margin_in_whole_seconds(
    parse: Parse, text: str, gap: set[tuple[str, tuple[str, ...], int, str]]
) -> None:
    assert time_gaps(parse(text, date="2019-04-14")) == gap


@pytest.mark.parametrize(
    "text, winners",
    [
        # the qualifying session won is the pole's, not the race's win
        ("GP van Rusland. Poleposition was voor Norris, die zaterdag de kwalificatierace won.", set()),
        ("GP van Rusland. Norris won de kwalificatiesessie.", set()),
        # the race won after a word of qualifying stays a race's win
        ("GP van Rusland. Na de kwalificatie won Norris zondag de race.", {"norris"}),
        ("GP van Rusland. Norris, die de race won, was blij.", {"norris"}),
    ],
)
def test_a_qualifying_won_is_no_race_win(parse: Parse, text: str, winners: set[str]) -> None:
    a = parse(text, date="2021-09-27")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winners


@pytest.mark.parametrize(
    "text, holder",
    [
        # the means ("door de snelste ronde ...", "by setting the fastest lap") is the subject's
        (
            "GP van de Eifel. In de slotfase snoepte Verstappen nog een punt van Hamilton af door de snelste"
            " ronde aan te tekenen.",
            "max_verstappen",
        ),
        ("Eifel GP. Verstappen took a point off Hamilton by setting the fastest lap.", "max_verstappen"),
        # the name right before it, without a means, holds it
        ("Eifel GP. Hamilton won, Verstappen reed de snelste ronde.", "max_verstappen"),
    ],
)
def test_the_fastest_lap_set_as_a_means(parse: Parse, text: str, holder: str) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2020-10-11"), "fastest_lap")} == {holder}


def reasons(a: ParsedArticle) -> dict[str, str | None]:
    return {f.driver: f.reason for f in facts_of(a, "penalty") if f.penalty in ("time", "grid")}


@pytest.mark.parametrize(
    "text, driver, reason",
    [
        # the deed a relative "waarvoor" points back at
        (
            "GP van Japan. Bij zijn terugkeer op de baan hinderde Verstappen Leclerc, waarvoor hij een"
            " tijdstraf van vijf seconden kreeg.",
            "max_verstappen",
            "Bij zijn terugkeer op de baan hinderde Verstappen Leclerc",
        ),
        # quotes around a word of the reason
        (
            "Austrian GP. Norris received a five-second penalty after 'forcing' Pérez off the track.",
            "norris",
            "forcing Pérez off the track",
        ),
        # punished, and why, told in a sentence soon after, across a paragraph break
        (
            "GP van Oostenrijk. Leclerc heeft een gridstraf van drie plaatsen gekregen. Sainz schuift op.\n\n"
            "Leclerc werd na de kwalificatie bestraft door de stewards, vanwege het hinderen van Norris in"
            " Q2.",
            "leclerc",
            "het hinderen van Norris in Q2",
        ),
        # a later sentence about another driver's punishment explains nothing of his
        (
            "GP van Oostenrijk. Leclerc heeft een gridstraf van drie plaatsen gekregen.\n\nOok Sainz werd"
            " bestraft, vanwege het hinderen van Norris.",
            "leclerc",
            None,
        ),
    ],
)
def test_a_penalty_reason_told_around_it(parse: Parse, text: str, driver: str, reason: str | None) -> None:
    assert reasons(parse(text, date="2022-07-10")).get(driver, "missing") == reason


@pytest.mark.parametrize(
    "text, who",
    [
        # "de teamgenoot van X": the other driver of X's team that season
        (
            "GP van Oostenrijk. De Mexicaanse teamgenoot van Verstappen kreeg een tijdstraf van tien"
            " seconden.",
            {"perez"},
        ),
        ("Austrian GP. The team-mate of Verstappen was given a ten-second time penalty.", {"perez"}),
        # a nationality that is not the teammate's, or a former teammate: nobody
        (
            "GP van Oostenrijk. De Spaanse teamgenoot van Verstappen kreeg een tijdstraf van tien seconden.",
            set(),
        ),
        (
            "GP van Oostenrijk. De voormalige teamgenoot van Verstappen kreeg een tijdstraf van tien"
            " seconden.",
            set(),
        ),
    ],
)
def test_the_teammate_of_a_driver(parse: Parse, text: str, who: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2021-07-04"), "penalty")} == who


def retirements(a: ParsedArticle) -> set[tuple[str, str | None]]:
    return {(f.driver, f.reason) for f in facts_of(a, "retirement") if f.status == "final"}


@pytest.mark.parametrize(
    "text, out",
    [
        # what forced him out, named before "forced him to retire"
        (
            "Monaco GP. Bottas had a wretched afternoon after a stuck wheel nut forced him to retire.",
            {("bottas", "stuck wheel nut")},
        ),
        # not a person who made him stop
        ("Monaco GP. Bottas said the team forced him to retire the car.", {("bottas", None)}),
        # pulled over on track, with its problem
        (
            "Russian GP. On his out-lap Vettel pulled over on track with a hybrid system problem.",
            {("vettel", "hybrid system problem")},
        ),
        # "de strijd staken": he gave up the race
        (
            "GP van de Eifel. Bottas moest vroeg de strijd staken vanwege motorproblemen.",
            {("bottas", "engine")},
        ),
        # the fight for the win given up is no retirement; pulling over to let a car by neither
        ("GP van de Eifel. De strijd om de zege werd na de pitstops gestaakt.", set()),
        ("Russian GP. Vettel pulled over to let Hamilton by.", set()),
    ],
)
def test_a_retirement_and_what_forced_it(parse: Parse, text: str, out: set[tuple[str, str | None]]) -> None:
    assert retirements(parse(text, date="2021-05-23")) == out


def test_his_teammate_named_by_nationality_after_a_sentence_about_both(parse: Parse) -> None:
    # "Zijn Finse teamgenoot" after a sentence naming both: the Finn, whoever the focus is
    a = parse(
        "GP van de Eifel. Hamilton vergrootte zijn voorsprong op Bottas tot 69 punten. Zijn Finse teamgenoot"
        " moest vroeg de strijd staken vanwege motorproblemen.",
        date="2020-10-11",
    )
    assert retirements(a) == {("bottas", "engine")}


def test_a_disqualification_that_set_his_start(parse: Parse) -> None:
    # "begon de sprint wegens diskwalificatie ... als laatste": disqualified from qualifying, started last,
    # and his sprint result stands
    a = parse(
        "GP van São Paulo. Hamilton begon de sprintrace wegens diskwalificatie voor een te brede DRS-opening"
        " als laatste, maar kwam als vijfde over de streep.",
        date="2021-11-13",
    )
    assert {(f.session, f.penalty) for f in facts_of(a, "penalty")} == {("qualifying", "disqualification")}
    assert {
        (f.kind, f.position) for f in a.facts if f.kind in ("grid", "finish") and f.session == "sprint"
    } == {
        ("grid", -1),
        ("finish", 5),
    }


@pytest.mark.parametrize(
    "text, kind",
    [
        # the start verb far before "als <place>" at the clause's end
        (
            "GP van Monaco. Leclerc begon de race na een lange nacht van de monteurs in de garage als"
            " laatste.",
            "grid",
        ),
        # a verb of the finish between: his result
        ("GP van Monaco. Leclerc begon slecht en eindigde uiteindelijk als laatste.", "finish"),
    ],
)
def test_a_start_told_far_from_its_place(parse: Parse, text: str, kind: str) -> None:
    a = parse(text, date="2021-05-23")
    assert {f.kind for f in a.facts if f.kind in ("grid", "finish") and f.driver == "leclerc"} == {kind}


@pytest.mark.parametrize(
    "text, on_podium",
    [
        # two completing the podium, their order not told; one joining the first two
        (
            "GP van Monaco. Hamilton won. Leclerc (Ferrari) en Norris (McLaren) vervolledigden het podium.",
            {"leclerc", "norris"},
        ),
        ("Imola GP. Verstappen won, Hamilton was second. Norris joined them on the podium.", {"norris"}),
        # a podium they missed
        ("GP van Monaco. Hamilton won. Leclerc en Norris vielen net naast het podium.", set()),
    ],
)
def test_on_the_podium_without_a_place(parse: Parse, text: str, on_podium: set[str]) -> None:
    a = parse(text, date="2021-05-23")
    assert {f.driver for f in facts_of(a, "podium") if f.status == "final"} == on_podium


def test_a_classification_a_row_to_a_line_gives_the_gaps_to_the_winner(parse: Parse) -> None:
    a = parse(
        "Hamilton wint in Hongarije\n\nUitslag Grand Prix Hongarije\n\n1. Lewis Hamilton (Mercedes)\n\n"
        "2. Max Verstappen (Red Bull Racing) +17,196\n\n3. Sebastian Vettel (Ferrari) +1.01,433\n\n"
        "4. Charles Leclerc (Ferrari) +1.05,250",
        date="2019-08-04",
    )
    assert ("max_verstappen", ("hamilton",), 17196, "behind") in time_gaps(a)
    # a gap of a minute and more is not read as seconds
    assert not any(g[2] == 1433 or g[2] == 5250 for g in time_gaps(a))


@pytest.mark.parametrize(
    "text, winners",
    [
        # near a win is no win
        ("GP van Hongarije. Verstappen was op de Hungaroring dicht bij zijn derde zege van het jaar.", set()),
        ("Hungarian GP. Verstappen came close to victory.", set()),
        # a win told near something else is one
        ("Hungarian GP. Verstappen won, close to the end of a long season.", {"max_verstappen"}),
    ],
)
def test_close_to_a_win(parse: Parse, text: str, winners: set[str]) -> None:
    a = parse(text, date="2019-08-04")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winners


@pytest.mark.parametrize(
    "text, culprits",
    [
        # the one who started the contact
        (
            "Styrian GP. The Ferraris collided at Turn 3. Leclerc - who initiated the contact by lunging up"
            " the inside - needed a new front wing.",
            {"leclerc"},
        ),
        ("Styrian GP. Leclerc sparked the collision with Vettel at Turn 3.", {"leclerc"}),
        # someone's view of who started it is no finding
        ("Styrian GP. Leclerc felt Vettel initiated the contact.", set()),
    ],
)
def test_who_started_the_contact(parse: Parse, text: str, culprits: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2020-07-12"), "culprit")} == culprits


@pytest.mark.parametrize(
    "text, winners",
    [
        # "won voor <epithet> X": X was beaten, the subject the clause goes on from won
        (
            "GP van Oostenrijk. Bottas leidde van start tot finish en won voor Ferrari-coureur Charles"
            " Leclerc.",
            {"bottas"},
        ),
        ("GP van Oostenrijk. In Spielberg won voor de tweede keer Bottas.", {"bottas"}),
        # the team's first win, told of the team; a driver giving the team its win is its winner
        (
            "Italian GP. Norris claimed second as the Woking-based outfit toasted their first victory since"
            " 2012.",
            set(),
        ),
        (
            "GP van Bahrein. De Monegask Leclerc bezorgde Ferrari hun allereerste zege sinds 2019.",
            {"leclerc"},
        ),
    ],
)
def test_whose_win(parse: Parse, text: str, winners: set[str]) -> None:
    a = parse(text, date="2021-09-12")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winners


def test_a_place_in_brackets_in_a_clause_about_qualifying(parse: Parse) -> None:
    a = parse(
        "GP van Monaco. In de kwalificatie op zaterdag waren beide Ferrari-coureurs sneller dan Pérez (derde)"
        " en Verstappen (vierde).",
        date="2022-05-29",
    )
    assert {(f.kind, f.driver, f.position) for f in a.facts if f.position} == {
        ("qualifying", "perez", 3),
        ("qualifying", "max_verstappen", 4),
    }


@pytest.mark.parametrize(
    "text, winners",
    [
        # a count of races before the Dutch verb at the end is no race's win
        ("Seizoen 2020. Waar Hamilton elf Grands Prix won, moest Bottas het doen met twee zeges.", set()),
        ("GP van Turkije. Het is het derde jaar op rij dat hij minimaal tien races wint.", set()),
        # the race won, the verb at the end
        ("GP van Turkije. Hamilton heeft in Istanbul de race gewonnen.", {"hamilton"}),
    ],
)
def test_a_count_before_the_verb(parse: Parse, text: str, winners: set[str]) -> None:
    a = parse(text, date="2020-11-15")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winners


@pytest.mark.parametrize(
    "text, winners",
    [
        # praise won is no race won
        ("Season 2021. Schumacher still managed to win praise in a very slow Haas.", set()),
        ("Hungarian GP. Ocon will win over the fans with this drive.", set()),
        # "the latter's was a win": the one named last
        ("Season 2021. Alonso and Ocon both took podiums - the latter's was a win in Hungary.", {"ocon"}),
        ("Hungarian GP. Ocon won over a fast Vettel.", {"ocon"}),
    ],
)
def test_what_was_won(parse: Parse, text: str, winners: set[str]) -> None:
    a = parse(text, date="2021-12-20")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winners


def test_whose_retirement_and_a_lap_of_the_race(parse: Parse) -> None:
    # "..., whose retirement": the one named right before; "the 28th of 53 laps" is a lap, no place
    a = parse(
        "Russian GP. Hamilton won. Leclerc finished third after a row with Vettel, whose retirement on the"
        " 28th of 53 laps brought out a safety car.",
        date="2019-09-29",
    )
    assert retirements(a) == {("vettel", None)}
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == {("hamilton", 1), ("leclerc", 3)}


@pytest.mark.parametrize(
    "text, on_podium",
    [
        (
            "GP van Italië. Ricciardo won. Bottas, die van achteraan nog naar het podium kwam, was blij.",
            {"bottas"},
        ),
        ("GP van Italië. Ricciardo won. Bottas kwam niet naar het podium voor de huldiging.", set()),
    ],
)
def test_came_to_the_podium(parse: Parse, text: str, on_podium: set[str]) -> None:
    a = parse(text, date="2021-09-12")
    assert {f.driver for f in facts_of(a, "podium") if f.status == "final"} == on_podium


@pytest.mark.parametrize(
    "text, places",
    [
        # a place fronted, its holder after the verb
        (
            "Brazilian GP. Verstappen won. In second place and on the podium for the first time was Toro"
            " Rosso's Pierre Gasly.",
            {("max_verstappen", 1, "final"), ("gasly", 2, "final")},
        ),
        ("GP van Brazilië. Op de tweede plaats eindigde Pierre Gasly.", {("gasly", 2, "final")}),
        # one named before the verb holds it
        (
            "Brazilian GP. In second place, Verstappen finished ahead of Hamilton.",
            {("max_verstappen", 2, "final")},
        ),
        # his best of the season so far is no place of this race; a win waited for is none
        (
            "GP van Brazilië. Bottas kwam dit seizoen nog niet verder dan de derde plek.",
            {("bottas", 3, "history")},
        ),
        ("GP van Brazilië. Hamilton moet nog wat langer wachten op zijn 90ste overwinning.", set()),
    ],
)
def test_whose_place_and_when(parse: Parse, text: str, places: set[tuple[str, int, str]]) -> None:
    a = parse(text, date="2019-11-17")
    assert {(f.driver, f.position, f.status) for f in facts_of(a, "finish")} == places


@pytest.mark.parametrize(
    "text, places",
    [
        # "a record eighth at the Hungarian GP": a count of wins there, no place
        (
            "Hungarian GP. Hamilton took win No 86, a record eighth at the Hungarian Grand Prix.",
            {("hamilton", 1, "final")},
        ),
        # the story's future, told of what happened; with a condition, a supposition
        (
            "Hungarian GP. Verstappen passed him, but dropped back with problems and would only finish"
            " seventh.",
            {("max_verstappen", 7, "final")},
        ),
        (
            "GP van Hongarije. Verstappen zakte weg en zou slechts als zevende eindigen.",
            {("max_verstappen", 7, "final")},
        ),
        (
            "GP van Hongarije. Verstappen zou slechts als zevende eindigen als hij uitviel.",
            {("max_verstappen", 7, "hypothetical")},
        ),
        # joined on the podium by the one named after "by"
        (
            "Hungarian GP. Hamilton won. Verstappen was second and was joined by his old rival Bottas on the"
            " podium.",
            {("hamilton", 1, "final"), ("max_verstappen", 2, "final"), ("bottas", 3, "final")},
        ),
    ],
)
def test_places_of_the_story(parse: Parse, text: str, places: set[tuple[str, int, str]]) -> None:
    a = parse(text, date="2020-07-19")
    assert {(f.driver, f.position, f.status) for f in facts_of(a, "finish")} == places


def poles(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "grid") if f.position == 1 and f.status == "final"}


@pytest.mark.parametrize(
    "text, pole_men",
    [
        # what seemed, a pole lost out on or a chance of it killed: not his
        ("GP van Portugal. Verstappen leek met overmacht naar poleposition te rijden.", set()),
        ("Portuguese GP. Bottas narrowly loses out qualifying for pole to his team-mate Hamilton.", set()),
        ("Portuguese GP. Hamilton took pole, a slide killing Bottas's chances for pole.", {"hamilton"}),
        # Q3 by its nickname; a pole for the one named after "for"
        ("Portuguese GP. Bottas had topped Q2 and the first runs of the pole shootout.", set()),
        (
            "Portuguese GP. It was a 97th pole in Formula 1 for Hamilton, whereas Bottas went for one lap.",
            {"hamilton"},
        ),
    ],
)
def test_whose_pole(parse: Parse, text: str, pole_men: set[str]) -> None:
    assert poles(parse(text, date="2020-10-24")) == pole_men


def test_a_race_not_yet_held_is_no_race_of_the_sentence(parse: Parse) -> None:
    # "de jubileumrace" of 2019 (the 1000th GP in China) is not the 70th Anniversary GP, first run in 2020
    a = parse(
        "Hamilton wint in China\n\nHamilton won de jubileumrace in Shanghai. Bottas was van poleposition"
        " vertrokken.",
        date="2019-04-14",
    )
    assert {(f.kind, f.grand_prix) for f in a.facts if f.kind in ("finish", "grid")} == {
        ("finish", "china"),
        ("grid", "china"),
    }


@pytest.mark.parametrize(
    "text, kinds",
    [
        # "blijft de nummer twee", "is nu de nummer zes": a standing
        (
            "GP van Oostenrijk. Pérez, die vijfde werd, blijft de nummer twee.",
            {("finish", 5), ("championship", 2)},
        ),
        ("GP van Oostenrijk. Pérez is nu de nummer zes.", {("championship", 6)}),
        # "werd de nummer zes": the race's place
        ("GP van Oostenrijk. Pérez werd de nummer zes.", {("finish", 6)}),
    ],
)
def test_the_number_he_stays(parse: Parse, text: str, kinds: set[tuple[str, int]]) -> None:
    a = parse(text, date="2022-07-10")
    assert {(f.kind, f.position) for f in a.facts if f.position} == kinds


def test_a_total_with_the_lead_taken(parse: Parse) -> None:
    a = parse(
        "Chinese GP. Hamilton has now moved into the lead spot in the championship with 68 points.",
        date="2019-04-14",
    )
    assert [f.amount for f in facts_of(a, "points") if f.driver == "hamilton"] == [68]
    # a lead grown by some points is no total
    b = parse("Chinese GP. Hamilton extended his lead by 7 points.", date="2019-04-14")
    assert facts_of(b, "points") == []


def hauls(a: ParsedArticle) -> set[tuple[str, float | None, str]]:
    return {(f.driver, f.amount, f.session) for f in facts_of(a, "race_points")}


@pytest.mark.parametrize(
    "text, got",
    [
        # where or when told between the verb and the points
        (
            "GP van Monaco. Verstappen pakte op het circuit in Monte Carlo twee punten.",
            {("max_verstappen", 2, "race")},
        ),
        (
            "GP van Oostenrijk. Verstappen pakte zaterdag al zijn eerste acht punten door de sprintrace te"
            " winnen.",
            {("max_verstappen", 8, "sprint")},
        ),
        # a season's span, licence points, the number he did not get: none
        ("GP van Monaco. Verstappen pakte in de laatste vijf races twintig punten.", set()),
        ("GP van Brazilië. Ook krijgt Ocon 3 punten op zijn F1-licentie.", set()),
        ("GP van Hongarije. Hamilton mag dankzij de bonus 18 in plaats van 15 punten bijschrijven.", set()),
    ],
)
def test_points_of_one_race(parse: Parse, text: str, got: set[tuple[str, float, str]]) -> None:
    assert hauls(parse(text, date="2022-07-10")) == got


def laps_of(a: ParsedArticle) -> set[tuple[str, float | None, str | None]]:
    return {(f.driver, f.amount, f.detail) for f in facts_of(a, "lap")}


@pytest.mark.parametrize(
    "text, laps",
    [
        # pulled over on a lap: out, on that lap
        (
            "Australian GP. Verstappen pulled over on lap 39 when second.",
            {("max_verstappen", 39, "retirement")},
        ),
        # "on the 28th of 53 laps", "at lap 16"
        (
            "Russian GP. Hamilton won ahead of Vettel, whose retirement on the 28th of 53 laps brought out a"
            " safety car.",
            {("vettel", 28, "retirement")},
        ),
        ("Chinese GP. Hulkenberg retired at lap 16.", {("hulkenberg", 16, "retirement")}),
        # pulled over to let a car by: no retirement
        ("Russian GP. Vettel pulled over on the straight to let Hamilton by.", set()),
    ],
)
def test_the_lap_he_was_out(parse: Parse, text: str, laps: set[tuple[str, float, str]]) -> None:
    assert laps_of(parse(text, date="2022-04-10")) == laps


@pytest.mark.parametrize(
    "text, out",
    [
        # the name right before "retire(d)" after "having": his retirement, not the one in focus
        (
            "Chinese GP. Leclerc was fifth. Renault had a poor race, having Nico Hulkenberg retire at lap"
            " 16.",
            {("hulkenberg", "china")},
        ),
        # "the winner two weeks ago in Saudi Arabia" names no race of the sentence
        (
            "Australian GP. There was disaster for Verstappen, the winner two weeks ago in Saudi Arabia, who"
            " pulled over on lap 39.",
            {("max_verstappen", "australia")},
        ),
    ],
)
def test_who_retired_where(parse: Parse, text: str, out: set[tuple[str, str]]) -> None:
    a = parse(text, date="2022-04-10" if "Australian" in text else "2019-04-14")
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "retirement")} == out


def test_a_place_taken_during_the_race(parse: Parse) -> None:
    # "nam de tweede plek achter Räikkönen in": taken during the race, neither his result nor Räikkönen's
    a = parse(
        "GP van Italië. Hamilton mocht doorrijden en nam de tweede plek achter Räikkönen in.",
        date="2018-09-02",
    )
    assert {(f.driver, f.position, f.status) for f in facts_of(a, "finish")} == {
        ("hamilton", 2, "running"),
        ("raikkonen", 1, "running"),
    }


@pytest.mark.parametrize(
    "text, reason",
    [
        # when it came is no why: the stewards' finding after it is
        (
            "Japanese GP. After crossing the line in second place, Leclerc was demoted by a five-second"
            " penalty. The stewards ruled he gained an advantage by cutting the chicane.",
            "The stewards ruled he gained an advantage by cutting the chicane",
        ),
    ],
)
def test_a_moment_is_no_reason(parse: Parse, text: str, reason: str) -> None:
    assert reasons(parse(text, date="2022-10-09")).get("leclerc") == reason


def test_knocked_out_of_qualifying_is_no_contact(parse: Parse) -> None:
    a = parse("Italian GP qualifying. Ocon, Stroll and Vandoorne were knocked out in Q1.", date="2018-09-01")
    assert facts_of(a, "collision") == []
    b = parse("Italian GP. Stroll knocked out Ocon at the first chicane.", date="2018-09-02")
    assert {f.driver for f in facts_of(b, "collision")} == {"stroll", "ocon"}


@pytest.mark.parametrize(
    "text, reason",
    [
        # the flag condition after "terwijl"/"while" is part of the why
        (
            "Britse GP. Russell kreeg een gridstraf omdat hij in de kwalificatie inhaalde terwijl de gele"
            " vlag uithing.",
            "hij in de kwalificatie inhaalde terwijl de gele vlag uithing",
        ),
        # another clause after "terwijl" is not
        (
            "Britse GP. Russell kreeg een gridstraf omdat hij in de kwalificatie inhaalde, terwijl Latifi als"
            " twaalfde eindigde.",
            "hij in de kwalificatie inhaalde",
        ),
    ],
)
def test_a_flag_condition_in_the_reason(parse: Parse, text: str, reason: str) -> None:
    assert reasons(parse(text, date="2020-08-01")).get("russell") == reason
