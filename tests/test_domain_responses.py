"""What every reply a person reads must do: offer a next step, and not repeat itself word for word."""
from __future__ import annotations

import re

import pytest
import yaml

from actions.settings import PROJECT_ROOT

RESPONSES: dict[str, list[dict]] = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())["responses"]

# Replies that end on purpose without a question or buttons, and why.
ENDS_WITHOUT_NEXT_STEP = {
    "utter_goodbye": "the person is leaving",
    "utter_handoff_with_note": "always followed by the consent question, which has buttons",
    "utter_crisis_unsafe": "the person said they are not safe: the lines and what to do now, nothing else",
    "utter_crisis_goodbye": "the person is leaving after a crisis reply: the lines once more, nothing to answer",
}

# Form questions and one-off confirmations are said once per conversation at most.
SAID_ONCE = re.compile(r"^utter_(ask_|note_|handoff_note_sent|forget_)")


def offers_a_next_step(variation: dict) -> bool:
    return bool(variation.get("buttons")) or variation.get("text", "").rstrip().endswith("?")


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_reply_offers_a_next_step(name):
    if name in ENDS_WITHOUT_NEXT_STEP:
        return
    dead_ends = [v.get("text", "")[:60] for v in RESPONSES[name] if not offers_a_next_step(v)]
    assert not dead_ends, f"{name} leaves the person with nowhere to go: {dead_ends}"


@pytest.mark.parametrize("name", sorted(n for n in RESPONSES if not SAID_ONCE.match(n)))
def test_replies_people_see_again_have_at_least_two_wordings(name):
    texts = {variation.get("text") for variation in RESPONSES[name]}
    assert len(texts) >= 2, f"{name} has one wording: it repeats word for word every time"


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_no_reply_claims_to_be_a_therapist_or_diagnoses(name):
    for variation in RESPONSES[name]:
        text = variation.get("text", "").lower()
        assert not re.search(r"\bi(?:'m| am) (?:a|your) (?:therapist|counsell?or|psychologist|doctor)\b", text), name
        assert not re.search(r"\byou (?:have|probably have|might have|sound like you have) (?:depression|anxiety disorder"
                             r"|ptsd|bpd|adhd|ocd|bipolar)", text), name
