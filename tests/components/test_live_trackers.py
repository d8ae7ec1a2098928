"""components/live_trackers.py: the next message gets the saved tracker, in exactly the state a replay gives."""
from __future__ import annotations

import asyncio
import json

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.events import ActiveLoop
from rasa.shared.core.trackers import (
    DialogueStateTracker,
    EventVerbosity,
    get_trackers_for_conversation_sessions,
)

from components import live_trackers, rasa_speedups
from tests.stories import story_conversations

rasa_speedups.install()

# Off the test stories' paths: two unclear messages in a row (a fallback and its rewind),
# a restart, a new session, and the note form left and started again.
EXTRA_CONVERSATIONS = [
    ["hi", "qwpoeiru zxmcnv", "asdf lkjh qwer", "/trust_general", "/restart", "i'm scared to trust a therapist"],
    ["/start_note", "i'm queer and need someone who gets that", "/session_start", "hello again", "/start_note",
     "/skip", "actually i want to stop", "/needs_general"],
    ["/ending_unsure_fit", "i want to kill myself", "i don't know", "i'm safe, you misread me", "/ending_how_to_end"],
]

@pytest.fixture(scope="module")
def agent(served_agent):
    assert type(_store(served_agent)) is InMemoryTrackerStore
    return served_agent

def _store(agent) -> InMemoryTrackerStore:
    store = agent.tracker_store
    return getattr(store, "_tracker_store", store)

def _event(event) -> dict | None:
    """An event as JSON; the empty placeholder a reset leaves is stamped with the time it was made
    (two stock retrieves differ there too), so its time is left out."""
    if event is None:
        return None
    as_dict = event.as_dict()
    if event.text is None:
        as_dict.pop("timestamp")
    return as_dict

def _state(tracker: DialogueStateTracker) -> dict:
    """What a tracker holds, as JSON: the NLU's token spans are tuples until the first JSON round trip
    (as in stock Rasa, within the message that parsed them), lists after it."""
    return json.loads(json.dumps({
        "current_state": tracker.current_state(EventVerbosity.ALL),
        "slots": {name: slot.value for name, slot in tracker.slots.items()},
        "active_loop": tracker.active_loop,
        "latest_action": tracker.latest_action,
        "followup_action": tracker.followup_action,
        "paused": tracker.is_paused(),
        "latest_message": _event(tracker.latest_message),
        "latest_bot_utterance": _event(tracker.latest_bot_utterance),
    }, default=vars))

def _loop_ran(tracker: DialogueStateTracker) -> bool:
    return any(isinstance(event, ActiveLoop) and event.name for event in tracker.events)

async def _talk(agent, sender: str, texts: list[str]) -> list[bool]:
    """Each message, then: what the store hands out equals Rasa's replay of what it stored.

    Returns, for each message after the second of a conversation in which no form has run
    and no new session started,
    whether the store handed out the saved object (the first message's tracker begins with the
    channel metadata's slot before its session start: Rasa's retrieve drops it, and the saved
    object would not)."""
    store = _store(agent)
    took_saved = []
    for number, text in enumerate(texts):
        await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender, metadata={"region": "uk"}))
        saved = live_trackers._saved_trackers(store).get(sender)
        stored_sessions = len(get_trackers_for_conversation_sessions(await store.retrieve_full_tracker(sender)))
        handed_out = await store.retrieve(sender)
        replayed = await live_trackers._original_retrieve(store, sender)
        assert _state(handed_out) == _state(replayed), (sender, text)
        if number > 0 and not _loop_ran(handed_out) and stored_sessions == 1:
            took_saved.append(saved is not None and handed_out is saved.tracker)
        # Back in the store, as the processor leaves it, for the next message.
        await store.save(handed_out)
    return took_saved

def test_every_message_gets_the_tracker_a_replay_would_give(agent):
    conversations = story_conversations() + EXTRA_CONVERSATIONS
    assert len(conversations) > 30

    async def everything():
        took_saved = []
        for number, texts in enumerate(conversations):
            took_saved += await _talk(agent, f"live-{number}", texts)
        return took_saved

    took_saved = asyncio.run(everything())
    # Without a form or a new session, every message after the second takes the saved object.
    assert len(took_saved) > 150 and all(took_saved), (len(took_saved), took_saved.count(False))

def test_a_tracker_goes_out_once_and_a_failed_message_leaves_the_stored_one(agent):
    store = _store(agent)

    async def scenario():
        sender = "live-once"
        await agent.handle_message(UserMessage("/trust_general", CollectingOutputChannel(), sender))
        first = await store.retrieve(sender)
        second = await store.retrieve(sender)
        assert second is not first and _state(second) == _state(first)
        await store.save(first)
        # A message whose processing failed after it had logged events, before its save:
        handed_out = await store.retrieve(sender)
        count = len(handed_out.events)
        from rasa.shared.core.events import SlotSet, UserUttered

        handed_out.update(UserUttered("lost", {"name": "greet", "confidence": 1.0}))
        handed_out.update(SlotSet("note_extra", "lost"))
        again = await store.retrieve(sender)
        assert again is not handed_out and len(again.events) == count
        assert again.get_slot("note_extra") != "lost"

    asyncio.run(scenario())

def test_someone_else_saving_the_conversation_wins(agent):
    store = _store(agent)

    async def scenario():
        sender = "live-overwritten"
        await agent.handle_message(UserMessage("/needs_general", CollectingOutputChannel(), sender))
        kept = live_trackers._saved_trackers(store)[sender].tracker
        other = await live_trackers._original_retrieve(store, sender)
        from rasa.shared.core.events import SlotSet

        other.update(SlotSet("note_extra", "from elsewhere"))
        await live_trackers._original_save(store, other)
        retrieved = await store.retrieve(sender)
        assert retrieved is not kept and retrieved.get_slot("note_extra") == "from elsewhere"

    asyncio.run(scenario())
