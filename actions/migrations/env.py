"""Alembic environment for the theme log.

`actions.theme_db.upgrade_to_head` hands over an open connection; the alembic
command line gets its URL from settings. The action server calls this in its
own process, so it leaves logging configuration alone.
"""
from __future__ import annotations

from alembic import context

from actions.settings import get_settings
from actions.theme_db import create_theme_engine, metadata

config = context.config


def run_migrations(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    # `alembic upgrade head --sql`: print the SQL for a database administrator.
    context.configure(url=get_settings().themes_db_url, target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif "connection" in config.attributes:
    run_migrations(config.attributes["connection"])
else:
    engine = create_theme_engine(get_settings().themes_db_url, statement_timeout_ms=None)
    try:
        with engine.begin() as connection:
            run_migrations(connection)
    finally:
        engine.dispose()
