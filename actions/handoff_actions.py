"""Ready to book or wants a person: the clinic's contact details, and the first-session note.

`action_handoff` gives the clinic's contact details (from the clinic profile).
A person who has a note that was not sent yet is also shown exactly what the
clinic would receive and asked whether to send it; after the note form,
`action_offer_note` asks the same. The rules in data/rules/intake.yml send a
yes to `action_send_note` and a no to a plain reply that sends and stores
nothing. Only `action_send_note` says a note was sent, and only once it is
safely in the outbox (actions/outbox.py): with the action server down, nobody
is told their note is on its way.

Slots: `note_reference` is the code shown in the latest offer (every offer draws
a new one); `note_sent_reference` and `note_sent_digest` are the code and a
fingerprint of the note queued for the clinic, so the same note is never queued
twice and a changed note is offered afresh; `note_consent_asked` (the only one
that steers the conversation) says that consent was asked.
"""
from __future__ import annotations

import asyncio
import logging
from functools import cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_note import NoteEntry, new_reference, note_body, note_digest, note_entries, note_preview
from actions.outbox import OutboxStore
from actions.settings import Settings, get_settings

logger = logging.getLogger(__name__)

# A clash with another person's code is a one-in-hundreds-of-millions event; a
# few fresh draws make it vanish.
REFERENCE_DRAWS = 5


@cache
def outbox_for(settings: Settings) -> OutboxStore:
    """One outbox per action server, so every action shares its connections."""
    return OutboxStore.from_settings(settings)


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


def _contacts(settings: Settings) -> dict[str, str]:
    return {"clinic_name": settings.clinic_name, "clinic_contact": clinic_contact_lines(settings)}


def unsent_note(tracker: Tracker, domain: dict[str, Any]) -> list[NoteEntry]:
    """The answers of the person's current note, unless exactly this note was sent already."""
    entries = note_entries(tracker.slots, domain)
    if entries and note_digest(entries) == tracker.get_slot("note_sent_digest"):
        return []
    return entries


def offer_note(dispatcher: CollectingDispatcher, entries: list[NoteEntry], settings: Settings) -> list[dict[str, Any]]:
    """Show the note exactly as the clinic would get it, under a fresh code, and ask; nothing if there is none."""
    if not (entries and settings.intake_delivery_enabled):
        return [SlotSet("note_consent_asked", None)]
    reference = new_reference()
    dispatcher.utter_message(
        response="utter_note_consent",
        clinic_name=settings.clinic_name,
        note_preview=note_preview(reference, entries),
    )
    return [SlotSet("note_reference", reference), SlotSet("note_consent_asked", True)]


class ActionHandoff(Action):
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        entries = note_entries(tracker.slots, domain)
        if entries and note_digest(entries) == tracker.get_slot("note_sent_digest"):
            dispatcher.utter_message(
                response="utter_handoff_note_sent",
                note_reference=tracker.get_slot("note_sent_reference"),
                **_contacts(self.settings),
            )
            return [SlotSet("note_consent_asked", None)]
        if entries and self.settings.intake_delivery_enabled:
            dispatcher.utter_message(response="utter_handoff_with_note", **_contacts(self.settings))
            return offer_note(dispatcher, entries, self.settings)
        dispatcher.utter_message(response="utter_handoff", **_contacts(self.settings))
        return [SlotSet("note_consent_asked", None)]


class ActionOfferNote(Action):
    """Right after the note form: offer the note to the clinic."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    def name(self) -> str:
        return "action_offer_note"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        return offer_note(dispatcher, unsent_note(tracker, domain), self.settings)


class ActionSendNote(Action):
    """The person said yes: queue the note they were shown, and say so only once it is queued."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    def name(self) -> str:
        return "action_send_note"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        contacts = _contacts(self.settings)
        entries = note_entries(tracker.slots, domain)
        if entries and note_digest(entries) == tracker.get_slot("note_sent_digest"):
            # A second "yes" to the same note: it is queued once, under its first code.
            reference = tracker.get_slot("note_sent_reference")
            dispatcher.utter_message(response="utter_note_queued", note_reference=reference, **contacts)
            return [SlotSet("note_consent_asked", None)]
        reference = tracker.get_slot("note_reference")
        if not (reference and entries and self.settings.intake_delivery_enabled):
            dispatcher.utter_message(response="utter_note_not_queued", **contacts)
            return [SlotSet("note_consent_asked", None)]
        try:
            reference = await asyncio.to_thread(self._enqueue, reference, entries)
        except Exception as error:  # the person is told it was not sent; the log gets the class only
            logger.warning("Note not queued (%s); the person was told nothing was sent.", type(error).__name__)
            dispatcher.utter_message(response="utter_note_not_queued", **contacts)
            return [SlotSet("note_consent_asked", None)]
        dispatcher.utter_message(response="utter_note_queued", note_reference=reference, **contacts)
        return [
            SlotSet("note_reference", reference),
            SlotSet("note_sent_reference", reference),
            SlotSet("note_sent_digest", note_digest(entries)),
            SlotSet("note_consent_asked", None),
        ]

    def _enqueue(self, reference: str, entries: list[NoteEntry]) -> str:
        """Queue the note; returns its final code (a fresh one if another note already has this one)."""
        outbox = outbox_for(self.settings)
        for _ in range(REFERENCE_DRAWS):
            if outbox.enqueue(reference, note_body(reference, entries)):
                return reference
            reference = new_reference()
        raise RuntimeError("no free reference code")
