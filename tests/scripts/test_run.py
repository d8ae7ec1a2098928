"""`make run` (scripts/run.py): what it starts, and what it refuses to start on."""
from __future__ import annotations

import pytest

from actions.settings import load_settings
from scripts.run import server_commands
from tests.servers import run_scripts_run, server_env

SECRET = "clinic-signing-secret-for-the-run-tests"


def is_worker(command: list[str]) -> bool:
    return command[-2:] == ["-m", "actions.outbox_worker"]


def test_the_outbox_worker_runs_next_to_the_bot_whenever_a_delivery_url_is_set(tmp_path):
    with_delivery = load_settings(env=server_env(tmp_path, INTAKE_DELIVERY_URL="https://intake.example/notes",
                                                 INTAKE_SIGNING_SECRET=SECRET))
    assert [is_worker(command) for command in server_commands(with_delivery)] == [False, False, True]
    without = load_settings(env=server_env(tmp_path))
    assert not any(is_worker(command) for command in server_commands(without))


@pytest.mark.parametrize(
    ("profile", "problem"),
    [
        ("name: Riverside\nphone: call us\ncrisis_region: UK\n", "phone: expected a phone number"),
        ("name: Riverside\nphone: '+44 20 7946 0000'\ncrisis_region: England\n", "crisis_region: 'England'"),
        ("name: Riverside\nphone: '+44 20 7946 0000'\ncrisis_region: UK\njourneys: [grief]\n", "journeys: 'grief'"),
    ],
    ids=["phone", "crisis_region", "journeys"],
)
def test_a_bad_clinic_profile_stops_make_run_with_one_clear_line(tmp_path, profile, problem):
    path = tmp_path / "riverside.yml"
    path.write_text(profile)
    done = run_scripts_run({**server_env(tmp_path), "CLINIC_PROFILE_PATH": str(path)})
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"Cannot start: clinic profile {path}: ") and problem in line
    assert "Traceback" not in done.stderr and "action server on" not in done.stdout


def test_plain_http_delivery_outside_development_stops_make_run(tmp_path):
    env = server_env(tmp_path, INTAKE_DELIVERY_URL="http://127.0.0.1:8099/notes", INTAKE_SIGNING_SECRET=SECRET)
    done = run_scripts_run({**env, "APP_ENV": "production"})
    assert done.returncode == 1
    assert "intake.delivery_url: plain http is only allowed to this machine in development" in done.stderr
    assert "Traceback" not in done.stderr
