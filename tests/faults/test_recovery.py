"""Faults with real processes: the action server killed, PostgreSQL and Redis unreachable, the clinic
not answering. The person always gets an answer (crisis lines always), nothing is lost once the fault
is over, and the log tells an operator what happened in words they can act on."""
from __future__ import annotations

import hashlib
import hmac
import json
import signal
import time
import uuid

import redis
import requests
from sqlalchemy import create_engine, text

from actions.outbox import DELIVERED, OutboxStore
from actions.settings import load_settings
from tests.actions.conftest import POSTGRES_URL, postgres_schema_url
from tests.actions.test_outbox_worker import (
    SECRET,
    outbox_rows,
    queue_note,
    start_worker,
    stop_worker,
    wait_for,
)
from tests.clinic_stand_in import ClinicStandIn
from tests.faults.conftest import INTAKE_TOKEN, TRACKER_EXPIRY_SECONDS
from tests.faults.production import REDIS_TRACKER_DB, forget_redis_keys
from tests.servers import server_env

CRISIS = "i have pills saved up and i'm going to take them all tonight"
THEMED = {
    "trust.judgment": "i'm scared the therapist will think i'm pathetic when i tell them what i did",
    "needs.pace": "there's stuff about my past i'm not ready to go into yet, can i tell her to slow down",
    "ending.how_to_end": "how do i tell my therapist i don't want to continue with her",
    "trust.vulnerability": "I'm terrified I'll start crying in the first session and won't be able to stop",
}


def texts(replies: list[dict]) -> str:
    return " ".join(reply.get("text", "") for reply in replies)


def assert_answered(replies: list[dict]) -> None:
    assert replies and all(reply.get("text") or reply.get("buttons") for reply in replies), replies


def assert_crisis_lines(replies: list[dict]) -> None:
    assert "988" in texts(replies) and "911" in texts(replies), replies


def postgres_rows(schema: str) -> list[tuple]:
    engine = create_engine(postgres_schema_url(POSTGRES_URL, schema), future=True)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT session_key, theme FROM theme_events ORDER BY id")).all()
    finally:
        engine.dispose()


def session_key(sender: str) -> str:
    return hmac.new(b"integration-test-secret", sender.encode(), hashlib.sha256).hexdigest()  # tests/servers.py


def test_the_action_server_killed_mid_conversation_and_restarted(production):
    bot = production.bot
    person = f"killed-{uuid.uuid4().hex[:10]}"
    assert_answered(bot.say(person, "hi"))
    assert_answered(bot.say(person, THEMED["trust.judgment"]))

    bot.actions.send_signal(signal.SIGKILL)  # no goodbye: a crash or an OOM kill
    bot.actions.wait(timeout=10)
    bot.actions = None
    try:
        # Every message still gets an answer from the domain's responses; the crisis lines always.
        assert_answered(bot.say(person, THEMED["needs.pace"]))
        assert_crisis_lines(bot.say(person, CRISIS))
        assert_answered(bot.say(f"new-{person}", "hello"))
    finally:
        bot.start_actions()
    assert_answered(bot.say(person, THEMED["ending.how_to_end"]))
    log = bot.rasa_log.read_text(errors="replace")
    assert "Couldn't connect to the server" in log, "the operator must be told the action server is unreachable"
    assert CRISIS not in log


def test_postgresql_unreachable_then_back_loses_no_theme_row(production):
    bot, schema = production.bot, production.schema
    proxy = production.postgres_proxy
    before, during, after = (f"pg-{name}-{uuid.uuid4().hex[:8]}" for name in ("before", "during", "after"))
    bot.say(before, THEMED["trust.judgment"])
    wait_for(lambda: len(postgres_rows(schema)) >= 1, what="the first row in PostgreSQL")
    rows_before_outage = len(postgres_rows(schema))

    proxy.stop()
    try:
        assert_answered(bot.say(during, THEMED["needs.pace"]))
        assert_crisis_lines(bot.say(during, CRISIS))
        assert_answered(bot.say(during, THEMED["trust.vulnerability"]))
        spool = bot.workdir / "spool.db"
        wait_for(lambda: spool.exists(), what="theme rows kept in the local spool")
    finally:
        proxy.start()
    time.sleep(1.5)  # THEMES_DB_RETRY_SECONDS: the store tries the database again after this
    bot.say(after, THEMED["ending.how_to_end"])

    def themes_of(sender: str) -> list[str]:
        return [theme for key, theme in postgres_rows(schema) if key == session_key(sender)]

    wait_for(lambda: themes_of(after), what="the row written after the outage")
    assert sorted(themes_of(during)) == sorted(["needs.pace", "safety.crisis", "trust.vulnerability"])
    assert themes_of(before) == ["trust.judgment"] and themes_of(after) == ["ending.how_to_end"]
    assert len(postgres_rows(schema)) == rows_before_outage + 4, "each row exactly once"
    log = bot.action_log.read_text(errors="replace")
    assert "Theme database unavailable (OperationalError); keeping theme rows in the local spool." in log
    assert "Theme database reachable again; 3 spooled rows replayed." in log


class SlowClinic(ClinicStandIn):
    """A clinic whose backend stores the note but answers only after `delay` seconds (a hung gateway)."""

    delay = 0.0

    def _store(self, note: dict) -> None:
        time.sleep(self.delay)
        super()._store(note)


def test_a_clinic_that_stops_answering_gets_the_note_once_it_answers_again(tmp_path):
    clinic = SlowClinic(SECRET)
    clinic.delay = 3.0  # longer than the worker waits for an answer
    clinic.start()
    env = server_env(tmp_path, INTAKE_DELIVERY_URL=clinic.url, INTAKE_SIGNING_SECRET=SECRET,
                     INTAKE_DELIVERY_TIMEOUT_SECONDS="1", INTAKE_RETRY_FIRST_DELAY_SECONDS="0.2",
                     INTAKE_RETRY_MAX_DELAY_SECONDS="0.5", INTAKE_WORKER_POLL_SECONDS="0.2")
    db_url = env["THEMES_DB_URL"]
    outbox = OutboxStore.from_settings(load_settings(env=env))
    worker = start_worker(env, tmp_path / "worker.log")
    try:
        queue_note(outbox, "RC-7KQ3-T9")
        wait_for(lambda: outbox_rows(db_url)[0].attempts >= 2, what="retries while the clinic hangs")
        assert outbox_rows(db_url)[0].status != DELIVERED
        assert outbox_rows(db_url)[0].last_error == "ReadTimeout"

        clinic.delay = 0.0
        wait_for(lambda: outbox_rows(db_url)[0].status == DELIVERED, what="delivery once the clinic answers")
    finally:
        assert stop_worker(worker) == 0
        outbox.close()
        clinic.stop()
    # A hung request may still have been stored late: the clinic keeps one note per reference
    # (docs/clinics.md), and it has this one.
    assert {note["reference"] for note in clinic.accepted} == {"RC-7KQ3-T9"}
    assert outbox_rows(db_url)[0].body is None, "once acknowledged, the bot's copy is gone"
    log = (tmp_path / "worker.log").read_text()
    assert "Note RC-7KQ3-T9 not delivered (ReadTimeout); it will be retried." in log
    assert "Note RC-7KQ3-T9 delivered" in log
    assert "autistic" not in log


def tracker_in_redis(person: str) -> tuple[dict, int]:
    client = redis.Redis(port=6379, db=REDIS_TRACKER_DB)
    try:
        key = f"companion:tracker:{person}"
        return json.loads(client.get(key)), client.ttl(key)
    finally:
        client.close()


def test_redis_unreachable_then_back_on_the_production_profile(production):
    bot, proxy = production.bot, production.redis_proxy
    person = f"redis-fault-{uuid.uuid4().hex[:10]}"
    try:
        assert_answered(bot.say(person, "hi"))
        assert_answered(bot.say(person, THEMED["trust.judgment"]))

        proxy.stop()
        try:
            # No conversation state to read or lock: the person is told, with the crisis lines.
            during = bot.say(person, CRISIS)
            assert "something went wrong on my side" in texts(during)
            assert_crisis_lines(during)
            assert "something went wrong on my side" in texts(bot.say(f"new-{person}", "hello"))
            # The clinic's intake channel answers the same way (it used to be a bare JSON 500).
            intake = requests.post(f"{bot.url}/webhooks/intake/webhook", timeout=60,
                                   headers={"Authorization": f"Bearer {INTAKE_TOKEN}"},
                                   json={"sender": f"intake-{person}", "message": CRISIS,
                                         "metadata": {"region": "UK"}})
            assert intake.status_code == 200, intake.text
            assert "something went wrong on my side" in texts(intake.json())
            assert "116 123" in texts(intake.json()), "the region the clinic sent picks the lines"
        finally:
            proxy.start()
        after = bot.say(person, THEMED["needs.pace"])
        assert_answered(after)
        assert "something went wrong" not in texts(after)
        tracker, ttl = tracker_in_redis(person)
    finally:
        forget_redis_keys(person)
    # The conversation from before the outage carries on: nothing of it was lost.
    said = [event["text"] for event in tracker["events"] if event["event"] == "user"]
    assert said == ["hi", THEMED["trust.judgment"], THEMED["needs.pace"]]
    assert 0 < ttl <= TRACKER_EXPIRY_SECONDS, "the live conversation in Redis must expire"
    log = bot.rasa_log.read_text(errors="replace")
    assert "Could not answer a rest message (" in log and "sent the apology with crisis lines" in log
    assert "Could not answer an intake message (" in log
    assert CRISIS not in log, "what the person wrote must not reach the log, even when handling fails"
