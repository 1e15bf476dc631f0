"""Who was penalised in a race, a place asked "after" an event, and fragments with a moment, over a real
knowledge base built from articles written here."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2021-08-spa.txt": (
        "date 2021-08-29\n\nLando Norris won the Belgian Grand Prix. Carlos Sainz was disqualified after"
        " the race because his fuel sample was too small, so Esteban Ocon was promoted to second."
        " Pierre Gasly got a five-second time penalty for speeding in the pit lane. Esteban Ocon nearly"
        " collided with Kimi Raikkonen in the pit lane."
    ),
    "2021-09-monza.txt": (
        "date 2021-09-12\n\nNorris won de Grand Prix van Italië. Sainz, Ocon, Gasly en Alonso kregen"
        " allemaal een tijdstraf van vijf seconden voor het afsnijden van de eerste chicane."
    ),
    "2021-07-austria.txt": (
        "date 2021-07-04\n\nMax Verstappen won de Grand Prix van Oostenrijk. Sergio Pérez duwde Leclerc"
        " twee keer van de baan en kreeg daarvoor twee keer een tijdstraf van vijf seconden van de stewards."
    ),
    "2018-05-monaco-stand.txt": (
        "date 2018-05-28\n\nStand na de Grand Prix van Monaco:\n\n1. Lewis Hamilton, Mercedes: 110;"
        " 2. Sebastian Vettel, Ferrari: 96; 3. Daniel Ricciardo, Red Bull: 72;"
        " 4. Valtteri Bottas, Mercedes: 68"
    ),
    "2022-10-japan.txt": (
        "date 2022-10-09\n\nMax Verstappen won de Grand Prix van Japan. Charles Leclerc kreeg na de finish"
        " een tijdstraf omdat hij in de laatste bocht de baan afsneed."
    ),
    "2019-10-japan.txt": (
        "date 2019-10-13\n\nBottas won the Japanese Grand Prix. Leclerc was given a five-second time penalty"
        " for hitting Verstappen and a further ten-second time penalty for driving on with a broken wing."
    ),
    "2019-10-mexico.txt": (
        "date 2019-10-27\n\nMax Verstappen pakte pole position in Mexico. Later kreeg Verstappen een"
        " gridstraf van drie plaatsen omdat hij niet afremde voor een gele vlag."
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        ("Who was disqualified in Spa 2021?", "Sainz", "Gasly"),
        ("wie werd gediskwalificeerd in spa 2021", "Sainz", "Norris"),
        ("Wie kreeg een straf in Spa 2021?", "Gasly", "Norris"),
        # a place asked "after the disqualification": the place, not the disqualification
        ("Who was second in Spa 2021 after the disqualification?", "Ocon", "Sainz"),
        ("wie werd tweede na de diskwalificatie in spa 2021", "Ocon", "Sainz"),
        # the kind of penalty named: only that kind answers
        ("Welke tijdstraf kreeg Gasly in Spa 2021?", "5", "Sainz"),
        # how long a penalty was: its size
        ("how long was gasly his penalty in spa 2021", "5", "Sainz"),
        ("hoe lang was de straf van gasly in spa 2021", "5", "Sainz"),
        # the driver named in the constraint is not the one asked about
        ("wie werd tweede door de diskwalificatie van sainz in spa 2021?", "Ocon", "Sainz"),
        ("hoe ging het met norris in spa 2021", "Norris", "Sainz"),
        # the one next to him in the result, not his own place
        ("wie eindigde achter Norris in Spa 2021?", "Ocon", "Norris"),
        ("who finished ahead of Ocon in Spa 2021", "Norris", "Ocon"),
        ("who got a time penalty in spa 2021", "Gasly", "Sainz"),
        # how many: a penalty told twice in one sentence is two, one told once is one
        ("hoeveel tijdstraffen kreeg perez in oostenrijk 2021", "twee keer", "stewards"),
        ("how many penalties did perez get in austria 2021", "2 penalties", "stewards"),
        # a penalty told twice: the seconds in all too
        ("hoeveel strafseconden kreeg perez in oostenrijk 2021", "10 seconden in totaal", "stewards"),
        ("waarvoor kreeg gasly straf in spa 2021", "pit", "Sainz"),
        ("what did gasly get for the speeding incident in spa 2021", "time penalty", "Sainz"),
        # a near miss answers only a question about one, and is said as one
        ("met wie had ocon bijna een botsing in spa 2021", "bijna", "Norris"),
        ("how many penalties did gasly get in spa 2021", "5-second", "twice"),
        # a standing asked: with the points the same table row gives
        ("ricciardo standings after monaco 2018", "72", "110"),
        # pole, then a grid penalty: the fastest time in qualifying, not a start from pole
        ("Waar kwalificeerde Verstappen zich in Mexico 2019?", "snelste tijd", "startte"),
        # two penalties in one sentence; the size a question gives picks one
        ("waarom kreeg leclerc 10 sec straf in suzuka 2019", "broken wing", "hitting"),
        ("why did leclerc get 5 seconds in japan 2019", "hitting", "broken wing"),
        # a penalty of no size told: what it was, when no size is asked
        ("welke straf kreeg leclerc in suzuka 2022", "tijdstraf", "Verstappen"),
    ],
)
async def test_told_penalised(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


async def test_one_penalty_of_four_is_told_once(told: KnowledgeBase) -> None:
    # four drivers with the same penalty: one short answer that names them all
    answer = await told.ask("Who got a penalty in Monza 2021?")
    assert answer.status == "answered", answer.text
    assert "Sainz, Ocon, Gasly and Alonso got a 5-second time penalty" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Who was disqualified in Monza 2021?",  # penalties there, but none a disqualification
        "Welke gridstraf kreeg Gasly in Spa 2021?",  # his was a time penalty
        "Wie kreeg een gridstraf in Spa 2021?",
        "How many drivers got a penalty in Spa 2021?",  # no fact counts drivers
        "hoeveel coureurs kregen een straf in spa 2021",
        "norris lap 1 spa 2021",  # a fragment with a moment asks where he ran then
        "Vanaf welke plek startte Verstappen in Mexico 2019 na zijn straf?",  # three places back, from where?
        # a place asked, with a penalty only as its cause: no list of the penalised
        "naar welke plek zakte ham door zn straf in spa 2021",
        # how something happened is told by no fact
        "hoe kwam norris langs ocon in spa 2021",
        "hoe ging norris naar de pits in spa 2021",  # a way, not how his race went
        "how did norris go to the stewards in spa 2021",
        "wie eindigde achter ocon in spa 2021",  # third is not told
        "ocon halverwege spa 2021",
        "topsnelheid Norris Spa 2021",
        "Who topped FP2 in Spa 2021?",
        "wie was de snelste in de eerste vrije training in spa 2021",
        "Wat was de kwalificatietijd van Norris in Spa 2021?",
        # someone else than the driver named after "door"/"into the path of" is asked about: not his win
        "wie werd opgehouden door norris in spa 2021",
        "who was released into the path of Norris in Spa 2021?",
        "hoeveel achter was lando op pole in spa 2021",  # a gap no fact holds
        "quali head to head norris vs ocon 2021",  # a season's duel no fact holds
        "norris lead after spa 2021 over ocon",  # a lead in points no fact holds
        # a place asked "before" or "after both" penalties: not the penalties
        "where did gasly qualify in spa 2021 before the penalty",
        "final classified position of gasly in spa 2021 after both penalties",
        # a count, a rival beaten, a moment or a gap no fact holds: not a neighbouring result
        "how many retirements in spa 2021",
        "who did norris pip to the win in spa 2021",
        "waar nam norris in 2021 de leiding in het kampioenschap over",
        "norris spa 2021 from which position did he come back",
        "wie dook als eerste bocht 1 in in spa 2021",
        "verschil finish spa 2021 tussen norris en ocon",
        "which drivers retired at the start of the spa gp 2021",
        "norris spa 2021 welke plek na bocht 1",  # a moment: not his finish
        "zonder straf waar was gasly geeindigd spa 2021",  # what would have been
        "verstappen startplaats mexico 2019",  # his start after the grid penalty is not told
        # a win's number, the company, a record over the years, a rating, a lap: no fact holds them
        "hoeveelste f1 zege was spa 2021 voor norris",
        "met wie vierde norris zijn zege in spa 2021?",
        "who has won the belgian gp the most times",
        "met wie botste ocon in spa 2021",  # only a near miss is told
        "welk eindcijfer kreeg norris voor spa 2021",
        "lap pit stop gasly spa 2021",
        "welke plek lag norris na een paar ronden in spa 2021",
        "hoeveelste straf voor gasly in spa 2021",
        # the size asked, typed loosely, of a penalty told without one
        "leclerc straf suzuka 2022 hoevel seconden",
        "leclerc tijdstraf japan 2022 seconden",
        "hoe zware straf kreeg leclerc in japan 2022",
        "how severe was leclerc's penalty in japan 2022",
    ],
)
async def test_not_told_is_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_a_fragment_without_a_moment_is_still_his_race(told: KnowledgeBase) -> None:
    answer = await told.ask("ocon spa 2021")
    assert answer.status == "answered" and "Ocon" in answer.text
