"""The intake outbox: consented first-session notes on their way to the clinic.

A note enters the outbox only after the person said yes to sending exactly that
note. Its body is encrypted from the first moment (Fernet, INTAKE_NOTE_KEY) and
stays encrypted at rest until the clinic acknowledges it; then the body is
deleted and only a receipt (reference, times, attempts) is kept until the retry
window has passed. A note the clinic has not acknowledged within the retry
window (INTAKE_RETRY_WINDOW_HOURS) stops being retried and is kept, still
encrypted, for `python -m actions.outbox_report`.

The outbox lives in the theme log's database (THEMES_DB_URL), so nothing is
lost when a process restarts. `python -m actions.outbox_worker` delivers; any
number of workers may run, because each note is claimed for a while before it
is sent. Log messages name reference codes and error classes, never note content.
"""
from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from actions.settings import Settings
from actions.theme_db import create_theme_engine, intake_outbox, upgrade_to_head

PENDING = "pending"
DELIVERED = "delivered"
EXPIRED = "expired"
# Longer than one delivery attempt can take (see actions.outbox_worker), so a
# note is never sent by two workers at once; a worker killed mid-send leaves
# the note to be picked up again once this has passed.
CLAIM_SECONDS = 300


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class ClaimedNote:
    id: int
    reference: str
    body: bytes
    attempts: int


@dataclass(frozen=True)
class UndeliveredNote:
    """What the report may show about a note: never its body."""

    reference: str
    created_at: datetime
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    oldest_pending_at: datetime | None
    delivered: int
    expired: list[UndeliveredNote]


class OutboxStore:
    def __init__(
        self,
        db_url: str,
        note_keys: tuple[str, ...],
        *,
        retry_window: timedelta,
        first_delay_seconds: float,
        max_delay_seconds: float,
        clock: Callable[[], datetime] = utc_now,
        jitter: Callable[[float, float], float] = random.uniform,
    ) -> None:
        if not note_keys:
            raise ValueError("INTAKE_NOTE_KEY is empty: note bodies must be encrypted.")
        self._db_url = db_url
        self._cipher = MultiFernet([Fernet(key) for key in note_keys])
        self._retry_window = retry_window
        self._first_delay = first_delay_seconds
        self._max_delay = max_delay_seconds
        self._clock = clock
        self._jitter = jitter
        self._lock = threading.Lock()
        self._engine: Engine | None = None

    @classmethod
    def from_settings(cls, settings: Settings, **options) -> OutboxStore:
        return cls(
            settings.themes_db_url,
            settings.intake_note_keys,
            retry_window=timedelta(hours=settings.intake_retry_window_hours),
            first_delay_seconds=settings.intake_retry_first_delay_seconds,
            max_delay_seconds=settings.intake_retry_max_delay_seconds,
            **options,
        )

    def enqueue(self, reference: str, body: bytes) -> bool:
        """Queue a consented note; False if a note with this reference is queued already."""
        now = self._clock()
        try:
            with self._database().begin() as connection:
                connection.execute(
                    intake_outbox.insert().values(
                        reference=reference,
                        body=self._cipher.encrypt(body).decode("ascii"),
                        status=PENDING,
                        created_at=now,
                        expires_at=now + self._retry_window,
                        next_attempt_at=now,
                        attempts=0,
                    )
                )
        except IntegrityError:
            return False
        return True

    def claim_next(self) -> ClaimedNote | None:
        """Take the next note due for delivery, or None; it is this caller's for CLAIM_SECONDS."""
        engine = self._database()
        while True:
            now = self._clock()
            with engine.connect() as connection:
                row = connection.execute(
                    select(intake_outbox.c.id)
                    .where(self._due(now))
                    .order_by(intake_outbox.c.next_attempt_at, intake_outbox.c.id)
                    .limit(1)
                ).first()
            if row is None:
                return None
            with engine.begin() as connection:
                # Only one worker's update can match: the others find the claim taken and look again.
                claimed = connection.execute(
                    update(intake_outbox)
                    .where(intake_outbox.c.id == row.id, self._due(now))
                    .values(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
                ).rowcount
                if not claimed:
                    continue
                note = connection.execute(
                    select(intake_outbox.c.id, intake_outbox.c.reference, intake_outbox.c.body,
                           intake_outbox.c.attempts).where(intake_outbox.c.id == row.id)
                ).one()
            try:
                body = self._cipher.decrypt(note.body.encode("ascii"))
            except InvalidToken:
                # Encrypted with a key no longer in INTAKE_NOTE_KEY: retried (and reported) until it is back.
                self.mark_failed(note.id, "note key not in INTAKE_NOTE_KEY (InvalidToken)")
                continue
            return ClaimedNote(note.id, note.reference, body, note.attempts)

    def mark_delivered(self, note_id: int) -> None:
        """The clinic acknowledged the note: delete its body, keep a receipt."""
        with self._database().begin() as connection:
            connection.execute(
                update(intake_outbox)
                .where(intake_outbox.c.id == note_id)
                .values(
                    status=DELIVERED,
                    body=None,
                    delivered_at=self._clock(),
                    attempts=intake_outbox.c.attempts + 1,
                    claimed_until=None,
                    last_error=None,
                )
            )

    def mark_failed(self, note_id: int, error: str) -> bool:
        """Record a failed attempt and schedule the next; returns False once the note has expired."""
        now = self._clock()
        with self._database().begin() as connection:
            note = connection.execute(
                select(intake_outbox.c.attempts, intake_outbox.c.expires_at).where(intake_outbox.c.id == note_id)
            ).one()
            attempts = note.attempts + 1
            values = {"attempts": attempts, "last_error": error[:200], "claimed_until": None}
            if now >= note.expires_at:
                values["status"] = EXPIRED
            else:
                # The last attempt falls at the end of the window, however long the backoff has grown.
                values["next_attempt_at"] = min(now + timedelta(seconds=self.retry_delay(attempts)), note.expires_at)
            connection.execute(update(intake_outbox).where(intake_outbox.c.id == note_id).values(**values))
        return values.get("status") != EXPIRED

    def retry_delay(self, attempts: int) -> float:
        """Seconds before the next attempt: doubling from the first delay up to the maximum, then
        jittered between half and all of it, so notes queued during one outage do not all retry at once."""
        delay = min(self._first_delay * 2 ** min(attempts - 1, 60), self._max_delay)
        return self._jitter(delay / 2, delay)

    def next_attempt_at(self) -> datetime | None:
        """When the earliest pending note is due (it may be claimed by another worker)."""
        with self._database().connect() as connection:
            return connection.execute(
                select(func.min(intake_outbox.c.next_attempt_at)).where(intake_outbox.c.status == PENDING)
            ).scalar_one()

    def retry_expired(self) -> int:
        """Give every expired note a new retry window from now (after the receiver is fixed)."""
        now = self._clock()
        with self._database().begin() as connection:
            return connection.execute(
                update(intake_outbox)
                .where(intake_outbox.c.status == EXPIRED)
                .values(status=PENDING, next_attempt_at=now, expires_at=now + self._retry_window)
            ).rowcount

    def purge_receipts(self) -> int:
        """Delete receipts of notes delivered longer ago than the retry window."""
        cutoff = self._clock() - self._retry_window
        with self._database().begin() as connection:
            return connection.execute(
                delete(intake_outbox).where(intake_outbox.c.status == DELIVERED, intake_outbox.c.delivered_at < cutoff)
            ).rowcount

    def summary(self) -> OutboxSummary:
        """Counts for the report; delivered means acknowledged within the last retry window."""
        recent = self._clock() - self._retry_window
        with self._database().connect() as connection:
            pending, oldest = connection.execute(
                select(func.count(), func.min(intake_outbox.c.created_at)).where(intake_outbox.c.status == PENDING)
            ).one()
            delivered = connection.execute(
                select(func.count()).where(intake_outbox.c.status == DELIVERED, intake_outbox.c.delivered_at >= recent)
            ).scalar_one()
            expired = connection.execute(
                select(intake_outbox.c.reference, intake_outbox.c.created_at, intake_outbox.c.attempts,
                       intake_outbox.c.last_error)
                .where(intake_outbox.c.status == EXPIRED)
                .order_by(intake_outbox.c.created_at)
            ).all()
        return OutboxSummary(
            pending=pending,
            oldest_pending_at=oldest,
            delivered=delivered,
            expired=[UndeliveredNote(row.reference, row.created_at, row.attempts, row.last_error) for row in expired],
        )

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

    @staticmethod
    def _due(now: datetime):
        return and_(
            intake_outbox.c.status == PENDING,
            intake_outbox.c.next_attempt_at <= now,
            or_(intake_outbox.c.claimed_until.is_(None), intake_outbox.c.claimed_until < now),
        )

    def _database(self) -> Engine:
        with self._lock:
            if self._engine is None:
                upgrade_to_head(self._db_url)
                self._engine = create_theme_engine(self._db_url)
            return self._engine
