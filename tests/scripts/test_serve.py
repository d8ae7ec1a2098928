"""`python -m scripts.serve <role>` (the container entrypoint): one process of `make run` each."""
from __future__ import annotations

import subprocess

from actions.settings import load_settings
from scripts.run import server_commands
from scripts.serve import command_for
from tests.servers import BIN, ROOT, server_env


def test_each_role_runs_exactly_what_make_run_runs_for_it(tmp_path):
    settings = load_settings(env=server_env(tmp_path, RASA_ENDPOINTS="endpoints.production.yml"))
    actions, rasa = server_commands(settings)[:2]
    assert command_for("rasa", settings) == rasa
    assert command_for("actions", settings) == actions
    endpoints = rasa[rasa.index("--endpoints") + 1]
    assert endpoints == str(ROOT / "endpoints.production.yml")
    assert command_for("worker", settings)[-2:] == ["-m", "actions.outbox_worker"]
    assert command_for("migrate", settings)[-2:] == ["-m", "actions.migrate"]


def test_an_unknown_role_is_refused_with_the_usage(tmp_path):
    done = subprocess.run([str(BIN / "python"), "-m", "scripts.serve", "web"], cwd=ROOT, env=server_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "usage: python -m scripts.serve {rasa|actions|worker|migrate}" in done.stderr
