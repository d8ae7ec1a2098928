"""Theme counts for clinics, by theme and area per week or month.

    python -m actions.report --from 2026-01-01 --to 2026-12-31 --by month [--csv out.csv] [--png out.png]

Small counts are hidden so that nobody can be singled out:

1. A count from 1 to 10 is shown as "<11". 0 and counts of 11 or more are shown as they are.
2. Every total (an area in a period, a whole period, a theme or an area over the
   whole range) is added up from the *shown* values only: a "<11" adds "1 to 10".
   A total with no hidden part is one exact number; a total with hidden parts is
   shown as the range it must lie in, e.g. "45-54" (a single hidden part on its
   own shows as "<11").

Rule 2 makes every printed figure a function of the shown cells alone: if a
hidden 3 were an 8 instead, not one character of the output (table, CSV or
chart) would change, so no total minus the visible cells can back a hidden
count out. Exact totals would need complementary suppression audited across
every row and column total, and rounded totals leak at the edges (a total
rounded to 60 over 45 visible proves the hidden cell is 10); ranges cannot.

The chart draws the same shown values: a hidden count is a gap in its line,
marked by a bar across the whole 1-10 band instead of a point.

The database does the counting (GROUP BY theme per period over the
(occurred_on, theme) index); a progress bar over the periods appears when the
range holds more than LARGE_TABLE_ROWS rows.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from tqdm import tqdm

from actions.settings import get_settings
from actions.theme_db import create_theme_engine, theme_events, upgrade_to_head
from actions.themes import THEME_CODES, area_of

SMALL_COUNT_MAX = 10
LARGE_TABLE_ROWS = 100_000
ALL = "all"
CSV_COLUMNS = ("period", "period_start", "period_end", "area", "theme", "count", "count_min", "count_max")
AREAS = tuple(dict.fromkeys(area_of(theme) for theme in THEME_CODES))


def themes_of(area: str) -> list[str]:
    return [theme for theme in THEME_CODES if area_of(theme) == area]


@dataclass(frozen=True)
class Shown:
    """A count as it may be published: exact (low == high) or the range it lies in."""

    low: int
    high: int

    @property
    def text(self) -> str:
        if self.low == self.high:
            return str(self.low)
        if (self.low, self.high) == (1, SMALL_COUNT_MAX):
            return f"<{SMALL_COUNT_MAX + 1}"
        return f"{self.low}-{self.high}"


def shown_count(count: int) -> Shown:
    if 1 <= count <= SMALL_COUNT_MAX:
        return Shown(1, SMALL_COUNT_MAX)
    return Shown(count, count)


def shown_total(parts: Iterable[Shown]) -> Shown:
    parts = list(parts)
    return Shown(sum(part.low for part in parts), sum(part.high for part in parts))


@dataclass(frozen=True)
class Period:
    label: str
    first: date
    last: date  # inclusive; the first and last periods are cut to the requested range


@dataclass(frozen=True)
class Row:
    period: Period | None  # None: the whole range
    area: str  # ALL: every area
    theme: str  # ALL: the area's (or every) theme
    shown: Shown


@dataclass(frozen=True)
class Report:
    """Only shown values: the raw counts never leave `build_report`."""

    periods: list[Period]
    cells: dict[tuple[str, str], Shown]  # (period label, theme) -> shown count

    def rows(self) -> Iterator[Row]:
        """Per period (then for the whole range): each theme, its area's total, then the grand total."""
        for period in [*self.periods, None]:
            area_totals = []
            for area in AREAS:
                theme_cells = []
                for theme in themes_of(area):
                    cell = self._cell(period, theme)
                    theme_cells.append(cell)
                    yield Row(period, area, theme, cell)
                area_totals.append(shown_total(theme_cells))
                yield Row(period, area, ALL, area_totals[-1])
            yield Row(period, ALL, ALL, shown_total(area_totals))

    def _cell(self, period: Period | None, theme: str) -> Shown:
        if period is None:
            return shown_total(self.cells[p.label, theme] for p in self.periods)
        return self.cells[period.label, theme]


def periods_between(first: date, last: date, by: str) -> list[Period]:
    periods = []
    start = first
    while start <= last:
        if by == "week":
            iso_year, iso_week, weekday = start.isocalendar()
            label = f"{iso_year}-W{iso_week:02d}"
            next_start = start + timedelta(days=8 - weekday)
        else:
            label = f"{start.year}-{start.month:02d}"
            next_start = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        periods.append(Period(label, start, min(next_start - timedelta(days=1), last)))
        start = next_start
    return periods


def build_report(engine: Engine, first: date, last: date, by: str) -> Report:
    periods = periods_between(first, last, by)
    in_range = theme_events.c.occurred_on.between(first, last)
    with engine.connect() as connection:
        total_rows = connection.execute(select(func.count()).where(in_range)).scalar_one()
        counts: dict[tuple[str, str], int] = {}
        for period in tqdm(
            periods, desc="Counting", unit="period", file=sys.stderr, disable=total_rows <= LARGE_TABLE_ROWS
        ):
            per_theme = connection.execute(
                select(theme_events.c.theme, func.count())
                .where(theme_events.c.occurred_on.between(period.first, period.last))
                .group_by(theme_events.c.theme)
            )
            counts.update({(period.label, theme): count for theme, count in per_theme})
    cells = {
        (period.label, theme): shown_count(counts.get((period.label, theme), 0))
        for period in periods
        for theme in THEME_CODES
    }
    return Report(periods, cells)


def write_csv(report: Report, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for row in report.rows():
            period = row.period
            writer.writerow([
                period.label if period else ALL,
                (period or report.periods[0]).first.isoformat(),
                (period or report.periods[-1]).last.isoformat(),
                row.area,
                row.theme,
                row.shown.text,
                row.shown.low,
                row.shown.high,
            ])


def write_png(report: Report, path: Path) -> None:
    # Imported here: the action server imports every module in actions/ and
    # has no use for matplotlib.
    from matplotlib.figure import Figure

    figure = Figure(figsize=(12, 3.2 * len(AREAS)), constrained_layout=True)
    axes = figure.subplots(len(AREAS), 1, sharex=True, squeeze=False)[:, 0]
    starts = [period.first for period in report.periods]
    # Hidden spans of different themes in one period sit side by side, not on top of each other.
    spread_days = 0.6 * max((period.last - period.first).days + 1 for period in report.periods)
    for ax, area in zip(axes, AREAS, strict=True):
        ax.axhspan(0, SMALL_COUNT_MAX, color="0.92", label=f"1 to {SMALL_COUNT_MAX}: hidden")
        drawn = [
            theme for theme in themes_of(area)
            if any(report.cells[period.label, theme].high for period in report.periods)
        ]
        for index, theme in enumerate(drawn):
            shown = [report.cells[period.label, theme] for period in report.periods]
            exact = [cell.low if cell.low == cell.high else float("nan") for cell in shown]
            [line] = ax.plot(starts, exact, marker="o", markersize=3, label=theme.split(".", 1)[1])
            # A hidden count is drawn as the span it lies in, never as a point.
            offset = timedelta(days=spread_days * ((index + 0.5) / len(drawn) - 0.5))
            hidden = [start + offset for start, cell in zip(starts, shown, strict=True) if cell.low != cell.high]
            ax.vlines(hidden, 1, SMALL_COUNT_MAX, color=line.get_color(), linewidth=2, alpha=0.6)
        ax.set_title(area)
        ax.set_ylabel("rows")
        ax.set_ylim(bottom=0)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small")
    first, last = report.periods[0].first, report.periods[-1].last
    figure.suptitle(f"Themes over time, {first} to {last} (counts from 1 to {SMALL_COUNT_MAX} hidden)")
    figure.savefig(path, dpi=100)


def format_table(report: Report) -> str:
    """Themes down, periods across, plus the whole range."""
    columns = [period.label for period in report.periods] + ["total"]
    by_key = {(row.period.label if row.period else "total", row.area, row.theme): row.shown for row in report.rows()}
    labels = []
    for area in AREAS:
        labels += [(area, theme, f"  {theme}") for theme in themes_of(area)]
        labels.append((area, ALL, f"{area} (all)"))
    labels.append((ALL, ALL, "all themes"))
    label_width = max(len(text) for *_, text in labels)
    widths = [max(len(column), *(len(by_key[column, a, t].text) for a, t, _ in labels)) for column in columns]
    lines = [" ".join([" " * label_width, *(c.rjust(w) for c, w in zip(columns, widths, strict=True))])]
    for area, theme, text in labels:
        cells = (by_key[column, area, theme].text.rjust(width) for column, width in zip(columns, widths, strict=True))
        lines.append(" ".join([text.ljust(label_width), *cells]))
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Theme counts per period, small counts hidden.")
    parser.add_argument("--from", dest="first", type=date.fromisoformat, required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=date.fromisoformat, required=True, help="last day, YYYY-MM-DD")
    parser.add_argument("--by", choices=("week", "month"), default="month")
    parser.add_argument("--csv", type=Path, help="also write the table as CSV here")
    parser.add_argument("--png", type=Path, help="also draw themes over time here")
    args = parser.parse_args(argv)
    if args.first > args.last:
        parser.error("--from must not be after --to")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    url = get_settings().themes_db_url
    upgrade_to_head(url)
    engine = create_theme_engine(url, statement_timeout_ms=None)
    try:
        report = build_report(engine, args.first, args.last, args.by)
    finally:
        engine.dispose()
    print(format_table(report))
    if args.csv:
        write_csv(report, args.csv)
        print(f"Wrote {args.csv}")
    if args.png:
        write_png(report, args.png)
        print(f"Wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
