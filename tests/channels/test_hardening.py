"""Inputs the fuzz tests (tests/fuzz) found crashing the channels, pinned down one by one."""
from __future__ import annotations

import json
import uuid

import pytest
import requests

from channels.intake import IntakeInput
from channels.intake import _parse_message as parse_intake_message
from channels.rest import malformed_reason
from channels.widget import _is_engineio_payload, _socketio_message
from channels.widget import _parse_message as parse_widget_message
from tests.channels.telegram_stand_in import SECRET, TOKEN, ChannelServer, text_update

NESTED_100K = b"[" * 100_000 + b"]" * 100_000
NESTED_OBJECTS = b'{"a":' * 50_000 + b"1" + b"}" * 50_000
SESSION = uuid.uuid4().hex


@pytest.mark.parametrize("body", [NESTED_100K, NESTED_OBJECTS], ids=["arrays", "objects"])
def test_json_nested_too_deep_is_a_client_error_on_every_json_channel(body):
    assert malformed_reason(body) == "The body must be JSON."
    assert parse_intake_message(body) == "The body must be JSON."
    assert parse_widget_message(body) is None


def test_a_rest_body_without_a_message_is_refused_before_rasa_sees_it():
    assert malformed_reason(b'{"sender": "a"}') == "'message' must be a string."
    assert malformed_reason(b'{"sender": "a", "message": null}') == "'message' must be a string."


def test_an_intake_token_that_is_not_utf8_is_refused_not_crashed_on():
    channel = IntakeInput(token="t" * 40)
    # Sanic hands header bytes that are not UTF-8 over as surrogates.
    assert channel._authorized("Bearer \udce9\udc80") is False
    assert channel._authorized("Bearer " + "t" * 40) is True


def test_a_telegram_secret_header_that_is_not_utf8_gets_403(bot_api):
    from channels.telegram import SecureTelegramInput

    handled = []

    async def handler(message):
        handled.append(message)

    channel = SecureTelegramInput(TOKEN, SECRET, api_base_url=bot_api.url)
    with ChannelServer(channel, handler) as server:
        response = requests.post(server.webhook_url, data=json.dumps(text_update(4242, "hi")),
                                 headers={"X-Telegram-Bot-Api-Secret-Token": b"\xe9\x80",
                                          "Content-Type": "application/json"}, timeout=10)
    assert response.status_code == 403
    assert handled == []


@pytest.mark.parametrize(
    "data",
    [None, "hello", ["hello"], 5, {}, {"message": "hi"}, {"session_id": SESSION}, {"session_id": SESSION, "message": 5},
     {"session_id": SESSION, "message": "   "}, {"session_id": "not-a-widget-id", "message": "hi"},
     {"session_id": ["x"], "message": "hi"}],
)
def test_socketio_events_the_widget_could_not_have_sent_are_dropped(data):
    assert _socketio_message(data, "customData") is None


def test_a_widget_socketio_message_passes_on_only_its_text_session_and_region():
    data = {"session_id": SESSION, "message": "hi", "customData": {"region": "UK", "extra": "x" * 100}, "other": 1}
    assert _socketio_message(data, "customData") == {"session_id": SESSION, "message": "hi", "customData": {"region": "UK"}}
    # Rasa's own handler would json.loads string metadata, and fail on anything odd.
    assert _socketio_message({**data, "customData": "{not json"}, "customData")["customData"] == {}


@pytest.mark.parametrize("body,ok", [
    (b'42["user_uttered",{"message":"hi"}]', True), (b"2\x1e3", True), (b"bAQID", True),
    (b"", False), (b"x42[]", False), (b"\xff\xfe", False), (b"4\x1e", False), ("4\u00e9".encode("latin-1"), False),
    # python-engineio decodes at most 16 packets per request and logs a traceback for more.
    (b"\x1e".join([b"3"] * 16), True), (b"\x1e".join([b"3"] * 17), False),
])
def test_only_engineio_polling_payloads_reach_python_engineio(body, ok):
    assert _is_engineio_payload(body) is ok


async def test_when_rasa_fails_the_person_gets_an_apology_with_their_regions_crisis_lines(caplog):
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    from channels.fallback import Apology

    async def broken_rasa(message):
        raise ConnectionError(f"Redis went away while handling {message.text!r}")

    answer = Apology(default_region="US").wrap("rest", broken_rasa)
    for region, line in [("UK", "Samaritans"), (None, "988"), ("nowhere", "988")]:
        collector = CollectingOutputChannel()
        await answer(UserMessage("my secret words", collector, "someone", metadata={"region": region}))
        said = " ".join(reply["text"] for reply in collector.messages)
        assert "something went wrong on my side" in said and line in said
    assert "Could not answer a rest message (ConnectionError)" in caplog.text
    assert "my secret words" not in caplog.text
