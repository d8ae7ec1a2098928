"""`python -m actions.migrate`: bring the theme log to the newest schema, then replay the spool.

Run before the servers start (`make run`), so the action server begins with
the table in place and with any rows saved during an outage written.
"""
from __future__ import annotations

import sys

from actions.settings import settings_for_start
from actions.theme_db import upgrade_to_head
from actions.theme_store import ThemeStore


def main() -> int:
    settings = settings_for_start()
    revision = upgrade_to_head(settings.themes_db_url)
    store = ThemeStore.from_settings(settings)
    try:
        replayed = store.replay_spool()
    finally:
        store.close()
    print(f"Theme log schema at revision {revision}; {replayed} spooled rows replayed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
