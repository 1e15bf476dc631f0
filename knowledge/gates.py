"""Cheap, exact gates in front of cue patterns.

A pattern that starts with an assertion (``(?<![\\w-])``, ``\\b``) makes Python's regex engine try a match at
every position of the text: ~2 µs per pattern on a question, and the question side runs some hundred of
them. Most cue patterns, though, cannot match without one of a few literal strings ("banden", "compound",
"soft"). ``required_literals`` reads those strings from the parsed pattern, and a pattern is run only when
one of them is in the text. The gate is a necessary condition, never a guess: what a pattern matches stays
exactly what it matched (the idea of RE2's FilteredRE2 and of the literal prefilters of grep-like tools).
``CueSet`` finds the literals of a whole table of patterns in one scan of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # the parser behind ``re.compile``: its tree names the literals every match goes through
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no gates, the patterns alone
    _parser = None
    _c = None

__all__ = ["CueSet", "required_literals"]


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when none are known.

    ``"(?<![\\w-])(?:banden\\w*|\\bsofts?\\b)"`` needs "banden" or "soft"; ``"\\w+ er"`` needs " er";
    ``"(?:a|\\w+)b?"`` needs nothing known (None). Case-insensitive patterns get no literals.
    """
    if _parser is None or flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _sequence(tree)
    if not found or any(not s for s in found):
        return None
    return found


def _sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best literal set of a sequence of parsed items: each item's set is required, the longest wins."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the literals on either side stay one string
        flush()
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return None
            found = _sequence(sub)
        elif op is _c.BRANCH:
            found = _union(_sequence(branch) for branch in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                found = _sequence(sub)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    # The set whose shortest string is longest gates best; of equals, the one with fewer strings.
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """Every branch needs one of its strings: the union, or None when any branch needs none known."""
    out: set[str] = set()
    for s in sets:
        if not s:
            return None
        out |= s
    # "band" in the text is looked for once: "banden" and "bandjes" contain it.
    return frozenset(s for s in out if not any(t != s and t in s for t in out))


def _trie(words: Iterable[str]) -> str:
    """One pattern for ``words`` as a trie ("band(?:en|jes)?"): a position is turned down at its first
    character instead of once per word, and the longest word matching at a place is the one found."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # greedy: the longer word first, the word that ends here after it
            return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return render(root)


class CueSet:
    """Many patterns behind one scan for their literals; ``matching`` answers which of them match a text.

    One pass of a lookahead alternation (longest literal first) finds the literals in the text at every
    position: a literal found also vouches for each shorter one that is its prefix, as those match at the
    same place. Only the patterns with a literal found (or with none known) are then run.
    """

    __slots__ = ("_always", "_by_literal", "_implied", "_scan", "patterns")

    def __init__(self, patterns: Iterable[str], flags: int = 0) -> None:
        #: the compiled patterns, in the order given
        self.patterns: list[re.Pattern[str]] = [re.compile(p, flags) for p in patterns]
        by_literal: dict[str, list[int]] = {}
        always: list[int] = []
        for i, rx in enumerate(self.patterns):
            literals = required_literals(rx.pattern, flags)
            if literals is None:
                always.append(i)
            else:
                for s in literals:
                    by_literal.setdefault(s, []).append(i)
        self._always = frozenset(always)
        self._by_literal = {s: tuple(ix) for s, ix in by_literal.items()}
        longest_first = sorted(by_literal, key=lambda s: (-len(s), s))
        self._implied = {s: tuple(t for t in longest_first if s.startswith(t)) for s in longest_first}
        self._scan = re.compile("(?=(" + _trie(longest_first) + "))") if longest_first else None

    def matching(self, text: str) -> list[int]:
        """Indices (ascending) of the patterns that have a match in ``text``."""
        todo = set(self._always)
        if self._scan is not None:
            seen: set[str] = set()
            for m in self._scan.finditer(text):
                found = m.group(1)
                if found not in seen:
                    seen.add(found)
                    for s in self._implied[found]:
                        todo.update(self._by_literal[s])
        return [i for i in sorted(todo) if self.patterns[i].search(text)]
