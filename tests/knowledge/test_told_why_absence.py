"""Why questions about a place given back, a race missed, a stand-in and a start place, over a knowledge
base built from articles written here: only the asked event, of the asked driver, in the asked race
answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import write_articles

ARTICLES = {
    "austria.txt": "date 2023-07-03\n\nLando Norris won de Grand Prix van Oostenrijk. Tsunoda negeerde de"
    " dubbele gele vlag en ging Magnussen voorbij. De wedstrijdleiding liet Tsunoda de plek teruggeven aan"
    " Magnussen. Sainz gaf de leiding aan Norris terug omdat hij de chicane had afgesneden.",
    "italy.txt": "date 2022-09-12\n\nCharles Leclerc won the Italian Grand Prix. Nyck de Vries, standing in"
    " for Alexander Albon, who was ruled out of the race with appendicitis, finished ninth.",
    "hungary.txt": "date 2022-08-01\n\nMax Verstappen won de Grand Prix van Hongarije. Albon reed naar de"
    " tiende plaats. Alonso, pas vanaf de zesde rij gestart na een hydraulisch probleem in Q2, werd vijfde.",
}


@pytest.fixture
async def kb(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    base = await KnowledgeBase.open(tmp_path / "db" / "kb.sqlite3")
    report = await base.reload(write_articles(tmp_path / "articles", ARTICLES))
    assert not report.failed, report.failed
    try:
        yield base
    finally:
        await base.close()


@pytest.mark.parametrize(
    "question, cue",
    [
        ("Waarom moest Tsunoda in Oostenrijk 2023 een plek teruggeven aan Magnussen?", "gele vlag"),
        ("Why did Sainz have to give the lead back in Austria 2023?", "the lead back to Norris"),
        ("Why did Sainz have to give the lead back in Austria 2023?", "chicane"),
        ("Why did Albon miss the 2022 Italian GP?", "appendicitis"),
        ("Waarom reed Albon niet mee in Monza 2022?", "appendicitis"),
        ("Why did De Vries drive the Williams at Monza 2022?", "Albon"),
        ("Waarom verving de Vries Albon in Italië 2022?", "appendicitis"),
        ("Waarom startte Alonso zo ver achteraan in Hongarije 2022?", "hydraulisch"),
        ("Why did Alonso start twelfth in Hungary 2022?", "hydraulisch"),
    ],
)
async def test_why_answered(kb: KnowledgeBase, question: str, cue: str) -> None:
    answer = await kb.ask(question)
    assert answer.status == "answered" and cue in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # the one who got the place back gave nothing back
        "Waarom moest Magnussen in Oostenrijk 2023 een plek teruggeven?",
        # given back to another driver than the one asked
        "Waarom moest Tsunoda in Oostenrijk 2023 een plek teruggeven aan Norris?",
        # another race
        "Why did Tsunoda have to give the place back in Hungary 2022?",
        # the stand-in took part; the absent driver raced in another race
        "Why did De Vries miss the 2022 Italian GP?",
        "Why did Albon miss the 2022 Hungarian GP?",
        # a miss that is no absence, a seat that is not his
        "Why did Albon miss the podium at Monza 2022?",
        "Why did De Vries drive for Ferrari at Monza 2022?",
        "Why did De Vries drive so well at Monza 2022?",
        # qualifying is another session than the race missed
        "Waarom miste Albon de kwalificatie in Monza 2022?",
        # another place than the one told, a start not asked about, another driver
        "Why did Alonso start fourth in Hungary 2022?",
        "Why did Alonso start from pole in Hungary 2022?",
        "Waarom werd Alonso vijfde in Hongarije 2022?",
        "Waarom startte Verstappen zo ver achteraan in Hongarije 2022?",
    ],
)
async def test_why_not_answered(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.ask(question)
    assert answer.status == "unknown", answer.text
