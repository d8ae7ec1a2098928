"""Time the theme report on 1,000,000 rows: `.venv/bin/python -m scripts.bench_report [--rows N]`.

Builds a temporary SQLite theme log through the real migrations, bulk-loads
synthetic rows (random themes and days in 2026, a few rare themes so that
small counts get hidden), then times the weekly and monthly reports including
the CSV and the chart. The report must finish in under 10 seconds.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from actions.report import build_report, write_csv, write_png
from actions.theme_db import create_theme_engine, upgrade_to_head
from actions.themes import THEME_CODES

FIRST_DAY = date(2026, 1, 1)
CHUNK = 100_000


def synthetic_rows(count: int, seed: int = 7):
    generator = random.Random(seed)
    # Two themes are rare, so the report has small counts to hide.
    weights = [0.002 if theme in ("trust.likability", "ending.after") else 1.0 for theme in THEME_CODES]
    days = [(FIRST_DAY + timedelta(days=offset)).isoformat() for offset in range(365)]
    sessions = [f"{generator.getrandbits(256):064x}" for _ in range(min(count, 50_000))]
    return zip(
        (f"{number:032x}" for number in range(count)),
        generator.choices(sessions, k=count),
        generator.choices(("socketio", "telegram", "intake"), k=count),
        generator.choices(THEME_CODES, weights=weights, k=count),
        generator.choices(days, k=count),
        strict=True,
    )


def load(engine, count: int) -> None:
    rows = synthetic_rows(count)
    with engine.begin() as connection:
        # A throwaway file: no durability needed, and a page cache large enough
        # that the random session_key index does not thrash the disk.
        connection.exec_driver_sql("PRAGMA synchronous = OFF")
        connection.exec_driver_sql("PRAGMA cache_size = -262144")
        while chunk := [row for _, row in zip(range(CHUNK), rows, strict=False)]:
            connection.exec_driver_sql(
                "INSERT INTO theme_events (event_id, session_key, channel, theme, occurred_on) VALUES (?, ?, ?, ?, ?)",
                chunk,
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'themes.db'}"
        upgrade_to_head(url)
        engine = create_theme_engine(url, statement_timeout_ms=None)
        started = time.perf_counter()
        load(engine, args.rows)
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT count(*) FROM theme_events")).scalar_one()
        print(f"loaded {stored:,} rows in {time.perf_counter() - started:.1f} s")
        for by in ("week", "month"):
            started = time.perf_counter()
            report = build_report(engine, FIRST_DAY, date(2026, 12, 31), by)
            counted = time.perf_counter() - started
            write_csv(report, Path(folder) / f"report-{by}.csv")
            write_png(report, Path(folder) / f"report-{by}.png")
            total = time.perf_counter() - started
            print(f"report --by {by}: counted in {counted:.2f} s, with CSV and PNG {total:.2f} s")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
