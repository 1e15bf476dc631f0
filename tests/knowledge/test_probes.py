"""Probes: questions next to a fact the articles state, that the fact does not answer.

``data/probes/`` holds small articles written for these tests and ``questions.jsonl``: probes (``"none":
true``, with the attribute they ask and the neighbouring fact that must not answer them) and controls (the
neighbouring facts asked for, which must still be answered right, so the probes cannot pass by answering
nothing). The probes were written before the bot's answers to them were seen.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from knowledge.query import QuestionParser
from knowledge.service import KnowledgeBase

PROBES = Path(__file__).parent / "data" / "probes"


def _load() -> list[dict[str, Any]]:
    lines = (PROBES / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


QUESTIONS = _load()
PROBE_QUESTIONS = [q for q in QUESTIONS if q.get("none")]
CONTROLS = [q for q in QUESTIONS if not q.get("none")]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _has(answer: str, phrase: str) -> bool:
    """Whole-word, case- and accent-blind containment (as the shared scorer matches)."""
    return re.search(r"(?<!\w)" + re.escape(_fold(phrase)) + r"(?!\w)", _fold(answer)) is not None


def test_the_set_is_big_enough_and_in_both_languages() -> None:
    assert len(PROBE_QUESTIONS) >= 120
    assert len(CONTROLS) >= 25
    assert all(q.get("any") or q.get("all") for q in CONTROLS)
    langs = {QuestionParser().parse(q["question"]).lang for q in PROBE_QUESTIONS}
    assert langs == {"nl", "en"}
    assert len({q["id"] for q in QUESTIONS}) == len(QUESTIONS)
    assert all(q.get("near") and q.get("attribute") for q in PROBE_QUESTIONS)


@pytest.mark.parametrize("probe", PROBE_QUESTIONS, ids=[q["id"] for q in PROBE_QUESTIONS])
def test_probe_names_the_asked_attribute(questions: QuestionParser, probe: dict[str, Any]) -> None:
    assert questions.parse(probe["question"]).asked == probe["attribute"], probe


@pytest.mark.parametrize("control", CONTROLS, ids=[q["id"] for q in CONTROLS])
def test_control_asks_a_supported_attribute(questions: QuestionParser, control: dict[str, Any]) -> None:
    assert questions.parse(control["question"]).unsupported is None, control


async def test_every_probe_is_unknown_and_every_control_right(probe_kb: KnowledgeBase) -> None:
    answered_probes: list[tuple[str, str]] = []
    wrong_controls: list[tuple[str, str]] = []
    for q in QUESTIONS:
        answer = await probe_kb.ask(q["question"])
        if q.get("none"):
            if answer.status != "unknown":
                answered_probes.append((q["question"], answer.text))
            continue
        right = (
            answer.status == "answered"
            and (not q.get("any") or any(_has(answer.text, p) for p in q["any"]))
            and all(_has(answer.text, p) for p in q.get("all", []))
            and not any(_has(answer.text, p) for p in q.get("not", []))
        )
        if not right:
            wrong_controls.append((q["question"], answer.text))
    assert not answered_probes, "\n".join(f"{q} -> {a}" for q, a in answered_probes)
    assert not wrong_controls, "\n".join(f"{q} -> {a}" for q, a in wrong_controls)


@pytest.mark.parametrize(
    "question, reply",
    [
        (
            "Hoeveel ronden reed Pérez in Monaco 2024?",
            "Ik weet niet hoeveel ronden Pérez reed in de GP van Monaco 2024",
        ),
        (
            "How many laps did Russell complete in Australia 2023?",
            "I don't know how many laps Russell did in the",
        ),
        ("Hoeveel punten had Pérez in 2024?", "Ik weet niet hoeveel punten Pérez scoorde in 2024"),
        ("Op welke banden startte Sainz in Mexico 2024?", "Ik weet niet op welke banden Sainz reed"),
        (
            "Who set the fastest lap in Monaco 2024?",
            "I don't know who set the fastest lap in the 2024 Monaco GP",
        ),
    ],
)
async def test_unknown_reply_names_what_was_asked(probe_kb: KnowledgeBase, question: str, reply: str) -> None:
    answer = await probe_kb.ask(question)
    assert answer.status == "unknown"
    assert answer.text.startswith(reply), answer.text
