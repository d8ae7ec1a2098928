"""A conversation in the website widget with Rasa on the production profile and two Sanic workers.

Rasa (endpoints.production.yml: conversations and locks in the real Redis on 127.0.0.1:6379,
keys under a per-run prefix, deleted afterwards) runs with SANIC_WORKERS=2 next to a real action
server, and a person writes a first-session note in the widget in headless Chromium. Sanic's
two workers accept connections from one shared socket, so any new connection may reach either;
a socket.io session lives in the memory of the worker that opened it. The person must see every
reply, in order, in one conversation that remembers each answer until the note shows them all.
"""
from __future__ import annotations

import json
import re
import uuid

import pytest
import redis

from tests.integration.test_replicas import LOCK_DB, TRACKER_DB, bot_texts, delete_keys, user_texts
from tests.servers import MODEL_PATH, ROOT, running_bot

# A person takes a while to write an answer: longer than Sanic keeps an idle connection open
# (KEEP_ALIVE_TIMEOUT, 5 s), so what the browser sends next goes over a new connection, which
# either worker may accept. Pressing a suggested reply is quicker.
WRITING_MS = 6000
# (how the person answers: "type" or "choose" a suggestion, the words,
#  what the bot's reply to it must show, the message Rasa receives)
NOTE = [
    ("type", "i want to write a note for my first session", "1 of 6", None),
    ("type", "someone who won't make me explain being bi", "2 of 6", None),
    ("choose", "Room to talk and explore", "3 of 6", "I'd like room to talk and explore"),
    ("type", "please don't push me on the stuff with my dad", "4 of 6", None),
    ("choose", "Evenings work best", "5 of 6", "Evening appointments work best for me"),
    ("choose", "Skip", "6 of 6", "/skip"),
    # The last answer: the note follows, holding every answer given on the turns before.
    ("choose", "Skip", "someone who won't make me explain being bi", "/skip"),
]
# This run's keys in Redis (databases of the replica tests, which use prefixes of their own).
PREFIX = f"widgetworkers{uuid.uuid4().hex[:10]}"
NOTE_ANSWERS = [
    "someone who won't make me explain being bi",
    "I'd like room to talk and explore",
    "please don't push me on the stuff with my dad",
    "Evening appointments work best for me",
]


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    """Rasa with two Sanic workers on the production profile, and its action server (the widget tabs' bot)."""
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=2).ping()
    except redis.ConnectionError as error:
        pytest.fail(f"Redis is not reachable on 127.0.0.1:6379; this test needs it (it never skips): {error}")
    try:
        with running_bot(
            tmp_path_factory.mktemp("widget-workers"),
            SANIC_WORKERS="2",
            TEST_ENDPOINTS=str(ROOT / "endpoints.production.yml"),
            REDIS_HOST="127.0.0.1", REDIS_PORT="6379",
            REDIS_TRACKER_DB=str(TRACKER_DB), REDIS_LOCK_DB=str(LOCK_DB), REDIS_KEY_PREFIX=PREFIX,
        ) as servers:
            yield servers
    finally:
        delete_keys(PREFIX)


def stored_events(sender: str) -> list[dict]:
    """The conversation's events exactly as the workers left them in Redis."""
    client = redis.Redis(host="127.0.0.1", port=6379, db=TRACKER_DB)
    try:
        [key] = [key for key in client.scan_iter(f"{PREFIX}*") if key.decode().endswith(sender)]
        return json.loads(client.get(key))["events"]
    finally:
        client.close()


def as_widget_shows(text: str) -> list[str]:
    """A bot message as the widget's bubbles: one per paragraph (web/widget.js, showBotMessage)."""
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


@pytest.mark.parametrize("websockets", ["open", "blocked"])
def test_a_multi_turn_widget_conversation_on_two_workers_loses_no_reply_and_keeps_its_session(
    new_tab, bot, websockets
):
    tab = new_tab()
    if websockets == "blocked":
        tab.block_socketio()  # a proxy or filter on the way: the REST fallback carries it all
    opened = []
    tab.page.on("websocket", lambda websocket: opened.append(websocket.url))
    tab.open_demo()
    tab.open_widget()
    tab.wait_for_greeting()

    for way, words, shown, _ in NOTE:
        before = tab.bot_messages.count()
        if way == "type":
            tab.page.wait_for_timeout(WRITING_MS)
            tab.say(words)
        else:
            tab.choose(words)
        reply = " ".join(tab.bot_messages.all_inner_texts()[before:])
        # This turn's own reply, not a late one of an earlier turn.
        assert shown in reply, f"after {words!r} the person saw:\n{reply}"

    note = reply
    for answer in NOTE_ANSWERS:
        assert answer in note, f"the note lost {answer!r} between turns:\n{note}"

    state = tab.stored_state()
    events = stored_events(state["sessionId"])
    # Every message reached the one conversation once, in order.
    assert user_texts(events) == ["/greet"] + [received or words for _, words, _, received in NOTE]
    # The widget shows exactly what the conversation recorded: no reply lost, doubled or reordered.
    assert [entry["text"] for entry in state["transcript"] if entry["from"] == "bot"] == [
        part for text in bot_texts(events) for part in as_widget_shows(text)
    ]
    assert [event["name"] for event in events if event["event"] == "action"].count("action_session_start") == 1
    if websockets == "open":
        assert tab.rest_posts == [], "socket.io carried the conversation, not the REST fallback"
        assert len(opened) == 1, f"the conversation kept one websocket, not {opened}"
    else:
        assert len(tab.rest_posts) == len(NOTE) + 1
