"""Neutral data types shared by the knowledge layer and its callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["answered", "unknown"]


@dataclass(frozen=True)
class Source:
    """Where an answer came from: the article (file name and optional title) and the quoted sentence."""

    article: str
    sentence: str
    title: str | None = None


@dataclass(frozen=True)
class Topic:
    """What a question was about, kept by the bot as follow-up context ("en in 2023?").

    ``drivers`` holds reference driver ids, ``grand_prix`` a Grand Prix key (see ``knowledge.reference``).
    """

    drivers: tuple[str, ...] = ()
    grand_prix: str | None = None
    season: int | None = None
    intent: str | None = None
    session: str | None = None
    position: int | None = None
    #: an attribute no fact holds that was asked ("laps"): "en Norris?" asks it again, about Norris
    attribute: str | None = None


@dataclass(frozen=True)
class Answer:
    """A short reply (under 300 characters) in the language of the question, with its sources apart."""

    status: Status
    text: str
    sources: tuple[Source, ...] = ()
    topic: Topic = field(default_factory=Topic)
    lang: str = "nl"
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileProblem:
    """A file that could not be loaded, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class ReloadReport:
    """What a reload did. ``facts`` counts the facts extracted from added and changed files."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    failed: tuple[FileProblem, ...] = ()
    facts: int = 0
    #: newer official results taken in by this reload ("1150 races, 1950–2025"), else None
    official: str | None = None


@dataclass(frozen=True)
class Stats:
    """A summary of the knowledge base."""

    articles: int
    sentences: int
    facts: int
    facts_by_kind: dict[str, int]
    seasons: tuple[int, ...]
    grands_prix: tuple[str, ...]
    drivers: int
