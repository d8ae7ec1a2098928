"""Three fixes to a serving Rasa's hot path, found by profiling a message round trip (issue 8).

cProfile of 60 messages through the Rasa agent (README, "Speed and scale") showed
two pieces of Rasa doing the same expensive work again on every message:

* `RemoteAction._validate_action_result` calls `jsonschema.validate`, which
  first checks the *schema itself* against the JSON Schema meta-schema, then
  builds a new validator: ~0.1 s of CPU for every custom action call, 40 % of
  the server's time. Here the validator is built and the schema checked once;
  every response is still validated against the same schema and a bad one
  still raises the same `ValidationError` with the same message.
* `Event.resolve_by_type` walks every subclass of `Event` (recursively, with
  `inspect.isabstract`) for every event of every tracker it deserialises: ~20 %
  of the time with the in-memory or Redis tracker store. Here the answer is
  remembered per event type name; an unknown name still walks the classes
  (a custom event class defined later is still found) and still raises.

* numpy's BLAS (OpenBLAS) starts a thread per core for every matrix product,
  even the sentence encoder's tiny ones for one message: under load those
  threads fight the event loop and the action server for the same two cores
  (encoder: 36 ms a message, 22 ms with one BLAS thread, machine load ~2).
  A serving Rasa handles one message at a time per process, so one thread.

Installed by components/clinic_responses.py, which only a serving Rasa loads
(never `rasa train`); tests/components/test_rasa_speedups.py checks that the
behaviour is unchanged.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_original_resolve_by_type = Event.resolve_by_type
_event_classes: dict[str, type[Event]] = {}


@cache
def _action_response_validator() -> Any:
    from jsonschema.validators import validator_for

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match

    error: ValidationError | None = best_match(_action_response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def _resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    known = _event_classes.get(type_name)
    if known is not None:
        return known
    for event_class in all_subclasses(Event):
        if event_class.type_name == type_name:
            _event_classes[type_name] = event_class
            return event_class
    return _original_resolve_by_type(type_name, default)


def install() -> None:
    """Idempotent."""
    from threadpoolctl import threadpool_limits

    RemoteAction._validate_action_result = _validate_action_result
    Event.resolve_by_type = staticmethod(_resolve_by_type)
    threadpool_limits(limits=1, user_api="blas")
