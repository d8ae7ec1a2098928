"""One bot on the production profile shared by the fault and marker tests (starting one is slow).

Redis and PostgreSQL are the real ones, each reached through a proxy a test
can stop to make an outage the bot cannot tell from a real one. Telegram (a
stand-in Bot API) and the intake channel are on, so every channel can be used.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text

from tests.actions.conftest import POSTGRES_URL, TcpProxy, postgres_schema_url
from tests.channels.telegram_stand_in import SECRET, TOKEN, BotApiStandIn
from tests.faults.production import REDIS_TRACKER_DB, production_bot
from tests.servers import MODEL_PATH, Servers

INTAKE_TOKEN = "fault-intake-token-" + "m" * 40
# Short, so the marker test can watch conversations expire; long enough to outlast an outage test.
TRACKER_EXPIRY_SECONDS = 8


@dataclass
class ProductionSetup:
    bot: Servers
    schema: str
    postgres_proxy: TcpProxy
    redis_proxy: TcpProxy
    bot_api: BotApiStandIn


@pytest.fixture(scope="session")
def production(tmp_path_factory):
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train`")
    schema = f"fault_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, future=True)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    postgres_proxy, redis_proxy = TcpProxy(), TcpProxy(upstream=("127.0.0.1", 6379))
    bot_api = BotApiStandIn()
    for started in (postgres_proxy, redis_proxy, bot_api):
        started.start()
    themes_url = postgres_schema_url(POSTGRES_URL.replace(":5432", f":{postgres_proxy.port}"), schema)
    try:
        with production_bot(
            tmp_path_factory.mktemp("production"), redis_proxy.port,
            TRACKER_EXPIRY_SECONDS=str(TRACKER_EXPIRY_SECONDS),
            THEMES_DB_URL=themes_url + "&connect_timeout=2", THEMES_DB_RETRY_SECONDS="1",
            INTAKE_API_TOKEN=INTAKE_TOKEN,
            TELEGRAM_TOKEN=TOKEN, TELEGRAM_SECRET_TOKEN=SECRET, TELEGRAM_API_BASE_URL=bot_api.url,
            TELEGRAM_REDIS_URL=f"redis://127.0.0.1:{redis_proxy.port}/{REDIS_TRACKER_DB}",
        ) as bot:
            yield ProductionSetup(bot, schema, postgres_proxy, redis_proxy, bot_api)
    finally:
        for started in (postgres_proxy, redis_proxy, bot_api):
            started.stop()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
