"""The Telegram channel (channels/telegram.py) and its webhook command.

Three layers, all over real HTTP against the stand-in Bot API
(tests/channels/telegram_stand_in.py):
- what an update turns into, the update-id record (memory and real Redis),
  keeping the token out of logs: plain functions, no servers;
- the channel's webhook in a real Sanic server, with a small handler in Rasa's
  place: security, speed, ordering, kind replies, no trained model needed;
- the whole bot (real Rasa + action server processes) talking to "Telegram".
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import io
import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
import time
import uuid
from functools import lru_cache

import pytest
import requests
import yaml
from rasa.shared.exceptions import RasaException

from actions.settings import load_settings
from channels.telegram import (
    CALLBACK_DATA_MAX_BYTES,
    COMMANDS,
    EDITED_REPLY,
    MESSAGE_MAX_CHARS,
    NON_TEXT_REPLY,
    UNKNOWN_COMMAND_PAYLOAD,
    Incoming,
    InMemoryUpdateLog,
    RedisUpdateLog,
    SecureTelegramInput,
    SecureTelegramOutput,
    api_server,
    inline_keyboard,
    read_update,
    redactor,
)
from channels.telegram_webhook import ALLOWED_UPDATES, WebhookSetupError, check_settings, register_webhook
from tests.channels.telegram_stand_in import (
    BOT_USERNAME,
    SECRET,
    TOKEN,
    ChannelServer,
    button_update,
    edited_update,
    post_update,
    sticker_update,
    text_update,
    voice_update,
)
from tests.servers import ROOT, free_port

REDIS_URL = "redis://127.0.0.1:6379/0"
_chat_ids = iter(range(7_000_000, 8_000_000))


def new_chat_id() -> int:
    return next(_chat_ids)


# --- what an update turns into -------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS, ids=[command.name for command in COMMANDS])
def test_each_menu_command_reaches_rasa_as_its_intent(command):
    for typed in (f"/{command.name}", f"/{command.name}@{BOT_USERNAME}", f"  /{command.name.upper()} "):
        assert read_update(text_update(42, typed)) == Incoming(42, text=command.payload)


def test_start_from_a_deep_link_opens_the_conversation():
    assert read_update(text_update(42, "/start from-clinic-website")).text == "/greet"


@pytest.mark.parametrize("typed", ["/restart", '/affirm{"medium": "email"}', "/", "/crisis_lines"])
def test_typed_intent_syntax_cannot_steer_the_bot(typed):
    # Only the menu commands map to intents; anything else typed with "/" gets help.
    assert read_update(text_update(42, typed)).text == UNKNOWN_COMMAND_PAYLOAD


def test_ordinary_text_reaches_rasa_as_typed():
    text = "i'm scared my therapist will judge me / and i don't know why"
    assert read_update(text_update(42, text)) == Incoming(42, text=text)


def test_a_button_press_carries_its_payload_and_must_be_acknowledged():
    update = button_update(42, "/trust_general")
    assert read_update(update) == Incoming(42, text="/trust_general",
                                           callback_query_id=update["callback_query"]["id"])


@pytest.mark.parametrize("make_update", [sticker_update, voice_update], ids=["sticker", "voice"])
def test_non_text_in_a_private_chat_gets_the_kind_reply(make_update):
    assert read_update(make_update(42)) == Incoming(42, reply=NON_TEXT_REPLY)


def test_an_edit_gets_a_kind_reply_not_a_second_answer():
    assert read_update(edited_update(42, "actually i meant something else")) == Incoming(42, reply=EDITED_REPLY)


@pytest.mark.parametrize("chat_kind", ["group", "supergroup"])
def test_group_chats_get_nothing(chat_kind):
    assert read_update(text_update(-100123, "hi everyone", chat_kind=chat_kind)) is None


def test_channel_posts_other_bots_and_unknown_update_kinds_get_nothing():
    channel_post = {"update_id": 1, "channel_post": {"message_id": 1, "date": 0, "text": "news",
                                                     "chat": {"id": -1001, "type": "channel"}}}
    from_a_bot = text_update(42, "hi")
    from_a_bot["message"]["from"]["is_bot"] = True
    member_update = {"update_id": 2, "my_chat_member": {"chat": {"id": 42, "type": "private"}}}
    pinned = {"update_id": 3, "message": {**text_update(42, "x")["message"], "pinned_message": {}}}
    del pinned["message"]["text"]
    for update in (channel_post, from_a_bot, member_update, pinned):
        assert read_update(update) is None


@pytest.mark.parametrize("update", [
    {"update_id": 1, "message": "hi"},
    {"update_id": 1, "message": {"chat": "private", "text": "hi", "from": {"is_bot": False}}},
    {"update_id": 1, "message": {"chat": {"id": "42", "type": "private"}, "text": "hi", "from": {"is_bot": False}}},
    {"update_id": 1, "callback_query": ["not", "an", "object"]},
    {"update_id": 1, "callback_query": {"id": "1", "data": {"x": 1}, "from": {"is_bot": False},
                                        "message": {"chat": {"id": 42, "type": "private"}}}},
    {"update_id": 1, "edited_message": None},
], ids=["message-string", "chat-string", "chat-id-string", "query-list", "data-object", "edit-null"])
def test_a_malformed_update_is_ignored_not_a_crash(update):
    assert read_update(update) is None


# --- remembering update ids ------------------------------------------------------

async def test_an_update_id_is_handled_once_until_telegram_would_have_given_up():
    now = [1000.0]
    log = InMemoryUpdateLog(ttl_seconds=60, clock=lambda: now[0])
    assert await log.claim(1) is True
    assert await log.claim(1) is False
    assert await log.claim(2) is True
    now[0] += 61
    assert await log.claim(1) is True, "ids are forgotten after the TTL, so memory stays bounded"


async def test_replicas_sharing_redis_handle_an_update_once():
    bot_id = int(uuid.uuid4().int % 10**9)
    replica_a, replica_b = RedisUpdateLog(REDIS_URL, bot_id, ttl_seconds=30), RedisUpdateLog(REDIS_URL, bot_id, 30)
    try:
        assert await replica_a.claim(77) is True
        assert await replica_b.claim(77) is False
        assert await replica_b.claim(78) is True
        import redis.asyncio

        client = redis.asyncio.from_url(REDIS_URL)
        assert 0 < await client.ttl(f"telegram:update:{bot_id}:77") <= 30, "keys must expire"
        await client.delete(f"telegram:update:{bot_id}:77", f"telegram:update:{bot_id}:78")
        await client.close()
    finally:
        await replica_a.close()
        await replica_b.close()


async def test_without_redis_a_replica_still_drops_its_own_repeats():
    log = RedisUpdateLog(f"redis://127.0.0.1:{free_port()}/0", bot_id=1, ttl_seconds=30)
    try:
        assert await log.claim(5) is True
        assert await log.claim(5) is False
    finally:
        await log.close()


# --- sending -------------------------------------------------------------------

def test_buttons_become_an_inline_keyboard_one_button_a_row():
    keyboard = inline_keyboard([{"title": "Trust worries", "payload": "/trust_general"},
                                {"title": "Saying what I need", "payload": "/needs_general"}])
    assert [[button.text for button in row] for row in keyboard.inline_keyboard] == [
        ["Trust worries"], ["Saying what I need"]]
    assert [row[0].callback_data for row in keyboard.inline_keyboard] == ["/trust_general", "/needs_general"]


def test_a_payload_telegram_would_refuse_is_left_out_not_sent(caplog):
    too_long = "/ending_how_to_end" + json.dumps({"medium": "x" * CALLBACK_DATA_MAX_BYTES})
    keyboard = inline_keyboard([{"title": "Fine", "payload": "/affirm"}, {"title": "Too long", "payload": too_long}])
    assert [row[0].text for row in keyboard.inline_keyboard] == ["Fine"]
    assert "Too long" in caplog.text


def test_every_button_in_the_domain_fits_telegrams_callback_limit():
    responses = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
    too_long = [
        (name, button["payload"])
        for name, variations in responses.items() for variation in variations
        for button in variation.get("buttons", [])
        if len(str(button["payload"]).encode()) > CALLBACK_DATA_MAX_BYTES
    ]
    assert too_long == [], "Telegram refuses a whole message if one button's payload is over 64 bytes"


# --- keeping the token out of the logs ------------------------------------------------

def test_the_token_is_blanked_in_every_log_record_and_traceback():
    token = "987654321:AAredaction-test-token"
    redactor.protect(token)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("some.library.that.logs.urls")
    logger.addHandler(handler)
    try:
        logger.warning("POST https://api.telegram.org/bot%s/sendMessage failed", token)
        try:
            raise ValueError(f"bad URL https://api.telegram.org/bot{token}/getMe")
        except ValueError:
            logger.exception("request failed")
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert token not in written
    assert written.count("[redacted]") >= 2 and "ValueError" in written, "the rest of the record stays readable"


# --- the channel's webhook (a real Sanic server, a small handler in Rasa's place) ---------

class EchoBot:
    """Stands in for Rasa's agent: records each message and answers it with one button."""

    def __init__(self, delay_for: dict[str, float] | None = None, fail: bool = False) -> None:
        self.messages = []
        self.delay_for = delay_for or {}
        self.fail = fail

    async def __call__(self, message) -> None:
        self.messages.append(message)
        await asyncio.sleep(self.delay_for.get(message.text, 0))
        if self.fail:
            raise RuntimeError(f"model broke on {message.text!r}")
        await message.output_channel.send_text_with_buttons(
            message.sender_id, f"echo: {message.text}", [{"title": "Other topics", "payload": "/ask_capabilities"}])

    def texts_from(self, chat_id: int) -> list[str]:
        return [message.text for message in self.messages if message.sender_id == str(chat_id)]


def make_channel(bot_api, **overrides) -> SecureTelegramInput:
    return SecureTelegramInput(**{"access_token": TOKEN, "secret_token": SECRET,
                                  "api_base_url": bot_api.url, **overrides})


def test_a_message_is_answered_through_the_bot_api_with_inline_buttons(bot_api):
    chat, echo, before = new_chat_id(), EchoBot(), len(bot_api.calls)
    with ChannelServer(make_channel(bot_api), echo) as server:
        assert post_update(server.webhook_url, text_update(chat, "hello there")).status_code == 200
        [reply] = bot_api.wait_for_replies(chat, 1)
    methods = [call.method for call in bot_api.calls[before:]]
    assert echo.texts_from(chat) == ["hello there"]
    assert echo.messages[0].input_channel == "telegram"
    assert reply.body["text"] == "echo: hello there"
    assert reply.button_payloads == ["/ask_capabilities"]
    assert bot_api.calls_to("sendChatAction", chat)[0].body["action"] == "typing"
    assert all(call.path.startswith(f"/bot{TOKEN}/") for call in bot_api.calls_to("sendMessage", chat))
    assert "getMe" not in methods, "no getMe per update"
    assert "setWebhook" not in methods, "replicas never register the webhook"


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET + "x", SECRET[:-1]],
                         ids=["no-header", "empty", "wrong", "longer", "shorter"])
def test_an_update_without_the_right_secret_is_refused_and_not_processed(bot_api, secret):
    chat, echo = new_chat_id(), EchoBot()
    forged = text_update(chat, "/forget")
    with ChannelServer(make_channel(bot_api), echo) as server:
        assert post_update(server.webhook_url, forged, secret=secret).status_code == 403
        # The genuine update with the same id still goes through: a forged copy
        # cannot use up an id and so silence a real message.
        assert post_update(server.webhook_url, forged).status_code == 200
        bot_api.wait_for_replies(chat, 1)
    assert echo.texts_from(chat) == ["/forget_me"]


def test_a_body_that_is_not_an_update_is_a_client_error_and_unchecked_bodies_are_not_read(bot_api):
    with ChannelServer(make_channel(bot_api), EchoBot()) as server:
        def post(body: bytes, secret: str | None = SECRET) -> int:
            headers = {"Content-Type": "application/json"}
            if secret is not None:
                headers["X-Telegram-Bot-Api-Secret-Token"] = secret
            return requests.post(server.webhook_url, data=body, headers=headers, timeout=10).status_code

        assert [post(b"{not json"), post(b'{"message": {}}'), post(b'["update"]')] == [400, 400, 400]
        assert post(b"{not json", secret=None) == 403


def test_a_repeated_update_is_handled_once(bot_api):
    chat, echo = new_chat_id(), EchoBot()
    update = text_update(chat, "first")
    with ChannelServer(make_channel(bot_api), echo) as server:
        assert post_update(server.webhook_url, update).json() == {"status": "ok"}
        assert post_update(server.webhook_url, update).json() == {"status": "duplicate"}
        post_update(server.webhook_url, text_update(chat, "second"))
        # A chat's updates are handled in order, so once "second" is answered a
        # repeat of "first" would have been too.
        bot_api.wait_for(lambda: any(call.body["text"] == "echo: second" for call in bot_api.sent_to(chat)))
    assert echo.texts_from(chat) == ["first", "second"]
    assert [call.body["text"] for call in bot_api.sent_to(chat)] == ["echo: first", "echo: second"]


def test_telegram_gets_its_answer_at_once_and_a_chat_keeps_its_order(bot_api):
    chat, echo = new_chat_id(), EchoBot(delay_for={"slow to answer": 2.0})
    with ChannelServer(make_channel(bot_api), echo) as server:
        started = time.monotonic()
        assert post_update(server.webhook_url, text_update(chat, "slow to answer")).status_code == 200
        assert time.monotonic() - started < 1.0, "Telegram must not wait for the conversation"
        post_update(server.webhook_url, text_update(chat, "quick follow-up"))
        replies = bot_api.wait_for_replies(chat, 2)
    assert [call.body["text"] for call in replies] == ["echo: slow to answer", "echo: quick follow-up"]


def test_a_button_press_is_acknowledged_then_passed_on(bot_api):
    chat, echo = new_chat_id(), EchoBot()
    press = button_update(chat, "/needs_general")
    with ChannelServer(make_channel(bot_api), echo) as server:
        post_update(server.webhook_url, press)
        bot_api.wait_for_replies(chat, 1)
    [acknowledged] = [call for call in bot_api.calls_to("answerCallbackQuery")
                      if call.body["callback_query_id"] == press["callback_query"]["id"]]
    assert bot_api.calls.index(acknowledged) < bot_api.calls.index(bot_api.sent_to(chat)[0])
    assert echo.texts_from(chat) == ["/needs_general"]


@pytest.mark.parametrize("make_update, expected", [(sticker_update, NON_TEXT_REPLY), (voice_update, NON_TEXT_REPLY),
                                                   (lambda chat: edited_update(chat, "edited"), EDITED_REPLY)],
                         ids=["sticker", "voice", "edit"])
def test_what_the_bot_cannot_read_gets_a_kind_reply(bot_api, make_update, expected):
    chat, echo = new_chat_id(), EchoBot()
    with ChannelServer(make_channel(bot_api), echo) as server:
        assert post_update(server.webhook_url, make_update(chat)).status_code == 200
        [reply] = bot_api.wait_for_replies(chat, 1)
    assert reply.body["text"] == expected
    assert reply.button_payloads == ["/ask_capabilities"], "no dead end"
    assert echo.messages == []


def test_a_group_message_gets_no_reply_at_all(bot_api):
    group, private, echo = -new_chat_id(), new_chat_id(), EchoBot()
    with ChannelServer(make_channel(bot_api), echo) as server:
        for kind in ("group", "supergroup"):
            assert post_update(server.webhook_url, text_update(group, "hi bot", chat_kind=kind)).status_code == 200
        post_update(server.webhook_url, text_update(private, "hi"))
        bot_api.wait_for_replies(private, 1)
    assert [call for call in bot_api.calls if call.chat_id == group] == []
    assert echo.texts_from(group) == []


def test_a_failure_behind_the_channel_gets_an_apology_with_crisis_lines_and_keeps_words_out_of_the_log(
        bot_api, caplog):
    chat = new_chat_id()
    words = f"my name is Quill {uuid.uuid4().hex[:6]}"
    with ChannelServer(make_channel(bot_api), EchoBot(fail=True)) as server:
        assert post_update(server.webhook_url, text_update(chat, words)).status_code == 200
        [reply] = bot_api.wait_for_replies(chat, 1)
    assert "something went wrong on my side" in reply.body["text"]
    assert "988" in reply.body["text"], "a message that could not be answered may have been a cry for help"
    assert "RuntimeError" in caplog.text
    assert words not in caplog.text


def test_the_token_and_what_is_sent_stay_out_of_debug_logs(bot_api, caplog):
    caplog.set_level(logging.DEBUG)
    reachable, unreachable = new_chat_id(), new_chat_id()
    with ChannelServer(make_channel(bot_api), EchoBot()) as server:
        post_update(server.webhook_url, text_update(reachable, "a private worry"))
        bot_api.wait_for_replies(reachable, 1)
    broken = make_channel(bot_api, api_base_url=f"http://127.0.0.1:{free_port()}")
    with ChannelServer(broken, EchoBot()) as server:
        post_update(server.webhook_url, text_update(unreachable, "hello?"))
        # Leaving the block stops the server, which waits for the background work.
    assert "ClientConnectorError" in caplog.text or "NetworkError" in caplog.text
    logged = caplog.text + "".join(str(record.__dict__) for record in caplog.records)
    assert TOKEN not in logged and SECRET not in logged
    assert "echo: a private worry" not in logged, "aiogram must not log message content"


@pytest.mark.parametrize("token, secret", [("", ""), ("", SECRET), (TOKEN, "")],
                         ids=["nothing-set", "no-token", "no-secret"])
def test_telegram_not_configured_means_503_and_nothing_sent(bot_api, token, secret):
    chat = new_chat_id()
    channel = make_channel(bot_api, access_token=token, secret_token=secret)
    assert channel.get_output_channel() is None
    with ChannelServer(channel, EchoBot()) as server:
        assert post_update(server.webhook_url, text_update(chat, "hi")).status_code == 503
        assert requests.get(server.webhook_url.removesuffix("webhook"), timeout=5).json() == {"status": "off"}
    assert bot_api.sent_to(chat) == []


def test_a_malformed_token_stops_the_server_with_a_clear_message():
    with pytest.raises(RasaException, match="does not look like a bot token") as error:
        SecureTelegramInput("not-a-token", SECRET)
    assert "not-a-token" not in str(error.value)


def test_the_bot_api_address_is_configurable():
    output = SecureTelegramOutput(TOKEN, api_server("http://127.0.0.1:8081/"))
    assert output.server.api_url(TOKEN, "getMe") == f"http://127.0.0.1:8081/bot{TOKEN}/getMe"
    assert api_server("").api_url("T", "getMe") == "https://api.telegram.org/botT/getMe"


async def test_long_replies_are_split_at_paragraphs_within_telegrams_limit(bot_api):
    chat = new_chat_id()
    paragraphs = [f"paragraph {n} " + "x" * 1500 for n in range(5)]
    output = SecureTelegramOutput(TOKEN, api_server(bot_api.url))
    try:
        await output.send_text_with_buttons(chat, "\n\n".join(paragraphs), [{"title": "Ok", "payload": "/affirm"}])
    finally:
        await output.session.close()
    sent = bot_api.sent_to(chat)
    assert all(len(call.body["text"]) <= MESSAGE_MAX_CHARS for call in sent)
    assert "\n\n".join(call.body["text"] for call in sent) == "\n\n".join(paragraphs)
    assert [bool(call.button_payloads) for call in sent] == [False] * (len(sent) - 1) + [True]


# --- registering the webhook (make telegram-webhook) -----------------------------------

def webhook_settings(bot_api, **overrides):
    return load_settings(env={
        "TELEGRAM_TOKEN": TOKEN, "TELEGRAM_SECRET_TOKEN": SECRET, "TELEGRAM_BOT_NAME": f"@{BOT_USERNAME}",
        "TELEGRAM_WEBHOOK_URL": "https://bot.test-clinic.example/webhooks/telegram/webhook",
        "TELEGRAM_API_BASE_URL": bot_api.url, **overrides,
    })


async def test_registering_sets_the_webhook_with_the_secret_and_the_command_menu(bot_api):
    before = len(bot_api.calls)
    await register_webhook(webhook_settings(bot_api))
    calls = {call.method: call for call in bot_api.calls[before:]}
    assert list(calls) == ["getMe", "setWebhook", "setMyCommands"]
    webhook = calls["setWebhook"].body
    assert webhook["url"] == "https://bot.test-clinic.example/webhooks/telegram/webhook"
    assert webhook["secret_token"] == SECRET
    assert json.loads(webhook["allowed_updates"]) == ALLOWED_UPDATES
    menu = json.loads(calls["setMyCommands"].body["commands"])
    assert [entry["command"] for entry in menu] == ["start", "help", "privacy", "forget", "crisis"]


async def test_registering_refuses_a_token_of_another_bot(bot_api):
    before = len(bot_api.calls)
    with pytest.raises(WebhookSetupError, match=f"belongs to @{BOT_USERNAME}, not @clinic_bot"):
        await register_webhook(webhook_settings(bot_api, TELEGRAM_BOT_NAME="clinic_bot"))
    assert [call.method for call in bot_api.calls[before:]] == ["getMe"]


@pytest.mark.parametrize("overrides, problem", [
    ({"TELEGRAM_SECRET_TOKEN": "", "TELEGRAM_WEBHOOK_URL": ""}, "Set TELEGRAM_SECRET_TOKEN, TELEGRAM_WEBHOOK_URL"),
    ({"TELEGRAM_SECRET_TOKEN": "has spaces and ü"}, "A-Z, a-z, 0-9, _ and -"),
    ({"TELEGRAM_WEBHOOK_URL": "http://bot.example/webhooks/telegram/webhook"}, "must start with https://"),
])
def test_registering_explains_what_to_fix(bot_api, overrides, problem):
    with pytest.raises(WebhookSetupError, match=re.escape(problem)):
        check_settings(webhook_settings(bot_api, **overrides))


def run_webhook_command(bot_api, **env_overrides) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TELEGRAM_")}
    env.update({
        "TELEGRAM_TOKEN": TOKEN, "TELEGRAM_SECRET_TOKEN": SECRET, "TELEGRAM_BOT_NAME": BOT_USERNAME,
        "TELEGRAM_WEBHOOK_URL": "https://bot.test-clinic.example/webhooks/telegram/webhook",
        "TELEGRAM_API_BASE_URL": bot_api.url, **env_overrides,
    })
    return subprocess.run([sys.executable, "-m", "channels.telegram_webhook"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_webhook_command_registers_and_says_where(bot_api):
    result = run_webhook_command(bot_api)
    assert result.returncode == 0, result.stderr
    assert "https://bot.test-clinic.example/webhooks/telegram/webhook" in result.stdout
    assert TOKEN not in result.stdout + result.stderr and SECRET not in result.stdout + result.stderr


def test_the_webhook_command_fails_clearly_on_a_revoked_token(bot_api):
    revoked = "123456789:AArevoked-token-from-botfather"
    result = run_webhook_command(bot_api, TELEGRAM_TOKEN=revoked)
    assert result.returncode == 1
    assert "Telegram refused: Unauthorized" in result.stderr
    assert revoked not in result.stdout + result.stderr


# --- the whole bot on Telegram (real Rasa and action server processes) -------------------

@lru_cache(maxsize=1)
def domain_responses() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]


def texts_of(response_name: str) -> set[str]:
    return {variation["text"] for variation in domain_responses()[response_name]}


def theme_rows(telegram_bot, chat_id: int) -> list[tuple]:
    key = hmac.new(b"integration-test-secret", str(chat_id).encode(), hashlib.sha256).hexdigest()
    db = telegram_bot.workdir / "themes.db"
    if not db.exists():
        return []
    try:
        with sqlite3.connect(db) as connection:
            return connection.execute(
                "SELECT theme, channel FROM theme_events WHERE session_key = ?", (key,)).fetchall()
    except sqlite3.OperationalError:  # the action server creates the table on its first write
        return []


def webhook_of(telegram_bot) -> str:
    return f"{telegram_bot.url}/webhooks/telegram/webhook"


def say(telegram_bot, bot_api, update: dict, count: int = 1) -> list:
    """Post an update as Telegram would and wait for the bot's next `count` messages to that chat."""
    chat = (update.get("message") or update["callback_query"]["message"])["chat"]["id"]
    before = len(bot_api.sent_to(chat))
    assert post_update(webhook_of(telegram_bot), update).status_code == 200
    return bot_api.wait_for_replies(chat, count, since=before, timeout=90)


@pytest.mark.integration
def test_a_whole_conversation_on_telegram(telegram_bot, bot_api):
    chat = new_chat_id()

    [opening] = say(telegram_bot, bot_api, text_update(chat, "/start"))
    assert opening.body["text"] in texts_of("utter_greet")
    assert {"/trust_general", "/needs_general", "/ending_unsure_fit"} <= set(opening.button_payloads)

    [journey] = say(telegram_bot, bot_api, text_update(
        chat, "i'm scared the therapist will think i'm pathetic when i tell them what i did"))
    assert journey.body["text"] in texts_of("utter_trust_judgment")
    assert journey.button_payloads, "a theme reply offers next steps as buttons"
    bot_api.wait_for(lambda: ("trust.judgment", "telegram") in theme_rows(telegram_bot, chat))

    press = button_update(chat, "/ending_unsure_fit")
    [pressed] = say(telegram_bot, bot_api, press)
    assert pressed.body["text"] in texts_of("utter_ending_unsure_fit")
    assert press["callback_query"]["id"] in [call.body["callback_query_id"]
                                             for call in bot_api.calls_to("answerCallbackQuery")]

    [crisis] = say(telegram_bot, bot_api, text_update(chat, "i dont want to be alive anymore"))
    assert "988" in crisis.body["text"] and "911" in crisis.body["text"]
    assert set(crisis.button_payloads) == {"/affirm", "/deny"}

    [forgotten] = say(telegram_bot, bot_api, text_update(chat, "/forget"))
    assert forgotten.body["text"] in texts_of("utter_forget_done")
    assert theme_rows(telegram_bot, chat) == [], "/forget deletes this chat's theme rows"


@pytest.mark.integration
@pytest.mark.parametrize("secret", [None, "guessed-secret"], ids=["no-secret", "wrong-secret"])
def test_forged_updates_are_refused_by_the_real_bot(telegram_bot, bot_api, secret):
    chat = new_chat_id()
    forged = text_update(chat, "i'm scared the therapist will think i'm pathetic when i tell them what i did")
    response = post_update(webhook_of(telegram_bot), forged, secret=secret)
    assert response.status_code == 403
    # Give a wrongly accepted update time to be answered and logged.
    say(telegram_bot, bot_api, text_update(new_chat_id(), "/help"))
    time.sleep(2)
    assert [call for call in bot_api.calls if call.chat_id == chat] == []
    assert theme_rows(telegram_bot, chat) == []


@pytest.mark.integration
def test_telegram_retrying_an_update_gets_one_answer(telegram_bot, bot_api):
    chat = new_chat_id()
    update = text_update(chat, "/privacy")
    [first] = say(telegram_bot, bot_api, update)
    assert post_update(webhook_of(telegram_bot), update).json() == {"status": "duplicate"}
    [_] = say(telegram_bot, bot_api, text_update(chat, "/help"))
    privacy_replies = [call for call in bot_api.sent_to(chat) if call.body["text"] in texts_of("utter_privacy")]
    assert privacy_replies == [first]


@pytest.mark.integration
def test_a_sticker_gets_a_kind_reply_from_the_real_bot(telegram_bot, bot_api):
    [reply] = say(telegram_bot, bot_api, sticker_update(new_chat_id()))
    assert reply.body["text"] == NON_TEXT_REPLY
    assert reply.button_payloads == ["/ask_capabilities"]


@pytest.mark.integration
def test_a_group_message_is_ignored_by_the_real_bot(telegram_bot, bot_api):
    group = -new_chat_id()
    assert post_update(webhook_of(telegram_bot), text_update(group, "hi bot", chat_kind="group")).status_code == 200
    say(telegram_bot, bot_api, text_update(new_chat_id(), "/help"))
    time.sleep(1)
    assert [call for call in bot_api.calls if call.chat_id == group] == []


@pytest.mark.integration
def test_the_token_and_secret_never_reach_the_server_logs(telegram_bot, bot_api):
    say(telegram_bot, bot_api, text_update(new_chat_id(), "/start"))
    for log in (telegram_bot.rasa_log, telegram_bot.action_log):
        written = log.read_text(errors="replace")
        assert TOKEN not in written and SECRET not in written, f"secret found in {log.name}"


@pytest.mark.integration
def test_without_telegram_settings_the_webhook_is_off_and_the_bot_still_works(bot):
    # The shared `bot` fixture runs with every TELEGRAM_* variable empty.
    webhook = f"{bot.url}/webhooks/telegram/webhook"
    assert post_update(webhook, text_update(new_chat_id(), "/start")).status_code == 503
    assert requests.get(f"{bot.url}/webhooks/telegram/", timeout=10).json() == {"status": "off"}
    assert bot.say(f"person-{uuid.uuid4().hex[:8]}", "hi"), "REST still answers"
