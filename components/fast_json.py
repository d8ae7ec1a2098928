"""Conversations and action calls are written as JSON by ujson, Rasa's own dependency (issue 8).

Rasa writes the whole conversation as JSON at every save (the in-memory and Redis tracker
stores: `SerializedTrackerAsText.serialise_tracker`) and again, through aiohttp, with every
custom action call. py-spy under the bench load after the other fixes: the standard
library's encoder was 12.7 % of the Rasa process (9.1 % the save, most of the rest the action
calls, whose sessions components/action_calls.py gives this writer). A 200-event conversation of the bench is ~110 KB of JSON: `json.dumps` 1.37 ms,
`ujson.dumps` 0.70 ms (ujson 5.13 is already in requirements.lock: Rasa depends on it).

ujson writes the same JSON values: the same numbers (shortest round-trip floats, NaN and
Infinity as `json` writes them), the same strings (ASCII-escaped), integer keys as strings,
tuples as lists; only the spacing differs. A type ujson does not know makes it raise, and
`json.dumps` then writes the value (and raises) exactly as before. The one difference: a dict
key that is not a string ujson writes with `str()` (True as "True", where json writes "true",
and a tuple, which json refuses); every key of a conversation is a string (slot names, parse
data, JSON from the action server). tests/components/test_fast_json.py reads both back to the
same values, and finds only string keys, for every conversation of the test stories.
"""
from __future__ import annotations

import json
from typing import Any

import ujson
from rasa.core.tracker_store import SerializedTrackerAsText
from rasa.shared.core.trackers import DialogueStateTracker

_original_serialise_tracker = SerializedTrackerAsText.serialise_tracker


def dumps(value: Any) -> str:
    """`json.dumps(value)`'s JSON value, sooner."""
    try:
        return ujson.dumps(value, ensure_ascii=True, escape_forward_slashes=False)
    except (TypeError, ValueError, OverflowError):
        return json.dumps(value)


def _serialise_tracker(tracker: DialogueStateTracker) -> str:
    return dumps(tracker.as_dialogue().as_dict())


def install() -> None:
    """Idempotent."""
    SerializedTrackerAsText.serialise_tracker = staticmethod(_serialise_tracker)
