"""The rehearsal actions as the action server runs them: real Tracker, CollectingDispatcher and SQLite theme log."""
from __future__ import annotations

import asyncio
import logging
import re
import sqlite3

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import rehearsal
from actions.rehearsal import (
    ActionAskRehearsalAttempt,
    ActionRehearsalExample,
    ActionRehearsalFeedback,
    ActionRehearsalFinish,
    ActionRehearsalLeave,
    ActionRehearsalStart,
    ValidateRehearsalForm,
)
from actions.settings import load_settings
from actions.wording_checks import SITUATIONS

THERAPIST_CLAIM = re.compile(r"\bi(?:'m| am) (?:a|your) (?:therapist|counsell?or|psychologist|doctor)\b", re.IGNORECASE)
NEED_BUTTON = '/rehearse{"rehearsal_situation":"need"}'
ATTEMPT_MARKER = "i need us to go slower with the zebra-crossing stuff, could you check in with me"


def conversation(*, slots=None, intent="needs_pace", text="hello", entities=(), history=(), channel="rest"):
    events = [{"event": "action", "name": "action_listen"}]
    for past_intent in history:
        events += [{"event": "user", "text": "...", "input_channel": channel, "parse_data": {"intent": {"name": past_intent}}},
                   {"event": "action", "name": "action_listen"}]
    events.append({"event": "user", "text": text, "input_channel": channel, "parse_data": {"intent": {"name": intent}}})
    return Tracker.from_dict({
        "sender_id": "rehearsal-test",
        "slots": dict(slots or {}),
        "latest_message": {"intent": {"name": intent, "confidence": 0.9}, "text": text, "entities": list(entities)},
        "events": events,
    })


def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return events, dispatcher.messages


def extract(method, tracker):
    return asyncio.run(getattr(ValidateRehearsalForm(), method)(CollectingDispatcher(), tracker, {}))


ASKED = {"requested_slot": "rehearsal_attempt", "rehearsal_situation": "need"}


# ------------------------------------------------------------------ what counts as an attempt

@pytest.mark.parametrize(("intent", "text"), [
    ("needs_pace", "can we go slower, its a lot"),
    ("nlu_fallback", "um. i dont know how to say this but i felt hurt"),
    ("deny", "no, i dont want to talk about my dad yet, can we leave that for now"),  # long: a boundary, not an exit
    ("ending_how_to_end", "I want to stop"),  # in the ending rehearsal this IS the sentence
    ("deny", "you never listen to me"),  # short, and the classifier says deny, but it is a rupture attempt
    ("skip", "i want to leave"),
])
def test_what_the_person_types_when_asked_is_the_attempt(intent, text):
    assert extract("extract_rehearsal_attempt", conversation(slots=ASKED, intent=intent, text=text)) == {
        "rehearsal_attempt": text}


@pytest.mark.parametrize(("intent", "text"), [
    ("crisis", "i cant do this i want to die"),
    ("crisis_check", "everything feels pointless lately"),
    ("rehearse", '/rehearse{"rehearsal_step":"leave"}'),
    ("skip", "skip"),
    ("deny", "no not now"),
    ("goodbye", "bye"),
])
def test_a_crisis_a_button_or_a_short_stop_is_never_the_attempt(intent, text):
    assert extract("extract_rehearsal_attempt", conversation(slots=ASKED, intent=intent, text=text)) == {}


def test_the_message_that_starts_the_rehearsal_is_not_the_attempt():
    starting = conversation(slots={"rehearsal_situation": "need"}, intent="rehearse", text="can i practise saying it?")
    assert extract("extract_rehearsal_attempt", starting) == {}


# ------------------------------------------------------------------ which conversation to practise

@pytest.mark.parametrize(("history", "situation"), [
    (["trust_general", "needs_pace"], "need"),
    (["needs_general", "needs_rupture"], "rupture"),
    (["needs_general", "ending_referral"], "ending"),
])
def test_the_situation_follows_the_journey_the_person_was_on(history, situation):
    tracker = conversation(intent="rehearse", text="can i practise saying it", history=history)
    assert extract("extract_rehearsal_situation", tracker) == {"rehearsal_situation": situation}


def test_without_a_journey_the_form_asks_which_conversation():
    tracker = conversation(intent="rehearse", text="can i practise saying it", history=["greet", "trust_general"])
    assert extract("extract_rehearsal_situation", tracker) == {}


def test_when_asked_only_the_answer_counts_not_the_journey_before():
    asked = {"requested_slot": "rehearsal_situation"}
    typed = conversation(slots=asked, intent="ending_how_to_end", text="telling her i want to stop",
                         history=["needs_pace"])
    assert extract("extract_rehearsal_situation", typed) == {"rehearsal_situation": "ending"}
    leaving = conversation(slots=asked, intent="rehearse", text='/rehearse{"rehearsal_step":"leave"}',
                           entities=[{"entity": "rehearsal_step", "value": "leave"}], history=["needs_pace"])
    assert extract("extract_rehearsal_situation", leaving) == {}


# ------------------------------------------------------------------ asking, answering in role, feedback

def test_the_first_ask_says_what_this_is_and_offers_a_way_out():
    _, [message] = run(ActionAskRehearsalAttempt(), conversation(slots={"rehearsal_situation": "ending"}))
    assert "not a therapist" in message["text"] and "Nothing you type here is saved" in message["text"]
    assert "stop" in message["text"]  # it is about ending
    assert [button["title"] for button in message["buttons"]] == ["Show me an example first", "Leave practice"]
    _, [again] = run(ActionAskRehearsalAttempt(), conversation(slots={"rehearsal_situation": "ending", "rehearsal_round": 1}))
    assert again["text"] != message["text"] and again["text"].endswith("?")


@pytest.fixture
def feedback_action(tmp_path):
    db_path = tmp_path / "themes.db"
    settings = load_settings(env={"THEMES_DB_URL": f"sqlite:///{db_path}", "THEMES_SECRET": "rehearsal-test-secret",
                                  "THEMES_SPOOL_PATH": str(tmp_path / "spool.db")})
    return ActionRehearsalFeedback(settings), db_path


def feedback_for(action, attempt, situation="need", round_number=0, logged=None):
    return run(action, conversation(slots={"rehearsal_attempt": attempt, "rehearsal_situation": situation,
                                           "rehearsal_round": round_number, "logged_themes": logged},
                                    text=attempt))


@pytest.mark.parametrize("situation", SITUATIONS)
def test_the_answer_is_framed_as_practice_then_feedback_offers_every_way_on(feedback_action, situation):
    action, _ = feedback_action
    events, [in_role, out_of_role] = feedback_for(action, "i guess maybe sorry but could we sort of change things", situation)
    assert in_role["text"].startswith("In practice mode, a good therapist might answer:")
    assert not THERAPIST_CLAIM.search(in_role["text"] + out_of_role["text"])
    assert out_of_role["text"].startswith("Stepping out of the role-play")
    assert "What already works:" in out_of_role["text"]
    assert [button["title"] for button in out_of_role["buttons"]] == [
        "Try again", "See an example", "Finish and keep my words", "Leave practice"]
    assert SlotSet("rehearsal_round", 1) in events


def test_feedback_and_the_answer_in_role_change_with_the_wording(feedback_action):
    action, _ = feedback_action
    _, [first_in_role, first] = feedback_for(action, "you never listen to me", "rupture", 0)
    _, [second_in_role, second] = feedback_for(
        action, "When you said it was in the past, I felt brushed off. Can we talk about it?", "rupture", 1)
    assert "\"You always\" or \"you never\"" in first["text"]
    assert "Two things you could try" not in second["text"] and "One thing you could try" not in second["text"]
    assert "ready" in second["text"]
    assert first_in_role["text"] != second_in_role["text"]


def test_two_good_attempts_in_a_row_get_different_answers(feedback_action):
    action, _ = feedback_action
    good = "I've decided this will be our last session. I think I need a different approach."
    _, [first, _] = feedback_for(action, good, "ending", 0)
    _, [second, _] = feedback_for(action, good, "ending", 1)
    assert first["text"] != second["text"]


def test_only_the_situations_theme_is_logged_never_the_words(feedback_action, caplog):
    action, db_path = feedback_action
    caplog.set_level(logging.DEBUG)
    events, _ = feedback_for(action, ATTEMPT_MARKER, "need")
    with sqlite3.connect(db_path) as connection:
        assert [row[0] for row in connection.execute("SELECT theme FROM theme_events")] == ["needs.general"]
    assert SlotSet("logged_themes", ["needs.general"]) in events
    assert b"zebra" not in db_path.read_bytes()
    assert "zebra" not in caplog.text


def test_a_theme_the_journey_already_logged_is_not_logged_again(feedback_action):
    action, db_path = feedback_action
    events, _ = feedback_for(action, ATTEMPT_MARKER, "rupture", logged=["needs.feedback"])
    assert not any(isinstance(event, dict) and event.get("name") == "logged_themes" for event in events)
    assert not db_path.exists()  # the store was never opened


# ------------------------------------------------------------------ example, finish, leave

def test_examples_differ_between_rounds_and_finish_is_offered_only_with_words_to_keep():
    _, [first] = run(ActionRehearsalExample(), conversation(slots={"rehearsal_situation": "rupture"}))
    _, [later] = run(ActionRehearsalExample(), conversation(
        slots={"rehearsal_situation": "rupture", "rehearsal_round": 1, "rehearsal_attempt": "i felt hurt"}))
    assert first["text"] != later["text"]
    assert "Finish and keep my words" not in [button["title"] for button in first["buttons"]]
    assert "Finish and keep my words" in [button["title"] for button in later["buttons"]]


def test_finish_shows_the_words_to_keep_then_lets_them_go():
    events, [message] = run(ActionRehearsalFinish(), conversation(
        slots={"rehearsal_situation": "need", "rehearsal_attempt": ATTEMPT_MARKER, "rehearsal_round": 2}))
    assert f"“{ATTEMPT_MARKER}”" in message["text"]
    assert "haven't saved this anywhere" in message["text"]
    assert message["buttons"]
    assert SlotSet("rehearsal_attempt", None) in events and SlotSet("rehearsal_situation", None) in events


def test_leaving_clears_the_words_and_offers_somewhere_to_go():
    events, [message] = run(ActionRehearsalLeave(), conversation(
        slots={"rehearsal_situation": "ending", "rehearsal_attempt": ATTEMPT_MARKER}))
    assert "zebra" not in message["text"]
    assert message["text"].endswith("?") and message["buttons"]
    assert SlotSet("rehearsal_attempt", None) in events


def after(action_name, **kwargs):
    tracker = conversation(**kwargs)
    tracker.events.insert(0, {"event": "action", "name": action_name})
    return tracker


def test_try_again_forgets_the_last_attempt_but_keeps_the_situation_and_round():
    events, messages = run(ActionRehearsalStart(), after(
        "action_rehearsal_feedback", intent="rehearse", text="/rehearse",
        slots={"rehearsal_situation": "ending", "rehearsal_attempt": ATTEMPT_MARKER, "rehearsal_round": 1}))
    assert messages == []
    assert SlotSet("rehearsal_attempt", None) in events
    assert all(event["name"] not in ("rehearsal_situation", "rehearsal_round") for event in events)


def test_a_fresh_rehearsal_later_on_starts_from_the_beginning():
    left_over = {"rehearsal_situation": "ending", "rehearsal_round": 2}
    events, _ = run(ActionRehearsalStart(), after("utter_crisis_safe", intent="rehearse",
                                                  text="can i practise saying it", slots=left_over))
    assert SlotSet("rehearsal_round", None) in events and SlotSet("rehearsal_situation", None) in events
    from_button = [{"entity": "rehearsal_situation", "value": "need"}]
    events, _ = run(ActionRehearsalStart(), after("utter_needs_general", intent="rehearse", slots=left_over,
                                                  text=NEED_BUTTON, entities=from_button))
    assert SlotSet("rehearsal_round", None) in events
    assert SlotSet("rehearsal_situation", None) not in events  # the button's situation stays


def test_no_rehearsal_text_claims_to_be_a_therapist():
    texts = [value for name, value in vars(rehearsal).items() if name.isupper() and isinstance(value, (str, tuple, dict))]
    flat = repr(texts)
    assert "therapist might" in flat  # the constants were found
    assert not THERAPIST_CLAIM.search(flat)


def test_blame_is_met_without_defending_and_a_referral_ask_is_answered(feedback_action):
    action, _ = feedback_action
    _, [blamed, _] = feedback_for(action, "you never listen to me, you always change the subject", "rupture")
    assert "I'm glad you're telling me" in blamed["text"]
    _, [referral, _] = feedback_for(action, "I've decided to stop. Could you suggest a colleague?", "ending")
    assert "suggest a couple of colleagues" in referral["text"]
