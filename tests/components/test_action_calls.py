"""components/action_calls.py: Rasa's HTTP calls give the same results and errors, from their own thread."""
from __future__ import annotations

import asyncio
import threading

import aiohttp
import pytest
from aiohttp import web
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from components import action_calls, rasa_speedups
from tests.servers import free_port

rasa_speedups.install()


async def _with_server(check):
    seen = {"finished": 0, "peers": []}

    async def webhook(request: web.Request) -> web.Response:
        seen["peers"].append(request.transport.get_extra_info("peername"))
        body = await request.json()
        if body.get("fail"):
            return web.json_response({"error": "no"}, status=500)
        if body.get("slow"):
            await asyncio.sleep(5)
        seen["finished"] += 1
        return web.json_response({"echo": body, "events": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        return await check(EndpointConfig(url=f"http://127.0.0.1:{port}/webhook"), seen)
    finally:
        await runner.cleanup()


def test_a_call_returns_what_rasas_own_request_returns():
    async def check(endpoint, seen):
        body = {"next_action": "action_log_theme", "text": "é 🙂", "n": [1, 2.5, None]}
        ours = await endpoint.request(json=body, method="post")
        stock = await action_calls._original_request(endpoint, json=body, method="post")
        assert ours == stock == {"echo": body, "events": []}

    asyncio.run(_with_server(check))


def test_errors_come_back_as_rasas_own_request_raises_them():
    async def check(endpoint, seen):
        with pytest.raises(ClientResponseError) as ours:
            await endpoint.request(json={"fail": True}, method="post")
        with pytest.raises(ClientResponseError) as stock:
            await action_calls._original_request(endpoint, json={"fail": True}, method="post")
        assert ours.value.status == stock.value.status == 500

    asyncio.run(_with_server(check))

    async def refused():
        endpoint = EndpointConfig(url=f"http://127.0.0.1:{free_port()}/webhook")
        with pytest.raises(aiohttp.ClientConnectorError):
            await endpoint.request(json={}, method="post")

    asyncio.run(refused())


def test_the_call_runs_on_its_own_thread_and_the_loop_stays_free():
    async def check(endpoint, seen):
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        ticking = asyncio.create_task(ticker())
        await endpoint.request(json={}, method="post")
        ticking.cancel()
        assert action_calls._io_loop() is not asyncio.get_running_loop()
        assert any(thread.name == "rasa-http-calls" for thread in threading.enumerate())
        # One hop for the serving loop: it ran the ticker while the call was away.
        assert ticks > 0

    asyncio.run(_with_server(check))


def test_cancelling_the_caller_cancels_the_call():
    async def check(endpoint, seen):
        call = asyncio.create_task(endpoint.request(json={"slow": True}, method="post"))
        await asyncio.sleep(0.5)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call

        async def calls_in_flight() -> int:
            return len(asyncio.all_tasks()) - 1  # but this one

        for _ in range(50):
            in_flight = await asyncio.wrap_future(
                asyncio.run_coroutine_threadsafe(calls_in_flight(), action_calls._io_loop()))
            if not in_flight:
                break
            await asyncio.sleep(0.05)
        assert in_flight == 0 and seen["finished"] == 0

    asyncio.run(_with_server(check))


def test_calls_share_one_connection_and_an_idle_one_is_closed_before_the_server_would():
    async def check(endpoint, seen):
        for _ in range(3):
            await endpoint.request(json={}, method="post")
        assert len(set(seen["peers"])) == 1
        await asyncio.sleep(action_calls.IDLE_CONNECTION_SECONDS + 0.5)
        assert await endpoint.request(json={"after": "idle"}, method="post") == {"echo": {"after": "idle"},
                                                                                   "events": []}
        assert len(set(seen["peers"])) == 2

    asyncio.run(_with_server(check))
