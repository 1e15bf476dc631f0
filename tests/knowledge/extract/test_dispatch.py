"""A long alternation respelt by first character matches exactly what the plain one matches."""

from __future__ import annotations

import re

import pytest

from knowledge.extract import dispatch
from knowledge.extract.dispatch import by_first_char, case_partners, first_chars
from knowledge.extract.phrases import alt

# Phrases in our own words, with the shapes the phrase tables use: plain words, a phrase that another
# one begins ("botste" / "botste tegen"), digits, a class, a group, an optional first word, \w.
_PHRASES = [
    "botste tegen",
    "botste",
    "spun off",
    "spun",
    r"\d+ jaar geleden",
    r"[vf]iel uit",
    r"(?:gaf|geeft) op",
    r"(?:een )?klapband",
    r"\w+voudig kampioen",
    "retired",
    "retires",
    "hit the wall",
    "parkeerde",
    r"(?<!pit )stop",
    "crashed out",
    "crash",
]

_TEXTS = [
    "halverwege botste hij tegen de muur en viel uit",
    "de viervoudig kampioen botste met een achterblijver",
    "he spun off at the hairpin and retired on lap 12",
    "two years later he spun again",
    "vijf jaar geleden gaf hij op met een klapband",
    "een klapband, en toen parkeerde hij de auto",
    "a pit stop, then a stop in the gravel; he crashed out",
    "nothing happened at all in this sentence",
    "3 jaar geleden geeft op",
    "HE CRASHED OUT AND RETIRES",
]


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("text", _TEXTS)
def test_respelt_alternation_finds_the_same_matches(text: str, flags: int) -> None:
    plain = re.compile(r"\b(?:" + "|".join(_PHRASES) + r")\b", flags)
    fast = re.compile(r"\b(?:" + by_first_char(_PHRASES) + r")\b", flags)
    assert _all(fast, text) == _all(plain, text)


def test_respelt_alternation_is_respelt() -> None:
    spelt = by_first_char(_PHRASES)
    assert spelt != "|".join(_PHRASES)
    assert spelt.startswith("(?=")
    # a phrase whose first character cannot be told stands in every branch and after them
    assert spelt.count(r"\w+voudig kampioen") > 2


def test_the_first_listed_phrase_still_wins() -> None:
    phrases = ["botste", "botste tegen", *(f"woord{i}" for i in range(dispatch.MIN_PHRASES))]
    fast = re.compile(by_first_char(phrases))
    assert fast.search("hij botste tegen Ocon").group(0) == "botste"  # type: ignore[union-attr]
    phrases.reverse()
    fast = re.compile(by_first_char(phrases))
    assert fast.search("hij botste tegen Ocon").group(0) == "botste tegen"  # type: ignore[union-attr]


def test_short_alternations_stay_plain() -> None:
    few = _PHRASES[: dispatch.MIN_PHRASES - 1]
    assert by_first_char(few) == "|".join(few)


def test_a_capturing_group_keeps_the_alternation_plain() -> None:
    # copying "(\d+)" into several branches would renumber the groups after it
    phrases = [*_PHRASES, r"(\d+) places"]
    assert by_first_char(phrases) == "|".join(phrases)


def test_an_inline_flag_keeps_the_alternation_plain() -> None:
    phrases = [*_PHRASES, "(?i)crash"]
    assert by_first_char(phrases) == "|".join(phrases)


@pytest.mark.parametrize(
    ("phrase", "chars"),
    [
        ("botste", {"b"}),
        (r"[vf]iel", {"v", "f"}),
        (r"\d+ jaar", set("0123456789")),
        (r"(?:een )?klapband", {"e", "k"}),
        (r"\bCrash", {"c"}),
        (r"(?<!pit )stop", {"s"}),
    ],
)
def test_first_chars(phrase: str, chars: set[str]) -> None:
    assert first_chars(phrase) == chars


@pytest.mark.parametrize("phrase", [r"\w+voudig", r"(?:een )?", r".*winnen", r"[^x]iel", "x?"])
def test_first_chars_unknown(phrase: str) -> None:
    assert first_chars(phrase) is None


def test_case_partners_cover_every_lower_case_mapping() -> None:
    # an ignore-case pattern matches a character whose lower case is the phrase's: the lookahead must let
    # each of them through
    missing = [
        ch
        for ch in map(chr, range(0x30000))
        if len(ch.lower()) == 1 and ch.lower() != ch and ch not in case_partners(ch.lower())
    ]
    assert missing == []


def test_ignore_case_reaches_the_kelvin_sign() -> None:
    phrases = ["kwam ten val", *(f"woord{i}" for i in range(dispatch.MIN_PHRASES))]
    text = "hij \u212awam ten val"
    plain = re.compile("|".join(phrases), re.IGNORECASE)
    fast = re.compile(by_first_char(phrases), re.IGNORECASE)
    assert plain.search(text) is not None
    assert _all(fast, text) == _all(plain, text)


def test_alt_uses_the_respelling() -> None:
    slots = (tuple(_PHRASES[:8]), tuple(_PHRASES[8:]))
    assert alt(*slots) == by_first_char(_PHRASES)
    assert alt(*slots, before=r"\b") == by_first_char([r"\b" + p for p in _PHRASES])
