"""Small views of a parsed article's facts that the phrase-family tests compare (one copy for all of them)."""

from __future__ import annotations

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of


def finals(a: ParsedArticle) -> set[tuple[str, int | None]]:
    """(driver, place) of every final finish."""
    return {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"}


def retired(a: ParsedArticle) -> dict[str, str | None]:
    """driver -> cause of every final retirement."""
    return {f.driver: f.reason for f in facts_of(a, "retirement") if f.status == "final"}


def poles(a: ParsedArticle) -> set[str]:
    """The drivers of every final pole."""
    return {f.driver for f in facts_of(a, "grid") if f.detail == "pole" and f.status == "final"}


def crashed(a: ParsedArticle) -> set[str]:
    """The drivers of every final crash."""
    return {f.driver for f in facts_of(a, "crash") if f.status == "final"}


def collided(a: ParsedArticle) -> set[tuple[str, str]]:
    """(driver, other) of every final collision."""
    return {(f.driver, o) for f in facts_of(a, "collision") if f.status == "final" for o in f.others}


def assert_cause(reason: str | None, expected: str | None) -> None:
    """A reason read: none when ``expected`` is None, else one that holds ``expected``."""
    if expected is None:
        assert reason is None, reason
    else:
        assert reason is not None and expected in reason, reason
