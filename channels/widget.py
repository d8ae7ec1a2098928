"""The website widget, served by the bot itself (docs/widget.md).

Two channels in credentials.yml:

- `channels.widget.WidgetSocketIOInput` replaces Rasa's `socketio` channel (same
  name, events and session persistence) and only lets browsers on
  WIDGET_ALLOWED_ORIGINS connect. Rasa's own builds its server with
  `cors_allowed_origins=[]`, which python-engineio reads as "CORS handling off":
  a page on any site could open a conversation and read the replies.
- `channels.widget.WidgetChannel` serves everything else under /widget/: the
  script and style sheet from web/, the socket.io client from node_modules, a
  demo clinic page, the privacy notice, a region's crisis lines as JSON, and a
  REST fallback for browsers where socket.io cannot connect.

The widget avoids CORS preflights (its POST body is sent as text/plain), so
this module answers CORS itself and `rasa run` must not be given `--cors`: the
two would each add an Access-Control-Allow-Origin header, and browsers refuse a
response with two.
"""
from __future__ import annotations

import hashlib
import html
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from string import Template
from typing import Any

from engineio.payload import Payload
from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.handoff_actions import clinic_contact_lines
from actions.settings import PROJECT_ROOT, Settings, get_settings, parse_origins
from channels.fallback import Apology
from channels.log_privacy import keep_typed_words_out_of_rasa_logs
from channels.rate_limit import SlidingWindowLimiter
from components.crisis_lines import DEFAULT_REGION, CrisisLines, Region, load_crisis_lines

logger = logging.getLogger(__name__)

WEB_DIR = PROJECT_ROOT / "web"
SOCKET_IO_CLIENT = PROJECT_ROOT / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"

# The widget makes its session ids like Rasa's socket.io channel does: uuid4().hex.
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
# Far more than anyone types into a chat box; the widget's text box stops at 2000.
MESSAGE_MAX_CHARS = 4000
# Engine.IO packet types (open, close, ping, pong, message, upgrade, noop) and "b" for base64 binary.
ENGINEIO_PACKET_TYPES = frozenset("0123456b")
TOO_LONG_REPLY = (
    "That message is longer than I can read at once. Could you send it in a few shorter "
    "parts? I'll read each one."
)

JAVASCRIPT = "application/javascript; charset=utf-8"
PAGE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # The pages name a clinic and a crisis topic: no need to tell other sites where people came from.
    "Referrer-Policy": "no-referrer",
}


class WidgetSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel, open only to the web origins on the allow-list."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            allowed_origins=parse_origins(credentials.get("allowed_origins") or ""),
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            namespace=credentials.get("namespace"),
            session_persistence=credentials.get("session_persistence", False),
            socketio_path=credentials.get("socketio_path", "/socket.io"),
            jwt_key=credentials.get("jwt_key"),
            jwt_method=credentials.get("jwt_method", "HS256"),
            metadata_key=credentials.get("metadata_key", "metadata"),
        )

    def __init__(self, allowed_origins: Sequence[str], **socketio_options: Any) -> None:
        if not allowed_origins:
            # An empty list would switch python-engineio's origin check off altogether.
            raise ValueError("the socket.io channel needs at least one allowed origin")
        super().__init__(**socketio_options)
        self.allowed_origins = tuple(allowed_origins)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        keep_typed_words_out_of_rasa_logs()
        settings = get_settings()
        self._apology = Apology(settings.crisis_region)
        self._limiter = SlidingWindowLimiter(settings.widget_rate_limit_per_minute)
        socketio_webhook = super().blueprint(self._apology.wrap(self.name(), on_new_message))
        # python-engineio checks the Origin header of every polling request and
        # websocket handshake against this list (refusing others with 400) and
        # sends CORS headers to these origins only. Requests without an Origin
        # header come from non-browser clients and are let through.
        self.sio.eio.cors_allowed_origins = list(self.allowed_origins)
        self._guard_engineio_requests()
        self._check_events()
        return socketio_webhook

    def _guard_engineio_requests(self) -> None:
        """A clear 400 for requests python-engineio would answer with a 500 (a POST without a session)."""
        handle_request = self.sio.eio.handle_request

        async def guarded(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            if request.method == "POST":
                if not request.args.get("sid"):
                    return response.text("Missing socket.io session (sid).", status=400)
                if not _is_engineio_payload(request.body):
                    return response.text("Malformed socket.io payload.", status=400)
            try:
                return await handle_request(request, *args, **kwargs)
            except Exception as error:  # anything else engine.io trips over: the class only, never the body
                logger.warning("Refused a malformed socket.io request (%s).", type(error).__name__)
                return response.text("Malformed socket.io request.", status=400)

        self.sio.eio.handle_request = guarded

    def _check_events(self) -> None:
        """Only what the widget sends reaches Rasa's handlers; anything else is dropped without a traceback.

        Rasa's handlers assume a dict with a string message and call json.loads
        on string metadata; anyone can open a socket and send them other things.
        """
        handlers = self.sio.handlers[self.namespace or "/"]
        handle_session_request = handlers["session_request"]
        handle_message = handlers[self.user_message_evt]

        async def session_request(sid: str, *args: Any) -> None:
            data = args[0] if args else None
            requested = data.get("session_id") if isinstance(data, dict) else None
            # Anything but one of the widget's own ids starts a new conversation.
            await self._safely(handle_session_request, sid,
                               {"session_id": requested if _is_session_id(requested) else None})

        async def user_uttered(sid: str, *args: Any) -> None:
            message = _socketio_message(args[0] if args else None, self.metadata_key)
            if message is None:
                logger.debug("Dropped a socket.io message the widget could not have sent.")
                return
            if len(message["message"]) > MESSAGE_MAX_CHARS:
                await self.sio.emit(self.bot_message_evt, {"text": TOO_LONG_REPLY}, room=sid)
                return
            if self._limiter.retry_after(message["session_id"]) is not None:
                region = message[self.metadata_key].get("region")
                await self.sio.emit(self.bot_message_evt, {"text": self._apology.too_fast(region)}, room=sid)
                return
            await self._safely(handle_message, sid, message)

        handlers["session_request"] = session_request
        handlers[self.user_message_evt] = user_uttered

    @staticmethod
    async def _safely(handler: Callable[..., Awaitable[Any]], *args: Any) -> None:
        try:
            await handler(*args)
        except Exception as error:  # the class only: the message may quote what the person wrote
            logger.error("Could not handle a socket.io event (%s).", type(error).__name__)


def _is_engineio_payload(body: bytes) -> bool:
    """An Engine.IO v4 polling payload: UTF-8 packets separated by \\x1e, each starting with its type,
    no more of them than python-engineio decodes at once.

    python-engineio logs a traceback (and answers 200) for anything else.
    """
    try:
        packets = body.decode("utf-8").split("\x1e")
    except UnicodeDecodeError:
        return False
    return (len(packets) <= Payload.max_decode_packets
            and all(packet[:1] in ENGINEIO_PACKET_TYPES for packet in packets))


def _is_session_id(value: Any) -> bool:
    return isinstance(value, str) and SESSION_ID.match(value) is not None


def _socketio_message(data: Any, metadata_key: str) -> dict[str, Any] | None:
    """The widget's user_uttered event rebuilt from known parts, or None if it is not one."""
    if not isinstance(data, dict) or not _is_session_id(data.get("session_id")):
        return None
    text = data.get("message")
    if not isinstance(text, str) or not text.strip():
        return None
    custom = data.get(metadata_key)
    region = custom.get("region") if isinstance(custom, dict) else None
    return {"session_id": data["session_id"], "message": text,
            metadata_key: {"region": region} if isinstance(region, str) else {}}


@dataclass(frozen=True)
class Asset:
    body: bytes
    content_type: str
    etag: str

    @classmethod
    def of(cls, body: bytes, content_type: str) -> Asset:
        return cls(body, content_type, '"' + hashlib.sha256(body).hexdigest()[:20] + '"')

    def serve(self, request: Request) -> HTTPResponse:
        # Revalidated on every load, so a fix to the widget reaches clinics' pages at once.
        headers = {"Cache-Control": "no-cache", "ETag": self.etag, **PAGE_HEADERS}
        if request.headers.get("if-none-match") == self.etag:
            return response.empty(status=304, headers=headers)
        return response.raw(self.body, content_type=self.content_type, headers=headers)


def _render_template(name: str, text: dict[str, str], scripts: dict[str, Any] | None = None) -> bytes:
    """A page from web/: `text` values are HTML-escaped, `scripts` values become inline-script JSON."""
    template = Template((WEB_DIR / name).read_text(encoding="utf-8"))
    values = {key: html.escape(value) for key, value in text.items()}
    values.update({key: _script_json(value) for key, value in (scripts or {}).items()})
    return template.substitute(values).encode()


def _script_json(value: Any) -> str:
    """JSON safe inside an inline <script>: "</script>" in a clinic name cannot end it."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def region_json(region: Region) -> dict[str, Any]:
    return {
        "region": region.code,
        "name": region.name,
        "crisis_lines": [{"name": line.name, "contact": line.contact} for line in region.crisis_lines],
        "emergency": [{"name": line.name, "contact": line.contact} for line in region.emergency],
    }


class WidgetChannel(InputChannel):
    """The widget's files and pages under /widget/, and its REST fallback."""

    @classmethod
    def name(cls) -> str:
        return "widget"

    def url_prefix(self) -> str:
        # Rasa mounts channels at urljoin("/webhooks/", url_prefix()): an absolute
        # prefix puts the widget at /widget/, the address clinics paste.
        return "/widget"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            settings=get_settings(),
            allowed_origins=parse_origins(credentials.get("allowed_origins") or ""),
            crisis_lines=load_crisis_lines(),
        )

    def __init__(self, settings: Settings, allowed_origins: Sequence[str], crisis_lines: CrisisLines) -> None:
        self.settings = settings
        self.allowed_origins = frozenset(allowed_origins)
        self.crisis_lines = crisis_lines
        self.apology = Apology(settings.crisis_region, crisis_lines)
        self.limiter = SlidingWindowLimiter(settings.widget_rate_limit_per_minute)
        self.assets = self._load_assets()

    def _load_assets(self) -> dict[str, Asset]:
        assets = {
            "widget.js": Asset.of((WEB_DIR / "widget.js").read_bytes(), JAVASCRIPT),
            "widget.css": Asset.of((WEB_DIR / "widget.css").read_bytes(), "text/css; charset=utf-8"),
            "demo": Asset.of(self._demo_page(), "text/html; charset=utf-8"),
            "privacy": Asset.of(self._privacy_page(), "text/html; charset=utf-8"),
        }
        if SOCKET_IO_CLIENT.exists():
            assets["vendor/socket.io.min.js"] = Asset.of(SOCKET_IO_CLIENT.read_bytes(), JAVASCRIPT)
        else:
            # The widget still works (over the REST fallback), just without live updates.
            logger.error("%s is missing (run `make setup`): the widget falls back to REST.", SOCKET_IO_CLIENT)
        return assets

    def _demo_page(self) -> bytes:
        config = {"clinicName": self.settings.clinic_name, "crisisRegion": self.settings.crisis_region}
        return _render_template("demo.html", {"clinic_name": self.settings.clinic_name}, {"widget_config": config})

    def _privacy_page(self) -> bytes:
        return _render_template(
            "privacy.html",
            {"clinic_name": self.settings.clinic_name, "clinic_contact": clinic_contact_lines(self.settings)},
        )

    def region(self, requested: str | None) -> Region:
        """The crisis lines the widget shows: the page's region if known, else the deployment's."""
        found = self.crisis_lines.find(requested) or self.crisis_lines.find(self.settings.crisis_region)
        return found or self.crisis_lines.regions[DEFAULT_REGION]

    def cors_headers(self, request: Request) -> dict[str, str]:
        origin = request.headers.get("origin")
        if origin in self.allowed_origins:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        return {"Vary": "Origin"}

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        widget = Blueprint("widget", __name__)
        keep_typed_words_out_of_rasa_logs()
        on_new_message = self.apology.wrap(self.name(), on_new_message)

        @widget.route("/<name:path>", methods=["GET"])
        async def asset(request: Request, name: str) -> HTTPResponse:
            found = self.assets.get(name)
            if found is None:
                return response.text("Not found", status=404)
            return found.serve(request)

        @widget.route("/crisis-lines", methods=["GET"])
        async def crisis_lines(request: Request) -> HTTPResponse:
            # Public numbers, wanted most when everything else fails: any page may read them.
            return response.json(
                region_json(self.region(request.args.get("region"))),
                headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache", **PAGE_HEADERS},
            )

        @widget.route("/message", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            cors = self.cors_headers(request)
            origin = request.headers.get("origin")
            if origin is not None and origin not in self.allowed_origins:
                return response.json({"error": "This page may not use the chat."}, status=403, headers=cors)
            parsed = _parse_message(request.body)
            if parsed is None:
                return response.json({"error": "Malformed message."}, status=400, headers=cors)
            session_id, text, metadata = parsed
            if self.limiter.retry_after(session_id) is not None:
                # 200, so the widget shows the reply like any other (it reports other statuses as errors).
                reply = {"recipient_id": session_id, "text": self.apology.too_fast(metadata.get("region"))}
                return response.json([reply], headers=cors)
            collector = CollectingOutputChannel()
            await on_new_message(
                UserMessage(text, collector, session_id, input_channel=self.name(), metadata=metadata)
            )
            return response.json(collector.messages, headers=cors)

        return widget


def _parse_message(body: bytes) -> tuple[str, str, dict[str, str]] | None:
    """(session id, text, metadata) from the widget's POST body, or None if it is not one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        return None
    if not isinstance(data, dict):
        return None
    session_id, text, custom = data.get("session_id"), data.get("message"), data.get("customData")
    if not isinstance(session_id, str) or not SESSION_ID.match(session_id):
        return None
    if not isinstance(text, str) or not text.strip() or len(text) > MESSAGE_MAX_CHARS:
        return None
    # The same metadata the socket.io channel passes on (metadata_key: customData).
    region = custom.get("region") if isinstance(custom, dict) else None
    return session_id, text, ({"region": region} if isinstance(region, str) else {})


