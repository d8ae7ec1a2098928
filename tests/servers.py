"""Start the real Rasa and action servers for integration tests.

Every integration test talks to real processes over HTTP; nothing is mocked.
Servers get free ports and their own SQLite theme log under a temp folder.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from actions.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
MODEL_PATH = ROOT / "models" / "companion.tar.gz"
# The HTTP API's token and JWT secret of the shared bot_with_api_and_no_actions (tests/conftest.py).
API_TOKEN = "api-token-for-the-exposure-tests-" + "q" * 20
JWT_SECRET = "jwt-secret-for-the-exposure-tests-" + "w" * 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log_path: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early ({process.returncode}); log:\n{log_path.read_text()[-4000:]}")
        try:
            if requests.get(url, timeout=2).status_code < 500:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass  # not listening yet, or listening but still starting its workers (slow on a busy machine)
        # Short: a refused connection costs nothing, and every server start in the suite waits here.
        time.sleep(0.1)
    raise RuntimeError(f"server at {url} not up after {timeout}s; log:\n{log_path.read_text()[-4000:]}")


def stop(*processes: subprocess.Popen) -> None:
    """Ctrl-C each process at once, then wait for them together (a server that hangs is killed after 20 s)."""
    running = [process for process in processes if process.poll() is None]
    for process in running:
        process.send_signal(signal.SIGINT)
    deadline = time.monotonic() + 20
    for process in running:
        try:
            process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Servers:
    """Handles to one running Rasa server (and its action server, if any)."""

    def __init__(self, rasa_port: int, action_port: int, env: Mapping[str, str], workdir: Path):
        self.rasa_port = rasa_port
        self.action_port = action_port
        self.env = dict(env)
        self.workdir = workdir
        self.rasa_log = workdir / "rasa.log"
        self.action_log = workdir / "actions.log"
        self.rasa: subprocess.Popen | None = None
        self.actions: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def launch_actions(self) -> None:
        self.actions = subprocess.Popen(
            [str(BIN / "rasa"), "run", "actions", "--port", str(self.action_port), "--actions", "actions"],
            cwd=ROOT, env=self.env, stdout=self.action_log.open("ab"), stderr=subprocess.STDOUT,
        )

    def wait_for_actions(self) -> None:
        wait_until_up(f"http://127.0.0.1:{self.action_port}/health", self.actions, self.action_log)

    def start_actions(self) -> None:
        self.launch_actions()
        self.wait_for_actions()

    def stop_actions(self) -> None:
        if self.actions is not None:
            stop(self.actions)
            self.actions = None

    def launch_rasa(self, extra_args: tuple[str, ...] = ()) -> None:
        self.rasa = subprocess.Popen(
            [
                # As `make run` starts it (scripts/run.py).
                str(BIN / "python"), "-m", "scripts.rasa_run",
                "--port", str(self.rasa_port),
                "--model", str(MODEL_PATH),
                "--credentials", self.env.get("TEST_CREDENTIALS", str(ROOT / "credentials.yml")),
                "--endpoints", self.env.get("TEST_ENDPOINTS", str(ROOT / "endpoints.yml")),
                *extra_args,
            ],
            cwd=ROOT, env=self.env, stdout=self.rasa_log.open("ab"), stderr=subprocess.STDOUT,
        )

    def wait_for_rasa(self) -> None:
        wait_until_up(f"{self.url}/", self.rasa, self.rasa_log)

    def start_all(self, rasa_args: tuple[str, ...] = (), with_actions: bool = True) -> None:
        """Both servers at once: Rasa only calls the action server once a message arrives, so neither waits."""
        if with_actions:
            self.launch_actions()
        self.launch_rasa(rasa_args)
        if with_actions:
            self.wait_for_actions()
        self.wait_for_rasa()

    def stop_all(self) -> None:
        stop(*(process for process in (self.rasa, self.actions) if process is not None))
        self.rasa = self.actions = None

    def say(self, sender: str, text: str, metadata: dict | None = None) -> list[dict]:
        body = {"sender": sender, "message": text}
        if metadata is not None:
            body["metadata"] = metadata
        response = requests.post(f"{self.url}/webhooks/rest/webhook", json=body, timeout=60)
        response.raise_for_status()
        return response.json()


# Intake delivery stays off unless a test passes INTAKE_DELIVERY_URL and INTAKE_SIGNING_SECRET.
TEST_CLINIC_PROFILE = """\
name: Test Clinic
booking_url: https://test-clinic.example/book
phone: "+1 555 0199"
contact_hours: weekdays 9 to 5
email: hello@test-clinic.example
crisis_region: US
intake:
  delivery_url: ${INTAKE_DELIVERY_URL}
  signing_secret: ${INTAKE_SIGNING_SECRET}
"""


def server_env(workdir: Path, **overrides: str) -> dict[str, str]:
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(
            ("THEMES_", "CRISIS_", "CLINIC_", "RASA_", "ACTION_", "WIDGET_", "TELEGRAM_", "INTAKE_",
             "REDIS_", "TRACKER_")
        )
    }
    profile = workdir / "clinic_profile.yml"
    profile.write_text(TEST_CLINIC_PROFILE)
    env.update(
        APP_ENV="development",
        THEMES_DB_URL=f"sqlite:///{workdir / 'themes.db'}",
        THEMES_SECRET="integration-test-secret",
        THEMES_SPOOL_PATH=str(workdir / "spool.db"),
        CLINIC_PROFILE_PATH=str(profile),
        LOG_LEVEL="INFO",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        # Sanic waits up to 15 s at shutdown for open requests, and a socket.io client on
        # long-polling always leaves one (each such stop took 12-17 s). No test stops a
        # server while a request it checks is in flight.
        SANIC_GRACEFUL_SHUTDOWN_TIMEOUT="1",
    )
    env.update(overrides)
    # The widget's allow-list defaults to the test server's own origin (RASA_PORT);
    # Telegram stays off unless a test passes TELEGRAM_* overrides.
    settings = load_settings(env=env)
    return {**settings.widget_env(), **settings.telegram_env(), **settings.intake_env(),
            **settings.endpoints_env(), **env}


@contextmanager
def running_bot(workdir: Path, with_actions: bool = True, rasa_args: tuple[str, ...] = (),
                **overrides: str) -> Iterator[Servers]:
    workdir.mkdir(parents=True, exist_ok=True)
    rasa_port, action_port = free_port(), free_port()
    env = server_env(workdir, RASA_PORT=str(rasa_port), ACTION_PORT=str(action_port), **overrides)
    servers = Servers(rasa_port, action_port, env, workdir)
    try:
        servers.start_all(rasa_args, with_actions)
        yield servers
    finally:
        servers.stop_all()


def run_scripts_run(env: dict) -> subprocess.CompletedProcess:
    """`python -m scripts.run` in its own process group, so nothing it starts can outlive the test."""
    process = subprocess.Popen([str(BIN / "python"), "-m", "scripts.run"], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("scripts.run started a deployment although its settings are wrong")
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
