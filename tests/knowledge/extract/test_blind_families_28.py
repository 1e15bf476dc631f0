"""Phrase families of the blind set realdev149 (session of 7 December 2026, evening), in examples written
here, each with sentences that must still give the fact: a pole that seemed on its way with a lap time
between ("leek met 1.29.512 op weg naar pole"), what was "niet doorslaggevend voor pole", a penalty "voor
zijn manoeuvre" whose why the sentence before tells, and a time at the winter test (no session of the race
weekend)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def poles(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "grid") if f.position == 1}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pole that seemed on its way is not his, a lap time between or not
        (
            "Charles Leclerc leek met 1.29.512 op weg naar pole, maar Carlos Sainz dook er in de slotseconden"
            " nog onder.",
            set(),
        ),
        ("Charles Leclerc leek op weg naar pole tot Sainz nog sneller was.", set()),
        # what did not decide the pole: he did not have it
        ("Leclerc: foutje in laatste ronde niet doorslaggevend voor pole", set()),
        # a pole it cost him, the verb last
        ("Leclerc denkt niet dat zijn fout hem de pole kostte.", set()),
        # a pole taken is still his
        ("Carlos Sainz pakte met 1.29.400 pole in Monza.", {"sainz"}),
        ("Carlos Sainz reed met 1.29.400 naar pole.", {"sainz"}),
    ],
)
def test_a_pole_that_seemed(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2022-09-10")) == expected


def reasons(a: ParsedArticle) -> set[str | None]:
    return {f.reason for f in facts_of(a, "penalty")}


@pytest.mark.parametrize(
    "text, reason",
    [
        # "voor zijn manoeuvre", "for his move": the deed the sentence before told
        (
            "Norris haalde Pérez in naast de baan. Hij kreeg vijf seconden straf voor zijn manoeuvre.",
            "Norris haalde Pérez in naast de baan",
        ),
        (
            "Norris passed Pérez off the track. He got a five-second penalty for his move.",
            "Norris passed Pérez off the track",
        ),
        # a manoeuvre named in the clause is its own why
        (
            "Norris kreeg vijf seconden straf voor zijn manoeuvre naast de baan tegen Pérez.",
            "zijn manoeuvre naast de baan tegen Pérez",
        ),
    ],
)
def test_his_move_points_back(parse: Parse, text: str, reason: str) -> None:
    assert reason in reasons(parse(text, date="2022-07-03"))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time at the winter test is no place of the race weekend
        ("Yuki Tsunoda reed tijdens de wintertest in Bahrein de tweede tijd.", set()),
        ("Yuki Tsunoda was second fastest in pre-season testing in Bahrain.", set()),
        # a place in qualifying is
        ("Yuki Tsunoda reed in de kwalificatie in Bahrein de tweede tijd.", {("tsunoda", 2)}),
    ],
)
def test_the_winter_test_is_no_session(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(text, date="2021-03-27")
    assert {(f.driver, f.position) for f in facts_of(a, "qualifying")} == expected


def finishes(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # one leading another at the flag, with the third told beside them: the top two
        (
            "Lando Norris headed Oscar Piastri at the chequered flag with Charles Leclerc third.",
            {("norris", 1), ("piastri", 2), ("leclerc", 3)},
        ),
        # no top two told: a fight further back
        ("Lando Norris headed Oscar Piastri at the flag in their fight for fourth.", set()),
    ],
)
def test_headed_at_the_flag(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2024-09-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence fronted by whom it is for: the "he" after it is him
        (
            "Max Verstappen won in Sochi. For Norris, heartbreak. He finished seventh after staying out.",
            {("max_verstappen", 1), ("norris", 7)},
        ),
        (
            "Max Verstappen won in Sotsji. Voor Norris was het een domper. Hij werd zevende.",
            {("max_verstappen", 1), ("norris", 7)},
        ),
    ],
)
def test_the_one_a_sentence_is_for(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2021-09-26")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fight for pole lost to the one named: his pole
        ("Lando Norris lost out to Oscar Piastri in the battle for pole.", {"piastri"}),
        ("Lando Norris verloor zaterdag van Oscar Piastri in de strijd om pole.", {"piastri"}),
        # a fight for pole, no one said to have lost it
        ("Lando Norris and Oscar Piastri were in the battle for pole.", set()),
        ("Lando Norris lost time to Oscar Piastri in the battle for pole.", set()),
    ],
)
def test_the_fight_for_pole_lost_to(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2024-09-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place that seemed his, one he did not keep, one he meant to keep: no result
        (
            "Esteban Ocon leek zich voor de eerste bocht naar de vierde plek op te werken, totdat hij werd"
            " geraakt.",
            set(),
        ),
        ("Valtteri Bottas kon de eerste positie niet vasthouden tot de finish.", set()),
        ("Valtteri Bottas deed alles om zijn eerste positie vast te houden, maar het lukte niet.", set()),
        ("Lando Norris could not hold on to third place in the closing laps.", set()),
        # a place held to the end is his result
        ("Pierre Gasly hield de vierde plaats vast tot aan de finish.", {("gasly", 4)}),
        ("Lando Norris held on to third place to the flag.", {("norris", 3)}),
    ],
)
def test_a_place_not_kept(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2020-11-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # words of a quote are no stewards' why
        ("Sainz oneens met tijdstraf: 'Ik moest remmen voor een monteur'", {None}),
        ('Sainz disagrees with time penalty: "I had to brake for a mechanic"', {None}),
        # a why told outside the quote is
        (
            "Sainz kreeg een tijdstraf voor een onveilige vrijgave in de pitstraat.",
            {"een onveilige vrijgave in de pitstraat"},
        ),
    ],
)
def test_a_quote_is_no_reason(parse: Parse, text: str, expected: set[str | None]) -> None:
    assert reasons(parse(text, date="2022-09-04")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title right before the name: the race's winner
        ("Alonso werd naar de pits begeleid door racewinnaar Lewis Hamilton.", {("hamilton", 1)}),
        ("Alonso was escorted back by race winner Lewis Hamilton.", {("hamilton", 1)}),
        # a win of another race, or of some race: no win here
        ("De vorige winnaar Lewis Hamilton werd nu vijfde.", {("hamilton", 5)}),
        ("Lewis Hamilton is nu eindelijk een racewinnaar.", set()),
    ],
)
def test_the_winner_titled(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2018-11-25")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the win ahead of two named: they were second and third
        (
            "Sergio Pérez took a surprise victory, winning from Fernando Alonso and Lance Stroll.",
            {("perez", 1), ("alonso", 2), ("stroll", 3)},
        ),
        (
            "Sergio Pérez won voor Fernando Alonso en Lance Stroll.",
            {("perez", 1), ("alonso", 2), ("stroll", 3)},
        ),
        # a place of theirs told after them is another moment's
        ("Sergio Pérez won ahead of Alonso and Stroll, who started tenth.", {("perez", 1)}),
        # the podium's last spot: its taker right before it, or "with" him after it
        ("Lance Stroll grabbed the final podium spot.", {("stroll", 3)}),
        ("Aston Martin took the last place on the podium with Stroll.", {("stroll", 3)}),
        ("Lance Stroll pakte het laatste podiumplekje.", {("stroll", 3)}),
        # (not the one passed to take it)
        ("Alonso passed Stroll to take the final podium spot.", set()),
    ],
)
def test_second_and_third_told_by_the_win_and_the_last_spot(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finishes(parse(text, date="2023-03-05")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dashed aside's moment is not the place told outside it
        (
            "Lewis Hamilton - who was last after a clash with Räikkönen on the opening lap - produced a fine"
            " drive to finish second.",
            {("hamilton", 2)},
        ),
        (
            "Lewis Hamilton - die in de eerste ronde nog laatste lag - reed knap naar de tweede plaats.",
            {("hamilton", 2)},
        ),
        # a moment told outside the aside still is
        ("Lewis Hamilton - the seven-time champion - was second on the opening lap.", set()),
    ],
)
def test_a_dashed_aside_sets_no_moment(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2018-07-08")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fastest lap lost or struck off is no fastest lap of his
        ("Max Verstappen verloor het punt voor de snelste ronde omdat hij te wijd ging in bocht 14.", set()),
        ("FIA over schrappen snelste ronde Verstappen", set()),
        ("Max Verstappen had his fastest lap deleted for exceeding track limits.", set()),
        # one aimed at is not
        ("Verstappen and Bottas pitted late to chase the fastest lap bonus point.", set()),
        ("Verstappen ging in de slotfase op jacht naar de snelste ronde.", set()),
        # one set is his
        ("Max Verstappen reed in de slotfase de snelste ronde.", {"max_verstappen"}),
    ],
)
def test_a_fastest_lap_taken_away(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2021-05-02"), "fastest_lap")} == expected


def retirements(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "retirement") if f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the career's end after the race is no retirement from it
        ("Sebastian Vettel came home tenth in his last race before retirement.", set()),
        # the race's retirement is
        (
            "Sebastian Vettel was running tenth before his retirement on lap 30 with a gearbox failure.",
            {"vettel"},
        ),
    ],
)
def test_the_last_race_before_retirement(parse: Parse, text: str, expected: set[str]) -> None:
    assert retirements(parse(text, date="2022-11-20")) == expected


def test_a_sentence_that_only_judges_points_back_further(parse: Parse) -> None:
    a = parse(
        "De stewards oordeelden dat Alonso meermaals van richting veranderde. Dit acht de wedstrijdleiding in"
        " strijd met de regels. Alonso krijgt daarom een tijdstraf van vijf seconden.",
        date="2022-06-19",
    )
    assert reasons(a) == {"Alonso meermaals van richting veranderde"}


def test_how_many_reprimands(parse: Parse) -> None:
    a = parse("Sergio Pérez kreeg twee reprimandes: een voor het ophouden van Gasly.", date="2020-10-25")
    assert {f.detail for f in facts_of(a, "penalty")} == {"times:2"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a chance to take pole is no pole
        (
            "Max Verstappen had een goede kans om voor het eerst pole position te veroveren, maar faalde.",
            set(),
        ),
        ("Max Verstappen had a good chance to take his first pole position but spun.", set()),
        ("Max Verstappen veroverde voor het eerst pole position.", {"max_verstappen"}),
    ],
)
def test_a_chance_of_pole(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(text, date="2018-07-28")) == expected


def collisions(a: ParsedArticle) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.driver, f.others) for f in facts_of(a, "collision")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a penalty given for colliding: the one punished collided, not the one who spoke of it
        (
            "Lewis Hamilton criticised the decision to give Vettel a five-second penalty for colliding with"
            " Bottas.",
            {("vettel", ("bottas",)), ("bottas", ("vettel",))},
        ),
        (
            "Hamilton criticised the stewards for handing Vettel a penalty for the collision with Bottas.",
            {("vettel", ("bottas",)), ("bottas", ("vettel",))},
        ),
        # the subject who collided still did
        (
            "Vettel collided with Bottas at the first corner.",
            {("vettel", ("bottas",)), ("bottas", ("vettel",))},
        ),
    ],
)
def test_the_one_punished_for_colliding(
    parse: Parse, text: str, expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert collisions(parse(text, date="2018-06-24")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "both" opening a pair is that pair, not every name of the sentence
        ("Both Kvyat and Norris retired early, while Sainz came home 14th.", {"kvyat", "norris"}),
        ("Zowel Kvyat als Norris viel uit, terwijl Sainz veertiende werd.", {"kvyat", "norris"}),
        # "both" after a pair named before it is that pair
        ("Kvyat and Norris collided at turn six. Both retired.", {"kvyat", "norris"}),
    ],
)
def test_both_of_a_pair(parse: Parse, text: str, expected: set[str]) -> None:
    assert retirements(parse(text, date="2019-04-14")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a start place told before became: a start place too
        (
            "Lewis Hamilton leek een tweede startplek te hebben, maar dat werd door een straf een vijfde"
            " plek.",
            {("grid", 5)},
        ),
        # what a race became is its result
        ("Lewis Hamilton leek op weg naar de zege, maar het werd een vijfde plek.", {("finish", 5)}),
    ],
)
def test_what_a_start_place_became(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(text, date="2020-07-05")
    assert {(f.kind, f.position) for f in a.facts if f.status == "final" and f.position == 5} == expected
