"""components/rasa_speedups.py: Rasa answers exactly as before, only sooner."""
from __future__ import annotations

import copy
import json
import random
from contextlib import contextmanager
from pathlib import Path

import jsonpickle
import jsonschema
import pytest
import rasa.shared.core.events
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.constants import SHOULD_NOT_BE_SET
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    BotUttered,
    Event,
    Restarted,
    SlotSet,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker
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
    {"events": None, "responses": []},
    {"events": [], "responses": {}},
    [],
]


def test_a_valid_action_server_response_is_accepted():
    assert RemoteAction("action_log_theme", None)._validate_action_result(VALID) is True


@pytest.mark.parametrize("response", [{"events": [], "responses": []}, {"events": []}, {}, {"extra": 1, "events": []}])
def test_a_response_with_nothing_in_it_is_accepted_as_the_schema_accepts_it(response):
    jsonschema.validate(response, RemoteAction.action_response_format_spec())
    assert rasa_speedups._nothing_to_check(response)
    assert RemoteAction("action_log_theme", None)._validate_action_result(response) is True


@pytest.mark.parametrize("response", INVALID, ids=["events-not-a-list", "event-without-type", "slot-name-number",
                                                   "responses-not-a-list", "events-none", "responses-a-dict",
                                                   "not-an-object"])
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


# --- dialogue states, made once per event instead of once per policy and prediction ---

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain_and_conversations():
    """Our domain and every story, rule and test story as a plain tracker (the events a served conversation has)."""
    from rasa.shared.core.generator import TrainingDataGenerator
    from rasa.shared.importers.importer import TrainingDataImporter

    importer = TrainingDataImporter.load_from_dict(
        config_path=str(ROOT / "config.yml"), domain_path=str(ROOT / "domain.yml"),
        training_data_paths=[str(ROOT / "data"), *map(str, sorted(ROOT.glob("tests/test_*.yml")))])
    domain = importer.get_domain()
    trackers = TrainingDataGenerator(importer.get_stories(), domain, augmentation_factor=0,
                                     remove_duplicates=False).generate()
    return domain, [DialogueStateTracker.from_events(f"story-{index}", list(tracker.events), domain.slots)
                    for index, tracker in enumerate(trackers)]


def _shape(states):
    """Which sub-state dicts are the same object: the policies edit them in place, so sharing matters."""
    first_seen: dict[int, int] = {}
    return [[first_seen.setdefault(id(sub), len(first_seen)) if isinstance(sub, dict) else None
             for sub in state.values()] for state in states]


def _arguments(domain):
    rule_only = {"slots": [slot.name for slot in domain.slots][:3], "loops": list(domain.form_names)}
    return [{}, {"omit_unset_slots": True}, {"ignore_rule_only_turns": True, "rule_only_data": rule_only},
            {"ignore_rule_only_turns": True, "rule_only_data": None}]


def _rasa_states(domain, tracker, **arguments):
    return rasa_speedups._original_states_for_tracker_history(domain, tracker, **arguments)


def test_the_policies_see_the_same_states_at_every_step_of_every_conversation(domain_and_conversations):
    domain, conversations = domain_and_conversations
    compared = 0
    for conversation in conversations:
        growing = DialogueStateTracker(conversation.sender_id, domain.slots)
        for event in conversation.events:
            growing.update(event)
            if not isinstance(event, ActionExecuted):
                continue
            for arguments in _arguments(domain):
                ours = domain.states_for_tracker_history(growing, **arguments)
                expected = _rasa_states(domain, growing, **arguments)
                assert ours == expected and _shape(ours) == _shape(expected), (conversation.sender_id, arguments)
                # What a policy does to its states (featurizers delete keys) must not reach the next call.
                for state in ours:
                    for sub_state in state.values():
                        sub_state.clear()
                compared += 1
    assert compared > 1000


def test_states_follow_a_conversation_that_is_rewound_or_restarted(domain_and_conversations):
    domain, conversations = domain_and_conversations
    longest = max(conversations, key=lambda tracker: len(tracker.events))
    tracker = DialogueStateTracker(longest.sender_id, domain.slots)
    for event in longest.events:
        tracker.update(event)
    arguments = _arguments(domain)[2]
    domain.states_for_tracker_history(tracker, **arguments)
    for undo in (UserUtteranceReverted(), ActionReverted(), Restarted()):
        tracker.update(undo)
        assert domain.states_for_tracker_history(tracker, **arguments) == _rasa_states(domain, tracker, **arguments)
    for event in list(longest.events)[:8]:
        tracker.update(event)
        assert domain.states_for_tracker_history(tracker, **arguments) == _rasa_states(domain, tracker, **arguments)


def test_a_changed_history_with_the_same_length_is_not_mistaken_for_the_old_one(domain_and_conversations):
    domain, conversations = domain_and_conversations
    first, second = [tracker for tracker in conversations if len(tracker.events) >= 6][:2]
    tracker = DialogueStateTracker("swap", domain.slots)
    for event in first.events:
        tracker.update(event)
    domain.states_for_tracker_history(tracker)
    tracker.events.clear()
    for event in list(second.events)[: len(first.events)]:
        tracker.update(event)
    assert domain.states_for_tracker_history(tracker) == _rasa_states(domain, tracker)


# --- button payloads: the graph's last node decides them, so the rest of the pipeline is skipped ---

@pytest.fixture(scope="module")
def processor(agent):
    return agent.processor


def _parse_both_ways(processor, text):
    from rasa.core.channels.channel import UserMessage
    from rasa.core.processor import MessageProcessor

    message = UserMessage(text, sender_id="speedups", metadata={"region": "uk"})
    tracker = DialogueStateTracker("speedups", processor.domain.slots)
    stock = rasa_speedups._original_parse_message_with_graph(processor, message, tracker)
    assert MessageProcessor._parse_message_with_graph is rasa_speedups._parse_message_with_graph
    return processor._parse_message_with_graph(message, tracker), stock


def test_every_button_payload_parses_exactly_as_through_the_whole_pipeline(processor):
    intents = processor.domain.intents
    assert len(intents) > 20
    for intent in intents:
        for text in (f"/{intent}", f"  /{intent} "):
            assert rasa_speedups._plain_button_payload(text, processor.domain)
            ours, stock = _parse_both_ways(processor, text)
            assert ours == stock and ours["intent"] == {"name": intent, "confidence": 1.0}, text


@pytest.mark.parametrize("text", [
    "/no_such_intent", '/trust_general{"note_pace": "slowly"}', "/affirm@0.4", "/deny and more", "/",
    "i want to /deny it", "I want to stop seeing my therapist", "I don't want to be alive anymore", "",
])
def test_other_messages_still_go_through_the_whole_pipeline(processor, text):
    assert not rasa_speedups._plain_button_payload(text, processor.domain)
    ours, stock = _parse_both_ways(processor, text)
    assert ours == stock


# --- jsonpickle, as Rasa's events use it to compare and hash events ---

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text()
_keys = st.text() | st.sampled_from(["py/object", "py/tuple", "py/id", "model_id", "buttons"])
_json_like = st.recursive(
    _scalars | st.tuples(_scalars),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=4)
    | st.dictionaries(st.integers(), children, max_size=2),
    max_leaves=20,
)


@settings(max_examples=600, deadline=None)
@given(_json_like)
def test_events_encode_any_value_exactly_as_jsonpickle_does(value):
    assert rasa.shared.core.events.jsonpickle.encode(value) == jsonpickle.encode(value)


class _Text(str):
    pass


def test_values_jsonpickle_writes_differently_from_json_keep_jsonpickles_form():
    shared = {"title": "Yes", "payload": "/affirm"}
    for value in ({"buttons": [shared, shared]}, {"py/object": "x"}, {"pair": (1, 2)}, {1: "one", "1": "uno"},
                  {"text": _Text("hi")}, {"when": 1.5}, {"tags": {"a"}}):
        assert rasa.shared.core.events.jsonpickle.encode(value) == jsonpickle.encode(value)
    assert jsonpickle.encode({"buttons": [shared, shared]}) != json.dumps({"buttons": [shared, shared]})


def test_stored_and_live_events_still_compare_as_before():
    meta = {"model_id": "abc", "assistant_id": "companion"}
    assert ActionExecuted("utter_greet", metadata=meta) == ActionExecuted("utter_greet", metadata=dict(meta))
    assert ActionExecuted("utter_greet", metadata=meta) != ActionExecuted("utter_greet", metadata={"model_id": "x"})
    bot = {"buttons": [{"title": "Trust", "payload": "/trust_general"}]}
    assert BotUttered("Hi", bot, meta) == BotUttered("Hi", json.loads(json.dumps(bot)), dict(meta))
    assert BotUttered("Hi", bot, meta) != BotUttered("Hi", {"buttons": []}, meta)
    assert hash(SlotSet("note_pace", ["slowly"])) == hash(SlotSet("note_pace", ["slowly"]))


# --- RulePolicy: a state is tested only against the rules that could fit it ---

@pytest.fixture(scope="module")
def rule_policy(processor):
    from rasa.core.policies.rule_policy import RulePolicy

    policies = [node._component for node in processor.graph_runner._instantiated_nodes.values()
                if isinstance(node._component, RulePolicy)]
    assert len(policies) == 1
    return policies[0]


@contextmanager
def _stock_rule_lookup():
    from rasa.core.policies.rule_policy import RulePolicy

    RulePolicy._get_possible_keys = rasa_speedups._original_get_possible_keys
    try:
        yield
    finally:
        RulePolicy._get_possible_keys = rasa_speedups._get_possible_keys


def _off_script(conversation, intents, seed):
    """The same conversation with each user message's intent drawn at random: states no rule was written for."""
    from rasa.shared.core.events import UserUttered

    draw = random.Random(seed)
    events = [UserUttered(event.text, {"name": draw.choice(intents), "confidence": 1.0}) if isinstance(
        event, UserUttered) else event for event in conversation.events]
    return DialogueStateTracker.from_events(f"{conversation.sender_id}-off-script", events, conversation.slots.values())


def _every_step(conversations, domain):
    """Each conversation as it grows, at each point where the bot predicts its next action."""
    for conversation in conversations:
        growing = DialogueStateTracker(conversation.sender_id, domain.slots)
        for event in conversation.events:
            if isinstance(event, ActionExecuted):
                yield growing
            growing.update(event)
        yield growing


def _all_conversations(domain_and_conversations, domain):
    _, conversations = domain_and_conversations
    return conversations + [_off_script(conversation, list(domain.intents), seed)
                            for seed, conversation in enumerate(conversations)]


def test_the_same_rules_fit_every_state_of_every_conversation(domain_and_conversations, processor, rule_policy):
    from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH

    domain = processor.domain
    fitting = compared = 0
    for tracker in _every_step(_all_conversations(domain_and_conversations, domain), domain):
        for use_text in (True, False):
            states = rule_policy._prediction_states(tracker, domain, use_text,
                                                    rule_only_data=rule_policy._get_rule_only_data())
            for lookup in (rule_policy.lookup[RULES], rule_policy.lookup[RULES_FOR_LOOP_UNHAPPY_PATH]):
                ours = rule_policy._get_possible_keys(lookup, states)
                stock = rasa_speedups._original_get_possible_keys(rule_policy, lookup, states)
                assert ours == stock, (tracker.sender_id, states)
                compared += 1
                fitting += bool(stock)
    assert compared > 4000 and compared * 0.2 < fitting < compared * 0.8


def test_the_rule_policy_predicts_the_same_next_action_at_every_step(domain_and_conversations, processor,
                                                                     rule_policy):
    domain = processor.domain
    predicted = set()
    for tracker in _every_step(_all_conversations(domain_and_conversations, domain), domain):
        ours = rule_policy._predict(tracker, domain)
        with _stock_rule_lookup():
            stock = rule_policy._predict(tracker, domain)
        # The prediction (action, events such as "returning from an unhappy path", hidden turn) and the rule's key.
        assert ours == stock, tracker.sender_id
        predicted.add(domain.action_names_or_texts[ours[0].max_confidence_index])
    assert {"action_listen", "action_default_fallback", "note_form"} <= predicted and len(predicted) > 40


def _rule_key(*states):
    return json.dumps(list(states), sort_keys=True)


LISTENED_THEN_ASKED = [{"prev_action": {"action_name": "utter_greet"}},
                       {"prev_action": {"action_name": "action_listen"}, "user": {"intent": "ask_capabilities"}}]


def test_among_equally_long_fitting_rules_rasa_picks_the_one_it_picked_before(rule_policy, monkeypatch):
    # Rules of the same length that all fit: Rasa takes the first of its set, in an order only its own
    # walk over the rules makes, so the set it hands back must be the one that walk made.
    made_by_rasa = []
    rasas_own = rasa_speedups._original_get_possible_keys

    def rasa_walk(policy, lookup, states):
        made_by_rasa.append(rasas_own(policy, lookup, states))
        return made_by_rasa[-1]

    lookup = {_rule_key({"prev_action": {"action_name": "action_listen"}, "user": {"intent": "ask_capabilities"},
                         "slots": {f"s{number}": SHOULD_NOT_BE_SET}}): f"utter_{number}" for number in range(5)}
    with monkeypatch.context() as patched:
        patched.setattr(rasa_speedups, "_original_get_possible_keys", rasa_walk)
        ours = rule_policy._get_possible_keys(lookup, LISTENED_THEN_ASKED)
    assert ours == set(lookup) and made_by_rasa and ours is made_by_rasa[-1]


def test_rules_added_or_replaced_after_the_first_lookup_are_seen(rule_policy):
    asked = _rule_key({"prev_action": {"action_name": "action_listen"}, "user": {"intent": "ask_capabilities"}})
    greeted_then_asked = _rule_key(*LISTENED_THEN_ASKED)
    lookup = {asked: "utter_capabilities"}
    assert rule_policy._get_possible_keys(lookup, LISTENED_THEN_ASKED) == {asked}
    lookup[greeted_then_asked] = "utter_greet_capabilities"
    assert rule_policy._get_possible_keys(lookup, LISTENED_THEN_ASKED) == {asked, greeted_then_asked}
    del lookup[asked]
    lookup[_rule_key({"prev_action": {"action_name": "utter_goodbye"}})] = "action_listen"
    assert rule_policy._get_possible_keys(lookup, LISTENED_THEN_ASKED) == {greeted_then_asked}
    # No state at all: Rasa keeps every rule.
    assert rule_policy._get_possible_keys(lookup, []) == set(lookup)


# --- the tracker copy before each action: Rasa's replay of the events, kept up to date, not made again ---

def _message_state(message, events):
    """A user or bot message: the very logged event (shared, as the stock copy shares it), or one of the copy's own."""
    if message is None:
        return None
    if any(message is event for event in events):
        return ("logged", id(message))
    return ("own", type(message), message.as_dict() | {"timestamp": None}, getattr(message, "entities", None),
            getattr(message, "use_text_for_featurization", None))


def _observable(tracker):
    """Everything a caller of `copy()` can see of the tracker it gets."""
    from rasa.shared.core.trackers import EventVerbosity

    events = list(tracker.events)
    loop = tracker.active_loop
    trigger = loop.trigger_message if loop else None
    shared_trigger = any(trigger is getattr(event, "parse_data", None) for event in events)
    return {
        "state": tracker.current_state(EventVerbosity.ALL),
        "slots": [(name, type(slot), slot.value, slot.has_been_set, vars(slot)) for name, slot in tracker.slots.items()],
        "active_loop": loop, "trigger": (id(trigger) if shared_trigger else trigger),
        "latest_action": tracker.latest_action, "latest_action_name": tracker.latest_action_name,
        "followup_action": tracker.followup_action, "paused": tracker.is_paused(),
        "events": [id(event) for event in events], "maxlen": tracker.events.maxlen,
        "latest_message": _message_state(tracker.latest_message, events),
        "latest_bot_utterance": _message_state(tracker.latest_bot_utterance, events),
        # What the speedups remember on a tracker is theirs (a fresh copy holds none: `_check_copy`).
        "attributes": [name for name in vars(tracker) if not name.startswith("_speedups_")], "type": type(tracker),
        "ids": (tracker.sender_id, tracker.model_id, tracker.assistant_id, tracker.sender_source),
    }


def _owned(tracker):
    """The mutable objects a tracker holds, by where it holds them: a copy must hold none of the original's."""
    objects = {"events": tracker.events, "slots": tracker.slots, "latest_action": tracker.latest_action,
               "active_loop": tracker.active_loop}
    objects.update({f"slot {name}": slot for name, slot in tracker.slots.items()})
    objects.update({f"value of {name}": slot.value for name, slot in tracker.slots.items()
                    if isinstance(slot.value, (list, dict))})
    return {where: obj for where, obj in objects.items() if obj is not None}


def _shared_with(copied, original):
    """Where the copy holds one of the original's mutable objects (the stock copy shares slot values set by events)."""
    originals = {id(obj) for obj in _owned(original).values()}
    return sorted(where for where, obj in _owned(copied).items() if id(obj) in originals)


def _written_into_messages(tracker):
    from rasa.shared.core.events import UserUttered

    return [(event.use_text_for_featurization, list(event.entities))
            for event in tracker.events if isinstance(event, UserUttered)]


def _restore_messages(tracker, written):
    from rasa.shared.core.events import UserUttered

    for event, (use_text, entities) in zip([event for event in tracker.events if isinstance(event, UserUttered)],
                                           written, strict=True):
        event.use_text_for_featurization = use_text
        event.entities[:] = entities


def _check_copy(tracker):
    """Our copy and Rasa's of `tracker`, compared in every way a caller could tell them apart; returns ours."""
    before = _written_into_messages(tracker)
    original = _observable(tracker)
    ours = rasa_speedups._copy(tracker)
    written_by_ours = _written_into_messages(tracker)
    _restore_messages(tracker, before)
    stock = rasa_speedups._original_copy(tracker)
    # What the replay writes into the conversation's own messages (featurization, added entities).
    assert written_by_ours == _written_into_messages(tracker), tracker.sender_id
    assert _observable(ours) == _observable(stock) and list(vars(ours)) == list(vars(stock)), tracker.sender_id
    assert _shared_with(ours, tracker) == _shared_with(stock, tracker), tracker.sender_id
    assert _observable(tracker) == original  # copying changes nothing of the original
    return ours


@contextmanager
def _every_copy_checked(checked):
    from rasa.shared.core.trackers import DialogueStateTracker

    def copy(tracker):
        checked.append(list(tracker.events))
        return _check_copy(tracker)

    DialogueStateTracker.copy = copy
    try:
        yield
    finally:
        DialogueStateTracker.copy = rasa_speedups._copy


def _story_messages():
    """What the person says in each test story (tests/test_*.yml) and story (data/stories), in order."""
    from rasa.shared.core.events import UserUttered
    from rasa.shared.importers.importer import TrainingDataImporter

    conversations = []
    for paths in ([str(path) for path in sorted(ROOT.glob("tests/test_*.yml"))], [str(ROOT / "data" / "stories")]):
        importer = TrainingDataImporter.load_from_dict(domain_path=str(ROOT / "domain.yml"), training_data_paths=paths)
        for step in importer.get_stories().story_steps:
            messages = []
            for event in step.events:
                if isinstance(event, UserUttered):
                    entities = {entity["entity"]: entity["value"] for entity in event.entities}
                    messages.append(event.text or f"/{event.intent_name}" + (json.dumps(entities) if entities else ""))
            if messages:
                conversations.append(messages)
    return conversations


# Rewinds (nonsense: fallback; /back), restarts, new sessions, a form answered off-topic, paused and resumed.
UNUSUAL_CONVERSATIONS = [
    ["hi", "xqzt vlorp", "qwrtz plix", "/back", "I want to stop seeing my therapist", "/back", "/back", "fine"],
    ["hello", "/start_note", "blorf", "/deny", "/restart", "hi", "/session_start", "/start_note", "I am anxious",
     "/back", "slowly please", "/restart", "/restart", "ok"],
    ["hey there", "/start_note", "/greet", "/affirm", "/session_start", "/session_start", "xqzt", "/back", "/restart"],
]


def test_the_copy_before_each_action_is_rasas_own_at_every_step_of_served_conversations(served_agent):
    import asyncio

    from rasa.shared.core.events import (
        ActionExecutionRejected,
        ActiveLoop,
        DefinePrevUserUtteredFeaturization,
        Restarted,
        SessionStarted,
        UserUtteranceReverted,
    )

    from scripts.bench import conversation_script

    # Every story, the unusual ones, and two people of the bench's load (30 messages: long trackers).
    conversations = _story_messages() + UNUSUAL_CONVERSATIONS + [conversation_script(user) for user in range(2)]
    assert len(conversations) > 100
    checked: list[list] = []

    async def talk():
        for number, messages in enumerate(conversations):
            for text in messages:
                await served_agent.handle_text(text, sender_id=f"copy-{number}")

    with _every_copy_checked(checked):
        asyncio.run(talk())
    seen = {type(event) for events in checked for event in events}
    assert {UserUtteranceReverted, Restarted, SessionStarted, ActiveLoop, DefinePrevUserUtteredFeaturization,
            ActionExecutionRejected} <= seen, seen
    assert len(checked) > 2000 and max(map(len, checked)) > 150


def test_the_copy_follows_the_events_not_what_the_processor_changed_on_the_tracker(domain_and_conversations):
    # Rasa's processor clears the follow-up action on the tracker itself (no event) before it runs the
    # action: after a restart the tracker says None, its events say action_session_start, and so does the copy.
    domain, conversations = domain_and_conversations
    tracker = DialogueStateTracker.from_events("live", list(conversations[0].events) + [Restarted()], domain.slots)
    tracker.copy()
    tracker.clear_followup_action()
    tracker.slots[next(iter(tracker.slots))].value = "set without an event"
    tracker.model_id = "model"
    copied = tracker.copy()
    assert copied.followup_action == rasa_speedups._original_copy(tracker).followup_action == "action_session_start"
    assert tracker.followup_action is None
    assert _observable(copied) == _observable(rasa_speedups._original_copy(tracker))
    assert copied.model_id is None and next(iter(copied.slots.values())).value != "set without an event"


def test_a_rejected_actions_featurization_is_undone_in_the_next_copy_as_rasas_replay_undoes_it(processor):
    # `_run_action` applies the prediction's events to the copy first; the featurization event writes into
    # the user's message, which the copy shares. If the action is rejected, those events are never
    # logged, and Rasa's next copy, replaying the logged ones, writes the old value back.
    from rasa.shared.core.events import (
        ActionExecutionRejected,
        DefinePrevUserUtteredFeaturization,
        UserUttered,
    )

    user = UserUttered("hi", {"name": "greet", "confidence": 1.0})
    tracker = DialogueStateTracker.from_events("rejected", [
        ActionExecuted("action_session_start"), ActionExecuted("action_listen"), user,
        DefinePrevUserUtteredFeaturization(False)], processor.domain.slots)
    temporary = tracker.copy()
    temporary.update_with_events([DefinePrevUserUtteredFeaturization(True)], processor.domain)
    assert user.use_text_for_featurization is True
    tracker.update(ActionExecutionRejected("note_form"))
    _check_copy(tracker)
    assert user.use_text_for_featurization is False


def test_changing_the_copy_or_the_original_leaves_the_other_as_it_was(domain_and_conversations):
    domain, conversations = domain_and_conversations
    with_loop = next(tracker for tracker in conversations if tracker.active_loop_name)
    tracker = DialogueStateTracker.from_events("live", list(with_loop.events), domain.slots)
    original = _observable(tracker)
    copied = tracker.copy()
    copied_before = copy.deepcopy(_observable(copied))
    for slot in copied.slots.values():
        if isinstance(slot.value, list):
            slot.value.append("changed")
        slot.value = "changed"
    copied.active_loop.is_interrupted = copied.active_loop.rejected = True
    copied.latest_action["action_name"] = "changed"
    copied.update(ActionExecuted("utter_changed"))
    copied.update(Restarted())
    assert _observable(tracker) == original
    assert _observable(tracker.copy()) == _observable(rasa_speedups._original_copy(tracker))
    again = tracker.copy()
    tracker.update(SlotSet(next(iter(tracker.slots)), "changed"))
    tracker.clear_followup_action()
    tracker.active_loop.rejected = True
    assert _observable(again) == copied_before


def test_trackers_the_replay_cannot_vouch_for_get_rasas_own_copy(domain_and_conversations):
    from rasa.shared.core.events import StoryExported

    domain, conversations = domain_and_conversations

    class Tracker(DialogueStateTracker):
        pass

    events = list(conversations[0].events)
    for tracker in (Tracker.from_events("subclass", events, domain.slots),
                    DialogueStateTracker.from_events("bounded", events, domain.slots, max_event_history=5),
                    DialogueStateTracker.from_events("exported", [*events, StoryExported(path=None)], domain.slots)):
        assert _observable(tracker.copy()) == _observable(rasa_speedups._original_copy(tracker))
        assert "_speedups_replay" not in vars(tracker)


def test_the_events_that_count_are_rasas_at_every_step_of_every_conversation(domain_and_conversations):
    domain, conversations = domain_and_conversations
    checked = 0
    for conversation in conversations:
        growing = DialogueStateTracker(conversation.sender_id, domain.slots)
        undo_at = len(conversation.events) // 2
        for number, event in enumerate(conversation.events):
            growing.update(event)
            if number == undo_at:
                growing.update(UserUtteranceReverted())
            ours = rasa_speedups._applied_events(growing)
            expected = growing.applied_events()
            assert len(ours) == len(expected) and all(a is b for a, b in zip(ours, expected, strict=True)), conversation.sender_id
            checked += 1
    assert checked > 3000
