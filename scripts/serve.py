"""Run ONE of the processes `make run` starts, in the foreground: the container entrypoint.

`python -m scripts.serve rasa|actions|worker` (docker-compose.yml, deploy/helm/values.yml).
In a deployment each runs in its own container so that Rasa replicas and
action servers scale separately; the command and the variables Rasa's YAML
files expand are exactly those of `make run` (scripts/run.py), from the one
settings module. `migrate` brings the theme log to the newest schema first.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.settings import settings_for_start  # noqa: E402
from scripts.run import BIN, server_commands  # noqa: E402

ROLES = ("rasa", "actions", "worker", "migrate")


def command_for(role: str, settings) -> list[str]:
    if role == "migrate":
        return [str(BIN / "python"), "-m", "actions.migrate"]
    if role == "worker":
        return [str(BIN / "python"), "-m", "actions.outbox_worker"]
    actions, rasa = server_commands(settings)[:2]
    return {"actions": actions, "rasa": rasa}[role]


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ROLES:
        print(f"usage: python -m scripts.serve {{{'|'.join(ROLES)}}}", file=sys.stderr)
        return 2
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
    command = command_for(argv[0], settings)
    os.chdir(ROOT)
    os.execve(command[0], command, env)
    return 0  # not reached: execve replaces this process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
