"""What a person typed, and who they are, never reaches the theme log's files or logs."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.settings import load_settings
from actions.theme_actions import ActionForgetMe, ActionLogTheme
from tests.actions.conftest import REFUSING_URL

SECRET = "privacy-test-secret"
# A web widget or the intake channel may use an email or a name as the sender id.
SENDER = "Marguerite Okonkwo <marguerite.okonkwo@example.org> +44 7700 900123"
LEAVER = "Tobias Wexley-Hart +1 (555) 014-2271"
MESSAGES = {
    "trust_judgment": "My name is Marguerite Okonkwo and I'm scared my therapist at Elmfield will judge me",
    "needs_identity": "Email me at marguerite.okonkwo@example.org, I want a therapist who speaks Igbo",
    "needs_logistics": "Call me on +44 7700 900123, I live at 12 Quillfeather Lane",
    "ending_ghosting": "I might just stop going to Dr Abernathy-Price",
}
MARKERS = [
    "Marguerite", "Okonkwo", "marguerite.okonkwo@example.org", "7700 900123", "7700900123", "Elmfield",
    "Igbo", "Quillfeather", "Abernathy", "Tobias", "Wexley", "014-2271", "0142271",
]


def tracker(sender, intent, text):
    return Tracker.from_dict({
        "sender_id": sender,
        "slots": {"logged_themes": None},
        "latest_message": {"intent": {"name": intent}, "text": text, "entities": []},
        "events": [{"event": "user", "text": text, "input_channel": "socketio"}],
    })


def run(action, conversation):
    asyncio.run(action.run(CollectingDispatcher(), conversation, {}))


def test_names_emails_phone_numbers_and_words_never_reach_the_files_or_logs(tmp_path, caplog):
    env = {"THEMES_SECRET": SECRET, "THEMES_SPOOL_PATH": str(tmp_path / "spool.db")}
    up = load_settings(env={**env, "THEMES_DB_URL": f"sqlite:///{tmp_path / 'themes.db'}"})
    down = load_settings(env={**env, "THEMES_DB_URL": REFUSING_URL})

    with caplog.at_level(logging.DEBUG):
        for intent, text in list(MESSAGES.items())[:2]:
            run(ActionLogTheme(up), tracker(SENDER, intent, text))
        run(ActionLogTheme(up), tracker(LEAVER, "ending_how_to_end", "I'm Tobias Wexley-Hart, 555 014-2271"))
        run(ActionForgetMe(up), tracker(LEAVER, "forget_me", "forget me, Tobias Wexley-Hart"))
        for intent, text in list(MESSAGES.items())[2:]:
            run(ActionLogTheme(down), tracker(SENDER, intent, text))  # these wait in the spool

    files = {path.name: path.read_bytes().lower() for path in tmp_path.iterdir() if path.is_file()}
    assert {"themes.db", "spool.db"} <= set(files)
    for name, content in files.items():
        for marker in [*MARKERS, SENDER, LEAVER]:
            assert marker.lower().encode() not in content, f"{marker!r} found in {name}"
    logs = caplog.text.lower()
    for marker in MARKERS:
        assert marker.lower() not in logs, f"{marker!r} found in the logs"

    # What is there instead: keyed hashes, in the database and in the spool.
    key = hmac.new(SECRET.encode(), SENDER.encode(), hashlib.sha256).hexdigest().encode()
    assert key in files["themes.db"] and key in files["spool.db"]
    # "Forget me" leaves not even the deleted key behind in the file's free pages.
    leaver_key = hmac.new(SECRET.encode(), LEAVER.encode(), hashlib.sha256).hexdigest().encode()
    assert leaver_key not in files["themes.db"] and leaver_key not in files["spool.db"]
