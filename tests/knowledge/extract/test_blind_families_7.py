"""Phrase families found on 5 December (fifth session) in real qualifying reports, reviews and penalty news,
with examples both ways in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import poles

Parse = Callable[..., ParsedArticle]


def gaps(a: ParsedArticle) -> set[tuple[str, str, int | None, str | None]]:
    return {
        (f.driver, f.others[0], f.amount, f.detail) for f in facts_of(a, "time_gap") if f.status == "final"
    }


def finishes(a: ParsedArticle, status: str = "final") -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == status}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one who beat the other to pole took it
        ("Bahrain GP qualifying. Leclerc Bests Vettel To Take Maiden Pole.", {"leclerc"}),
        ("Bahrain GP qualifying. Leclerc beat Vettel to pole position.", {"leclerc"}),
        ("Kwalificatie GP van Bahrein. Leclerc klopte Vettel voor de pole position.", {"leclerc"}),
        ("Kwalificatie GP van Bahrein. Leclerc versloeg Vettel voor de pole.", {"leclerc"}),
        # the pole-sitter after a preposition is someone the clause does not name
        ("Bahrain GP qualifying. Bottas starts fourth, 0.390s behind the pole-sitter.", set()),
        ("Kwalificatie GP van Bahrein. Bottas start als vierde, op vier tienden van de polesitter.", set()),
        # the title right before the name is his
        ("Bahrain GP qualifying. Bottas starts fourth, behind pole-sitter Leclerc.", {"leclerc"}),
        # a pole needed is no pole
        ("GP van Hongarije. Dat is wat Verstappen nodig heeft om zijn eerste pole te kunnen pakken.", set()),
    ],
)
def test_who_took_pole(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2019-03-30")) == expected


def test_the_pole_sitter_is_no_demonym(parse: Parse) -> None:
    # "the pole-sitter" is no Pole (Kubica raced in 2019)
    a = parse("Bahrain GP qualifying. Bottas was 0.390s slower than the pole-sitter.", date="2019-03-30")
    assert "kubica" not in {f.driver for f in a.facts} | {d for f in a.facts for d in f.others}


def test_a_debut_names_an_earlier_race(parse: Parse) -> None:
    # "made his debut with the Australian GP" moves no fact of the paragraph to Australia
    a = parse(
        "Leclerc took pole for the Bahrain Grand Prix. He made his Ferrari debut this year with the"
        " Australian GP. Vettel finished second, 0.294s behind Leclerc.",
        date="2019-03-30",
    )
    assert {f.grand_prix for f in a.facts} == {"bahrain"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # parts of a second, written out
        ("Kwalificatie GP van Nederland. Verstappen was 21 duizendsten sneller dan Leclerc.", 21),
        ("Dutch GP qualifying. Verstappen was just seven-thousandths of a second faster than Leclerc.", 7),
        ("Kwalificatie GP van Nederland. Verstappen was vier tienden sneller dan Leclerc.", 400),
        ("Kwalificatie GP van Nederland. Verstappen was een halve seconde sneller dan Leclerc.", 500),
        (
            "Kwalificatie GP van Nederland. Verstappen was 44 duizendsten van een seconde sneller dan"
            " Leclerc.",
            44,
        ),
        # a title between the rule and the name
        ("Kwalificatie GP van Nederland. Verstappen was 0,038 sneller dan zijn grote rivaal Leclerc.", 38),
        ("Dutch GP qualifying. Verstappen was 0.038s faster than team-mate Pérez.", 38),
        # time given away, a margin to him
        ("Kwalificatie GP van Nederland. Leclerc moest 0.021 seconde toegeven op Verstappen.", 21),
        ("Kwalificatie GP van Nederland. Met 21 duizendsten marge naar Leclerc pakte Verstappen pole.", 21),
        # a rough gap keeps its figure (and its roughness: test_blind_families_19)
        ("Kwalificatie GP van Nederland. Verstappen was bijna een halve seconde sneller dan Leclerc.", 500),
        ("Dutch GP qualifying. Verstappen was more than four tenths faster than Leclerc.", 400),
        # a gap of the opening part is no qualifying gap
        (
            "Dutch GP qualifying. At the end of the opening session Verstappen was 0.2s clear of Leclerc.",
            None,
        ),
    ],
)
def test_a_qualifying_gap_in_words(parse: Parse, text: str, expected: int | None) -> None:
    found = {amount for _, _, amount, _ in gaps(parse(text, date="2021-09-04"))}
    assert found == ({expected} if expected is not None else set())


@pytest.mark.parametrize(
    "text, expected",
    [
        # "de eerste sinds ...": a count since then, no place
        ("GP van Sakhir. Voor Verstappen is het de vijfde opgave en de eerste sinds Imola.", set()),
        ("Sakhir GP. For Verstappen it was the fifth retirement and the first since Imola.", set()),
        # a place given up is a place for a while, and no retirement
        ("GP van Mexico. Hamilton moest zijn tweede positie al snel opgeven.", set()),
        ("Mexican GP. Hamilton had to give up second place to Vettel.", set()),
        # a vote or a points system is no result
        ("GP van Mexico. Hamilton werd als beste coureur van het jaar aangewezen.", set()),
        ("Mexican GP. Hamilton was voted the best driver of the year.", set()),
        ("GP van Mexico. De nummer één kreeg telkens 25 punten.", set()),
        # an aim, or a rule of thumb
        ("Mexican GP. Hamilton focuses on winning the race, not the title.", set()),
        ("Mexican GP. To be the champion you must win the race.", set()),
        # the result itself
        ("GP van Mexico. Hamilton werd tweede.", {("hamilton", 2)}),
        ("Mexican GP. Hamilton won the race.", {("hamilton", 1)}),
    ],
)
def test_no_place_of_the_race(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(text, date="2020-12-06" if "akhir" in text else "2018-10-28")
    assert finishes(a) == expected
    assert all(f.status != "final" for f in facts_of(a, "championship"))
    if "opgeven" in text:
        assert not facts_of(a, "retirement")


def test_places_lost_to_a_disqualification(parse: Parse) -> None:
    # "disqualified from sixth and 10th places": the places on the road the disqualification took away
    a = parse(
        "Japanese GP. Ricciardo and Hülkenberg have been disqualified from sixth and 10th places.",
        date="2019-10-23",
    )
    assert not facts_of(a, "grid")
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == {("ricciardo", 6), ("hulkenberg", 10)}
    assert {f.status for f in facts_of(a, "finish")} == {"superseded"}


def test_a_relative_clause_has_its_own_subject(parse: Parse) -> None:
    a = parse(
        "Brazilian GP sprint. Russell won the sprint, passing Verstappen in a race in which Verstappen sank"
        " to fourth after a collision with Sainz.",
        date="2022-11-12",
    )
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == {("russell", 1), ("max_verstappen", 4)}
    assert {(f.driver, f.others) for f in facts_of(a, "collision")} == {
        ("max_verstappen", ("sainz",)),
        ("sainz", ("max_verstappen",)),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # each penalty of a list keeps its own reason; a report about the verdict is no reason
        (
            "Singapore GP. Two reports were published by the stewards on the matter; the first announcing"
            " a reprimand for Pérez for a restart infringement, and the second a five-second penalty for"
            " Pérez.",
            {("reprimand", "a restart infringement"), ("time", None)},
        ),
    ],
)
def test_reasons_in_a_list_of_penalties(
    parse: Parse, text: str, expected: set[tuple[str, str | None]]
) -> None:
    a = parse(text, date="2022-10-02")
    assert {(f.penalty, f.reason) for f in facts_of(a, "penalty")} == expected


@pytest.mark.parametrize(
    "text, cause, driver",
    [
        (
            "GP van Miami. De safetycar kwam de baan op omdat Norris en Gasly op elkaar waren gebotst.",
            "gebotst",
            "norris",
        ),
        ("GP van Miami. Nadat Ocon van de baan schoot moest de safetycar de baan op.", "van de baan", "ocon"),
        (
            "Miami GP. Q1 was red-flagged after five minutes as Stroll's car suffered an engine failure.",
            "failure",
            "stroll",
        ),
        (
            "Miami GP. Leclerc lost control at turn seven, which prompted the race to be red-flagged.",
            "lost control",
            "leclerc",
        ),
        # who "they" were is told elsewhere: no cause
        ("GP van Miami. Zij schoven van de baan, waardoor de safetycar werd ingezet.", None, ""),
        # a moment while it came out is no cause
        ("Miami GP. The safety car came out as Hamilton pitted.", None, ""),
    ],
)
def test_the_cause_of_a_neutralisation(parse: Parse, text: str, cause: str | None, driver: str) -> None:
    found = [f for f in facts_of(parse(text, date="2022-05-08"), "safety_car")]
    assert len(found) == 1
    assert (cause is None and found[0].reason is None) or (
        cause is not None and cause in (found[0].reason or "")
    )
    assert found[0].driver == driver


@pytest.mark.parametrize(
    "text, expected",
    [
        # one dash between two clauses of a headline: each clause its own subject
        (
            "GP van Mexico. Ricciardo verrast iedereen en pakt pole in Mexico - Hamilton klokt op jacht naar"
            " de titel de derde tijd.",
            {"ricciardo"},
        ),
        # a pair of dashes holds an aside: the clause goes on around it
        ("GP van Mexico. Ricciardo - die niemand verwachtte - pakte pole in Mexico.", {"ricciardo"}),
    ],
)
def test_a_dash_in_a_headline(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2018-10-27")) == expected


def test_an_aside_between_dashes_keeps_its_clause(parse: Parse) -> None:
    a = parse(
        "Bahrain GP. Mazepin was - not surprisingly - the first retirement of the race.", date="2021-03-28"
    )
    assert {f.driver for f in facts_of(a, "retirement")} == {"mazepin"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a live blog's "is in third" is where he is now
        ("British GP live. Bottas is in third.", "running"),
        ("British GP live. Bottas is now in P3.", "running"),
        ("British GP. Bottas finished third.", "final"),
    ],
)
def test_where_he_is_now(parse: Parse, text: str, expected: str) -> None:
    assert {f.status for f in facts_of(parse(text, date="2021-07-18"), "finish")} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        # where he seemed headed is no result
        (
            "GP van Emilia-Romagna. Verstappen leek op een tweede plaats af te koersen, maar zijn band"
            " klapte.",
            set(),
        ),
        # a finish the next clause takes back after a penalty the sentence before told
        (
            "GP van Nederland. Sainz kreeg een tijdstraf. Hij finishte als vijfde, maar viel terug naar P8.",
            set(),
        ),
        # without a penalty told, the finish stands
        ("GP van Nederland. Sainz finishte als vijfde.", {("sainz", 5)}),
    ],
)
def test_a_place_that_did_not_stand(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2022-09-04")) == expected


def test_the_restart_is_when_not_why(parse: Parse) -> None:
    a = parse(
        "GP van Italië. Hamilton leek op weg naar de zege, maar een stop-and-go-straf na de herstart"
        " verstoorde zijn hele race.",
        date="2020-09-06",
    )
    assert [f.reason for f in facts_of(a, "penalty")] == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead told as it changed: the size it became
        ("GP van Japan. Hamilton breidde zijn voorsprong op Vettel in de WK-stand uit naar 67 punten.", 67),
        ("Japanese GP. Hamilton's 73-point lead over Bottas was trimmed to 64 after the race.", 64),
        # told as it stands
        ("Japanese GP. Hamilton's 73-point lead over Bottas is his biggest yet.", 73),
    ],
)
def test_a_lead_as_it_changed(parse: Parse, text: str, expected: int) -> None:
    found = {f.amount for f in facts_of(parse(text, date="2018-10-07"), "points_gap")}
    assert found == {expected}


def test_the_next_race_frames_no_result(parse: Parse) -> None:
    # "vervolgt het duel met de GP van Mexico": the next race; the results after it are this one's
    a = parse(
        "Verstappen wint de GP van de Verenigde Staten.\n\nBinnen veertien dagen vervolgt het duel met de GP"
        " van Mexico. Verstappen won de race, Hamilton werd tweede.",
        date="2021-10-24",
    )
    assert {f.grand_prix for f in facts_of(a, "finish")} == {"usa"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "GP van Azerbeidzjan. Verstappen kwam vervolgens in de vijftiende ronde voorbij aan Perez.",
            "lap:15",
        ),
        ("GP van Azerbeidzjan. Verstappen kwam voorbij aan Perez.", None),
    ],
)
def test_a_pass_with_its_lap_between(parse: Parse, text: str, expected: str | None) -> None:
    found = facts_of(parse(text, date="2022-06-12"), "overtake")
    assert [(f.driver, f.others, f.detail) for f in found] == [("max_verstappen", ("perez",), expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rival's total after "to" and his name
        (
            "70th Anniversary GP. Verstappen's win leaves him with 77 points to Hamilton's 107.",
            {("max_verstappen", 77), ("hamilton", 107)},
        ),
        # a figure of laps after the name is no total
        (
            "70th Anniversary GP. Verstappen has 77 points to Hamilton's 52 laps led.",
            {("max_verstappen", 77)},
        ),
    ],
)
def test_a_rivals_total(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    found = {(f.driver, f.amount) for f in facts_of(parse(text, date="2020-08-09"), "points")}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # places in brackets in a clause about the grid are starting places
        (
            "GP van Turkije. Verstappen (P2) en Hamilton (P11) namen ver van elkaar plaats op de startgrid.",
            {("grid", "max_verstappen", 2), ("grid", "hamilton", 11)},
        ),
        # "veertiende op de grid", whatever else the sentence names
        (
            "GP van Turkije. Hamilton was pas veertiende op de grid na pech in de kwalificatie.",
            {("grid", "hamilton", 14)},
        ),
        # the Dutch past tense last in a subordinate clause
        (
            "GP van Turkije. Ondanks dat Verstappen derde startte, won hij de race.",
            {("grid", "max_verstappen", 3)},
        ),
        # places in brackets in a clause about the race are finishing places
        (
            "GP van Turkije. Verstappen (P2) en Hamilton (P11) kwamen ver van elkaar over de streep.",
            {("finish", "max_verstappen", 2), ("finish", "hamilton", 11)},
        ),
    ],
)
def test_a_place_on_the_grid(parse: Parse, text: str, expected: set[tuple[str, str, int]]) -> None:
    a = parse(text, date="2021-10-10")
    found = {(f.kind, f.driver, f.position) for f in a.facts if f.kind in ("grid", "finish", "qualifying")}
    assert {x for x in found if x[2] != 1} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the podium completed, in the passive: the one after "door"/"by" was third
        ("GP van Bahrein. Het podium werd vandaag compleet gemaakt door Lewis Hamilton.", {("hamilton", 3)}),
        ("Bahrain GP. The podium was completed by Lewis Hamilton.", {("hamilton", 3)}),
        # in the present tense: a ranking's podium, or one to come
        ("GP van Bahrein. Het podium wordt gecompleteerd door Lewis Hamilton.", set()),
    ],
)
def test_the_podium_completed_by(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2022-03-20")) == expected


def pit_laps(a: ParsedArticle) -> set[tuple[str, int | None, str | None]]:
    return {(f.driver, f.amount, f.other_label) for f in facts_of(a, "lap") if f.detail == "pit_stop"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lap of his stop, and which stop when told
        (
            "GP van Spanje. Verstappen kwam in ronde 24 naar binnen voor nieuwe banden.",
            {("max_verstappen", 24, None)},
        ),
        (
            "GP van Spanje. Verstappen maakte in ronde 36 zijn tweede pitstop.",
            {("max_verstappen", 36, "stop:2")},
        ),
        ("Spanish GP. Hamilton pitted on lap 11 for mediums.", {("hamilton", 11, None)}),
        ("Spanish GP. Hamilton made his first stop on lap 30.", {("hamilton", 30, "stop:1")}),
        # another's stop, a penalty served, a stop planned, nobody named
        ("GP van Spanje. In ronde 18 kreeg Verstappen de leiding door een stop van Vettel.", set()),
        ("GP van Spanje. Hamilton kreeg in ronde 20 een drive-through penalty in de pitstraat.", set()),
        ("GP van Spanje. Verstappen moest in ronde 30 naar binnen, maar het team wachtte.", set()),
        ("GP van Spanje. In ronde 22 maakte de eerste coureur een stop voor slicks.", set()),
    ],
)
def test_the_lap_of_a_pit_stop(parse: Parse, text: str, expected: set[tuple[str, int, str | None]]) -> None:
    assert pit_laps(parse(text, date="2021-05-09")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the start compound: the Dutch infinitive after "mag", the hardest compound
        ("GP van Rusland. Verstappen mag zondag op mediums vertrekken.", {("max_verstappen", "medium")}),
        (
            "Russian GP. Verstappen was the only driver in the top 10 to start on the hardest tyre.",
            {("max_verstappen", "hard")},
        ),
        # a start he must make is a rule's, a start he wants a wish's
        ("GP van Rusland. Verstappen wil zondag op mediums vertrekken.", set()),
    ],
)
def test_the_start_compound(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(text, date="2020-09-26")
    assert {(f.driver, f.detail) for f in facts_of(a, "tyre") if f.other_label == "start"} == expected


def test_a_lead_taken_into_the_race(parse: Parse) -> None:
    # "begon de eerste van twee races ... met een voorsprong van twaalf punten": the gap before it
    a = parse(
        "GP van Stiermarken. Verstappen begon de eerste van twee races op de Red Bull Ring met een voorsprong"
        " van twaalf punten op Hamilton.",
        date="2021-06-27",
    )
    assert not facts_of(a, "points_gap")


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the British driver": the adjective of his nationality with a noun for a driver
        (
            "Hungarian GP. Lewis Hamilton won again. The British driver won by a margin of 17.123s over"
            " Vettel.",
            17123,
        ),
        # a British team's driver is no British driver named
        ("Hungarian GP. The British team's driver won by a margin of 17.123s over Vettel.", None),
    ],
)
def test_a_driver_by_his_nationality(parse: Parse, text: str, expected: int | None) -> None:
    found = {f.amount for f in facts_of(parse(text, date="2018-07-29"), "time_gap") if f.driver == "hamilton"}
    assert found == ({expected} if expected else set())


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead with the main race's result, the sprint told beside it: a race report
        (
            "Ricciardo wint op Monza\n\nNa een sterke sprintrace was er de volle buit in het hoofdnummer.\n\n"
            "In de sprintrace was Bottas de snelste.",
            "race",
        ),
        # a sprint's result and the main race's start: a sprint report
        (
            "Verstappen wint de sprint\n\nVerstappen heeft de sprint gewonnen en vertrekt zondag vanaf pole"
            " in de hoofdrace. Perez werd derde in de sprint.",
            "sprint",
        ),
    ],
)
def test_a_sprint_weekend_lead(parse: Parse, text: str, expected: str) -> None:
    # (the one the lead is about; a place told "in de sprintrace" is the sprint's either way)
    a = parse(text, date="2021-09-12")
    lead = "ricciardo" if "Ricciardo" in text else "max_verstappen"
    assert {f.session for f in facts_of(a, "finish", lead) if f.status == "final"} == {expected}


def test_a_race_compared_is_not_the_race_reported(parse: Parse) -> None:
    # written on the day of the Emilia Romagna GP, naming only Bahrain in a comparison: Imola's facts
    a = parse(
        "Verstappen wins again\n\nVerstappen shot off to an early lead over Hamilton. It was another close"
        " fight, much like the one we witnessed in Bahrain. Hamilton fought his way back to second.",
        date="2021-04-18",
    )
    assert {f.grand_prix for f in facts_of(a, "finish")} == {"emilia_romagna"}
