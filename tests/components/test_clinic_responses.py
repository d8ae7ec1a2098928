"""The clinic profile's `journeys` decide the opening's buttons and the order of every journey menu."""
from __future__ import annotations

import asyncio
from functools import cache
from pathlib import Path

import pytest
import yaml
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from components.clinic_responses import ClinicResponses, journey_buttons

ROOT = Path(__file__).resolve().parents[2]
TRUST, NEEDS, ENDING = "/trust_general", "/needs_general", "/ending_unsure_fit"


@cache
def domain() -> Domain:
    return Domain.load(ROOT / "domain.yml")


def payloads(journeys, utter_action: str) -> list[str]:
    generator = ClinicResponses(domain=domain(), journeys=journeys)
    tracker = DialogueStateTracker.from_events("someone", [], slots=domain().slots)
    response = asyncio.run(generator.generate(utter_action, tracker, "rest"))
    return [button["payload"] for button in response["buttons"]]


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.production.yml"])
def test_both_endpoint_profiles_use_the_clinic_responses(endpoints):
    nlg = yaml.safe_load((ROOT / endpoints).read_text())["nlg"]
    assert nlg == {"type": "components.clinic_responses.ClinicResponses"}


def test_the_opening_offers_only_the_profiles_journeys_in_its_order():
    for _ in range(10):  # every variation of the greeting
        assert payloads(("needs", "trust"), "utter_greet") == [NEEDS, TRUST]
        assert payloads(("ending",), "utter_greet") == [ENDING]
        assert payloads(("trust", "needs", "ending"), "utter_greet") == [TRUST, NEEDS, ENDING]


def test_other_menus_put_the_profiles_journeys_first_and_keep_the_rest():
    for _ in range(10):
        assert payloads(("needs", "trust"), "utter_capabilities") == [NEEDS, TRUST, ENDING, "/handoff"]
        assert payloads(("ending",), "utter_default") == [ENDING, TRUST, NEEDS]


def test_responses_that_are_not_journey_menus_are_left_as_written():
    assert payloads(("ending",), "utter_trust_skepticism") == [
        "/trust_alliance", "/needs_general", "/ending_unsure_fit", "/ask_capabilities",
    ]


def test_buttons_around_the_journeys_keep_their_places():
    buttons = [{"payload": "/start_note"}, {"payload": TRUST}, {"payload": NEEDS}, {"payload": ENDING},
               {"payload": "/handoff"}]
    assert [b["payload"] for b in journey_buttons(buttons, ("ending", "needs"), only_listed=True)] == [
        "/start_note", ENDING, NEEDS, "/handoff",
    ]
