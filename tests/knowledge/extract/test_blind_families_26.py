"""Phrase families of the session of 7 December 2026 (day), in examples written here, each with sentences that
must not give the fact: a relative clause without its comma ("ahead of Leclerc whose team mate Sainz was
third"), a gap after the comma that ends the clause ("won ahead of Hamilton, 4.1 seconds behind"), a margin
told of its possessor ("Zijn voorsprong op Verstappen bedroeg aan de finish 0,8 seconden")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
RACE_DAY = "2022-10-02"


def gaps(a: ParsedArticle) -> set[tuple[str, str, float | None]]:
    return {(f.driver, f.others[0], f.amount) for f in facts_of(a, "time_gap") if f.others}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause right after a name, comma or not, is no part of the main clause
        (
            "Lando Norris won the race. Norris, whose win was his first, finished 3.210 seconds ahead of"
            " Oscar Piastri whose team mate was delighted.",
            {("norris", "piastri", 3210.0)},
        ),
        (
            "George Russell won the race. Russell finished 2.5 seconds ahead of Carlos Sainz whose team mate"
            " Charles Leclerc was third.",
            {("russell", "sainz", 2500.0)},
        ),
        # the gap after the comma that ends the clause
        (
            "Fernando Alonso won the Spanish Grand Prix ahead of his team mate Esteban Ocon, 6.3 seconds"
            " behind.",
            {("alonso", "ocon", 6300.0)},
        ),
        (
            "Alexander Albon won the race in his Williams ahead of Logan Sargeant, just 1.2 seconds back.",
            {("albon", "sargeant", 1200.0)},
        ),
        # a margin told of its possessor, at the finish
        (
            "Lewis Hamilton won de race. Zijn voorsprong op Max Verstappen bedroeg aan de finish 0,8"
            " seconden.",
            {("hamilton", "max_verstappen", 800.0)},
        ),
    ],
)
def test_gap_told(parse: Parse, text: str, expected: set[tuple[str, str, float]]) -> None:
    assert gaps(parse(text, date=RACE_DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # behind by a number that is no time
        "Fernando Alonso won the race ahead of Esteban Ocon, 6 places behind at the start.",
        # a margin at a moment of the race, not the finish
        "Lewis Hamilton won de race. Zijn voorsprong op Max Verstappen bedroeg na de pitstops 5,2 seconden.",
        # a lead in the championship, in points
        "Lewis Hamilton won de race. Zijn voorsprong op Max Verstappen is nu 20 punten.",
    ],
)
def test_no_gap(parse: Parse, text: str) -> None:
    assert gaps(parse(text, date=RACE_DAY)) == set()


def test_the_relative_clause_keeps_its_own_place(parse: Parse) -> None:
    a = parse(
        "George Russell won the race. Russell finished 2.5 seconds ahead of Carlos Sainz whose team mate"
        " Charles Leclerc was third.",
        date=RACE_DAY,
    )
    assert ("leclerc", 3) in {(f.driver, f.position) for f in facts_of(a, "finish")}


def quotes_of(a: ParsedArticle) -> set[tuple[str, str]]:
    return {(f.driver, f.reason or "") for f in facts_of(a, "quote")}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # more verbs a report tells who spoke with
        ('Lando Norris won de race. "Ik kan het niet geloven", jubelde Norris.', "norris"),
        ('Lando Norris won de race. "Dit is een droom", glunderde de Brit na afloop.', "norris"),
        ('"Dat was echt gevaarlijk", liet Esteban Ocon zich ontvallen na de race.', "ocon"),
        ('"What a day for the team," enthused Oscar Piastri.', "piastri"),
        ('"We were simply not quick enough," Fernando Alonso sighed.', "alonso"),
        ('"That is not how we race," replied Lewis Hamilton.', "hamilton"),
    ],
)
def test_a_verb_of_saying_tells_the_speaker(parse: Parse, text: str, speaker: str) -> None:
    assert speaker in {d for d, _ in quotes_of(parse(text, date=RACE_DAY))}


@pytest.mark.parametrize(
    "text",
    [
        # a word that is no verb of saying after the quote: no speaker
        'Lando Norris won de race. "Ik kan het niet geloven" stond op een spandoek bij Norris.',
        '"What a day for the team" was the headline above a picture of Oscar Piastri.',
    ],
)
def test_no_speaker(parse: Parse, text: str) -> None:
    assert not quotes_of(parse(text, date=RACE_DAY))


def backs(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "grid") if f.position == -1 and f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # sent to the very back, for a part or a penalty, no start verb needed
        ("Yuki Tsunoda gaat zelfs helemaal naar achteren, omdat hij een nieuwe motor krijgt.", {"tsunoda"}),
        ("Zoals verwacht gaat Nyck de Vries naar de achterkant van de startgrid.", {"de_vries"}),
        ("Logan Sargeant was sent to the back of the grid for a new gearbox.", {"sargeant"}),
        # ... and the company he has there
        (
            "Achteraan de grid krijgt Tsunoda gezelschap van Kevin Magnussen en Zhou Guanyu door hun nieuwe"
            " motoren.",
            {"tsunoda", "kevin_magnussen", "zhou"},
        ),
    ],
)
def test_sent_to_the_back(parse: Parse, text: str, expected: set[str]) -> None:
    assert backs(parse(text, date="2023-09-01")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # where he fell to in the race, not where he started
        "Lewis Hamilton recovered from the back of the field to finish fourth.",
        "Hamilton viel na zijn spin helemaal naar achteren, maar werd nog vijfde.",
        # some places back, not the back
        "Sainz moest vijf plaatsen naar achteren op de grid.",
        # no part or penalty, no grid: the back of a group
        "Norris ging naar de achterkant van de groep achtervolgers.",
    ],
)
def test_not_sent_to_the_back(parse: Parse, text: str) -> None:
    assert backs(parse(text, date="2023-09-03")) == set()


def passes(a: ParsedArticle) -> set[tuple[str, str, str | None]]:
    return {(f.driver, f.others[0], f.detail) for f in facts_of(a, "overtake") if f.others}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an overtake that worked: "wist ... in te halen", "slaagde erin om ... te passeren"
        (
            "In de tiende ronde wist Lando Norris Oscar Piastri in te halen.",
            {("norris", "piastri", "lap:10")},
        ),
        ("Alexander Albon wist in ronde 12 Logan Sargeant te passeren.", {("albon", "sargeant", "lap:12")}),
        (
            "Esteban Ocon slaagde er pas in de slotfase in om Pierre Gasly te passeren.",
            {("ocon", "gasly", None)},
        ),
        ("Direct wist Russell de Mercedes van Hamilton in te halen.", {("russell", "hamilton", None)}),
        # "made the pass on"
        (
            "Fernando Alonso made the decisive pass on Lance Stroll on lap 33.",
            {("alonso", "stroll", "lap:33")},
        ),
    ],
)
def test_overtake_told(parse: Parse, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert passes(parse(text, date=RACE_DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an attempt, a failure, a hope: no overtake
        "Lando Norris probeerde Oscar Piastri in te halen.",
        "Lando Norris wist Oscar Piastri niet in te halen.",
        "Lando Norris hoopt Oscar Piastri in de laatste ronden in te halen.",
        "Fernando Alonso tried to make the pass on Lance Stroll.",
        # a fronted "die ...": who passed whom is not told by the word order
        "Norris kwam in gevecht met Piastri. Ook die McLaren-coureur wist de Brit in te halen.",
    ],
)
def test_no_overtake(parse: Parse, text: str) -> None:
    assert passes(parse(text, date=RACE_DAY)) == set()


def penalties_of(a: ParsedArticle) -> set[tuple[str, str | None, float | None, str | None]]:
    return {(f.driver, f.penalty, f.amount, f.reason) for f in facts_of(a, "penalty")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a drop of places handed out is the grid's
        (
            "Zhou Guanyu was handed a three-place drop.",
            {("zhou", "grid", 3.0, None)},
        ),
        (
            "Nico Hülkenberg takes a five-place drop for a new gearbox.",
            {("hulkenberg", "grid", 5.0, "a new gearbox")},
        ),
        # the reason in brackets after the penalty's size
        (
            "Lance Stroll werd tiende door twee tijdstraffen van vijf seconden (baanlimieten in bocht vier).",
            {("stroll", "time", 5.0, "baanlimieten in bocht vier")},
        ),
        # "moest dat bekopen", "paid for it": the deed before it
        (
            "Kevin Magnussen duwde Alexander Albon van de baan en moest dat bekopen met een straf van tien"
            " seconden.",
            {("kevin_magnussen", "time", 10.0, "Kevin Magnussen duwde Alexander Albon van de baan")},
        ),
        (
            "Een slechte middag was het voor Logan Sargeant, die Nico Hülkenberg raakte en dat moest bekopen"
            " met een straf van vijf seconden.",
            {("sargeant", "time", 5.0, "Nico Hülkenberg raakte")},
        ),
        (
            "Kevin Magnussen pushed Alexander Albon off the track and paid for it with a ten-second penalty.",
            {("kevin_magnussen", "time", 10.0, "Kevin Magnussen pushed Alexander Albon off the track")},
        ),
    ],
)
def test_penalty_told(parse: Parse, text: str, expected: set[tuple[str, str, float, str | None]]) -> None:
    assert penalties_of(parse(text, date="2023-09-03")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # places lost in the race are no penalty
        "Lewis Hamilton suffered a three-place drop after his spin on lap 12.",
        "Lewis Hamilton moest na zijn spin drie plaatsen prijsgeven.",
    ],
)
def test_no_penalty(parse: Parse, text: str) -> None:
    assert penalties_of(parse(text, date="2023-09-03")) == set()


def totals(a: ParsedArticle) -> set[tuple[str, float | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "points")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # another's total after "while"/"terwijl", its unit left out
        (
            "Oscar Piastri won. Norris now has 205 points, while Piastri has 221.",
            {("norris", 205.0), ("piastri", 221.0)},
        ),
        (
            "Oscar Piastri won. Norris heeft 205 punten, terwijl Piastri er 221 heeft.",
            {("norris", 205.0), ("piastri", 221.0)},
        ),
        # the total opens the clause, its owner is the subject after the verb
        ("Met 64 punten bezet Alonso de vijfde plek in de WK-stand.", {("alonso", 64.0)}),
    ],
)
def test_points_total(parse: Parse, text: str, expected: set[tuple[str, float]]) -> None:
    assert totals(parse(text, date="2023-09-04")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # laps, not points
        "Oscar Piastri won, while Norris had 12 laps of pain.",
        # a weekend's haul is no total after "while"
        "Norris scored 18 points, while Piastri had 25.",
        # a lead fronted, not a total
        "Met 20 punten voorsprong bezet Verstappen de eerste plek.",
    ],
)
def test_no_points_total(parse: Parse, text: str) -> None:
    assert not {d for d, _ in totals(parse(text, date="2023-09-04"))} - {"norris"}


def collisions(a: ParsedArticle) -> set[tuple[str, str]]:
    return {(f.driver, o) for f in facts_of(a, "collision") for o in f.others}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "colliding", "an incident between", "banged wheels"
        (
            "It was a bad day for Alpine, with Pierre Gasly and Esteban Ocon colliding on the opening lap.",
            {("gasly", "ocon"), ("ocon", "gasly")},
        ),
        (
            "Further back, an incident between Yuki Tsunoda and Logan Sargeant brought out a virtual safety"
            " car.",
            {("tsunoda", "sargeant"), ("sargeant", "tsunoda")},
        ),
        (
            "Alexander Albon and Lance Stroll banged wheels at the hairpin.",
            {("albon", "stroll"), ("stroll", "albon")},
        ),
    ],
)
def test_collision_told(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    assert collisions(parse(text, date=RACE_DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Max Verstappen had an incident with his gearbox on lap 12.",
        "Lando Norris avoided colliding with the barrier.",
    ],
)
def test_no_collision(parse: Parse, text: str) -> None:
    assert collisions(parse(text, date=RACE_DAY)) == set()


def wins(a: ParsedArticle) -> set[tuple[str, str | None, str]]:
    return {(f.driver, f.grand_prix, f.status) for f in facts_of(a, "finish") if f.position == 1}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the race named right before "where"/"waar" is the relative clause's
        (
            "Formula 1 heads to Monaco after a chaotic weekend in Spain, where Lando Norris took the win.",
            {("norris", "spain", "final")},
        ),
        (
            "De Formule 1 gaat naar Monaco na een chaotisch weekend in Spanje, waar Lando Norris de zege"
            " pakte.",
            {("norris", "spain", "final")},
        ),
        # an aside "since <year>" ends where the weekend after it is told
        (
            "Formula 1 returns to Monaco for the first Monaco Grand Prix since 2019 after a chaotic weekend"
            " in Spain, where Lando Norris took the win.",
            {("norris", "spain", "final")},
        ),
        # a win lost is no win
        ("Oscar Piastri lost an almost certain win after a badly timed safety car.", set()),
    ],
)
def test_race_of_a_win(parse: Parse, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {w for w in wins(parse(text, date="2024-05-24")) if w[2] == "final"}
    assert got == expected


def test_a_start_with_its_modal_last(parse: Parse) -> None:
    # "terwijl X de sprint als eerste mocht aanvangen": the start of the sprint, no result
    a = parse(
        "Terwijl Lando Norris de sprintrace als eerste mocht aanvangen, moest Piastri van achteraan komen.",
        date="2024-04-20",
    )
    assert {(f.kind, f.driver, f.position) for f in a.facts if f.driver == "norris"} == {
        ("grid", "norris", 1)
    }


def test_a_first_pit_stop_leaves_the_other_places(parse: Parse) -> None:
    # "his first pit stop" is no first place; the place told beside it stands
    a = parse(
        "Lando Norris won. Oscar Piastri had to settle for fourth after a safety car came out just after his"
        " first pit stop.",
        date="2024-05-05",
    )
    assert ("piastri", 4, "final") in {(f.driver, f.position, f.status) for f in facts_of(a, "finish")}
    b = parse("Oscar Piastri was the first driver to pit.", date="2024-05-05")
    assert not [f for f in facts_of(b, "finish") if f.status == "final"]


def test_a_pole_title_is_not_the_subjects(parse: Parse) -> None:
    # "pole-position man and early leader Piastri": a title of the one named after it, not of the subject
    a = parse(
        "Lando Norris took third, while pole-position man and early race leader Oscar Piastri finished"
        " fifth.",
        date="2024-05-05",
    )
    assert not [f for f in facts_of(a, "grid") if f.driver == "norris"]


def poles(a: ParsedArticle) -> set[tuple[str, str]]:
    return {(f.driver, f.status) for f in facts_of(a, "grid") if f.position == 1}


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a lap would have been is no pole
        (
            "Lando Norris pakte de pole. Die ronde van Piastri was snel genoeg geweest voor pole, maar werd"
            " geschrapt.",
            {("norris", "final"), ("piastri", "hypothetical")},
        ),
        (
            "Lando Norris took pole. Piastri's lap would have been good enough for pole.",
            {("norris", "final")},
        ),
        # enough for someone's pole, whose the clause does not name
        (
            "Lando Norris pakte de pole. Omdat Piastri zijn tijd kwijtraakte, bleek het verschil genoeg voor"
            " pole position.",
            {("norris", "final")},
        ),
    ],
)
def test_pole_told(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    got = poles(parse(text, date="2024-05-04"))
    assert {p for p in got if p[1] == "final"} == {p for p in expected if p[1] == "final"}
    assert ("piastri", "final") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Lando Norris reageerde opgetogen nadat hij in de kwalificatie de beste tijd had gereden.",
        "Lando Norris reed in de kwalificatie de beste tijd.",
    ],
)
def test_best_time_in_qualifying(parse: Parse, text: str) -> None:
    a = parse(text, date="2024-05-04")
    assert {(f.driver, f.position) for f in facts_of(a, "qualifying")} == {("norris", 1)}


def test_his_best_time_in_the_race_is_no_qualifying(parse: Parse) -> None:
    a = parse("Lando Norris reed in de race zijn beste tijd in ronde 40.", date="2024-05-05")
    assert not facts_of(a, "qualifying")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a team's penalties, without a verb of receiving: not the subject's (its drivers', named as a pair)
        (
            "Oscar Piastri kwam als twaalfde over de streep, maar door tijdstraffen voor de Haas-coureurs"
            " schoof hij op.",
            {"hulkenberg", "kevin_magnussen"},
        ),
        (
            "Oscar Piastri kwam als twaalfde over de streep, maar door tijdstraffen voor de Alpines schoof"
            " hij op naar de tiende plaats.",
            {"gasly", "ocon"},
        ),
        # received, "voor" tells why
        ("Esteban Ocon kreeg een tijdstraf voor Alpine's fout bij de pitstop.", {"ocon"}),
    ],
)
def test_whose_penalty(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2024-05-05"), "penalty")} == expected


def test_the_one_not_got_around_is_an_object(parse: Parse) -> None:
    # "was unable to get around Norris's McLaren and took fifth": the fifth is the subject's
    a = parse(
        "Pierre Gasly was unable to get around Norris's McLaren and took home fifth place.", date="2024-05-05"
    )
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == {("gasly", 5)}


@pytest.mark.parametrize(
    "text",
    [
        # a win let slip is no win
        "Dat is volgens Oscar Piastri begrijpelijk na het uit handen geven van je eerste zege.",
        "Piastri gaf de zege in de slotronden uit handen.",
        # the first of a count of penalty points is no first place
        "The stewards also gave Oscar Piastri two penalty points, his first in the current 12 month period.",
        "De stewards gaven Piastri twee strafpunten, zijn eerste in de huidige periode van twaalf maanden.",
    ],
)
def test_no_win(parse: Parse, text: str) -> None:
    a = parse(text, date="2024-09-02")
    assert not [f for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"]


@pytest.mark.parametrize(
    "text",
    [
        # what a change would cost, or would have cost: no penalty given
        "Een eventuele wissel van de versnellingsbak zou Oscar Piastri een gridstraf kosten van vijf"
        " plekken.",
        "Als de versnellingsbak vervangen had moeten worden, had Piastri voor straf vijf plaatsen naar"
        " achteren gemoeten.",
        "If the gearbox had been changed, Piastri would have received a five-place grid penalty.",
    ],
)
def test_no_penalty_that_would_be(parse: Parse, text: str) -> None:
    assert not facts_of(parse(text, date="2024-05-25"), "penalty")


def test_a_penalty_as_punishment_stands(parse: Parse) -> None:
    # "Als straf ...": as a punishment, given
    assert {
        f.driver
        for f in facts_of(parse("Als straf kreeg Oscar Piastri vijf seconden.", date="2024-05-26"), "penalty")
    } == {"piastri"}
