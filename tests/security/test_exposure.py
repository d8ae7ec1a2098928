"""Who can reach what: Rasa's HTTP API only with a token or JWT secret, secrets never in logs or answers,
and the example secrets never outside development."""
from __future__ import annotations

import jwt
import pytest
import requests
from dotenv import dotenv_values

from actions.settings import load_settings
from scripts.run import server_commands
from tests.servers import API_TOKEN, JWT_SECRET, ROOT, run_scripts_run, server_env

WRONG_TOKEN = "wrong-token-the-server-must-not-echo-" + "z" * 10
# Rasa's HTTP API calls that read or rewrite a conversation, and one that replaces the model.
# (That they are not served at all without a token is checked on the fuzzed bot, tests/fuzz.)
API_CALLS = [
    ("GET", "/conversations/someone/tracker"),
    ("POST", "/conversations/someone/messages"),
    ("PUT", "/conversations/someone/tracker/events"),
    ("GET", "/status"),
    ("PUT", "/model"),
]


def rasa_command(env: dict) -> list[str]:
    return server_commands(load_settings(env=env))[1]


def test_the_http_api_is_on_only_with_a_token_or_jwt_secret(tmp_path):
    assert "--enable-api" not in rasa_command(server_env(tmp_path))
    with_token = rasa_command(server_env(tmp_path, RASA_AUTH_TOKEN=API_TOKEN))
    assert with_token[-3:] == ["--enable-api", "--auth-token", API_TOKEN]
    with_jwt = rasa_command(server_env(tmp_path, RASA_JWT_SECRET=JWT_SECRET))
    assert with_jwt[-3:] == ["--enable-api", "--jwt-secret", JWT_SECRET]


@pytest.mark.parametrize("name", ["RASA_AUTH_TOKEN", "RASA_JWT_SECRET"])
def test_a_guessable_api_token_or_secret_is_refused(tmp_path, name):
    with pytest.raises(ValueError, match=f"{name} must be at least 32"):
        load_settings(env=server_env(tmp_path, **{name: "secret"}))


@pytest.mark.parametrize(("method", "path"), API_CALLS)
def test_with_a_token_every_api_call_without_it_is_refused(bot_with_api_and_no_actions, method, path):
    for params, headers in [({}, {}), ({"token": WRONG_TOKEN}, {}), ({}, {"Authorization": f"Bearer {WRONG_TOKEN}"})]:
        response = requests.request(method, f"{bot_with_api_and_no_actions.url}{path}", params=params, headers=headers,
                                    json={}, timeout=10)
        assert response.status_code == 401, (params, headers, response.text)
        assert WRONG_TOKEN not in response.text and API_TOKEN not in response.text


def test_the_right_token_or_jwt_opens_the_api_and_a_jwt_user_sees_only_their_own(bot_with_api_and_no_actions):
    tracker = f"{bot_with_api_and_no_actions.url}/conversations/someone/tracker"
    assert requests.get(tracker, params={"token": API_TOKEN}, timeout=10).status_code == 200

    def bearer(payload: dict, key: str = JWT_SECRET) -> dict:
        return {"Authorization": f"Bearer {jwt.encode(payload, key, algorithm='HS256')}"}

    admin = {"user": {"username": "staff", "role": "admin"}}
    assert requests.get(tracker, headers=bearer(admin), timeout=10).status_code == 200
    assert requests.get(tracker, headers=bearer(admin, "a-forged-key-" + "x" * 30), timeout=10).status_code == 401
    other_person = {"user": {"username": "someone-else", "role": "user"}}
    assert requests.get(tracker, headers=bearer(other_person), timeout=10).status_code == 403


def test_the_token_and_secret_never_reach_the_log(bot_with_api_and_no_actions):
    requests.get(f"{bot_with_api_and_no_actions.url}/status", params={"token": WRONG_TOKEN}, timeout=10)
    log = bot_with_api_and_no_actions.rasa_log.read_text(errors="replace")
    for secret in (API_TOKEN, JWT_SECRET, WRONG_TOKEN):
        assert secret not in log


def test_the_example_env_file_refuses_to_start_outside_development(tmp_path):
    example = {key: value or "" for key, value in dotenv_values(ROOT / ".env.example").items()}
    env = {**server_env(tmp_path), **example, "APP_ENV": "production"}
    env.pop("CLINIC_PROFILE_PATH", None)
    done = run_scripts_run(env)
    assert done.returncode == 1
    assert done.stderr.startswith("Cannot start: THEMES_SECRET still has the example value")
    assert "Traceback" not in done.stderr and "action server on" not in done.stdout
    # Each example secret is refused on its own, not only the first one found.
    for name, fixed in [("THEMES_SECRET", "a-real-long-random-secret-" + "r" * 20)]:
        settings = load_settings(env={**env, name: fixed})
        with pytest.raises(RuntimeError, match="INTAKE_NOTE_KEY still has the example key"):
            settings.check_production_ready()
