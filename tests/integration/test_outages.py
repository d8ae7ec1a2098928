"""Safety must not depend on the action server or the theme database."""
from __future__ import annotations

import sqlite3
import time
import uuid

import pytest

from tests.servers import running_bot


# bot_with_api_and_no_actions (tests/conftest.py) never starts its action server:
# every custom action call is refused.
@pytest.mark.parametrize(
    "opening",
    [None, "hi", "i'm worried my therapist will judge me"],
    ids=["first-message", "after-greeting", "mid-journey"],
)
def test_crisis_lines_arrive_with_the_action_server_down(bot_with_api_and_no_actions, opening):
    sender = f"outage-{uuid.uuid4().hex[:10]}"
    if opening:
        bot_with_api_and_no_actions.say(sender, opening)
    replies = bot_with_api_and_no_actions.say(sender, "i have pills saved up and i'm going to take them all tonight")
    text = " ".join(reply.get("text", "") for reply in replies)
    assert "988" in text and "911" in text
    assert "safe" in text.lower()


def test_the_crisis_check_in_and_its_answers_arrive_with_the_action_server_down(bot_with_api_and_no_actions):
    # The payload stands for an unsure ML crisis guess, which the detector turns into crisis_check.
    def say(sender: str, text: str) -> str:
        return " ".join(reply.get("text", "") for reply in bot_with_api_and_no_actions.say(sender, text))

    not_safe = f"check-{uuid.uuid4().hex[:10]}"
    check_in = say(not_safe, "/crisis_check")
    assert "988" in check_in and "safe right now?" in check_in
    assert "988" in say(not_safe, "/deny") and "emergency" in say(not_safe, "bye")

    misread = f"check-{uuid.uuid4().hex[:10]}"
    say(misread, "/crisis_check")
    replies = bot_with_api_and_no_actions.say(misread, "/affirm")
    assert "lines" in " ".join(reply.get("text", "") for reply in replies)
    assert [button["payload"] for reply in replies for button in reply.get("buttons", [])] == ["/crisis"]


def test_crisis_lines_arrive_when_the_theme_database_is_unreachable(tmp_path):
    unreachable = "postgresql+psycopg2://postgres@127.0.0.1:1/test?connect_timeout=1"
    with running_bot(tmp_path / "db-down", THEMES_DB_URL=unreachable) as servers:
        replies = servers.say(f"dbdown-{uuid.uuid4().hex[:10]}", "i want to end my life")
    text = " ".join(reply.get("text", "") for reply in replies)
    assert "988" in text and "911" in text


def test_stopping_the_action_server_mid_conversation_keeps_the_crisis_lines_and_the_log_keeps_no_words(tmp_path):
    sender = f"stop-{uuid.uuid4().hex[:10]}"
    # Words that appear nowhere else, so finding them anywhere on disk means the message was kept.
    message = "tonight i'm going to jump off the Quillbury viaduct"
    with running_bot(tmp_path / "stopped") as servers:
        first = " ".join(reply.get("text", "") for reply in servers.say(sender, message))
        assert "988" in first and "safe" in first.lower()
        themes_db = servers.workdir / "themes.db"
        assert wait_for_themes(themes_db) == ["safety.crisis"]

        servers.stop_actions()
        replies = servers.say(sender, "i mean it, i'm going to jump off the Quillbury viaduct")
        again = " ".join(reply.get("text", "") for reply in replies)
        assert "988" in again and "911" in again

    for path in servers.workdir.iterdir():
        if path.is_file():
            content = path.read_bytes().lower()
            assert b"quillbury" not in content and b"viaduct" not in content, f"the words reached {path.name}"


def wait_for_themes(db, timeout: float = 10.0) -> list[str]:
    deadline = time.monotonic() + timeout
    themes: list[str] = []
    while time.monotonic() < deadline and not themes:
        try:
            with sqlite3.connect(db) as connection:
                themes = [row[0] for row in connection.execute("SELECT theme FROM theme_events")]
        except sqlite3.OperationalError:
            pass  # the table is created on the first write
        time.sleep(0.2)
    return themes
