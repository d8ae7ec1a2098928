"""Fixes to a serving Rasa's hot path, found by profiling a message round trip (issue 8).

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

py-spy under the bench load (after the three fixes above) then showed:

* Every policy, for every action predicted, rebuilt the dialogue states of the
  whole conversation (`Domain.states_for_tracker_history`: a replay of every
  event from the start, a state per action). Here the replay tracker and the
  states made so far are remembered on the tracker object (so they live exactly
  as long as the message's tracker) for each set of arguments, and a later call
  replays only the events added since. Whenever the history is not the old one
  plus new events (a rewind, a restart, another event list), it starts over.
  Which events count (`applied_events`, ~0.5 ms for 180 events) is remembered
  while the tracker holds the very same event objects.
  The policies edit the states they get in place, so each call gets fresh dicts,
  shared with each other exactly where Rasa's were. In-memory bench: with the
  next fix, 16.2 -> 25.8 msg/s.
* A button payload ("/trust_general") went through the whole NLU pipeline (the
  sentence encoder included) before the graph's last node, RegexMessageHandler,
  threw all of it away and answered with the payload's intent. For a payload
  that names a known intent and nothing else, that last node's answer is now
  made directly; anything else ("/unknown", entities, a confidence, text) still
  runs the pipeline.

* With the production profile (Redis), saving a conversation read it back,
  replayed it and compared every stored event with the live one (Rasa merges
  earlier sessions in); each comparison of a bot message or action encodes its
  data and metadata with jsonpickle (~17 us a dict). For plain JSON data
  (exact JSON types, string keys not starting with jsonpickle's "py/", no
  object twice) jsonpickle writes exactly what json.dumps writes (~3 us), so
  Rasa's events module gets a jsonpickle whose `encode` takes that path for
  such data and calls the real one for anything else.

Installed by components/clinic_responses.py, which only a serving Rasa loads
(never `rasa train`); tests/components/test_rasa_speedups.py checks that the
behaviour is unchanged.
"""
from __future__ import annotations

import copy
import json
from functools import cache
from types import ModuleType
from typing import Any

import jsonpickle
import rasa.shared.core.events
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import PREVIOUS_ACTION
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
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


_original_states_for_tracker_history = Domain.states_for_tracker_history


class _StatesSoFar:
    """Where `states_for_tracker_history` stopped: the events replayed, the replay tracker and the states made."""

    def __init__(self, domain: Domain, tracker: DialogueStateTracker) -> None:
        self.domain = domain
        self.events: list[Event] = []
        self.replay = tracker.init_copy()
        self.states: list[State] = []
        self.last_ml_action_sub_state: dict[str, str] | None = None
        self.turn_was_hidden = False


def _next_state(domain: Domain, so_far: _StatesSoFar, hide_rule_turn: bool, omit_unset_slots: bool,
                ignore_rule_only_turns: bool, rule_only_data: dict[str, Any] | None) -> State | None:
    """One pass of the loop body of Rasa's `Domain.states_for_tracker_history`; updates `so_far`'s loop variables."""
    tracker = so_far.replay
    if ignore_rule_only_turns:
        if not so_far.turn_was_hidden:
            so_far.last_ml_action_sub_state = domain._get_prev_action_sub_state(tracker)
        if not tracker.followup_action and not tracker.latest_action_name == tracker.active_loop_name:
            so_far.turn_was_hidden = hide_rule_turn
        if so_far.turn_was_hidden:
            return None
    state = domain.get_active_state(tracker, omit_unset_slots=omit_unset_slots)
    if ignore_rule_only_turns:
        domain._remove_rule_only_features(state, rule_only_data)
        if so_far.states:
            domain._substitute_rule_only_user_input(state, so_far.states[-1])
        if so_far.last_ml_action_sub_state:
            state[PREVIOUS_ACTION] = so_far.last_ml_action_sub_state
    return domain._clean_state(state)


def _handed_out(states: list[State]) -> list[State]:
    """Fresh state and sub-state dicts (callers edit them in place), shared where Rasa's were shared."""
    copies: dict[int, Any] = {}

    def copied(sub_state: Any) -> Any:
        if not isinstance(sub_state, dict):
            return sub_state
        if id(sub_state) not in copies:
            copies[id(sub_state)] = dict(sub_state)
        return copies[id(sub_state)]

    return [{key: copied(sub_state) for key, sub_state in state.items()} for state in states]


def _applied_events(tracker: DialogueStateTracker) -> list[Event]:
    """`tracker.applied_events()`, remembered for as long as the tracker holds the very same event objects."""
    seen, applied = tracker.__dict__.get("_speedups_applied_events", ((), None))
    events = tracker.events
    if applied is not None and len(seen) == len(events) and all(
            before is now for before, now in zip(seen, events, strict=True)):
        return applied
    applied = tracker.applied_events()
    tracker.__dict__["_speedups_applied_events"] = (list(events), applied)
    return applied


def _states_for_tracker_history(self: Domain, tracker: DialogueStateTracker, omit_unset_slots: bool = False,
                                ignore_rule_only_turns: bool = False,
                                rule_only_data: dict[str, Any] | None = None) -> list[State]:
    key = (omit_unset_slots, ignore_rule_only_turns, repr(rule_only_data))
    remembered: dict[tuple, _StatesSoFar] = tracker.__dict__.setdefault("_speedups_states_so_far", {})
    applied = _applied_events(tracker)
    so_far = remembered.get(key)
    if (so_far is None or so_far.domain is not self or len(so_far.events) > len(applied)
            or any(seen is not event for seen, event in zip(so_far.events, applied, strict=False))):
        so_far = remembered[key] = _StatesSoFar(self, tracker)
    for event in applied[len(so_far.events):]:
        if isinstance(event, ActionExecuted):
            state = _next_state(self, so_far, event.hide_rule_turn, omit_unset_slots, ignore_rule_only_turns,
                                rule_only_data)
            if state is not None:
                so_far.states.append(state)
        so_far.replay.update(event)
        so_far.events.append(event)
    # The state after the last event: computed on a copy of the loop variables, since the
    # next event (if one comes) may be an action whose turn is hidden.
    last = copy.copy(so_far)
    final = _next_state(self, last, False, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    return _handed_out(so_far.states + ([final] if final is not None else []))


_original_parse_message_with_graph = MessageProcessor._parse_message_with_graph
# The last node of every NLU graph Rasa 3.6's default recipe builds: it replaces
# whatever the pipeline made of a "/intent" message with that intent.
_REGEX_MESSAGE_HANDLER = "RegexMessageHandler"


def _plain_button_payload(text: Any, domain: Domain) -> bool:
    """A button payload "/intent" with an intent the domain knows, nothing else (no entities, no confidence)."""
    if not isinstance(text, str):
        return False
    match = YAMLStoryReader._regex_message_pattern().match(text.strip())
    return bool(match and match.group(INTENT_NAME_KEY).strip() in domain.intents
                and not any(match.group(name) for name in (PREDICTED_CONFIDENCE_KEY, ENTITIES, "rest")))


def _parse_message_with_graph(self: MessageProcessor, message: UserMessage, tracker: DialogueStateTracker,
                              only_output_properties: bool = True) -> dict[str, Any]:
    if not (_plain_button_payload(message.text, self.domain)
            and self.model_metadata.nlu_target == f"run_{_REGEX_MESSAGE_HANDLER}"):
        return _original_parse_message_with_graph(self, message, tracker, only_output_properties)
    # Exactly what the graph's last node returns for such a message, without running the
    # tokenizers, featurizers (the sentence encoder) and classifiers whose output it discards.
    unpacked = YAMLStoryReader.unpack_regex_message(Message({TEXT: message.text}), self.domain,
                                                     entity_extractor_name=_REGEX_MESSAGE_HANDLER)
    parse_data = {TEXT: "", INTENT: {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0}, ENTITIES: []}
    parse_data.update(unpacked.as_dict(only_output_properties=only_output_properties))
    return parse_data


_JSON_SCALARS = (str, int, float, bool, type(None))


def _plain_json(value: Any, containers: set[int]) -> bool:
    """Only JSON's own types (exact types, str keys), no container twice, no jsonpickle tag ("py/...") as a key.

    For such values jsonpickle's output is json.dumps' output (tests/components/test_rasa_speedups.py).
    """
    kind = type(value)
    if kind in _JSON_SCALARS:
        return True
    if kind is dict:
        if id(value) in containers:
            return False
        containers.add(id(value))
        return all(type(key) is str and not key.startswith("py/") and _plain_json(item, containers)
                   for key, item in value.items())
    if kind is list:
        if id(value) in containers:
            return False
        containers.add(id(value))
        return all(_plain_json(item, containers) for item in value)
    return False


class _FastJsonpickle(ModuleType):
    """jsonpickle as rasa.shared.core.events sees it, with `encode` of plain JSON data done by json.dumps."""

    def __init__(self) -> None:
        super().__init__("jsonpickle")

    def __getattr__(self, name: str) -> Any:
        return getattr(jsonpickle, name)

    @staticmethod
    def encode(value: Any, *args: Any, **kwargs: Any) -> str:
        if not args and not kwargs and _plain_json(value, set()):
            return json.dumps(value)
        return jsonpickle.encode(value, *args, **kwargs)


def install() -> None:
    """Idempotent."""
    from threadpoolctl import threadpool_limits

    RemoteAction._validate_action_result = _validate_action_result
    Event.resolve_by_type = staticmethod(_resolve_by_type)
    Domain.states_for_tracker_history = _states_for_tracker_history
    MessageProcessor._parse_message_with_graph = _parse_message_with_graph
    rasa.shared.core.events.jsonpickle = _FastJsonpickle()
    threadpool_limits(limits=1, user_api="blas")
