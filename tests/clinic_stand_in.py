"""A clinic on loopback for the delivery tests: docs/intake_receiver.py itself, which a test can
take down (connections refused), make fail (an error status) and bring back.

It keeps every request it saw, so tests can check signatures on their own and
count how often a note was accepted.
"""
from __future__ import annotations

import importlib.util
import io
import socket
import threading
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("intake_receiver", ROOT / "docs" / "intake_receiver.py")
intake_receiver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(intake_receiver)


@dataclass(frozen=True)
class SeenRequest:
    headers: dict[str, str]
    body: bytes
    status: int


class ClinicStandIn:
    def __init__(self, secret: str) -> None:
        self.secret = secret
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.accepted: list[dict] = []
        self.requests: list[SeenRequest] = []
        # An HTTP status to answer instead of accepting (a clinic backend having trouble).
        self.failing_with: int | None = None
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/notes"

    def start(self) -> None:
        stand_in = self
        receiver = intake_receiver.make_handler(self.secret, self._store)

        class Handler(receiver):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                status = stand_in.failing_with
                if status is not None:
                    self._answer(status, {"error": "try later"})
                else:
                    self.rfile = io.BytesIO(body)
                    super().do_POST()
                    status = self._status
                with stand_in._lock:
                    stand_in.requests.append(SeenRequest(dict(self.headers), body, status))

            def send_response(self, code, message=None) -> None:
                self._status = code
                super().send_response(code, message)

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def _store(self, note: dict) -> None:
        with self._lock:
            self.accepted.append(note)
