"""The bot's database: the `theme_events` table (contract: ../shared/THEMES.md), the
`intake_outbox` of consented first-session notes (actions/outbox.py), and how to reach it.

Alembic (actions/migrations) owns the schema; the Core tables below mirror what
the migrations leave behind (a test compares the two) so that queries are
written against real columns. The database URL always comes from settings
(THEMES_DB_URL), never from alembic.ini.
"""
from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Connection, Engine, make_url

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")

# A theme row is written while a person waits for the bot's reply: an
# unreachable or stuck database must cost seconds, not minutes, before the row
# goes to the spool instead. (libpq will not wait less than 2 seconds.)
CONNECT_TIMEOUT_SECONDS = 2
STATEMENT_TIMEOUT_MS = 3000

metadata = MetaData()

theme_events = Table(
    "theme_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_key", Text, nullable=False),
    Column("channel", Text, nullable=False),
    Column("theme", Text, nullable=False),
    Column("occurred_on", Date, nullable=False),
    # Random per row (uuid4 hex, no user data): a spool replay interrupted by a
    # crash is simply replayed again, and this constraint drops the repeats.
    Column("event_id", String(32), nullable=False),
    UniqueConstraint("event_id", name="uq_theme_events_event_id"),
    Index("ix_theme_events_session_key", "session_key"),
    # Covers the report's per-period GROUP BY theme and the retention delete.
    Index("ix_theme_events_occurred_on_theme", "occurred_on", "theme"),
)


# One row per note a person agreed to send. `body` is the Fernet-encrypted JSON
# sent to the clinic, emptied (NULL) once the clinic acknowledges it. Times are
# naive UTC on both SQLite and PostgreSQL.
intake_outbox = Table(
    "intake_outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    # The code the person quotes when booking; unique, so a repeated "yes" queues nothing twice.
    Column("reference", String(16), nullable=False),
    Column("body", Text),
    # pending -> delivered, or pending -> expired once `expires_at` has passed.
    Column("status", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("next_attempt_at", DateTime, nullable=False),
    # A worker holds a note until then while it delivers it, so two workers never send it together.
    Column("claimed_until", DateTime),
    Column("attempts", Integer, nullable=False),
    # What went wrong last time (an HTTP status or an error class), never note content.
    Column("last_error", String(200)),
    Column("delivered_at", DateTime),
    UniqueConstraint("reference", name="uq_intake_outbox_reference"),
    Index("ix_intake_outbox_status_next_attempt_at", "status", "next_attempt_at"),
)


def create_theme_engine(url: str, statement_timeout_ms: int | None = STATEMENT_TIMEOUT_MS) -> Engine:
    """An engine for the theme log; `statement_timeout_ms=None` for long jobs (migrations, reports)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # SQLite has no statement timeout; `timeout` bounds the wait for a lock.
        engine = create_engine(
            parsed, future=True, hide_parameters=True, connect_args={"timeout": CONNECT_TIMEOUT_SECONDS}
        )

        @event.listens_for(engine, "connect")
        def overwrite_deleted_rows(dbapi_connection, _connection_record) -> None:
            # After "forget me", the deleted rows must not stay readable in the file's free pages.
            dbapi_connection.execute("PRAGMA secure_delete = ON")

        return engine
    if backend == "postgresql":
        engine = create_engine(
            parsed,
            future=True,
            # Never put row values (session keys) into exception messages or logs.
            hide_parameters=True,
            # After a database restart, pooled connections are dead: test before use.
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
        )
        if statement_timeout_ms is not None:
            # Set per connection rather than through libpq `options`, which a URL
            # may already use (for example to choose a schema with search_path).
            @event.listens_for(engine, "connect")
            def limit_statement_time(dbapi_connection, _connection_record) -> None:
                with dbapi_connection.cursor() as cursor:
                    cursor.execute(f"SET statement_timeout = {int(statement_timeout_ms)}")

        return engine
    raise ValueError(f"The theme log supports SQLite and PostgreSQL, not {backend!r} (THEMES_DB_URL).")


def alembic_config(connection: Connection) -> Config:
    """Alembic configuration that migrates through `connection` (never alembic.ini's URL)."""
    config = Config(str(ALEMBIC_INI))
    config.attributes["connection"] = connection
    return config


# Alembic's command API keeps module-level state, so two threads of one process
# (the theme store and the outbox in the action server) must not migrate at once.
_MIGRATION_LOCK = threading.Lock()


def upgrade_to_head(url: str) -> str:
    """Create or upgrade the database schema; returns the revision it is now at."""
    engine = create_theme_engine(url, statement_timeout_ms=None)
    try:
        with _MIGRATION_LOCK, engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
