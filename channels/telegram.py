"""Telegram channel: `channels.telegram.SecureTelegramInput` in credentials.yml.

What it changes compared with Rasa's built-in `telegram` channel:

- Every update must carry the `X-Telegram-Bot-Api-Secret-Token` header with the
  secret registered by `make telegram-webhook`; anything else gets 403 and is
  not even parsed.
- Telegram gets its 200 at once; the message is handled in a background task,
  one at a time per chat, so a slow action never makes Telegram time out and
  send the update again.
- Each `update_id` is handled at most once (Telegram re-sends an update it
  thinks failed). One replica remembers them in memory. Several replicas behind
  a load balancer must share the record, otherwise a retry landing on another
  replica is answered twice: set TELEGRAM_REDIS_URL and each update is claimed
  with `SET telegram:update:<bot id>:<update_id> 1 NX EX 86400`.
- No `getMe` per update and no `setWebhook` at start-up (every replica would
  register it again): `make telegram-webhook` does it once.
- Private text chats only. Stickers, photos, voice notes and edits get a short
  kind reply; groups and channels get nothing.
- Buttons become inline keyboards; a press is acknowledged and its payload goes
  on to Rasa as the person's message. The menu commands map to intents.
- The bot token never reaches the logs, and aiogram never logs what is sent.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import time
import traceback
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import redis.asyncio
from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.exceptions import ValidationError
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.exceptions import RasaException
from redis.exceptions import RedisError
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.settings import get_settings
from channels.fallback import Apology
from components.crisis_lines import DEFAULT_REGION

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram keeps an undelivered update for 24 hours, so a retry can come that late.
UPDATE_MEMORY_SECONDS = 24 * 60 * 60
CALLBACK_DATA_MAX_BYTES = 64
MESSAGE_MAX_CHARS = 4096
# Time given to conversations still being answered when the server stops.
SHUTDOWN_GRACE_SECONDS = 10


@dataclass(frozen=True)
class Command:
    name: str
    payload: str
    description: str


# The bot's menu (registered by `make telegram-webhook`) and what each command
# tells Rasa. Typed commands never reach Rasa as written: "/" starts Rasa's
# intent syntax, so an unknown command is answered like /help.
COMMANDS = (
    Command("start", "/greet", "Start a conversation"),
    Command("help", "/ask_capabilities", "What we can talk about"),
    Command("privacy", "/ask_privacy", "What this bot keeps and what it doesn't"),
    Command("forget", "/forget_me", "Delete what this bot kept about this chat"),
    Command("crisis", "/crisis", "Help right now if you are in danger"),
)
COMMAND_PAYLOADS = {command.name: command.payload for command in COMMANDS}
UNKNOWN_COMMAND_PAYLOAD = COMMAND_PAYLOADS["help"]

NON_TEXT_REPLY = (
    "Thank you for sending that. I can only read text messages for now, so stickers, "
    "photos, voice notes and files don't reach me. If you wrote something with it, could "
    "you send the words on their own? Or tell me in a few words what's on your mind."
)
EDITED_REPLY = (
    "I noticed you edited a message. I only see messages as they were first sent, so if "
    "you changed something that matters to you, please send it again as a new message."
)
TOPICS_BUTTON = {"title": "What can we talk about?", "payload": "/ask_capabilities"}

# Message kinds that get NON_TEXT_REPLY; service messages (pins, joins, ...) get nothing.
NON_TEXT_KINDS = frozenset({
    "animation", "audio", "contact", "dice", "document", "location", "photo",
    "poll", "sticker", "venue", "video", "video_note", "voice",
})


def api_server(base_url: str) -> TelegramAPIServer:
    """Telegram's Bot API, or the self-hosted one (or test stand-in) at `base_url`."""
    return TelegramAPIServer.from_base(base_url.rstrip("/")) if base_url else TELEGRAM_PRODUCTION


# --- reading updates ---------------------------------------------------------

@dataclass(frozen=True)
class Incoming:
    """What one update asks for: a message for Rasa, or a kind reply from the channel."""

    chat_id: int
    text: str | None = None
    reply: str | None = None
    callback_query_id: str | None = None


def payload_for_text(text: str) -> str:
    """What Rasa receives for typed text: the text itself, or a command's intent."""
    stripped = text.strip()
    if not stripped.startswith("/"):
        return text
    # "/help", "/help@SomeBot", "/start some-deep-link-parameter"
    command = stripped[1:].split(maxsplit=1)[0] if len(stripped) > 1 else ""
    command = command.partition("@")[0].lower()
    return COMMAND_PAYLOADS.get(command, UNKNOWN_COMMAND_PAYLOAD)


def _private_chat_id(message: Any, sender: Any = None) -> int | None:
    """The chat to answer in, if a person (the message's author unless `sender` is given)
    is talking to the bot one to one."""
    if not isinstance(message, dict):
        return None
    sender = message.get("from") if sender is None else sender
    if not isinstance(sender, dict) or sender.get("is_bot", True):
        return None
    chat = message.get("chat")
    if not isinstance(chat, dict) or chat.get("type") != "private" or not isinstance(chat.get("id"), int):
        return None
    return chat["id"]


def read_update(update: dict[str, Any]) -> Incoming | None:
    """Decide what to do with an update; None means nothing (groups, channels, other kinds)."""
    if "callback_query" in update:
        query = update["callback_query"]
        if not isinstance(query, dict):
            return None
        # The message is the bot's own (the one with the buttons); the press is the person's.
        chat_id = _private_chat_id(query.get("message"), query.get("from"))
        data = query.get("data")
        if chat_id is None or not isinstance(data, str) or not data:
            return None
        return Incoming(chat_id, text=data, callback_query_id=query.get("id"))

    if "edited_message" in update:
        chat_id = _private_chat_id(update["edited_message"])
        return None if chat_id is None else Incoming(chat_id, reply=EDITED_REPLY)

    message = update.get("message")
    chat_id = _private_chat_id(message)
    if chat_id is None:
        return None
    if isinstance(message.get("text"), str):
        return Incoming(chat_id, text=payload_for_text(message["text"]))
    if NON_TEXT_KINDS.intersection(message):
        return Incoming(chat_id, reply=NON_TEXT_REPLY)
    return None


# --- remembering update ids ----------------------------------------------------

class InMemoryUpdateLog:
    """Update ids seen in the last `ttl_seconds`, in this process only."""

    def __init__(self, ttl_seconds: float = UPDATE_MEMORY_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl_seconds
        self._clock = clock
        # Insertion order is expiry order because every entry lives equally long.
        self._expiry: OrderedDict[int, float] = OrderedDict()

    async def claim(self, update_id: int) -> bool:
        """True the first time `update_id` is seen, False for a repeat."""
        now = self._clock()
        while self._expiry and next(iter(self._expiry.values())) <= now:
            self._expiry.popitem(last=False)
        if update_id in self._expiry:
            return False
        self._expiry[update_id] = now + self._ttl
        return True

    async def close(self) -> None:
        self._expiry.clear()


class RedisUpdateLog:
    """Update ids claimed in a Redis that every replica shares."""

    def __init__(self, url: str, bot_id: int, ttl_seconds: int = UPDATE_MEMORY_SECONDS) -> None:
        self._redis = redis.asyncio.from_url(url)
        self._prefix = f"telegram:update:{bot_id}:"
        self._ttl = ttl_seconds
        # Answering twice beats not answering: if Redis is down, this replica
        # still drops its own repeats.
        self._fallback = InMemoryUpdateLog(ttl_seconds)

    async def claim(self, update_id: int) -> bool:
        try:
            return bool(await self._redis.set(f"{self._prefix}{update_id}", 1, nx=True, ex=self._ttl))
        except (RedisError, OSError) as error:
            logger.warning("Redis unreachable for Telegram update ids (%s); using this replica's memory.",
                           type(error).__name__)
            return await self._fallback.claim(update_id)

    async def close(self) -> None:
        await self._redis.close()


# --- keeping the token out of the logs ------------------------------------------

class _SecretRedactor:
    """Blanks known secrets in every log record, whichever library logs it.

    A record factory rather than a handler filter: Rasa and Sanic add their own
    handlers, and records reach them without passing through one shared filter.
    """

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._installed = False

    def protect(self, secret: str) -> None:
        self._secrets.add(secret)
        if not self._installed:
            make_record = logging.getLogRecordFactory()

            def make_redacted_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
                return self._redact(make_record(*args, **kwargs))

            logging.setLogRecordFactory(make_redacted_record)
            self._installed = True

    def blank(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return text

    def _redact(self, record: logging.LogRecord) -> logging.LogRecord:
        try:
            message = record.getMessage()
        except Exception:  # a malformed logging call is the logging module's problem, not ours
            return record
        if any(secret in message for secret in self._secrets):
            record.msg, record.args = self.blank(message), None
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            formatted = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            if any(secret in formatted for secret in self._secrets):
                # Formatters print exc_text instead of formatting exc_info again.
                record.exc_text = self.blank(formatted)
        return record


redactor = _SecretRedactor()


# --- sending -------------------------------------------------------------------

def _message_parts(text: str) -> list[str]:
    """Split at paragraph breaks into messages Telegram accepts (at most 4096 characters)."""
    parts: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        while len(paragraph) > MESSAGE_MAX_CHARS:
            parts.append(paragraph[:MESSAGE_MAX_CHARS])
            paragraph = paragraph[MESSAGE_MAX_CHARS:]
        if parts and len(parts[-1]) + 2 + len(paragraph) <= MESSAGE_MAX_CHARS:
            parts[-1] = f"{parts[-1]}\n\n{paragraph}"
        else:
            parts.append(paragraph)
    return parts


def inline_keyboard(buttons: Iterable[dict[str, Any]]) -> InlineKeyboardMarkup:
    """One button a row: titles stay readable on a phone.

    A payload longer than Telegram's 64-byte callback limit would make Telegram
    refuse the whole message, so that button is left out (and logged: the
    domain must not have one; tests/channels checks domain.yml).
    """
    keyboard = InlineKeyboardMarkup()
    for button in buttons:
        payload = str(button.get("payload", ""))
        if not payload or len(payload.encode()) > CALLBACK_DATA_MAX_BYTES:
            logger.error("Button %r left out: Telegram needs a payload of 1 to %d bytes, got %r.",
                         button.get("title"), CALLBACK_DATA_MAX_BYTES, payload)
            continue
        keyboard.row(InlineKeyboardButton(button["title"], callback_data=payload))
    return keyboard


class SecureTelegramOutput(TelegramOutput):
    """Sends through the configured Bot API server; texts whole, buttons inline."""

    def __init__(self, access_token: str, server: TelegramAPIServer = TELEGRAM_PRODUCTION) -> None:
        # TelegramOutput.__init__ cannot pass `server` on to aiogram's Bot.
        Bot.__init__(self, access_token, server=server)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        # Rasa's version sends every paragraph as its own message; a reflective
        # reply reads better as one.
        for part in _message_parts(text):
            await self.send_message(recipient_id, part)

    async def send_text_with_buttons(self, recipient_id: str, text: str,
                                     buttons: list[dict[str, Any]], **kwargs: Any) -> None:
        *leading, last = _message_parts(text)
        for part in leading:
            await self.send_message(recipient_id, part)
        await self.send_message(recipient_id, last, reply_markup=inline_keyboard(buttons))


# --- receiving -----------------------------------------------------------------

@dataclass
class _ChatQueue:
    lock: asyncio.Lock
    waiting: int = 0


class _OnePerChat:
    """Lets a chat's updates through one at a time, in the order they arrived.

    asyncio.Lock is first come, first served, and a task asks for the lock
    before its first await, so arrival order is kept.
    """

    def __init__(self) -> None:
        self._chats: dict[int, _ChatQueue] = {}

    @asynccontextmanager
    async def turn(self, chat_id: int) -> AsyncIterator[None]:
        queue = self._chats.setdefault(chat_id, _ChatQueue(asyncio.Lock()))
        queue.waiting += 1
        try:
            async with queue.lock:
                yield
        finally:
            queue.waiting -= 1
            if queue.waiting == 0:
                del self._chats[chat_id]


class SecureTelegramInput(TelegramInput):
    """Telegram webhook at /webhooks/telegram/webhook (see the module docstring)."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SecureTelegramInput:
        credentials = credentials or {}
        return cls(
            access_token=credentials.get("access_token") or "",
            secret_token=credentials.get("secret_token") or "",
            api_base_url=credentials.get("api_base_url") or "",
            redis_url=credentials.get("redis_url") or "",
            crisis_region=get_settings().crisis_region,
        )

    def __init__(self, access_token: str, secret_token: str, api_base_url: str = "",
                 redis_url: str = "", crisis_region: str = DEFAULT_REGION) -> None:
        super().__init__(access_token, verify=None, webhook_url=None, debug_mode=False)
        # A message that could not be answered may have been a cry for help.
        self._apology = Apology(crisis_region)
        access_token, secret_token = access_token.strip(), secret_token.strip()
        self._secret = secret_token.encode()
        self._output: SecureTelegramOutput | None = None
        self._tasks: set[asyncio.Task] = set()
        self._one_per_chat = _OnePerChat()
        if not access_token:
            logger.info("Telegram channel is off: TELEGRAM_TOKEN is empty.")
            return
        redactor.protect(access_token)
        # aiogram logs every request's content at DEBUG: the replies, which can
        # quote what the person wrote (their first-session note).
        aiogram_logger = logging.getLogger("aiogram")
        aiogram_logger.setLevel(max(logging.INFO, aiogram_logger.getEffectiveLevel()))
        if not secret_token:
            logger.error("Telegram channel is off: TELEGRAM_SECRET_TOKEN is empty, and without it "
                         "anyone could post updates in the bot's name. Set it and run `make telegram-webhook`.")
            return
        redactor.protect(secret_token)
        try:
            self._output = SecureTelegramOutput(access_token, api_server(api_base_url))
        except ValidationError:
            raise RasaException("TELEGRAM_TOKEN does not look like a bot token from @BotFather.") from None
        self._updates = (RedisUpdateLog(redis_url, self._output.id) if redis_url else InMemoryUpdateLog())

    @property
    def enabled(self) -> bool:
        return self._output is not None

    def get_output_channel(self) -> SecureTelegramOutput | None:
        return self._output

    def _has_secret(self, request: Request) -> bool:
        # Sanic keeps bytes that are not UTF-8 as surrogates: a forged header may hold anything.
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        return hmac.compare_digest(given, self._secret)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("secure_telegram_webhook")

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.enabled else "off"})

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.enabled:
                return response.json({"error": "Telegram is not configured here."}, status=503)
            if not self._has_secret(request):
                logger.warning("Refused a Telegram webhook call without the right secret token.")
                return response.json({"error": "forbidden"}, status=403)
            update = request.json
            if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
                return response.json({"error": "not a Telegram update"}, status=400)
            if not await self._updates.claim(update["update_id"]):
                logger.debug("Telegram update %d already handled.", update["update_id"])
                return response.json({"status": "duplicate"})
            incoming = read_update(update)
            if incoming is not None:
                self._in_background(self._handle(incoming, on_new_message))
            return response.json({"status": "ok"})

        @telegram_webhook.listener("after_server_stop")
        async def close(*_: Any) -> None:
            await self.close()

        return telegram_webhook

    def _in_background(self, work: Awaitable[None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        # The loop keeps only weak references to tasks.
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle(self, incoming: Incoming, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        output = self._output
        async with self._one_per_chat.turn(incoming.chat_id):
            try:
                if incoming.callback_query_id:
                    await self._acknowledge_button(incoming.callback_query_id)
                if incoming.reply:
                    await output.send_text_with_buttons(incoming.chat_id, incoming.reply, [TOPICS_BUTTON])
                    return
                await output.send_chat_action(incoming.chat_id, "typing")
                await on_new_message(UserMessage(
                    incoming.text, output, str(incoming.chat_id), input_channel=self.name(),
                ))
            except Exception as error:
                # Only the kind of error: its message may quote what the person wrote.
                logger.error("Could not answer a Telegram message (%s).", type(error).__name__)
                logger.debug("Telegram handling error", exc_info=True)
                await self._apologise(incoming.chat_id)

    async def _acknowledge_button(self, callback_query_id: str) -> None:
        """Stop the button's spinner; a press older than Telegram allows is still handled."""
        try:
            await self._output.answer_callback_query(callback_query_id)
        except Exception as error:
            logger.warning("Could not acknowledge a Telegram button press (%s).", type(error).__name__)

    async def _apologise(self, chat_id: int) -> None:
        try:
            await self._output.send_message(chat_id, self._apology.text())
        except Exception as error:
            logger.error("Could not tell a Telegram user about the error (%s).", type(error).__name__)

    async def close(self) -> None:
        """Let conversations being answered finish, then close connections."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=SHUTDOWN_GRACE_SECONDS)
        if self._output is not None:
            await self._updates.close()
            await self._output.session.close()
