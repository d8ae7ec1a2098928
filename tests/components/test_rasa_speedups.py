"""components/rasa_speedups.py: Rasa answers exactly as before, only sooner."""
from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses
from threadpoolctl import threadpool_info

from components import rasa_speedups

rasa_speedups.install()

VALID = {"events": [{"event": "slot", "name": "note_pace", "value": "slowly"}],
         "responses": [{"response": "utter_greet"}]}
INVALID = [
    {"events": "slot"},
    {"events": [{"name": "note_pace"}]},
    {"events": [{"event": "slot", "name": 3}]},
    {"responses": "utter_greet"},
]


def test_a_valid_action_server_response_is_accepted():
    assert RemoteAction("action_log_theme", None)._validate_action_result(VALID) is True


@pytest.mark.parametrize("response", INVALID, ids=["events-not-a-list", "event-without-type", "slot-name-number",
                                                   "responses-not-a-list"])
def test_an_invalid_response_is_refused_with_the_same_error_as_before(response):
    with pytest.raises(jsonschema.ValidationError) as stock:
        jsonschema.validate(response, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError) as ours:
        RemoteAction("action_log_theme", None)._validate_action_result(response)
    assert ours.value.message.startswith(stock.value.message)
    assert "Failed to validate Action server response" in ours.value.message
    assert list(ours.value.path) == list(stock.value.path)


def test_every_event_type_resolves_to_the_class_it_did_before():
    for event_class in all_subclasses(Event):
        expected = next(cls for cls in all_subclasses(Event) if cls.type_name == event_class.type_name)
        assert Event.resolve_by_type(event_class.type_name) is expected
        assert Event.resolve_by_type(event_class.type_name) is expected  # remembered


def test_unknown_event_types_behave_as_before():
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    assert Event.resolve_by_type("topic") is None


def test_numpy_runs_its_matrix_products_on_one_thread_in_a_serving_rasa():
    blas = [library for library in threadpool_info() if library["user_api"] == "blas"]
    assert blas and all(library["num_threads"] == 1 for library in blas)
