"""Rasa's Redis lock store, with each change of a conversation's lock made atomic across replicas.

Rasa 3.6's RedisLockStore issues a ticket by reading the conversation's lock,
adding a ticket and writing it back, with nothing in between to stop another
replica doing the same: two messages of one person arriving at two replicas at
the same moment both read "no tickets", both take ticket 0 and are handled at
the same time, each blind to the other's turn
(tests/integration/test_replicas.py caught this). Here every read-modify-write
of a lock (issuing a ticket, dropping expired ones, finishing a turn) runs
under a short Redis mutex (SET NX with an expiry) for that conversation.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# A lock change takes a millisecond or two; the expiry only matters if a replica
# dies while holding the mutex.
MUTEX_SECONDS = 5


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    @contextmanager
    def _exclusive(self, conversation_id: str) -> Iterator[None]:
        # Outside the lock keys' namespace, so no conversation id can name it.
        name = f"{self.key_prefix.rstrip(':')}_mutex:{conversation_id}"
        with self.red.lock(name, timeout=MUTEX_SECONDS, blocking_timeout=MUTEX_SECONDS):
            yield

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._exclusive(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: str) -> None:
        with self._exclusive(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        with self._exclusive(conversation_id):
            super().cleanup(conversation_id, ticket_number)
