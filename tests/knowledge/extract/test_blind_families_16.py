"""Phrase families found in the sets of the session of 6 December (third), each with examples both ways in
our own words: championship gaps told with a verb of standing ("staat drie punten voor", "voor staat op"),
"by just N points", "puts him N points ahead of", a margin of points over one, a lead in the championship
over one, a lead grown over "eerste achtervolger X (team)", "maar liefst" as no "but", and gaps behind the
leader the article names ("staat tweede met een achterstand van N punten", "heeft zijn achterstand verkleind
tot")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle

Parse = Callable[..., ParsedArticle]

NEWS = "Formule 1 nieuws\n\n"


def points_gaps(a: ParsedArticle) -> set[tuple[str, tuple[str, ...], int | None, str | None]]:
    return {(f.driver, f.others, f.amount, f.detail) for f in a.facts if f.kind == "points_gap"}


# --- a gap in the championship told with a verb of standing -------------------------------------------------


@pytest.mark.parametrize(
    "body, gap",
    [
        ("Norris staat nu vier punten voor Piastri in de WK-stand.", ("norris", ("piastri",), 4, "ahead")),
        ("In het klassement ligt Norris zes punten voor Piastri.", ("norris", ("piastri",), 6, "ahead")),
        (
            "Norris werd vierde en staat nu twee punten voor Piastri.",  # the clause goes on with its subject
            ("norris", ("piastri",), 2, "ahead"),
        ),
        (
            "Leclerc is derde met 200 punten, en Norris, die elf punten voor staat op Piastri, is tweede.",
            ("norris", ("piastri",), 11, "ahead"),
        ),
        (
            "Norris leads Piastri by just three points in the standings.",
            ("norris", ("piastri",), 3, "ahead"),
        ),
        (
            "The win by Norris puts him 12 points ahead of Piastri in the championship.",
            ("norris", ("piastri",), 12, "ahead"),
        ),
        (
            "Fourth place for Piastri puts him 9 points behind Norris in the title race.",
            ("piastri", ("norris",), 9, "behind"),
        ),
        (
            "Norris took the title with a margin of 40 points over his team-mate Piastri.",
            ("norris", ("piastri",), 40, "ahead"),
        ),
        (
            "Norris goes home with a 15-point lead in the championship over Piastri.",
            ("norris", ("piastri",), 15, "ahead"),
        ),
        (
            "Met zijn zege heeft Norris zijn voorsprong op eerste achtervolger Oscar Piastri (McLaren)"
            " vergroot tot 31 punten.",
            ("norris", ("piastri",), 31, "ahead"),
        ),
        (
            "In de eindstand had Piastri maar liefst 52 punten minder dan Norris.",
            ("piastri", ("norris",), 52, "behind"),
        ),
    ],
)
def test_a_gap_told_with_standing_or_a_margin(
    parse: Parse, body: str, gap: tuple[str, tuple[str, ...], int, str]
) -> None:
    assert gap in points_gaps(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        "Norris kreeg vier punten voor zijn zege op Piastri.",  # points scored, no standing
        "Norris scoorde vier punten voor Piastri finishte.",
        "Norris won by a margin of 4 seconds over Piastri.",  # a race's margin
        "A win would put him 12 points ahead of Piastri, said Norris.",  # a supposition
        "Norris leads Piastri by about three points.",  # told roughly
    ],
)
def test_no_gap_from_points_scored_seconds_or_suppositions(parse: Parse, body: str) -> None:
    assert not points_gaps(parse(NEWS + body))


def test_maar_liefst_keeps_the_clause_whole(parse: Parse) -> None:
    a = parse(NEWS + "Norris startte maar liefst als twaalfde en werd toch nog tweede.")
    places = {(f.kind, f.driver, f.position) for f in a.facts if f.kind in ("grid", "finish")}
    assert ("grid", "norris", 12) in places


# --- a gap behind the leader the article names --------------------------------------------------------------


@pytest.mark.parametrize(
    "body, gaps",
    [
        (
            "Norris leidt het kampioenschap met 300 punten. Piastri staat tweede met een achterstand van 40"
            " punten, Leclerc is derde met 75 punten achterstand.",
            {("piastri", ("norris",), 40, "behind"), ("leclerc", ("norris",), 75, "behind")},
        ),
        (
            "Norris blijft leider in het WK. Piastri won de race en heeft zijn achterstand in het WK"
            " verkleind tot acht punten.",
            {("piastri", ("norris",), 8, "behind")},
        ),
    ],
)
def test_a_gap_behind_the_leader_named_before(
    parse: Parse, body: str, gaps: set[tuple[str, tuple[str, ...], int, str]]
) -> None:
    assert gaps <= points_gaps(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        # no leader named
        "Piastri staat tweede met een achterstand van 40 punten.",
        "Piastri won de race en heeft zijn achterstand in het WK verkleind tot acht punten.",
        # a gap in seconds, or one to another named
        "Norris leidt het WK. Piastri staat tweede met een achterstand van 4 seconden.",
        # the leader named too far before
        "Norris leidt het WK. Het regende. De zon scheen. Het waaide. Piastri staat tweede met een"
        " achterstand van 40 punten.",
    ],
)
def test_no_gap_to_a_leader_not_named(parse: Parse, body: str) -> None:
    assert not {g for g in points_gaps(parse(NEWS + body)) if g[3] == "behind" and not g[1]}
    assert not {g for g in points_gaps(parse(NEWS + body)) if g[1] == ("norris",)}


def test_a_gap_to_another_named_keeps_him(parse: Parse) -> None:
    body = "Norris leidt het WK. Piastri staat tweede met een achterstand van 40 punten op Leclerc."
    a = parse(NEWS + body)
    assert ("piastri", ("leclerc",), 40, "behind") in points_gaps(a)


# --- whoever does it is no one in particular ----------------------------------------------------------------


def places(a: ParsedArticle, kind: str) -> set[tuple[str, int | None, str]]:
    return {(f.driver, f.position, f.status) for f in a.facts if f.kind == kind}


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris rijdt zijn thuisrace. Wie van poleposition vertrekt, heeft een groot voordeel.",
        "Lando Norris rijdt zijn thuisrace. Want wie als eerste start, wint hier meestal.",
        "Lando Norris races at home. Whoever starts from pole usually wins here.",
    ],
)
def test_whoever_starts_from_pole_is_no_one(parse: Parse, body: str) -> None:
    assert not {p for p in places(parse(NEWS + body), "grid") if p[2] == "final"}


@pytest.mark.parametrize(
    "body",
    ["Lando Norris vertrekt van poleposition.", "Lando Norris, wie anders, vertrekt van poleposition."],
)
def test_one_named_starting_from_pole_stays(parse: Parse, body: str) -> None:
    assert ("norris", 1, "final") in places(parse(NEWS + body), "grid")


# --- a start's cause that goes on to a penalty --------------------------------------------------------------


def start_causes(a: ParsedArticle) -> set[tuple[str, int | None, str | None]]:
    return {(f.driver, f.position, f.reason) for f in a.facts if f.kind == "start_cause"}


def test_a_cause_that_goes_on_to_others_penalties_is_none(parse: Parse) -> None:
    body = "Norris raced well after starting from fourth due to Oscar Piastri's and Sainz's grid penalties."
    assert not start_causes(parse(NEWS + body))
    body = "Norris started fourth due to a gearbox change and Piastri's grid penalty."  # a penalty after it
    assert not start_causes(parse(NEWS + body))


def test_a_cause_followed_by_another_clause_stays(parse: Parse) -> None:
    body = "Norris started twelfth after a gearbox failure in Q2 and finished sixth."
    assert ("norris", 12, "a gearbox failure in Q2") in start_causes(parse(NEWS + body))


# --- in a report of the sprint, a start to come is the race's -----------------------------------------------

SPRINT_NL = "Piastri wint de sprintrace\n\n"


@pytest.mark.parametrize(
    "body, session",
    [
        (
            "Piastri won de sprintrace voor Norris. Norris zal vanaf de tweede plaats aan de race beginnen.",
            "race",
        ),
        ("Piastri won de sprintrace voor Norris. Norris will start the main event from second.", "race"),
        # the sprint named, or the start told done: the sprint's
        (
            "Piastri won de sprintrace. Norris zal de sprint volgende keer vanaf de tweede plaats beginnen.",
            "sprint",
        ),
        ("Piastri won de sprintrace voor Norris. Norris startte als tweede.", "sprint"),
    ],
)
def test_a_start_to_come_in_a_sprint_report(parse: Parse, body: str, session: str) -> None:
    a = parse(SPRINT_NL + body)
    assert {f.session for f in a.facts if f.kind == "grid" and f.driver == "norris"} == {session}


# --- a race weeks before, in an aside, and "daar" after it --------------------------------------------------

SOCHI = "Norris pakt pole in Sochi\n\n"


def test_an_aside_weeks_before_moves_nothing(parse: Parse) -> None:
    body = (
        "Norris pakte de pole in de GP van Rusland. Die pole zorgde voor feest bij McLaren, drie weken nadat"
        " het team op Monza nog eerste en tweede werd."
    )
    a = parse(SOCHI + body, date="2021-09-25")
    assert {(f.kind, f.grand_prix) for f in a.facts if f.driver == "norris"} >= {("grid", "russia")}
    assert not [f for f in a.facts if f.grand_prix == "italy"]


def test_daar_after_the_aside_is_that_race(parse: Parse) -> None:
    body = (
        "Norris pakte de pole in de GP van Rusland. Die pole zorgde voor feest bij McLaren, drie weken nadat"
        " het team op Monza nog eerste en tweede werd. Daar moest Norris genoegen nemen met de tweede plaats"
        " achter Ricciardo, maar op het Sochi Autodrom was hij de snelste."
    )
    a = parse(SOCHI + body, date="2021-09-25")
    assert ("finish", "italy", 2) in {
        (f.kind, f.grand_prix, f.position) for f in a.facts if f.driver == "norris"
    }
    assert not [f for f in a.facts if f.kind in ("qualifying", "finish") and f.grand_prix == "russia"]


# --- the back of the grid told bare, "knalde vol achterop", a crash with no one of the sentence -------------


@pytest.mark.parametrize(
    "body, back",
    [
        ("Daardoor zal Norris zondag helemaal achteraan het grid starten.", True),
        ("Norris started from the back of the grid and still finished fifth.", True),
        ("Het is maar een straf van drie plaatsen, dus Norris start niet achteraan de grid.", False),
        ("Norris zal zondag achteraan starten.", False),  # the back of what, and why, untold
        ("Norris reed lang achteraan in het veld.", False),
    ],
)
def test_the_back_of_the_grid_told_bare(parse: Parse, body: str, back: bool) -> None:
    a = parse(NEWS + body)
    assert any(f.kind == "grid" and f.detail == "back" and f.driver == "norris" for f in a.facts) is back


def collisions(a: ParsedArticle) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.driver, f.others) for f in a.facts if f.kind == "collision"}


@pytest.mark.parametrize(
    "body",
    [
        "Norris knalde vol achterop Piastri.",
        "De Brit Norris knalde hard achterop Piastri, die ook moest opgeven.",
    ],
)
def test_knalde_vol_achterop_is_a_collision(parse: Parse, body: str) -> None:
    assert ("norris", ("piastri",)) in collisions(parse(NEWS + body))


def test_knalde_tegen_de_muur_is_none(parse: Parse) -> None:
    assert not collisions(parse(NEWS + "Norris knalde vol tegen de muur."))


def test_a_crash_with_one_that_names_no_subject_is_no_collision(parse: Parse) -> None:
    body = (
        "Sainz werd negende. De eerste ronde werd opgeschrikt door een zware crash met Piastri als hoofdrol."
    )
    assert not collisions(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        "Sainz crashte. Na een botsing met Piastri viel hij uit.",  # the subject named by a pronoun
        "Sainz en Piastri botsten. De botsing kostte Piastri zijn podium.",  # the one told before
    ],
)
def test_a_collision_with_its_subject_named_stays(parse: Parse, body: str) -> None:
    assert {("sainz", ("piastri",)), ("piastri", ("sainz",))} & collisions(parse(NEWS + body))


# --- a list of names ends at a conjunction ------------------------------------------------------------------


def test_a_list_ends_at_whilst(parse: Parse) -> None:
    body = (
        "Third-placed Sainz ended just ahead of Piastri, who was several tenths behind his team-mate, whilst"
        " Leclerc and Hamilton completed the top six."
    )
    a = parse("Norris takes pole\n\n" + body)
    quali = {(f.driver, f.position) for f in a.facts if f.kind in ("qualifying", "finish")}
    assert {("leclerc", 5), ("hamilton", 6)} <= quali
    assert not {p for p in quali if p[1] == 4}


# --- an aim: "mikt op", "jaagt op" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Norris mikt zondag in de GP van Italië op zijn derde overwinning van het jaar.", "finish"),
        ("In België jaagt Norris op zijn tweede zege van het seizoen.", "finish"),
        ("Norris joeg op de pole position maar kwam net tekort.", "grid"),
    ],
)
def test_an_aim_is_no_result(parse: Parse, body: str, kind: str) -> None:
    a = parse(NEWS + body)
    assert not [f for f in a.facts if f.kind == kind and f.position == 1 and f.status == "final"]


def test_a_win_told_beside_an_aim_stays(parse: Parse) -> None:
    a = parse(NEWS + "Norris pakte zijn derde overwinning van het jaar.")
    assert [f for f in a.facts if f.kind == "finish" and f.position == 1 and f.status == "final"]


# --- counts past a hundred, "won for the Nth time", a headline's count --------------------------------------


def counts(a: ParsedArticle) -> set[tuple[str, float | None, str | None, str]]:
    return {(f.driver, f.amount, f.detail, f.status) for f in a.facts if f.kind == "count"}


@pytest.mark.parametrize(
    "body, count",
    [
        ("Norris took his 105th career victory.", ("norris", 105, "wins:career", "final")),
        ("Norris won for the 42nd time in his career.", ("norris", 42, "wins:career", "final")),
        ("Norris won de race voor de 42ste keer in zijn carrière.", ("norris", 42, "wins:career", "final")),
        ("Norris reaches 42nd career victory in Monza", ("norris", 42, "wins:career", "final")),
        ("Norris claimed his 120th podium finish.", ("norris", 120, "podiums:career", "final")),
    ],
)
def test_a_count_told(parse: Parse, body: str, count: tuple[str, int, str, str]) -> None:
    assert count in counts(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        # the wins of one race, a team's count, a count hoped for
        "Norris won voor de achtste keer in zijn carrière de Grote Prijs van Hongarije.",
        "Norris scored the 223rd pole position for the McLaren team.",
        "Norris claimed his 105th podium for Red Bull.",  # his with one team, no count of his career
        "The race, which Norris was hoping to make his 105th career victory, ended in the gravel.",
        "The race, which Norris was hoping to make his 42nd career victory, ended in the gravel.",
    ],
)
def test_no_count_of_a_race_a_team_or_a_hope(parse: Parse, body: str) -> None:
    assert not {c for c in counts(parse(NEWS + body)) if c[3] == "final"}


# --- a pole out of reach or missed; a place taken from one; "zou pas als"; a reason cut from a bracket ------


@pytest.mark.parametrize(
    "body",
    [
        "Ik maakte wat foutjes in de laatste sector, maar pole was buiten bereik, zei Norris.",
        "Uiteindelijk liep Norris de pole op slechts 0.041 seconde mis.",
        "For Norris pole was simply out of reach today.",
    ],
)
def test_a_pole_out_of_reach_or_missed_is_not_his(parse: Parse, body: str) -> None:
    assert not [f for f in parse(NEWS + body).facts if f.kind == "grid" and f.driver == "norris"]


def test_a_pole_taken_by_a_margin_stays(parse: Parse) -> None:
    a = parse(NEWS + "Norris pakte de pole met 0.041 seconde voorsprong.")
    assert [f for f in a.facts if f.kind == "grid" and f.driver == "norris" and f.position == 1]


def test_a_place_taken_from_one_is_his_running_place(parse: Parse) -> None:
    body = (
        "Piastri had Norris net verdrongen van de derde plaats. Norris kreeg een tijdstraf en zou pas als"
        " twaalfde finishen."
    )
    a = parse(NEWS + body)
    told = {(f.position, f.status) for f in a.facts if f.kind == "finish" and f.driver == "norris"}
    assert (12, "final") in told and (3, "final") not in told


def test_a_reason_cut_from_a_bracket_is_none(parse: Parse) -> None:
    body = (
        'Sainz drove well, but an "unsafe release" at his stop - which cost 5 seconds of penalty - and a'
        " late stop (while he was fighting for the podium) dropped him to fifth."
    )
    reasons = {f.reason for f in parse(NEWS + body).facts if f.kind == "penalty"}
    assert all(r is None or r.count("(") == r.count(")") for r in reasons)


# --- a penalty's kind compared with; a heavy hit before a red flag ------------------------------------------


def penalty_kinds(a: ParsedArticle) -> set[tuple[str, str | None, float | None]]:
    return {(f.driver, f.penalty, f.amount) for f in a.facts if f.kind == "penalty"}


@pytest.mark.parametrize(
    "body",
    [
        "The stewards gave Norris a 30 second time penalty - the equivalent of serving a 10-second stop-go"
        " penalty in the race.",
        "Norris kreeg een tijdstraf van 30 seconden, het equivalent van een stop-and-go.",
    ],
)
def test_a_kind_compared_with_is_not_the_penaltys(parse: Parse, body: str) -> None:
    assert ("norris", "time", 30) in penalty_kinds(parse(NEWS + body))


def test_a_stop_go_given_stays(parse: Parse) -> None:
    a = parse(NEWS + "Norris was given a 10-second stop-go penalty for speeding in the pit lane.")
    assert ("norris", "stop_go", 10) in penalty_kinds(a)


def test_a_heavy_hit_is_the_red_flags_cause(parse: Parse) -> None:
    body = "Piastri won na een uitgestelde start en een rode vlag na een keiharde klapper van Norris."
    a = parse(NEWS + body)
    assert {(f.driver, f.detail) for f in a.facts if f.kind == "safety_car"} == {("norris", "red_flag")}


# --- the place after the start, told with where he came from ------------------------------------------------


def moments(a: ParsedArticle) -> set[tuple[str, int | None, str | None]]:
    return {(f.driver, f.position, f.detail) for f in a.facts if f.kind == "moment" and f.unit == "place"}


@pytest.mark.parametrize(
    "body",
    [
        "Norris zakte na de start van P3 naar P6.",
        "Norris zakte na de start van de derde naar de zesde plaats.",
    ],
)
def test_the_place_after_the_start_from_another(parse: Parse, body: str) -> None:
    assert ("norris", 6, "start") in moments(parse(NEWS + body))


@pytest.mark.parametrize(
    "body",
    [
        "Na de start van zijn inhaalrace lag Norris zesde.",  # the start of something else
        "Norris zakte van P3 naar P6.",  # no moment told
    ],
)
def test_no_place_after_another_start_or_none_told(parse: Parse, body: str) -> None:
    assert not moments(parse(NEWS + body))


# --- a standings list with the forenames as initials --------------------------------------------------------


def test_a_standings_list_with_initials(parse: Parse) -> None:
    body = "Stand na de GP van Spanje\n\n  1.  L. Norris 132\n  2.  O. Piastri 95\n  3.  C. Leclerc 89\n"
    a = parse(NEWS + body)
    told = {(f.driver, f.position) for f in a.facts if f.kind == "championship"}
    totals = {(f.driver, f.amount) for f in a.facts if f.kind == "points"}
    assert {("norris", 1), ("piastri", 2), ("leclerc", 3)} <= told
    assert {("norris", 132), ("piastri", 95)} <= totals


def test_an_initial_in_prose_is_no_list(parse: Parse) -> None:
    a = parse(NEWS + "Volgens L. Norris was de race zwaar, zei hij na afloop.")
    assert not [f for f in a.facts if f.kind in ("championship", "points")]
