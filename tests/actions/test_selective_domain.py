"""Rasa sends the domain only to the actions marked `send_domain: true`, so every action that reads it is marked.

The endpoints files enable selective domain: without it Rasa json-encoded the
whole domain (every response) into each custom action call and the action
server parsed it again. An action that reads `domain` but is not marked would
get `{}` and quietly misbehave (the note would keep the slot mappings' "skip"
values), so the marks are derived from the code here, as the action server
loads it.
"""
from __future__ import annotations

import ast
import inspect
import textwrap

import pytest
import yaml
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from rasa_sdk.executor import ActionExecutor

from tests.servers import ROOT


def domain_actions() -> list:
    return yaml.safe_load((ROOT / "domain.yml").read_text())["actions"]


def marked() -> set[str]:
    return {name for entry in domain_actions() if isinstance(entry, dict)
            for name, options in entry.items() if (options or {}).get("send_domain") is True}


def served_actions() -> dict[str, object]:
    """name -> action object, registered as the action server registers the package."""
    executor = ActionExecutor()
    executor.register_package("actions")
    return {name: run.__self__ for name, run in executor.actions.items()}


def reads_domain(action: object) -> bool:
    """Whether the `run` the action server calls uses its `domain` argument (reading or passing it on)."""
    run = type(action).run
    [function] = ast.parse(textwrap.dedent(inspect.getsource(run))).body
    assert "domain" in [argument.arg for argument in function.args.args], run
    return any(isinstance(node, ast.Name) and node.id == "domain"
               for statement in function.body for node in ast.walk(statement))


def test_exactly_the_actions_that_read_the_domain_are_marked_send_domain():
    actions = served_actions()
    names = {entry if isinstance(entry, str) else next(iter(entry)) for entry in domain_actions()}
    assert names == set(actions), "domain.yml's actions and the action server's differ"
    reading = {name for name, action in actions.items() if reads_domain(action)}
    # What the check must find: the note's skip values and rasa_sdk's form validation.
    assert {"action_handoff", "action_offer_note", "action_send_note", "validate_rehearsal_form"} <= reading
    assert reading == marked()


def test_the_check_sees_a_domain_read_and_an_unused_domain():
    from actions.handoff_actions import ActionOfferNote
    from actions.theme_actions import ActionLogCrisisConfirmed

    assert reads_domain(ActionOfferNote.__new__(ActionOfferNote))
    # Inherits ActionLogTheme.run, which never looks at the domain.
    assert not reads_domain(ActionLogCrisisConfirmed.__new__(ActionLogCrisisConfirmed))


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.production.yml"])
def test_both_profiles_send_the_domain_selectively(endpoints):
    action_endpoint = yaml.safe_load((ROOT / endpoints).read_text())["action_endpoint"]
    assert action_endpoint["enable_selective_domain"] is True


def test_rasa_sends_the_domain_to_the_marked_actions_only():
    domain = Domain.load(ROOT / "domain.yml")
    endpoint = EndpointConfig("http://localhost:5055/webhook", enable_selective_domain=True)
    tracker = DialogueStateTracker("selective", domain.slots)
    for name in served_actions():
        body = RemoteAction(name, endpoint)._action_call_format(tracker, domain)
        assert ("domain" in body) == (name in marked()), name
