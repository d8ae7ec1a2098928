"""Rehearsal mode end to end, against the real Rasa and action servers (the `bot` fixture, logging at INFO).

Over REST, the widget's socket.io channel (buttons arrive as quick replies) and Telegram
(the Bot API stand-in; buttons become an inline keyboard), the
words a person practises never reach the logs or the theme log, a crisis mid-rehearsal
gets the crisis lines, and the committed transcripts in docs/rehearsal/ are what the
bot really says.
"""
from __future__ import annotations

import hashlib
import hmac
import random
import sqlite3
import uuid

import pytest

from scripts.rehearsal_transcripts import OUT_DIR, transcripts
from tests.channels.telegram_stand_in import button_update, post_update, text_update
from tests.channels.widget_socket import WidgetSocket, has_buttons

NEED = '/rehearse{"rehearsal_situation":"need"}'
FINISH = '/rehearse{"rehearsal_step":"finish"}'
AFTER_FEEDBACK = ["Try again", "See an example", "Finish and keep my words", "Leave practice"]


def titles(reply: dict) -> list[str]:
    return [button["title"] for button in reply.get("buttons") or []]


def test_committed_transcripts_are_what_the_bot_says_now(bot):
    fresh = transcripts(bot.say)
    assert sorted(fresh) == sorted(path.name for path in OUT_DIR.glob("*.md"))
    for name, markdown in fresh.items():
        assert (OUT_DIR / name).read_text() == markdown, (
            f"docs/rehearsal/{name} is out of date: run `.venv/bin/python -m scripts.rehearsal_transcripts`")


def test_a_rehearsal_over_rest_keeps_the_words_in_the_conversation_only(bot):
    sender = f"rest-{uuid.uuid4().hex}"
    marker = f"marmalade{uuid.uuid4().hex[:8]}"
    attempt = f"I need us to go slower when we talk about the {marker} years. Could you check in with me?"

    [ask] = bot.say(sender, NEED)
    assert titles(ask) == ["Show me an example first", "Leave practice"]
    in_role, feedback = bot.say(sender, attempt)
    assert in_role["text"].startswith("In practice mode, a good therapist might answer:")
    assert titles(feedback) == AFTER_FEEDBACK
    [kept] = bot.say(sender, FINISH)
    assert attempt in kept["text"]
    # Finished means forgotten: finishing again has nothing left to show.
    [again] = bot.say(sender, FINISH)
    assert marker not in again["text"]

    for log in (bot.rasa_log, bot.action_log):
        assert marker not in log.read_text(), f"the practised words reached {log.name}"
    db_path = bot.workdir / "themes.db"
    assert marker.encode() not in db_path.read_bytes()
    session_key = hmac.new(b"integration-test-secret", sender.encode(), hashlib.sha256).hexdigest()
    with sqlite3.connect(db_path) as connection:
        themes = [row[0] for row in connection.execute(
            "SELECT theme FROM theme_events WHERE session_key = ?", (session_key,))]
    assert themes == ["needs.general"]


def test_a_crisis_mid_rehearsal_gets_the_crisis_lines_not_feedback(bot):
    sender = f"rest-{uuid.uuid4().hex}"
    bot.say(sender, NEED)
    replies = bot.say(sender, "i cant do this anymore, i want to kill myself")
    text = " ".join(reply.get("text", "") for reply in replies)
    assert "988" in text and "are you safe" in text.lower()
    assert "practice mode" not in text.lower()
    assert titles(replies[-1]) == ["I'm safe right now", "I'm not safe"]


@pytest.fixture
def widget_client(bot):
    widget = WidgetSocket(bot)

    def say(text: str) -> tuple[str, list[str]]:
        """Every paragraph the bot sends (socket.io splits on blank lines) up to the one carrying the quick replies."""
        events = widget.say(text, has_buttons)
        quick_replies = next(event["quick_replies"] for event in events if event.get("quick_replies"))
        return "\n\n".join(event.get("text", "") for event in events), [reply["title"] for reply in quick_replies]

    yield say
    widget.close()


def test_a_rehearsal_round_trip_over_the_widget_socket_with_quick_replies(widget_client):
    _, offered = widget_client(NEED)
    assert offered == ["Show me an example first", "Leave practice"]
    said, offered = widget_client("you never listen to me")
    assert "In practice mode" in said
    assert "\"You always\" or \"you never\"" in said
    assert offered == AFTER_FEEDBACK
    said, offered = widget_client('/rehearse{"rehearsal_step":"leave"}')
    assert offered and "you never listen" not in said


def test_a_rehearsal_round_trip_on_telegram_with_an_inline_keyboard(telegram_bot, bot_api):
    chat = random.randint(7_000_000, 7_999_999)
    webhook = f"{telegram_bot.url}/webhooks/telegram/webhook"

    def send(update: dict, count: int) -> list:
        before = len(bot_api.sent_to(chat))
        assert post_update(webhook, update).status_code == 200
        return bot_api.wait_for_replies(chat, count, since=before, timeout=90)

    [ask] = send(button_update(chat, NEED), 1)
    assert ask.button_payloads == ['/rehearse{"rehearsal_step":"example"}', '/rehearse{"rehearsal_step":"leave"}']
    in_role, feedback = send(text_update(chat, "i need us to go slower with family stuff, can we?"), 2)
    assert in_role.body["text"].startswith("In practice mode")
    assert feedback.button_payloads == ["/rehearse", '/rehearse{"rehearsal_step":"example"}', FINISH,
                                        '/rehearse{"rehearsal_step":"leave"}']
    [kept] = send(button_update(chat, FINISH), 1)
    assert "i need us to go slower with family stuff, can we?" in kept.body["text"]
