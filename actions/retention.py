"""`python -m actions.retention`: delete theme rows older than THEMES_RETENTION_DAYS (default 365).

Meant for a daily cron job. A row from exactly that many days ago is kept;
rows still waiting in the spool are held to the same limit.
"""
from __future__ import annotations

import sys

from actions.settings import get_settings
from actions.theme_store import ThemeStore


def main() -> int:
    settings = get_settings()
    days = settings.themes_retention_days
    store = ThemeStore.from_settings(settings)
    try:
        deleted = store.delete_older_than(days)
    finally:
        store.close()
    print(f"Deleted {deleted} theme rows older than {days} days.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
