"""The intake outbox against real SQLite and PostgreSQL: encrypted at rest, retried, never lost, never doubled."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, select

from actions.outbox import CLAIM_SECONDS, DELIVERED, EXPIRED, PENDING, OutboxStore
from actions.theme_db import intake_outbox

KEY = Fernet.generate_key().decode()
NOTE = b'{"reference":"RC-7KQ2-M9","answers":[{"field":"about_me","text":"I would like a queer therapist"}]}'
START = datetime(2026, 3, 14, 9, 0)
WINDOW = timedelta(hours=72)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def open_store(db_url, clock):
    """Stores on one outbox; several of them are several workers (or a restarted one)."""
    stores = []

    def open_(keys=(KEY,), jitter=lambda low, high: high, first_delay_seconds=30):
        store = OutboxStore(db_url, keys, retry_window=WINDOW, first_delay_seconds=first_delay_seconds,
                            max_delay_seconds=3600, clock=clock, jitter=jitter)
        stores.append(store)
        return store

    yield open_
    for store in stores:
        store.close()


def rows(url):
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return connection.execute(select(intake_outbox).order_by(intake_outbox.c.id)).all()
    finally:
        engine.dispose()


def test_a_queued_note_is_encrypted_at_rest_from_the_first_moment(db_url, open_store):
    assert open_store().enqueue("RC-7KQ2-M9", NOTE)

    [row] = rows(db_url)
    assert (row.reference, row.status, row.attempts) == ("RC-7KQ2-M9", PENDING, 0)
    assert b"queer" not in row.body.encode() and "RC-7KQ2-M9" not in row.body
    assert Fernet(KEY).decrypt(row.body.encode()) == NOTE
    assert row.expires_at == START + WINDOW


def test_the_same_reference_is_queued_only_once(db_url, open_store):
    store = open_store()
    assert store.enqueue("RC-7KQ2-M9", NOTE)
    assert not store.enqueue("RC-7KQ2-M9", NOTE)
    assert len(rows(db_url)) == 1


def test_an_acknowledged_note_loses_its_body_and_leaves_only_a_receipt(db_url, open_store, clock):
    store = open_store()
    store.enqueue("RC-7KQ2-M9", NOTE)
    note = store.claim_next()
    assert (note.reference, note.body, note.attempts) == ("RC-7KQ2-M9", NOTE, 0)
    clock.advance(seconds=2)
    store.mark_delivered(note.id)

    [row] = rows(db_url)
    assert row.body is None
    assert (row.status, row.attempts, row.delivered_at) == (DELIVERED, 1, START + timedelta(seconds=2))
    assert store.claim_next() is None
    assert store.summary().delivered == 1


def test_failed_attempts_back_off_exponentially_with_jitter_up_to_the_maximum(db_url, open_store, clock):
    asked = []

    def jitter(low, high):
        asked.append((low, high))
        return low

    store = open_store(jitter=jitter)
    store.enqueue("RC-7KQ2-M9", NOTE)
    waits = []
    for _ in range(10):
        note = store.claim_next()
        assert store.mark_failed(note.id, "HTTP 503")
        due = rows(db_url)[0].next_attempt_at
        waits.append((due - clock.now).total_seconds())
        clock.advance(seconds=waits[-1] - 1)
        assert store.claim_next() is None, "a note must not be retried before its time"
        clock.advance(seconds=1)

    # Doubling from 30 s, capped at one hour, each drawn from the upper half of its delay.
    delays = [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    assert asked == [(delay / 2, delay) for delay in delays]
    assert waits == [delay / 2 for delay in delays]
    assert rows(db_url)[0].last_error == "HTTP 503"


def test_the_last_attempt_falls_at_the_end_of_the_window_then_the_note_is_kept_encrypted(db_url, open_store, clock):
    store = open_store(first_delay_seconds=3600)
    store.enqueue("RC-7KQ2-M9", NOTE)
    clock.advance(hours=71, minutes=50)
    note = store.claim_next()
    assert store.mark_failed(note.id, "ConnectionError")
    assert rows(db_url)[0].next_attempt_at == START + WINDOW  # not an hour later

    clock.now = START + WINDOW
    note = store.claim_next()
    assert not store.mark_failed(note.id, "HTTP 502")

    [row] = rows(db_url)
    assert row.status == EXPIRED
    assert Fernet(KEY).decrypt(row.body.encode()) == NOTE  # kept, and still encrypted
    clock.advance(days=30)
    assert store.claim_next() is None
    [expired] = store.summary().expired
    assert (expired.reference, expired.attempts, expired.last_error) == ("RC-7KQ2-M9", 2, "HTTP 502")


def test_expired_notes_can_be_given_a_new_window_once_the_receiver_is_fixed(db_url, open_store, clock):
    store = open_store()
    store.enqueue("RC-7KQ2-M9", NOTE)
    clock.now = START + WINDOW
    store.mark_failed(store.claim_next().id, "HTTP 404")
    clock.advance(days=3)

    assert store.retry_expired() == 1
    note = store.claim_next()
    assert note.body == NOTE
    assert rows(db_url)[0].expires_at == clock.now + WINDOW


def test_a_note_queued_before_a_restart_is_delivered_by_the_next_worker(db_url, open_store):
    before = open_store()
    before.enqueue("RC-7KQ2-M9", NOTE)
    before.close()
    assert open_store().claim_next().body == NOTE


def test_two_workers_never_take_the_same_note(db_url, open_store):
    writer = open_store()
    for number in range(30):
        writer.enqueue(f"RC-AAAA-{number:02d}", NOTE)
    workers = [open_store(), open_store()]
    taken: list[list[str]] = [[], []]

    def work(index):
        while (note := workers[index].claim_next()) is not None:
            taken[index].append(note.reference)

    threads = [threading.Thread(target=work, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(taken[0] + taken[1]) == sorted(f"RC-AAAA-{number:02d}" for number in range(30))


def test_a_note_held_by_a_worker_that_died_is_picked_up_when_its_claim_lapses(db_url, open_store, clock):
    open_store().enqueue("RC-7KQ2-M9", NOTE)
    assert open_store().claim_next() is not None  # this worker is killed before it reports back
    survivor = open_store()
    assert survivor.claim_next() is None
    clock.advance(seconds=CLAIM_SECONDS + 1)
    assert survivor.claim_next().reference == "RC-7KQ2-M9"


def test_a_rotated_key_still_opens_older_notes_and_a_missing_key_is_reported(db_url, open_store, clock):
    open_store().enqueue("RC-7KQ2-M9", NOTE)
    new_key = Fernet.generate_key().decode()

    assert open_store(keys=(new_key,)).claim_next() is None
    [row] = rows(db_url)
    assert (row.status, row.attempts) == (PENDING, 1)
    assert "INTAKE_NOTE_KEY" in row.last_error

    clock.advance(hours=1)
    assert open_store(keys=(new_key, KEY)).claim_next().body == NOTE


def test_delivery_receipts_are_deleted_once_the_retry_window_has_passed(db_url, open_store, clock):
    store = open_store()
    store.enqueue("RC-7KQ2-M9", NOTE)
    store.mark_delivered(store.claim_next().id)
    clock.advance(hours=71)
    assert store.purge_receipts() == 0
    clock.advance(hours=2)
    assert store.purge_receipts() == 1
    assert rows(db_url) == []
