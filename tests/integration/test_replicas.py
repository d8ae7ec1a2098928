"""Two Rasa replicas on the production profile (endpoints.production.yml) share one conversation.

Both replicas and one action server are real processes; conversations and
locks live in the real Redis on 127.0.0.1:6379 (two databases of their own,
keys under a per-run prefix, only those keys are deleted afterwards) and the
theme log in a fresh PostgreSQL schema. A person whose messages land on
either replica, as behind a load balancer without sticky sessions, must get
the same conversation as on one server (the second replica runs two Sanic
workers, so a message may also land on either of its workers): the note form keeps every answer,
no turn is lost or handled twice, and the conversation leaves Redis after
TRACKER_EXPIRY_SECONDS.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from sqlalchemy import create_engine, text

from actions.theme_db import upgrade_to_head
from tests.actions.conftest import POSTGRES_URL, postgres_schema_url
from tests.servers import ROOT, Servers, free_port, server_env

# Databases no other test uses; keys carry a per-run prefix on top.
TRACKER_DB, LOCK_DB = 13, 14
EXPIRY_SECONDS = 120
SECRET = "integration-test-secret"

NOTE_CONVERSATION = [
    "/start_note",
    "someone who won't make me explain being bi",
    "/skip",
    "please don't push me on the stuff with my dad",
    "evenings only, i work days",
    "/skip",
    "/skip",
]


class Replicas:
    def __init__(self, first: Servers, second: Servers, prefix: str, themes_url: str):
        self.first, self.second = first, second
        self.prefix = prefix
        self.themes_url = themes_url
        self.redis = redis.Redis(host="127.0.0.1", port=6379, db=TRACKER_DB)

    def stored_tracker(self, sender: str) -> dict:
        """The conversation exactly as the replicas left it in Redis."""
        [key] = self.tracker_keys(sender)
        return json.loads(self.redis.get(key))

    def tracker_keys(self, sender: str) -> list[bytes]:
        return [key for key in self.redis.scan_iter(f"{self.prefix}*") if key.decode().endswith(sender)]


def delete_keys(prefix: str) -> None:
    for db in (TRACKER_DB, LOCK_DB):
        client = redis.Redis(host="127.0.0.1", port=6379, db=db)
        keys = list(client.scan_iter(f"{prefix}*"))
        if keys:
            client.delete(*keys)
        client.close()


@pytest.fixture(scope="module")
def replicas(tmp_path_factory):
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=2).ping()
    except redis.ConnectionError as error:
        pytest.fail(f"Redis is not reachable on 127.0.0.1:6379; the replica tests need it (they never skip): {error}")
    prefix = f"scaletest{uuid.uuid4().hex[:10]}"
    schema = f"replica_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, future=True)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    themes_url = postgres_schema_url(POSTGRES_URL, schema)
    upgrade_to_head(themes_url)

    workdir = tmp_path_factory.mktemp("replicas")
    action_port = free_port()
    common = dict(
        TEST_ENDPOINTS=str(ROOT / "endpoints.production.yml"),
        ACTION_PORT=str(action_port),
        REDIS_HOST="127.0.0.1", REDIS_PORT="6379",
        REDIS_TRACKER_DB=str(TRACKER_DB), REDIS_LOCK_DB=str(LOCK_DB), REDIS_KEY_PREFIX=prefix,
        TRACKER_EXPIRY_SECONDS=str(EXPIRY_SECONDS),
        THEMES_DB_URL=themes_url, THEMES_SECRET=SECRET,
    )
    servers = []
    # The second replica runs two Sanic workers, forked after the sentence encoder is loaded
    # (scripts/rasa_run.py), as the production profile deploys them on a 2-core host.
    for name, workers in (("first", "1"), ("second", "2")):
        folder = workdir / name
        folder.mkdir()
        port = free_port()
        servers.append(Servers(port, action_port, server_env(folder, RASA_PORT=str(port), SANIC_WORKERS=workers, **common),
                               folder))
    first, second = servers
    try:
        # Both replicas load the model at the same time, as after a rolling deploy.
        first.launch_actions()
        for replica in servers:
            replica.launch_rasa()
        first.wait_for_actions()
        for replica in servers:
            replica.wait_for_rasa()
        yield Replicas(first, second, prefix, themes_url)
    finally:
        for replica in servers:
            replica.stop_all()
        delete_keys(prefix)
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def user_texts(events: list[dict]) -> list[str]:
    return [event["text"] for event in events if event["event"] == "user"]


def bot_texts(events: list[dict]) -> list[str]:
    return [event["text"] for event in events if event["event"] == "bot"]


def last_slot_values(events: list[dict]) -> dict:
    return {event["name"]: event["value"] for event in events if event["event"] == "slot"}


def test_a_note_written_across_two_replicas_keeps_every_answer_and_every_turn_once(replicas):
    sender = f"replica-{uuid.uuid4().hex[:12]}"
    shown: list[str] = []
    for turn, message in enumerate(NOTE_CONVERSATION):
        replica = (replicas.first, replicas.second)[turn % 2]
        replies = replica.say(sender, message)
        assert replies, f"no reply to turn {turn} ({message!r})"
        shown.extend(reply["text"] for reply in replies if "text" in reply)

    # The note, shown by the first replica, holds the answers given on the second.
    note = shown[-1]
    for answer in ("someone who won't make me explain being bi", "please don't push me on the stuff with my dad",
                   "evenings only, i work days"):
        assert answer in note, f"the note lost {answer!r} between replicas:\n{note}"

    events = replicas.stored_tracker(sender)["events"]
    # One user event per message, in order: nothing lost, nothing handled twice.
    assert user_texts(events) == NOTE_CONVERSATION
    # What the person saw is exactly what the shared conversation recorded.
    assert bot_texts(events) == shown
    # One conversation, not one per replica.
    assert [event["name"] for event in events if event["event"] == "action"].count("action_session_start") == 1
    assert last_slot_values(events)["note_logistics"] == "evenings only, i work days"


def test_simultaneous_messages_of_one_person_on_both_replicas_are_handled_one_after_the_other(replicas):
    sender = f"replica-{uuid.uuid4().hex[:12]}"
    replicas.first.say(sender, "hi")
    start = threading.Barrier(2)

    def send(replica: Servers, message: str) -> list[dict]:
        start.wait()
        return replica.say(sender, message)

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(send, (replicas.first, replicas.second),
                                ("i'm scared the therapist will judge me", "how do i end therapy with someone")))
    assert all(results), "each simultaneous message deserves an answer"

    events = replicas.stored_tracker(sender)["events"]
    assert sorted(user_texts(events)) == sorted(
        ["hi", "i'm scared the therapist will judge me", "how do i end therapy with someone"]
    )
    # Both replies were saved: neither replica overwrote the other's turn.
    saved = bot_texts(events)
    for replies in results:
        assert all(reply["text"] in saved for reply in replies if "text" in reply)
    # The Redis lock per conversation serialises the turns: the second message
    # is read only once the first one's turn is finished (without the lock
    # both are handled at once, each blind to the other, and Rasa appends the
    # later-saved turn after the other with earlier timestamps).
    timestamps = [event["timestamp"] for event in events]
    assert timestamps == sorted(timestamps), "two turns of one conversation ran at the same time"
    turn_edges = ["user" if event["event"] == "user" else "listen" for event in events
                  if event["event"] == "user" or event.get("name") == "action_listen"]
    assert turn_edges == ["listen"] + ["user", "listen"] * 3


def test_a_conversation_expires_from_redis_after_the_configured_time(replicas):
    sender = f"replica-{uuid.uuid4().hex[:12]}"
    replicas.second.say(sender, "hi")
    [key] = replicas.tracker_keys(sender)
    assert 0 < replicas.redis.ttl(key) <= EXPIRY_SECONDS


def test_the_theme_log_of_a_replicated_conversation_is_in_postgresql(replicas):
    sender = f"replica-{uuid.uuid4().hex[:12]}"
    replicas.first.say(sender, "i'm scared the therapist will think i'm pathetic when i tell them what i did")
    replicas.second.say(sender, "i just really worry they'll look down on me")
    key = hmac.new(SECRET.encode(), sender.encode(), hashlib.sha256).hexdigest()
    engine = create_engine(replicas.themes_url, future=True)
    try:
        rows: list = []
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not rows:
            with engine.connect() as connection:
                rows = connection.execute(
                    text("SELECT theme, channel FROM theme_events WHERE session_key = :key"), {"key": key}
                ).all()
            time.sleep(0.2)
    finally:
        engine.dispose()
    # One row for the theme, although two replicas handled it.
    assert [tuple(row) for row in rows] == [("trust.judgment", "rest")]
