"""Phrase families found in the blind sets of the session of 5 December (late afternoon), each with examples
both ways in our own words: a condition told without "als", a penalty supposed, a season's count of poles, the
crash of a list of drivers, a race's crash, "his role in ...", a grid penalty carried into the next race."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.model import PENALTY_NEXT_RACE
from knowledge.extract.status import is_conditional
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def final(a: ParsedArticle, kind: str) -> set[str]:
    return {f.driver for f in facts_of(a, kind) if f.status == "final"}


@pytest.mark.parametrize(
    "sentence, conditional",
    [
        ("3. beiden vallen uit, dan is verstappen kampioen.", True),
        ("hamilton wint de race of eindigt voor verstappen, dan wordt hij kampioen.", True),
        ("als hij wint, dan is hij kampioen.", True),
        # a sequence, and a "dan" of comparison, are no condition
        ("eerst won hamilton in brazilie, dan in qatar.", False),
        ("hamilton was sneller dan verstappen.", False),
        ("verstappen won de race, en dan volgde het feest.", False),
    ],
)
def test_a_condition_without_als(sentence: str, conditional: bool) -> None:
    assert is_conditional(sentence) is conditional


@pytest.mark.parametrize(
    "text, penalised",
    [
        ("GP van Singapore. In het geval van één straf van vijf seconden blijft Pérez winnaar.", set()),
        ("Singapore GP. In the event of a five-second penalty Pérez would still win.", set()),
        ("GP van Singapore. Pérez kreeg een tijdstraf van vijf seconden.", {"perez"}),
    ],
)
def test_a_penalty_supposed(parse: Parse, text: str, penalised: set[str]) -> None:
    assert final(parse(text, date="2022-10-02"), "penalty") == penalised


@pytest.mark.parametrize(
    "text, pole",
    [
        ("GP van Abu Dhabi. Tien keer kwalificeerde Verstappen zich dit jaar op pole.", set()),
        ("Abu Dhabi GP. Verstappen was on pole ten times this season.", set()),
        ("GP van Abu Dhabi. Verstappen pakte de pole, zijn tiende van het jaar.", {"max_verstappen"}),
    ],
)
def test_a_count_of_poles(parse: Parse, text: str, pole: set[str]) -> None:
    a = parse(text, date="2021-12-11")
    assert {f.driver for f in facts_of(a, "grid") if f.detail == "pole" and f.status == "final"} == pole


@pytest.mark.parametrize(
    "text, crashed",
    [
        ("GP van Rusland. De safety car kwam na een crash van Sainz en Stroll.", {"sainz", "stroll"}),
        (
            "Russian GP. The safety car came out after the crash of Sainz, Stroll and Ocon.",
            {"sainz", "stroll", "ocon"},
        ),
        ("GP van Rusland. De safety car kwam na een crash van Sainz.", {"sainz"}),
        # the race's crash is not its winner's; his own is
        ("British GP. Sainz won a race marred by a heavy crash on the first lap.", set()),
        ("Grand Prix van Groot-Brittannië. De race werd stilgelegd na een zware crash.", set()),
        ("British GP. Sainz had a heavy crash on the first lap.", {"sainz"}),
    ],
)
def test_whose_crash(parse: Parse, text: str, crashed: set[str]) -> None:
    assert final(parse(text, date="2022-07-03"), "crash") == crashed


@pytest.mark.parametrize(
    "text, reason",
    [
        (
            "Austrian GP. Hamilton was given a five-second penalty for his role in Albon spinning off.",
            "Albon",
        ),
        # "his role in it" points back: no reason of its own
        ("Austrian GP. Hamilton was given a five-second penalty for his role in it.", None),
    ],
)
def test_his_role_in(parse: Parse, text: str, reason: str | None) -> None:
    got = [f.reason for f in facts_of(parse(text, date="2020-07-05"), "penalty")]
    assert got and (reason in (got[0] or "") if reason else got[0] is None), got


def test_a_time_penalty_is_not_explained_by_a_start(parse: Parse) -> None:
    # the sentence after explains another penalty, one that moved his start
    a = parse(
        "Austrian GP. Talking point: Hamilton's five-second penalty. He had a mixed weekend, punished for a"
        " misdemeanour that saw him start in fifth.",
        date="2020-07-05",
    )
    assert all("misdemeanour" not in (f.reason or "") for f in facts_of(a, "penalty"))


@pytest.mark.parametrize(
    "text, next_race",
    [
        ("Italian GP. Verstappen takes a three-place grid penalty into the next race in Sochi.", True),
        ("GP van Italië. Verstappen kreeg een gridstraf van drie plaatsen voor de volgende race.", True),
        ("Italian GP. Verstappen got a three-place grid penalty for the collision.", False),
    ],
)
def test_a_grid_penalty_for_the_next_race(parse: Parse, text: str, next_race: bool) -> None:
    got = [f for f in facts_of(parse(text, date="2021-09-12"), "penalty") if f.penalty == "grid"]
    assert got and (got[0].detail == PENALTY_NEXT_RACE) is next_race, got


@pytest.mark.parametrize(
    "text, totals",
    [
        # one total shared: "net als", "like", "evenveel punten (N)", a pair with their ages between
        (
            "GP van Japan. Vettel heeft net als Verstappen 212 punten.",
            {("vettel", 212), ("max_verstappen", 212)},
        ),
        ("Japanese GP. Vettel has, like Verstappen, 212 points.", {("vettel", 212), ("max_verstappen", 212)}),
        (
            "GP van Abu Dhabi. De 24-jarige Verstappen en de 36-jarige Hamilton begonnen met evenveel punten"
            " (369,5) aan de finale.",
            {("max_verstappen", 369.5), ("hamilton", 369.5)},
        ),
        # a gap told "net als" is no total
        ("GP van Japan. Vettel heeft net als Verstappen 12 punten voorsprong op Albon.", set()),
    ],
)
def test_a_shared_total(parse: Parse, text: str, totals: set[tuple[str, float]]) -> None:
    a = parse(text, date="2019-10-13")
    assert {(f.driver, f.amount) for f in facts_of(a, "points")} == totals


@pytest.mark.parametrize(
    "text, reason",
    [
        (
            "GP van Monaco. Verstappen startte naar aanleiding van zijn crash in de training achteraan.",
            "crash",
        ),
        ("GP van Monaco. Verstappen moest vanwege een nieuwe motor achteraan starten.", "motor"),
        # a start at the back without its why is not kept
        ("GP van Monaco. Verstappen startte achteraan.", None),
    ],
)
def test_a_start_at_the_back_with_its_cause(parse: Parse, text: str, reason: str | None) -> None:
    back = [f for f in facts_of(parse(text, date="2018-05-27"), "grid") if f.detail == "back"]
    assert (reason in (back[0].reason or "")) if reason else not back, back


def test_a_glued_heading(parse: Parse) -> None:
    # the heading is no subject of the sentence it was glued to
    a = parse(
        "GP van Portugal. Verstappen snel na safetycar Nadat Räikkönen in de tweede ronde van de baan was"
        " geschoten na een botsing met Giovinazzi, kwam de safetycar.",
        date="2021-05-02",
    )
    pairs = {(f.driver, f.others) for f in facts_of(a, "collision")}
    assert ("raikkonen", ("giovinazzi",)) in pairs
    assert all("max_verstappen" not in (d, *o) for d, o in pairs), pairs


@pytest.mark.parametrize(
    "text, finish",
    [
        # last year's edition, the team's one-two, a first place held for a while: none is his result
        ("GP van Oostenrijk. Bottas won de vorige editie van de GP van Oostenrijk.", set()),
        ("Austrian GP. Bottas won last year's race in Austria.", set()),
        ("GP van Bahrein. Sainz werd tweede en maakte er een dubbele overwinning van.", {("sainz", 2)}),
        ("Bahrain GP. Sainz was second to complete a double victory for Ferrari.", {("sainz", 2)}),
        (
            "GP van Rusland. Verstappen kwam aan de leiding en die eerste positie hield hij heel lang vast.",
            set(),
        ),
        ("Russian GP. Verstappen took the lead and held first place for 20 laps.", set()),
        # this year's win is his
        ("GP van Oostenrijk. Bottas won de GP van Oostenrijk.", {("bottas", 1)}),
    ],
)
def test_not_this_races_result(parse: Parse, text: str, finish: set[tuple[str, int]]) -> None:
    a = parse(text, date="2018-07-01")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"} == finish


@pytest.mark.parametrize(
    "text, pole",
    [
        (
            "GP van Hongarije. De start, met Russell voor het eerst op poleposition, verliep goed voor"
            " Verstappen.",
            "russell",
        ),
        (
            "Hungarian GP. The start, with Russell on pole for the first time, went well for Verstappen.",
            "russell",
        ),
        ("Hungarian GP. With Russell again on pole, Verstappen started tenth.", "russell"),
    ],
)
def test_pole_of_the_one_named_with_it(parse: Parse, text: str, pole: str) -> None:
    a = parse(text, date="2022-07-31")
    assert {f.driver for f in facts_of(a, "grid") if f.detail == "pole"} == {pole}


@pytest.mark.parametrize(
    "text, haul",
    [
        ("GP van Oostenrijk, sprint. Verstappen krijgt als winnaar van de sprintrace acht punten.", {8}),
        ("GP van Oostenrijk, sprint. Verstappen kreeg als nummer twee zeven punten.", {7}),
        # a total is no haul
        ("GP van Oostenrijk. Verstappen heeft als leider van het kampioenschap nu 175 punten.", set()),
    ],
)
def test_a_haul_as_the_winner(parse: Parse, text: str, haul: set[float]) -> None:
    a = parse(text, date="2022-07-09")
    assert {f.amount for f in facts_of(a, "race_points")} == haul


@pytest.mark.parametrize(
    "text, finish",
    [
        # the win of a clause that goes on from its subject, another driver's place after "as"
        (
            "British GP. Hamilton drove well to climb up the order and take the win for Mercedes as Leclerc"
            " settled for second place.",
            {("hamilton", 1), ("leclerc", 2)},
        ),
        (
            "British GP. Hamilton fought back and took the victory as Leclerc had to settle for second.",
            {("hamilton", 1), ("leclerc", 2)},
        ),
        # "zou" after "uiteindelijk" tells what happened; a supposed place stays none
        (
            "GP van België. Hamilton ging Vettel voorbij, die uiteindelijk als vierde zou eindigen.",
            {("vettel", 4)},
        ),
        ("GP van België. Vettel zou als vierde eindigen als hij niet was gecrasht.", set()),
        # where he rejoined after a stop is no result
        ("GP van Japan. Leclerc ging in ronde vier binnen en kwam als laatste weer de baan op.", set()),
        ("Japanese GP. Leclerc pitted on lap four and rejoined in last place.", set()),
    ],
)
def test_whose_place(parse: Parse, text: str, finish: set[tuple[str, int]]) -> None:
    a = parse(text, date="2021-07-18")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"} == finish


@pytest.mark.parametrize(
    "text, reason",
    [
        # a team the phrase is for is no why; a team's deed is
        (
            "British GP. Despite a time penalty, Hamilton went on to take the win for Mercedes as Leclerc"
            " settled for second.",
            None,
        ),
        (
            "Hungarian GP. Alonso got a five-second penalty for Ferrari's unsafe release in the pits.",
            "unsafe",
        ),
    ],
)
def test_a_team_is_no_reason(parse: Parse, text: str, reason: str | None) -> None:
    got = [f.reason for f in facts_of(parse(text, date="2021-07-18"), "penalty")]
    assert got and ((reason in (got[0] or "")) if reason else got[0] is None), got


@pytest.mark.parametrize(
    "text, finish",
    [
        # "niet verder dan plek zeven": where he ended; a place held is none
        ("GP van Monaco. Hamilton geraakte niet verder dan plek zeven.", {("hamilton", 7, "final")}),
        ("GP van Monaco. Hamilton kwam niet verder dan plek 7.", {("hamilton", 7, "final")}),
        ("GP van Monaco. Hamilton reed lang op plek zeven.", set()),
        # headed for a win ("GP-zege") is no win
        (
            "GP van Monaco. Het ging perfect voor Hamilton, die op weg was naar zijn tweede GP-zege op rij.",
            {("hamilton", 1, "hypothetical")},
        ),
        # the one a race "saw" finish somewhere
        (
            "Monaco GP. Leclerc took the win in a race which saw Hamilton finish seventh.",
            {("leclerc", 1, "final"), ("hamilton", 7, "final")},
        ),
        ("GP van Monaco. De race zag Hamilton als zevende eindigen.", {("hamilton", 7, "final")}),
    ],
)
def test_how_the_race_ended_for_him(parse: Parse, text: str, finish: set[tuple[str, int, str]]) -> None:
    a = parse(text, date="2021-05-23")
    assert {(f.driver, f.position, f.status) for f in facts_of(a, "finish")} == finish


@pytest.mark.parametrize(
    "text, gap",
    [
        # a winner's margin told with "won it by ... over", "gevolgd door X op ...", "followed home by X at"
        (
            "German GP. Verstappen won it by 7.333 seconds over Scuderia Ferrari's Sebastian Vettel.",
            {("max_verstappen", ("vettel",), 7333, "ahead")},
        ),
        (
            "GP van Brazilië. Hamilton won de race, gevolgd door Verstappen op 1,469 seconden.",
            {("hamilton", ("max_verstappen",), 1469, "ahead")},
        ),
        (
            "GP van Brazilië. Verstappen kwam tekort op Hamilton die als eerste finishte gevolgd door"
            " Verstappen op 1.469 seconden.",
            {("hamilton", ("max_verstappen",), 1469, "ahead")},
        ),
        (
            "Brazilian GP. Hamilton won, followed home by Verstappen at 1.469s.",
            {("hamilton", ("max_verstappen",), 1469, "ahead")},
        ),
        # a place after "gevolgd door" is no gap
        ("GP van Brazilië. Hamilton won de race, gevolgd door Verstappen op plaats twee.", set()),
    ],
)
def test_a_margin_at_the_finish(
    parse: Parse, text: str, gap: set[tuple[str, tuple[str, ...], int, str]]
) -> None:
    a = parse(text, date="2019-07-28")
    assert {(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "time_gap")} == gap


@pytest.mark.parametrize(
    "text, totals",
    [
        # a list goes on after "volgt met"; a lead "with" the total is held with it; a gap grown is none
        (
            "GP van Duitsland. Hamilton leidt nu met 223 punten, Bottas volgt met 184.",
            {("hamilton", 223), ("bottas", 184)},
        ),
        ("Singapore GP. Hamilton maintains a commanding lead with 296 points.", {("hamilton", 296)}),
        ("Singapore GP. Hamilton extends his lead with 25 points.", set()),
        # the two totals after a gap, when they make the gap
        (
            "GP van Hongarije. Hamilton heeft een voorsprong van 24 punten op Vettel; 213 om 189.",
            {("hamilton", 213), ("vettel", 189)},
        ),
        (
            "Hungarian GP. Hamilton leads Vettel by 24 points, 213 to 189.",
            {("hamilton", 213), ("vettel", 189)},
        ),
        ("GP van Hongarije. Hamilton heeft een voorsprong van 24 punten op Vettel; 213 om 190.", set()),
    ],
)
def test_totals_around_a_lead(parse: Parse, text: str, totals: set[tuple[str, float]]) -> None:
    a = parse(text, date="2019-07-28")
    assert {(f.driver, f.amount) for f in facts_of(a, "points")} == totals


@pytest.mark.parametrize(
    "text, grid",
    [
        # the title as the predicate is the subject's
        (
            "Singapore GP. Leclerc was the pole-sitter with Hamilton starting in second.",
            {("leclerc", 1), ("hamilton", 2)},
        ),
        ("GP van Singapore. Leclerc was de polesitter.", {("leclerc", 1)}),
        ("Singapore GP. Hamilton passed the pole-sitter Leclerc.", {("leclerc", 1)}),
    ],
)
def test_the_pole_sitter_as_predicate(parse: Parse, text: str, grid: set[tuple[str, int]]) -> None:
    a = parse(text, date="2019-09-22")
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} == grid


@pytest.mark.parametrize(
    "text, finish",
    [
        # a pair completing the podium: second and third, in order
        (
            "GP van Brazilië. Het podium wordt zo verrassend vervolledigd door Pierre Gasly en Carlos Sainz.",
            {("gasly", 2), ("sainz", 3)},
        ),
        ("Brazilian GP. The podium was completed by Gasly and Sainz.", {("gasly", 2), ("sainz", 3)}),
        # one alone completing it was third
        ("Brazilian GP. The podium was completed by Sainz.", {("sainz", 3)}),
    ],
)
def test_a_podium_completed_by(parse: Parse, text: str, finish: set[tuple[str, int]]) -> None:
    a = parse(text, date="2019-11-17")
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == finish


@pytest.mark.parametrize(
    "text, grid",
    [
        # an aside between dashes after a name is about that name
        (
            "Miami GP. Verstappen – who started in third – got past Sainz early on.",
            {("max_verstappen", 3, "final")},
        ),
        (
            "GP van Miami. Verstappen - die als derde was gestart - ging Sainz voorbij.",
            {("max_verstappen", 3, "final")},
        ),
        # the start a wish is made from is told as done; the start hoped for is not
        (
            "GP van Groot-Brittannië. Vanaf de derde startplek hoopt Verstappen de aanval in te zetten.",
            {("max_verstappen", 3, "final")},
        ),
        ("British GP. From third on the grid Verstappen hopes to win.", {("max_verstappen", 3, "final")}),
        (
            "GP van Groot-Brittannië. Verstappen hoopt vanaf de derde startplek te kunnen winnen.",
            {("max_verstappen", 3, "hypothetical")},
        ),
    ],
)
def test_a_start_told_aside(parse: Parse, text: str, grid: set[tuple[str, int, str]]) -> None:
    a = parse(text, date="2022-05-08")
    assert {(f.driver, f.position, f.status) for f in facts_of(a, "grid")} == grid


def test_an_aside_about_a_corner_is_no_drivers(parse: Parse) -> None:
    # "die" after "de eerste bocht" is the corner: the one who dropped back is the clause's subject
    a = parse(
        "GP van Oostenrijk. Leclerc won. Verstappen was voor de eerste bocht - die net een nieuwe naam had"
        " gekregen - teruggezakt naar de achtste plaats.",
        date="2019-06-30",
    )
    assert ("leclerc", 8) not in {(f.driver, f.position) for f in facts_of(a, "finish")}


@pytest.mark.parametrize(
    "text, reason",
    [
        # the stewards' finding right after the paragraph, naming him
        (
            "GP van Oostenrijk. Hamilton moet voor straf drie plekken naar achteren.\n\nStewards oordeelden"
            " dat Hamilton Räikkönen hinderde.",
            "hinderde",
        ),
        # ... not one naming someone else
        (
            "GP van Oostenrijk. Hamilton moet voor straf drie plekken naar achteren.\n\nStewards oordeelden"
            " dat Leclerc te snel reed.",
            None,
        ),
        # his new parts right after a grid penalty; not another's
        (
            "GP van België. Verstappen ontvangt een forse gridstraf. De Red Bull-coureur krijgt een nieuwe"
            " motor.",
            "motor",
        ),
        ("GP van België. Verstappen ontvangt een forse gridstraf. Leclerc krijgt een nieuwe motor.", None),
    ],
)
def test_a_grid_penalty_explained_after(parse: Parse, text: str, reason: str | None) -> None:
    got = [f for f in facts_of(parse(text, date="2019-06-29"), "penalty") if f.penalty == "grid"]
    assert got and ((reason in (got[0].reason or "")) if reason else got[0].reason is None), got


@pytest.mark.parametrize(
    "text, finish",
    [
        # "waaronder X, die ...": the group's relative; what follows it is the subject's
        (
            "GP van Rusland. Verstappen haalde een reeks coureurs in, waaronder Norris, die op slicks bleven"
            " rijden en kon zo beslag leggen op de tweede plaats.",
            {("max_verstappen", 2)},
        ),
        # a relative right after a name is his
        (
            "GP van Rusland. Hamilton won voor Norris, die als tweede eindigde.",
            {("hamilton", 1), ("norris", 2)},
        ),
    ],
)
def test_a_relative_of_a_group(parse: Parse, text: str, finish: set[tuple[str, int]]) -> None:
    a = parse(text, date="2021-09-26")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"} == finish


def test_an_example_of_a_group_is_no_pair(parse: Parse) -> None:
    # the pair listed after "including" did not collide because the clause after them tells a touch
    a = parse(
        "Austrian GP. Nine drivers abandoned, including both Red Bulls of Verstappen and Albon - who tried to"
        " overtake Hamilton, touched wheels and flew off.",
        date="2020-07-05",
    )
    assert ("max_verstappen", ("albon",)) not in {(f.driver, f.others) for f in facts_of(a, "collision")}


@pytest.mark.parametrize(
    "text, winners",
    [
        # a win "since" which a count stands is an earlier race's
        ("Italian GP. Hamilton has been stuck on 99 wins since taking the British GP in July.", set()),
        ("Italian GP. Bottas won the sprint, his first win since his victory in Russia.", {"bottas"}),
        # a count of wins is no race's win
        ("Italian GP. Hamilton has been stuck on 99 wins this summer.", set()),
        ("Dutch GP. He now has 30 race wins.", set()),
        ("GP van Italië. Hamilton staat al maanden op 99 zeges.", set()),
    ],
)
def test_a_win_since(parse: Parse, text: str, winners: set[str]) -> None:
    a = parse(text, date="2021-09-11")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == winners


@pytest.mark.parametrize(
    "text, reason",
    [
        # a demonym is who, not why
        (
            "GP van Singapore. Perez behoudt zege: penalty van vijf seconden en reprimande voor Mexicaan.",
            None,
        ),
        ("GP van Singapore. Pérez kreeg een tijdstraf van vijf seconden voor te veel afstand.", "afstand"),
    ],
)
def test_a_demonym_is_no_reason(parse: Parse, text: str, reason: str | None) -> None:
    got = [f for f in facts_of(parse(text, date="2022-10-02"), "penalty") if f.penalty == "time"]
    assert got and ((reason in (got[0].reason or "")) if reason else got[0].reason is None), got


@pytest.mark.parametrize(
    "text, finish",
    [
        # the one who saw others pass goes on with the finite verb after "en"
        (
            "GP van Portugal. Bottas, die van pole was gestart, zag tijdens de race zowel Hamilton als"
            " Verstappen voorbijkomen en finishte als derde.",
            {("bottas", 3)},
        ),
        (
            "GP van Portugal. Bottas zag Hamilton voorbij schieten en de overwinning pakken.",
            {("hamilton", 1)},
        ),
        # a win nearly had, or seen slipping away, is none
        ("Russian GP. Norris was minutes from victory when the rain came.", set()),
        ("GP van Rusland. Norris was enkele ronden verwijderd van de zege.", set()),
        ("Russian GP. The downpour sees Norris' first F1 victory slide away.", set()),
    ],
)
def test_whose_result_after_a_sighting(parse: Parse, text: str, finish: set[tuple[str, int]]) -> None:
    a = parse(text, date="2021-09-26")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"} == finish


@pytest.mark.parametrize(
    "text, finish",
    [
        # an apposition naming an earlier race's win, without its article, is no year of the sentence
        (
            "Abu Dhabi GP. Hamilton's teammate Bottas of Finland, winner of the 2017 Abu Dhabi GP, came"
            " fifth.",
            {("bottas", 5, "final")},
        ),
        ("Abu Dhabi GP. Bottas won the 2017 Abu Dhabi GP.", {("bottas", 1, "history")}),
    ],
)
def test_an_apposition_of_an_earlier_win(parse: Parse, text: str, finish: set[tuple[str, int, str]]) -> None:
    a = parse(text, date="2018-11-25")
    assert {(f.driver, f.position, f.status) for f in facts_of(a, "finish")} == finish


@pytest.mark.parametrize(
    "text, poles",
    [
        # the season's other races: their poles are not this race's
        (
            "GP van Toscane. In de overige twee races mocht Bottas vanop de pole starten.",
            {("bottas", "history")},
        ),
        ("Tuscan GP. Bottas took pole in the other two races.", {("bottas", "history")}),
        ("GP van Toscane. Bottas mocht vanop de pole starten.", {("bottas", "final")}),
    ],
)
def test_a_pole_of_other_races(parse: Parse, text: str, poles: set[tuple[str, str]]) -> None:
    a = parse(text, date="2020-09-12")
    got = {(f.driver, f.status) for f in facts_of(a, "grid") if f.detail == "pole" and f.driver == "bottas"}
    assert got == poles


@pytest.mark.parametrize(
    "text, kind, places",
    [
        # the place after "ahead of X in" is the one ahead's, unless he won
        (
            "Russian GP qualifying. Verstappen qualified ahead of Bottas in fourth position.",
            "qualifying",
            {("max_verstappen", 4)},
        ),
        (
            "GP van Rusland, kwalificatie. Verstappen kwalificeerde zich voor Bottas op de vierde plaats.",
            "qualifying",
            {("max_verstappen", 4)},
        ),
        (
            "GP van Rusland. Hamilton won voor Bottas op de tweede plaats.",
            "finish",
            {("hamilton", 1), ("bottas", 2)},
        ),
        # a start of the race after a word of qualifying is the race's start
        (
            "GP van Amerika. Hamilton moest na een matige kwalificatie als vijfde aan de race beginnen.",
            "grid",
            {("hamilton", 5)},
        ),
    ],
)
def test_whose_place_and_which(parse: Parse, text: str, kind: str, places: set[tuple[str, int]]) -> None:
    a = parse(text, date="2019-09-29")
    assert {(f.driver, f.position) for f in facts_of(a, kind)} == places
