"""Custom actions around the theme log: record what a conversation touched, forget on request.

The store does blocking database I/O, so it runs in a worker thread: the
action server's event loop keeps serving other conversations meanwhile. A
failure never reaches the person; it is logged by error class only (no sender
id, no words). The store brings the schema to head and replays its spool on
its first write after start-up (`make run` also does both beforehand through
`python -m actions.migrate`).
"""
from __future__ import annotations

import asyncio
import logging
from functools import cache
from pathlib import Path
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.settings import Settings, get_settings
from actions.theme_store import DeletionQueued, ThemeStore
from actions.themes import CRISIS_THEME, theme_for_intent

logger = logging.getLogger(__name__)

DELETION_QUEUED = (
    "I couldn't reach the place where conversation topics are kept just now, so I can't "
    "delete them this minute. Your request is saved and will go through on its own as soon "
    "as it's reachable again; you don't need to ask twice. (Only topic labels and dates are "
    "kept there, never your words.)"
)
DELETION_FAILED = (
    "I'm sorry: I couldn't delete the topics from this conversation right now, and I couldn't "
    "save the request for later either, so the deletion isn't done yet. Could you say "
    "\"forget me\" again in a few minutes?"
)


def _server_settings() -> Settings:
    """Read once at import, when the action server starts: it refuses the example secret outside development."""
    settings = get_settings()
    settings.check_production_ready()
    return settings


SERVER_SETTINGS = _server_settings()


def theme_store_for(settings: Settings) -> ThemeStore:
    """One store per theme log, so all actions share its connections, spool and outage state."""
    return _shared_store(settings.themes_db_url, settings.themes_secret, settings.themes_spool_path,
                         settings.themes_db_retry_seconds)


@cache
def _shared_store(db_url: str, secret: str, spool_path: Path, retry_after_seconds: float) -> ThemeStore:
    return ThemeStore(db_url, secret, spool_path, retry_after_seconds=retry_after_seconds)


class ActionLogTheme(Action):
    """Write the latest message's theme once per conversation (`logged_themes` remembers which)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.store = theme_store_for(settings or SERVER_SETTINGS)

    def name(self) -> str:
        return "action_log_theme"

    def theme_of(self, tracker: Tracker) -> str | None:
        return theme_for_intent((tracker.latest_message.get("intent") or {}).get("name"))

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        theme = self.theme_of(tracker)
        logged = list(tracker.get_slot("logged_themes") or [])
        if theme is None or theme in logged:
            return []
        channel = tracker.get_latest_input_channel() or "unknown"
        try:
            await asyncio.to_thread(self.store.record, tracker.sender_id, channel, theme)
        except Exception as error:  # the conversation matters more than the log
            logger.warning("Theme %s not logged (%s); the conversation goes on.", theme, type(error).__name__)
            return []
        return [SlotSet("logged_themes", [*logged, theme])]


class ActionLogCrisisConfirmed(ActionLogTheme):
    """Write `safety.crisis` once: the person said "not safe" to the crisis check-in.

    The message itself is only a "no" (intent deny), so its intent carries no
    theme; the check-in alone logs nothing, as it may have misread a calm message.
    """

    def name(self) -> str:
        return "action_log_crisis_confirmed"

    def theme_of(self, tracker: Tracker) -> str | None:
        return CRISIS_THEME


class ActionForgetMe(Action):
    """Delete this sender's theme rows; the rule then restarts the conversation."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.store = theme_store_for(settings or SERVER_SETTINGS)

    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        try:
            await asyncio.to_thread(self.store.forget, tracker.sender_id)
        except DeletionQueued:
            dispatcher.utter_message(text=DELETION_QUEUED)
        except Exception as error:
            logger.warning("Forget request neither done nor queued (%s).", type(error).__name__)
            dispatcher.utter_message(text=DELETION_FAILED)
        else:
            dispatcher.utter_message(response="utter_forget_done")
        return []
