"""Phrase families found in the blind sets of 5 December (sets 40 and 41), with examples both ways in our own
words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def held(a: ParsedArticle, kind: str) -> set[tuple[str, int | None, str]]:
    return {
        (f.driver, f.position, f.session)
        for f in facts_of(a, kind)
        if f.status in ("final", "provisional")
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pole inherited is the one's who inherits it
        (
            "Qatar GP. Piastri must start from the back after an engine change, meaning that Norris inherits"
            " pole position.",
            {("norris", 1, "race")},
        ),
        ("GP van Qatar. Norris erft de pole van Piastri.", {("norris", 1, "race")}),
        # a pole he will not have
        ("Qatar GP. Sadly Norris won't turn that into pole position because of his penalty.", set()),
        ("GP van Qatar. Norris zal niet van pole kunnen vertrekken.", set()),
        ("Qatar GP. Norris will start from pole.", {("norris", 1, "race")}),
    ],
)
def test_a_pole_inherited_or_not_had(parse: Parse, text: str, expected: set[tuple[str, int, str]]) -> None:
    poles = {(d, p, s) for d, p, s in held(parse(text, date="2024-11-30"), "grid") if p == 1}
    assert poles == expected


@pytest.mark.parametrize(
    "text, kind, place",
    [
        # the place after "maar" is of the kind the denied one was
        ("GP van Qatar. Daardoor staat Norris niet derde op de grid maar achtste.", "grid", 8),
        ("Qatar GP. Norris now lines up not third on the grid but eighth.", "grid", 8),
        ("GP van Qatar. Norris start daardoor niet als derde, maar als achtste.", "grid", 8),
        # "aan de start": where they started
        ("GP van Qatar. Piastri en Norris stonden als eerste en tweede aan de start.", "grid", 2),
        ("GP van Qatar. Piastri won. Norris werd tweede.", "finish", 2),
    ],
)
def test_the_kind_of_a_place(parse: Parse, text: str, kind: str, place: int) -> None:
    a = parse(text, date="2024-12-01")
    assert ("norris", place) in {(d, p) for d, p, _ in held(a, kind)}
    other = "finish" if kind == "grid" else "grid"
    assert ("norris", place) not in {(d, p) for d, p, _ in held(a, other)}


@pytest.mark.parametrize(
    "text, holder",
    [
        # the drivers held off are not the one placed
        ("Abu Dhabi GP. Norris fends off Piastri and Ferrari's Leclerc for 3rd in the standings.", "norris"),
        ("Abu Dhabi GP. Norris held off Leclerc for third in the standings.", "norris"),
        ("Abu Dhabi GP. Leclerc took third in the championship ahead of Norris.", "leclerc"),
    ],
)
def test_a_place_fended_off_for(parse: Parse, text: str, holder: str) -> None:
    assert {d for d, p, _ in held(parse(text, date="2024-12-08"), "championship") if p == 3} == {holder}


@pytest.mark.parametrize(
    "text, session",
    [
        # a sprint report told by its lead: the bare places after it are the sprint's (in 2021 "sprint
        # qualifying" was the sprint itself; from 2023 it is the session before it, see test_shootout)
        (
            "Norris stormed to sprint qualifying victory at the São Paulo Grand Prix. Sainz was second in the"
            " sprint. Leclerc finished third.",
            "sprint",
        ),
        (
            "Norris stormed to victory at the São Paulo GP. Sainz was second. Leclerc finished third.",
            "race",
        ),
    ],
)
def test_a_sprint_win_in_the_lead(parse: Parse, text: str, session: str) -> None:
    a = parse(text, date="2021-11-14")
    assert {s for d, p, s in held(a, "finish") if d == "leclerc"} == {session}


def test_the_main_race_grid_in_a_sprint_report(parse: Parse) -> None:
    a = parse(
        "Norris won the sprint race in Qatar. Piastri was second. Leclerc goes into Sunday's main race in"
        " third in the standings and will start from fourth.",
        date="2024-11-30",
    )
    assert ("leclerc", 4, "race") in held(a, "grid")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the race's win behind a gain in the standings
        ("GP van België. Norris liep door zijn zege in België in de WK-stand drie punten in.", {"norris"}),
        ("Belgian GP. Norris closed in on the championship lead with his victory at Spa.", {"norris"}),
        # the title, or a win whose owner is named only after it
        ("GP van België. Norris pakte met zijn zege in het kampioenschap de titel.", set()),
        (
            "GP van België. De Brit, die door zijn zege de leiding in het kampioenschap overnam van Norris,"
            " was blij.",
            set(),
        ),
    ],
)
def test_a_win_told_by_its_gain_in_the_standings(parse: Parse, text: str, expected: set[str]) -> None:
    assert {d for d, p, _ in held(parse(text, date="2024-07-28"), "finish") if p == 1} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "respectively" of another part of the sentence leaves this part's places
        (
            "GP van België. Norris, die als achttiende startte, werd vierde, terwijl Sainz en Alonso"
            " respectievelijk als vijfde en zesde eindigden.",
            {("norris", 4), ("sainz", 5), ("alonso", 6)},
        ),
        ("Belgian GP. Norris started 11th before pitting twice and finished fourth.", {("norris", 4)}),
        # a list of sessions counted, not places
        ("GP van België. Norris was snel in de eerste en tweede training en werd vierde.", {("norris", 4)}),
    ],
)
def test_places_beside_a_list(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(text, date="2024-07-28")
    assert {(d, p) for d, p, _ in held(a, "finish")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the podium listed right after its word, in its order
        (
            "GP van België. Dat het podium – Norris, Piastri, Leclerc – zo verrassend was, zegt genoeg.",
            {("norris", 1), ("piastri", 2), ("leclerc", 3)},
        ),
        (
            "Belgian GP. The podium: Norris, Piastri and Leclerc.",
            {("norris", 1), ("piastri", 2), ("leclerc", 3)},
        ),
        # names after the podium word without a list mark, or a longer list
        ("GP van België. Het podium lag binnen bereik voor Norris, Piastri en Leclerc.", set()),
        ("Belgian GP. The podium: Norris, Piastri, Leclerc and Sainz were all in the fight.", set()),
    ],
)
def test_the_podium_listed(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert {(d, p) for d, p, _ in held(parse(text, date="2024-07-28"), "finish")} == expected


@pytest.mark.parametrize(
    "text, grid_place",
    [
        # from where he started to where he finished
        ("Belgian GP. Norris won, climbing from 14th to finish first.", 14),
        # a climb during the race: no start
        ("Belgian GP. Norris climbed from 14th to fifth before his stop.", None),
    ],
)
def test_from_a_place_to_finish(parse: Parse, text: str, grid_place: int | None) -> None:
    places = {p for d, p, _ in held(parse(text, date="2024-07-28"), "grid") if d == "norris"}
    assert places == ({grid_place} if grid_place else set())


@pytest.mark.parametrize(
    "text",
    [
        # where it was heading, a place gained, a place in another session
        "Brazilian GP. Before the contact, Norris was leading the race, on pace to win.",
        "GP van Brazilië. Norris wist in bocht 3 nog een plek te winnen door Piastri voorbij te gaan.",
        "Brazilian GP. Norris won a place at the start.",
        "Brazilian GP. Norris started at the front after securing the first spot in the Friday's session.",
    ],
)
def test_no_win(parse: Parse, text: str) -> None:
    assert not {d for d, p, _ in held(parse(text, date="2024-11-03"), "finish") if p == 1}


@pytest.mark.parametrize(
    "text, started",
    [
        # the order for a restart is not the race's grid
        ("GP van Brazilië. Norris kwam bij de herstart als derde op de grid te staan.", set()),
        ("Brazilian GP. Norris was the polesitter for the restart.", set()),
        ("Brazilian GP. Norris started from pole.", {("norris", 1)}),
    ],
)
def test_a_restart_is_no_start(parse: Parse, text: str, started: set[tuple[str, int]]) -> None:
    assert {(d, p) for d, p, _ in held(parse(text, date="2024-11-03"), "grid")} == started


def penalised(a: ParsedArticle) -> set[tuple[str, str | None, int | None, str | None]]:
    return {(f.driver, f.penalty, f.amount, f.detail) for f in facts_of(a, "penalty")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # those who profited from a penalty did not get it; the one the relative clause names did
        (
            "GP van Brazilië. Piastri en Leclerc profiteerden van de strafseconden die Norris kreeg.",
            {("norris", "time", None, None)},
        ),
        # the one punished is the object of "bestrafte ... met", with how many
        (
            "GP van Brazilië. De stewards bestraften Norris met twee keer 5 seconden voor het afsnijden.",
            {("norris", "time", 5, "times:2")},
        ),
    ],
)
def test_whose_penalty(parse: Parse, text: str, expected: set[tuple[str, str, int, str]]) -> None:
    assert penalised(parse(text, date="2024-11-03")) == expected


def test_the_classification_after_a_disqualification_told_first(parse: Parse) -> None:
    a = parse(
        "GP van Brazilië. Norris is nu naar de tweede plaats gepromoveerd terwijl Leclerc als derde"
        " geklasseerd is. Piastri kwam als tweede over de streep, maar werd gediskwalificeerd.",
        date="2024-11-04",
    )
    assert {("norris", 2), ("leclerc", 3)} <= {(d, p) for d, p, _ in held(a, "finish")}


@pytest.mark.parametrize(
    "text",
    [
        # a win sought, "the latter"
        "GP van Brazilië. Norris ging op zoek naar een vierde opeenvolgende zege.",
        "GP van Brazilië. Norris maakt jacht op zijn vierde overwinning in São Paulo.",
    ],
)
def test_a_win_sought_is_none(parse: Parse, text: str) -> None:
    assert not held(parse(text, date="2024-11-03"), "finish")


def test_the_latter_is_no_last_place(parse: Parse) -> None:
    a = parse("GP van Brazilië. Piastri bleef leiden voor Norris, tot ergernis van die laatste.")
    assert not held(a, "finish")
    last = parse("GP van Brazilië. Norris werd laatste.")
    assert ("norris", -1) in {(d, p) for d, p, _ in held(last, "finish")}


def test_a_results_table_with_car_numbers(parse: Parse) -> None:
    a = parse(
        "Uitslag Grand Prix van Brazilië 2024\n"
        "Pos | # | Coureur | Team | Tijd |\n"
        "---|---|---|---|---|\n"
        "1 | 1 | Max Verstappen Red Bull | Red Bull | 2:06:54.430 |\n"
        "2 | 31 | Esteban Ocon Alpine | Alpine | +19.477 |\n"
        "3 | 10 | Pierre Gasly Alpine | Alpine | +22.532 |\n",
        date="2024-11-03",
    )
    assert {(d, p) for d, p, _ in held(a, "finish")} == {("max_verstappen", 1), ("ocon", 2), ("gasly", 3)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one a relation is told of ("de stalgenoot van X") is not the one placed
        ("GP van Brazilië. Piastri, de stalgenoot van Norris, vertrekt van P4.", {("piastri", 4)}),
        ("Brazilian GP. Piastri, the team-mate of Norris, starts from P4.", {("piastri", 4)}),
        ("GP van Brazilië. De McLaren van Norris vertrekt van P4.", {("norris", 4)}),
    ],
)
def test_a_relation_of_another(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert {(d, p) for d, p, _ in held(parse(text, date="2024-11-02"), "grid")} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the first out on track is no place
        "GP van Brazilië. Norris ging in Q1 als eerste de baan op.",
        "Brazilian GP. Norris was first out of the pits for the final runs in qualifying.",
    ],
)
def test_first_out_on_track_is_no_place(parse: Parse, text: str) -> None:
    a = parse(text, date="2024-11-02")
    assert not held(a, "qualifying") and not held(a, "finish")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count beyond what a season holds is the career's
        ("GP van Portugal. Norris moest voor zijn 37ste Formule 1-zege Piastri verschalken.", ("wins", 37)),
        ("Portuguese GP. Norris took his 41st pole.", ("poles", 41)),
        # a small count without a scope stays unread
        ("GP van Portugal. Norris pakte zijn derde overwinning.", None),
    ],
)
def test_a_career_count(parse: Parse, text: str, expected: tuple[str, int] | None) -> None:
    counts = {(f.detail, f.amount) for f in facts_of(parse(text, date="2024-04-21"), "count")}
    assert counts == ({(f"{expected[0]}:career", expected[1])} if expected else set())


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one an active verb punishes, and "him" after it
        (
            "Singapore GP. Leclerc was second. The FIA reprimanded Norris for the first incident and gave"
            " him a five-second penalty for the second infringement, leaving him ahead of Leclerc.",
            {("norris", "reprimand", None), ("norris", "time", 5)},
        ),
        # days of public service
        (
            "GP van Brazilië. De stewards oordeelden dat Norris twee dagen publieke dienst moet vervullen.",
            {("norris", "service", 2)},
        ),
    ],
)
def test_the_one_punished(parse: Parse, text: str, expected: set[tuple[str, str, int | None]]) -> None:
    got = {(d, k, n) for d, k, n, _ in penalised(parse(text, date="2024-10-06"))}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # what he felt, a fragment: no reason
        "GP van Brazilië. Norris was boos om zijn tijdstraf. De Brit had het gevoel dat ze op hem letten.",
        "Brazilian GP. Norris kept the win after an FIA investigation into it only resulted in a penalty.",
    ],
)
def test_no_reason_from_a_feeling_or_a_fragment(parse: Parse, text: str) -> None:
    a = parse(text, date="2024-11-04")
    reasons = {f.reason or "" for f in facts_of(a, "penalty")}
    assert not {r for r in reasons if "gevoel" in r or "resulted" in r}


def test_lined_up_is_the_grid(parse: Parse) -> None:
    a = parse("GP van Brazilië. Piastri mocht als tweede starten. Norris schoof als derde aan.")
    assert ("norris", 3) in {(d, p) for d, p, _ in held(a, "grid")}
    assert not held(a, "finish")


@pytest.mark.parametrize(
    "text, winner",
    [
        # the one a second place is behind was first
        ("GP van Italië. Verstappen werd in de sprintrace tweede achter Norris.", "norris"),
        ("Italian GP. Verstappen finished second behind Norris.", "norris"),
        # a list behind, or a tally of second places
        ("Italian GP. Verstappen was second behind Norris and Piastri.", None),
        ("GP van Italië. Verstappen eindigde dit jaar drie keer als tweede achter Norris.", None),
        # the first to pit
        ("GP van Italië. Na vijftien ronden maakte Norris als eerste een pitstop.", None),
    ],
)
def test_second_behind(parse: Parse, text: str, winner: str | None) -> None:
    firsts = {d for d, p, _ in held(parse(text, date="2024-09-01"), "finish") if p == 1}
    assert firsts == ({winner} if winner else set())


@pytest.mark.parametrize(
    "text",
    [
        # a tally of places over several races, "als" between the count and the place
        "GP van Oostenrijk. Verder eindigde Norris vijf keer als vierde en een keer als vijfde.",
        "GP van Oostenrijk. Norris eindigde dit jaar drie keer als tweede achter Piastri.",
    ],
)
def test_a_tally_with_als_is_no_place(parse: Parse, text: str) -> None:
    assert not facts_of(parse(text, date="2024-06-30"), "finish")
