"""Ready to book or wants a person: the clinic's own contact details."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.settings import Settings, get_settings


def clinic_contact_lines(settings: Settings) -> str:
    """The ways to reach the clinic that this deployment configured, one a line."""
    lines = []
    if settings.clinic_booking_url:
        lines.append(f"Book online: {settings.clinic_booking_url}")
    if settings.clinic_phone:
        hours = f" ({settings.clinic_hours})" if settings.clinic_hours else ""
        lines.append(f"Call: {settings.clinic_phone}{hours}")
    if settings.clinic_email:
        lines.append(f"Email: {settings.clinic_email}")
    return "\n".join(lines) or "Please use the contact details on the clinic's website."


class ActionHandoff(Action):
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(
            response="utter_handoff",
            clinic_name=self.settings.clinic_name,
            clinic_contact=clinic_contact_lines(self.settings),
        )
        return []
