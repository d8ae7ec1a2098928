"""`python -m actions.outbox_worker`: deliver consented first-session notes to the clinic.

    python -m actions.outbox_worker                  # keep delivering (`make run` starts it)
    python -m actions.outbox_worker --once           # deliver what is due now, then exit (for cron)
    python -m actions.outbox_worker --retry-expired  # give expired notes a new retry window, then exit

Each note is POSTed to the clinic profile's intake.delivery_url as JSON, with

    X-Timestamp: the time of sending, in whole seconds since 1970-01-01 UTC
    X-Signature: hex HMAC-SHA256, keyed with intake.signing_secret, of timestamp + "." + body

(docs/intake_receiver.py checks both). Any 2xx answer is the clinic's
acknowledgement: the note's body is deleted. Anything else (an error status, a
redirect, no answer within the timeouts) is retried with exponential backoff
and jitter until the retry window closes; see actions/outbox.py. Notes wait in
the database, so a restarted worker carries on where the last one stopped.
"""
from __future__ import annotations

import argparse
import hashlib
import hmac
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import requests
from sqlalchemy.exc import SQLAlchemyError

from actions.outbox import OutboxStore, utc_now
from actions.settings import Settings, settings_for_start

logger = logging.getLogger("actions.outbox_worker")

# Seconds to connect; reading the answer waits INTAKE_DELIVERY_TIMEOUT_SECONDS (default 25).
# Together far below the claim a worker holds on a note.
CONNECT_TIMEOUT = 5
USER_AGENT = "before-therapy-companion-intake/1"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Signature of `body` sent at `timestamp`."""
    return hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


class ClinicEndpoint:
    """POSTs signed notes to the clinic's receiver."""

    def __init__(self, url: str, signing_secret: str, clock: Callable[[], float] = time.time,
                 timeout_seconds: float = 25.0) -> None:
        self._url = url
        self._secret = signing_secret
        self._clock = clock
        self._timeout = (CONNECT_TIMEOUT, timeout_seconds)
        self._session = requests.Session()

    def deliver(self, body: bytes) -> str | None:
        """None if the clinic acknowledged the note, otherwise what went wrong (no note content)."""
        timestamp = str(int(self._clock()))
        try:
            response = self._session.post(
                self._url,
                data=body,
                headers={
                    "Content-Type": "application/json; charset=utf-8",
                    "User-Agent": USER_AGENT,
                    "X-Timestamp": timestamp,
                    "X-Signature": sign(self._secret, timestamp, body),
                },
                timeout=self._timeout,
                # A redirect could lead anywhere, plain http included: it counts as a failure.
                allow_redirects=False,
            )
        except requests.RequestException as error:
            return type(error).__name__
        with response:
            if 200 <= response.status_code < 300:
                return None
            return f"HTTP {response.status_code}"

    def close(self) -> None:
        self._session.close()


@dataclass
class PassResult:
    delivered: int = 0
    retrying: int = 0
    expired: int = 0


def deliver_due(store: OutboxStore, endpoint: ClinicEndpoint, stop: threading.Event | None = None) -> PassResult:
    """Deliver every note that is due now (one at a time); stops early when `stop` is set."""
    result = PassResult()
    while stop is None or not stop.is_set():
        note = store.claim_next()
        if note is None:
            break
        error = endpoint.deliver(note.body)
        if error is None:
            store.mark_delivered(note.id)
            result.delivered += 1
            logger.info("Note %s delivered (attempt %d).", note.reference, note.attempts + 1)
        elif store.mark_failed(note.id, error):
            result.retrying += 1
            logger.warning("Note %s not delivered (%s); it will be retried.", note.reference, error)
        else:
            result.expired += 1
            logger.error(
                "Note %s not delivered (%s) and its retry window has closed; it is kept encrypted. "
                "See `python -m actions.outbox_report`.", note.reference, error,
            )
    store.purge_receipts()
    return result


def run_until_stopped(store: OutboxStore, endpoint: ClinicEndpoint, poll_seconds: float,
                      stop: threading.Event) -> None:
    """Deliver due notes, then sleep until the next is due (or new ones may have arrived)."""
    while not stop.is_set():
        wait = poll_seconds
        try:
            deliver_due(store, endpoint, stop)
            due = store.next_attempt_at()
            if due is not None:
                wait = min(poll_seconds, max((due - utc_now()).total_seconds(), 0.05))
        except Exception as error:  # the database may be down for a while: keep trying
            logger.warning("Outbox database unavailable (%s); trying again shortly.", type(error).__name__)
        stop.wait(wait)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m actions.outbox_worker", description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="deliver the notes that are due now, then exit")
    mode.add_argument("--retry-expired", action="store_true",
                      help="give notes whose retry window closed a new one, then exit")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    settings = settings_for_start()
    store = OutboxStore.from_settings(settings)
    try:
        return _run(args, settings, store)
    except SQLAlchemyError as error:
        print(f"The outbox database is unavailable ({type(error).__name__}).", file=sys.stderr)
        return 1
    finally:
        store.close()


def _run(args: argparse.Namespace, settings: Settings, store: OutboxStore) -> int:
    if args.retry_expired:
        print(f"{store.retry_expired()} expired notes will be retried by the running worker.")
        return 0
    if not settings.intake_delivery_enabled:
        print("Intake delivery is off: the clinic profile has no intake.delivery_url "
              "(or INTAKE_DELIVERY_URL is empty).", file=sys.stderr)
        return 2
    endpoint = ClinicEndpoint(settings.intake_delivery_url, settings.intake_signing_secret,
                              timeout_seconds=settings.intake_delivery_timeout_seconds)
    try:
        if args.once:
            result = deliver_due(store, endpoint)
            print(f"Delivered {result.delivered}; {result.retrying} to retry; {result.expired} expired.")
            return 0
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        logger.info("Outbox worker started.")
        run_until_stopped(store, endpoint, settings.intake_worker_poll_seconds, stop)
        logger.info("Outbox worker stopped.")
        return 0
    finally:
        endpoint.close()


if __name__ == "__main__":
    sys.exit(main())
