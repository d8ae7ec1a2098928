"""Two replicas taking a ticket for the same conversation at the same moment get different tickets."""
from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from rasa.utils.endpoints import EndpointConfig

from components.redis_lock_store import AtomicRedisLockStore

REDIS_DB = 14


@pytest.fixture
def replicas():
    prefix = f"locktest{uuid.uuid4().hex[:8]}"
    config = EndpointConfig(url="127.0.0.1", port=6379, db=REDIS_DB, key_prefix=prefix)
    yield AtomicRedisLockStore(config), AtomicRedisLockStore(config)
    client = redis.Redis(port=6379, db=REDIS_DB)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()


def test_simultaneous_tickets_on_two_replicas_are_never_the_same(replicas):
    for _ in range(40):
        conversation = uuid.uuid4().hex
        start = threading.Barrier(2)

        def take_ticket(store: AtomicRedisLockStore, conversation: str = conversation,
                        start: threading.Barrier = start) -> int:
            start.wait()
            return store.issue_ticket(conversation)

        with ThreadPoolExecutor(2) as pool:
            tickets = sorted(pool.map(take_ticket, replicas))
        assert tickets == [0, 1], "both replicas would handle the conversation at once"
        lock = replicas[0].get_lock(conversation)
        assert lock.now_serving == 0 and lock.last_issued == 1


async def test_a_finished_turn_hands_the_conversation_to_the_next_replica(replicas):
    first, second = replicas
    conversation = uuid.uuid4().hex
    async with first.lock(conversation):
        waiting = second.issue_ticket(conversation)
        assert second.get_lock(conversation).is_locked(waiting)
    assert not second.get_lock(conversation).is_locked(waiting)
    second.cleanup(conversation, waiting)
    assert second.get_lock(conversation) is None
