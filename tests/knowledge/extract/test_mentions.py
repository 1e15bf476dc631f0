"""knowledge.extract.mentions: who a description of a driver names, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.clauses import is_object
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def collided(a: ParsedArticle, driver: str) -> set[str]:
    return {o for f in facts_of(a, "collision", driver) for o in f.others}


@pytest.mark.parametrize(
    "sentence, date, driver, other",
    [
        # "zijn teamgenoot", "his teammate": the one driver of his team that season
        ("Leclerc botste in de eerste ronde met zijn teamgenoot.", "2022-07-11", "leclerc", "sainz"),
        ("Leclerc collided with his teammate on the opening lap.", "2022-07-11", "leclerc", "sainz"),
        ("Leclerc botste met zijn Spaanse teamgenoot.", "2022-07-11", "leclerc", "sainz"),
        # the teammate named right after: the name is the mention
        ("Leclerc botste met zijn teamgenoot Sainz.", "2022-07-11", "leclerc", "sainz"),
    ],
)
def test_his_teammate_is_the_one_driver_of_his_team(
    parse: Parse, sentence: str, date: str, driver: str, other: str
) -> None:
    assert collided(parse(sentence, date=date), driver) == {other}


@pytest.mark.parametrize(
    "sentence, date",
    [
        # two teammates that season (Gasly, then Albon): which one is not said
        ("Verstappen botste met zijn teamgenoot.", "2019-12-02"),
        # a former or a future teammate is not this season's
        ("Leclerc botste met zijn voormalige teamgenoot.", "2022-07-11"),
        ("Leclerc collided with his future team-mate.", "2022-07-11"),
        # a nationality that is not his teammate's
        ("Leclerc botste met zijn Britse teamgenoot.", "2022-07-11"),
    ],
)
def test_no_teammate_when_the_team_does_not_tell_one(parse: Parse, sentence: str, date: str) -> None:
    a = parse(sentence, date=date)
    assert not {o for f in facts_of(a, "collision") for o in f.others} - {"leclerc", "max_verstappen"}


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # the one driver of the season whose home race it is
        (
            "Verstappen won de Grand Prix van Nederland. Leclerc botste in de slotfase met de thuisfavoriet.",
            "2021-09-06",
            {"max_verstappen"},
        ),
        (
            "Pérez was fourth in the Mexico City Grand Prix. Leclerc collided with the home hero.",
            "2022-10-31",
            {"perez"},
        ),
        # two Dutch drivers that season (De Vries too), three British ones: no one in particular
        (
            "Verstappen won de Grand Prix van Nederland. Leclerc botste in de slotfase met de thuisfavoriet.",
            "2023-08-28",
            set(),
        ),
        (
            "Sainz won the British Grand Prix. Leclerc collided with the home hero on lap 3.",
            "2022-07-04",
            set(),
        ),
    ],
)
def test_the_home_hero_is_the_one_driver_whose_home_race_it_is(
    parse: Parse, text: str, date: str, expected: set[str]
) -> None:
    assert collided(parse(text, date=date), "leclerc") == expected


@pytest.mark.parametrize(
    "sentence, pair",
    [
        # a nationality right before a name describes that name: no other driver of that nationality
        (
            "Na een botsing tussen de Fin Kimi Räikkönen en de Rus Daniil Kvyat kwam de safety car.",
            {"raikkonen", "kvyat"},
        ),
        (
            "A collision between the Finn Valtteri Bottas and Leclerc brought out the safety car.",
            {"bottas", "leclerc"},
        ),
    ],
)
def test_a_nationality_before_a_name_is_that_name(parse: Parse, sentence: str, pair: set[str]) -> None:
    a = parse("Hamilton won in Singapore. Bottas was second.\n\n" + sentence, date="2019-09-23")
    assert {f.driver for f in facts_of(a, "collision")} == pair


@pytest.mark.parametrize(
    "sentence",
    [
        # a nationality with an age before it is still that driver
        "De 24-jarige Australiër botste met Leclerc.",
        "The 24-year-old Australian collided with Leclerc.",
    ],
)
def test_a_nationality_with_an_age(parse: Parse, sentence: str) -> None:
    a = parse("Oscar Piastri won in Baku.\n\n" + sentence, date="2024-09-16")
    assert collided(a, "leclerc") == {"piastri"}


@pytest.mark.parametrize(
    "text, driver, position",
    [
        # "Die" and a verb at the start of a sentence: the driver named last before it
        ("Norris won in Monaco en nam de leiding over van Oscar Piastri. Die werd pas vijfde.", "piastri", 5),
        ("Leclerc werd tweede, voor George Russell. Deze eindigde als derde.", "russell", 3),
    ],
)
def test_a_demonstrative_means_the_driver_named_last(
    parse: Parse, text: str, driver: str, position: int
) -> None:
    a = parse(text, date="2024-05-27")
    assert {f.driver for f in facts_of(a, "finish") if f.position == position} == {driver}


def test_a_demonstrative_before_a_noun_means_nobody(parse: Parse) -> None:
    a = parse(
        "Sainz werd tweede in Monaco, voor George Russell. Die inhaalrace eindigde als derde.",
        date="2024-05-27",
    )
    assert not [f for f in a.facts if f.driver == "russell"]


@pytest.mark.parametrize(
    "text, obj",
    [
        ("lang was onzeker of piastri", False),  # Dutch "of": whether
        ("de vraag of piastri", False),
        ("he finished ahead of piastri", True),
        ("the car of piastri", True),
    ],
)
def test_of_before_a_name_in_either_language(text: str, obj: bool) -> None:
    assert is_object(text, len(text) - len("piastri")) is obj


@pytest.mark.parametrize(
    "text, driver",
    [
        # after ", while X ...", "he" goes on with X
        (
            "Norris did a solid job in qualifying, while Albon was seventh, but he takes a grid penalty for"
            " a new gearbox.",
            "albon",
        ),
        (
            "Gasly was fine in fifth, whereas Tsunoda ended up ninth, and he also takes a grid penalty.",
            "tsunoda",
        ),
        # without the contrast, "he" is the sentence's subject
        ("Norris qualified seventh ahead of Albon, but he takes a grid penalty for a new gearbox.", "norris"),
    ],
)
def test_he_after_a_contrast_goes_on_with_its_subject(parse: Parse, text: str, driver: str) -> None:
    a = parse("Verstappen took pole in Austria. " + text, date="2023-07-01")
    assert [f.driver for f in a.facts if f.kind == "penalty"] == [driver]


@pytest.mark.parametrize(
    "text, driver",
    [
        # a car of his named by his possessive: the sentence is not about him
        (
            "Lawson says he is proud. The young New Zealander took over Ricciardo's AlphaTauri at short"
            " notice. He finished ninth on his debut.",
            "lawson",
        ),
        # his drive named by the possessive: the sentence is about him
        ("The drive of the day was Ricciardo's race from the back. He finished ninth.", "ricciardo"),
    ],
)
def test_he_after_a_possessive(parse: Parse, text: str, driver: str) -> None:
    a = parse("Verstappen won in Austria. " + text, date="2023-07-03")
    assert [f.driver for f in a.facts if f.kind == "finish" and f.position == 9] == [driver]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a season with a stand-in (Mercedes 2020 had three): the adjective tells which teammate
        ("Hamilton werd zesde en zijn Finse teamgenoot werd negende.", {("hamilton", 6), ("bottas", 9)}),
        # no adjective: somebody, never the one named before
        ("Hamilton werd zesde, maar zijn teamgenoot werd negende.", {("hamilton", 6)}),
    ],
)
def test_his_teammate_in_a_season_of_three(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse("Stroll pakte pole in Turkije. " + text, date="2020-11-14")
    assert {(f.driver, f.position) for f in a.facts if f.kind == "qualifying"} == expected


def test_one_kept_behind_is_no_subject(parse: Parse) -> None:
    a = parse(
        "Bottas won de sprint op Monza. Achttien ronden lang wist de Fin Verstappen achter zich te houden en"
        " als eerste over de meet te komen.",
        date="2021-09-11",
    )
    assert "max_verstappen" not in {f.driver for f in a.facts if f.kind == "finish" and f.position == 1}
