"""The theme log against real SQLite and PostgreSQL databases (contract: ../shared/THEMES.md)."""
from __future__ import annotations

import hashlib
import hmac
import shutil
import sqlite3
import time
from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select

from actions.theme_db import alembic_config, metadata, theme_events, upgrade_to_head
from actions.theme_store import DeletionQueued, ThemeStore
from tests.actions.conftest import POSTGRES_URL, REFUSING_URL, postgres_schema_url

SECRET = "store-test-secret"
TODAY = date(2026, 3, 14)


@pytest.fixture
def spool_path(tmp_path):
    return tmp_path / "spool.db"


@pytest.fixture
def open_store(db_url, spool_path):
    """Stores sharing one spool; `open_store(url=REFUSING_URL)` is the same deployment with its database down."""
    stores = []

    def open_(url=db_url, today=TODAY, **options):
        store = ThemeStore(url, SECRET, spool_path, today=lambda: today, **options)
        stores.append(store)
        return store

    yield open_
    for store in stores:
        store.close()


def stored_rows(url):
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return connection.execute(select(theme_events).order_by(theme_events.c.id)).all()
    finally:
        engine.dispose()


def key_of(sender):
    return hmac.new(SECRET.encode(), sender.encode(), hashlib.sha256).hexdigest()


def test_a_theme_is_recorded_under_a_keyed_hash_never_the_sender_id(db_url, open_store):
    open_store().record("maria.lopez@example.org", "telegram", "trust.judgment")

    [row] = stored_rows(db_url)
    assert row.session_key == key_of("maria.lopez@example.org")
    assert "maria" not in " ".join(str(value) for value in row)
    assert (row.channel, row.theme, row.occurred_on) == ("telegram", "trust.judgment", TODAY)
    assert len(row.event_id) == 32 and int(row.event_id, 16) >= 0


def test_the_session_key_changes_with_the_secret_and_is_stable_for_a_sender(spool_path):
    first = ThemeStore("sqlite://", "secret-one", spool_path)
    second = ThemeStore("sqlite://", "secret-two", spool_path)
    assert first.session_key("sender-1") == first.session_key("sender-1")
    assert first.session_key("sender-1") != second.session_key("sender-1")
    assert first.session_key("sender-1") != first.session_key("sender-2")
    with pytest.raises(ValueError, match="THEMES_SECRET"):
        ThemeStore("sqlite://", "", spool_path)


@pytest.mark.parametrize("theme", ["trust.unknown", "trust_judgment", "", "TRUST.JUDGMENT", "I feel judged"])
def test_a_theme_outside_the_contract_is_refused_and_nothing_is_written(db_url, open_store, theme):
    store = open_store()
    with pytest.raises(ValueError, match="theme code"):
        store.record("sender", "rest", theme)
    with pytest.raises(ValueError, match="channel"):
        store.record("sender", "my name is Maria", "trust.general")
    store.record("sender", "rest", "trust.general")  # creates the table, so the count below is real
    assert [row.theme for row in stored_rows(db_url)] == ["trust.general"]
    assert store.spooled_count() == 0


def test_forget_deletes_every_row_of_that_sender_and_only_those(db_url, open_store):
    store = open_store()
    for theme in ("trust.general", "needs.pace", "meta.forget"):
        store.record("leaving", "socketio", theme)
    store.record("staying", "socketio", "trust.general")

    assert store.forget("leaving") == 3
    assert [row.session_key for row in stored_rows(db_url)] == [key_of("staying")]
    assert store.forget("leaving") == 0


def test_forget_also_removes_that_senders_rows_waiting_in_the_spool(db_url, open_store):
    down = open_store(url=REFUSING_URL)
    down.record("leaving", "rest", "trust.general")
    down.record("leaving", "rest", "needs.pace")
    down.record("staying", "rest", "ending.ghosting")
    assert down.spooled_count() == 3

    up = open_store()
    assert up.forget("leaving") == 2
    assert up.spooled_count() == 0  # the forget wrote, so the other sender's row was replayed
    assert [(row.session_key, row.theme) for row in stored_rows(db_url)] == [(key_of("staying"), "ending.ghosting")]


def test_forget_while_the_database_is_down_is_queued_and_done_in_order_when_it_is_back(db_url, open_store):
    up = open_store()
    up.record("leaving", "rest", "trust.general")
    up.record("staying", "rest", "trust.general")

    down = open_store(url=REFUSING_URL)
    with pytest.raises(DeletionQueued):
        down.forget("leaving")
    # The same person carries on after the restart; that new row must survive the queued deletion.
    down.record("leaving", "rest", "needs.logistics")
    assert len(stored_rows(db_url)) == 2

    assert up.replay_spool() == 1
    assert [(row.session_key, row.theme) for row in stored_rows(db_url)] == [
        (key_of("staying"), "trust.general"),
        (key_of("leaving"), "needs.logistics"),
    ]


def test_retention_deletes_rows_older_than_the_limit_in_the_database_and_the_spool(db_url, open_store):
    open_store(today=date(2025, 1, 1)).record("a", "rest", "trust.general")  # 433 days before
    open_store(today=date(2025, 3, 14)).record("b", "rest", "trust.general")  # exactly 365 days before: kept
    open_store(today=date(2026, 3, 1)).record("c", "rest", "trust.general")
    open_store(url=REFUSING_URL, today=date(2024, 12, 1)).record("d", "rest", "needs.pace")
    open_store(url=REFUSING_URL, today=date(2026, 3, 13)).record("e", "rest", "needs.pace")

    store = open_store(today=TODAY)
    assert store.delete_older_than(365) == 2
    assert store.spooled_count() == 1
    store.replay_spool()
    assert sorted(row.occurred_on for row in stored_rows(db_url)) == [
        date(2025, 3, 14), date(2026, 3, 1), date(2026, 3, 13)
    ]


def test_migrations_build_the_contract_table_and_go_down_and_up_again(db_url):
    assert upgrade_to_head(db_url) == "0002"
    engine = create_engine(db_url, future=True)
    try:
        columns = {column["name"]: column for column in inspect(engine).get_columns("theme_events")}
        assert set(columns) == {"id", "session_key", "channel", "theme", "occurred_on", "event_id"}
        assert {name: columns[name]["type"].python_type for name in columns} == {
            "id": int, "session_key": str, "channel": str, "theme": str, "occurred_on": date, "event_id": str,
        }
        with engine.connect() as connection:
            # The Core table the code queries is exactly what the migrations built.
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []

        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert not inspect(engine).has_table("theme_events")
        with engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() is None

        assert upgrade_to_head(db_url) == "0002"
        assert inspect(engine).has_table("theme_events")
    finally:
        engine.dispose()


def test_200_conversations_during_an_outage_arrive_exactly_once_and_in_order(db_url, open_store, spool_path, tmp_path):
    senders = [f"conversation-{number:03d}" for number in range(200)]
    down = open_store(url=REFUSING_URL)
    for sender in senders:
        down.record(sender, "socketio", "ending.ghosting")
    assert down.spooled_count() == 200

    # Keep the spool as it is now: replaying it again is what a crash between
    # the database commit and the spool clean-up would do.
    shutil.copy(spool_path, tmp_path / "spool-before-replay.db")
    up = open_store()
    assert up.replay_spool() == 200
    up.close()
    shutil.copy(tmp_path / "spool-before-replay.db", spool_path)
    assert open_store().replay_spool() == 200

    rows = stored_rows(db_url)
    assert len(rows) == 200
    assert len({row.event_id for row in rows}) == 200
    assert [row.session_key for row in rows] == [key_of(sender) for sender in senders]
    assert open_store().spooled_count() == 0


def test_the_first_write_after_an_outage_replays_the_spool_before_itself(db_url, open_store):
    down = open_store(url=REFUSING_URL)
    down.record("early", "rest", "trust.general")
    down.record("early", "rest", "trust.vulnerability")

    up = open_store()
    up.record("later", "rest", "needs.pace")
    assert [row.theme for row in stored_rows(db_url)] == ["trust.general", "trust.vulnerability", "needs.pace"]
    assert up.spooled_count() == 0


def test_a_running_store_rides_out_a_postgresql_outage(postgres_schema, postgres_proxy, tmp_path):
    proxied = postgres_schema_url(POSTGRES_URL.replace(":5432", f":{postgres_proxy.port}"), postgres_schema)
    store = ThemeStore(proxied, SECRET, tmp_path / "spool.db", retry_after_seconds=0)
    try:
        store.record("before", "rest", "trust.general")
        postgres_proxy.stop()
        store.record("during", "rest", "trust.judgment")
        with pytest.raises(DeletionQueued):
            store.forget("before")
        assert store.spooled_count() == 2
        postgres_proxy.start()
        store.record("after", "rest", "needs.pace")
    finally:
        store.close()

    rows = stored_rows(postgres_schema_url(POSTGRES_URL, postgres_schema))
    assert [(row.session_key, row.theme) for row in rows] == [
        (key_of("during"), "trust.judgment"),
        (key_of("after"), "needs.pace"),
    ]


def test_after_a_failed_write_the_next_ones_go_straight_to_the_spool(sqlite_url, spool_path):
    store = ThemeStore(sqlite_url, SECRET, spool_path)
    upgrade_to_head(sqlite_url)
    locker = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    locker.execute("BEGIN EXCLUSIVE")  # another process holding the database: writes wait, then fail
    try:
        started = time.monotonic()
        store.record("first", "rest", "trust.general")
        first_took = time.monotonic() - started
        started = time.monotonic()
        store.record("second", "rest", "trust.general")
        second_took = time.monotonic() - started
    finally:
        locker.rollback()
        locker.close()
        store.close()
    assert first_took >= 1.5, "the first write should have waited for the lock"
    assert second_took < 0.5, "a reply must not wait out the timeout again during the same outage"
    assert store.spooled_count() == 2
