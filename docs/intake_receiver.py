"""Receiving first-session notes from the companion: check each one before trusting it.

The companion POSTs every note the person agreed to send as JSON with two headers:

    X-Timestamp: when it was sent, in whole seconds since 1970-01-01 UTC
    X-Signature: hex HMAC-SHA256 of  timestamp + "." + body  keyed with your signing secret

Accept a note only if the timestamp is recent (an old one is a replay of a
captured request) and the signature matches (compare with hmac.compare_digest,
never ==). Answer 2xx once the note is safely stored: that is the
acknowledgement, after which the companion deletes its copy. The same note can
arrive twice (for example if your answer got lost); keep one per `reference`.

Python 3.8+, standard library only: copy `verified_note` into your own backend,
or try the whole thing locally (development):

    INTAKE_SIGNING_SECRET=... python docs/intake_receiver.py --port 8099 --out received-notes
    # and run the bot with INTAKE_DELIVERY_URL=http://127.0.0.1:8099/notes
"""
from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import re
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# How far the sender's clock may be from ours, either way.
MAX_CLOCK_SKEW_SECONDS = 300
# A note is a few short answers; anything far bigger is not one.
MAX_BODY_BYTES = 64 * 1024
REFERENCE = re.compile(r"RC-[0-9A-Z]{4}-[0-9A-Z]{2}")


class RejectedNote(Exception):
    """The request is not a genuine, fresh note from the companion."""


def verified_note(body: bytes, timestamp: str | None, signature: str | None, secret: str,
                  now: float | None = None) -> dict:
    """The note in `body` if its timestamp is fresh and its signature is right; RejectedNote otherwise."""
    if not timestamp or not signature:
        raise RejectedNote("X-Timestamp or X-Signature header missing")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise RejectedNote("X-Timestamp is not a whole number of seconds") from None
    now = time.time() if now is None else now
    if abs(now - sent_at) > MAX_CLOCK_SKEW_SECONDS:
        raise RejectedNote("X-Timestamp is too old or too far ahead (a replayed request?)")
    expected = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.strip().lower()):
        raise RejectedNote("X-Signature does not match")
    try:
        note = json.loads(body)
    except ValueError:
        raise RejectedNote("body is not JSON") from None
    if not isinstance(note, dict) or not REFERENCE.fullmatch(str(note.get("reference"))):
        raise RejectedNote("body is not a note")
    return note


def make_handler(secret: str, store: Callable[[dict], None]) -> type:
    """A request handler that verifies each POSTed note and passes it to `store` before acknowledging it."""

    class NoteHandler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                return self._answer(411, {"error": "Content-Length required"})
            if length > MAX_BODY_BYTES:
                return self._answer(413, {"error": "too large"})
            body = self.rfile.read(length)
            try:
                note = verified_note(body, self.headers.get("X-Timestamp"), self.headers.get("X-Signature"), secret)
            except RejectedNote as error:
                return self._answer(401, {"error": str(error)})
            store(note)
            self._answer(200, {"received": note["reference"]})

        def _answer(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:
            pass  # the default logs every request line; the notes are private, keep the log quiet

    return NoteHandler


def main() -> int:
    parser = argparse.ArgumentParser(description="A local receiver for first-session notes (development only).")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--out", type=Path, default=Path("received-notes"))
    args = parser.parse_args()
    secret = os.environ.get("INTAKE_SIGNING_SECRET", "")
    if not secret:
        print("Set INTAKE_SIGNING_SECRET to the same value as the bot.", file=sys.stderr)
        return 2
    args.out.mkdir(mode=0o700, parents=True, exist_ok=True)

    def store(note: dict) -> None:
        path = args.out / f"{note['reference']}.json"
        if not path.exists():  # a repeat of a note already stored is acknowledged, not stored twice
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(note, file, ensure_ascii=False, indent=2)
        print(f"received note {note['reference']}", flush=True)

    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(secret, store))
    print(f"Receiving notes on http://127.0.0.1:{args.port}/ into {args.out}/ (Ctrl-C stops).", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
