"""Rasa's HTTP calls (the action server's above all) run on an event loop of their own thread (issue 8).

One custom action call through aiohttp is a dozen steps on the event loop: a new session, the
address looked up on a worker thread, the connection, the request, the headers, the body,
the JSON. Under load every step waits behind whatever else the loop has ready: in the bench,
the other conversations' NLU and policies, each several milliseconds long. Measured inside the
Rasa process under the bench load: the call to the action server took 250-300 ms (median),
while the action server itself answers the same payload in 4.5 ms (8 ms with 5 callers at once).

Here `EndpointConfig.request` runs Rasa's own coroutine, unchanged, on one I/O thread's event loop,
and the serving loop waits for its result in one step. The call's result, and any exception it
raises (a refused connection, a timeout, an HTTP error), come back exactly as before; cancelling
the caller cancels the call. The thread starts at the first call in each process (a Sanic
worker's, after the fork), and lives as long as the process.
"""
from __future__ import annotations

import asyncio
import threading
from functools import cache
from typing import Any

from rasa.utils.endpoints import EndpointConfig

_original_request = EndpointConfig.request


@cache
def _io_loop() -> asyncio.AbstractEventLoop:
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, name="rasa-http-calls", daemon=True).start()
    return loop


async def _request(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
    future = asyncio.run_coroutine_threadsafe(_original_request(self, *args, **kwargs), _io_loop())
    return await asyncio.wrap_future(future)


def install() -> None:
    """Idempotent."""
    EndpointConfig.request = _request
