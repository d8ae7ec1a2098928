"""Fuzzing every endpoint people or the internet can reach, against one real running bot.

Expected for every case: never a 5xx, never a traceback in a response, the
server still up afterwards, and either a kind reply or a clear 4xx. The budget
is `--fuzz-cases` (make test: about 200; `make fuzz`: 10,000), split over the
endpoints by the weights below; the last test checks memory stayed flat.
"""
from __future__ import annotations

import json
import queue
import time
import uuid

import pytest
import requests
import socketio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.settings import load_settings
from channels.fallback import UNAVAILABLE_REPLY
from channels.telegram import read_update
from channels.widget import TOO_LONG_REPLY
from scripts.run import http_api_args
from tests.channels.telegram_stand_in import SECRET
from tests.fuzz.conftest import INTAKE_TOKEN, rss_kib
from tests.fuzz.payloads import (
    ADVERSARIAL_TEXT,
    any_text,
    json_value,
    message_bodies,
    raw_body,
    telegram_updates,
    text,
)
from tests.security.test_exposure import API_CALLS

# Share of the budget per endpoint: the ones that reach Rasa's NLU get more.
WEIGHTS = {
    "rest": 3, "widget-fallback": 2, "socketio": 2, "socketio-raw": 1,
    "telegram": 2, "telegram-forged": 1, "intake": 2, "intake-no-token": 1,
}
TRACEBACK_SIGNS = ("Traceback (most recent call last)", 'File "/', "site-packages")
# A handful of conversations, reused: the point is odd input, not a million trackers.
SESSION_IDS = [uuid.uuid4().hex for _ in range(8)]


def budget(fuzz_cases: int, endpoint: str) -> settings:
    share = max(1, round(fuzz_cases * WEIGHTS[endpoint] / sum(WEIGHTS.values())))
    return settings(
        max_examples=share, deadline=None, database=None, derandomize=False,
        suppress_health_check=list(HealthCheck),
    )


def check(response: requests.Response, endpoint: str, tally) -> None:
    tally.count(endpoint, response.status_code)
    assert response.status_code < 500, f"{endpoint}: {response.status_code} {response.text[:300]!r}"
    for sign in TRACEBACK_SIGNS:
        assert sign not in response.text, f"{endpoint}: traceback in the response: {response.text[:500]!r}"
    if 400 <= response.status_code < 500:
        assert response.text.strip(), f"{endpoint}: a {response.status_code} must say what was wrong"


def still_up(bot) -> None:
    assert bot.rasa.poll() is None, "the Rasa server died"
    assert requests.get(f"{bot.url}/", timeout=10).status_code == 200


def is_typed_text(text) -> bool:
    """Non-blank text that is not Rasa's intent syntax.

    "/intent" is how the widget's buttons speak, so it reaches Rasa from every
    channel but Telegram; "/restart" restarts the conversation without a word,
    as it should. Only the sender's own conversation can be steered that way.
    """
    return isinstance(text, str) and bool(text.strip()) and not text.lstrip().startswith("/")


def wanted_text(body: bytes, key: str) -> str | None:
    """The message text if `body` is a well-formed message a person could have typed."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict) and is_typed_text(data.get(key)):
        return data[key]
    return None


def assert_kind_reply(response: requests.Response, endpoint: str) -> None:
    replies = response.json()
    assert isinstance(replies, list) and replies, f"{endpoint}: a message got no reply"
    assert any(isinstance(reply.get("text"), str) and reply["text"].strip() for reply in replies)


def test_rest_webhook(fuzz_bot, fuzz_cases, fuzz_tally):
    senders = st.sampled_from(SESSION_IDS) | st.sampled_from(ADVERSARIAL_TEXT[:12])

    @budget(fuzz_cases, "rest")
    @given(body=message_bodies("sender", "message", senders, {"metadata": st.just({"region": "UK"})}))
    def case(body):
        response = requests.post(f"{fuzz_bot.url}/webhooks/rest/webhook", data=body,
                                 headers={"Content-Type": "application/json"}, timeout=60)
        check(response, "rest", fuzz_tally)
        if response.status_code == 200 and wanted_text(body, "message"):
            assert_kind_reply(response, "rest")

    case()
    still_up(fuzz_bot)


def test_widget_rest_fallback(fuzz_bot, fuzz_cases, fuzz_tally):
    origins = st.sampled_from([None, f"http://127.0.0.1:{fuzz_bot.rasa_port}", "https://evil.example", "null"])

    @budget(fuzz_cases, "widget-fallback")
    @given(body=message_bodies("session_id", "message", st.sampled_from(SESSION_IDS) | any_text,
                               {"customData": st.just({"region": "US"})}),
           origin=origins)
    def case(body, origin):
        headers = {"Content-Type": "text/plain"} | ({"Origin": origin} if origin else {})
        response = requests.post(f"{fuzz_bot.url}/widget/message", data=body, headers=headers, timeout=60)
        check(response, "widget-fallback", fuzz_tally)
        if origin == "https://evil.example":
            assert response.status_code == 403
        elif response.status_code == 200 and wanted_text(body, "message"):
            assert_kind_reply(response, "widget-fallback")

    case()
    still_up(fuzz_bot)


class SocketIOPerson:
    """A socket.io client (polling, like a browser behind a strict proxy) collecting the bot's replies."""

    def __init__(self, url: str) -> None:
        self.replies: queue.Queue = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self.replies.put)
        self.client.connect(url, transports=["polling"], socketio_path="/socket.io", wait_timeout=20)

    def replies_to_one_message(self, first_within: float = 60, pause: float = 0.2) -> list:
        """The first reply (waiting up to `first_within` s), then the rest until `pause` s of silence."""
        try:
            got = [self.replies.get(timeout=first_within)]
        except queue.Empty:
            return []
        return got + self.drain(pause)

    def drain(self, pause: float = 0.01) -> list:
        got = []
        while True:
            try:
                got.append(self.replies.get(timeout=pause))
            except queue.Empty:
                return got


def test_socketio_messages(fuzz_bot, fuzz_cases, fuzz_tally):
    person = SocketIOPerson(fuzz_bot.url)
    for session_id in SESSION_IDS:
        person.client.emit("session_request", {"session_id": session_id})
    valid = st.fixed_dictionaries({"session_id": st.sampled_from(SESSION_IDS), "message": text},
                                  optional={"customData": st.just({"region": "AU"})})
    odd = st.one_of(
        st.fixed_dictionaries({}, optional={"session_id": st.sampled_from(SESSION_IDS) | json_value,
                                            "message": json_value, "customData": json_value}),
        json_value,
    )
    try:
        @budget(fuzz_cases, "socketio")
        @given(event=st.sampled_from(["user_uttered", "user_uttered", "user_uttered", "session_request"]),
               data=st.integers(0, 9).flatmap(lambda n: valid if n < 6 else odd))
        def case(event, data):
            person.drain()
            person.client.emit(event, data)
            if event == "user_uttered" and widget_could_send(data):
                replies = person.replies_to_one_message()
                fuzz_tally.count("socketio", "replied" if replies else "no reply")
                assert replies, f"no reply over socket.io to {data!r}"
                assert all(reply.get("text") or reply.get("quick_replies") or reply.get("attachment")
                           for reply in replies)
            else:
                fuzz_tally.count("socketio", "odd event")
            assert person.client.connected, "the server dropped the socket.io connection"
            still_up(fuzz_bot)

        case()
    finally:
        person.client.disconnect()


def widget_could_send(data) -> bool:
    """A known session and non-blank text within the widget's limit: this must be answered."""
    if not isinstance(data, dict):
        return False
    message = data.get("message")
    return data.get("session_id") in SESSION_IDS and is_typed_text(message) and len(message) <= 4000


def test_socketio_raw_engineio_packets(fuzz_bot, fuzz_cases, fuzz_tally):
    @budget(fuzz_cases, "socketio-raw")
    @given(body=raw_body | text.map(lambda value: value.encode("utf-8", "surrogatepass")),
           # requests cannot put lone surrogates into a URL; everything else goes.
           query=st.dictionaries(st.sampled_from(["EIO", "transport", "sid", "t", "j", "b64"]),
                                 st.text(st.characters(codec="utf-8"), max_size=50), max_size=4),
           with_session=st.booleans())
    def case(body, query, with_session):
        params = {"EIO": "4", "transport": "polling"}
        if with_session:
            handshake = requests.get(f"{fuzz_bot.url}/socket.io/", params=params, timeout=10)
            params["sid"] = json.loads(handshake.text[1:])["sid"]
        response = requests.post(f"{fuzz_bot.url}/socket.io/", params=params | query, data=body, timeout=10)
        check(response, "socketio-raw", fuzz_tally)

    case()
    still_up(fuzz_bot)


def test_telegram_webhook_with_the_secret(fuzz_bot, fuzz_bot_api, fuzz_cases, fuzz_tally):
    chat_ids = st.integers(10_000_000, 10_000_050)
    answered_chats: set[int] = set()

    @budget(fuzz_cases, "telegram")
    @given(body=telegram_updates(chat_ids, st.integers(1, 2**62)))
    def case(body):
        response = requests.post(f"{fuzz_bot.url}/webhooks/telegram/webhook", data=body, timeout=30,
                                 headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET})
        check(response, "telegram", fuzz_tally)
        if response.status_code == 200 and response.json().get("status") == "ok":
            incoming = read_update(json.loads(body))
            # A button's payload is intent syntax ("/restart" rightly restarts without a word);
            # typed text, commands and what the channel answers itself must all get a reply.
            if incoming is not None and (incoming.callback_query_id is None or is_typed_text(incoming.text)):
                answered_chats.add(incoming.chat_id)

    case()
    still_up(fuzz_bot)
    # Telegram got its 200 at once; the answers follow in the background.
    for chat_id in answered_chats:
        sent = fuzz_bot_api.wait_for(lambda chat_id=chat_id: fuzz_bot_api.sent_to(chat_id), timeout=120)
        assert all(UNAVAILABLE_REPLY[:40] not in (call.body.get("text") or "") for call in sent), f"chat {chat_id} got the error apology"


def test_telegram_webhook_refuses_forged_updates(fuzz_bot, fuzz_bot_api, fuzz_cases, fuzz_tally):
    # Any value requests will send as a header (it refuses leading whitespace), but the secret.
    forged = st.none() | st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=80).filter(
        lambda value: value.strip() != SECRET and not value[:1].isspace())

    @budget(fuzz_cases, "telegram-forged")
    @given(body=telegram_updates(st.integers(20_000_000, 20_000_010), st.integers(1, 2**62)), secret=forged)
    def case(body, secret):
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret.encode("latin-1")
        response = requests.post(f"{fuzz_bot.url}/webhooks/telegram/webhook", data=body, headers=headers, timeout=30)
        check(response, "telegram-forged", fuzz_tally)
        assert response.status_code == 403

    case()
    time.sleep(1)
    assert not [call for call in fuzz_bot_api.calls if call.chat_id and 20_000_000 <= call.chat_id <= 20_000_010]


def test_intake_with_the_token(fuzz_bot, fuzz_cases, fuzz_tally):
    @budget(fuzz_cases, "intake")
    @given(body=message_bodies("sender", "message", st.sampled_from(SESSION_IDS) | any_text,
                               {"metadata": st.sampled_from([{"region": "NZ"}, {"region": "<b>"}, {}])}))
    def case(body):
        response = requests.post(f"{fuzz_bot.url}/webhooks/intake/webhook", data=body, timeout=60,
                                 headers={"Authorization": f"Bearer {INTAKE_TOKEN}", "Content-Type": "application/json"})
        check(response, "intake", fuzz_tally)
        assert response.status_code in (200, 400, 413), response.text[:300]
        if response.status_code == 200 and wanted_text(body, "message"):
            assert_kind_reply(response, "intake")

    case()
    still_up(fuzz_bot)


def test_intake_without_the_token(fuzz_bot, fuzz_cases, fuzz_tally):
    headers = st.sampled_from([{}, {"Authorization": "Bearer"}, {"Authorization": "Bearer wrong"},
                               {"Authorization": f"Basic {INTAKE_TOKEN}"}, {"Authorization": f"Bearer {INTAKE_TOKEN}x"},
                               {"Authorization": f"bearer  {INTAKE_TOKEN[:-1]}"},
                               {"Authorization": "Bearer \xe9\x80".encode("latin-1")}])

    @budget(fuzz_cases, "intake-no-token")
    @given(body=message_bodies("sender", "message", st.sampled_from(SESSION_IDS)), auth=headers)
    def case(body, auth):
        response = requests.post(f"{fuzz_bot.url}/webhooks/intake/webhook", data=body, timeout=30, headers=auth)
        check(response, "intake-no-token", fuzz_tally)
        assert response.status_code == 401

    case()
    still_up(fuzz_bot)


def test_a_socketio_message_too_long_to_read_gets_a_kind_reply(fuzz_bot):
    person = SocketIOPerson(fuzz_bot.url)
    try:
        person.client.emit("session_request", {"session_id": SESSION_IDS[0]})
        person.client.emit("user_uttered", {"session_id": SESSION_IDS[0], "message": "I feel " * 2000})
        replies = person.replies_to_one_message()
    finally:
        person.client.disconnect()
    assert [reply["text"] for reply in replies] == [TOO_LONG_REPLY]


@pytest.mark.parametrize(("method", "path"), API_CALLS)
def test_without_a_token_rasas_http_api_is_not_served_at_all(fuzz_bot, method, path):
    assert http_api_args(load_settings(env=fuzz_bot.env)) == []  # what `make run` would pass: nothing
    response = requests.request(method, f"{fuzz_bot.url}{path}", json={}, timeout=10)
    assert response.status_code in (404, 405)


def test_the_server_log_holds_no_traceback_after_fuzzing(fuzz_bot):
    """Every odd input was refused or answered on purpose, not by an exception someone has to read."""
    log = fuzz_bot.rasa_log.read_text(errors="replace")
    for sign in ("Traceback (most recent call last)", "Task exception was never retrieved", "handler error"):
        assert sign not in log, log[log.index(sign) - 2000: log.index(sign) + 2000]


def test_memory_stays_flat_after_fuzzing(fuzz_bot, fuzz_tally, fuzz_cases):
    """Last in this module: the Rasa server's RSS now against a baseline taken after the same warm-up."""
    if not fuzz_tally.rss_before_kib:
        pytest.fail("the memory baseline was not taken: run this module as a whole")
    fuzz_tally.finished = time.monotonic()
    fuzz_tally.rss_after_kib = rss_kib(fuzz_bot.rasa.pid)
    growth = (fuzz_tally.rss_after_kib - fuzz_tally.rss_before_kib) / fuzz_tally.rss_before_kib
    assert growth < 0.10, "\n".join(fuzz_tally.lines())
