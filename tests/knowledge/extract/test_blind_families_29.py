"""Phrase families of the blind sets realdev143-160 (session of 7 December 2026, day), in examples written
here, each with sentences that must still give the fact: a place that went to "Verstappens teamgenoot
Pérez", "passes Verstappen and Bottas to win", the cause of a retirement told as the thing that ended it
("a suspected MGU-H failure brought about his retirement", "caused by a broken exhaust", "zich terugtrok uit
de race"), the retirement of the one named after the noun when the clause has no subject of its own, the
doer of "by Ricciardo ending his race with a retirement", places not got ("slaagde er niet in om",
"niet heeft weten te winnen", "was unable to hold off", "lose seventh"), a car parked after the cool-down
lap, and collisions told in a clause that "as" opens or in a penalty's reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import finals

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place went to the teammate named after the genitive, not to the genitive's driver
        ("Leclerc won in Japan. De tweede plaats was voor Verstappens teamgenoot Sergio Pérez.", {"perez"}),
        ("Leclerc won in Japan. Second place went to Verstappen's team-mate Sergio Pérez.", {"perez"}),
        # a place that went to the one named right after it
        ("Leclerc won in Japan. De tweede plaats was voor Sergio Pérez.", {"perez"}),
        ("Leclerc won in Japan. Second place went to Max Verstappen.", {"max_verstappen"}),
    ],
)
def test_a_place_went_to_the_teammate(parse: Parse, text: str, expected: set[str]) -> None:
    got = {d for d, p in finals(parse(text, date="2022-10-09")) if p == 2}
    assert got == expected


@pytest.mark.parametrize(
    "text, winner",
    [
        # "passes A and B to win": the one who passed them won
        ("Leclerc passes Sainz and Norris to win in Austria", "leclerc"),
        ("Leclerc overtakes Sainz and Norris to win the Austrian Grand Prix", "leclerc"),
        ("Leclerc passed title rivals Sainz and Norris to win the Austrian Grand Prix.", "leclerc"),
        ("Leclerc passed Sainz for the win in Austria.", "leclerc"),
        # the ones passed are named as such; a winner of his own after a new clause is his
        ("Leclerc passed Sainz and Norris, and Hamilton went on to win in Austria.", "hamilton"),
    ],
)
def test_passes_two_to_win(parse: Parse, text: str, winner: str) -> None:
    assert {d for d, p in finals(parse(text, date="2022-07-10")) if p == 1} == {winner}


def retirements(a: ParsedArticle) -> dict[str, str | None]:
    return {f.driver: f.reason for f in facts_of(a, "retirement") if f.status == "final"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the thing that ended his race, told before the retirement
        (
            "Bottas started well. Then an apparent MGU-K fault brought about his retirement.",
            {"bottas": "apparent MGU-K fault"},
        ),
        (
            "Bottas moest opgeven. Waarschijnlijk was een defecte benzinepomp de oorzaak van zijn"
            " uitvalbeurt.",
            {"bottas": "defecte benzinepomp"},
        ),
        # what caused it, after "caused by" (a second phrase inside the first)
        (
            "Bottas ended his afternoon with a retirement caused by a cracked exhaust.",
            {"bottas": "cracked exhaust"},
        ),
        ("Bottas viel uit met een kapotte uitlaat.", {"bottas": "kapotte uitlaat"}),
        ("Bottas retired with an MGU-H problem.", {"bottas": "MGU-H problem"}),
        # a Dutch compound of a known part
        ("Bottas viel uit met een versnellingsbakprobleem.", {"bottas": "gearbox"}),
        # a lap after the part is when, not what
        ("Bottas viel uit met een lek in ronde 20.", {"bottas": "lek"}),
        # a decision that led to it is no technical cause (the retirement stands)
        ("Bottas retired. The team's call ended his race early.", {"bottas": None}),
    ],
)
def test_the_cause_told_as_what_ended_it(parse: Parse, text: str, expected: dict[str, str | None]) -> None:
    got = retirements(parse(f"De Grand Prix van Oostenrijk werd verreden. {text}", date="2020-07-05"))
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # he withdrew from the race
        ("Giovinazzi trok zich in ronde 9 terug uit de race met remproblemen.", {"giovinazzi"}),
        ("Giovinazzi was de eerste die zich terugtrok uit de wedstrijd.", {"giovinazzi"}),
        # no race withdrawn from: a discussion
        ("Giovinazzi trok zich terug uit de discussie over de regels.", set()),
    ],
)
def test_he_withdrew_from_the_race(parse: Parse, text: str, expected: set[str]) -> None:
    a = parse(f"De Grand Prix van Turkije was nat. {text}", date="2020-11-15")
    assert {f.driver for f in facts_of(a, "retirement")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one named after the noun, in a clause with no subject of its own
        (
            "Hamilton werd derde, doelend op het moment na de uitvalbeurt van teamgenoot Valtteri Bottas door"
            " een motorprobleem.",
            {"bottas": "engine"},
        ),
        # nobody named after the noun: no one's
        ("Hamilton werd derde. Er was een uitvalbeurt van een Ferrari.", {}),
        # the doer of the "-ing" phrase the retirement stands in, not the clause's subject
        (
            "Mercedes' joy was dampened by Valtteri Bottas ending his day early with a retirement.",
            {"bottas": None},
        ),
        ("The race was decided by Bottas retiring with a gearbox problem.", {"bottas": "gearbox"}),
        # "the Red Bull star": the Red Bull driver the sentence named, not its subject
        (
            "Verstappen was hit by Leclerc, the Ferrari man pitting for a new nose and the furious"
            " Red Bull star, who spun off, retiring on lap 15.",
            {"max_verstappen": "crash"},
        ),
    ],
)
def test_whose_retirement(parse: Parse, text: str, expected: dict[str, str | None]) -> None:
    a = parse(f"De Grand Prix van Spanje werd gereden. {text}", date="2019-05-12")
    assert retirements(a) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what he failed to get
        (
            "Na de herstart slaagde Norris er niet in om Ricciardo in te halen en zijn eerste zege binnen te"
            " halen.",
            set(),
        ),
        ("Norris wist de race niet te winnen.", set()),
        ("Ricciardo legde uit waarom Norris de race niet heeft weten te winnen.", set()),
        ("Norris baalde omdat hij voor de zege wilde gaan.", set()),
        ("Norris failed to pass Ricciardo and take the win.", set()),
        # a place he could not keep
        ("Behind them Norris was unable to hold off Ricciardo for second.", set()),
        ("A brake problem saw Norris lose second on the final lap.", set()),
        # what he did get
        ("Ricciardo haalde Norris in en won de race.", {("ricciardo", 1)}),
        ("Norris was unable to catch Ricciardo and finished second.", {("norris", 2)}),
    ],
)
def test_places_not_got(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"De Grand Prix van Italië was spannend. {text}", date="2021-09-12")
    assert finals(a) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a car parked after the cool-down lap, told earlier in the sentence
        ("Vettel reed de uitloopronde met de vlag in de hand en parkeerde zijn auto voor de tribune.", set()),
        ("Vettel waved to the crowd on his cool-down lap and parked his car on the straight.", set()),
        # parked during the race
        ("Vettel parkeerde zijn auto in ronde 30 met motorpech.", {"vettel"}),
    ],
)
def test_parked_after_the_cool_down_lap(parse: Parse, text: str, expected: set[str]) -> None:
    a = parse(f"De Grand Prix van Abu Dhabi sloot het seizoen af. {text}", date="2022-11-20")
    assert {f.driver for f in facts_of(a, "retirement")} == expected


def collisions(a: ParsedArticle) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.driver, f.others) for f in facts_of(a, "collision")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one in the clause "as" opens, and whom he collided with
        ("Sainz cruised to the win as Norris was involved in a collision.", set()),
        (
            "Sainz cruised to the win as Norris collided with Albon.",
            {("norris", ("albon",)), ("albon", ("norris",))},
        ),
        (
            "Sainz won terwijl Norris botste met Albon.",
            {("norris", ("albon",)), ("albon", ("norris",))},
        ),
        # a clause after "as" names no partner
        (
            "Sainz collided with Albon as Norris looked on.",
            {("sainz", ("albon",)), ("albon", ("sainz",))},
        ),
        # a name before the noun: his collision with the subject
        (
            "Sainz keeps the win after Norris clash",
            {("sainz", ("norris",)), ("norris", ("sainz",))},
        ),
        # told after a collision noun that opens the sentence: the pair after "after"
        (
            "The collision happened after Sainz passed Norris into turn one.",
            {("sainz", ("norris",)), ("norris", ("sainz",))},
        ),
        # each penalised for causing a collision: none with the others
        ("Sainz, Norris and Albon, each handed a penalty for causing a collision, pitted.", set()),
    ],
)
def test_collisions_in_their_own_clause(
    parse: Parse, text: str, expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert collisions(parse(text, date="2021-07-04")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what was (not) realistic: no place got
        ("De teambaas zag in dat de pole position niet realistisch was voor Sainz.", set()),
        ("The team boss admitted pole was not realistic for Sainz.", set()),
        ("Realistically Sainz could take pole here.", set()),
        # a pole taken
        ("Sainz pakte de pole position.", {"sainz"}),
    ],
)
def test_what_was_realistic(parse: Parse, text: str, expected: set[str]) -> None:
    a = parse(f"De kwalificatie voor de Grand Prix van Japan was nat. {text}", date="2018-10-06")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1 and f.status == "final"} == expected
