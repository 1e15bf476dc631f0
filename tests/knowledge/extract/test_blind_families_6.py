"""Phrase families found on 5 December (fourth session) in real race reports and penalty news, with
examples both ways in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def finishes(a: ParsedArticle, status: str = "final") -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == status}


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # a champion by his number of titles: the one driver of the season with that many
        ("GP van Turkije. De zevenvoudig wereldkampioen werd derde.", "2021-10-10", {("hamilton", 3)}),
        ("GP van Turkije. De zesvoudige wereldkampioen werd derde.", "2020-09-01", {("hamilton", 3)}),
        ("Turkish GP. The four-time world champion came home third.", "2020-11-15", {("vettel", 3)}),
        ("Turkish GP. The seven-time champion finished third.", "2022-10-10", {("hamilton", 3)}),
        # two drivers of the season with two titles: nobody
        ("GP van Japan. De tweevoudig wereldkampioen werd derde.", "2022-10-09", set()),
        # a count nobody of the season has: nobody
        ("GP van Japan. De achtvoudig wereldkampioen werd derde.", "2021-10-09", set()),
        # the name that follows is the one
        (
            "GP van Japan. De zevenvoudig wereldkampioen Lewis Hamilton werd derde, Pérez vierde.",
            "2021-10-09",
            {("hamilton", 3), ("perez", 4)},
        ),
        # the championship is no champion
        (
            "GP van Japan. Het viervoudig wereldkampioenschap is ver weg voor Alonso, die zesde werd.",
            "2021-10-09",
            {("alonso", 6)},
        ),
    ],
)
def test_a_champion_by_his_titles(parse: Parse, text: str, date: str, expected: set[tuple[str, int]]) -> None:
    a = parse(text, date=date)
    assert {(d, p) for d, p in finishes(a) | finishes(a, "hypothetical")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Dutch verb denied after its object: no win
        ("GP van Rusland. Hamilton won de race in Sotsji niet.", set()),
        ("GP van Rusland. Hamilton won niet in Sotsji, want Bottas was sneller.", set()),
        # "niet alleen", and a "niet" of another clause, deny nothing
        ("GP van Rusland. Bottas won niet alleen de race maar ook de snelste ronde.", {("bottas", 1)}),
        ("GP van Rusland. Bottas won in Sotsji, Hamilton niet.", {("bottas", 1)}),
        ("GP van Rusland. Bottas won de race en Hamilton niet.", {("bottas", 1)}),
    ],
)
def test_a_win_denied_after_its_object(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2020-09-27")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a moment of the race saw him do is where he ran then
        ("Portuguese GP. An early Safety Car saw Hamilton drop to third.", "running"),
        ("Portuguese GP. A slow stop saw Norris slip back to eighth.", "running"),
        ("Portuguese GP. Norris dropped to eighth after a slow stop.", "running"),
        # where he ended is final
        ("Portuguese GP. After a slow stop Norris finished eighth.", "final"),
    ],
)
def test_a_moment_that_saw_him_drop(parse: Parse, text: str, expected: str) -> None:
    a = parse(text, date="2021-05-02")
    assert {f.status for f in facts_of(a, "finish") if f.driver in ("hamilton", "norris")} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the crash's outcome shows of others comes after it: they were not in it
        (
            "Portuguese GP. A Safety Car after Räikkönen crashed into Giovinazzi saw Hamilton drop behind"
            " Verstappen.",
            {"giovinazzi"},
        ),
        ("GP van Portugal. De botsing tussen Räikkönen en Giovinazzi zag Norris opschuiven.", {"giovinazzi"}),
        # those named in it are
        ("Portuguese GP. Räikkönen crashed into Giovinazzi and Hamilton.", {"giovinazzi", "hamilton"}),
    ],
)
def test_the_drivers_a_crash_saw_after_it(parse: Parse, text: str, expected: set[str]) -> None:
    a = parse(text, date="2021-05-02")
    assert {o for f in facts_of(a, "collision", driver="raikkonen") for o in f.others} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "hem" after the one the sentence before was about, alone
        (
            "GP van Rusland. Hamilton reed te hard in de pitstraat. De stewards gaven hem een tijdstraf van"
            " vijf seconden.",
            {("hamilton", "time")},
        ),
        (
            "GP van Rusland. Hamilton maakte twee oefenstarts op de verkeerde plek. Het kwam hem op twee"
            " tijdstraffen te staan.",
            {("hamilton", "time")},
        ),
        (
            "GP van Rusland. Vettel reed te hard. Hem werd een gridstraf van drie plaatsen opgelegd.",
            {("vettel", "grid")},
        ),
        # a "hem" after a sentence about two drivers is undecided
        (
            "GP van Rusland. Bottas en Verstappen profiteerden van een fout van Hamilton. De stewards gaven"
            " hem een tijdstraf.",
            set(),
        ),
        # a place next to him is no penalty of his
        ("GP van Rusland. Norris reed foutloos. Achter hem gooiden gridstraffen de grid overhoop.", set()),
    ],
)
def test_a_penalty_handed_to_him(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(text, date="2020-09-27")
    assert {(f.driver, f.penalty) for f in facts_of(a, "penalty")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentence before tells why, when "het kwam hem ... te staan" points back at it
        (
            "GP van Rusland. Hamilton maakte voor de start oefenstarts op een verboden plek. Tijdens de race"
            " kwam hem dat op een tijdstraf van tien seconden te staan.",
            "oefenstarts",
        ),
        (
            "GP van Rusland. Hamilton maakte voor de start oefenstarts op een verboden plek. Het kwam hem op"
            " tien seconden straf te staan.",
            "oefenstarts",
        ),
        # a sentence that does not point back takes no reason from the one before
        (
            "GP van Rusland. Hamilton maakte voor de start oefenstarts op een verboden plek. Hij kreeg"
            " tijdens de race een tijdstraf van tien seconden.",
            None,
        ),
    ],
)
def test_the_reason_a_penalty_points_back_at(parse: Parse, text: str, expected: str | None) -> None:
    a = parse(text, date="2020-09-27")
    reasons = {f.reason for f in facts_of(a, "penalty", driver="hamilton")}
    assert any(expected in (r or "") for r in reasons) if expected else reasons == {None}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the driver of an absolute "with ... -ing" before the clash is in it, not the clause's subject
        (
            "Spanish GP. Sainz was fourth, with Hamilton coming home fifth after a clash with Magnussen.",
            {("hamilton", "kevin_magnussen"), ("kevin_magnussen", "hamilton")},
        ),
        (
            "Spanish GP. Sainz took fourth, with the Mercedes driver Hamilton finishing fifth after a"
            " first-lap clash with Magnussen.",
            {("hamilton", "kevin_magnussen"), ("kevin_magnussen", "hamilton")},
        ),
        # a clash before it is the subject's
        (
            "Spanish GP. Sainz clashed with Magnussen, with Hamilton finishing fifth.",
            {("sainz", "kevin_magnussen"), ("kevin_magnussen", "sainz")},
        ),
    ],
)
def test_a_clash_of_a_driver_with_ing(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(text, date="2022-05-22")
    assert {(f.driver, o) for f in facts_of(a, "collision") for o in f.others} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deed told in the past that ended in the win
        ("Singapore GP. Pérez led every lap to win the Singapore Grand Prix.", {("perez", 1)}),
        ("Singapore GP. Verstappen came from tenth to win the race.", {("max_verstappen", 1)}),
        ("Singapore GP. Hamilton recovered from a penalty to win the race.", {("hamilton", 1)}),
        # a purpose, a wish or an attempt is no win
        ("Singapore GP. Leclerc needs to win the race.", set()),
        (
            "Singapore GP. Hamilton fought hard to win the race but had to settle for second.",
            {("hamilton", 2)},
        ),
    ],
)
def test_a_deed_that_ended_in_the_win(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2022-10-03")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a win that moved him in the championship, owned by the subject after it or named before it
        (
            "GP van Canada. Door zijn zege in Canada nam Vettel de leiding in de WK-stand over.",
            {("vettel", 1)},
        ),
        ("GP van Oostenrijk. Leclerc blaast de titelstrijd nieuw leven in met een zege.", {("leclerc", 1)}),
        (
            "GP van Oostenrijk. Leclerc blaast de titelstrijd leven in met GP-zege in Oostenrijk",
            {("leclerc", 1)},
        ),
        # his own win "van dit seizoen" is his
        (
            "GP van Brazilië. Dankzij zijn derde zege van dit seizoen klimt Verstappen naar de derde plaats"
            " in het kampioenschap.",
            {("max_verstappen", 1)},
        ),
        # another's win named after it is not the subject's
        ("GP van Oostenrijk. Verstappen liep uit in het kampioenschap met een zege van Pérez.", set()),
        ("GP van Oostenrijk. Verstappen liep uit in het kampioenschap met de zege van Pérez.", set()),
        # a count of wins is no race's win; one race is
        ("Abu Dhabi GP. Hamilton won eight Grand Prix in total.", set()),
        ("GP van Oostenrijk. Leclerc wint een dramatische Grand Prix van Oostenrijk.", {("leclerc", 1)}),
    ],
)
def test_a_win_told_with_the_championship(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2022-07-11")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Dutch starting verb with "op plek N"
        ("GP van Hongarije. Verstappen start op plek 15.", {("max_verstappen", 15)}),
        ("GP van Hongarije. Norris startte op positie 3 en werd vierde.", {("norris", 3)}),
        # a place held during the race is no start
        ("GP van Hongarije. Norris reed lang op plek 3.", set()),
    ],
)
def test_a_start_on_a_numbered_place(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(text, date="2022-07-30")
    assert {(f.driver, f.position) for f in facts_of(a, "grid") if f.status == "final"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an epithet with "championship" is no standing; the place is the qualifying one of the name after it
        (
            "Singapore GP. Sainz was fourth, with championship protagonist Verstappen qualifying eighth.",
            {("qualifying", "max_verstappen", 8), ("qualifying", "sainz", 4)},
        ),
        # a standing is
        (
            "Singapore GP. Verstappen stays eighth in the championship.",
            {("championship", "max_verstappen", 8)},
        ),
    ],
)
def test_a_championship_epithet(parse: Parse, text: str, expected: set[tuple[str, str, int]]) -> None:
    a = parse(text, date="2022-10-01")
    kinds = ("qualifying", "championship")
    assert {(f.kind, f.driver, f.position) for f in a.facts if f.kind in kinds} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Did not finish:" and the names it lists, after a results list or in the next sentence
        (
            "Italian GP results: 1. Gasly (FRA/AlphaTauri) 1hr 47min, 2. Sainz (ESP/McLaren) at 0.415sec, 3."
            " Stroll (CAN/Racing Point) 3.358 Fastest lap: Hamilton (GBR/Mercedes) 1:22.746 Did not finish:"
            " Vettel (GER/Ferrari), Magnussen (DEN/Haas), Leclerc (MON/Ferrari)",
            {
                ("retirement", "vettel"),
                ("retirement", "kevin_magnussen"),
                ("retirement", "leclerc"),
                ("fastest_lap", "hamilton"),
            },
        ),
        (
            "Italiaanse GP. Uitgevallen: Vettel en Leclerc.",
            {("retirement", "vettel"), ("retirement", "leclerc")},
        ),
        # a list that is not right after the label is nobody's
        ("Italian GP. Retirements: none of note, but Vettel was slow.", set()),
    ],
)
def test_a_labelled_list_of_retirements(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(text, date="2020-09-06")
    assert {(f.kind, f.driver) for f in a.facts if f.kind in ("retirement", "fastest_lap")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a penalty expected, or one he could get away with, is not given
        ("GP van Singapore. Marko gaat uit van een tijdstraf van maximaal vijf seconden voor Pérez.", set()),
        ("GP van Singapore. Het kan de Mexicaan Pérez op een tijdstraf komen te staan.", set()),
        ("GP van Singapore. Bij Ferrari houden ze rekening met twee tijdstraffen voor Pérez.", set()),
        ("Singapore GP. Marko expects a five-second penalty for Pérez.", set()),
        # one given is
        ("GP van Singapore. Pérez kreeg een tijdstraf van vijf seconden.", {"perez"}),
    ],
)
def test_an_expected_penalty(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2022-10-02"), "penalty")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what seemed is no fastest lap; a heading with the bonus point's driver is
        (
            "GP van Australië. Verstappen leek het bonuspunt voor de snelste raceronde te bemachtigen.",
            set(),
        ),
        ("Australian GP. Verstappen seemed set for the fastest lap.", set()),
        # the bonus point denied to one named after it
        ("Australian GP. Bottas set the fastest lap, denying the bonus point for Hamilton.", {"bottas"}),
        ("GP van Australië.\n\nBonuspunt voor Bottas\n\nHij was heel snel.", {"bottas"}),
        ("GP van Australië. Verstappen reed de snelste raceronde.", {"max_verstappen"}),
    ],
)
def test_the_bonus_point(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2019-03-17"), "fastest_lap")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "contact between X and <team> driver Y": both in it
        (
            "Japanese GP. There was contact between Leclerc and Red Bull driver Verstappen at Turn 2.",
            {("leclerc", "max_verstappen"), ("max_verstappen", "leclerc")},
        ),
        (
            "GP van Japan. Er was een botsing tussen Leclerc en Red Bull-coureur Verstappen.",
            {("leclerc", "max_verstappen"), ("max_verstappen", "leclerc")},
        ),
    ],
)
def test_a_clash_with_a_team_driver(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(text, date="2019-10-13")
    assert {(f.driver, o) for f in facts_of(a, "collision") for o in f.others} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ways out of the race, with the cause where it is told
        (
            "GP van Azerbeidzjan. Met vijf ronden te gaan crashte Verstappen uit de race door een klapband.",
            {("max_verstappen", "puncture")},
        ),
        (
            "Canadian GP. Pérez's Red Bull suffered a gearbox issue on lap 8 and he was forced to pull off.",
            {("perez", "gearbox")},
        ),
        (
            "GP van Canada. Tot de achterwielophanging van Norris' McLaren het begaf.",
            {("norris", "suspension")},
        ),
        (
            "Mexican GP. Hamilton was fourth, following a late retirement for polesitter Ricciardo with"
            " engine problems.",
            {("ricciardo", "engine")},
        ),
        # the trouble told before "uiteindelijk" is its cause; a sentence without trouble gives none
        (
            "GP van Spanje. In de 27e ronde kreeg Leclerc met een mechanisch probleem te kampen. Uiteindelijk"
            " moest de Monegask de handdoek in de ring werpen.",
            {("leclerc", "In de 27e ronde kreeg Leclerc met een mechanisch probleem te kampen")},
        ),
        ("GP van Spanje. Leclerc reed sterk. Uiteindelijk viel hij uit.", {("leclerc", None)}),
        # a crash that he drove on from is no retirement
        ("GP van Azerbeidzjan. Verstappen crashte bijna maar reed door.", set()),
    ],
)
def test_ways_out_of_the_race(parse: Parse, text: str, expected: set[tuple[str, str | None]]) -> None:
    a = parse(text, date="2022-06-19")
    assert {(f.driver, f.reason) for f in facts_of(a, "retirement")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the last spot on the podium is third
        ("Hungarian GP. Räikkönen took the last spot on the podium.", {("raikkonen", 3)}),
        ("GP van Hongarije. Bottas pakte de laatste plek op het podium.", {("bottas", 3)}),
        # the last place is last
        ("GP van Hongarije. Stroll werd laatste.", {("stroll", -1)}),
    ],
)
def test_the_last_spot_on_the_podium(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2018-07-29")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # sent back on the grid by a penalty or a part: a grid penalty with that reason
        (
            "GP van België. Verstappen moest naar achteren op de startopstelling omdat hij zijn vierde motor"
            " gebruikte.",
            {("penalty", "max_verstappen", "hij zijn vierde motor gebruikte")},
        ),
        (
            "GP van België. Verstappen moest ver naar achteren starten vanwege een motorstraf.",
            {("penalty", "max_verstappen", "een motorstraf")},
        ),
        # at the back, the cause before it
        (
            "GP van Frankrijk. Sainz moet wegens een motorwissel achteraan starten.",
            {("grid", "sainz", "een motorwissel")},
        ),
        # a slow lap sends nobody back by the rules
        ("GP van België. Norris moest naar achteren starten omdat hij traag was in de kwalificatie.", set()),
    ],
)
def test_sent_back_on_the_grid(parse: Parse, text: str, expected: set[tuple[str, str, str]]) -> None:
    a = parse(text, date="2022-08-28")
    got = {(f.kind, f.driver, f.reason) for f in a.facts if f.kind in ("penalty", "grid") and f.reason}
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the deed coordinated before "and was handed a penalty following that"
        (
            "German GP. Hamilton crashed. He then entered the pit lane the wrong way and was handed a"
            " five-second penalty following that.",
            "He then entered the pit lane the wrong way",
        ),
        # "and was" without a penalty verb is no such cut; with no pointer back there is no reason before
        ("German GP. Hamilton crashed and was angry. He was handed a five-second penalty.", None),
    ],
)
def test_a_penalty_following_what_he_did(parse: Parse, text: str, expected: str | None) -> None:
    reasons = {f.reason for f in facts_of(parse(text, date="2019-07-28"), "penalty", driver="hamilton")}
    assert reasons == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gap at the finish: a win's margin, the line, the flag
        (
            "Hungarian GP. Hamilton took the win with a margin of 17.123s over Ferrari's Sebastian Vettel.",
            {("hamilton", "vettel", 17123, "ahead")},
        ),
        (
            "Hungarian GP. Hamilton crossed the line 2.5 seconds ahead of Bottas.",
            {("hamilton", "bottas", 2500, "ahead")},
        ),
        (
            "Hungarian GP. Leclerc finished 1.3s behind Bottas in third.",
            {("leclerc", "bottas", 1300, "behind")},
        ),
        (
            "GP van Hongarije. Hamilton won met een voorsprong van 2,5 seconden op Bottas.",
            {("hamilton", "bottas", 2500, "ahead")},
        ),
        # the one who finished ahead, not the one he passed before
        (
            "Japanese GP. Bottas, who started third, pulled ahead of Ferrari drivers Vettel and Leclerc"
            " almost immediately and then went on to finish 11.376 seconds ahead of Vettel.",
            {("bottas", "vettel", 11376, "ahead")},
        ),
        # a gap at a moment of the race is none at the finish
        ("Hungarian GP. Hamilton led by 5.2s over Vettel with 10 laps to go.", set()),
        ("Hungarian GP. After the pit stops Hamilton was 5.2s ahead of Vettel.", set()),
    ],
)
def test_a_gap_at_the_finish(parse: Parse, text: str, expected: set[tuple[str, str, int, str]]) -> None:
    a = parse(text, date="2019-10-13")
    got = {
        (f.driver, f.others[0], f.amount, f.detail) for f in facts_of(a, "time_gap") if f.status == "final"
    }
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what made him crash, told the sentence before about him alone
        (
            "GP van Azerbeidzjan. Verstappen liep de zege mis door een klapband.\n\nDe Nederlander crashte en"
            " viel uit.",
            {("max_verstappen", "puncture")},
        ),
        # a sentence before about another driver's tyres is no cause of his crash
        (
            "GP van Azerbeidzjan. Leclerc reed sterk met nieuwe banden. Verstappen crashte en viel uit.",
            {("max_verstappen", "crash")},
        ),
    ],
)
def test_what_made_him_crash(parse: Parse, text: str, expected: set[tuple[str, str]]) -> None:
    a = parse(text, date="2021-06-06")
    assert {(f.driver, f.reason) for f in facts_of(a, "retirement")} == expected


def test_gaps_to_the_winner_in_a_classification(parse: Parse) -> None:
    # a race's classification: each row's "+ N.NNNs" is its gap to the winner at the finish
    a = parse(
        "Hungarian GP race result: 1. Ocon (Alpine) 2:04:43.199, 2. Vettel (Aston Martin) +1.859s, 3."
        " Hamilton (Mercedes) +2.736s, 4. Sainz (Ferrari) +1 lap",
        date="2021-08-01",
    )
    got = {(f.driver, f.others, f.amount, f.position) for f in facts_of(a, "time_gap")}
    assert got == {("vettel", ("ocon",), 1859, 2), ("hamilton", ("ocon",), 2736, 3)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # demoted on the grid: the place after it is his start
        (
            "GP van Oostenrijk. Hamilton wordt teruggezet van de tweede naar de vijfde plaats op de"
            " startgrid.",
            {("grid", "hamilton", 5)},
        ),
        # "op de eerste plaats" after being annoyed: first of all, no place
        ("GP van Toscane. In de paddock baalde Verstappen op de eerste plaats van het probleem.", set()),
        ("GP van Toscane. Hamilton eindigde op de eerste plaats.", {("finish", "hamilton", 1)}),
    ],
)
def test_places_on_the_grid_and_first_of_all(
    parse: Parse, text: str, expected: set[tuple[str, str, int]]
) -> None:
    a = parse(text, date="2020-09-13")
    kinds = ("grid", "finish", "qualifying")
    assert {
        (f.kind, f.driver, f.position) for f in a.facts if f.kind in kinds and f.status == "final"
    } == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the end of a quote with its speaker before the verb: what is quoted is no fact
        (
            'Italian GP sprint.\n\n"I feel good. It feels like it has been a while to finish first in a'
            ' race," Bottas told Sky Sports.',
            set(),
        ),
        # the one penalised is not the one placed
        (
            "GP van Brazilië. Sainz eindigde als vierde, maar werd door een straf voor Hamilton derde in de"
            " uitslag.",
            {("sainz", 3)},
        ),
        # promoted in the result by another's disqualification: where he was classified
        (
            "GP van Hongarije. Verstappen steeg door de diskwalificatie van Vettel van de tiende naar de"
            " negende plek.",
            {("max_verstappen", 9)},
        ),
        # a climb on the road is no result
        ("GP van Hongarije. Verstappen steeg in de eerste ronde van de tiende naar de negende plek.", set()),
    ],
)
def test_quotes_and_places_moved_by_penalties(
    parse: Parse, text: str, expected: set[tuple[str, int]]
) -> None:
    assert finishes(parse(text, date="2021-12-13")) == expected


def test_places_before_the_first_disqualification_told(parse: Parse) -> None:
    # a place told after the disqualification was first told stands, however often the article returns to it
    a = parse(
        "GP van Hongarije. Vettel is zijn tweede plaats kwijtgeraakt. Hij werd gediskwalificeerd. Verstappen"
        " eindigde daardoor als negende. Aston Martin gaat in beroep tegen de diskwalificatie.",
        date="2021-08-02",
    )
    assert ("max_verstappen", 9) in finishes(a)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the pair the subject names went on the podium, both of them
        ("GP van Mexico. Hamilton en Pérez gingen mee naar het podium.", {"hamilton", "perez"}),
        ("GP van Mexico. Räikkönen en Bottas mochten mee het podium op.", {"raikkonen", "bottas"}),
        # one named as an object is not on it
        ("GP van Mexico. Pérez versloeg Hamilton en stond op het podium.", {"perez"}),
    ],
)
def test_a_pair_on_the_podium(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2022-10-31"), "podium")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # only one ahead of him: that one first, he second
        (
            "GP van Frankrijk. Verstappen moest alleen Hamilton voor zich dulden.",
            {("hamilton", 1), ("max_verstappen", 2)},
        ),
        (
            "GP van Frankrijk. Verstappen moest in de race alleen Hamilton voor laten gaan.",
            {("hamilton", 1), ("max_verstappen", 2)},
        ),
        # "niet alleen X ging hem voorbij" names no order
        ("GP van Frankrijk. Niet alleen Sainz ging Verstappen voorbij, ook Norris.", set()),
    ],
)
def test_only_one_ahead(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2018-06-25")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a win told outside the epithet is the subject's win
        (
            "GP van Groot-Brittannië. De Britse zesvoudig wereldkampioen boekte zijn derde zege op rij.",
            {("hamilton", 1)},
        ),
        (
            "GP van Bahrein. Zevenvoudig wereldkampioen Hamilton boekte de 95e zege in zijn carrière.",
            {("hamilton", 1)},
        ),
        # the epithet alone is no win
        ("GP van Bahrein. De zevenvoudig Grand Prix-winnaar Hamilton werd derde.", {("hamilton", 3)}),
    ],
)
def test_a_win_beside_an_epithet(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2020-12-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what follows a penalty changed afterwards explains the change, not the penalty
        (
            "GP van Rusland. De strafpunten die Hamilton bovenop zijn tijdstraf van tien seconden kreeg, zijn"
            " omgezet in een boete. De FIA oordeelde dat Hamilton de instructies van zijn team volgde.",
            {None},
        ),
        # a penalty told without a change takes the explanation after it
        (
            "GP van Rusland. Hamilton kreeg een tijdstraf van tien seconden. De FIA oordeelde dat hij op de"
            " verkeerde plek een oefenstart deed.",
            {"De FIA oordeelde dat hij op de verkeerde plek een oefenstart deed"},
        ),
    ],
)
def test_no_reason_from_the_explanation_of_a_change(
    parse: Parse, text: str, expected: set[str | None]
) -> None:
    a = parse(text, date="2020-09-28")
    assert {f.reason for f in facts_of(a, "penalty", driver="hamilton") if f.penalty == "time"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sprint written on his name is the sprint's win; a circuit's namesake is no driver
        (
            "GP van São Paulo. Sainz werd derde. George Russell heeft de sprintrace op het Autódromo José"
            " Carlos Pace op zijn naam geschreven.",
            {("russell", 1, "sprint")},
        ),
        # a pole written on his name is no win
        ("GP van São Paulo. Magnussen heeft de pole op zijn naam geschreven.", set()),
    ],
)
def test_a_sprint_on_his_name(parse: Parse, text: str, expected: set[tuple[str, int, str]]) -> None:
    a = parse(text, date="2022-11-12")
    got = {
        (f.driver, f.position, f.session)
        for f in facts_of(a, "finish")
        if f.position == 1 and f.status == "final"
    }
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the name in brackets right after a place holds it
        (
            "GP van Bahrein. Ferrari greep zowel de eerste (Charles Leclerc) als de tweede plek (Carlos"
            " Sainz).",
            {("leclerc", 1), ("sainz", 2)},
        ),
        ("French GP. The two finished fifth (Vettel) and seventh (Bottas).", {("vettel", 5), ("bottas", 7)}),
        # what is no name in the brackets leaves the place with its subject
        ("GP van Bahrein. Verstappen werd vijfde (na een tijdstraf).", {("max_verstappen", 5)}),
    ],
)
def test_a_name_in_brackets_after_a_place(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finishes(parse(text, date="2022-03-21")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # his place in a double podium he secured
        ("French GP. Russell secured a double podium for Mercedes after passing Perez.", {"russell"}),
        ("French GP. Russell sealed his podium with a late pass.", {"russell"}),
        # one he failed to secure is none
        ("French GP. Russell failed to secure a podium.", set()),
    ],
)
def test_a_podium_secured(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(text, date="2022-07-25"), "podium")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # when, or whom, is no reason; a reason in brackets after the penalty is
        (
            "GP van Italië. Maar omdat Bottas morgen een gridstraf (motorwissel) incasseert, start hij"
            " achteraan.",
            {"motorwissel"},
        ),
        ("GP van Italië. Bottas zou daar later een tijdstraf van vijf seconden voor krijgen.", {None}),
        ("GP van Italië. Het is pas de eerste gridstraf van 2022 voor Bottas.", {None}),
        ("Italian GP. Bottas received a three-place grid penalty for impeding Stroll.", {"impeding Stroll"}),
    ],
)
def test_reasons_that_say_why(parse: Parse, text: str, expected: set[str | None]) -> None:
    assert {
        f.reason for f in facts_of(parse(text, date="2022-09-10"), "penalty", driver="bottas")
    } == expected


def test_a_disqualification_speculated_is_none(parse: Parse) -> None:
    a = parse(
        "GP van Abu Dhabi. Leclerc werd derde. Er werd gespeculeerd over diskwalificatie voor Leclerc, maar"
        " zover kwam het niet.",
        date="2019-12-02",
    )
    assert facts_of(a, "penalty") == [] and finishes(a) == {("leclerc", 3)}


@pytest.mark.parametrize(
    "text, expected, total",
    [
        # a place with a total in half points is a standing, and the total his (in half points)
        (
            "Eindstand 2021. Hamilton eindigde met 387,5 punten als tweede.",
            {("championship", "hamilton", 2)},
            {("hamilton", 387.5)},
        ),
        (
            "Belgian GP. Verstappen now sits in second with 199.5 points.",
            {("championship", "max_verstappen", 2)},
            {("max_verstappen", 199.5)},
        ),
        # a place without a total is the race's
        (
            "Belgian GP. Verstappen finished second, 1.5 seconds behind.",
            {("finish", "max_verstappen", 2)},
            set(),
        ),
    ],
)
def test_a_place_with_half_points(
    parse: Parse, text: str, expected: set[tuple[str, str, int]], total: set[tuple[str, float]]
) -> None:
    a = parse(text, date="2021-12-13")
    kinds = ("finish", "championship")
    assert {(f.kind, f.driver, f.position) for f in a.facts if f.kind in kinds} == expected
    assert {(f.driver, f.amount) for f in facts_of(a, "points")} == total
