"""knowledge.extract.grid and its use in results: start positions told with a start noun, starts the
sprint earned, and the premise of a question, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        ("Norris nam in Spanje genoegen met de zesde startpositie.", "norris", 6),
        ("Alonso had in Spanje de tweede startplek veroverd.", "alonso", 2),
        ("Gasly pakte in Spanje een knappe vijfde startplaats.", "gasly", 5),
        ("Ocon secured the seventh grid slot in Spain.", "ocon", 7),
        ("In Spain Albon took the ninth starting position.", "albon", 9),
        ("Stroll grabbed a fourth grid position in Spain.", "stroll", 4),
        # "beginnen" after the place is a start too
        ("Hülkenberg moest in Spanje als negentiende beginnen.", "hulkenberg", 19),
    ],
)
def test_a_start_noun_after_the_place_makes_it_a_grid_position(
    parse: Parse, sentence: str, driver: str, position: int
) -> None:
    a = parse(sentence, date="2022-05-23")
    assert [f.position for f in facts_of(a, "grid", driver)] == [position]
    assert facts_of(a, "finish", driver) == []


@pytest.mark.parametrize(
    "sentence, driver",
    [
        ("Sainz kreeg in Spanje een tweede gridstraf dit jaar.", "sainz"),
        ("Russell had in Spain a third grid penalty this season.", "russell"),
        ("Bottas bleef in Spanje voor de derde keer op de grid staan.", "bottas"),
    ],
)
def test_a_penalty_or_a_count_is_no_grid_position(parse: Parse, sentence: str, driver: str) -> None:
    a = parse(sentence, date="2022-05-23")
    assert facts_of(a, "grid", driver) == []


def test_beginning_the_last_lap_is_no_start(parse: Parse) -> None:
    a = parse("Magnussen mocht in Spanje als vierde beginnen aan de laatste ronde.", date="2022-05-23")
    assert facts_of(a, "grid", "magnussen") == []


@pytest.mark.parametrize(
    "sentence, session",
    [
        # a start the sprint earned is a start in the race
        ("In Imola Norris won the sprint to take pole position for the Emilia Romagna Grand Prix.", "race"),
        ("In Imola Norris claimed pole for Sunday after winning the sprint.", "race"),
        ("Norris won in Imola de sprint en start daardoor zondag van pole.", "race"),
        ("Norris pakte in Imola de pole voor de Grand Prix dankzij zijn zege in de sprintrace.", "race"),
        (
            "In Imola mag Norris vanaf pole starten, nadat hij zaterdag een knappe inhaalrace afwerkte"
            " tijdens de sprintrace.",
            "race",
        ),
        # the start of the sprint itself
        ("In Imola Norris started the sprint from pole.", "sprint"),
        ("Norris vertrok in Imola in de sprintrace vanaf pole.", "sprint"),
    ],
)
def test_the_session_of_a_start_on_a_sprint_weekend(parse: Parse, sentence: str, session: str) -> None:
    a = parse(sentence, date="2021-04-19")
    poles = facts_of(a, "grid", "norris")
    assert poles and {f.session for f in poles} == {session}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Kan Leclerc in Monaco eindelijk winnen?", "finish"),
        ("Will Norris finish on the podium in Monaco?", "podium"),
        ("Wordt Pérez in Monaco weer derde?", "finish"),
        ("Did anybody expect Stroll to finish fourth in Monaco?", "finish"),
    ],
)
def test_a_question_states_no_result(parse: Parse, sentence: str, kind: str) -> None:
    a = parse(sentence, date="2022-05-29")
    assert [f for f in facts_of(a, kind) if f.status == "final"] == []


def test_the_premise_of_a_question_is_told(parse: Parse) -> None:
    a = parse(
        "Hoe ver komt Ocon in Monaco, die vanaf de twaalfde startplek moet beginnen?", date="2022-05-29"
    )
    assert [(f.position, f.status) for f in facts_of(a, "grid", "ocon")] == [(12, "final")]
    b = parse("Leclerc werd in Monaco vierde. Waarom niet beter?", date="2022-05-29")
    assert [(f.position, f.status) for f in facts_of(b, "finish", "leclerc")] == [(4, "final")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bottas edged out Hamilton for pole at the Spanish Grand Prix.",
        "At the Spanish Grand Prix Bottas beat out Hamilton to take pole.",
    ],
)
def test_the_driver_beaten_to_pole_is_no_pole_sitter(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2020-08-16")
    assert [f.driver for f in facts_of(a, "grid") if f.position == 1] == ["bottas"]


@pytest.mark.parametrize(
    ("sentence", "pole"),
    [
        # a fight for pole is no pole, however the words stand between
        ("Norris werd zesde. Het wordt een spannende strijd voor die felbegeerde poleposition.", []),
        ("Norris werd zesde. Er ontstond een strijd om de pole.", []),
        ("Norris was sixth. It became a tight battle for that coveted pole position.", []),
        ("Norris vocht niet eens mee om pole.", []),
        ("Norris was fighting for pole until the red flag.", []),
        # a pole taken, and one told as the attribute of a misspelt participle ("gestartte"), stays
        ("Norris pakte de pole in Bahrein.", ["norris"]),
        ("Sainz ging de van poleposition gestartte Norris voorbij.", ["norris"]),
    ],
)
def test_a_fight_for_pole_is_no_pole(parse: Parse, sentence: str, pole: list[str]) -> None:
    a = parse(sentence, date="2021-03-27")
    assert [f.driver for f in facts_of(a, "grid") if f.position == 1] == pole


@pytest.mark.parametrize(
    "sentence, driver, kind, said",
    [
        (
            "In Brazilië moest Stroll achteraan starten omdat hij een nieuwe motor kreeg.",
            "stroll",
            "grid",
            "motor",
        ),
        (
            "In Brazil Stroll started from the back of the grid after taking a new gearbox.",
            "stroll",
            "grid",
            "gearbox",
        ),
        (
            "In Brazilië moest Stroll vanuit de pitstraat starten omdat zijn team de vleugel verving.",
            "stroll",
            "pitlane",
            "vleugel",
        ),
    ],
)
def test_a_start_at_the_back_with_its_reason(
    parse: Parse, sentence: str, driver: str, kind: str, said: str
) -> None:
    a = parse(sentence, date="2022-11-14")
    got = [f for f in facts_of(a, kind, driver) if f.reason]
    assert got and said in (got[0].reason or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Brazilië reed Stroll de hele race achteraan.",  # running at the back, no start
        "In Brazil Stroll started from the back of the grid.",  # a start without its reason says no why
    ],
)
def test_no_start_reason(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2022-11-14")
    assert [f for f in facts_of(a, "grid", "stroll") if f.reason] == []


@pytest.mark.parametrize(
    "sentence, driver, position",
    [
        ("In de kwalificatie in Jeddah reed Gasly de vierde tijd.", "gasly", 4),
        (
            "In Jeddah werd niemand minder dan Hamilton met een zestiende tijd uitgeschakeld in Q1.",
            "hamilton",
            16,
        ),
        ("In Jeddah qualifying, none other than Hamilton was only sixteenth fastest.", "hamilton", 16),
    ],
)
def test_a_place_by_time_in_qualifying(parse: Parse, sentence: str, driver: str, position: int) -> None:
    a = parse(sentence, date="2022-03-26")
    assert [f.position for f in facts_of(a, "qualifying", driver)] == [position]


def test_the_driver_compared_with_is_no_subject(parse: Parse) -> None:
    a = parse(
        "In de kwalificatie in Jeddah was Leclerc een tiende sneller dan Sainz, die vierde werd.",
        date="2022-03-26",
    )
    assert [f.position for f in facts_of(a, "qualifying", "leclerc")] == []


@pytest.mark.parametrize(
    "sentence, driver, start",
    [
        ("In Spain a grid penalty moved Ocon from fifth on the grid to tenth.", "ocon", 10),
        ("In Spain Albon's grid drop took him from sixth to eleventh.", "albon", 11),
        ("In Spanje liet een gridstraf Gasly zakken van de vierde naar de negende startplek.", "gasly", 9),
        (
            "Door vijf plaatsen achteruit ging Stroll in Spanje van de achtste naar de dertiende plek.",
            "stroll",
            13,
        ),
    ],
)
def test_a_grid_penalty_from_a_place_to_a_place_is_the_start_after_it(
    parse: Parse, sentence: str, driver: str, start: int
) -> None:
    a = parse(sentence)
    assert [f.position for f in facts_of(a, "grid", driver)] == [start]
    assert facts_of(a, "finish", driver) == []


def test_without_a_grid_penalty_a_drive_from_a_grid_place_is_start_and_finish(parse: Parse) -> None:
    a = parse("In Spain Ocon drove from fifth on the grid to tenth at the flag.")
    assert [f.position for f in facts_of(a, "grid", "ocon")] == [5]
    assert [f.position for f in facts_of(a, "finish", "ocon")] == [10]


@pytest.mark.parametrize(
    "body, said",
    [
        # the car stopped before the race, told the sentence before
        (
            "Voor Lance Stroll ging het al mis voor de race: zijn auto viel op weg naar de grid stil. Hij"
            " moest de race vanuit de pitstraat aanvangen.",
            "stil",
        ),
        ("Lance Stroll stalled on his way to the grid. He had to start from the pit lane.", "stalled"),
    ],
)
def test_a_pit_lane_start_explained_by_the_sentence_before(parse: Parse, body: str, said: str) -> None:
    a = parse("Max Verstappen won in Bahrein. " + body, date="2021-03-29")
    [p] = facts_of(a, "pitlane", "stroll")
    assert said in (p.reason or "")
    assert not facts_of(a, "retirement")  # stopping on the way to the grid is no retirement


@pytest.mark.parametrize(
    "body",
    [
        "The race in Spain starts at three with Ocon on pole.\n\nAlbon second, Gasly fifth.",
        "In Spanje begint Ocon zondag vanaf poleposition.\n\nAlbon tweede, Gasly vijfde.",
    ],
)
def test_a_line_of_bare_places_after_a_start_is_the_grid(parse: Parse, body: str) -> None:
    a = parse(body)
    assert sorted((f.driver, f.position) for f in facts_of(a, "grid")) == [
        ("albon", 2),
        ("gasly", 5),
        ("ocon", 1),
    ]
    assert facts_of(a, "finish") == []


@pytest.mark.parametrize(
    "body",
    [
        # the line before told a result, not a start
        "Ocon won the race in Spain.\n\nAlbon second, Gasly fifth.",
        # the line after the start has a verb of its own
        "The race in Spain starts with Ocon on pole.\n\nAlbon finished second, Gasly fifth.",
    ],
)
def test_bare_places_after_no_start_are_results(parse: Parse, body: str) -> None:
    a = parse(body)
    assert ("albon", 2) in {(f.driver, f.position) for f in facts_of(a, "finish")}
    assert "albon" not in {f.driver for f in facts_of(a, "grid")}


def test_poles_with_races_in_brackets_after_each_driver_are_no_pole_here(parse: Parse) -> None:
    body = (
        "In Spanje: Sainz (Monaco 2021) en Norris (Sotsji 2021) waren jonger toen ze hun eerste pole pakten."
    )
    assert [f for f in facts_of(parse(body), "grid") if f.position == 1] == []


def test_a_pole_without_brackets_is_the_drivers(parse: Parse) -> None:
    a = parse("In Spanje pakte Sainz (Ferrari) de pole, voor Norris (McLaren).")
    assert [f.driver for f in facts_of(a, "grid") if f.position == 1] == ["sainz"]


@pytest.mark.parametrize(
    "body",
    [
        # the sentence before is about another driver, or tells no problem, or is in another paragraph
        "Lando Norris stalled on his way to the grid. Lance Stroll had to start from the pit lane.",
        "Lance Stroll was happy with his new front wing. He had to start from the pit lane.",
        "Lance Stroll stalled on his way to the grid.\n\nHe had to start from the pit lane.",
    ],
)
def test_no_pit_lane_reason_from_the_sentence_before(parse: Parse, body: str) -> None:
    a = parse("Max Verstappen won in Bahrain. " + body, date="2021-03-29")
    [p] = facts_of(a, "pitlane", "stroll")
    assert p.reason is None


@pytest.mark.parametrize(
    "sentence, start",
    [
        ("Gasly moest in Spanje door een gridstraf als zestiende van start.", 16),
        ("Gasly, die in Spanje als zestiende aan de race moest beginnen, werd uiteindelijk negende.", 16),
        ("Gasly ging in Spanje als derde van start.", 3),
    ],
)
def test_van_start_and_beginning_the_race_are_starts(parse: Parse, sentence: str, start: int) -> None:
    a = parse(sentence)
    assert [f.position for f in facts_of(a, "grid", "gasly")] == [start]
    assert start not in [f.position for f in facts_of(a, "finish", "gasly")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gasly won in Spanje. Na een inhaalrace vanaf de achtste plaats ging hij Ocon voorbij.",
        "Gasly won in Spain. After a recovery drive from eighth, he passed Ocon.",
    ],
)
def test_where_a_comeback_began_is_no_start(parse: Parse, sentence: str) -> None:
    assert facts_of(parse(sentence), "grid", "gasly") == []


def test_a_comeback_from_a_start_noun_is_a_start(parse: Parse) -> None:
    a = parse("In Spanje reed Gasly een inhaalrace vanaf de twintigste startplek.")
    assert [f.position for f in facts_of(a, "grid", "gasly")] == [20]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sainz was blij, al is de polepositie in Spanje in handen van Norris.",
        "In Spain pole went to Norris, with Sainz second.",
    ],
)
def test_a_pole_held_by_the_driver_named_after_it(parse: Parse, sentence: str) -> None:
    assert [f.driver for f in facts_of(parse(sentence), "grid") if f.position == 1] == ["norris"]


def test_the_pole_sitter_as_an_epithet_names_nobody(parse: Parse) -> None:
    a = parse("Norris won in Spain. A week after the washout at Spa, the pole-sitter controlled the race.")
    assert [f for f in facts_of(a, "grid") if f.position == 1] == []


def test_the_pole_sitter_named_right_after_is_on_pole(parse: Parse) -> None:
    a = parse("In Spain pole-sitter Norris won the race.")
    assert [f.driver for f in facts_of(a, "grid") if f.position == 1] == ["norris"]


def test_lining_up_respectively_behind_a_reference_driver(parse: Parse) -> None:
    a = parse(
        "Leclerc pakte pole in Spanje. Sainz en Norris mogen zich achter Leclerc als respectievelijk "
        "tweede en derde oplijnen.",
        date="2022-05-21",
    )
    grid = {(f.driver, f.position) for f in facts_of(a, "grid")}
    assert {("sainz", 2), ("norris", 3)} <= grid
    assert ("leclerc", 2) not in grid and not facts_of(a, "finish")
