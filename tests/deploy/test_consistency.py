"""The deployment files cannot be run here, so they are checked against what is tested.

endpoints.production.yml is exercised by tests/integration/test_replicas.py;
docker-compose.yml, deploy/Caddyfile and deploy/helm/values.yml must start the
same profile: the same variable names (the ones actions/settings.py reads),
the same ports and service names. Renaming any of them in one place fails here.
"""
from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

import pytest
import yaml
from sqlalchemy.engine import make_url

from actions.settings import load_settings
from scripts.serve import ROLES
from tests.servers import ROOT

APP_SERVICES = ("migrate", "rasa", "actions", "worker")


@cache
def settings_variables() -> frozenset[str]:
    """Every variable actions/settings.py reads."""
    return frozenset(re.findall(r'get\("([A-Z0-9_]+)"', (ROOT / "actions" / "settings.py").read_text()))


@cache
def profile_variables() -> frozenset[str]:
    return frozenset(re.findall(r"\$\{([A-Z0-9_]+)\}", (ROOT / "endpoints.production.yml").read_text()))


@cache
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@cache
def helm() -> dict:
    return yaml.safe_load((ROOT / "deploy" / "helm" / "values.yml").read_text())


def compose_env(service: str) -> dict[str, str]:
    return {name: str(value) for name, value in compose()["services"][service]["environment"].items()}


def helm_env(entries: list[dict]) -> dict[str, str | None]:
    return {entry["name"]: entry.get("value") for entry in entries}


def compose_default(value: str) -> str:
    """`${NAME:-default}` -> default; a literal stays as it is."""
    match = re.fullmatch(r"\$\{[A-Z0-9_]+:-([^}]*)\}", value)
    return match.group(1) if match else value


def test_every_variable_of_the_production_profile_has_a_default_in_settings():
    assert profile_variables(), "endpoints.production.yml expands no variables?"
    # make run and the tests export endpoints_env(); Rasa refuses to start on an unset one.
    assert profile_variables() <= set(load_settings(env={}).endpoints_env())
    assert profile_variables() <= settings_variables()


def test_env_example_documents_every_variable_of_the_production_profile():
    documented = set(re.findall(r"^#?\s*([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    assert profile_variables() - documented == set()


def test_compose_has_the_services_of_the_scaling_model():
    services = compose()["services"]
    assert {"rasa", "actions", "redis", "postgres", "proxy", "migrate", "worker"} <= set(services)
    assert services["rasa"]["deploy"]["replicas"] >= 2


@pytest.mark.parametrize("service", APP_SERVICES)
def test_compose_app_services_set_only_variables_settings_reads_and_all_the_profile_needs(service):
    env = compose_env(service)
    assert set(env) - settings_variables() == set(), "a variable nothing reads (renamed?)"
    assert profile_variables() - set(env) == set()
    assert env["RASA_ENDPOINTS"] == "endpoints.production.yml"
    assert compose()["services"][service]["command"][0] in ROLES


def test_compose_wires_the_services_together_on_the_same_ports():
    services = compose()["services"]
    env = compose_env("rasa")
    action_url = urlsplit(env["ACTION_ENDPOINT_URL"])
    assert (action_url.hostname, str(action_url.port)) == ("actions", env["ACTION_PORT"])
    assert env["ACTION_PORT"] in services["actions"]["expose"]
    assert env["RASA_PORT"] in services["rasa"]["expose"]
    assert env["REDIS_HOST"] in services and env["REDIS_PORT"] in services["redis"]["expose"]
    themes = make_url(env["THEMES_DB_URL"])
    postgres = services["postgres"]
    assert themes.host in services and str(themes.port) in postgres["expose"]
    assert (themes.username, themes.database) == (postgres["environment"]["POSTGRES_USER"],
                                                  postgres["environment"]["POSTGRES_DB"])


def test_the_proxy_sends_people_to_the_rasa_replicas_and_keeps_socketio_sticky():
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
    mounted = [volume.split(":")[0] for volume in compose()["services"]["proxy"]["volumes"]]
    assert "./deploy/Caddyfile" in mounted
    upstreams = set(re.findall(r"dynamic a (\S+) (\d+)", caddyfile))
    assert upstreams == {("rasa", compose_env("rasa")["RASA_PORT"])}
    socketio = caddyfile[caddyfile.index("handle @socketio"):caddyfile.index("handle @public")]
    assert "lb_policy cookie" in socketio
    # The REST channel has no authentication: only the public channels are routed.
    assert "/webhooks/rest" not in caddyfile


def test_helm_runs_the_same_profile_with_the_same_values_as_compose():
    values = helm()
    rasa_env = helm_env(values["extraEnv"])
    actions_env = helm_env(values["rasa-action-server"]["extraEnv"])
    assert rasa_env == actions_env
    assert set(rasa_env) - settings_variables() == set(), "a variable nothing reads (renamed?)"
    assert profile_variables() - set(rasa_env) == set()
    compose_values = compose_env("rasa")
    for name in ("RASA_ENDPOINTS", "RASA_PORT", "ACTION_PORT", "REDIS_PORT", "REDIS_TRACKER_DB", "REDIS_LOCK_DB",
                 "REDIS_KEY_PREFIX"):
        assert rasa_env[name] == compose_values[name], name
    assert rasa_env["TRACKER_EXPIRY_SECONDS"] == compose_default(compose_values["TRACKER_EXPIRY_SECONDS"])


def test_helm_ports_and_service_names_match_the_action_endpoint():
    values = helm()
    env = helm_env(values["extraEnv"])
    actions = values["rasa-action-server"]
    action_url = urlsplit(env["ACTION_ENDPOINT_URL"])
    assert action_url.hostname == actions["fullnameOverride"]
    assert action_url.port == actions["service"]["port"] == actions["applicationSettings"]["port"] == int(
        env["ACTION_PORT"])
    assert values["applicationSettings"]["port"] == values["service"]["port"] == int(env["RASA_PORT"])
    assert values["args"][0] in ROLES and actions["args"][0] in ROLES
    assert values["replicaCount"] >= 2


def test_the_expiry_default_is_the_same_everywhere():
    default = str(load_settings(env={}).tracker_expiry_seconds)
    assert default == "1800"
    assert compose_default(compose_env("rasa")["TRACKER_EXPIRY_SECONDS"]) == default
    assert helm_env(helm()["extraEnv"])["TRACKER_EXPIRY_SECONDS"] == default


def test_the_image_starts_through_the_role_entrypoint_with_the_production_profile():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["/app/.venv/bin/python", "-m", "scripts.serve"]' in dockerfile
    assert "RASA_ENDPOINTS=endpoints.production.yml" in dockerfile
    assert (ROOT / "endpoints.production.yml").exists()
