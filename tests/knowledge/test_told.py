"""The fastest lap and counts are answered only as an article states them, over a real knowledge base
built from articles written here; otherwise the answer stays unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import kb_over, write_articles

ARTICLES = {
    "2022-10-mexico.txt": (
        "date 2022-10-31\n\nMax Verstappen heeft de Grand Prix van Mexico gewonnen. Voor Verstappen was het"
        " de veertiende zege van het seizoen. George Russell reed in de slotronde nog de snelste raceronde."
    ),
    "2022-11-abu-dhabi.txt": (
        "date 2022-11-20\n\nMax Verstappen won the Abu Dhabi Grand Prix, his 15th win of the season. Lando"
        " Norris set the fastest lap. It was the 35th win of his career for Verstappen."
    ),
    "2022-04-imola.txt": (
        "date 2022-04-25\n\nMax Verstappen won de Grand Prix van Emilia-Romagna. Het was zijn tweede zege van"
        " het seizoen."
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Wie reed de snelste ronde in Mexico 2022?", "Russell"),
        ("Who set the fastest lap in Mexico 2022?", "Russell"),
        ("who had the fastest lap in abu dhabi 2022", "Norris"),
        ("Reed Verstappen de snelste ronde in Abu Dhabi 2022?", "Nee"),
        ("Hoeveel races won Verstappen in 2022?", "15"),
        ("How many races did Verstappen win in 2022?", "15"),
        ("Hoeveel zeges had Verstappen na de GP van Mexico 2022?", "14"),
        ("Hoeveel overwinningen heeft Verstappen in zijn carrière?", "35"),
        ("Hoeveelste seizoenszege was Mexico 2022 voor Verstappen?", "14"),
        ("Which career win number was Abu Dhabi 2022 for Verstappen?", "35"),
        # "how manyth" is asked as fans type it, and told as an ordinal
        ("mexico 2022 was max's how manyth win of the season", "fourteenth"),
    ],
)
async def test_told_attributes(told: KnowledgeBase, question: str, expected: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "answered", answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Wie reed de snelste ronde in Imola 2022?",  # no article names it
        "Who set the fastest lap in the 2022 Mexico sprint?",
        "Hoeveel poles had Verstappen in 2022?",  # no count of poles is told
        "Hoeveel races voor het einde was Verstappen in 2022 kampioen?",  # a count of races left, no wins
        "How many races did Norris win in 2022?",
        # which win it was, of the season or of his career, is not said: the two counts differ
        "Hoeveelste zege was Mexico 2022 voor Verstappen?",
    ],
)
async def test_not_told_is_unknown(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status == "unknown", answer.text


async def test_a_count_told_halfway_does_not_answer_the_season_total(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db2" / "kb.sqlite3")
    try:
        await base.reload(
            write_articles(tmp_path / "only-imola", {"imola.txt": ARTICLES["2022-04-imola.txt"]})
        )
        assert (await base.ask("Hoeveel races won Verstappen in 2022?")).status == "unknown"
        after = await base.ask("Hoeveel zeges had Verstappen na de GP van Emilia-Romagna 2022?")
        assert after.status == "answered" and "2" in after.text
    finally:
        await base.close()


CRASHES = {
    "monaco-a.txt": "date 2022-05-30\n\nSergio Pérez won de GP van Monaco. Mick Schumacher crashte zwaar.",
    "monaco-b.txt": "date 2022-05-30\n\nPérez won in Monaco. Mick Schumacher crashed at the swimming pool.",
    "monaco-c.txt": "date 2022-05-30\n\nPérez won in Monaco. Lance Stroll crashte in de opwarmronde.",
}


async def test_who_crashed_names_the_crash_most_articles_tell(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db3" / "kb.sqlite3")
    try:
        await base.reload(write_articles(tmp_path / "crashes", CRASHES))
        answer = await base.ask("Wie crashte er in Monaco 2022?")
        assert answer.status == "answered" and "Schumacher" in answer.text and "Stroll" not in answer.text
        # one article each: no crash stands out, so no answer
        await base.reload(
            write_articles(tmp_path / "crashes2", {k: CRASHES[k] for k in ("monaco-a.txt", "monaco-c.txt")})
        )
        assert (await base.ask("Who crashed in Monaco 2022?")).status == "unknown"
    finally:
        await base.close()


async def test_the_part_of_qualifying_he_went_out_in(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db4" / "kb.sqlite3")
    try:
        await base.reload(
            write_articles(
                tmp_path / "quali",
                {
                    "zandvoort.txt": "date 2021-09-04\n\nMax Verstappen pakte de pole voor de Grand Prix van"
                    " Nederland. Lando Norris strandde al in Q2. Sainz werd vijfde."
                },
            )
        )
        nl = await base.ask("In welk deel van de kwalificatie strandde Norris in Zandvoort 2021?")
        assert nl.status == "answered" and "Q2" in nl.text
        en = await base.ask("In which qualifying session was Norris knocked out at Zandvoort 2021?")
        assert en.status == "answered" and "Q2" in en.text
        # nobody said where Sainz went out
        assert (
            await base.ask("In welk deel van de kwalificatie strandde Sainz in Zandvoort 2021?")
        ).status == "unknown"
    finally:
        await base.close()


async def test_a_standing_during_a_season_known_to_be_over_is_no_season_answer(tmp_path: Path) -> None:
    spring = {
        "imola.txt": "date 2022-04-25\n\nIn de WK-stand staat Carlos Sainz na de Grand Prix van"
        " Emilia-Romagna vijfde."
    }
    base = await KnowledgeBase.open(tmp_path / "db5" / "kb.sqlite3")
    try:
        await base.reload(write_articles(tmp_path / "spring", spring))
        during = await base.ask("Carlos Sainz championship position 2022")
        assert during.status == "answered" and "fifth" in during.text and "not the final" in during.text
        # once an article from after the last race is known, the spring standing answers no season question
        later = {**spring, "winter.txt": "date 2022-11-21\n\nLando Norris werd in Abu Dhabi zesde."}
        await base.reload(write_articles(tmp_path / "winter", later))
        assert (await base.ask("Carlos Sainz championship position 2022")).status == "unknown"
        # asked after the race named, the spring standing still answers
        after = await base.ask("Waar stond Sainz in het WK na de GP van Emilia-Romagna 2022?")
        assert after.status == "answered" and "vijfde" in after.text
    finally:
        await base.close()


async def test_why_he_started_at_the_back(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db6" / "kb.sqlite3")
    try:
        articles = {
            "brazil.txt": "date 2022-11-14\n\nGeorge Russell won de Grand Prix van Brazilië. Lance Stroll"
            " moest achteraan starten omdat hij een nieuwe motor kreeg. Ocon werd achtste."
        }
        await base.reload(write_articles(tmp_path / "back", articles))
        nl = await base.ask("Waarom moest Stroll achteraan starten in Brazilië 2022?")
        assert nl.status == "answered" and "nieuwe motor" in nl.text
        en = await base.ask("Why did Stroll start from the back in Brazil 2022?")
        assert en.status == "answered" and "from the back" in en.text and "nieuwe motor" in en.text
        # nobody said why Ocon started where he did
        assert (await base.ask("Why did Ocon start from the back in Brazil 2022?")).status == "unknown"
    finally:
        await base.close()


GAPS = {
    "monza.txt": "date 2024-09-02\n\nCharles Leclerc won de Grand Prix van Italië. In het WK heeft Max"
    " Verstappen nu een voorsprong van 62 punten op Lando Norris.",
    "baku.txt": "date 2024-09-13\n\nBefore the Azerbaijan Grand Prix, Norris trails Verstappen by 62 points.",
}


async def test_the_points_gap_between_two_drivers(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db7" / "kb.sqlite3")
    try:
        await base.reload(write_articles(tmp_path / "gaps", GAPS))
        nl = await base.ask("Hoeveel punten voorsprong had Verstappen op Norris na de GP van Italië 2024?")
        assert nl.status == "answered" and "62 punten voor op" in nl.text
        en = await base.ask("How many points was Norris behind Verstappen before the Azerbaijan GP 2024?")
        assert en.status == "answered" and "62 points behind" in en.text
        # no article of the time after Baku: the gap then is not told
        later = await base.ask(
            "Hoeveel punten voorsprong had Verstappen op Norris na de GP van Singapore 2024?"
        )
        assert later.status == "unknown"
        # a gap to a driver nobody compared him with
        other = await base.ask(
            "Hoeveel punten voorsprong had Verstappen op Leclerc na de GP van Italië 2024?"
        )
        assert other.status == "unknown"
    finally:
        await base.close()


async def test_a_gap_told_between_two_drivers_has_no_side(tmp_path: Path) -> None:
    articles = {
        "zandvoort.txt": "date 2024-08-26\n\nNorris won in Zandvoort, Verstappen werd tweede. Het verschil"
        " tussen de twee in het kampioenschap bedraagt 70 punten.",
    }
    async with kb_over(tmp_path, articles) as base:
        nl = await base.ask("Hoeveel punten voorsprong had Verstappen op Norris na de GP van Nederland 2024?")
        assert nl.status == "answered" and "70 punten" in nl.text
        # who is ahead is not told, so the answer does not say it
        assert "voor op" not in nl.text and "achter" not in nl.text
        en = await base.ask("What was the points gap between Norris and Verstappen after the 2024 Dutch GP?")
        assert en.status == "answered" and "70 points" in en.text and "ahead" not in en.text


async def test_qualifying_asked_is_not_answered_with_a_start_after_a_penalty(tmp_path: Path) -> None:
    articles = {
        "sochi.txt": "date 2024-09-30\n\nNorris won in Sochi. Verstappen moest na een motorwissel vanuit de"
        " pitstraat starten. Leclerc kreeg een gridstraf van tien plaatsen en startte als negentiende."
        " Piastri startte als vijfde.",
        "monza.txt": "date 2024-09-02\n\nLeclerc won in Monza. Piastri startte als tweede.",
    }
    async with kb_over(tmp_path, articles) as base:
        # a start from the pit lane or after a grid penalty says nothing of qualifying; nor does a start
        # after another's grid penalty, which may have moved him up
        for who in ("Verstappen", "Leclerc", "Piastri"):
            answer = await base.ask(f"Waar kwalificeerde {who} zich in Sochi 2024?")
            assert answer.status == "unknown", answer.text
        # without any penalty the start is where he qualified
        piastri = await base.ask("Waar kwalificeerde Piastri zich in Monza 2024?")
        assert piastri.status == "answered" and "tweede" in piastri.text
        # the start itself is answered
        start = await base.ask("Waar startte Verstappen in Sochi 2024?")
        assert start.status == "answered" and "pitstraat" in start.text


async def test_a_drivers_lead_in_the_championship(tmp_path: Path) -> None:
    articles = {
        "zandvoort.txt": "date 2024-08-26\n\nNorris won in Zandvoort. Verstappen vergrootte zijn voorsprong"
        " op Norris in het kampioenschap tot 70 punten.",
        "monza.txt": "date 2024-09-02\n\nLeclerc won in Monza. Verstappen now leads the championship by 62"
        " points.",
    }
    async with kb_over(tmp_path, articles) as base:
        nl = await base.ask("Hoeveel punten voorsprong had Verstappen na de GP van Nederland 2024?")
        assert nl.status == "answered" and "70 punten" in nl.text and "Norris" in nl.text
        en = await base.ask("How big was Verstappen's championship lead after the 2024 Italian GP?")
        assert en.status == "answered" and "62 points" in en.text
        # no article of the time after Singapore
        later = await base.ask("Hoeveel punten voorsprong had Verstappen na de GP van Singapore 2024?")
        assert later.status == "unknown"
        # nobody wrote of Norris's lead
        other = await base.ask("Hoeveel punten voorsprong had Norris na de GP van Italië 2024?")
        assert other.status == "unknown"


async def test_the_qualifying_gap_between_two_drivers(tmp_path: Path) -> None:
    articles = {
        "zandvoort-q.txt": "date 2024-08-24\n\nLando Norris pakte pole voor de Grand Prix van Nederland. Max"
        " Verstappen strandde op 0,356 seconde van Norris.",
        "zandvoort-r.txt": "date 2024-08-25\n\nLando Norris won de Grand Prix van Nederland met 22,896"
        " seconden voorsprong op Max Verstappen.",
    }
    async with kb_over(tmp_path, articles) as base:
        nl = await base.ask(
            "Hoeveel sneller was Norris dan Verstappen in de kwalificatie van Zandvoort 2024?"
        )
        assert nl.status == "answered" and "0,356 seconde sneller" in nl.text
        en = await base.ask("By how much did Verstappen miss pole to Norris in Zandvoort 2024?")
        assert en.status == "answered" and "0.356 seconds slower" in en.text
        # the gap in the race is not told as a qualifying gap; asked for the race, it is the race's
        race = await base.ask("Hoeveel voorsprong had Norris op Verstappen in de race in Zandvoort 2024?")
        assert race.status == "answered" and "22,896" in race.text and "0,356" not in race.text
        # a pair the article does not compare
        other = await base.ask("How much faster was Norris than Leclerc in qualifying in Zandvoort 2024?")
        assert other.status == "unknown"


async def test_who_retired_from_a_race(tmp_path: Path) -> None:
    base = await KnowledgeBase.open(tmp_path / "db8" / "kb.sqlite3")
    try:
        articles = {
            "imola.txt": "date 2021-04-19\n\nMax Verstappen won de Grand Prix van Emilia-Romagna. Mick"
            " Schumacher en Nikita Mazepin vielen allebei uit. Stroll werd achtste."
        }
        await base.reload(write_articles(tmp_path / "out", articles))
        nl = await base.ask("Welke coureurs vielen uit in de GP van Emilia-Romagna 2021?")
        assert nl.status == "answered" and "Schumacher" in nl.text and "Mazepin" in nl.text
        assert "Stroll" not in nl.text and "Verstappen" not in nl.text
        en = await base.ask("Who retired from the 2021 Emilia Romagna GP?")
        assert en.status == "answered" and "Mazepin" in en.text
        # a race nobody wrote about
        assert (await base.ask("Welke coureurs vielen uit in de GP van Portugal 2021?")).status == "unknown"
    finally:
        await base.close()
