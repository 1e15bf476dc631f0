"""A long alternation of phrases, regrouped by the character each phrase can start with.

Python's ``re`` tries the branches of an alternation one by one at every place it searches, so a table
of three hundred phrases costs three hundred failed tries at each word of a sentence. ``by_first_char``
rewrites ``p1|p2|...`` as ``(?=[ab])(?:p1|p7)|(?=[c])(?:p2|p3)|...``: at a place, one lookahead picks
the only branches that can match there, in their first order, so the match (which phrase, and its
extent) is the same as the plain alternation's. A phrase whose first character cannot be told (``\\w``,
a group that may be empty) goes into every branch, in its place in the order.

The rewrite reads each phrase with ``re``'s own parser (``re._parser``, private); when that is not
there or a phrase is not what it expects (a capturing group, whose number would change when the phrase
is copied into several branches; an inline flag), the plain alternation is returned. The result is
only ever a faster spelling of the same pattern.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)

try:  # private since Python 3.11; without it, alternations stay plain
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _P = _C = None

#: fewer phrases than this are not worth a lookahead per branch
MIN_PHRASES = 12
#: a character class wider than this (``[^x]``, ``\w``) counts as any character
_MAX_CLASS = 64
_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v")


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters an ``IN`` item can match, or None (too many to list)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE:
            if av[1] - av[0] > _MAX_CLASS:
                return None
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            chars |= _DIGITS
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            chars |= _SPACES
        else:  # a negated class, \w, \W ...
            return None
    return chars


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The characters the sequence ``items`` can start with (None: any), and whether it can match the
    empty string (then what follows it may start the match too)."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            return out | {chr(av)}, False
        if op is _C.IN:
            chars = _class_chars(av)
            return (None if chars is None else out | chars), False
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is _C.SUBPATTERN:
            if av[0] is not None or av[1] or av[2]:
                raise ValueError("a capturing group or an inline flag")
            chars, empty = _first(list(av[-1].data))
        elif op is _C.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                b_chars, b_empty = _first(list(branch.data))
                if b_chars is None:
                    return None, False
                chars |= b_chars
                empty = empty or b_empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            chars, empty = _first(list(av[2].data))
            empty = empty or av[0] == 0
        else:  # ANY, NOT_LITERAL, a back reference ...
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def first_chars(phrase: str) -> frozenset[str] | None:
    """The lower-cased characters a match of the regular-expression fragment ``phrase`` can start with,
    or None when any character may (or the fragment may match the empty string). Raises ``ValueError``
    for a fragment ``by_first_char`` must not copy (a capturing group, an inline flag)."""
    if _P is None:
        raise ValueError("re._parser is not available")
    parsed = _P.parse(phrase)
    if parsed.state.groups > 1 or parsed.state.flags & ~(re.UNICODE | re.U):
        raise ValueError("a capturing group or an inline flag")
    chars, empty = _first(list(parsed.data))
    return None if chars is None or empty else frozenset(_lower(c) for c in chars)


# characters whose lower case is another character's but are not its ``upper()``, and the pairs ``re``
# adds under IGNORECASE (``re._casefix``)
_OTHER_CASES = {
    "k": "\u212a",  # Kelvin sign
    "å": "\u212b",  # Ångström sign
    "ω": "\u2126",  # Ohm sign
    "θ": "\u03f4",
    "ß": "\u1e9e",
    "i": "\u0131",
    "\u0131": "i",
    "s": "\u017f",
    "\u017f": "s",
    "µ": "\u03bc",
    "\u03bc": "\u00b5",
}


def case_partners(ch: str) -> set[str]:
    """``ch`` and the characters an ignore-case pattern may match for it, so that a lookahead never
    refuses what the phrase behind it would take."""
    out = {ch, *_OTHER_CASES.get(ch, "")}
    for other in (ch.upper(), ch.title()):
        if len(other) == 1:
            out.add(other)
    return out


def _lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def _class(chars: Iterable[str]) -> str:
    every = sorted({c for ch in chars for c in case_partners(ch)})
    return "[" + "".join(re.escape(c) for c in every) + "]"


def by_first_char(phrases: list[str]) -> str:
    """``"|".join(phrases)``, respelt (see the module docstring) when that is faster and safe; the same
    matches either way."""
    plain = "|".join(phrases)
    if len(phrases) < MIN_PHRASES:
        return plain
    try:
        starts = [first_chars(p) for p in phrases]
    except (ValueError, re.error, RecursionError, AttributeError, TypeError) as exc:
        log.debug("alternation left plain: %s", exc)
        return plain
    chars = sorted({c for s in starts if s is not None for c in s})
    if not chars:
        return plain
    # characters that start the same branches share one lookahead
    branches: dict[tuple[int, ...], list[str]] = {}
    for c in chars:
        key = tuple(i for i, s in enumerate(starts) if s is None or c in s)
        branches.setdefault(key, []).append(c)
    parts = [
        f"(?={_class(cs)})(?:" + "|".join(phrases[i] for i in key) + ")" for key, cs in branches.items()
    ]
    anywhere = [p for p, s in zip(phrases, starts, strict=True) if s is None]
    if anywhere:
        parts.append(f"(?!{_class(chars)})(?:" + "|".join(anywhere) + ")")
    return "|".join(parts)
