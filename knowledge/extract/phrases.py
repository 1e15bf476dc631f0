"""Building compiled patterns from per-language phrase tables.

Each fact family keeps its phrases as data at the top of its module: a table ``NL`` of Dutch phrases
and a table ``EN`` of English ones (slot name -> phrases, each phrase a regular-expression fragment
on folded text), and compiles its patterns from them once, at import. ``alt`` joins slots into one
alternation, in the order given (Dutch first, then English, by convention). A phrase used in both
languages ("crash", "grid", "podium") stands in one of the two tables.

Order inside an alternation matters only where two phrases can match at the same place and the
match's extent is used (the first listed wins): such phrases stay in one list, in their order. Every
pattern built this way says what of its match is used; a pattern used only to test for a match (or
for where the match starts) does not depend on the order at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from knowledge.extract.dispatch import by_first_char

Phrases = dict[str, tuple[str, ...]]


def words(text: str) -> tuple[str, ...]:
    """The phrases of a whitespace-separated word list."""
    return tuple(text.split())


def alt(*slots: Iterable[str], before: str = "") -> str:
    """One alternation (without brackets) of the phrases of ``slots``, in order, each phrase preceded by
    ``before`` (``before=r"\\b"`` for phrases that must start a word but may end inside one). A long one is
    respelt by the characters its phrases start with (``dispatch.by_first_char``): the same matches, found
    faster."""
    return by_first_char([before + p for slot in slots for p in slot])


def group(*slots: Iterable[str], before: str = "") -> str:
    """``alt`` of ``slots`` in a non-capturing group: ``(?:...)``."""
    return "(?:" + alt(*slots, before=before) + ")"


class SentenceMemo:
    """A check of a whole sentence, made once per sentence: like ``SentenceGate``, for a check that is more
    than a few literal words (its clauses share the folded text, the same string object)."""

    __slots__ = ("_check", "_memo")

    def __init__(self, check: Callable[[str], bool]) -> None:
        self._check = check
        self._memo: tuple[str, bool] = ("", False)

    def __call__(self, text: str) -> bool:
        """The check's answer for ``text``."""
        memo = self._memo
        if memo[0] is text:
            return memo[1]
        hit = self._check(text)
        self._memo = (text, hit)
        return hit


class SentenceGate:
    """A literal check for a family's words, made once per sentence: the clauses of one sentence share its
    folded text (the same string object), so each family scans a sentence once, not once per clause."""

    __slots__ = ("_memo", "_words")

    def __init__(self, words: Iterable[str]) -> None:
        self._words = tuple(words)
        self._memo: tuple[str, bool] = ("", False)  # one tuple: read and replaced whole

    def __call__(self, text: str) -> bool:
        """Whether ``text`` holds one of the words."""
        memo = self._memo
        if memo[0] is text:
            return memo[1]
        hit = any(w in text for w in self._words)
        self._memo = (text, hit)
        return hit
