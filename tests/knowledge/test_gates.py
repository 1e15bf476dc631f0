"""The literal gates in front of cue patterns never change what a pattern matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import asked
from knowledge.gates import CueSet, required_literals
from knowledge.text import fold

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?<![\w-])(?:stoel\w*|zetels|\bbank\b)", {"stoel", "zetels", "bank"}),
        # a word that contains another is looked for by the shorter one
        (r"(?:tafel|tafels|tafeltje)", {"tafel"}),
        # assertions take no room: the literals either side are one string
        (r"\bhoe\b laat", {"hoe laat"}),
        # of several required parts, the longest gates
        (r"wie \w+ de beker", {" de beker"}),
        (r"hoeveel (?:dagen|weken)", {"hoeveel "}),
        (r"(?:dagen|weken) in", {"dagen", "weken"}),
        (r"(?:appels?)+ en peren", {" en peren"}),
    ],
)
def test_required_literals(pattern: str, literals: set[str]) -> None:
    assert required_literals(pattern) == frozenset(literals)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # nothing literal at all
        r"(?:kaas|\w+) op",  # one branch needs nothing, but " op" is still required
        r"(?:kaas|\w+)",  # one branch needs nothing known
        r"x?y*",  # every part may be empty
        r"(?i)kaas",  # case-insensitive: a literal would be too strict
        r"(?:(?i:kaas)|brood)",
    ],
)
def test_no_literals_when_a_match_may_lack_them(pattern: str) -> None:
    found = required_literals(pattern)
    rx = re.compile(pattern)
    if found is None:
        return
    # A gate found must be a necessary condition: every text matched contains one of its strings.
    for text in ("kaas op brood", "KAAS OP", "xyz", " op", "brood"):
        if rx.search(text):
            assert any(s in text for s in found), (pattern, text, found)


def test_partly_literal_branches_fall_back_to_the_required_rest() -> None:
    assert required_literals(r"(?:kaas|\w+) op") == frozenset({" op"})
    assert required_literals(r"(?:kaas|\w+)") is None
    assert required_literals(r"(?i)kaas") is None


def _brute(cues: CueSet, text: str) -> list[int]:
    return [i for i, rx in enumerate(cues.patterns) if rx.search(text)]


def _questions() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.rglob("questions.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(fold(json.loads(line)["question"]).lower())
    return texts


def test_question_cues_match_as_without_gates_on_every_stored_question() -> None:
    texts = _questions()
    assert len(texts) > 300
    hits = 0
    for text in texts:
        expected = _brute(asked._CUES, text)
        assert asked._CUES.matching(text) == expected, text
        hits += bool(expected)
    assert hits > len(texts) // 4  # the check saw cues matching, not only cues absent


def test_overlapping_and_nested_literals_are_all_found() -> None:
    cues = CueSet([r"\bband\b", r"banden", r"anden\b", r"\bden\b", r"zand", r"en de"])
    for text in ("de banden", "band", "zanden en de band", "banden en de", "den", "zandbanden"):
        assert cues.matching(text) == _brute(cues, text), text


_WORDS = ["band", "banden", "anden", "den", "zand", "en", "de", " ", "-", "x", "b", "an"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8))
def test_gated_matching_equals_trying_every_pattern(parts: list[str]) -> None:
    cues = CueSet(
        [r"(?<![\w-])(?:band|den)\b", r"banden", r"an(?:den|d)", r"\bzand\w*", r"en de\b", r"\w+-x"]
    )
    text = "".join(parts)
    assert cues.matching(text) == _brute(cues, text)


def test_a_pattern_without_literals_is_always_tried() -> None:
    cues = CueSet([r"\d+e", r"kaas"])
    assert cues.matching("de 3e plaats") == [0]
    assert cues.matching("kaas") == [1]
    assert cues.matching("niets") == []
