"""The first-session note as the clinic receives it, and the reference code that goes with it.

A note holds only the answers the person gave in `note_form` (skipped questions
are left out) and a reference code they can quote when booking. The preview the
person consents to and the body the clinic receives are built from the same
entries, so what is shown is exactly what is sent.
"""
from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# No 0/O, 1/I/L or U/V: a code read out over the phone cannot be misheard as another.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
REFERENCE_PATTERN = re.compile(rf"RC-[{REFERENCE_ALPHABET}]{{4}}-[{REFERENCE_ALPHABET}]{{2}}")
BODY_FORMAT = "first-session-note/1"


@dataclass(frozen=True)
class NoteField:
    slot: str
    key: str
    # Same wording as the note the person sees in utter_note_summary.
    label: str


NOTE_FIELDS = (
    NoteField("note_identity", "about_me", "About me"),
    NoteField("note_approach", "how_i_like_to_work", "How I like to work"),
    NoteField("note_pace", "pace_and_boundaries", "Pace and boundaries"),
    NoteField("note_logistics", "practical_things", "Practical things"),
    NoteField("note_feedback", "if_something_isnt_working", "If something isn't working"),
    NoteField("note_extra", "also", "Also"),
)


@dataclass(frozen=True)
class NoteEntry:
    field: NoteField
    text: str


def new_reference() -> str:
    """A random, short code such as RC-7KQ2-M9 (29^6, about 600 million, possibilities)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"RC-{chars[:4]}-{chars[4:]}"


def skip_values(domain: Mapping[str, Any], slot: str) -> set[str]:
    """The placeholders a slot gets when its question is skipped (its `from_intent` mappings)."""
    mappings = ((domain.get("slots") or {}).get(slot) or {}).get("mappings") or []
    return {mapping["value"] for mapping in mappings if mapping.get("type") == "from_intent" and "value" in mapping}


def note_entries(slots: Mapping[str, Any], domain: Mapping[str, Any]) -> list[NoteEntry]:
    """The answers the person chose to give, in the note's order; empty if there is no note."""
    entries = []
    for field in NOTE_FIELDS:
        value = slots.get(field.slot)
        if isinstance(value, str) and value.strip() and value not in skip_values(domain, field.slot):
            entries.append(NoteEntry(field, value.strip()))
    return entries


def note_digest(entries: list[NoteEntry]) -> str:
    """A fingerprint of the answers, to tell whether this very note was sent already."""
    answers = json.dumps([[entry.field.key, entry.text] for entry in entries], ensure_ascii=False)
    return hashlib.sha256(answers.encode("utf-8")).hexdigest()


def note_preview(reference: str, entries: list[NoteEntry]) -> str:
    """The note exactly as the clinic will receive it, for the person to read before agreeing."""
    lines = [f"Reference: {reference}"]
    lines += [f"• {entry.field.label}: {entry.text}" for entry in entries]
    return "\n".join(lines)


def note_body(reference: str, entries: list[NoteEntry]) -> bytes:
    """The JSON the clinic receives: the reference and the answers, nothing about the conversation."""
    return json.dumps(
        {
            "format": BODY_FORMAT,
            "reference": reference,
            "answers": [
                {"field": entry.field.key, "label": entry.field.label, "text": entry.text} for entry in entries
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
