"""The intake channel: `channels.intake.IntakeInput` in credentials.yml (docs/clinics.md).

For the clinic's own intake page or backend, talking to the bot server to
server at POST /webhooks/intake/webhook with the same JSON as Rasa's REST
channel (`sender`, `message`, optional `metadata.region`), and getting the
same list of replies back. What it adds, checked in this order, so that a
request that fails a check is never handed to Rasa:

- 503 while INTAKE_API_TOKEN is empty: the channel is off.
- 401 without `Authorization: Bearer <INTAKE_API_TOKEN>` (compared in constant time).
- 413 for a body over INTAKE_MAX_BODY_BYTES; reading stops at the limit.
- 400 for anything but a JSON object with a sender id and a message.
- 429 with Retry-After once a sender has sent INTAKE_RATE_LIMIT_PER_MINUTE
  messages in the last minute (counted per server process).

Every error is a small JSON object, never a traceback, and nothing a person
wrote is logged. When the bot itself fails (Redis, the model), the answer is
still the usual list of replies: one apology with the crisis lines. Of the metadata only `region` (the crisis lines to show) is
passed on. Rasa's plain REST channel stays for local use only: it has none of this.
"""
from __future__ import annotations

import hmac
import json
import logging
import math
import re
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.settings import get_settings
from channels.fallback import Apology
from channels.log_privacy import keep_typed_words_out_of_rasa_logs
from channels.rate_limit import SlidingWindowLimiter

logger = logging.getLogger(__name__)

SENDER_MAX_CHARS = 128
MESSAGE_MAX_CHARS = 4000
_SENDER = re.compile(r"[^\x00-\x1f\x7f]+")
_REGION = re.compile(r"[A-Za-z]{2,4}")


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> HTTPResponse:
    return response.json({"error": code, "message": message}, status=status, headers=headers)


def _setting(credentials: dict[str, Any], key: str, default: int) -> int:
    raw = credentials.get(key)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = 0
    if value < 1:
        raise ValueError(f"credentials.yml: channels.intake.IntakeInput {key} must be a whole number above 0, got {raw!r}")
    return value


class IntakeInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "intake"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> IntakeInput:
        credentials = credentials or {}
        return cls(
            token=str(credentials.get("token") or ""),
            rate_limit_per_minute=_setting(credentials, "rate_limit_per_minute", 30),
            max_body_bytes=_setting(credentials, "max_body_bytes", 64 * 1024),
        )

    def __init__(self, token: str, rate_limit_per_minute: int = 30, max_body_bytes: int = 64 * 1024) -> None:
        self._token = token.strip().encode("utf-8")
        self._max_body_bytes = max_body_bytes
        self._limiter = SlidingWindowLimiter(rate_limit_per_minute)
        if not self._token:
            logger.info("Intake channel is off: INTAKE_API_TOKEN is empty.")

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        intake = Blueprint("intake_webhook", __name__)
        keep_typed_words_out_of_rasa_logs()
        apology = Apology(get_settings().crisis_region)

        @intake.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            if not self._token:
                return _error(503, "channel_disabled", "The intake channel is off (no INTAKE_API_TOKEN).")
            return response.json({"status": "ok"})

        @intake.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> HTTPResponse:
            if not self._token:
                return _error(503, "channel_disabled", "The intake channel is off (no INTAKE_API_TOKEN).")
            if not self._authorized(request.headers.get("Authorization", "")):
                return _error(401, "unauthorized", "Send Authorization: Bearer <INTAKE_API_TOKEN>.",
                              headers={"WWW-Authenticate": 'Bearer realm="intake"'})
            body = await self._read_body(request)
            if body is None:
                return _error(413, "too_large", f"The request body may be at most {self._max_body_bytes} bytes.")
            parsed = _parse_message(body)
            if isinstance(parsed, str):
                return _error(400, "bad_request", parsed)
            sender, text, metadata = parsed
            wait = self._limiter.retry_after(sender)
            if wait is not None:
                return _error(429, "rate_limited", "Too many messages from this sender; try again shortly.",
                              headers={"Retry-After": str(max(1, math.ceil(wait)))})
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata)
                )
            except CancelledError:
                logger.error("Intake message timed out before the bot answered.")
                return _error(503, "timeout", "The bot did not answer in time; send the message again.")
            except Exception as error:  # the log gets the class only: the message may quote the person
                # Like every channel: a message that could not be read may have been a cry for help.
                logger.error("Could not answer an intake message (%s); sent the apology with crisis lines.",
                             type(error).__name__)
                return response.json([{"recipient_id": sender, "text": apology.text(metadata.get("region"))}])
            return response.json(collector.messages)

        return intake

    def _authorized(self, header: str) -> bool:
        scheme, _, token = header.partition(" ")
        # Compare even when the scheme is wrong, so the answer takes as long either way.
        # Sanic keeps header bytes that are not UTF-8 as surrogates: a forged header may hold anything.
        matches = hmac.compare_digest(token.strip().encode("utf-8", "surrogateescape"), self._token)
        return scheme.lower() == "bearer" and matches

    async def _read_body(self, request: Request) -> bytes | None:
        """The whole body, or None as soon as it is longer than allowed (the rest is never kept)."""
        declared = request.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self._max_body_bytes:
            return None
        chunks, size = [], 0
        async for chunk in request.stream:
            size += len(chunk)
            if size > self._max_body_bytes:
                return None
            chunks.append(chunk)
        return b"".join(chunks)


def _parse_message(body: bytes) -> tuple[str, str, dict[str, str]] | str:
    """(sender, message, metadata) from a request body, or what is wrong with it."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        return "The body must be JSON."
    if not isinstance(data, dict):
        return "The body must be a JSON object."
    sender, text = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not 0 < len(sender) <= SENDER_MAX_CHARS or not _SENDER.fullmatch(sender):
        return f"'sender' must be a string of 1 to {SENDER_MAX_CHARS} printable characters."
    if not isinstance(text, str) or not text.strip() or len(text) > MESSAGE_MAX_CHARS:
        return f"'message' must be a non-empty string of at most {MESSAGE_MAX_CHARS} characters."
    raw_metadata = data.get("metadata")
    if raw_metadata is None:
        return sender, text, {}
    if not isinstance(raw_metadata, dict):
        return "'metadata' must be a JSON object."
    region = raw_metadata.get("region")
    if region is None:
        return sender, text, {}
    if not isinstance(region, str) or not _REGION.fullmatch(region):
        return "'metadata.region' must be a region code such as \"UK\"."
    return sender, text, {"region": region.upper()}
