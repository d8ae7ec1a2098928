"""components/fast_json.py: the same JSON values as `json.dumps`, for conversations and action calls."""
from __future__ import annotations

import asyncio
import json
import math

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore
from rasa.utils.endpoints import EndpointConfig

from components import fast_json, rasa_speedups
from tests.stories import story_conversations

rasa_speedups.install()

def _same_values(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_values(a[key], b[key]) for key in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_values(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b

@pytest.mark.parametrize("value", [
    {"text": "é / \\ \" \n 🙂 \u2028", "confidence": 0.30000000000000004, "n": 10**20, "tiny": 1e-300},
    {1: "integer key", "tuple": (1, 2), "nested": [{"a": None, "b": True}]},
    [float("nan"), float("inf"), -float("inf")],
    "x" * 100_000,
])
def test_values_read_back_as_json_dumps_writes_them(value):
    assert _same_values(json.loads(fast_json.dumps(value)), json.loads(json.dumps(value)))

@pytest.mark.parametrize("value", [{"a": {1, 2}}, {"a": object()}, [b"bytes"]])
def test_what_json_refuses_is_refused_the_same_way(value):
    with pytest.raises(TypeError) as ours:
        fast_json.dumps(value)
    with pytest.raises(TypeError) as stock:
        json.dumps(value)
    assert str(ours.value) == str(stock.value)

def test_the_tracker_stores_and_action_calls_use_it():
    assert InMemoryTrackerStore.serialise_tracker is RedisTrackerStore.serialise_tracker
    assert InMemoryTrackerStore.serialise_tracker.__name__ == "_serialise_tracker"

    async def session_writer():
        async with EndpointConfig(url="http://127.0.0.1:1/webhook", headers={"X-Test": "1"}).session() as session:
            return session.json_serialize, dict(session.headers)

    writer, headers = asyncio.run(session_writer())
    assert writer is fast_json.dumps and headers["X-Test"] == "1"

def test_every_test_story_conversation_is_stored_as_the_same_json(agent):
    conversations = story_conversations()

    async def trackers():
        served = []
        for number, texts in enumerate(conversations[:30]):
            sender = f"json-{number}"
            for text in texts:
                await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender,
                                                       metadata={"region": "uk"}))
            served.append(await agent.processor.get_tracker(sender))
        return served

    def keys_are_strings(value) -> bool:
        if isinstance(value, dict):
            return all(isinstance(key, str) and keys_are_strings(item) for key, item in value.items())
        if isinstance(value, (list, tuple)):
            return all(keys_are_strings(item) for item in value)
        return True

    for tracker in asyncio.run(trackers()):
        assert keys_are_strings(tracker.as_dialogue().as_dict())
        ours = InMemoryTrackerStore.serialise_tracker(tracker)
        stock = fast_json._original_serialise_tracker(tracker)
        assert ours != stock  # written by ujson (no spaces), not by json
        assert _same_values(json.loads(ours), json.loads(stock))
