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

On that thread each endpoint keeps one session (the headers, authentication and timeout Rasa's
`EndpointConfig.session` gives it, JSON written by components/fast_json.py) instead of a new
session, address lookup and connection per call (0.78 -> 0.32 ms of CPU a call, measured against
the action server). An idle connection is closed after 2 s, before the action server's Sanic
closes it (5 s), so a call never goes out on a connection the server is closing.
"""
from __future__ import annotations

import asyncio
import threading
from functools import cache
from typing import Any

import aiohttp
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.utils.endpoints import EndpointConfig

from components.fast_json import dumps

_original_request = EndpointConfig.request
# Below the action server's Sanic KEEP_ALIVE_TIMEOUT (5 s): the client closes an idle connection first.
IDLE_CONNECTION_SECONDS = 2.0


_IO_THREAD = "rasa-http-calls"


@cache
def _io_loop() -> asyncio.AbstractEventLoop:
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, name=_IO_THREAD, daemon=True).start()
    return loop


class _Kept:
    """`async with` a session that stays open (Rasa's request closes the session it gets at the end)."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *_: Any) -> None:
        return None


_sessions: dict[tuple, aiohttp.ClientSession] = {}


def _session(self: EndpointConfig) -> Any:
    """Rasa's `EndpointConfig.session`: on the I/O thread, one kept session per headers and authentication."""
    if threading.current_thread().name != _IO_THREAD:
        return aiohttp.ClientSession(**_session_settings(self))
    key = (tuple(sorted((self.headers or {}).items())), tuple(sorted((self.basic_auth or {}).items())))
    session = _sessions.get(key)
    if session is None or session.closed:
        session = _sessions[key] = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_SECONDS), **_session_settings(self))
    return _Kept(session)


def _session_settings(self: EndpointConfig) -> dict[str, Any]:
    auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
    return {"headers": self.headers, "auth": auth, "json_serialize": dumps,
            "timeout": aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT)}


async def _request(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
    future = asyncio.run_coroutine_threadsafe(_original_request(self, *args, **kwargs), _io_loop())
    return await asyncio.wrap_future(future)


def install() -> None:
    """Idempotent."""
    EndpointConfig.request = _request
    EndpointConfig.session = _session
