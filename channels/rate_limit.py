"""Per-conversation message limits for the public channels (intake, widget).

Counted in each server process's memory: with several replicas a sender may
get up to that many times the limit, which still stops a runaway client. A
limit per network address belongs in the reverse proxy (SECURITY.md).
"""
from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0


class SlidingWindowLimiter:
    """At most `limit` accepted messages per sender in any `window` seconds."""

    def __init__(self, limit: int, window: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._window = window
        self._clock = clock
        # Least recently active sender first, so quiet senders are forgotten cheaply.
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()

    def retry_after(self, sender: str) -> float | None:
        """None if the message may go through (and count it); else seconds until it may."""
        now = self._clock()
        while self._hits:
            oldest_sender, hits = next(iter(self._hits.items()))
            if hits[-1] > now - self._window:
                break
            del self._hits[oldest_sender]
        hits = self._hits.setdefault(sender, deque())
        while hits and hits[0] <= now - self._window:
            hits.popleft()
        if len(hits) >= self._limit:
            return hits[0] + self._window - now
        hits.append(now)
        self._hits.move_to_end(sender)
        return None
