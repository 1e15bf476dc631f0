"""Follow-ups the way people chat, and the season a question without one is about, on the probe articles
(written for the tests: Monaco 2023 and 2024, Mexico 2024, Australia 2023, reviews of 2023 and 2024)."""

from __future__ import annotations

import pytest

from knowledge.model import Answer, Topic
from knowledge.query import QuestionParser
from knowledge.service import KnowledgeBase


async def chat(kb: KnowledgeBase, *questions: str) -> list[Answer]:
    """Ask in order, each with the topic the previous answer left (as the bot's context store does)."""
    answers: list[Answer] = []
    topic: Topic | None = None
    for question in questions:
        answer = await kb.ask(question, context=topic)
        answers.append(answer)
        if answer.topic != Topic():
            topic = answer.topic
    return answers


async def test_and_driver_replaces_the_driver_and_keeps_race_and_attribute(probe_kb: KnowledgeBase) -> None:
    first, second = await chat(probe_kb, "Wie won in Monaco 2024?", "en Norris?")
    assert "Leclerc" in first.text
    assert second.status == "answered", second.text
    assert "Norris" in second.text and "vierde" in second.text and "Leclerc" not in second.text


async def test_and_driver_after_a_position_question(probe_kb: KnowledgeBase) -> None:
    _, second = await chat(probe_kb, "Hoe eindigde Alonso in Monaco 2023?", "and Ocon?")
    assert "Ocon" in second.text and ("derde" in second.text or "third" in second.text), second.text


async def test_and_driver_keeps_an_attribute_no_fact_holds(probe_kb: KnowledgeBase) -> None:
    first, second = await chat(probe_kb, "Hoeveel ronden reed Pérez in Monaco 2024?", "en Norris?")
    assert first.status == second.status == "unknown"
    assert second.text.startswith("Ik weet niet hoeveel ronden Norris reed"), second.text


async def test_and_season_replaces_the_season(probe_kb: KnowledgeBase) -> None:
    first, second = await chat(probe_kb, "Hoe eindigde Pérez in het kampioenschap van 2024?", "en in 2023?")
    assert "achtste" in first.text
    assert "tweede" in second.text and "2023" in second.text, second.text


async def test_championship_question_after_a_driver_question_is_not_about_him(
    probe_kb: KnowledgeBase,
) -> None:
    _, second = await chat(
        probe_kb, "Hoe eindigde Pérez in Mexico 2024?", "wie won het kampioenschap in 2024"
    )
    assert second.topic.drivers == ()
    assert "Pérez" not in second.text


async def test_new_complete_question_inherits_nothing(probe_kb: KnowledgeBase) -> None:
    # Australia 2023 before; "who won in Monaco" is complete: not the 2023 race, but the newest one.
    _, second = await chat(probe_kb, "Hoe eindigde Pérez in Australië 2023?", "Wie won in Monaco?")
    assert "Leclerc" in second.text and "2024" in second.text, second.text
    assert "Pérez" not in second.text


@pytest.mark.parametrize(
    "off_topic",
    ["wat is de hoofdstad van Frankrijk", "What is the capital of Mexico?", "hoe laat is het in Japan"],
)
async def test_off_topic_question_inherits_nothing_and_names_no_grand_prix(
    probe_kb: KnowledgeBase, off_topic: str
) -> None:
    _, second = await chat(probe_kb, "Wie won in Monaco 2024?", off_topic)
    assert second.status == "unknown"
    assert second.topic == Topic()
    assert "GP" not in second.text and "Monaco" not in second.text, second.text


def test_off_topic_country_is_no_grand_prix(questions: QuestionParser) -> None:
    q = questions.parse("wat is de hoofdstad van Frankrijk")
    assert (q.grand_prix, q.intent, q.unsupported) == (None, None, None)
    # ...but a race question naming the country is about its Grand Prix.
    assert questions.parse("wie won de race in Frankrijk in 2019").grand_prix == "france"


@pytest.mark.parametrize(
    "question, expected, not_expected",
    [
        ("Wie won de Grand Prix van Monaco?", "Leclerc won de GP van Monaco 2024", "Verstappen"),
        ("Who won the Monaco Grand Prix?", "2024", "Verstappen"),
        ("Hoe eindigde Pérez in het kampioenschap?", "kampioenschap van 2024", "tweede"),
        ("Hoe eindigde Pérez in Monaco?", "2024", "zestiende"),
    ],
)
async def test_without_a_season_the_newest_season_answers_and_is_named(
    probe_kb: KnowledgeBase, question: str, expected: str, not_expected: str
) -> None:
    answer = await probe_kb.ask(question)
    assert answer.status == "answered", answer.text
    assert expected in answer.text and not_expected not in answer.text, answer.text


async def test_without_a_season_an_older_season_answers_when_the_newest_does_not(
    probe_kb: KnowledgeBase,
) -> None:
    answer = await probe_kb.ask("Wie won de Grand Prix van Australië?")
    assert "Verstappen" in answer.text and "2023" in answer.text, answer.text


async def test_commands_without_a_season_answer_for_the_newest(probe_kb: KnowledgeBase) -> None:
    result = await probe_kb.result("Alonso", "Monaco")
    assert "2023" in result.text and "tweede" in result.text, result.text
    standing = await probe_kb.championship("Pérez", lang="en")
    assert "2024" in standing.text and "eighth" in standing.text and "2023" not in standing.text, (
        standing.text
    )


async def test_and_a_place_asks_who_held_it(probe_kb: KnowledgeBase) -> None:
    _, third, earlier = await chat(probe_kb, "Wie won in Monaco 2024?", "en de derde?", "en in 2023?")
    assert "Sainz" in third.text and "derde" in third.text, third.text
    assert "Ocon" in earlier.text and "2023" in earlier.text, earlier.text


async def test_and_the_winner_after_a_driver_question(probe_kb: KnowledgeBase) -> None:
    _, winner = await chat(probe_kb, "Hoe eindigde Pérez in Mexico 2024?", "en de winnaar?")
    assert winner.text.startswith("Sainz won"), winner.text


async def test_follow_up_stays_in_the_season_a_reply_named(probe_kb: KnowledgeBase) -> None:
    first, second, points = await chat(
        probe_kb, "Hoe eindigde Verstappen in het kampioenschap?", "en Norris?", "hoeveel punten had hij?"
    )
    assert "2024" in first.text and first.topic.season == 2024
    assert "Norris" in second.text and "2024" in second.text, second.text
    assert "374" in points.text, points.text


async def test_why_after_a_collision_is_not_the_collision_again(probe_kb: KnowledgeBase) -> None:
    first, why = await chat(probe_kb, "Met wie botste Tsunoda in Mexico 2024?", "waarom?")
    assert "Albon" in first.text
    assert why.status == "unknown", why.text


async def test_and_in_another_race_after_a_pole_question(probe_kb: KnowledgeBase) -> None:
    first, second = await chat(probe_kb, "Wie stond op pole in Mexico 2024?", "en in Monaco?")
    assert "Sainz" in first.text
    assert "Leclerc" in second.text and "pole" in second.text, second.text


async def test_with_whom_keeps_the_driver(probe_kb: KnowledgeBase) -> None:
    *_, with_whom = await chat(probe_kb, "Waarom viel Leclerc uit in Australië 2023?", "met wie?")
    assert with_whom.text.startswith("Leclerc botste met Stroll"), with_whom.text


def test_and_the_race_after_a_sprint_question(questions: QuestionParser) -> None:
    sprint = questions.parse("Wie won de sprint in Brazilië 2024?").topic()
    assert sprint.session == "sprint"
    for text in ("en de race?", "and the race?", "en in de hoofdrace?"):
        q = questions.parse(text, context=sprint)
        assert (q.grand_prix, q.season, q.intent, q.session) == ("sao_paulo", 2024, "winner", None), text
    assert questions.parse("en Leclerc?", context=sprint).session == "sprint"


async def test_incidents_command_without_season_is_the_newest_season_with_incidents(
    probe_kb: KnowledgeBase,
) -> None:
    # Sainz's 2024 facts are results only: his incidents are those of 2023, never his 2024 results.
    sainz = await probe_kb.incidents("Sainz")
    assert "2023" in sainz.text and "Alonso" in sainz.text and "gewonnen" not in sainz.text, sainz.text
    ocon = await probe_kb.incidents("Ocon")
    assert ocon.status == "unknown" and ocon.text.startswith("Ik weet niet welke incidenten Ocon had"), (
        ocon.text
    )
