"""A stand-in for Telegram: a Bot API server on loopback, and the updates Telegram would post.

The Bot API server is a real aiohttp server in its own thread that answers the
way Telegram does and records every call, so tests can assert what a person on
Telegram would have seen.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from aiohttp import web
from sanic import Sanic

from tests.servers import free_port

# Made up for each test run (the stand-in accepts any token in Bot API shape), so no
# token-like string is committed and a leak test cannot pass by luck of a fixed value.
TOKEN = f"{secrets.randbelow(9 * 10**8) + 10**8}:{secrets.token_urlsafe(27)[:35]}"
BOT_USERNAME = "companion_test_bot"
SECRET = f"stand-in-webhook-secret-{secrets.token_hex(12)}"


@dataclass
class BotApiCall:
    http_method: str
    path: str
    method: str
    body: dict[str, Any]

    @property
    def chat_id(self) -> int | None:
        chat_id = self.body.get("chat_id")
        return None if chat_id is None else int(chat_id)

    @property
    def button_payloads(self) -> list[str]:
        markup = self.body.get("reply_markup")
        if not markup:
            return []
        rows = json.loads(markup)["inline_keyboard"] if isinstance(markup, str) else markup["inline_keyboard"]
        return [button["callback_data"] for row in rows for button in row]


@dataclass
class BotApiStandIn:
    """Records calls to /bot<token>/<method> and answers like the Bot API."""

    token: str = TOKEN
    username: str = BOT_USERNAME
    calls: list[BotApiCall] = field(default_factory=list)
    port: int = 0
    _message_ids: itertools.count = field(default_factory=lambda: itertools.count(1000))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("Bot API stand-in did not start")

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._answer)
        # No access log: it is Telegram's side, and its paths carry the token by design.
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port).start())
        ready.set()
        self._loop.run_forever()

    async def _answer(self, request: web.Request) -> web.Response:
        if request.content_type == "application/json":
            body = await request.json()
        else:
            body = {key: value for key, value in (await request.post()).items() if isinstance(value, str)}
        prefix, _, method = request.path.lstrip("/").partition("/")
        self.calls.append(BotApiCall(request.method, request.path, method, body))
        if prefix != f"bot{self.token}":
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        return web.json_response({"ok": True, "result": self._result(method, body)})

    def _result(self, method: str, body: dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": int(self.token.split(":")[0]), "is_bot": True, "first_name": "Companion",
                    "username": self.username}
        if method == "sendMessage":
            return {"message_id": next(self._message_ids), "date": int(time.time()),
                    "chat": {"id": int(body["chat_id"]), "type": "private"}, "text": body.get("text", "")}
        return True

    # --- reading what the bot did ---

    def calls_to(self, method: str, chat_id: int | None = None) -> list[BotApiCall]:
        return [call for call in list(self.calls)
                if call.method == method and (chat_id is None or call.chat_id == chat_id)]

    def sent_to(self, chat_id: int) -> list[BotApiCall]:
        return self.calls_to("sendMessage", chat_id)

    def wait_for(self, condition: Callable[[], Any], timeout: float = 60) -> Any:
        """Poll until `condition()` is truthy (the bot answers in the background)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            time.sleep(0.05)
        raise AssertionError(f"the bot did not do that within {timeout}s; calls so far: {self.calls}")

    def wait_for_replies(self, chat_id: int, count: int, since: int = 0, timeout: float = 60) -> list[BotApiCall]:
        """The first `count` messages sent to `chat_id` after the first `since` of them."""
        return self.wait_for(lambda: len(self.sent_to(chat_id)) >= since + count
                             and self.sent_to(chat_id)[since:], timeout)


class ChannelServer:
    """The channel's blueprint in a real Sanic server on loopback, with `handler` in Rasa's place.

    For testing the channel without a trained model: `handler` receives the
    UserMessage Rasa's agent would get.
    """

    _names = itertools.count()

    def __init__(self, channel: Any, handler: Callable[[Any], Awaitable[Any]]) -> None:
        self.channel = channel
        self.handler = handler
        self.port = free_port()

    @property
    def webhook_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks/telegram/webhook"

    def __enter__(self) -> ChannelServer:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._start_error: BaseException | None = None
        self._thread.start()
        if not ready.wait(10) or self._start_error is not None:
            raise RuntimeError("channel server did not start") from self._start_error
        return self

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        # As Sanic's own test client does: lets several apps start in one process
        # (otherwise the second start-up fails rewriting Sanic's methods again).
        Sanic.test_mode = True
        try:
            app = Sanic(f"telegram_channel_test_{next(self._names)}")
            app.blueprint(self.channel.blueprint(self.handler), url_prefix="/webhooks/telegram")
            self._server = self._loop.run_until_complete(
                app.create_server(host="127.0.0.1", port=self.port, return_asyncio_server=True, access_log=False)
            )
            for step in (self._server.startup, self._server.before_start, self._server.after_start):
                self._loop.run_until_complete(step())
        except BaseException as error:
            self._start_error = error
            raise
        finally:
            ready.set()
        self._loop.run_forever()

    def __exit__(self, *_: Any) -> None:
        async def shut_down() -> None:
            await self._server.before_stop()
            self._server.close()
            await self._server.wait_closed()
            await self._server.after_stop()

        asyncio.run_coroutine_threadsafe(shut_down(), self._loop).result(30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


# --- updates as Telegram posts them ---------------------------------------------

_update_ids = itertools.count(500_000)


def next_update_id() -> int:
    return next(_update_ids)


def _chat(chat_id: int, kind: str) -> dict[str, Any]:
    if kind == "private":
        return {"id": chat_id, "type": "private", "first_name": "Sam"}
    return {"id": chat_id, "type": kind, "title": "A group"}


def _message(chat_id: int, chat_kind: str = "private", **content: Any) -> dict[str, Any]:
    return {
        "message_id": 1, "date": int(time.time()), "chat": _chat(chat_id, chat_kind),
        "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Sam"}, **content,
    }


def text_update(chat_id: int, text: str, chat_kind: str = "private", update_id: int | None = None) -> dict:
    return {"update_id": update_id or next_update_id(), "message": _message(chat_id, chat_kind, text=text)}


def sticker_update(chat_id: int) -> dict:
    sticker = {"file_id": "CAACAgIAAxkB", "file_unique_id": "AgAD", "width": 512, "height": 512,
               "is_animated": False, "emoji": "🙂"}
    return {"update_id": next_update_id(), "message": _message(chat_id, sticker=sticker)}


def voice_update(chat_id: int) -> dict:
    voice = {"file_id": "AwACAgIAAxkB", "file_unique_id": "AgAD", "duration": 4}
    return {"update_id": next_update_id(), "message": _message(chat_id, voice=voice)}


def edited_update(chat_id: int, text: str) -> dict:
    return {"update_id": next_update_id(), "edited_message": _message(chat_id, text=text, edit_date=int(time.time()))}


def button_update(chat_id: int, payload: str) -> dict:
    return {
        "update_id": next_update_id(),
        "callback_query": {
            "id": f"cbq-{chat_id}-{time.monotonic_ns()}", "chat_instance": "42", "data": payload,
            "from": {"id": chat_id, "is_bot": False, "first_name": "Sam"},
            "message": {**_message(chat_id, text="(the bot's message)"),
                        "from": {"id": 123456789, "is_bot": True, "first_name": "Companion"}},
        },
    }


def post_update(webhook_url: str, update: dict, secret: str | None = SECRET) -> requests.Response:
    headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
    return requests.post(webhook_url, json=update, headers=headers, timeout=10)
