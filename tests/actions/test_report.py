"""The clinic report: small counts hidden, totals that cannot reveal them, CSV and chart."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert

from actions.report import (
    CSV_COLUMNS,
    LARGE_TABLE_ROWS,
    Period,
    build_report,
    format_table,
    periods_between,
    write_csv,
)
from actions.theme_db import create_theme_engine, theme_events, upgrade_to_head
from actions.themes import THEME_CODES

ROOT = Path(__file__).resolve().parents[2]
JAN, FEB = date(2026, 1, 10), date(2026, 2, 10)


def fill(url, counts):
    """Write `counts[(day, theme)]` rows straight into a migrated theme log."""
    upgrade_to_head(url)
    rows = [
        {"session_key": uuid.uuid4().hex * 2, "channel": "socketio", "theme": theme, "occurred_on": day,
         "event_id": uuid.uuid4().hex}
        for (day, theme), count in counts.items()
        for _ in range(count)
    ]
    engine = create_theme_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(insert(theme_events), rows)
    finally:
        engine.dispose()


def report_of(url, first=date(2026, 1, 1), last=date(2026, 2, 28), by="month"):
    engine = create_theme_engine(url)
    try:
        return build_report(engine, first, last, by)
    finally:
        engine.dispose()


def csv_rows(report, tmp_path):
    path = tmp_path / f"{uuid.uuid4().hex}.csv"
    write_csv(report, path)
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def shown(rows, period, theme, area=None):
    [row] = [r for r in rows if r["period"] == period and r["theme"] == theme and (area is None or r["area"] == area)]
    return row["count"]


COUNTS = {
    (JAN, "trust.general"): 57,
    (JAN, "trust.judgment"): 10,
    (JAN, "trust.trauma"): 1,
    (JAN, "needs.pace"): 11,
    (FEB, "trust.general"): 3,
    (FEB, "meta.handoff"): 40,
}


def test_counts_from_1_to_10_are_never_shown(db_url, tmp_path):
    fill(db_url, COUNTS)
    report = report_of(db_url)
    rows = csv_rows(report, tmp_path)

    assert shown(rows, "2026-01", "trust.general") == "57"
    assert shown(rows, "2026-01", "needs.pace") == "11"
    assert shown(rows, "2026-01", "trust.judgment") == "<11"
    assert shown(rows, "2026-01", "trust.trauma") == "<11"
    assert shown(rows, "2026-02", "trust.general") == "<11"
    assert shown(rows, "2026-02", "trust.trauma") == "0"
    for row in rows:
        if row["count"].isdigit():
            assert not 1 <= int(row["count"]) <= 10, row
        if row["count_min"] != row["count_max"]:
            assert row["count"] == "<11" or "-" in row["count"], row
    for text in format_table(report).split():
        assert not (text.isdigit() and 1 <= int(text) <= 10), text


def test_totals_are_ranges_that_no_subtraction_can_narrow_to_a_hidden_count(sqlite_url, tmp_path):
    fill(sqlite_url, COUNTS)
    rows = csv_rows(report_of(sqlite_url), tmp_path)
    # 57 shown plus two hidden cells of 1 to 10 each.
    assert shown(rows, "2026-01", "all", area="trust") == "59-77"
    assert shown(rows, "2026-01", "all", area="needs") == "11"
    assert shown(rows, "2026-01", "all", area="all") == "70-88"
    assert shown(rows, "all", "trust.general") == "58-67"


@pytest.mark.parametrize("hidden", [1, 4, 10])
def test_a_hidden_count_changes_nothing_in_the_output(tmp_path, hidden):
    """The strongest form of "totals cannot back out a cell": every figure is the same whatever it is."""
    outputs = []
    for value in (hidden, 7):
        url = f"sqlite:///{tmp_path / f'themes-{value}.db'}"
        fill(url, {**COUNTS, (JAN, "trust.trauma"): value})
        report = report_of(url)
        csv_path = tmp_path / f"report-{value}.csv"
        write_csv(report, csv_path)
        outputs.append((csv_path.read_bytes(), format_table(report)))
    assert outputs[0] == outputs[1]


def test_weeks_and_months_follow_the_calendar_cut_to_the_range():
    assert periods_between(date(2026, 1, 1), date(2026, 1, 14), "week") == [
        Period("2026-W01", date(2026, 1, 1), date(2026, 1, 4)),
        Period("2026-W02", date(2026, 1, 5), date(2026, 1, 11)),
        Period("2026-W03", date(2026, 1, 12), date(2026, 1, 14)),
    ]
    assert periods_between(date(2025, 12, 15), date(2026, 2, 3), "month") == [
        Period("2025-12", date(2025, 12, 15), date(2025, 12, 31)),
        Period("2026-01", date(2026, 1, 1), date(2026, 1, 31)),
        Period("2026-02", date(2026, 2, 1), date(2026, 2, 3)),
    ]


def test_rows_are_counted_in_their_own_week_and_outside_the_range_not_at_all(sqlite_url, tmp_path):
    fill(sqlite_url, {
        (date(2026, 1, 4), "needs.pace"): 12,  # Sunday: week 1
        (date(2026, 1, 5), "needs.pace"): 13,  # Monday: week 2
        (date(2026, 1, 15), "needs.pace"): 14,  # after the range
    })
    rows = csv_rows(report_of(sqlite_url, date(2026, 1, 1), date(2026, 1, 14), "week"), tmp_path)
    assert [shown(rows, week, "needs.pace") for week in ("2026-W01", "2026-W02", "2026-W03", "all")] == [
        "12", "13", "0", "25"
    ]


def test_the_command_writes_the_table_csv_and_chart(sqlite_url, tmp_path):
    fill(sqlite_url, COUNTS)
    env = {**os.environ, "THEMES_DB_URL": sqlite_url, "THEMES_SPOOL_PATH": str(tmp_path / "spool.db")}
    result = subprocess.run(
        [sys.executable, "-m", "actions.report", "--from", "2026-01-01", "--to", "2026-02-28", "--by", "week",
         "--csv", str(tmp_path / "out.csv"), "--png", str(tmp_path / "out.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "2026-W02" in result.stdout and "trust.general" in result.stdout

    with (tmp_path / "out.csv").open(newline="") as handle:
        reader = csv.reader(handle)
        assert tuple(next(reader)) == CSV_COLUMNS
        body = list(reader)
    weeks, areas = 9, 5
    assert len(body) == (weeks + 1) * (len(THEME_CODES) + areas + 1)
    png = (tmp_path / "out.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000


def test_a_reversed_range_is_refused_with_a_clear_message(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "actions.report", "--from", "2026-03-01", "--to", "2026-01-01"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "--from must not be after --to" in result.stderr


def test_a_large_table_shows_a_progress_bar_and_a_small_one_does_not(sqlite_url, capsys):
    upgrade_to_head(sqlite_url)
    engine = create_theme_engine(sqlite_url)
    try:
        build_report(engine, date(2026, 1, 1), date(2026, 3, 31), "month")
        assert "Counting" not in capsys.readouterr().err

        rows = [(f"{n:032x}", "k" * 64, "rest", THEME_CODES[n % 29], "2026-02-01") for n in range(LARGE_TABLE_ROWS + 1)]
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO theme_events (event_id, session_key, channel, theme, occurred_on) VALUES (?, ?, ?, ?, ?)",
                rows,
            )
        report = build_report(engine, date(2026, 1, 1), date(2026, 3, 31), "month")
    finally:
        engine.dispose()
    assert "Counting" in capsys.readouterr().err
    assert report.cells["2026-02", "trust.general"].text == str(len(range(0, LARGE_TABLE_ROWS + 1, 29)))
