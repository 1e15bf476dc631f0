"""Questions of the session of 7 December (second) over a real knowledge base built from articles written
here: why a driver was disqualified, told by the finding about his car beside the disqualification; a
retirement asked as "waarom moest hij opgeven"; a collision asked as "wie tikte X eraf"."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    "2023-10-austin-penalty.txt": (
        "date 2023-10-23\n\nTwee diskwalificaties in Austin\n\n"
        "Max Verstappen won de Grand Prix van de Verenigde Staten. Lewis Hamilton werd na afloop"
        " gediskwalificeerd. Mercedes ging niet in beroep. Overmatige slijtage van de plank onder de auto"
        " leidde tot de diskwalificatie.\n"
    ),
    "2024-07-spa-penalty.txt": (
        "date 2024-07-28\n\nRussell loses his win\n\n"
        "George Russell crossed the line first at the Belgian Grand Prix. He was disqualified hours later"
        " when his car was found to be underweight, handing the win to Lewis Hamilton.\n"
    ),
    "2023-09-monza-race.txt": (
        "date 2023-09-03\n\nVerstappen wint op Monza\n\n"
        "Max Verstappen won de Grand Prix van Italië. Logan Sargeant moest al vroeg opgeven met een"
        " kapotte versnellingsbak.\n"
    ),
    # a preview of the race's day: no result of it, the round before's retirement
    "2023-06-montreal-preview.txt": (
        "date 2023-06-18\n\nVerstappen favoriet in Montreal\n\n"
        "Na zijn uitvalbeurt vorige week in Spanje staat Charles Leclerc 60 punten achter op Max"
        " Verstappen.\n"
    ),
    # a standings list of the race's day, told after it
    "2023-06-montreal-standings.txt": (
        "date 2023-06-18\n\nStandings after Canada\n\n"
        "Max Verstappen leads the championship by 69 points from Sergio Perez after the Canadian Grand"
        " Prix.\n"
    ),
    "2023-07-hungaroring-reaction.txt": (
        "date 2023-07-23\n\nAlbon blij\n\n"
        "Max Verstappen won de Grand Prix van Hongarije. De 27-jarige Albon scoorde weer punten voor"
        " Williams.\n"
    ),
    "2023-07-paulricard-race.txt": (
        "date 2023-07-02\n\nVerstappen wint\n\n"
        "Max Verstappen won de Grand Prix van Oostenrijk. Charles Leclerc crashte in ronde 20 in de muur."
        " Sergio Pérez viel uit met een kapotte motor, Carlos Sainz had remproblemen en viel ook uit.\n"
    ),
    "2023-10-mexico-quali.txt": (
        "date 2023-10-28\n\nKwalificatie in Mexico\n\n"
        "Charles Leclerc pakte pole in Mexico. In Q1 ging het mis voor Williams. De Canadees was met een"
        " 1.18.757 de langzaamste man op de baan.\n\nYuki Tsunoda krijgt een gridstraf voor de Grand Prix van"
        " Mexico.\n\nMax Verstappen won in Mexico nadat 18 auto's de eerste bocht in doken. Charles Leclerc"
        " kreeg voor een unsafe release geen straf, alleen Ferrari kreeg een boete.\n"
    ),
    "2023-07-austria-win.txt": (
        "date 2023-07-03\n\nNorris wint\n\n"
        "It means Norris's first win of the season - and seventh of his F1 career - is confirmed.\n"
    ),
    "2023-04-baku-race.txt": (
        "date 2023-04-30\n\nPérez wint in Bakoe\n\n"
        "Sergio Pérez won de Grand Prix van Azerbeidzjan. In de eerste ronde botste Yuki Tsunoda met"
        " Nyck de Vries, die daarna in de muur belandde.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected, absent",
    [
        # the finding told near the disqualification, the only one of the article
        ("waarom werd hamilton gediskwalificeerd in austin 2023", "plank", "Verstappen won"),
        # the finding after "when", without what it led to
        ("why was russell disqualified at spa 2024", "underweight", "handing"),
        # a retirement asked as giving up
        ("waarom moest sargeant opgeven op monza 2023", "versnellingsbak", "Verstappen"),
        # a collision asked as a tap
        ("wie tikte de vries eraf in bakoe 2023", "Tsunoda", "Pérez"),
        # "f1 wins" asks the career's count
        ("how many f1 wins did norris have after austria 2023", "7", "his first"),
        # a retirement asked why, no cause told but his crash
        ("waarom viel leclerc uit in oostenrijk 2023", "crashte", "motor"),
        # how far one driver trailed, from a preview of the race's day
        ("hoeveel punten achter stond leclerc voor de gp van canada 2023", "60", "69"),
        # a standings list of the race's day, after it
        ("how many points was max ahead of checo after the canadian gp 2023", "69", "60"),
    ],
)
async def test_answered(told: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    await assert_answered(told, question, expected, absent)


@pytest.mark.parametrize(
    "question",
    [
        # no disqualification of his
        "waarom werd verstappen gediskwalificeerd in austin 2023",
        # giving up told of nobody in that race
        "waarom moest sargeant opgeven in bakoe 2023",
        # the preview's gap is before the race, not after it
        "hoeveel punten achter stond leclerc na de gp van canada 2023",
        # both of a team asked, the why of one told
        "waarom vielen beide red bulls uit in oostenrijk 2023",
        # the slowest told of a nationality, not by name: no sentence to quote for who
        "who was slowest in q1 mexico 2023",
        # a grid penalty is no post-race penalty
        "who got a post race penalty in mexico 2023",
        # seconds asked, a sentence without a time
        "hoeveel seconden won max in mexico 2023",
        # a team names nobody in whose way he was
        "leclerc unsafe release mexico 2023 in de weg van wie",
        # an age is no number of points
        "hoeveel punten scoorde williams in hongarije 2023",
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text
