"""A marker typed through every channel must be found nowhere once the conversation is over.

The bot runs on the production profile (conversations in Redis with a short
TRACKER_EXPIRY_SECONDS, the theme log in the real PostgreSQL behind a proxy
that is stopped for a while, so rows also pass through the local spool). The
only place the marker may be is the live conversation in Redis: that is the
conversation itself, and it must be gone once it expires. Afterwards the logs,
the theme log, the spool, the outbox and every Redis key and value are searched.
"""
from __future__ import annotations

import json
import time
import uuid

import redis
import requests
from sqlalchemy import create_engine, inspect, text

from tests.actions.conftest import POSTGRES_URL, postgres_schema_url
from tests.actions.test_outbox_worker import wait_for
from tests.channels.telegram_stand_in import SECRET, text_update
from tests.faults.conftest import INTAKE_TOKEN, TRACKER_EXPIRY_SECONDS
from tests.faults.production import REDIS_LOCK_DB, REDIS_TRACKER_DB, forget_redis_keys
from tests.fuzz.test_public_endpoints import SocketIOPerson

MARKER = f"zebra-marker-{uuid.uuid4().hex}"
TELEGRAM_CHAT = 77_000_001
# Unique per run: the Redis update log remembers update ids for a day.
TELEGRAM_UPDATE_ID = uuid.uuid4().int % 2**52


def said(theme_words: str) -> str:
    return f"my name is {MARKER} and {theme_words}"


def redis_value(client: redis.Redis, key: bytes) -> bytes:
    """A key's value as plain bytes, whatever its type (DUMP would compress it)."""
    kind = client.type(key)
    if kind == b"string":
        return client.get(key) or b""
    if kind == b"hash":
        return b"".join(part for item in client.hgetall(key).items() for part in item)
    if kind == b"list":
        return b"".join(client.lrange(key, 0, -1))
    if kind in (b"set", b"zset"):
        return b"".join(client.smembers(key) if kind == b"set" else client.zrange(key, 0, -1))
    return b""


def redis_holds_marker() -> list[str]:
    """Every key in the test's Redis databases whose name or value contains the marker."""
    found = []
    for db in (REDIS_TRACKER_DB, REDIS_LOCK_DB):
        client = redis.Redis(port=6379, db=db)
        try:
            for key in client.scan_iter():
                if MARKER.encode() in key or MARKER.encode() in redis_value(client, key):
                    found.append(f"db {db}: {key!r}")
        finally:
            client.close()
    return found


def postgres_text(schema: str) -> tuple[int, str]:
    """The number of theme rows, and every row of every table in the schema as text."""
    engine = create_engine(postgres_schema_url(POSTGRES_URL, schema), future=True)
    try:
        with engine.connect() as connection:
            dump = []
            for table in inspect(connection).get_table_names():
                dump += [repr(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))]
            themes = connection.execute(text("SELECT count(*) FROM theme_events")).scalar_one()
        return themes, "\n".join(dump)
    finally:
        engine.dispose()


def test_a_typed_marker_is_found_nowhere_after_the_conversation(production):
    bot, bot_api, proxy = production.bot, production.bot_api, production.postgres_proxy
    senders = {name: f"marker-{name}-{uuid.uuid4().hex[:8]}" for name in ("rest", "intake", "spooled")}
    widget_session, socket_session = uuid.uuid4().hex, uuid.uuid4().hex
    try:
        # REST, intake, the widget's REST fallback, socket.io and Telegram, each on a theme.
        assert bot.say(senders["rest"], said("i'm scared the therapist will think i'm pathetic"))
        # Text that starts like a button's intent syntax, which Rasa logs word for word when it cannot parse it.
        for typed in (f"/ {MARKER} i can't do this", f"/{MARKER} hello", f'/greet{{"name": "x"}} {MARKER}'):
            assert bot.say(senders["rest"], typed)
        intake = requests.post(f"{bot.url}/webhooks/intake/webhook", timeout=60,
                               headers={"Authorization": f"Bearer {INTAKE_TOKEN}"},
                               json={"sender": senders["intake"], "message": said("how do i end therapy")})
        assert intake.status_code == 200 and intake.json()
        widget = requests.post(f"{bot.url}/widget/message", timeout=60, data=json.dumps(
            {"session_id": widget_session, "message": said("can i tell her to slow down")}))
        assert widget.status_code == 200 and widget.json()
        person = SocketIOPerson(bot.url)
        try:
            person.client.emit("session_request", {"session_id": socket_session})
            person.client.emit("user_uttered", {"session_id": socket_session,
                                                "message": said("i'm terrified i'll cry in the first session")})
            assert person.replies_to_one_message()
        finally:
            person.client.disconnect()
        update = text_update(TELEGRAM_CHAT, said("who else gets to read my therapist's notes?"),
                             update_id=TELEGRAM_UPDATE_ID)
        assert requests.post(f"{bot.url}/webhooks/telegram/webhook", json=update, timeout=30,
                             headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}).status_code == 200
        bot_api.wait_for_replies(TELEGRAM_CHAT, 1)

        # The theme database goes away for a while: rows wait in the spool.
        proxy.stop()
        try:
            assert bot.say(senders["spooled"], said("i want to end my life"))
            assert bot.say(senders["spooled"], said("what do you save from this chat"))
            spool = bot.workdir / "spool.db"
            wait_for(spool.exists, what="rows in the spool")
            assert MARKER.encode() not in spool.read_bytes()
        finally:
            proxy.start()
        time.sleep(1.5)  # THEMES_DB_RETRY_SECONDS
        assert bot.say(senders["rest"], said("my counsellor said something i disagree with"))

        # While the conversations are live, the marker is in Redis (so this search can find it)...
        assert redis_holds_marker(), "the live conversation should be in Redis"
        # ...and once they expire, nowhere.
        wait_for(lambda: not redis_holds_marker(), timeout=TRACKER_EXPIRY_SECONDS + 20,
                 what="the conversations to expire from Redis")
        themes, database = postgres_text(production.schema)
        assert themes >= 7, "the theme rows must have been written (and replayed) for this search to mean anything"
    finally:
        for sender in (*senders.values(), widget_session, socket_session, str(TELEGRAM_CHAT), str(TELEGRAM_UPDATE_ID)):
            forget_redis_keys(sender)

    assert MARKER not in database, "the marker reached the theme log or the outbox"
    logs = {path.name: path.read_bytes() for path in bot.workdir.iterdir() if path.is_file()}
    assert {"rasa.log", "actions.log", "spool.db"} <= set(logs)
    for name, content in logs.items():
        assert MARKER.encode() not in content, f"the marker was found in {name}"
