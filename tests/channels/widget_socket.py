"""A socket.io client that talks to the bot the way the widget does (its events, an allowed Origin).

Over long-polling, where the widget uses a websocket: python-socketio's websocket transport needs
the websocket-client package, which nothing else needs. The bot these tests talk to has one
Sanic worker, which holds every socket.io session, so polling reaches the same one each time.
"""
from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

import socketio


class WidgetSocket:
    """One widget conversation over socket.io, collecting every `bot_uttered` event."""

    def __init__(self, bot, metadata: dict | None = None) -> None:
        self.events: list[dict] = []
        self._arrived = threading.Condition()
        self._metadata = metadata
        self.client = socketio.Client()
        self.client.on("bot_uttered", self._on_bot_uttered)
        self.client.connect(bot.url, headers={"Origin": f"http://localhost:{bot.rasa_port}"},
                            transports=["polling"], socketio_path="/socket.io", wait_timeout=30)
        self.session_id = uuid.uuid4().hex
        self.client.emit("session_request", {"session_id": self.session_id})

    def _on_bot_uttered(self, data: dict) -> None:
        with self._arrived:
            self.events.append(data)
            self._arrived.notify_all()

    def say(self, text: str, answered: Callable[[list[dict]], bool], timeout: float = 60) -> list[dict]:
        """Send `text`; the events that arrive until `answered(events)` holds for them."""
        message = {"message": text, "session_id": self.session_id}
        if self._metadata is not None:
            message["customData"] = self._metadata
        with self._arrived:
            start = len(self.events)
            self.client.emit("user_uttered", message)
            assert self._arrived.wait_for(lambda: answered(self.events[start:]), timeout=timeout), self.events[start:]
            return self.events[start:]

    def close(self) -> None:
        self.client.disconnect()


def has_buttons(events: list[dict]) -> bool:
    return any(event.get("quick_replies") for event in events)
