"""The bot on the production profile (endpoints.production.yml) for the fault and privacy tests."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis

from tests.servers import ROOT, Servers, free_port, server_env

# Redis databases only these tests use (keys are removed afterwards by the sender ids they contain).
REDIS_TRACKER_DB, REDIS_LOCK_DB = 13, 14


@contextmanager
def production_bot(workdir: Path, redis_port: int, **overrides: str) -> Iterator[Servers]:
    """The bot on the production profile (endpoints.production.yml): conversations and locks in Redis."""
    workdir.mkdir(parents=True, exist_ok=True)
    rasa_port, action_port = free_port(), free_port()
    env = server_env(
        workdir, RASA_PORT=str(rasa_port), ACTION_PORT=str(action_port),
        TEST_ENDPOINTS=str(ROOT / "endpoints.production.yml"),
        ACTION_ENDPOINT_URL=f"http://127.0.0.1:{action_port}/webhook",
        REDIS_HOST="127.0.0.1", REDIS_PORT=str(redis_port),
        REDIS_TRACKER_DB=str(REDIS_TRACKER_DB), REDIS_LOCK_DB=str(REDIS_LOCK_DB),
        **{"TRACKER_EXPIRY_SECONDS": "1800", **overrides},
    )
    servers = Servers(rasa_port, action_port, env, workdir)
    try:
        servers.start_all()
        yield servers
    finally:
        servers.stop_all()


def forget_redis_keys(containing: str) -> None:
    for db in (REDIS_TRACKER_DB, REDIS_LOCK_DB):
        client = redis.Redis(port=6379, db=db)
        for key in client.scan_iter(f"*{containing}*"):
            client.delete(key)
        client.close()


