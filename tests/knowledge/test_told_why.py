"""Why questions answered with the reason of the event asked, of the driver asked, over a real knowledge
base built from articles written here: penalties told in several articles, a disqualification from
qualifying, a retirement whose cause was told the sentence before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import write_articles

ARTICLES = {
    # three articles about one grid penalty; only one says why
    "mexico-a.txt": "date 2019-10-27\n\nCharles Leclerc startte vanaf pole in de Grand Prix van Mexico. Max"
    " Verstappen kreeg een gridstraf.",
    "mexico-b.txt": "date 2019-10-27\n\nMax Verstappen kreeg in Mexico een gridstraf van drie plaatsen."
    " Leclerc startte vanaf pole.",
    "mexico-c.txt": "date 2019-10-27\n\nIn Mexico kreeg Max Verstappen drie plaatsen gridstraf omdat hij"
    " niet afremde voor een gele vlag.",
    "brazil.txt": "date 2021-11-15\n\nLewis Hamilton won de Grand Prix van Brazilië. Door een te ver"
    " openende achtervleugel werd Hamilton geschrapt uit de uitslag van de kwalificatie.",
    "imola.txt": "date 2022-04-25\n\nCharles Leclerc won de Grand Prix van Emilia-Romagna. In de eerste"
    " ronde raakten Lando Norris en Carlos Sainz elkaar. Voor Sainz betekende dat het einde van zijn race."
    " Norris werd zesde.",
    "silverstone.txt": "date 2018-07-09\n\nSebastian Vettel won the British Grand Prix, which started with a"
    " collision between Kimi Raikkonen and Lewis Hamilton. Raikkonen took third despite a ten-second"
    " penalty for causing the accident.",
    # both drivers of one team, told in one sentence after a subordinate clause
    "bahrain.txt": "date 2022-03-21\n\nCharles Leclerc won de Grand Prix van Bahrein. Terwijl Ferrari feest"
    " vierde, moesten Max Verstappen en Sergio Perez opgeven met een kapotte brandstofpomp. Lewis Hamilton"
    " werd derde. Kevin Magnussen kreeg vijf seconden straf voor het negeren van blauwe vlaggen.",
    "zandvoort.txt": "date 2022-09-03\n\nMax Verstappen pakte pole op Zandvoort. De kwalificatie, die in Q2"
    " even stillag in verband met een fakkel op de baan, was spannend.",
    # a start at the back with its own cause, and another grid penalty with another reason
    "sochi.txt": "date 2021-09-27\n\nLewis Hamilton won the Russian Grand Prix. Max Verstappen started from"
    " the back after fitting a fourth engine - on top of a three-place grid penalty for his crash with"
    " Hamilton at the previous race.",
    "baku.txt": "date 2019-04-29\n\nValtteri Bottas won de Grand Prix van Azerbeidzjan. Daniil Kvyat viel"
    " uit met technische problemen.",
    # a retirement in a collision, and the collision told with whom
    "baku-2018.txt": "date 2018-04-30\n\nLewis Hamilton won de Grand Prix van Azerbeidzjan. De Red Bulls"
    " van Max Verstappen en Daniel Ricciardo botsten in ronde 40. Verstappen viel uit door de botsing.",
    "monza.txt": "date 2018-09-03\n\nLewis Hamilton won de Grand Prix van Italië. Max Verstappen kwam als"
    " derde over de streep, maar kreeg een tijdstraf van vijf seconden voor het van de baan drukken van"
    " Valtteri Bottas. Kimi Raikkonen kreeg een gridstraf voor de volgende race wegens een nieuwe motor.",
}


@pytest.fixture
async def why(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    base = await KnowledgeBase.open(tmp_path / "db" / "kb.sqlite3")
    report = await base.reload(write_articles(tmp_path / "articles", ARTICLES))
    assert not report.failed, report.failed
    try:
        yield base
    finally:
        await base.close()


async def test_the_told_reason_is_not_crowded_out(why: KnowledgeBase) -> None:
    answer = await why.ask("Why did Max lose pole position in Mexico 2019?")
    assert answer.status == "answered" and "gele vlag" in answer.text
    # every penalty in a why answer comes with its reason
    assert all(":" in line for line in answer.text.split(". ") if "penalty" in line)


async def test_a_disqualification_from_qualifying(why: KnowledgeBase) -> None:
    answer = await why.ask("Why was Hamilton disqualified from qualifying in Brazil 2021?")
    assert answer.status == "answered" and "achtervleugel" in answer.text and "qualifying" in answer.text
    # his race result stands
    won = await why.ask("Wie won de GP van Brazilië 2021?")
    assert won.status == "answered" and "Hamilton" in won.text
    how = await why.ask("Hoe eindigde Hamilton in Brazilië 2021?")
    assert how.status == "answered" and "gediskwalificeerd" not in how.text


async def test_a_retirement_explained_by_the_sentence_before(why: KnowledgeBase) -> None:
    answer = await why.ask("Why did Sainz retire from the 2022 Emilia Romagna GP?")
    assert answer.status == "answered" and "Norris" in answer.text
    # the collision is no reason for a retirement of Norris, who finished
    assert (await why.ask("Why did Norris retire from the 2022 Emilia Romagna GP?")).status == "unknown"


async def test_a_penalty_for_the_accident_names_whom_it_hit(why: KnowledgeBase) -> None:
    answer = await why.ask("Hoe groot was de tijdstraf van Raikkonen op Silverstone 2018 en waarom?")
    assert answer.status == "answered" and "10" in answer.text and "Hamilton" in answer.text
    # Hamilton was hit; he got no penalty
    assert (await why.ask("Why did Hamilton get a penalty at Silverstone 2018?")).status == "unknown"


@pytest.mark.parametrize(
    "question, named",
    [
        ("Waarom vielen beide Red Bulls uit in Bahrein 2022?", ("Verstappen", "Pérez")),
        ("Why were the Haas drivers penalised in Bahrain 2022?", ("Magnussen",)),
    ],
)
async def test_why_about_a_teams_drivers(why: KnowledgeBase, question: str, named: tuple[str, ...]) -> None:
    answer = await why.ask(question)
    assert answer.status == "answered" and all(n in answer.text for n in named), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Why did both Ferrari drivers retire in Bahrain 2022?",  # another team: its drivers finished
        "Why were the Red Bull drivers penalised in Bahrain 2022?",  # they retired, nobody penalised them
        "Waarom vielen beide Red Bulls uit in Imola 2022?",  # another race
    ],
)
async def test_no_why_about_a_teams_drivers(why: KnowledgeBase, question: str) -> None:
    assert (await why.ask(question)).status == "unknown"


async def test_why_a_session_stood_still(why: KnowledgeBase) -> None:
    answer = await why.ask("Waarom lag de kwalificatie op Zandvoort 2022 even stil?")
    assert answer.status == "answered" and "fakkel" in answer.text and "kwalificatie" in answer.text
    # nothing stopped the race
    assert (await why.ask("Waarom lag de race op Zandvoort 2022 stil?")).status == "unknown"


async def test_why_a_place_changed_after_the_finish(why: KnowledgeBase) -> None:
    answer = await why.ask(
        "Waarom werd Verstappen in Monza 2018 als vijfde geklasseerd terwijl hij als derde finishte?"
    )
    assert answer.status == "answered" and "Bottas" in answer.text and "tijdstraf" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # a grid penalty changes no place after the finish
        "Why was Raikkonen classified fourth in Monza 2018?",
        # a place that did not change is not explained by a penalty
        "Waarom werd Hamilton eerste in Monza 2018?",
        "Waarom werd Verstappen vijfde in Monza 2018?",
    ],
)
async def test_no_why_for_a_place(why: KnowledgeBase, question: str) -> None:
    assert (await why.ask(question)).status == "unknown"


async def test_why_from_the_back_is_the_start_told_with_its_cause(why: KnowledgeBase) -> None:
    answer = await why.ask("Why did Verstappen start from the back in Russia 2021?")
    assert answer.status == "answered", answer.text
    assert "engine" in answer.text and "crash" not in answer.text, answer.text
    # asked about his grid penalty, its own reason answers
    answer = await why.ask("Why did Verstappen get a grid penalty in Russia 2021?")
    assert "crash" in answer.text, answer.text


async def test_a_retirement_with_technical_problems_answers_why(why: KnowledgeBase) -> None:
    answer = await why.ask("Waarom viel Kvyat uit in Bakoe 2019?")
    assert answer.status == "answered", answer.text
    assert "techn" in answer.text.lower(), answer.text


async def test_a_retirement_in_a_collision_names_whom_it_was_with(why: KnowledgeBase) -> None:
    answer = await why.ask("max uitgevallen bakoe 2018 waardoor")
    assert answer.status == "answered" and "Ricciardo" in answer.text, answer.text
    # a retirement with another cause names nobody
    other = await why.ask("Waarom viel Kvyat uit in Bakoe 2019?")
    assert other.status == "answered" and "Botsing met" not in other.text
