"""`python -m actions.outbox_report`: how the delivery of first-session notes is going.

Shows how many notes wait for delivery, how many were delivered recently, and
every note the clinic never acknowledged within the retry window (by reference
code, with its attempts and last error). Note bodies are never printed: they
stay encrypted in the outbox.

Exits with 1 when a note needs attention (its retry window closed) and 2 when
the database cannot be reached, so a monitoring job can alert on either; 0 otherwise.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError

from actions.outbox import OutboxStore, OutboxSummary, utc_now
from actions.settings import settings_for_start


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def render(summary: OutboxSummary, retry_window_hours: int, now: datetime) -> str:
    lines = ["Intake outbox: consented first-session notes"]
    if summary.pending:
        waited = now - summary.oldest_pending_at
        hours = waited.total_seconds() / 3600
        lines.append(
            f"  waiting for delivery: {summary.pending} (oldest queued {_when(summary.oldest_pending_at)}, "
            f"{hours:.1f} h ago; retried for up to {retry_window_hours} h)"
        )
    else:
        lines.append("  waiting for delivery: 0")
    lines.append(f"  delivered in the last {retry_window_hours} h: {summary.delivered}")
    if not summary.expired:
        lines.append("  not delivered within the retry window: 0")
        return "\n".join(lines)
    lines.append(f"  NOT DELIVERED within the {retry_window_hours} h retry window: {len(summary.expired)}")
    for note in summary.expired:
        lines.append(
            f"    {note.reference}  queued {_when(note.created_at)}  attempts {note.attempts}  "
            f"last error: {note.last_error or 'unknown'}"
        )
    lines.append(
        "  These notes are kept encrypted and are not retried. Once the receiver works again, run\n"
        "  `python -m actions.outbox_worker --retry-expired` to give them a new retry window."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m actions.outbox_report", description=__doc__.splitlines()[0]).parse_args(argv)
    settings = settings_for_start()
    store = OutboxStore.from_settings(settings)
    try:
        summary = store.summary()
    except SQLAlchemyError as error:
        print(f"The outbox database is unavailable ({type(error).__name__}).", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(render(summary, settings.intake_retry_window_hours, utc_now()))
    return 1 if summary.expired else 0


if __name__ == "__main__":
    sys.exit(main())
