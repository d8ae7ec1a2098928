import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff_actions import ActionHandoff
from actions.settings import load_settings


def run_handoff(env):
    dispatcher = CollectingDispatcher()
    tracker = Tracker("someone", {}, {"intent": {"name": "handoff"}}, [], False, None, {}, "rest")
    asyncio.run(ActionHandoff(load_settings(env=env)).run(dispatcher, tracker, {}))
    return dispatcher.messages


def test_handoff_gives_the_clinics_own_contact_details():
    [message] = run_handoff({
        "CLINIC_NAME": "Riverside Therapy", "CLINIC_PHONE": "+44 20 7946 0000",
        "CLINIC_HOURS": "weekdays 9-5", "CLINIC_BOOKING_URL": "https://riverside.example/book",
        "CLINIC_EMAIL": "",
    })
    assert message["response"] == "utter_handoff"
    assert message["clinic_name"] == "Riverside Therapy"
    contact = message["clinic_contact"]
    assert "https://riverside.example/book" in contact
    assert "+44 20 7946 0000 (weekdays 9-5)" in contact
    assert "Email" not in contact


def test_handoff_without_configured_contacts_still_points_somewhere():
    [message] = run_handoff({"CLINIC_PHONE": "", "CLINIC_EMAIL": "", "CLINIC_BOOKING_URL": ""})
    assert "website" in message["clinic_contact"]
