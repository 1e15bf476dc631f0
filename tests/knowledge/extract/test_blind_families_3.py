"""Families found on the blind real sets 36 and 37 and on the ones before them (a wrong or neighbouring answer
each), in examples written here: a "he" after another driver's mishap is undecided; a kind of penalty
denied beside the one given ("a reprimand instead of a grid penalty") is not his; places counted, moved up to,
his best before and the editions before are no result of this race; a penalty alleged is none; a pole
snatched ("snoepte Norris de pole af") is the taker's; a gap between two with its verb before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def final(a: ParsedArticle, kind: str) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind) if f.status == "final"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris was third, Piastri fourth, but with Piastri's grid penalty he will line up ninth.",
        "Norris werd derde en Piastri vierde, maar door Piastri's gridstraf start hij als negende.",
        "Norris werd derde en Piastri vierde, maar door Piastris gridstraf start hij als negende.",
    ],
)
def test_he_after_anothers_mishap_is_undecided(parse: Parse, sentence: str) -> None:
    # the mishap's owner or the sentence's subject: the words do not say which
    assert not {p for _, p in final(parse(sentence, date="2024-11-30"), "grid")} & {9}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris was third, but with his grid penalty he will line up ninth.",
        "Norris werd derde, maar door zijn gridstraf moet hij vanaf de negende plaats starten.",
        "Piastri's grid penalty was announced on Friday. Norris qualified third and he will start ninth.",
    ],
)
def test_he_without_anothers_mishap_is_the_subject(parse: Parse, sentence: str) -> None:
    assert ("norris", 9) in final(parse(sentence, date="2024-11-30"), "grid")


def penalty_kinds(a: ParsedArticle) -> set[str | None]:
    return {f.penalty for f in facts_of(a, "penalty") if f.status == "final"}


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        # a kind denied beside the one given is not his
        ("Ocon got a reprimand instead of a grid penalty.", {"reprimand"}),
        ("Ocon kreeg een reprimande in plaats van een gridstraf.", {"reprimand"}),
        ("Ocon kreeg niet een gridstraf maar een reprimande.", {"reprimand"}),
        ("Ocon was given a time penalty, not a reprimand.", {"time"}),
        ("Ocon escaped with a reprimand rather than a penalty.", {"reprimand"}),
        # the kind given
        ("Ocon got a reprimand.", {"reprimand"}),
        ("Ocon kreeg een gridstraf.", {"grid"}),
    ],
)
def test_a_kind_of_penalty_denied_is_not_given(parse: Parse, sentence: str, kinds: set[str]) -> None:
    assert penalty_kinds(parse(sentence, date="2024-11-30")) == kinds


def test_a_penalty_escaped_is_none(parse: Parse) -> None:
    assert not penalty_kinds(parse("Ocon escaped a penalty.", date="2024-11-30"))


@pytest.mark.parametrize(
    "sentence",
    [
        # places counted over several races, with "een" before the place
        "Voor Norris bleef het bij twee keer een tweede plek en driemaal een vierde plaats.",
        "Norris took a second place twice and a fourth place three times.",
        # moved up to a place, on the way
        "Norris was inmiddels naar de vijfde plaats opgerukt toen de regen viel.",
        "Norris rukte in tien ronden op naar de vijfde plaats.",
        # his best before
        "In Qatar was Norris nog nooit verder gekomen dan de vijfde positie.",
        "Norris had never finished higher than fifth in Qatar.",
    ],
)
def test_no_final_place_of_this_race(parse: Parse, sentence: str) -> None:
    assert not final(parse(sentence, date="2024-12-01"), "finish")


@pytest.mark.parametrize(
    "sentence",
    [
        # the editions before, his wins too
        "De GP van Qatar won Verstappen de laatste twee keer.",
        "Verstappen won in Qatar the last two times.",
        "Zes van de laatste zeven edities werden gewonnen door Verstappen.",
    ],
)
def test_wins_of_the_editions_before_are_no_win(parse: Parse, sentence: str) -> None:
    assert not final(parse(sentence, date="2024-12-01"), "finish")


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Norris werd vijfde in Qatar.", 5),
        ("Norris finished fifth in Qatar, his second fifth place in a row.", 5),
        ("Verstappen won in Qatar voor de derde keer.", 1),
    ],
)
def test_a_place_of_this_race_stands(parse: Parse, sentence: str, place: int) -> None:
    assert {p for _, p in final(parse(sentence, date="2024-12-01"), "finish")} == {place}


@pytest.mark.parametrize(
    "sentence",
    [
        # alleged, not given
        "Volgens berichten op sociale media zou Norris een tijdstraf van vijf seconden hebben gekregen.",
        "Norris reportedly got a five-second time penalty.",
    ],
)
def test_a_penalty_alleged_is_none(parse: Parse, sentence: str) -> None:
    assert not penalty_kinds(parse(sentence, date="2024-12-01"))


@pytest.mark.parametrize(
    "sentence, size",
    [
        ("Norris zou later een tijdstraf van vijf seconden krijgen.", 5),  # what came
        ("The stewards handed a 10s time penalty to McLaren's Norris for speeding.", 10),
        ("The stewards handed a five-second penalty to Norris.", 5),
    ],
)
def test_a_penalty_given_is_his(parse: Parse, sentence: str, size: int) -> None:
    a = parse(sentence, date="2024-12-01")
    assert {(f.driver, f.amount) for f in facts_of(a, "penalty") if f.status == "final"} == {("norris", size)}


def poles(a: ParsedArticle) -> set[str]:
    return {f.driver for f in facts_of(a, "grid") if f.position == 1 and f.status == "final"}


@pytest.mark.parametrize(
    "sentence, holders",
    [
        # the one named right before "de pole" lost it to the one named before him
        ("Russell snoepte Norris de pole af.", {"russell"}),
        ("Russell slaagde erin om Norris en Piastri de pole af te snoepen.", {"russell"}),
        ("Norris baalde dat zijn teamgenoot hem de pole afsnoepte.", set()),
        ("Om Norris de pole af te pakken, moest Russell alles geven.", set()),
        # a pole taken
        ("Russell pakte de pole af van Norris.", {"russell"}),
        ("Russell pakte de pole.", {"russell"}),
    ],
)
def test_a_pole_snatched_is_the_takers(parse: Parse, sentence: str, holders: set[str]) -> None:
    assert poles(parse(sentence, date="2024-11-30")) == holders


@pytest.mark.parametrize(
    "sentence, amount",
    [
        # the verb before the gap, the points after the pair
        ("Daardoor is het verschil tussen Norris en Piastri nog steeds drie punten.", 3),
        ("Na Qatar is het verschil in het kampioenschap tussen Norris en Piastri slechts twee punten.", 2),
        ("Het verschil tussen Norris en Piastri bedraagt vier punten.", 4),
    ],
)
def test_a_gap_between_two(parse: Parse, sentence: str, amount: int) -> None:
    a = parse(sentence, date="2024-12-01")
    assert {(f.driver, f.others, f.amount) for f in facts_of(a, "points_gap")} == {
        ("norris", ("piastri",), amount)
    }


def test_no_gap_without_its_verb(parse: Parse) -> None:
    a = parse("Het verschil tussen Norris en Piastri was in Qatar drie tienden.", date="2024-12-01")
    assert not facts_of(a, "points_gap")


@pytest.mark.parametrize(
    "sentence",
    [
        # the race put on his name
        "Norris heeft de Grand Prix van Qatar op zijn naam geschreven.",
        "Het was Norris die in Qatar de Grand Prix op zijn naam schreef.",
        # a win kept
        "Norris hield zijn hoofd koel om de zege in Qatar veilig te stellen.",
    ],
)
def test_a_win_told(parse: Parse, sentence: str) -> None:
    assert ("norris", 1) in final(parse(sentence, date="2024-12-01"), "finish")


@pytest.mark.parametrize(
    "sentence",
    [
        # a pole, a sprint, a title put on his name: no race win
        "Norris heeft de pole position in Qatar op zijn naam geschreven.",
        "Norris had de sprint in Qatar op zijn naam geschreven.",
        # fighting for the win, whoever fought
        "Na de straf voor Norris streden plots de coureurs van de kleinere teams om de zege.",
        # the first to pit
        "De eerste van de toppers die binnenkwam was Norris in ronde tien.",
        # passes on the way: places for a while
        "Norris knalde langs Piastri naar P1.",
        "Norris wist even later ook Piastri voorbij te gaan naar P1.",
    ],
)
def test_no_race_win(parse: Parse, sentence: str) -> None:
    # (the sprint on his name is the sprint's win, of its own session: test_blind_families_6)
    a = parse(sentence, date="2024-12-01")
    race = {
        (f.driver, f.position) for f in facts_of(a, "finish") if f.session == "race" and f.status == "final"
    }
    assert ("norris", 1) not in race


def test_a_gap_in_a_lap_is_no_near_miss(parse: Parse) -> None:
    a = parse(
        "Qatar qualifying. Ocon ended up P11 after his last Q2 lap fell almost two-tenths short of"
        " beating Gasly.",
        date="2024-11-30",
    )
    assert ("ocon", 11) in final(a, "qualifying")


def retirements(a: ParsedArticle) -> set[tuple[str, str | None]]:
    return {(f.driver, f.reason) for f in facts_of(a, "retirement") if f.status == "final"}


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # the cause without its article, before the Dutch verb at the end, cut after its technical word
        ("Ferrari leidde tot Norris in ronde 28 met mechanische problemen uitviel.", "mechanische problemen"),
        ("Norris retired with suspension issues on lap 28.", "suspension"),
        ("Norris retired with a pump failure on lap 28.", "pump failure"),
        ("Norris viel uit met een gebroken achterwielophanging.", "suspension"),
        ("Norris viel uit met een kapotte remleiding.", "kapotte remleiding"),
        # giving up, the race over for him
        ("Norris moest in ronde acht de brui aan geven toen zijn ophanging het begaf.", "suspension"),
        ("Norris viel stil door problemen met de accu van zijn auto.", "problemen met de accu"),
        ("Voor Norris zit de race er al snel op.", None),
    ],
)
def test_a_retirement_and_its_cause(parse: Parse, sentence: str, reason: str | None) -> None:
    assert retirements(parse(sentence, date="2024-12-01")) == {("norris", reason)}


@pytest.mark.parametrize(
    "sentence", ["Stel dat Norris uitvalt door een defect.", "Suppose Norris retires with a pump failure."]
)
def test_a_retirement_supposed_is_none(parse: Parse, sentence: str) -> None:
    assert not retirements(parse(sentence, date="2024-12-01"))


def test_a_dashed_aside_about_another_race_is_that_races(parse: Parse) -> None:
    a = parse(
        "Qatar qualifying. Norris - carrying a grid penalty for his collision with Ocon in Brazil - took"
        " fifth, while Gasly dropped out in Q1.",
        date="2024-11-30",
    )
    assert {(f.kind, f.driver, f.grand_prix) for f in a.facts if f.kind in ("penalty", "knockout")} == {
        ("penalty", "norris", "sao_paulo"),
        ("knockout", "gasly", "qatar"),
    }
    assert {f.grand_prix for f in facts_of(a, "collision")} == {"sao_paulo"}


def test_a_dashed_aside_without_another_race_frames_nothing(parse: Parse) -> None:
    a = parse("Qatar qualifying. Norris - fastest in all three parts - took pole.", date="2024-11-30")
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "grid")} == {("norris", "qatar")}


def totals(a: ParsedArticle) -> set[tuple[str, int | None]]:
    return {(f.driver, f.amount) for f in facts_of(a, "points")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a total beside the other's in brackets
        (
            "Norris leidt in de WK-stand met 300 punten voor zijn teamgenoot Piastri (280 ptn).",
            {("norris", 300), ("piastri", 280)},
        ),
        # "met 20 punten voor Piastri" is a gap, no total
        ("Norris leidt in de WK-stand met 20 punten voor Piastri.", set()),
    ],
)
def test_a_total_beside_anothers(parse: Parse, sentence: str, expected: set[tuple[str, int]]) -> None:
    assert totals(parse(sentence, date="2024-12-01")) == expected


def test_a_gap_made_with_another(parse: Parse) -> None:
    a = parse("Met zijn zege slaat Norris een gat van 25 punten met teamgenoot Piastri.", date="2024-12-01")
    assert {(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "points_gap")} == {
        ("norris", ("piastri",), 25, "between")
    }


def test_a_result_hoped_for_in_the_lead_keeps_a_qualifying_report(parse: Parse) -> None:
    a = parse(
        "Norris claims pole for the Qatar Grand Prix\n\nMcLaren will be hoping they can turn his pole into a"
        " victory. The session was stopped twice, and the final runs were rushed as the light faded over the"
        " desert track and the teams scrambled to get their cars out in time.\n\nPiastri finished fourth.",
        date="2024-11-30",
    )
    assert ("piastri", 4) in final(a, "qualifying") and not final(a, "finish")


def test_a_race_result_in_the_lead_is_a_race_report(parse: Parse) -> None:
    a = parse("Norris wins the Qatar Grand Prix\n\nPiastri finished fourth.", date="2024-12-01")
    assert ("piastri", 4) in final(a, "finish")


def test_hopes_thwarted_are_no_place(parse: Parse) -> None:
    a = parse(
        "Russell took pole in Qatar to thwart Norris's hopes of becoming the first pole winner there.",
        date="2024-11-30",
    )
    assert not {d for d, p in final(a, "qualifying") | final(a, "grid") | final(a, "finish") if d == "norris"}


@pytest.mark.parametrize(
    "sentence, holders",
    [
        # tipped for pole is no pole
        ("Norris leek de belangrijkste kandidaat voor polepositie in Qatar.", set()),
        ("Norris was the favourite for pole in Qatar.", set()),
        ("Norris was de grote kanshebber voor de pole in Qatar.", set()),
        ("Norris start zondag voor het eerst van polepositie.", {"norris"}),
    ],
)
def test_tipped_for_pole_is_no_pole(parse: Parse, sentence: str, holders: set[str]) -> None:
    assert poles(parse(sentence, date="2024-11-30")) == holders


@pytest.mark.parametrize(
    "sentence, holders",
    [
        # a participle after a name, between commas: his start
        ("Norris haalde zelfs Russell, begonnen vanaf pole, met gemak in.", {"russell"}),
        ("Norris passed Russell, starting from pole, with ease.", {"russell"}),
        ("Norris, gestart vanaf pole, won de race.", {"norris"}),
    ],
)
def test_a_start_from_pole_in_an_apposition(parse: Parse, sentence: str, holders: set[str]) -> None:
    assert poles(parse(sentence, date="2024-12-01")) == holders


@pytest.mark.parametrize(
    "text, expected",
    [
        # the team's pair named after its cars
        (
            "GP van Qatar. Norris werd vierde. Beide wagens van Haas vielen met een technisch probleem uit.",
            {("hulkenberg", "technical"), ("kevin_magnussen", "technical")},
        ),
        (
            "GP van Qatar. Norris werd vierde. Beide piloten van Haas vielen met een technisch probleem uit.",
            {("hulkenberg", "technical"), ("kevin_magnussen", "technical")},
        ),
        # drivers the clause does not name: not the subject carried on
        ("Qatar GP. Norris spun. The race saw two drivers retire: Ocon and Gasly.", set()),
        # spun around by another: he went on
        ("Qatar GP. Norris was spun out by Piastri at the start.", set()),
        ("Qatar GP. Norris spun out and heavily damaged his car.", {("norris", None)}),
        # a verdict that turned out against him
        ("GP van Qatar. Het oordeel viel uiteindelijk uit in het nadeel van Norris.", set()),
    ],
)
def test_who_retired(parse: Parse, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert retirements(parse(text, date="2024-12-01")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a pass, and the place it brought (going on with "en"): for a while, in a caption or not
        "GP van Qatar. Norris snelt langs Piastri en pakt P3. © Foto Bureau",
        "GP van Qatar. In ronde twaalf glipt Norris langs Piastri en neemt hij de derde plaats over.",
        "GP van Qatar. Norris dook langs Russell en pakte zo P2.",
        "GP van Qatar. Norris ging knap voorbij aan Piastri naar de tweede plaats.",
        # out of the first corner, whatever word of finally
        "GP van Qatar. Norris kwam uiteindelijk zelfs als vierde uit de eerste bocht.",
        "Qatar GP. Norris came out of turn one in fourth.",
        # what he went for
        "GP van Qatar. Een safety car voorkwam dat Norris een aanval op de derde plek kon doen.",
        # a count, its noun left out
        "Qatar GP. The win was Norris's third of the season and the team's 12th.",
    ],
)
def test_no_final_place(parse: Parse, text: str) -> None:
    # (a win the sentence tells is his; no other place)
    assert {p for d, p in final(parse(text, date="2024-12-01"), "finish") if d == "norris"} <= {1}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("GP van Qatar. Norris moest daardoor van plek 15 starten.", ("grid", 15)),
        ("GP van Qatar. Norris mag zondag als vijfde vertrekken.", ("grid", 5)),
        ("GP van Qatar. Norris was als twintigste van het veld van start gegaan.", ("grid", 20)),
        (
            "Qatar GP. The two McLarens qualified with the same time, with Norris fifth and Piastri sixth.",
            ("qualifying", 5),
        ),
    ],
)
def test_a_start_told_with_its_verb(parse: Parse, text: str, expected: tuple[str, int]) -> None:
    a = parse(text, date="2024-11-30")
    kind, place = expected
    assert ("norris", place) in final(a, kind) and not final(a, "finish")


@pytest.mark.parametrize(
    "sentence",
    [
        "In zijn eerste race voor McLaren reed Norris naar de zege in Qatar.",
        "Norris won in Qatar in his first race for McLaren.",
    ],
)
def test_a_win_on_a_team_debut_is_of_another_year(parse: Parse, sentence: str) -> None:
    assert not final(parse(sentence, date="2024-12-01"), "finish")


@pytest.mark.parametrize(
    "sentence",
    [
        # a place during the race, whatever title the subject has
        "De viervoudige wereldkampioen veroverde die vierde plek al snel terug van Norris.",
        "De zevenvoudig wereldkampioen valt terug naar de laatste positie.",
        "Norris even overtook four-time champion Verstappen on his way to a 7th spot.",
    ],
)
def test_a_champion_running_somewhere_is_running(parse: Parse, sentence: str) -> None:
    a = parse("GP van Qatar. " + sentence, date="2024-12-01")
    assert not [p for _, p in final(a, "finish") if p != 1]


def test_a_titled_winner_crashing_out_is_no_win_here(parse: Parse) -> None:
    a = parse(
        "Qatar GP. Norris won. Only twelve finished, with Brazilian GP winner Verstappen crashing out.",
        date="2024-12-01",
    )
    assert final(a, "finish") == {("norris", 1)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a penalty against someone the clause does not name is not the subject's
        ("Norris hit Ocon. The stewards blamed Ocon, handing a penalty against the youngster.", set()),
        ("Norris hit Ocon. The stewards handed a ten-second penalty against Ocon.", {("ocon", 10)}),
        # a stop-go converted into time, the excerpt cut after "time"
        (
            "Norris got a ten-second stop-and-go penalty, which was converted into a thirty second time",
            {("norris", 30)},
        ),
    ],
)
def test_whose_penalty_and_how_big(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse("Qatar GP. " + text, date="2024-12-01")
    assert {(f.driver, f.amount) for f in facts_of(a, "penalty") if f.status == "final"} == expected


def test_a_result_after_a_pass_in_another_sentence_stands(parse: Parse) -> None:
    a = parse("GP van Qatar. Norris dook langs Russell. Norris werd tweede.", date="2024-12-01")
    assert ("norris", 2) in final(a, "finish")


@pytest.mark.parametrize(
    "text, pair",
    [
        # the two drivers just named, by their cars
        ("GP van Qatar. Norris en Piastri vochten om P3. Beide bolides raakten elkaar in bocht 1.", True),
        ("GP van Qatar. Norris en Piastri vochten om P3. Beide wagens raakten elkaar in bocht 1.", True),
        ("Qatar GP. Norris and Piastri fought for third. Both cars touched in turn 1.", True),
        # one car: nobody's pair
        ("GP van Qatar. Norris en Piastri vochten om P3. Zijn bolide raakte de muur in bocht 1.", False),
    ],
)
def test_a_pair_named_by_its_cars(parse: Parse, text: str, pair: bool) -> None:
    hits = {(f.driver, f.others) for f in facts_of(parse(text, date="2024-12-01"), "collision")}
    assert (("norris", ("piastri",)) in hits) is pair
