"""Real databases for the theme log tests: a temp SQLite file, or a fresh PostgreSQL schema per test."""
from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

POSTGRES_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
# Nothing listens on port 1: connections are refused at once, like a database that is down.
REFUSING_URL = "postgresql+psycopg2://postgres@127.0.0.1:1/test"


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'themes.db'}"


def postgres_schema_url(base_url: str, schema: str) -> str:
    return str(make_url(base_url).update_query_dict({"options": f"-c search_path={schema}"}))


@pytest.fixture
def postgres_schema() -> Iterator[str]:
    """A fresh, empty schema in the real PostgreSQL, dropped afterwards."""
    schema = f"theme_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, future=True)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as error:
        admin.dispose()
        pytest.fail(
            f"PostgreSQL is not reachable at {POSTGRES_URL}; the theme log tests need it running "
            f"(they never skip). {type(error).__name__}: {error.orig}",
            pytrace=False,
        )
    yield schema
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def postgres_url(postgres_schema) -> str:
    return postgres_schema_url(POSTGRES_URL, postgres_schema)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request) -> str:
    return request.getfixturevalue(f"{request.param}_url")


class TcpProxy:
    """Forwards a local port to PostgreSQL. Stopping it is an outage the store cannot tell from a real one."""

    def __init__(self, upstream: tuple[str, int] = ("127.0.0.1", 5432)) -> None:
        self.upstream = upstream
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._running = threading.Event()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        listener.settimeout(0.05)
        self._listener = listener
        self._running.set()
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        self._running.clear()
        for sock in [self._listener, *self._sockets]:
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
        self._listener, self._sockets = None, []

    def _accept(self, listener: socket.socket) -> None:
        while self._running.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            client.settimeout(None)
            self._sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.fixture
def postgres_proxy() -> Iterator[TcpProxy]:
    proxy = TcpProxy()
    proxy.start()
    yield proxy
    proxy.stop()
