"""Sliding-window rate limits: per user and for everybody together."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Hashable

from bot.errors import BusyError, RateLimited

Clock = Callable[[], float]


class SlidingWindow:
    """At most ``limit`` hits per key within any ``window`` seconds."""

    def __init__(self, limit: int, window: float, clock: Clock) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._calls = 0

    def _prune(self, hits: deque[float], now: float) -> None:
        while hits and hits[0] <= now - self.window:
            hits.popleft()

    def retry_after(self, key: Hashable) -> float:
        """Seconds until ``key`` may hit again (0.0: allowed now)."""
        hits = self._hits.get(key)
        if hits is None:
            return 0.0
        now = self._clock()
        self._prune(hits, now)
        if len(hits) < self.limit:
            return 0.0
        return max(0.0, hits[0] + self.window - now)

    def record(self, key: Hashable) -> None:
        """Count one hit for ``key`` now."""
        now = self._clock()
        self._hits.setdefault(key, deque()).append(now)
        self._calls += 1
        if self._calls % 1000 == 0:
            self._sweep(now)

    def _sweep(self, now: float) -> None:
        for key in list(self._hits):
            hits = self._hits[key]
            self._prune(hits, now)
            if not hits:
                del self._hits[key]

    def __len__(self) -> int:
        return len(self._hits)


class RateLimiter:
    """Per-user and global one-minute windows; a refused message is not counted."""

    WINDOW = 60.0

    def __init__(self, user_per_minute: int, global_per_minute: int, clock: Clock) -> None:
        self._user = SlidingWindow(user_per_minute, self.WINDOW, clock)
        self._global = SlidingWindow(global_per_minute, self.WINDOW, clock)

    @property
    def tracked_users(self) -> int:
        """Users with hits in memory: refused messages are never recorded, so a flood of new user ids
        costs at most the global limit (plus those not yet swept)."""
        return len(self._user)

    def check(self, user_key: Hashable) -> None:
        """Count a message from ``user_key``, or raise ``RateLimited``/``BusyError`` if over a limit."""
        wait = self._user.retry_after(user_key)
        if wait > 0:
            raise RateLimited(seconds=max(1, math.ceil(wait)))
        wait = self._global.retry_after("*")
        if wait > 0:
            raise BusyError(seconds=max(1, math.ceil(wait)))
        self._user.record(user_key)
        self._global.record("*")
