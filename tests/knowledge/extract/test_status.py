"""knowledge.extract.status: a place is final only when the text says it is, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.model import Fact
from knowledge.extract.status import clause_status, settle
from knowledge.text import fold
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "clause, status",
    [
        # running: where he was during the race, or a change of place
        ("Ocon lag lange tijd op de vierde plaats", "running"),
        ("Gasly reed halverwege als derde", "running"),
        ("Bottas viel in de slotfase terug naar de zevende plek", "running"),
        ("Stroll was running in sixth when his brakes failed", "running"),
        ("Norris dropped to ninth after a slow stop", "running"),
        ("Sainz lost third place to Pérez", "lost"),
        ("Zo verruilde Alonso de zesde voor de vijfde plaats", "running"),
        ("Alonso swapped sixth for fifth at the restart", "running"),
        # a climb counted in laps is still going
        ("Albon had zich in acht ronden tijd naar de vijfde plaats gewerkt", "running"),
        ("Stroll klom binnen vijf ronden naar de zevende plek", "running"),
        ("Gasly had climbed to sixth within four laps", "running"),
        # falling down the order to finish somewhere tells where he ended
        ("Gasly fell down the order to finish ninth", "final"),
        # a place taken over from someone
        ("Ricciardo ging Ocon voorbij en nam de vierde plek van hem over", "running"),
        ("pas in de slotfase had Tsunoda de zevende plaats overgenomen", "running"),
        # hypothetical: a target, a wish, a near miss, a condition
        ("Als Leclerc tweede wordt, is hij vicekampioen", "hypothetical"),
        ("Leclerc koerste lange tijd onbedreigd af op zijn eerste zege", "hypothetical"),
        ("Russell had kunnen winnen zonder die pitstop", "hypothetical"),
        ("Albon was bijna vijfde geworden", "hypothetical"),
        ("Albon aasde op zijn eerste zege", "hypothetical"),
        ("Albon mocht even hopen op zijn eerste zege", "hypothetical"),
        # a place compared with
        ("de Thai slechter deed dan een zevende plek", "hypothetical"),
        ("if the Thai finished worse than seventh", "hypothetical"),
        ("Albon finished no higher than seventh", "final"),
        ("Albon kon niet hoger dan zevende eindigen", "final"),
        ("Albon pakte bijna een podiumplaats", "hypothetical"),
        ("Zhou nearly finished in the points", "hypothetical"),
        # "bijna" before a gap is how far behind, not a near miss
        ("Albon werd op bijna twaalf seconden vijfde", "final"),
        ("Albon finished fifth, almost 12 seconds behind", "final"),
        ("Albon finished fifth nearly half a minute behind the winner", "final"),
        ("Albon nearly finished a minute clear in fifth", "hypothetical"),
        ("If Pérez finishes second he keeps the runner-up spot", "hypothetical"),
        ("Ricciardo should have been on the podium", "hypothetical"),
        ("Magnussen was denied a first podium", "hypothetical"),
        ("Vettel was de eerste die uitviel", "hypothetical"),
        ("Van pole beginnen en dan derde worden is slecht", "hypothetical"),
        ("Hamilton was the first driver to pit", "hypothetical"),
        # provisional: a place on the road before the penalty the sentence tells of
        ("Alonso kwam als vierde over de streep, maar kreeg tien seconden straf", "provisional"),
        ("Vettel crossed the line second but was disqualified", "provisional"),
        # history: what he did before this race
        ("Zijn beste resultaat tot nu toe was een zesde plaats", "history"),
        ("Norris had dit seizoen al twee zesde plaatsen", "history"),
        ("His best result so far was sixth in Bahrain", "history"),
        # running: a moment of a session
        ("with six minutes remaining Albon was in 12th place", "running"),
        ("at the end of the first runs Albon was down in 12th", "running"),
        ("Albon initially slotted into P2", "running"),
        ("Albon initially qualified second", "final"),
        ("met nog vier minuten te gaan stond Albon twaalfde", "running"),
        ("na de eerste runs stond Albon op de twaalfde plaats", "running"),
        ("Albon was aanvankelijk tweede", "running"),
        ("Albon was eliminated in 12th at the end of Q2", "final"),
        ("Albon kwam niet verder dan de twaalfde tijd", "final"),
        # running: around the pit stops
        ("Leclerc pitted a lap later and slotted into third", "running"),
        ("Na zijn pitstop kwam Sainz als vijfde terug op de baan", "running"),
        # hypothetical: what he is set on
        ("Ocon is erop gebrand de race te winnen", "hypothetical"),
        ("Ocon is vastbesloten om zondag als eerste te eindigen", "hypothetical"),
        ("Ocon is determined to convert pole into a win", "hypothetical"),
        # what he will not think of yet
        ("aan zijn eerste zege wil Ocon nog niet denken", "hypothetical"),
        ("Ocon does not want to think about a first win yet", "hypothetical"),
        # a moment at a corner, a place got back
        ("Ocon was able to rise to second by the fourth corner", "running"),
        ("going into turn 3 Ocon was back in second place", "running"),
        ("richting bocht 3 lag Ocon alweer tweede", "running"),
        ("Ocon second with less than 20 laps remaining", "running"),
        ("he wanted to stay out when still in third", "running"),
        # what he will hunt for
        ("Ocon gaat dan op jacht naar poleposition", "hypothetical"),
        # a first of a kind, no first place; no win
        ("Ocon became the first of his countrymen to start from the top ten", "hypothetical"),
        ("Ocon won geen enkele race dat jaar", "hypothetical"),
        ("Ocon won no races that year", "hypothetical"),
        # a standing lost to another
        ("Ocon verspeelde in de laatste race de vierde plaats in het kampioenschap aan Gasly", "lost"),
        # final
        ("Ocon eindigde als vierde", "final"),
        ("Bottas viel terug naar de zevende plek en eindigde uiteindelijk als zesde", "final"),
        ("Norris finished ninth", "final"),
        ("Stroll crossed the line sixth", "final"),  # no penalty told: the place on the road stands
        ("Kvyat was running well all weekend and finished seventh", "final"),
    ],
)
def test_clause_status(clause: str, status: str) -> None:
    assert clause_status(fold(clause), fold(clause)) == status


def test_stats_line_is_no_result() -> None:
    line = fold("1st | Pts: 387 | Wins: 10 | Podiums: 14")
    assert clause_status(line, line) == "hypothetical"
    markup = fold("Gasly won ||spoiler|| in Monza")
    assert clause_status(markup, markup) == "final"


def test_epithet_is_no_win(parse: Parse) -> None:
    a = parse("De viervoudig wereldkampioen Vettel werd in Canada vijfde.", date="2022-06-20")
    assert [(f.position, f.status) for f in facts_of(a, "finish", "vettel")] == [(5, "final")]


def test_running_places_are_stored_but_not_final(parse: Parse) -> None:
    a = parse(
        "In Canada viel Alonso na zijn stop terug naar de twaalfde plaats. Alonso eindigde als negende.",
        date="2022-06-20",
    )
    got = sorted((f.position, f.status) for f in facts_of(a, "finish", "alonso"))
    assert got == [(9, "final"), (12, "running")]


def f(driver: str, position: int, sentence: int = 0, status: str = "final", kind: str = "finish") -> Fact:
    return Fact(kind, driver, sentence, season=2022, grand_prix="canada", position=position, status=status)


def test_settle_provisional_corrected() -> None:
    facts = [f("alonso", 7, 0, "provisional"), f("alonso", 9, 1)]
    assert [x.status for x in settle(facts)] == ["superseded", "final"]
    alone = [f("alonso", 7, 0, "provisional")]
    assert [x.status for x in settle(alone)] == ["provisional"]


def test_settle_disqualified_has_no_place() -> None:
    dsq = Fact("penalty", "hamilton", 1, season=2022, grand_prix="canada", penalty="disqualification")
    out = settle([f("hamilton", 2), dsq])
    assert out[0].status == "superseded"


def test_settle_two_places_named_evidence_wins() -> None:
    facts = [f("sainz", 2, 0), f("sainz", 3, 1)]
    # Sentence 0 names Sainz, sentence 1 calls him "de Spanjaard": the named statement stands.
    out = settle(facts, lambda x: x.sentence == 0)
    assert [x.status for x in out] == ["final", "conflict"]


def test_settle_tie_is_a_conflict() -> None:
    out = settle([f("sainz", 2, 0), f("sainz", 3, 1)])
    assert [x.status for x in out] == ["conflict", "conflict"]


def test_settle_one_driver_per_place() -> None:
    out = settle([f("sainz", 2, 0), f("leclerc", 2, 1), f("leclerc", 2, 2)])
    assert [x.status for x in out] == ["conflict", "final", "final"]
    same = settle([f("sainz", 2, 0), f("sainz", 2, 1)])
    assert [x.status for x in same] == ["final", "final"]


# --- points totals (knowledge.extract.standings.points) ----------------------------------------------


@pytest.mark.parametrize(
    "sentence, driver, amount",
    [
        ("Verstappen sloot het seizoen af met 395 punten.", "max_verstappen", 395),
        ("Leclerc kwam na zijn zege op 170 punten.", "leclerc", 170),
        ("Leclerc moved on to 170 points with the win.", "leclerc", 170),
        ("Pérez finished the year with a total of 305 points.", "perez", 305),
    ],
)
def test_points_total(parse: Parse, sentence: str, driver: str, amount: int) -> None:
    got = [(f.driver, f.amount) for f in facts_of(parse(sentence, date="2022-11-21"), "points")]
    assert got == [(driver, amount)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Verstappen heeft met 38 punten voorsprong de leiding in het kampioenschap.",
        "Leclerc is now 63 points clear of Pérez.",
        "Red Bull kwam bij de constructeurs op 576 punten.",
        "Sainz scoorde in Monza 15 punten.",
    ],
)
def test_no_points_total(parse: Parse, sentence: str) -> None:
    assert facts_of(parse(sentence, date="2022-11-21"), "points") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ocon was in Spanje intussen opgeklommen van de achttiende naar de negende plek.",
        "Zo ging Ocon in Spanje van de tweede naar de laatste plek en kregen we een vreemde tussenstand.",
        "At that point in Spain Ocon had climbed from 18th to ninth.",
    ],
)
def test_a_climb_told_as_meanwhile_is_a_running_place(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2021-05-10")
    assert [f for f in facts_of(a, "finish", "ocon") if f.status == "final"] == []


def test_a_climb_to_the_flag_is_the_finish(parse: Parse) -> None:
    a = parse("In Spanje reed Ocon van de achttiende naar de negende plaats.", date="2021-05-10")
    assert [(f.position, f.status) for f in facts_of(a, "finish", "ocon")] == [(9, "final")]


@pytest.mark.parametrize(
    "sentence, kind, place",
    [
        (
            "Sainz heeft door de uitval van Ocon en de zesde plaats van Gasly na zijn straf in Spanje"
            " een ruime voorsprong in de WK-stand.",
            "finish",
            6,
        ),
        ("De zesde plaats van Gasly in de WK-stand is veilig.", "championship", 6),
    ],
)
def test_a_drivers_place_at_a_race_in_a_standings_sentence(
    parse: Parse, sentence: str, kind: str, place: int
) -> None:
    a = parse(sentence, date="2021-05-10")
    assert [f.position for f in facts_of(a, kind, "gasly")] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gasly is na vijf Grands Prix nog altijd de nummer drie.",
        "After six races Gasly is still third.",
    ],
)
def test_a_place_after_a_number_of_races_is_a_standing(parse: Parse, sentence: str) -> None:
    a = parse("In Spanje won Ocon. " + sentence, date="2021-05-10")
    assert [f.position for f in facts_of(a, "championship", "gasly")] == [3]
    assert facts_of(a, "finish", "gasly") == []


def test_a_finish_verb_right_after_the_place_wins_over_a_start_in_an_aside(parse: Parse) -> None:
    a = parse("In Spanje kwam Gasly - die helemaal achteraan startte - als vierde over de streep.")
    assert [f.position for f in facts_of(a, "finish", "gasly")] == [4]
    assert 4 not in [f.position for f in facts_of(a, "grid", "gasly")]


def test_a_place_on_the_road_before_a_penalty_told_next_is_provisional(parse: Parse) -> None:
    body = (
        "Ocon won in Spanje. Door de uitval van Norris kwam Gasly als vierde over de streep. Alonso kreeg na"
        " afloop nog een tijdstraf van vijf seconden."
    )
    a = parse(body, date="2021-05-10")
    assert [(f.position, f.status) for f in facts_of(a, "finish", "gasly")] == [(4, "provisional")]


def test_a_place_on_the_road_without_a_penalty_stays_final(parse: Parse) -> None:
    a = parse(
        "Ocon won in Spanje. Gasly kwam als vierde over de streep. Het was een mooie dag.", date="2021-05-10"
    )
    assert [(f.position, f.status) for f in facts_of(a, "finish", "gasly")] == [(4, "final")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wellicht kan Gasly zich in Spanje nog mengen in de strijd om de podiumplaatsen.",
        "In Spain Gasly was in the fight for a podium place until the last lap.",
        "In Spanje evenaarde Ocon het record van Gasly's podiumplaatsen.",
        "In Spain Ocon equals Gasly's record of podium finishes.",
    ],
)
def test_a_podium_fought_for_or_a_record_is_no_podium(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2021-05-10")
    assert facts_of(a, "podium") == []


def test_a_podium_stood_on_is_a_podium(parse: Parse) -> None:
    a = parse("Gasly stond in Spanje op het podium.", date="2021-05-10")
    assert [f.driver for f in facts_of(a, "podium")] == ["gasly"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Al zijn podiumplaatsen in Spanje waren een eerste of tweede stek.",
        "In Spain Ocon finished second or third every time.",
        "Beide coureurs hebben dit seizoen een zege en een tweede plek behaald, ook Ocon in Spanje.",
        "Ocon took a second place this season as well, in Spain.",
    ],
)
def test_either_of_two_places_or_a_tally_is_no_result(parse: Parse, sentence: str) -> None:
    a = parse(sentence, date="2021-05-10")
    assert [f for f in facts_of(a, "finish") if f.status == "final"] == []


def test_a_place_in_a_race_is_a_result(parse: Parse) -> None:
    a = parse("Ocon werd in Spanje tweede.", date="2021-05-10")
    assert [(f.driver, f.position) for f in facts_of(a, "finish")] == [("ocon", 2)]


@pytest.mark.parametrize(
    "sentence",
    ["Al zijn podiumplaatsen in Spanje waren mooi.", "Ocon took two podiums, in Spain and Monaco."],
)
def test_podiums_counted_are_no_races_podium(parse: Parse, sentence: str) -> None:
    assert facts_of(parse(sentence, date="2021-05-10"), "podium") == []


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Bij een 1-2 voor Alpine in Spanje, waarbij Ocon de zege opeist, blijft Gasly kansrijk.", "finish"),
        (
            "In Spanje leek Ocon de grote winnaar te worden die er met de punten vandoor zou gaan en"
            " daarmee de eerste plaats in het klassement terug kreeg.",
            "championship",
        ),
    ],
)
def test_what_a_scenario_would_bring_is_hypothetical(parse: Parse, sentence: str, kind: str) -> None:
    a = parse(sentence, date="2021-05-10")
    assert [f for f in facts_of(a, kind, "ocon") if f.status == "final"] == []


def test_what_a_result_brings_is_final(parse: Parse) -> None:
    a = parse(
        "Ocon won in Spanje en daarmee pakte hij de eerste plaats in het klassement.", date="2021-05-10"
    )
    assert [(f.position, f.status) for f in facts_of(a, "championship", "ocon")] == [(1, "final")]


@pytest.mark.parametrize(
    "sentence, kind, place",
    [
        ("Ocon endured a poor 2021 and finished a career-low twelfth overall.", "championship", 12),
        ("Ocon werd in 2021 twaalfde in de eindstand.", "championship", 12),
        ("Gasly lost out to Ocon, de nummer twee uit het algemeen klassement, Ocon.", "championship", 2),
    ],
)
def test_a_place_overall_or_in_the_ranking_named_is_a_standing(
    parse: Parse, sentence: str, kind: str, place: int
) -> None:
    a = parse(sentence, date="2021-12-20")
    assert [f.position for f in facts_of(a, kind, "ocon")] == [place]


def test_favourite_for_a_place_is_no_place(parse: Parse) -> None:
    a = parse("Ocon may start 2022 in Spain as favourite for a third title.", date="2021-12-20")
    assert facts_of(a, "grid", "ocon") == [] and facts_of(a, "finish", "ocon") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ocon nam vlak voor de zomerstop een ferme P3 in, maar nu staat hij tussen de Ferrari's.",
        "Ocon was third just before the summer break, but he has dropped back since.",
    ],
)
def test_a_place_before_the_summer_break_is_history(parse: Parse, sentence: str) -> None:
    a = parse("Stand na Spanje. " + sentence, date="2021-10-10")
    assert [f for f in facts_of(a, "finish", "ocon") if f.status == "final"] == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a place before a penalty the sentence tells after it
        ("Albon eindigde als vijfde, maar door een tijdstraf zakte hij nog een plaats", "running"),
        ("Albon finished fifth, but a five-second penalty dropped him a place", "running"),
        ("Albon finished fifth, but he was unhappy with the car", "final"),
    ],
)
def test_a_place_before_a_penalty_told_after_it(sentence: str, status: str) -> None:
    f = fold(sentence)
    clause = f.split(",")[0]
    assert clause_status(clause, f) == status


def test_settle_a_tie_broken_by_the_place_another_holds() -> None:
    # Hamilton told fourth and first as often; Verstappen holds first and nothing else: fourth is Hamilton's
    out = settle([f("max_verstappen", 1, 0), f("hamilton", 4, 1), f("hamilton", 1, 2)])
    assert [x.status for x in out] == ["final", "final", "conflict"]


def test_settle_a_tie_stays_when_the_holder_has_another_place_too() -> None:
    out = settle(
        [f("max_verstappen", 1, 0), f("max_verstappen", 2, 3), f("hamilton", 4, 1), f("hamilton", 1, 2)]
    )
    assert [x.status for x in out][2:] == ["conflict", "conflict"]


def test_settle_a_tie_stays_in_a_race_a_penalty_moved() -> None:
    pen = Fact("penalty", "vettel", 3, season=2022, grand_prix="canada", penalty="time")
    out = settle([f("vettel", 1, 0), f("hamilton", 2, 1), f("hamilton", 1, 2), pen])
    assert [x.status for x in out][1:3] == ["conflict", "conflict"]


def test_settle_a_majority_is_not_overruled_by_another_holder() -> None:
    # told first twice and second once: first stands, though another is told first once
    out = settle(
        [f("max_verstappen", 1, 0), f("max_verstappen", 1, 1), f("max_verstappen", 2, 2), f("hamilton", 1, 3)]
    )
    assert out[0].status == "final" and out[2].status == "conflict"
