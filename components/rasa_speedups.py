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
  even the tiny ones of one message (the intent classifier's; the sentence
  encoder's too while it ran on numpy: 36 ms a message, 22 ms with one BLAS
  thread, machine load ~2): under load those threads fight the event loop and
  the action server for the same two cores. A serving Rasa handles one message
  at a time per process, so one thread (onnxruntime's encoder keeps to one of
  its own, components/sentence_encoder.py).

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

* RulePolicy tested every one of its rules (330 today) against the conversation's last
  state, for each prediction, twice (once for the text, once for the intent), and
  then the survivors against every earlier state of the conversation, long after
  the longest survivor had ended (Rasa's `_get_possible_keys`: ~360 tests a call,
  12 % of a message's time under cProfile). Here the rules are indexed once by
  what their last state requires (the previous action's name, the user's intent),
  so only those that could fit are tested, and the walk back stops where every
  survivor has ended. Each test is still Rasa's own `_is_rule_applicable`, so the
  matching rules are exactly Rasa's; where two of them tie for the longest (Rasa
  takes the first of its set, an order this could not promise to keep), Rasa's
  own walk makes the set.

* Before every action Rasa copies the conversation's tracker
  (`MessageProcessor._run_action`; a form's activation too), and its copy
  replays every event into a fresh tracker (`travel_back_in_time`), each
  fallback's rewind replaying the whole conversation again inside it: ~3 copies
  a message, each growing with the conversation (7.3 % of the Rasa process's
  CPU under the bench load). Here the tracker that replay makes is kept on the
  tracker object, made by the very same calls (`init_copy`, then each event's
  `update`), and brought up to date with the events added since; each copy is a
  tracker of its own built from it, sharing with the conversation exactly what
  the stock copy shares (the logged events and the slot values they set). The
  copy is the replayed state, not the live tracker's (the processor clears the
  follow-up action and sets the model id on the tracker itself, without an
  event). The replay writes into the conversation's user messages (which
  message text or intent featurizes, entities added): those writes are noted
  and made again at each copy, as the stock replay makes them again, so a
  rejected action's featurization is undone exactly as before. Whenever the
  events are not the old ones plus new ones, or the tracker, its slots, an event
  or its timestamp is one the replay cannot vouch for (a subclass, a bounded
  history, StoryExported, a custom event or slot type), Rasa's own copy runs.
  One difference, in the logs only: an event setting an unknown slot logs its
  error once, not at every copy.

Installed by components/clinic_responses.py, which only a serving Rasa loads
(never `rasa train`); tests/components/test_rasa_speedups.py checks that the
behaviour is unchanged.
"""
from __future__ import annotations

import copy
import json
import operator
from collections import deque
from functools import cache
from itertools import islice
from types import ModuleType
from typing import Any

import jsonpickle
import rasa.shared.core.events
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.processor import MessageProcessor
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import ACTION_LISTEN_NAME, PREVIOUS_ACTION, SHOULD_NOT_BE_SET, USER
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    AgentUttered,
    AllSlotsReset,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    DefinePrevUserUtteredFeaturization,
    EntitiesAdded,
    Event,
    FollowupAction,
    LegacyForm,
    LegacyFormValidation,
    LoopInterrupted,
    ReminderCancelled,
    ReminderScheduled,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.slots import AnySlot, BooleanSlot, CategoricalSlot, FloatSlot, ListSlot, TextSlot
from rasa.shared.core.trackers import DialogueStateTracker, TrackerActiveLoop
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.constants import (
    ACTION_NAME,
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.utils.common import all_subclasses

from components import action_calls, fast_json, graph_runner, live_trackers

_original_resolve_by_type = Event.resolve_by_type
_event_classes: dict[str, type[Event]] = {}


@cache
def _action_response_validator() -> Any:
    from jsonschema.validators import validator_for

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _nothing_to_check(result: Any) -> bool:
    """No events and no responses: the schema constrains nothing else (no required keys, any other key)."""
    return type(result) is dict and all(
        type(result[key]) is list and not result[key] for key in ("events", "responses") if key in result)


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match

    if _nothing_to_check(result):
        # Most calls: action_log_theme once its theme is logged. Valid under the schema as it is.
        return True
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


# After one of these, Rasa's `applied_events` is not the old list plus the new events: they
# reset or rewind it, or (a loop) make the loop's later executions undo the turns between them.
_REWRITING_EVENTS = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted, ActiveLoop)


def _applied_events(tracker: DialogueStateTracker) -> list[Event]:
    """`tracker.applied_events()`, remembered for as long as the tracker holds the very same event objects.

    When events were only added since, and neither they nor the earlier ones reset, rewind or
    start a loop, Rasa's answer is the old one plus the new events: no need to walk them all.
    """
    seen, applied, rewritten = tracker.__dict__.get("_speedups_applied_events", ((), None, True))
    events = tracker.events
    if applied is not None and len(seen) <= len(events) and all(
            before is now for before, now in zip(seen, events, strict=False)):
        if len(seen) == len(events):
            return applied
        added = list(islice(events, len(seen), None))
        if not rewritten and not any(isinstance(event, _REWRITING_EVENTS) for event in added):
            applied = applied + added
            tracker.__dict__["_speedups_applied_events"] = (list(events), applied, False)
            return applied
    applied = tracker.applied_events()
    rewritten = any(isinstance(event, _REWRITING_EVENTS) for event in events)
    tracker.__dict__["_speedups_applied_events"] = (list(events), applied, rewritten)
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


_original_get_possible_keys = RulePolicy._get_possible_keys
# A rule whose last state asks nothing of this feature fits any value of it.
_ANY = object()


def _required(value: Any) -> Any:
    """The value a rule's state demands of the conversation (`_does_rule_match_state`), or _ANY."""
    return value if isinstance(value, str) and value and value != SHOULD_NOT_BE_SET else _ANY


class _RuleIndex:
    """One lookup's rule keys, by what their last state requires of the conversation's last state."""

    def __init__(self, lookup: dict[str, str]) -> None:
        self.keys = set(lookup)
        self.lengths: dict[str, int] = {}
        # Rules that start a conversation (no previous action): only they fit a starting state.
        self.starters: list[str] = []
        self.by_action_and_intent: dict[tuple[Any, Any], list[str]] = {}
        for key in lookup:
            rule_states = json.loads(key)
            self.lengths[key] = len(rule_states)
            last = rule_states[-1]
            if not last.get(PREVIOUS_ACTION):
                self.starters.append(key)
                continue
            required = (_required(last[PREVIOUS_ACTION].get(ACTION_NAME)), _required(last.get(USER, {}).get(INTENT)))
            self.by_action_and_intent.setdefault(required, []).append(key)

    def candidates(self, state: State) -> list[str] | None:
        """Every key that could fit `state` as its last state (a superset of those that do); None: cannot tell."""
        previous_action = state.get(PREVIOUS_ACTION)
        if not previous_action:
            return self.starters
        action, intent = previous_action.get(ACTION_NAME), state.get(USER, {}).get(INTENT)
        if not all(value is None or isinstance(value, str) for value in (action, intent)):
            return None
        return [key for required in ((action, intent), (action, _ANY), (_ANY, intent), (_ANY, _ANY))
                for key in self.by_action_and_intent.get(required, ())]


def _rule_index(policy: RulePolicy, lookup: dict[str, str]) -> _RuleIndex:
    """Built once per lookup, again whenever its rules change."""
    indexes: dict[int, tuple[dict, _RuleIndex]] = policy.__dict__.setdefault("_speedups_rule_indexes", {})
    indexed, index = indexes.get(id(lookup), (None, None))
    if indexed is not lookup or index.keys != lookup.keys():
        index = _RuleIndex(lookup)
        indexes[id(lookup)] = (lookup, index)
    return index


def _get_possible_keys(self: RulePolicy, lookup: dict[str, str], states: list[State]) -> set[str]:
    if not states:
        return _original_get_possible_keys(self, lookup, states)
    index = _rule_index(self, lookup)
    candidates = index.candidates(states[-1])
    if candidates is None:
        return _original_get_possible_keys(self, lookup, states)
    possible = {key for key in candidates if self._is_rule_applicable(key, 0, states[-1])}
    for turn, state in enumerate(reversed(states[:-1]), start=1):
        # A rule fits every state further back than its own length (`_is_rule_applicable`).
        if not possible or turn >= max(index.lengths[key] for key in possible):
            break
        possible = {key for key in possible if self._is_rule_applicable(key, turn, state)}
    longest = max(map(len, possible), default=0)
    if sum(len(key) == longest for key in possible) > 1:
        return _original_get_possible_keys(self, lookup, states)
    return possible


# --- the tracker copy before every action (`MessageProcessor._run_action`, `FormAction._activate_loop`) ---

_original_copy = DialogueStateTracker.copy
# The tracker methods a replay runs, as Rasa 3.6 has them; `_Replay` relies on what they do.
_TRACKER_METHODS = ("update", "init_copy", "travel_back_in_time", "replay_events", "applied_events", "_reset")
_rasas_tracker_methods = tuple(getattr(DialogueStateTracker, name) for name in _TRACKER_METHODS)
# Rasa's own events and what applying each does (`apply_to`): a change to the tracker, and for two of
# them to the latest user message. StoryExported is not here: replaying it writes a file.
_REPLAYABLE = {event_class: event_class.apply_to for event_class in (
    UserUttered, DefinePrevUserUtteredFeaturization, EntitiesAdded, BotUttered, SlotSet, Restarted,
    UserUtteranceReverted, AllSlotsReset, ReminderScheduled, ReminderCancelled, ActionReverted, FollowupAction,
    ConversationPaused, ConversationResumed, ActionExecuted, AgentUttered, ActiveLoop, LegacyForm, LoopInterrupted,
    LegacyFormValidation, ActionExecutionRejected, SessionStarted)}
# Their `apply_to` is `tracker._reset(); tracker.replay_events()`.
_REWINDS = (UserUtteranceReverted, ActionReverted)
# Rasa's slot types: `copy.copy` of one copies its __dict__, and only ListSlot's value setter makes a new
# object (a list around a single value).
_SLOT_TYPES = frozenset({AnySlot, BooleanSlot, CategoricalSlot, FloatSlot, ListSlot, TextSlot})
_INFINITY = float("inf")


class _CannotReplay(Exception):
    """Something `_Replay` cannot vouch for: the stock copy makes this one."""


class _Replay:
    """The tracker Rasa's copy would build from a tracker's events (`travel_back_in_time(inf)`), kept up to date.

    `tracker` got Rasa's own updates, one event at a time, in order: the very calls the stock copy
    makes, spread over the message's copies instead of repeated by each. What `apply_to` of
    DefinePrevUserUtteredFeaturization and EntitiesAdded writes into the latest user message (an
    event the conversation shares with its copies) is noted, so that each copy writes it again
    as the stock copy's replay does.
    """

    def __init__(self, live: DialogueStateTracker) -> None:
        self.tracker = live.init_copy()
        if len(self.tracker.slots) != len(live.slots):
            raise _CannotReplay("two slots of one name")
        # What init_copy took from the live tracker; the stock copy takes it again every time.
        self.sender_id = live.sender_id
        self.is_rule_tracker = live.is_rule_tracker
        self.slots = [(slot.name, type(slot), slot.initial_value) for slot in live.slots.values()]
        self.seen: list[Event] = []
        self.user_messages: set[int] = set()
        self.parse_data: set[int] = set()
        self.bot_messages: set[int] = set()
        # Values of SlotSet events: a slot holding one holds the event's own object, as in the stock copy.
        self.slot_values: set[int] = set()
        # id(user message) -> (message, DefinePrevUserUtteredFeaturization last applied to it)
        self.featurization: dict[int, tuple[UserUttered, DefinePrevUserUtteredFeaturization]] = {}
        self.entities_added: dict[tuple[int, int], tuple[UserUttered, EntitiesAdded]] = {}

    def still_fits(self, live: DialogueStateTracker) -> bool:
        """init_copy of `live` would start this replay as it started, and `live` has every event replayed so far."""
        events = live.events
        return (live.sender_id == self.sender_id and live.is_rule_tracker == self.is_rule_tracker
                and len(live.slots) == len(self.slots)
                and all(slot.name == name and type(slot) is kind and slot.initial_value is initial
                        for slot, (name, kind, initial) in zip(live.slots.values(), self.slots, strict=False))
                and len(events) >= len(self.seen) and all(map(operator.is_, self.seen, events)))

    def catch_up(self, live: DialogueStateTracker) -> None:
        for event in islice(live.events, len(self.seen), None):
            self._update(event)

    def _update(self, event: Event) -> None:
        """`self.tracker.update(event)` (the replay has no model or assistant id to stamp on the event)."""
        apply_to = _REPLAYABLE.get(type(event))
        if apply_to is None or type(event).apply_to is not apply_to:
            raise _CannotReplay(type(event))
        try:
            # travel_back_in_time(inf) stops at the first event it cannot place before the end of time.
            if not event.timestamp <= _INFINITY:
                raise _CannotReplay("timestamp")
        except TypeError as error:
            raise _CannotReplay("timestamp") from error
        tracker = self.tracker
        tracker.events.append(event)
        self.seen.append(event)
        if type(event) is UserUttered:
            self.user_messages.add(id(event))
            self.parse_data.add(id(event.parse_data))
        elif type(event) is BotUttered:
            self.bot_messages.add(id(event))
        elif type(event) is SlotSet:
            self.slot_values.add(id(event.value))
        if type(event) in _REWINDS:
            # Its apply_to, with each replayed event noted as below.
            tracker._reset()
            for applied in tracker.applied_events():
                self._apply(applied)
        else:
            self._apply(event)

    def _apply(self, event: Event) -> None:
        tracker = self.tracker
        if type(event) in (DefinePrevUserUtteredFeaturization, EntitiesAdded):
            message = tracker.latest_message
            # The test both apply_to make before they write into the latest user message.
            if tracker.latest_action_name == ACTION_LISTEN_NAME and message:
                if type(event) is DefinePrevUserUtteredFeaturization:
                    self.featurization[id(message)] = (message, event)
                else:
                    self.entities_added.setdefault((id(message), id(event)), (message, event))
        event.apply_to(tracker)

    def copy(self, live: DialogueStateTracker) -> DialogueStateTracker:
        """What `live.copy()` returns: a tracker of its own, sharing only what the stock copy shares."""
        replayed = self.tracker
        message, bot_message, loop = replayed.latest_message, replayed.latest_bot_utterance, replayed.active_loop
        if message is not None and id(message) not in self.user_messages:
            # The empty message `_reset` made, which the stock copy makes anew.
            if any(noted is message for noted, _ in self.featurization.values()) or any(
                    noted is message for noted, _ in self.entities_added.values()):
                raise _CannotReplay("written into a message of its own")
            empty = UserUttered.empty()
        else:
            empty = None
        if loop is not None:
            trigger = loop.trigger_message
            if empty is not None and trigger is message.parse_data:
                trigger = empty.parse_data
            elif trigger is not None and id(trigger) not in self.parse_data:
                raise _CannotReplay("loop started by a message of its own")
            loop = TrackerActiveLoop(loop.name, loop.is_interrupted, loop.rejected, trigger)
        if bot_message is not None and id(bot_message) not in self.bot_messages:
            bot_message = BotUttered.empty()
        slots = {}
        for slot, replayed_slot in zip(live.slots.values(), replayed.slots.values(), strict=True):
            if type(slot) not in _SLOT_TYPES:
                raise _CannotReplay(type(slot))
            # copy.copy(slot), reset and set as the replay set it.
            value = replayed_slot._value
            if type(value) is list and type(slot) is ListSlot and id(value) not in self.slot_values and (
                    value is not slot.initial_value):
                value = list(value)  # the list ListSlot's setter put around a single value
            copied = object.__new__(type(slot))
            copied.__dict__.update(slot.__dict__)
            copied._value = value
            copied._has_been_set = replayed_slot._has_been_set
            slots[copied.name] = copied
        # Every write the stock copy's replay makes into a message the conversation shares.
        for noted, featurization in self.featurization.values():
            noted.use_text_for_featurization = featurization.use_text_for_featurization
        for noted, entities_added in self.entities_added.values():
            for entity in entities_added.entities:
                if entity not in noted.entities:
                    noted.entities.append(entity)
        copied = DialogueStateTracker.__new__(DialogueStateTracker)
        # The attributes DialogueStateTracker.__init__ sets, in its order.
        copied.__dict__.update(
            _max_event_history=replayed._max_event_history,
            events=deque(replayed.events, replayed._max_event_history),
            sender_id=replayed.sender_id,
            slots=slots,
            sender_source=replayed.sender_source,
            is_rule_tracker=replayed.is_rule_tracker,
            _paused=replayed._paused,
            followup_action=replayed.followup_action,
            latest_action=dict(replayed.latest_action) if replayed.latest_action is not None else None,
            latest_message=empty or message,
            latest_bot_utterance=bot_message,
            active_loop=loop,
            model_id=replayed.model_id,
            assistant_id=replayed.assistant_id,
        )
        return copied


def _copy(self: DialogueStateTracker) -> DialogueStateTracker:
    if (type(self) is not DialogueStateTracker or self._max_event_history is not None
            or tuple(getattr(DialogueStateTracker, name) for name in _TRACKER_METHODS) != _rasas_tracker_methods):
        return _original_copy(self)
    replay: _Replay | None = self.__dict__.get("_speedups_replay")
    try:
        if replay is None or not replay.still_fits(self):
            replay = self.__dict__["_speedups_replay"] = _Replay(self)
        replay.catch_up(self)
        return replay.copy(self)
    except _CannotReplay:
        self.__dict__.pop("_speedups_replay", None)
        return _original_copy(self)


def install() -> None:
    """Idempotent."""
    from threadpoolctl import threadpool_limits

    RemoteAction._validate_action_result = _validate_action_result
    Event.resolve_by_type = staticmethod(_resolve_by_type)
    Domain.states_for_tracker_history = _states_for_tracker_history
    MessageProcessor._parse_message_with_graph = _parse_message_with_graph
    RulePolicy._get_possible_keys = _get_possible_keys
    DialogueStateTracker.copy = _copy
    rasa.shared.core.events.jsonpickle = _FastJsonpickle()
    threadpool_limits(limits=1, user_api="blas")
    live_trackers.install()
    graph_runner.install()
    fast_json.install()
    action_calls.install()
