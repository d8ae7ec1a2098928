"""The outbox worker as a real process delivering to a stand-in clinic on loopback.

The stand-in is docs/intake_receiver.py, so a note that arrives here also passes
the checks a clinic is told to make. Notes are queued the way action_send_note
queues them; every test runs against SQLite and the real PostgreSQL.
"""
from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
import requests
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, select

from actions.intake_note import NOTE_FIELDS, NoteEntry, note_body
from actions.outbox import DELIVERED, OutboxStore, utc_now
from actions.outbox_worker import sign
from actions.settings import load_settings
from actions.theme_db import intake_outbox
from tests.actions.conftest import REFUSING_URL
from tests.clinic_stand_in import ClinicStandIn, intake_receiver
from tests.servers import BIN, ROOT, server_env

SECRET = "clinic-signing-secret-for-the-delivery-tests"
ABOUT_ME = "I'm autistic and need things explained plainly"


@pytest.fixture
def clinic():
    stand_in = ClinicStandIn(SECRET)
    stand_in.start()
    yield stand_in
    stand_in.stop()


@pytest.fixture
def worker_env(tmp_path, db_url, clinic):
    # Backoff in tenths of a second, so a short outage sees several retries.
    return server_env(
        tmp_path,
        THEMES_DB_URL=db_url,
        INTAKE_DELIVERY_URL=clinic.url,
        INTAKE_SIGNING_SECRET=SECRET,
        INTAKE_RETRY_FIRST_DELAY_SECONDS="0.1",
        INTAKE_RETRY_MAX_DELAY_SECONDS="0.4",
        INTAKE_WORKER_POLL_SECONDS="0.2",
    )


@pytest.fixture
def outbox(worker_env):
    store = OutboxStore.from_settings(load_settings(env=worker_env))
    yield store
    store.close()


def queue_note(store: OutboxStore, reference: str) -> bytes:
    body = note_body(reference, [NoteEntry(NOTE_FIELDS[0], ABOUT_ME), NoteEntry(NOTE_FIELDS[2], "slowly please")])
    assert store.enqueue(reference, body)
    return body


def outbox_rows(url: str):
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return connection.execute(select(intake_outbox).order_by(intake_outbox.c.id)).all()
    finally:
        engine.dispose()


def run_module(module: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "python"), "-m", module, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def start_worker(env: dict, log_path) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "python"), "-m", "actions.outbox_worker"], cwd=ROOT, env=env,
                            stdout=log_path.open("ab"), stderr=subprocess.STDOUT)


def stop_worker(worker: subprocess.Popen) -> int:
    worker.send_signal(signal.SIGTERM)
    return worker.wait(timeout=20)


def wait_for(condition: Callable[[], bool], timeout: float = 30, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_consented_note_reaches_the_clinic_signed_and_then_its_body_is_deleted(
        db_url, worker_env, outbox, clinic):
    body = queue_note(outbox, "RC-7KQ2-M9")

    done = run_module("actions.outbox_worker", worker_env, "--once")
    assert done.returncode == 0, done.stderr
    assert "Delivered 1" in done.stdout

    [note] = clinic.accepted
    assert note["reference"] == "RC-7KQ2-M9"
    assert [(answer["label"], answer["text"]) for answer in note["answers"]] == [
        ("About me", ABOUT_ME), ("Pace and boundaries", "slowly please"),
    ]
    [request] = clinic.requests
    assert request.status == 200 and request.body == body
    timestamp = request.headers["X-Timestamp"]
    assert abs(int(timestamp) - time.time()) < 60
    assert request.headers["X-Signature"] == sign(SECRET, timestamp, body)

    [row] = outbox_rows(db_url)
    assert (row.status, row.body, row.attempts) == (DELIVERED, None, 1)
    assert ABOUT_ME not in done.stdout + done.stderr, "note content must never reach the logs"


def test_a_tampered_or_replayed_note_is_rejected_by_the_example_receiver(worker_env, outbox, clinic):
    queue_note(outbox, "RC-7KQ2-M9")
    assert run_module("actions.outbox_worker", worker_env, "--once").returncode == 0
    [genuine] = clinic.requests
    timestamp, signature = genuine.headers["X-Timestamp"], genuine.headers["X-Signature"]
    verified = intake_receiver.verified_note

    assert verified(genuine.body, timestamp, signature, SECRET)["reference"] == "RC-7KQ2-M9"
    tampered_signature = ("0" if signature[0] != "0" else "1") + signature[1:]
    tampered_body = genuine.body.replace(b"slowly please", b"quickly please")
    for body, sent_at, signed in [
        (genuine.body, timestamp, tampered_signature),
        (tampered_body, timestamp, signature),
        (genuine.body, str(int(timestamp) + 1), signature),  # a new timestamp needs a new signature
        (genuine.body, timestamp, sign("another-secret-of-forty-characters-xxxx", timestamp, genuine.body)),
        (genuine.body, None, signature),
    ]:
        with pytest.raises(intake_receiver.RejectedNote):
            verified(body, sent_at, signed, SECRET)
    # Replayed ten minutes later, even a perfectly signed request is refused.
    with pytest.raises(intake_receiver.RejectedNote, match="too old"):
        verified(genuine.body, timestamp, signature, SECRET, now=int(timestamp) + 600)

    # Over HTTP, the receiver answers 401 and stores nothing.
    response = requests.post(clinic.url, data=tampered_body, timeout=10,
                             headers={"X-Timestamp": timestamp, "X-Signature": signature})
    assert response.status_code == 401
    assert len(clinic.accepted) == 1


def test_a_clinic_down_for_a_while_gets_the_note_exactly_once_when_it_is_back(
        db_url, worker_env, outbox, clinic, tmp_path):
    clinic.stop()  # connections refused
    worker = start_worker(worker_env, tmp_path / "worker.log")
    try:
        queue_note(outbox, "RC-7KQ2-M9")
        wait_for(lambda: outbox_rows(db_url)[0].attempts >= 3, what="retries while the clinic is down")
        assert outbox_rows(db_url)[0].last_error == "ConnectionError"

        clinic.failing_with = 503  # back, but its backend is not ready yet
        clinic.start()
        wait_for(lambda: len(clinic.requests) >= 2, what="retries while the clinic answers 503")
        assert clinic.accepted == []

        clinic.failing_with = None
        wait_for(lambda: outbox_rows(db_url)[0].status == DELIVERED, what="delivery once the clinic is up")
        time.sleep(2)  # many poll intervals: time enough for a second delivery, if there were one
    finally:
        assert stop_worker(worker) == 0
    assert [note["reference"] for note in clinic.accepted] == ["RC-7KQ2-M9"]
    assert [request.status for request in clinic.requests].count(200) == 1
    assert ABOUT_ME not in (tmp_path / "worker.log").read_text()


def test_notes_waiting_when_the_worker_restarts_are_delivered_by_the_new_one(
        db_url, worker_env, outbox, clinic, tmp_path):
    clinic.stop()
    log = tmp_path / "worker.log"
    first = start_worker(worker_env, log)
    references = ["RC-AAAA-22", "RC-BBBB-33", "RC-CCCC-44"]
    try:
        for reference in references:
            queue_note(outbox, reference)
        wait_for(lambda: all(row.attempts >= 1 for row in outbox_rows(db_url)), what="a failed attempt per note")
    finally:
        assert stop_worker(first) == 0
    assert "Outbox worker stopped." in log.read_text()

    clinic.start()
    time.sleep(1)
    assert clinic.accepted == [], "nothing is delivered while no worker runs"
    second = start_worker(worker_env, log)
    try:
        wait_for(lambda: all(row.status == DELIVERED for row in outbox_rows(db_url)), what="delivery after restart")
    finally:
        assert stop_worker(second) == 0
    assert sorted(note["reference"] for note in clinic.accepted) == references
    assert all(row.body is None for row in outbox_rows(db_url))


def test_undelivered_notes_are_reported_by_reference_without_their_content(worker_env, outbox, clinic):
    settings = load_settings(env=worker_env)
    queue_note(outbox, "RC-7KQ2-M9")
    queue_note(outbox, "RC-WAIT-22")
    # The first note's last attempt fails just after its retry window closes (a wrong URL, say).
    window_later = OutboxStore.from_settings(
        settings, clock=lambda: utc_now() + timedelta(hours=settings.intake_retry_window_hours, seconds=1)
    )
    try:
        window_later.mark_failed(window_later.claim_next().id, "HTTP 404")
    finally:
        window_later.close()

    report = run_module("actions.outbox_report", worker_env)
    assert report.returncode == 1, report.stderr
    assert "waiting for delivery: 1" in report.stdout
    assert "NOT DELIVERED within the 72 h retry window: 1" in report.stdout
    assert "RC-7KQ2-M9" in report.stdout and "HTTP 404" in report.stdout
    assert ABOUT_ME not in report.stdout and "slowly" not in report.stdout

    # Once the receiver is fixed, the expired note is given a new window and delivered.
    assert run_module("actions.outbox_worker", worker_env, "--retry-expired").returncode == 0
    assert run_module("actions.outbox_worker", worker_env, "--once").returncode == 0
    assert sorted(note["reference"] for note in clinic.accepted) == ["RC-7KQ2-M9", "RC-WAIT-22"]
    after = run_module("actions.outbox_report", worker_env)
    assert after.returncode == 0
    assert "delivered in the last 72 h: 2" in after.stdout
    assert json.dumps(ABOUT_ME)[1:-1] not in after.stdout


def test_with_the_database_down_a_one_shot_run_says_so_and_fails(tmp_path, clinic):
    env = server_env(tmp_path, THEMES_DB_URL=REFUSING_URL, INTAKE_DELIVERY_URL=clinic.url,
                     INTAKE_SIGNING_SECRET=SECRET)
    done = run_module("actions.outbox_worker", env, "--once")
    assert done.returncode == 1
    assert "outbox database is unavailable (OperationalError)" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_worker_will_not_start_without_a_delivery_url(tmp_path, db_url):
    done = run_module("actions.outbox_worker", server_env(tmp_path, THEMES_DB_URL=db_url), "--once")
    assert done.returncode == 2
    assert "intake.delivery_url" in done.stderr


def test_outside_development_the_worker_refuses_plain_http_and_sends_nothing(tmp_path, clinic):
    url = f"sqlite:///{tmp_path / 'themes.db'}"
    development = server_env(tmp_path, THEMES_DB_URL=url, INTAKE_DELIVERY_URL=clinic.url, INTAKE_SIGNING_SECRET=SECRET,
                             INTAKE_NOTE_KEY=Fernet.generate_key().decode())
    store = OutboxStore.from_settings(load_settings(env=development))
    try:
        queue_note(store, "RC-7KQ2-M9")
    finally:
        store.close()
    # Everything else is ready for production: only the plain http address stops it.
    production = {**development, "APP_ENV": "production", "THEMES_SECRET": "a-real-long-random-secret-" + "z" * 20}
    done = run_module("actions.outbox_worker", production, "--once")
    assert done.returncode == 1
    assert "intake.delivery_url: plain http is only allowed to this machine in development" in done.stderr
    assert "Traceback" not in done.stderr
    assert clinic.requests == []


def readme_verifier() -> Callable[..., dict]:
    """The `verified_note` a clinic copies from the README's "For clinics" section."""
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## For clinics"):readme.index("<!-- --- end of for clinics")]
    [code] = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    return namespace["verified_note"]


def test_the_readme_verifier_accepts_a_genuine_note_and_rejects_forged_or_replayed_ones():
    verified = readme_verifier()
    body = note_body("RC-7KQ2-M9", [NoteEntry(NOTE_FIELDS[0], ABOUT_ME)])
    now = str(int(time.time()))
    assert verified(body, now, sign(SECRET, now, body), SECRET)["reference"] == "RC-7KQ2-M9"

    old = str(int(time.time()) - 600)
    for forged_body, timestamp, signature in [
        (body.replace(b"autistic", b"anxious"), now, sign(SECRET, now, body)),  # tampered body
        (body, now, sign("another-secret-of-forty-characters-xxxx", now, body)),  # wrong key
        (body, old, sign(SECRET, old, body)),  # a genuine request replayed ten minutes later
        (body, "", sign(SECRET, now, body)),  # no timestamp
        (body, now, ""),  # no signature
    ]:
        with pytest.raises(ValueError):
            verified(forged_body, timestamp, signature, SECRET)
