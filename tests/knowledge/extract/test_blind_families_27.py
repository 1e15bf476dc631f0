"""Phrase families of the session of 7 December 2026 (evening), from the wrong answers of two blind sets, in
examples written here, each with sentences that must still give the fact: a place lost with a moment between
("verloor in de slotronde de negende plek aan ..."), a win in sight ("zicht op de zege"), a place before the
change told right after ("die twaalfde werd en nu dertiende is"), a lap time told as his own best ("klokte
1.31,250 als snelste tijd"), a penalty's why told by a sentence that turns against it ("Toch ..., omdat ...")
or by whom it concerns ("voor de Haas-coureur, die ..."), and the limit of penalty points ("bij die twaalf
strafpunten"); later in the session: a fastest lap taken off the one named ("snoepte ... de snelste ronde
af"), the deed before "which led to" a penalty, the penalty's own clause as no why, the story of another year
going on ("Uiteindelijk ..."), a lead in seconds on the one named, and a place held with a word for it between
("lag op een veilige tweede plaats toen ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.model import ANSWERING
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
RACE_DAY = "2021-06-06"


def answering(a: ParsedArticle, kind: str = "finish") -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status in ANSWERING}


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Ricciardo verloor in de slotronde van de Grand Prix de negende plek aan Lando Norris.",
        "Daniel Ricciardo verliest in de allerlaatste ronde alsnog de negende positie aan Norris.",
        "Lewis Hamilton verloor door een trage pitstop van zijn team zijn tweede plaats aan Verstappen.",
        # a win in sight is no win, a podium in sight no podium
        "Sergio Pérez had lange tijd zicht op de overwinning, maar een lekke band gooide roet in het eten.",
        "Lando Norris had zicht op een podiumplaats tot de regen kwam.",
        "Sergio Pérez had the victory in his sights until a puncture ended his race.",
        "Lando Norris was within sight of a podium when the rain arrived.",
    ],
)
def test_no_final_place(parse: Parse, text: str) -> None:
    assert answering(parse(text, date=RACE_DAY)) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place told with the loss is not his; a place told plainly still is
        ("Daniel Ricciardo werd negende in Bakoe, na een lastige middag.", {("ricciardo", 9)}),
        # "zicht op de baan" is the view, not a prospect
        (
            "Door het opspattende water had Pérez nauwelijks zicht op de baan, maar hij werd toch vijfde.",
            {("perez", 5)},
        ),
        ("Pérez won the race with victory never in doubt.", {("perez", 1)}),
        # the place now, after a change told in the same sentence; "staat nu" may be a standing
        ("Kevin Magnussen werd twaalfde en is nu dertiende na zijn tijdstraf.", {("kevin_magnussen", 13)}),
        ("Kevin Magnussen finished 12th and is now 13th after the penalty.", {("kevin_magnussen", 13)}),
        ("Max Verstappen werd tweede en is nu derde in het kampioenschap.", {("max_verstappen", 2)}),
        ("Max Verstappen werd tweede en staat nu derde.", {("max_verstappen", 2)}),
    ],
)
def test_final_place(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert answering(parse(text, date=RACE_DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Magnussen kreeg een tijdstraf, al maakt dat voor de Haas-coureur, die twaalfde werd en nu dertiende"
        " is, weinig uit.",
        "Magnussen, who finished twelfth and is now thirteenth, was given a ten-second penalty.",
    ],
)
def test_the_place_before_the_change_is_not_served(parse: Parse, text: str) -> None:
    a = parse(text, date=RACE_DAY)
    assert ("kevin_magnussen", 12) not in answering(a)


def practice_places(a: ParsedArticle) -> set[tuple[str, int | None, str | None]]:
    return {(f.driver, f.position, f.detail) for f in facts_of(a, "practice")}


@pytest.mark.parametrize(
    "text",
    [
        # his own best time, told after the lap time without an article
        "Charles Leclerc zocht naar de juiste afstelling en klokte in de eerste training 1.31,250 als snelste"
        " tijd.",
        "In de tweede vrije training noteerde Leclerc 1:31.250 als snelste rondetijd, na een spin.",
    ],
)
def test_a_lap_time_as_his_own_best_is_no_place(parse: Parse, text: str) -> None:
    assert practice_places(parse(text, date="2021-06-04")) == set()


@pytest.mark.parametrize(
    "text, session",
    [
        ("Charles Leclerc klokte in de eerste training 1.31,250 en was daarmee de snelste.", "FP1"),
        ("Charles Leclerc was in de tweede vrije training de snelste met 1.31,250.", "FP2"),
        ("Charles Leclerc klokte in de eerste training de snelste tijd: 1.31,250.", "FP1"),
    ],
)
def test_the_fastest_of_a_session(parse: Parse, text: str, session: str) -> None:
    assert practice_places(parse(text, date="2021-06-04")) == {("leclerc", 1, session)}


def reasons(a: ParsedArticle) -> set[tuple[str, str | None, str | None]]:
    return {(f.driver, f.penalty, f.reason) for f in facts_of(a, "penalty")}


@pytest.mark.parametrize(
    "text",
    [
        # the sentence after turns against the one before: its "omdat" explains its own turn
        "Door een gridstraf begon Yuki Tsunoda als laatste. Toch ziet Tsunoda genoeg lichtpuntjes, mede omdat"
        " de nieuwe vloer goed werkte.",
        "Yuki Tsunoda started last after a grid penalty. Nevertheless he was upbeat, because the new floor"
        " worked well.",
        # "voor" whom it concerns is no why
        "Yuki Tsunoda kreeg een tijdstraf van vijf seconden, al maakt dat voor de AlphaTauri-coureur, die"
        " veertiende werd, weinig uit.",
    ],
)
def test_no_reason(parse: Parse, text: str) -> None:
    assert {r for _, _, r in reasons(parse(text, date=RACE_DAY))} == {None}


@pytest.mark.parametrize(
    "text, reason",
    [
        (
            "Yuki Tsunoda kreeg een gridstraf. Dat kwam omdat AlphaTauri een nieuwe motor in zijn auto"
            " zette.",
            "Dat kwam omdat AlphaTauri een nieuwe motor in zijn auto zette",
        ),
        (
            "Yuki Tsunoda kreeg een tijdstraf van vijf seconden voor het veroorzaken van een botsing.",
            "het veroorzaken van een botsing",
        ),
        (
            "Esteban Ocon got a five-second penalty for the team's unsafe release.",
            "the team's unsafe release",
        ),
        # the deed before "which led to" or "which earned him" is the why
        (
            "Esteban Ocon pushed Gasly off the track at turn four, which led to a five-second penalty for"
            " Ocon.",
            "Esteban Ocon pushed Gasly off the track at turn four",
        ),
        (
            "Esteban Ocon left the pits into the path of Gasly, which earned him a five-second penalty.",
            "Esteban Ocon left the pits into the path of Gasly",
        ),
    ],
)
def test_reason(parse: Parse, text: str, reason: str) -> None:
    assert reason in {r for _, _, r in reasons(parse(text, date=RACE_DAY))}


@pytest.mark.parametrize(
    "text",
    [
        "Bij die twaalf strafpunten wordt een coureur een race geschorst.",
        "Bij twaalf strafpunten volgt een schorsing van een race.",
        "At the twelve penalty points a driver is banned for one race.",
    ],
)
def test_the_limit_of_penalty_points_is_no_penalty(parse: Parse, text: str) -> None:
    a = parse("Yuki Tsunoda kreeg twee strafpunten voor het incident. " + text, date=RACE_DAY)
    assert {(f.driver, f.amount) for f in facts_of(a, "penalty") if f.penalty == "points"} == {("tsunoda", 2)}


def qualifying_places(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, "qualifying") if f.status in ANSWERING}


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a paragraph about Q2, "qualified ... in the end" is where he ended
        (
            "Ocon bleef in de garage toen de rest een laatste poging deed om Q2 te halen. Esteban Ocon kwam"
            " wel door en kwalificeerde zich uiteindelijk als zesde.",
            {("ocon", 6)},
        ),
        (
            "Ocon stayed in the garage as the others tried to make it into Q2. Esteban Ocon got through and"
            " eventually qualified sixth.",
            {("ocon", 6)},
        ),
        # a place set in Q2 itself is still no result
        (
            "Ocon bleef in de garage toen de rest een laatste poging deed om Q2 te halen. Esteban Ocon kwam"
            " wel door en zette de zesde tijd neer.",
            set(),
        ),
    ],
)
def test_qualified_in_the_end(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert qualifying_places(parse(text, date="2021-06-05")) == expected


def poles(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "grid") if f.position == 1 and f.status in ANSWERING}


@pytest.mark.parametrize(
    "text, expected",
    [
        # going out for pole is no pole, neither for the group nor for the one named before
        (
            "Lance Stroll viel af in Q2. Met acht minuten te gaan gingen de laatste tien coureurs op voor"
            " pole.",
            set(),
        ),
        (
            "Lance Stroll was out in Q2. With eight minutes left the last ten drivers went out for pole.",
            set(),
        ),
        ("Lewis Hamilton pakte pole voor de laatste race van het jaar.", {"hamilton"}),
        ("Lewis Hamilton took pole for the season finale.", {"hamilton"}),
    ],
)
def test_going_out_for_pole(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2021-12-11")) == expected


def retired(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "retirement") if f.status in ANSWERING}


@pytest.mark.parametrize(
    "text, expected",
    [
        # retirements of a season, told in the plural, are none of this race
        ("Grosjean wees op de vele technische uitvalbeurten en de eigen fouten van het team.", set()),
        ("Grosjean telde dit jaar al zes uitvalbeurten.", set()),
        ("Grosjean blamed the mechanical retirements for Haas's poor season.", set()),
        # the retirements of named cars are this race's
        ("Ocon profiteerde optimaal van de uitvalbeurten van de Red Bulls.", {"max_verstappen", "albon"}),
        ("Grosjean viel uit met een kapotte motor.", {"grosjean"}),
        # the one sent into retirement is the object
        ("Stroll tikte Grosjean in de eerste bocht en punted Grosjean into retirement.", {"grosjean"}),
        ("Stroll punted Romain Grosjean (Haas) into retirement at the first corner.", {"grosjean"}),
        ("Stroll forced Grosjean's Haas into an early retirement.", {"grosjean"}),
    ],
)
def test_whose_retirement(parse: Parse, text: str, expected: set[str]) -> None:
    assert retired(parse(text, date="2020-11-15")) == expected


def time_penalties(a: ParsedArticle) -> set[tuple[str, float | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "penalty") if f.penalty == "time"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # penalised with the size right after the verb, no penalty noun
        ("Lance Stroll was penalised five seconds.", {("stroll", 5)}),
        ("Lance Stroll finished ninth after being penalised 10 seconds.", {("stroll", 10)}),
        ("Lance Stroll werd bestraft met vijf seconden.", {("stroll", 5)}),
        # without a size or a reason there is nothing to tell
        ("Lance Stroll was penalised in Turkey as well.", set()),
        ("Lance Stroll was not penalised 10 seconds, the stewards decided.", set()),
    ],
)
def test_penalised_with_its_size(parse: Parse, text: str, expected: set[tuple[str, float]]) -> None:
    assert time_penalties(parse(text, date="2020-11-15")) == expected


def grid_penalties(a: ParsedArticle) -> set[tuple[str, str | None]]:
    return {(f.driver, f.reason) for f in facts_of(a, "penalty") if f.penalty == "grid"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # sent back on the grid, its size not told: a grid penalty, with its why
        (
            "Lando Norris was demoted to ninth on the starting grid after ignoring yellow flags.",
            {("norris", "ignoring yellow flags")},
        ),
        (
            "Lando Norris werd naar de negende startplek teruggezet omdat hij gele vlaggen negeerde.",
            {("norris", "hij gele vlaggen negeerde")},
        ),
        # moved up is no penalty
        ("Lando Norris was promoted to fourth on the grid after a penalty for Sainz.", set()),
    ],
)
def test_sent_back_on_the_grid(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    assert grid_penalties(parse(text, date="2021-06-19")) == expected


def fastest_laps(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "fastest_lap")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # taken off the one named before it, by the subject
        ("In de slotfase snoepte Hamilton de Fin nog de snelste ronde af.", {"hamilton"}),
        ("Op het eind pakte Hamilton Bottas ook de snelste raceronde af.", {"hamilton"}),
        # no verb of taking: the one named before the lap set it
        ("In de slotfase reed Hamilton met Bottas achter zich de snelste ronde.", {"hamilton"}),
        ("Valtteri Bottas zette in de slotfase de snelste ronde neer.", {"bottas"}),
    ],
)
def test_fastest_lap_taken_off(parse: Parse, text: str, expected: set[str]) -> None:
    assert fastest_laps(parse(text, date="2020-10-11")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the clause that tells the penalty itself, cut at its noun, is no why
        "Valtteri Bottas won the race after teammate Lewis Hamilton collected two time penalties.",
        "Valtteri Bottas won nadat Lewis Hamilton twee tijdstraffen incasseerde.",
    ],
)
def test_the_penalty_itself_is_no_reason(parse: Parse, text: str) -> None:
    assert {r for _, _, r in reasons(parse(text, date=RACE_DAY))} == {None}


@pytest.mark.parametrize(
    "text, season",
    [
        # the story of another year goes on in the sentence that opens with "in the end"
        (
            "In 2019 negeerde Lando Norris gele vlaggen in Mexico. Uiteindelijk moest hij vijf plaatsen"
            " achteruit.",
            2019,
        ),
        (
            "In 2019 Lando Norris ignored yellow flags in Mexico. Eventually he got a five-place grid"
            " penalty.",
            2019,
        ),
        # with no other year before, "in the end" is of the article's race
        ("Lando Norris negeerde gele vlaggen. Uiteindelijk moest hij vijf plaatsen achteruit.", 2021),
    ],
)
def test_another_year_goes_on(parse: Parse, text: str, season: int) -> None:
    a = parse(text, date="2021-11-20")
    assert {f.season for f in facts_of(a, "penalty")} == {season}


def gaps(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], float | None, str | None]]:
    return {(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "time_gap")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead in seconds on the one named right after, at the line
        (
            "Lando Norris won in Monza. He took the flag with a twelve-second lead on Oscar Piastri.",
            {("norris", ("piastri",), 12000, "ahead")},
        ),
        (
            "Lando Norris won in Monza. He crossed the line with a 12-second cushion over his teammate"
            " Piastri.",
            {("norris", ("piastri",), 12000, "ahead")},
        ),
        # a number in words with a hyphen is the whole number, not its last part
        (
            "Lando Norris won in Monza, finishing twenty-three seconds ahead of Piastri.",
            {("norris", ("piastri",), 23000, "ahead")},
        ),
        # a lead with no second driver named is no gap between two
        ("Lando Norris won in Monza with a twelve-second lead.", set()),
    ],
)
def test_a_lead_in_seconds(
    parse: Parse, text: str, expected: set[tuple[str, tuple[str, ...], int, str]]
) -> None:
    assert gaps(parse(text, date="2024-09-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place held when something happened, with a word for the place between: where he ran
        (
            "Valtteri Bottas lag op een veilige tweede plaats toen zijn band het begaf. Hij kwam als twaalfde"
            " over de streep.",
            {("bottas", 12)},
        ),
        (
            "Valtteri Bottas lag op een comfortabele derde plek toen het begon te regenen.",
            set(),
        ),
        # a word for the place in a finish is still his finish
        ("Valtteri Bottas eindigde op een knappe tweede plaats.", {("bottas", 2)}),
    ],
)
def test_a_place_held_with_a_word_between(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert answering(parse(text, date="2020-08-02")) == expected
