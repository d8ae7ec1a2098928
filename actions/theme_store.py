"""The anonymous theme log: what a conversation was about, never what was said.

A row holds a keyed hash of the sender id (HMAC-SHA256 with THEMES_SECRET), the
channel name, a theme code from actions.themes and the UTC day; see
../shared/THEMES.md.

Nothing is lost while the database is down: rows (and forget requests) wait in
a local SQLite spool (THEMES_SPOOL_PATH) and are replayed in order before the
next successful write, or by `python -m actions.migrate` at start-up. Each row
carries a random `event_id` under a unique constraint, so a replay interrupted
by a crash can be repeated without writing anything twice.

Every method does blocking I/O and is safe to call from several threads; the
action server calls them through `asyncio.to_thread`. Log messages name the
error class only: SQL errors can carry row values.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from itertools import groupby
from pathlib import Path

from sqlalchemy import (
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from actions.settings import Settings
from actions.theme_db import create_theme_engine, theme_events, upgrade_to_head
from actions.themes import THEME_CODES

logger = logging.getLogger(__name__)

# Input channel names ("rest", "socketio", "telegram", ...): anything else is
# refused, so this column can never carry free text.
_CHANNEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")

_RECORD = "record"
_FORGET = "forget"
_REPLAY_BATCH = 1000

_spool_metadata = MetaData()
# Same columns as theme_events (plus what kind of write it is): no user data.
_spooled = Table(
    "spooled",
    _spool_metadata,
    Column("seq", Integer, primary_key=True),
    Column("kind", String(8), nullable=False),
    Column("session_key", Text, nullable=False),
    Column("event_id", String(32)),
    Column("channel", Text),
    Column("theme", Text),
    Column("occurred_on", Date),
    # AUTOINCREMENT: a sequence number is never reused, so replay order holds.
    sqlite_autoincrement=True,
)


class DeletionQueued(Exception):
    """The database was unreachable: the deletion waits in the spool and runs once it is back."""


def utc_today() -> date:
    return datetime.now(timezone.utc).date()


class ThemeStore:
    def __init__(
        self,
        db_url: str,
        secret: str,
        spool_path: Path,
        *,
        today: Callable[[], date] = utc_today,
        retry_after_seconds: float = 30.0,
    ) -> None:
        if not secret:
            raise ValueError("THEMES_SECRET is empty: the session key must be a keyed hash.")
        self._db_url = db_url
        self._secret = secret.encode()
        self._spool_path = Path(spool_path)
        self._today = today
        # After a failed attempt, writes go straight to the spool for a while so
        # that every reply does not wait out another connect timeout.
        self._retry_after_seconds = retry_after_seconds
        self._retry_at = 0.0
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._spool_engine: Engine | None = None
        self._schema_ready = False

    @classmethod
    def from_settings(cls, settings: Settings) -> ThemeStore:
        return cls(settings.themes_db_url, settings.themes_secret, settings.themes_spool_path,
                   retry_after_seconds=settings.themes_db_retry_seconds)

    def session_key(self, sender_id: str) -> str:
        return hmac.new(self._secret, sender_id.encode(), hashlib.sha256).hexdigest()

    def record(self, sender_id: str, channel: str, theme: str) -> None:
        """Log that this conversation touched `theme`: in the database, or in the spool if it is down."""
        if theme not in THEME_CODES:
            raise ValueError(f"{theme!r} is not a theme code of ../shared/THEMES.md")
        if not _CHANNEL_NAME.fullmatch(channel):
            raise ValueError("channel must be an input channel name (letters, digits, '_', '.', '-')")
        row = {
            "kind": _RECORD,
            "session_key": self.session_key(sender_id),
            "event_id": uuid.uuid4().hex,
            "channel": channel,
            "theme": theme,
            "occurred_on": self._today(),
        }
        with self._lock:
            if time.monotonic() >= self._retry_at:
                try:
                    self._write(lambda connection: _insert_events(connection, [row]))
                    return
                except Exception as error:  # whatever the database says, the row is kept
                    self._note_outage(error)
            self._spool([row])

    def forget(self, sender_id: str) -> int:
        """Delete every row of this sender, spooled or stored; returns how many.

        Raises DeletionQueued if the database is unreachable: the spooled rows
        are gone already and the rest is deleted as soon as it is back.
        """
        key = self.session_key(sender_id)
        with self._lock:
            from_spool = self._delete_from_spool(_spooled.c.session_key == key)
            try:
                from_database = self._write(
                    lambda connection: connection.execute(
                        delete(theme_events).where(theme_events.c.session_key == key)
                    ).rowcount
                )
            except Exception as error:
                self._note_outage(error)
                self._spool([{"kind": _FORGET, "session_key": key}])
                raise DeletionQueued() from None
            return from_spool + from_database

    def delete_older_than(self, days: int) -> int:
        """Retention: delete rows from before `days` days ago (spooled ones too); returns how many."""
        cutoff = self._today() - timedelta(days=days)
        with self._lock:
            from_spool = self._delete_from_spool(
                (_spooled.c.kind == _RECORD) & (_spooled.c.occurred_on < cutoff)
            )
            self._ensure_schema()
            with self._database().begin() as connection:
                from_database = connection.execute(
                    delete(theme_events).where(theme_events.c.occurred_on < cutoff)
                ).rowcount
            return from_spool + from_database

    def replay_spool(self) -> int:
        """Write everything waiting in the spool to the database, in order; returns rows written.

        Raises if the database is unreachable (the spool is left as it was).
        """
        with self._lock:
            self._ensure_schema()
            return self._replay()

    def spooled_count(self) -> int:
        """Rows and forget requests waiting for the database."""
        with self._lock, self._spool_database().connect() as spool:
            return spool.execute(select(func.count()).select_from(_spooled)).scalar_one()

    def close(self) -> None:
        """Close database connections (the store reopens them if used again)."""
        with self._lock:
            for engine in (self._engine, self._spool_engine):
                if engine is not None:
                    engine.dispose()
            self._engine = self._spool_engine = None

    # The methods below expect self._lock to be held.

    def _write(self, change: Callable[[Connection], int | None]) -> int | None:
        self._ensure_schema()
        replayed = self._replay()
        with self._database().begin() as connection:
            result = change(connection)
        if self._retry_at:
            logger.warning("Theme database reachable again; %d spooled rows replayed.", replayed)
            self._retry_at = 0.0
        return result

    def _note_outage(self, error: Exception) -> None:
        self._retry_at = time.monotonic() + self._retry_after_seconds
        logger.warning(
            "Theme database unavailable (%s); keeping theme rows in the local spool.", type(error).__name__
        )

    def _replay(self) -> int:
        replayed = 0
        while True:
            with self._spool_database().connect() as spool:
                batch = spool.execute(select(_spooled).order_by(_spooled.c.seq).limit(_REPLAY_BATCH)).all()
            if not batch:
                return replayed
            with self._database().begin() as connection:
                for kind, rows in groupby(batch, key=lambda row: row.kind):
                    rows = list(rows)
                    if kind == _RECORD:
                        _insert_events(connection, [row._asdict() for row in rows])
                        replayed += len(rows)
                    else:
                        keys = {row.session_key for row in rows}
                        connection.execute(delete(theme_events).where(theme_events.c.session_key.in_(keys)))
            # A crash before this line replays the batch again: event_id keeps it exactly once.
            with self._spool_database().begin() as spool:
                spool.execute(delete(_spooled).where(_spooled.c.seq <= batch[-1].seq))

    def _spool(self, rows: Iterable[dict]) -> None:
        with self._spool_database().begin() as spool:
            spool.execute(_spooled.insert(), list(rows))

    def _delete_from_spool(self, condition) -> int:
        with self._spool_database().begin() as spool:
            return spool.execute(delete(_spooled).where(condition)).rowcount

    def _ensure_schema(self) -> None:
        if not self._schema_ready:
            upgrade_to_head(self._db_url)
            self._schema_ready = True

    def _database(self) -> Engine:
        if self._engine is None:
            self._engine = create_theme_engine(self._db_url)
        return self._engine

    def _spool_database(self) -> Engine:
        if self._spool_engine is None:
            self._spool_engine = create_theme_engine(f"sqlite:///{self._spool_path}")
            _spool_metadata.create_all(self._spool_engine)
        return self._spool_engine


def _insert_events(connection: Connection, rows: list[dict]) -> None:
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(theme_events).on_conflict_do_nothing(index_elements=["event_id"])
    connection.execute(
        statement,
        [{column: row[column] for column in ("session_key", "event_id", "channel", "theme", "occurred_on")}
         for row in rows],
    )
