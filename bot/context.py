"""Per-chat follow-up context: the topic of the last answer, and the language it was in."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.model import Topic

ContextKey = tuple[str, str, str]
"""(platform, chat_id, user_id)"""


@dataclass
class _Entry:
    topic: Topic | None = None
    topic_at: float = 0.0
    lang: str | None = None
    lang_at: float = 0.0


class ContextStore:
    """Remembers, per (platform, chat, user), the last topic and language for ``ttl`` seconds.

    Bounded: the least recently used entries are dropped beyond ``max_entries``.
    """

    def __init__(self, ttl: float, clock: Callable[[], float], max_entries: int = 10_000) -> None:
        self.ttl = ttl
        self._clock = clock
        self._max = max_entries
        self._entries: OrderedDict[ContextKey, _Entry] = OrderedDict()

    def _fresh(self, at: float) -> bool:
        return self._clock() - at < self.ttl

    def topic(self, key: ContextKey) -> Topic | None:
        """The last topic of ``key`` if it has not expired."""
        entry = self._entries.get(key)
        if entry is None or entry.topic is None or not self._fresh(entry.topic_at):
            return None
        return entry.topic

    def language(self, key: ContextKey) -> str | None:
        """The language of the last answer to ``key`` if it has not expired."""
        entry = self._entries.get(key)
        if entry is None or entry.lang is None or not self._fresh(entry.lang_at):
            return None
        return entry.lang

    def remember(self, key: ContextKey, *, topic: Topic | None = None, lang: str | None = None) -> None:
        """Store a new topic and/or language for ``key`` (None leaves the old value)."""
        now = self._clock()
        entry = self._entries.pop(key, None) or _Entry()
        if topic is not None:
            entry.topic, entry.topic_at = topic, now
        if lang is not None:
            entry.lang, entry.lang_at = lang, now
        self._entries[key] = entry
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def forget(self, key: ContextKey) -> None:
        """Drop everything remembered for ``key``."""
        self._entries.pop(key, None)

    def __len__(self) -> int:
        return len(self._entries)
