from __future__ import annotations

import pytest

from tests.channels.telegram_stand_in import SECRET, TOKEN, BotApiStandIn
from tests.servers import MODEL_PATH, running_bot


@pytest.fixture(scope="session")
def bot_api():
    """The stand-in Telegram Bot API every Telegram test talks to (tests tell calls apart by chat id)."""
    stand_in = BotApiStandIn()
    stand_in.start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="session")
def telegram_bot(tmp_path_factory, bot_api):
    """A real Rasa server + action server with the Telegram channel on, pointed at the stand-in.

    Logs at DEBUG so the tests can show the token stays out of even the most talkative logs.
    """
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    with running_bot(
        tmp_path_factory.mktemp("telegram"),
        TELEGRAM_TOKEN=TOKEN,
        TELEGRAM_SECRET_TOKEN=SECRET,
        TELEGRAM_API_BASE_URL=bot_api.url,
        LOG_LEVEL="DEBUG",
    ) as servers:
        yield servers
