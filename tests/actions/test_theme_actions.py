"""The theme actions as the action server runs them: real Tracker, CollectingDispatcher and SQLite."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.settings import load_settings
from actions.theme_actions import (
    DELETION_FAILED,
    DELETION_QUEUED,
    ActionForgetMe,
    ActionLogCrisisConfirmed,
    ActionLogTheme,
)
from actions.theme_db import upgrade_to_head
from actions.theme_store import ThemeStore
from tests.actions.conftest import REFUSING_URL

ROOT = Path(__file__).resolve().parents[2]
SECRET = "actions-test-secret"


@pytest.fixture
def settings_for(tmp_path):
    def settings_for(db_url: str, spool_path: Path = tmp_path / "spool.db"):
        return load_settings(env={
            "THEMES_DB_URL": db_url, "THEMES_SECRET": SECRET, "THEMES_SPOOL_PATH": str(spool_path),
        })

    return settings_for


def tracker(sender, intent, logged=None, channel="telegram", text="some words"):
    return Tracker.from_dict({
        "sender_id": sender,
        "slots": {"logged_themes": logged},
        "latest_message": {"intent": {"name": intent, "confidence": 0.97}, "text": text, "entities": []},
        "events": [
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": text, "input_channel": channel, "parse_data": {"intent": {"name": intent}}},
        ],
    })


def run(action, conversation):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, conversation, {}))
    return events, dispatcher.messages


def rows(db_url):
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        return connection.execute("SELECT session_key, channel, theme FROM theme_events ORDER BY id").fetchall()


def key_of(sender):
    return hmac.new(SECRET.encode(), sender.encode(), hashlib.sha256).hexdigest()


def test_an_intent_is_logged_as_its_theme_with_the_channel(sqlite_url, settings_for):
    events, messages = run(ActionLogTheme(settings_for(sqlite_url)), tracker("person-1", "needs_identity"))

    assert events == [SlotSet("logged_themes", ["needs.identity"])]
    assert messages == []
    assert rows(sqlite_url) == [(key_of("person-1"), "telegram", "needs.identity")]


def test_meta_intents_use_their_theme_codes(sqlite_url, settings_for):
    log_theme = ActionLogTheme(settings_for(sqlite_url))
    run(log_theme, tracker("person-2", "crisis", channel="socketio"))
    run(log_theme, tracker("person-2", "ask_privacy", logged=["safety.crisis"], channel="socketio"))
    assert [theme for *_, theme in rows(sqlite_url)] == ["safety.crisis", "meta.privacy"]


def test_each_theme_is_logged_once_per_conversation(sqlite_url, settings_for):
    log_theme = ActionLogTheme(settings_for(sqlite_url))
    first, _ = run(log_theme, tracker("person-3", "trust_judgment"))
    logged = first[0]["value"]
    again, _ = run(log_theme, tracker("person-3", "trust_judgment", logged=logged))
    other, _ = run(log_theme, tracker("person-3", "trust_trauma", logged=logged))

    assert again == []
    assert other == [SlotSet("logged_themes", ["trust.judgment", "trust.trauma"])]
    assert [theme for *_, theme in rows(sqlite_url)] == ["trust.judgment", "trust.trauma"]
    # A new conversation starts with the slot empty and logs the theme again.
    run(log_theme, tracker("person-3", "trust_judgment"))
    assert len(rows(sqlite_url)) == 3


# The reasons for seeking therapy (share_reason, share_grief) have no code in
# ../shared/THEMES.md: a bereavement or a breakup must never reach the theme log.
@pytest.mark.parametrize("intent", ["greet", "thanks", "share_reason", "share_grief", "nlu_fallback", "crisis_check", None])
def test_messages_without_a_theme_log_nothing(sqlite_url, settings_for, intent):
    upgrade_to_head(sqlite_url)
    events, messages = run(ActionLogTheme(settings_for(sqlite_url)), tracker("person-4", intent))
    assert (events, messages, rows(sqlite_url)) == ([], [], [])


def test_not_safe_at_the_crisis_check_in_is_logged_as_a_crisis_once(sqlite_url, settings_for):
    # The check-in itself logs nothing (above: crisis_check); the "no" to "are you safe right now?" does.
    confirmed = ActionLogCrisisConfirmed(settings_for(sqlite_url))
    events, messages = run(confirmed, tracker("person-7", "deny", channel="socketio"))
    again, _ = run(confirmed, tracker("person-7", "deny", logged=["safety.crisis"], channel="socketio"))
    assert events == [SlotSet("logged_themes", ["safety.crisis"])]
    assert (messages, again) == ([], [])
    assert rows(sqlite_url) == [(key_of("person-7"), "socketio", "safety.crisis")]


def test_a_message_without_a_known_channel_is_logged_as_unknown(sqlite_url, settings_for):
    conversation = tracker("person-5", "needs_pace")
    conversation.events = []
    run(ActionLogTheme(settings_for(sqlite_url)), conversation)
    assert rows(sqlite_url) == [(key_of("person-5"), "unknown", "needs.pace")]


def test_forget_me_deletes_this_persons_rows_and_says_so(sqlite_url, settings_for):
    settings = settings_for(sqlite_url)
    run(ActionLogTheme(settings), tracker("leaving", "ending_how_to_end"))
    run(ActionLogTheme(settings), tracker("staying", "ending_how_to_end"))

    events, messages = run(ActionForgetMe(settings), tracker("leaving", "forget_me"))

    assert events == []
    assert [message["response"] for message in messages] == ["utter_forget_done"]
    assert rows(sqlite_url) == [(key_of("staying"), "telegram", "ending.how_to_end")]


def test_with_the_database_down_the_conversation_goes_on_and_nothing_is_lost(sqlite_url, settings_for, tmp_path):
    down = settings_for(REFUSING_URL)
    events, messages = run(ActionLogTheme(down), tracker("person-6", "ending_ghosting"))
    assert events == [SlotSet("logged_themes", ["ending.ghosting"])]
    assert messages == []

    events, messages = run(ActionForgetMe(down), tracker("person-7", "forget_me"))
    assert events == []
    assert [message["text"] for message in messages] == [DELETION_QUEUED]

    # The database is back (same spool): the row arrives.
    ThemeStore.from_settings(settings_for(sqlite_url)).replay_spool()
    assert rows(sqlite_url) == [(key_of("person-6"), "telegram", "ending.ghosting")]


def test_when_even_the_spool_fails_the_person_is_told_plainly_and_logs_stay_clean(tmp_path, settings_for, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    broken = settings_for(REFUSING_URL, spool_path=blocker / "spool.db")  # its folder cannot be created
    sender, words = "sam.taylor@example.org", "I am Sam Taylor and I hate my therapist"

    with caplog.at_level(logging.DEBUG):
        events, _ = run(ActionLogTheme(broken), tracker(sender, "ending_red_flags", text=words))
        _, messages = run(ActionForgetMe(broken), tracker(sender, "forget_me", text=words))

    assert events == []  # not marked as logged, so a later message can try again
    assert [message["text"] for message in messages] == [DELETION_FAILED]
    assert "not logged" in caplog.text and "neither done nor queued" in caplog.text
    for secret in (sender, "Sam Taylor", "hate my therapist", key_of(sender)):
        assert secret not in caplog.text


def test_a_slow_database_does_not_hold_up_other_conversations(sqlite_url, settings_for):
    upgrade_to_head(sqlite_url)
    locker = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    locker.execute("BEGIN EXCLUSIVE")  # the write waits about 2 s for this lock, then spools

    async def conversation_and_ticks():
        ticks = 0

        async def tick():
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.create_task(tick())
        started = time.monotonic()
        events = await ActionLogTheme(settings_for(sqlite_url)).run(
            CollectingDispatcher(), tracker("person-8", "trust_general"), {}
        )
        took = time.monotonic() - started
        ticker.cancel()
        return events, took, ticks

    try:
        events, took, ticks = asyncio.run(conversation_and_ticks())
    finally:
        locker.rollback()
        locker.close()
    assert events == [SlotSet("logged_themes", ["trust.general"])]
    assert took >= 1.5
    assert ticks >= took / 0.01 * 0.5, "the event loop stalled while the database was busy"


def run_action_server_import(app_env, secret, **extra_env):
    """What `rasa run actions --actions actions` does first: import and register the package."""
    env = {**os.environ, "APP_ENV": app_env, "THEMES_SECRET": secret, **extra_env}
    return subprocess.run(
        [sys.executable, "-c",
         "from rasa_sdk.executor import ActionExecutor\n"
         "executor = ActionExecutor()\n"
         "executor.register_package('actions')\n"
         "print(sorted(executor.actions))"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_the_action_server_refuses_production_with_the_example_secret(tmp_path):
    refused = run_action_server_import("production", "dev-only-themes-secret-change-me")
    assert refused.returncode != 0
    assert "THEMES_SECRET still has the example value" in refused.stderr

    profile = tmp_path / "clinic.yml"
    profile.write_text("name: Riverside Therapy\nemail: hello@riverside.example\ncrisis_region: UK\n")
    started = run_action_server_import(
        "production", "a-long-random-production-secret",
        CLINIC_PROFILE_PATH=str(profile), INTAKE_NOTE_KEY=Fernet.generate_key().decode(),
    )
    assert started.returncode == 0, started.stderr
    assert "'action_forget_me'" in started.stdout and "'action_log_theme'" in started.stdout
