"""The in-memory tracker store hands the next message the tracker object it saved (issue 8).

Rasa's `InMemoryTrackerStore` (how `make run` keeps conversations) stores each
conversation as JSON text: every save encodes all of its events, and every
retrieve decodes them and replays each one into a new tracker (twice when the
conversation has a fallback rewind, whose replay starts again from the top),
then splits it by session. py-spy under the bench load: 8.8 % of the Rasa
process for the retrieve alone. The new tracker also forgets the dialogue
states the policies built for the previous message (components/rasa_speedups.py
keeps them on the tracker object), so every message rebuilt the states of the
whole conversation: another ~12 %.

Here the store still saves the same JSON, and also remembers the tracker object
it was given. The next retrieve of that conversation returns that very object,
instead of a replay of the JSON, when all of these hold:

* nobody saved the conversation since (the text stored is the one written with it);
* the object still holds exactly the events it was saved with (a message whose
  processing failed before its save left events on it: the JSON is the truth);
* it holds one session only (Rasa's retrieve returns only the last session,
  a new tracker made of that session's events);
* no form or other loop ever ran in it: a replay skips the turns inside a
  loop's happy path (`DialogueStateTracker.applied_events`), so the replayed
  tracker's latest message and action, and its loop's interrupted and rejected
  flags, can differ from the live object's (the latest message did, inside the
  note form, in the test below);
* it has not been handed out since it was saved: each saved object goes out at
  most once, so two holders never share one object (an HTTP API read takes it
  and the next message gets the replay, as before).

Then everything the tracker holds besides its events (slots, latest message
and action, follow-up action, paused) is the state its events replay to:
events are the only writers (their rewinds reset the tracker and replay it),
but for the processor clearing the follow-up action before it runs it, and
running it logs an `ActionExecuted`, which clears it in a replay too. tests/components/test_live_trackers.py checks
the handed-out tracker against Rasa's replay after every message of real
conversations (forms, fallbacks and their rewinds, restarts, new sessions).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop
from rasa.shared.core.trackers import DialogueStateTracker

_original_save = InMemoryTrackerStore.save
_original_retrieve = InMemoryTrackerStore.retrieve


@dataclass(frozen=True)
class _Saved:
    tracker: DialogueStateTracker
    event_count: int
    serialised: Any


def _saved_trackers(store: InMemoryTrackerStore) -> dict[str, _Saved]:
    return store.__dict__.setdefault("_live_saved_trackers", {})


def _replays_to_itself(tracker: DialogueStateTracker) -> bool:
    """One session (Rasa's retrieve would return it whole) and no loop (a replay would skip no turn)."""
    return not any(
        (isinstance(event, ActiveLoop) and event.name)
        or (isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME and index > 0)
        for index, event in enumerate(tracker.events)
    )


async def _save(self: InMemoryTrackerStore, tracker: DialogueStateTracker) -> None:
    await _original_save(self, tracker)
    saved = _saved_trackers(self)
    if type(tracker) is DialogueStateTracker and _replays_to_itself(tracker):
        saved[tracker.sender_id] = _Saved(tracker, len(tracker.events), self.store[tracker.sender_id])
    else:
        saved.pop(tracker.sender_id, None)


async def _retrieve(self: InMemoryTrackerStore, sender_id: str) -> DialogueStateTracker | None:
    saved = _saved_trackers(self).pop(sender_id, None)
    if (saved is not None and self.store.get(sender_id) is saved.serialised
            and len(saved.tracker.events) == saved.event_count):
        return saved.tracker
    return await _original_retrieve(self, sender_id)


def install() -> None:
    """Idempotent."""
    InMemoryTrackerStore.save = _save
    InMemoryTrackerStore.retrieve = _retrieve
