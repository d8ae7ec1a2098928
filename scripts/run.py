"""`make run`: start the action server, the Rasa server and the outbox worker in the foreground.

All get their settings from the one settings module; Ctrl-C (or any of them
exiting) stops them all. The outbox worker (actions/outbox_worker.py) only runs
when the clinic profile names an intake delivery URL.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.settings import settings_for_start  # noqa: E402
from scripts.train import MODEL_PATH  # noqa: E402

BIN = ROOT / ".venv" / "bin"


def http_api_args(settings) -> list[str]:
    """Rasa's HTTP API reads and rewrites any conversation: on only with a token or JWT secret, then required.

    Without either, the server answers the channels and "/" only (SECURITY.md).
    """
    args = []
    if settings.rasa_auth_token:
        args += ["--auth-token", settings.rasa_auth_token]
    if settings.rasa_jwt_secret:
        args += ["--jwt-secret", settings.rasa_jwt_secret]
    return ["--enable-api", *args] if args else []


def server_commands(settings) -> list[list[str]]:
    return [
        [str(BIN / "rasa"), "run", "actions", "--port", str(settings.action_port), "--actions", "actions"],
        [
            # `rasa run`, with the model's memory shared between Sanic workers (scripts/rasa_run.py).
            str(BIN / "python"), "-m", "scripts.rasa_run",
            "--port", str(settings.rasa_port),
            "--model", str(MODEL_PATH),
            "--credentials", "credentials.yml",
            # endpoints.yml, or RASA_ENDPOINTS=endpoints.production.yml for Redis.
            "--endpoints", str(settings.rasa_endpoints_path),
            # No --cors: the widget channel answers its allowed origins itself
            # (channels/widget.py); a second set of CORS headers breaks browsers.
            *http_api_args(settings),
        ],
        *([[str(BIN / "python"), "-m", "actions.outbox_worker"]] if settings.intake_delivery_enabled else []),
    ]


def main() -> int:
    settings = settings_for_start()
    env = {
        **os.environ,
        "ACTION_PORT": str(settings.action_port),
        "RASA_PORT": str(settings.rasa_port),
        **settings.widget_env(),
        **settings.telegram_env(),
        **settings.intake_env(),
        **settings.endpoints_env(),
    }
    processes = [subprocess.Popen(cmd, cwd=ROOT, env=env) for cmd in server_commands(settings)]
    print(
        f"run: action server on :{settings.action_port}, Rasa on :{settings.rasa_port} "
        f"(REST: POST http://localhost:{settings.rasa_port}/webhooks/rest/webhook, "
        f"website widget: http://localhost:{settings.rasa_port}/widget/demo). "
        f"Intake note delivery: {'on' if settings.intake_delivery_enabled else 'off (no delivery URL)'}. "
        "Ctrl-C stops them all.",
        flush=True,
    )

    def stop(*_):
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        # Whichever server stops first takes the other one down with it.
        while all(process.poll() is None for process in processes):
            try:
                processes[0].wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                pass
    finally:
        stop()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
