"""Handoff and the consented note, as the action server runs them: real Tracker, the real domain, real databases."""
from __future__ import annotations

import asyncio
import json
from functools import cache
from pathlib import Path

import pytest
import yaml
from cryptography.fernet import Fernet
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import create_engine, select

from actions.handoff_actions import ActionHandoff, ActionOfferNote, ActionSendNote
from actions.intake_note import REFERENCE_PATTERN
from actions.settings import load_settings
from actions.theme_db import intake_outbox, upgrade_to_head
from tests.actions.conftest import REFUSING_URL

ROOT = Path(__file__).resolve().parents[2]
KEY = Fernet.generate_key().decode()
RIVERSIDE = """\
name: Riverside Therapy
booking_url: https://riverside.example/book
phone: "+44 20 7946 0000"
contact_hours: weekdays 9-5
crisis_region: UK
"""
DELIVERY = """\
intake:
  delivery_url: https://intake.riverside.example/notes
  signing_secret: riverside-signing-secret-with-forty-chars
"""
NOTE_SLOTS = {
    "note_identity": "I'm a Black woman and want someone who gets that without me explaining",
    "note_approach": "no preference noted",  # skipped
    "note_pace": "please let me set the pace",
    "note_logistics": "no preference noted",  # skipped
    "note_feedback": "no preference noted",  # skipped
    "note_extra": "nothing else for now",  # skipped
}


@cache
def domain() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


@pytest.fixture
def settings_for(tmp_path):
    def settings_for(profile: str = RIVERSIDE + DELIVERY, db_url: str = f"sqlite:///{tmp_path / 'db.sqlite'}"):
        path = tmp_path / "clinic.yml"
        path.write_text(profile)
        return load_settings(env={"CLINIC_PROFILE_PATH": str(path), "THEMES_DB_URL": db_url, "INTAKE_NOTE_KEY": KEY})

    return settings_for


def conversation(slots: dict | None = None) -> Tracker:
    return Tracker("someone", dict(slots or {}), {"intent": {"name": "handoff"}}, [], False, None, {}, "intake")


def run(action, tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain()))
    return events, dispatcher.messages


def after(tracker: Tracker, events) -> Tracker:
    """The conversation once the action's slot events are applied, as Rasa would."""
    slots = dict(tracker.slots)
    slots.update({event["name"]: event["value"] for event in events if event["event"] == "slot"})
    return conversation(slots)


def queued_notes(db_url: str) -> list[dict]:
    upgrade_to_head(db_url)  # so that "nothing queued" is a real answer even before the first note
    engine = create_engine(db_url, future=True)
    try:
        with engine.connect() as connection:
            bodies = connection.execute(select(intake_outbox.c.body)).scalars().all()
    finally:
        engine.dispose()
    return [json.loads(Fernet(KEY).decrypt(body.encode())) for body in bodies]


def test_handoff_gives_the_clinics_own_contact_details(settings_for):
    events, [message] = run(ActionHandoff(settings_for(RIVERSIDE)), conversation())
    assert message["response"] == "utter_handoff"
    assert message["clinic_name"] == "Riverside Therapy"
    contact = message["clinic_contact"]
    assert "https://riverside.example/book" in contact
    assert "+44 20 7946 0000 (weekdays 9-5)" in contact
    assert "Email" not in contact
    assert events == [SlotSet("note_consent_asked", None)]


def test_handoff_with_only_an_email_still_points_somewhere(settings_for):
    _, [message] = run(ActionHandoff(settings_for("name: Quiet Clinic\nemail: hi@quiet.example\ncrisis_region: US\n")),
                       conversation())
    assert message["clinic_contact"] == "Email: hi@quiet.example"


def test_without_a_note_handoff_just_gives_the_contacts_and_asks_nothing(settings_for):
    events, messages = run(ActionHandoff(settings_for()), conversation({"note_identity": None}))
    assert [message["response"] for message in messages] == ["utter_handoff"]
    assert SlotSet("note_consent_asked", True) not in events


def test_the_finished_note_is_shown_exactly_as_it_would_be_sent_and_yes_queues_exactly_that(db_url, settings_for):
    settings = settings_for(db_url=db_url)
    before = conversation(NOTE_SLOTS)
    events, [offer] = run(ActionOfferNote(settings), before)

    assert offer["response"] == "utter_note_consent"
    assert offer["clinic_name"] == "Riverside Therapy"
    preview = offer["note_preview"].splitlines()
    reference = preview[0].removeprefix("Reference: ")
    assert REFERENCE_PATTERN.fullmatch(reference)
    # Only what the person chose to say: skipped questions are not part of the note.
    assert preview[1:] == [
        f"• About me: {NOTE_SLOTS['note_identity']}",
        f"• Pace and boundaries: {NOTE_SLOTS['note_pace']}",
    ]
    assert SlotSet("note_consent_asked", True) in events
    assert queued_notes(db_url) == [], "asking must not queue anything"

    events, [confirmation] = run(ActionSendNote(settings), after(before, events))
    assert confirmation["response"] == "utter_note_queued"
    assert confirmation["note_reference"] == reference
    [note] = queued_notes(db_url)
    assert note["reference"] == reference
    assert [f"• {answer['label']}: {answer['text']}" for answer in note["answers"]] == preview[1:]
    assert set(note) == {"format", "reference", "answers"}  # nothing about the conversation or the person


def test_a_second_yes_to_the_same_note_queues_nothing_more(db_url, settings_for):
    settings = settings_for(db_url=db_url)
    tracker = conversation(NOTE_SLOTS)
    events, _ = run(ActionOfferNote(settings), tracker)
    tracker = after(tracker, events)
    events, [first] = run(ActionSendNote(settings), tracker)
    tracker = after(tracker, events)
    _, [second] = run(ActionSendNote(settings), tracker)

    assert second["response"] == "utter_note_queued"
    assert second["note_reference"] == first["note_reference"]
    assert len(queued_notes(db_url)) == 1


def test_ready_to_book_with_an_unsent_note_offers_it_and_after_sending_shows_its_reference(settings_for):
    settings = settings_for()
    tracker = conversation(NOTE_SLOTS)
    events, messages = run(ActionHandoff(settings), tracker)
    assert [message["response"] for message in messages] == ["utter_handoff_with_note", "utter_note_consent"]
    assert "+44 20 7946 0000" in messages[0]["clinic_contact"]
    assert SlotSet("note_consent_asked", True) in events

    tracker = after(tracker, events)
    events, [confirmation] = run(ActionSendNote(settings), tracker)
    events, [handoff] = run(ActionHandoff(settings), after(tracker, events))
    assert handoff["response"] == "utter_handoff_note_sent"
    assert handoff["note_reference"] == confirmation["note_reference"]
    assert "https://riverside.example/book" in handoff["clinic_contact"]


def test_a_changed_note_is_offered_again_under_a_new_reference(settings_for):
    settings = settings_for()
    tracker = conversation(NOTE_SLOTS)
    events, _ = run(ActionOfferNote(settings), tracker)
    tracker = after(tracker, events)
    events, [sent] = run(ActionSendNote(settings), tracker)
    tracker = after(tracker, events)

    assert run(ActionOfferNote(settings), tracker)[1] == [], "the same note is not offered twice"
    changed = conversation({**tracker.slots, "note_extra": "I may cry and that's ok"})
    _, [offer] = run(ActionOfferNote(settings), changed)
    assert "• Also: I may cry and that's ok" in offer["note_preview"]
    assert sent["note_reference"] not in offer["note_preview"]


def test_a_clinic_without_a_delivery_url_is_never_offered_a_note(settings_for):
    settings = settings_for(RIVERSIDE)
    events, messages = run(ActionOfferNote(settings), conversation(NOTE_SLOTS))
    assert (events, messages) == ([SlotSet("note_consent_asked", None)], [])
    _, messages = run(ActionHandoff(settings), conversation(NOTE_SLOTS))
    assert [message["response"] for message in messages] == ["utter_handoff"]


def test_when_the_outbox_is_unreachable_the_person_is_told_nothing_was_sent(settings_for):
    settings = settings_for(db_url=REFUSING_URL)
    tracker = conversation(NOTE_SLOTS)
    events, _ = run(ActionOfferNote(settings), tracker)
    events, [reply] = run(ActionSendNote(settings), after(tracker, events))
    assert reply["response"] == "utter_note_not_queued"
    assert not any(event["name"] in ("note_sent_reference", "note_sent_digest") for event in events)
    assert "+44 20 7946 0000" in reply["clinic_contact"]
