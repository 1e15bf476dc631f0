"""Phrase families of the blind sets realdev177-184 (session of 7 December 2026, evening), in examples written
here, each with sentences that must still give the fact: a word or two in quotes ('called his car
"undriveable"') that is no speech; blame told as someone's claim ("Sainz said that Norris was to blame");
learning of a disqualification ("found out he was disqualified") that is no judging; the podium completed
by one able to ("was able to complete the podium"); an ordinal of a noun left out ("na de eerste werd het een
staande start"); the ones a Dutch "inhalen" passed ("haalde Sainz en Ocon in om ... te"); a place that slipped
away; a race described as "crash-filled"; a retirement of a group that is its clause's own subject ("even as
the front-runners retired", "as both Ferrari cars retired", "suffers double DNF"); the pair passed "into
fifth"; a place fought over by others ("the scrimmage for second"); a bare forename of a driver the article
never names in full, who is the clause's subject; the rival after "to attack"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import collided, crashed, finals, poles, retired

Parse = Callable[..., ParsedArticle]
RACE = "Hungarian Grand Prix 2021."
DATE = "2021-08-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word or two in quotes is no speech: the sentence goes on
        ('Norris, who had called his car "undriveable" on Friday, finished fourth.', {("norris", 4)}),
        ('Norris called the rain "a lottery" and finished fourth.', {("norris", 4)}),
        # speech is still no fact
        ('"We will finish fourth tomorrow," Norris said.', set()),
        ('Norris said: "I think we could have finished fourth today."', set()),
    ],
)
def test_a_word_in_quotes_is_no_speech(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one who caused it, as the article tells it, or as he admits it
        ("Norris was to blame for the crash.", {"norris"}),
        ("Norris admitted he was to blame for the crash.", {"norris"}),
        # what another driver says of him is a claim
        ("Sainz said that Norris was to blame for the crash.", set()),
        ("After the race Sainz says Norris caused the collision.", set()),
        ("Sainz zei dat Norris schuldig was aan de crash.", set()),
    ],
)
def test_blame_told_as_a_claim(parse: Parse, text: str, expected: set[str]) -> None:
    assert {f.driver for f in facts_of(parse(f"{RACE} {text}", date=DATE), "culprit")} == expected


def test_learning_of_a_disqualification_is_no_reason(parse: Parse) -> None:
    a = parse(f"{RACE} Norris was gutted when he found out he was disqualified from qualifying.", date=DATE)
    assert [f.reason for f in facts_of(a, "penalty")] == [None]
    a = parse(
        f"{RACE} The stewards found his floor was worn too far and Norris was disqualified from qualifying.",
        date=DATE,
    )
    assert [f.reason for f in facts_of(a, "penalty")] == ["found his floor was worn too far"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # able to, and did
        ("Norris was able to complete the podium.", {("norris", 3)}),
        ("Norris managed to complete the podium for McLaren.", {("norris", 3)}),
        ("Norris was able to take the win.", {("norris", 1)}),
        # not done, or not yet
        ("Norris hoped to complete the podium.", set()),
        ("Norris was unable to complete the podium.", set()),
        ("Norris will be able to take the win if the rain stays away.", set()),
    ],
)
def test_able_to(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the first (restart) of a noun left out, after a preposition
        ("Norris startte als elfde. Net als na de eerste werd ook dit een staande start.", set()),
        ("Norris startte als elfde. Tijdens de tweede werd het een chaos.", set()),
        # an inverted place
        ("Norris startte als elfde. Tweede werd Sainz.", {("sainz", 2)}),
        ("Als tweede eindigde Sainz.", {("sainz", 2)}),
    ],
)
def test_an_ordinal_of_a_noun_left_out(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"GP van Hongarije 2021. {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ones passed are objects; the subject reaches the place
        ("Norris haalde Sainz en Ocon in om uiteindelijk als zesde te finishen.", {("norris", 6)}),
        (
            "Norris haalde achtereenvolgens Alonso, Sainz en Ocon in om als zesde over de streep te komen.",
            {("norris", 6)},
        ),
        ("Norris ging Sainz voorbij en werd zesde.", {("norris", 6)}),
        # a new sentence has its own subject
        ("Norris haalde Sainz in. Ocon werd zesde.", {("ocon", 6)}),
    ],
)
def test_the_ones_passed_with_a_particle(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"GP van Hongarije 2021. {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place or a win that slipped away
        ("Norris zag een zekere vierde plaats door zijn vingers glippen.", set()),
        ("Norris saw his first win slip away in the late rain.", set()),
        # a place got, with other races' podiums slipped away told beside it
        ("Norris finished third after twice having podium results slip away this year.", {("norris", 3)}),
        ("Norris werd vierde.", {("norris", 4)}),
    ],
)
def test_a_place_that_slipped_away(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


def test_a_crash_filled_race_is_no_crash(parse: Parse) -> None:
    a = parse(f"{RACE} Norris won a crash-filled race ahead of Sainz.", date=DATE)
    assert not crashed(a) and ("norris", 1) in finals(a)
    a = parse(f"{RACE} Norris Wins Crash-Ridden Race.", date=DATE)
    assert not crashed(a) and not retired(a)
    a = parse(f"{RACE} Norris crashed into the wall on lap 4.", date=DATE)
    assert crashed(a) == {"norris"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subordinate clause's own subject, a group: not the main clause's driver
        ("Norris kept it together even as the front-runners retired.", {}),
        ("Norris won as both Ferrari cars retired.", {"leclerc": None, "sainz": None}),
        ("Norris won terwijl beide Ferrari-coureurs uitvielen.", {"leclerc": None, "sainz": None}),
        # a team's double retirement is no one driver's
        ("Norris Wins As Ferrari Suffers Double DNF", {}),
        ("Norris won, while the rival Ferraris suffered a double DNF.", {"leclerc": None, "sainz": None}),
        # the subject retired while a group did something else
        ("Norris retired as the leaders pitted.", {"norris": None}),
        ("Sainz led when Norris retired.", {"norris": None}),
    ],
)
def test_a_group_that_retired(parse: Parse, text: str, expected: dict[str, str | None]) -> None:
    assert retired(parse(f"{RACE} {text}", date=DATE)) == expected


def test_the_pair_passed_into_a_place(parse: Parse) -> None:
    a = parse(
        f"{RACE} After a slow start Norris was on a charge and moved past Sainz and Ocon into fifth by lap "
        "3.",
        date=DATE,
    )
    overtakes = {(f.driver, o) for f in facts_of(a, "overtake") for o in f.others}
    assert ("norris", "sainz") in overtakes and not any(d != "norris" for d, _ in overtakes)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place others fought over
        ("Norris led and watched the scrimmage for second and third place behind him.", set()),
        # a battle that was won
        ("Norris edged out Sainz in the battle for best of the rest in seventh place.", {("norris", 7)}),
    ],
)
def test_a_place_fought_over(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


def test_a_bare_forename_of_a_driver_not_named_is_the_subject(parse: Parse) -> None:
    # the article never names Magnussen in full: "Kevin" is someone, not the one it was about before
    a = parse(
        "Brazilian Grand Prix 2022. Leclerc was unhappy with the strategy. The fact that Kevin was on pole "
        "shows how much of a lottery it was.",
        date="2022-11-12",
    )
    assert poles(a) == set()
    # named in full before, the forename is his
    a = parse(
        "Brazilian Grand Prix 2022. Kevin Magnussen stunned everyone. Leclerc was unhappy. Kevin was on "
        "pole.",
        date="2022-11-12",
    )
    assert poles(a) == {"kevin_magnussen"}
    # a forename after a preposition is no subject
    a = parse(
        "GP van België 2019. Albon reed sterk en dankzij het uitvallen van Max werd hij vijfde.",
        date="2019-09-01",
    )
    assert ("albon", 5) in finals(a)


def test_the_rival_after_to_attack_is_no_subject(parse: Parse) -> None:
    a = parse(
        "British Grand Prix 2022. Schumacher finished eighth. It was a risk to attack Norris late on, says "
        "Schumacher. In Miami, he collided with Vettel.",
        date="2022-07-03",
    )
    assert ("mick_schumacher", "vettel") in collided(a) and not any(d == "norris" for d, _ in collided(a))
    # the one an infinitive confirms is still the winner
    a = parse(
        "Singapore Grand Prix 2022. Horner criticised the time taken to confirm Perez as the winner.",
        date="2022-10-02",
    )
    assert ("perez", 1) in finals(a)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a forename with its driver's surname typed one letter off
        ("Daniel Riccardo had a shock win at Monza.", {("ricciardo", 1)}),
        ("Lance Stoll finished tenth.", {("stroll", 10)}),
        # a forename with another surname is somebody else
        ("Daniel Craig watched Norris win.", {("norris", 1)}),
    ],
)
def test_a_surname_typed_one_letter_off(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Italian Grand Prix 2021. {text}", date="2021-09-12")) == expected


def test_laps_away_from_a_podium_is_none(parse: Parse) -> None:
    a = parse(f"{RACE} Norris was just two laps away from a first podium finish.", date=DATE)
    assert not [f for f in facts_of(a, "podium") if f.status == "final"]
    a = parse(f"{RACE} Norris finished on the podium.", date=DATE)
    assert [f.driver for f in facts_of(a, "podium") if f.status == "final"] == ["norris"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # where he came back, or came in: a moment of the race
        ("The stewards spared Norris, who returned to the fray in last place.", set()),
        ("A slow stop for Ocon allowed Norris to enter the fray in third.", set()),
        ("Norris had held on to P2 for a long time before his tyres faded.", set()),
        # where he finished
        ("Norris finished last after a spin.", {("norris", -1)}),
    ],
)
def test_a_moment_of_the_race(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


def test_the_ones_passed_with_their_laps_between(parse: Parse) -> None:
    a = parse(
        f"{RACE} Norris was flying on fresh tyres, passing both Sainz, on lap 34, and Ocon on lap 39, for "
        "second place.",
        date=DATE,
    )
    assert not {d for d, _ in finals(a)} & {"sainz", "ocon"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause tells its own verb: the place is the subject's
        ("Norris qualified fourth, but will start behind Sainz in 16th.", {("norris", 4), ("norris", 16)}),
        # the other's place: after the subject's own, or after a gap
        ("Norris started 17th, ahead of Sainz in 18th.", {("norris", 17), ("sainz", 18)}),
        ("Norris took pole, 0.3 seconds ahead of Sainz in second.", {("norris", 1), ("sainz", 2)}),
    ],
)
def test_the_place_beside_another(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.driver, f.position) for f in a.facts if f.position and f.status == "final"} == expected


def test_that_particular_win_is_no_race_won(parse: Parse) -> None:
    a = parse(f"{RACE} Norris and Ocon battled to take P19. Norris claimed that particular win.", date=DATE)
    assert not finals(a)
    a = parse(f"{RACE} Norris claimed the win.", date=DATE)
    assert finals(a) == {("norris", 1)}


def test_the_one_allowed_goes_on_after_and(parse: Parse) -> None:
    a = parse(
        f"{RACE} Sainz ran wide at the chicane, which allowed Norris to swoop in and snatch P2 on the grid.",
        date=DATE,
    )
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} == {("norris", 2)}


def test_the_one_compared_with_is_no_subject(parse: Parse) -> None:
    a = parse(
        "GP van Hongarije 2021. Sainz viel in de kwalificatie uit met een turboprobleem. Voor Norris ging "
        "het in Q3 mis. Of Norris hetzelfde probleem had als Sainz, is onduidelijk. Hij start zondag als "
        "tiende.",
        date=DATE,
    )
    assert {(f.driver, f.position) for f in facts_of(a, "grid")} == {("norris", 10)}


def test_with_his_car_named_first(parse: Parse) -> None:
    a = parse(
        f"{RACE} Norris moved into third, and with the other McLaren of Daniel Ricciardo running at the back "
        "after a collision with Ocon, Sainz led.",
        date=DATE,
    )
    assert ("ricciardo", "ocon") in collided(a) and not any(d == "norris" for d, _ in collided(a))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the places told beside a pole taken are qualifying's
        (
            "Norris won the race. When Sainz took pole position from Ocon, with Alonso third, it looked "
            "easy.",
            ("alonso", "qualifying"),
        ),
        # beside a win from pole they are the race's
        ("Sainz delivered a fine win from pole, with Alonso taking third.", ("alonso", "finish")),
    ],
)
def test_the_places_beside_a_pole_taken(parse: Parse, text: str, expected: tuple[str, str]) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.driver, f.kind) for f in a.facts if f.position == 3 and f.status == "final"} == {expected}


def test_without_a_podium_is_none(parse: Parse) -> None:
    a = parse(f"{RACE} Norris cruised to the title without a podium finish.", date=DATE)
    assert not facts_of(a, "podium")
    a = parse(f"{RACE} Norris stood on the podium.", date=DATE)
    assert [f.driver for f in facts_of(a, "podium")] == ["norris"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # otherwise, or in that case: not what happened
        ("Norris kwam één ronde tekort, maar anders had hij als zesde gefinisht.", set()),
        ("Sainz hangt een straf boven het hoofd. Dan schuift Norris op naar P8.", set()),
        # what happened
        ("Norris kwam als zesde over de streep.", {("norris", 6)}),
        ("Norris schuift op naar P8.", {("norris", 8)}),
    ],
)
def test_otherwise_and_in_that_case(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"GP van Hongarije 2021. {text}", date=DATE)
    assert {(f.driver, f.position) for f in a.facts if f.position and f.status == "final"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what he did before, or when: no reason
        ("Norris was disqualified from Friday qualifying after setting the fastest lap time.", None),
        ("Norris was disqualified after the Friday session.", None),
        # why
        (
            "Norris was disqualified from qualifying after his rear wing was found to be too wide.",
            "his rear wing was found to be too wide",
        ),
    ],
)
def test_a_disqualification_after_a_deed(parse: Parse, text: str, expected: str | None) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert [f.reason for f in facts_of(a, "penalty")] == [expected]


def test_a_penalty_that_demoted_him_a_place_is_no_grid_drop(parse: Parse) -> None:
    a = parse(f"{RACE} A penalty for Norris demoted the McLaren driver a place.", date=DATE)
    assert [(f.penalty, f.amount) for f in facts_of(a, "penalty")] == [("other", None)]
    a = parse(f"{RACE} Norris got a three-place penalty.", date=DATE)
    assert [(f.penalty, f.amount) for f in facts_of(a, "penalty")] == [("grid", 3)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # adjectives on both sides of a comma are one reason
        (
            "Norris got a five-second penalty for an early, aggressive move on Ocon.",
            "an early, aggressive move on Ocon",
        ),
        # a clause after the comma is no part of it
        ("Norris got a five-second penalty for the collision, which he served at his stop.", "the collision"),
    ],
)
def test_a_reason_with_a_comma_between_its_adjectives(parse: Parse, text: str, expected: str) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert [f.reason for f in facts_of(a, "penalty")] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place the genitive owns, with words describing it between
        ("Leclerc was fast, matched with Norris's equally aggressive fourth place.", {("norris", 4)}),
        # the genitive of a car, or of chances: no place of his
        ("The team retired Norris's car from 10th during the stoppage.", set()),
        ("That only matters for Norris's chances of finishing runner-up.", set()),
    ],
)
def test_the_place_a_genitive_owns(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"{RACE} {text}", date=DATE)
    assert {(f.driver, f.position) for f in a.facts if f.position and f.status == "final"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Dan" opening the sentence is a forename
        ("Dan Ricciardo finished fourth.", {("ricciardo", 4)}),
        # "dan" (than) before a name makes it an object
        ("Norris was sneller dan Ricciardo en werd vierde.", {("norris", 4)}),
    ],
)
def test_dan_as_a_forename(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


def test_within_a_tenth_is_no_place(parse: Parse) -> None:
    a = parse(
        "GP van Hongarije 2021. De top vier zat dicht bij elkaar en Norris volgde binnen een tiende.",
        date=DATE,
    )
    assert not [f for f in a.facts if f.position]
    a = parse("GP van Hongarije 2021. Norris werd tiende.", date=DATE)
    assert finals(a) == {("norris", 10)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a crash "for" a driver is his, not the subject's
        ("A crash for Ocon at Turn 2 caused a safety car, which meant Norris pitted.", {"ocon"}),
        ("Norris wins after heavy crash for Ocon.", {"ocon"}),
        # the subject's own crash
        ("Norris crashed at Turn 2 and brought out the safety car.", {"norris"}),
    ],
)
def test_a_crash_for_a_driver(parse: Parse, text: str, expected: set[str]) -> None:
    assert crashed(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the retirement told after "when": it happened, whatever the place before it only promised
        ("Norris had been looking set for second when his engine blew up on lap 55.", {"norris": "engine"}),
        # his race for a team came to an end; quitting the race; forced out with his car named first
        (
            "Norris's final race for McLaren came to a premature end after his car lost power.",
            {"norris": "power"},
        ),
        (
            "Norris pitted twice before quitting the race on lap 55 with a gear box issue.",
            {"norris": "gearbox"},
        ),
        (
            "Sainz retired. An electrical problem then forced the other McLaren of Norris out of the race.",
            {"sainz": None, "norris": "electrical"},
        ),
        # a threat or a wish is none; a retirement that only would have been is none
        ("Norris threatened to quit the race if the team did not pit him.", {}),
        ("Norris would have retired when his engine blew up, had the race not been stopped.", {}),
    ],
)
def test_why_he_retired_33(parse: Parse, text: str, expected: dict[str, str | None]) -> None:
    assert retired(parse(f"{RACE} {text}", date=DATE)) == expected


def test_third_in_points_is_a_standing(parse: Parse) -> None:
    a = parse(f"{RACE} Norris finished fourth. He's still third in points.", date=DATE)
    assert finals(a) == {("norris", 4)}
    assert {(f.driver, f.position) for f in facts_of(a, "championship")} == {("norris", 3)}
    a = parse(f"{RACE} Norris finished in the points in seventh.", date=DATE)
    assert finals(a) == {("norris", 7)}


def test_barring_a_penalty_is_none_given(parse: Parse) -> None:
    a = parse(
        f"{RACE} Norris (barring a 10-second penalty that the stewards are still investigating) won.",
        date=DATE,
    )
    assert not facts_of(a, "penalty") and finals(a) == {("norris", 1)}
    a = parse(f"{RACE} Norris got a 10-second penalty for an unsafe release.", date=DATE)
    assert [f.amount for f in facts_of(a, "penalty")] == [10]


def test_returned_to_the_track_last(parse: Parse) -> None:
    a = parse(f"{RACE} Norris spun at Turn 4. He returned to the temple of speed as dead last.", date=DATE)
    assert not finals(a)
    a = parse(f"{RACE} Norris spun at Turn 4. He finished last.", date=DATE)
    assert finals(a) == {("norris", -1)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # whose win it would be: none yet
        ("Norris's race - and the destination of the victory - turned around after the safety car.", set()),
        ("The fate of the win was decided at the last stop, and Norris finished fourth.", {("norris", 4)}),
        # a win
        ("Norris took the victory.", {("norris", 1)}),
    ],
)
def test_the_destination_of_the_victory(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the participle describes the one sacked: no one retired
        ("Het team haalde Norris als opvolger van de aan de kant gezette Ocon.", {}),
        # his car put aside: a retirement
        ("Norris moest zijn auto aan de kant zetten.", {"norris": None}),
    ],
)
def test_put_aside_is_a_retirement_of_the_car(
    parse: Parse, text: str, expected: dict[str, str | None]
) -> None:
    assert retired(parse(f"GP van Hongarije 2021. {text}", date=DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the win a genitive owns, over words describing it
        (
            "Sainz took the blame for his penalty, but hailed Norris's stunning surprise victory.",
            {("norris", 1)},
        ),
        ("Speaking of Norris's surprise win, Sainz said he was happy for him.", {("norris", 1)}),
        # the subject's own win
        ("Norris took his first win.", {("norris", 1)}),
    ],
)
def test_the_win_a_genitive_owns(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{RACE} {text}", date=DATE)) == expected


def test_to_run_a_place_is_a_moment(parse: Parse) -> None:
    a = parse(f"{RACE} Norris pitted first and undercut the whole midfield to run fifth.", date=DATE)
    assert not finals(a)
    a = parse(f"{RACE} Norris pitted first and undercut the whole midfield to finish fifth.", date=DATE)
    assert finals(a) == {("norris", 5)}
