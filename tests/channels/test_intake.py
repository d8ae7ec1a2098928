"""The intake channel and the consented note, end to end with real processes.

A real Rasa server and action server with the intake channel on, the outbox
worker started as `make run` starts it, and a stand-in clinic on loopback
(docs/intake_receiver.py, which only accepts correctly signed, fresh notes).
The Rasa HTTP API is on, so a test can read a conversation's tracker.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
import subprocess
import time
import uuid
from functools import cache

import pytest
import requests
import yaml

from actions.intake_note import REFERENCE_PATTERN
from actions.outbox_worker import sign
from actions.settings import load_settings
from channels.rate_limit import SlidingWindowLimiter
from scripts.run import server_commands
from tests.clinic_stand_in import ClinicStandIn
from tests.servers import MODEL_PATH, ROOT, TEST_CLINIC_PROFILE, running_bot, stop

TOKEN = "intake-token-" + "k" * 40
SIGNING_SECRET = "clinic-signing-secret-for-the-intake-tests"
THEMES_SECRET = "integration-test-secret"  # tests/servers.py
# This clinic wants people to start with saying what they need, then trust.
JOURNEYS = "journeys: [needs, trust]\n"


@pytest.fixture(scope="module")
def clinic():
    stand_in = ClinicStandIn(SIGNING_SECRET)
    stand_in.start()
    yield stand_in
    stand_in.stop()


class OutboxWorker:
    """The outbox worker process, started with the command `make run` uses (scripts/run.py)."""

    def __init__(self, servers) -> None:
        self.env = servers.env
        self.log = servers.workdir / "worker.log"
        [self.command] = [command for command in server_commands(load_settings(env=self.env))
                          if "actions.outbox_worker" in command]
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env,
                                        stdout=self.log.open("ab"), stderr=subprocess.STDOUT)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
            self.process = None


@pytest.fixture(scope="module")
def intake_bot(tmp_path_factory, clinic):
    """The bot with the intake channel on and note delivery to the stand-in clinic, plus its outbox worker."""
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    workdir = tmp_path_factory.mktemp("intake")
    profile = workdir / "intake_clinic_profile.yml"
    profile.write_text(TEST_CLINIC_PROFILE + JOURNEYS)
    with running_bot(
        workdir,
        rasa_args=("--enable-api",),
        CLINIC_PROFILE_PATH=str(profile),
        INTAKE_API_TOKEN=TOKEN,
        INTAKE_DELIVERY_URL=clinic.url,
        INTAKE_SIGNING_SECRET=SIGNING_SECRET,
        # Retries in tenths of a second, so an outage of a few seconds sees several.
        INTAKE_WORKER_POLL_SECONDS="0.2",
        INTAKE_RETRY_FIRST_DELAY_SECONDS="0.2",
        INTAKE_RETRY_MAX_DELAY_SECONDS="0.5",
    ) as servers:
        servers.worker = OutboxWorker(servers)
        servers.worker.start()
        try:
            yield servers
        finally:
            servers.worker.stop()


def webhook(servers) -> str:
    return f"{servers.url}/webhooks/intake/webhook"


def post(servers, body=None, token: str | None = TOKEN, session=requests, **kwargs) -> requests.Response:
    headers = kwargs.pop("headers", {})
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return session.post(webhook(servers), json=body, headers=headers, timeout=60, **kwargs)


def say(servers, sender: str, text: str) -> list[dict]:
    response = post(servers, {"sender": sender, "message": text})
    assert response.status_code == 200, response.text
    return response.json()


def query(servers, sql: str, *parameters) -> list[tuple]:
    """Rows from the bot's database; none while the table does not exist (nothing was written yet)."""
    table = re.search(r"FROM (\w+)", sql).group(1)
    with sqlite3.connect(servers.workdir / "themes.db") as connection:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchall():
            return []
        return connection.execute(sql, parameters).fetchall()


def theme_rows(servers, sender: str) -> list[tuple[str, str]]:
    key = hmac.new(THEMES_SECRET.encode(), sender.encode(), hashlib.sha256).hexdigest()
    return query(servers, "SELECT channel, theme FROM theme_events WHERE session_key = ?", key)


def user_messages(servers, sender: str) -> int:
    """How many messages of `sender` the bot has handled (from its tracker, over the HTTP API)."""
    response = requests.get(f"{servers.url}/conversations/{sender}/tracker", timeout=30)
    response.raise_for_status()
    return sum(event["event"] == "user" for event in response.json()["events"])


def outbox_references(servers) -> list[str]:
    return [reference for (reference,) in query(servers, "SELECT reference FROM intake_outbox ORDER BY id")]


@cache
def response_patterns(name: str) -> list[re.Pattern]:
    """Each variation of a domain response as a pattern: its {placeholders} match any text."""
    variations = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"][name]
    return [
        re.compile(re.sub(r"\\\{\w+\\\}", "(?s:.*)", re.escape(variation["text"])), re.DOTALL)
        for variation in variations
    ]


def is_response(reply: dict, name: str) -> bool:
    return any(pattern.fullmatch(reply.get("text", "")) for pattern in response_patterns(name))


def wait_for(condition, timeout: float = 30, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def new_sender() -> str:
    return f"intake-{uuid.uuid4().hex[:12]}"


# --- the channel's front door ------------------------------------------------

MESSAGE = "i'm scared the therapist will think i'm pathetic when i tell them what i did"


def test_without_the_right_token_the_message_is_refused_and_never_processed(intake_bot):
    refused, allowed = new_sender(), new_sender()
    for token, headers in [(None, {}), ("a-wrong-token-" + "x" * 40, {}), (None, {"Authorization": f"Basic {TOKEN}"}),
                           (None, {"Authorization": TOKEN})]:
        response = post(intake_bot, {"sender": refused, "message": MESSAGE}, token=token, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")

    # The same message with the token is answered and logged, so the refused ones would have been too.
    replies = say(intake_bot, allowed, MESSAGE)
    assert any(is_response(reply, "utter_trust_judgment") for reply in replies)
    wait_for(lambda: theme_rows(intake_bot, allowed), what="the theme row of the accepted message")
    assert theme_rows(intake_bot, allowed) == [("intake", "trust.judgment")]
    assert user_messages(intake_bot, allowed) == 1
    assert theme_rows(intake_bot, refused) == [], "a refused message must not reach the bot"
    assert user_messages(intake_bot, refused) == 0, "a refused message must not reach the bot"


def test_one_sender_sending_1000_messages_in_a_minute_is_held_to_the_limit(intake_bot):
    sender, other = new_sender(), new_sender()
    statuses, retry_after = [], set()
    started = time.monotonic()
    with requests.Session() as session:
        for _ in range(1000):
            response = post(intake_bot, {"sender": sender, "message": "/greet"}, session=session)
            statuses.append(response.status_code)
            if response.status_code == 429:
                retry_after.add(int(response.headers["Retry-After"]))
                assert response.json()["error"] == "rate_limited"
        assert time.monotonic() - started < 60
        assert statuses[:30] == [200] * 30
        assert statuses[30:] == [429] * 970
        assert retry_after and all(1 <= seconds <= 60 for seconds in retry_after)
        # Another conversation is not held back by this one.
        assert post(intake_bot, {"sender": other, "message": "/greet"}, session=session).status_code == 200
    assert user_messages(intake_bot, sender) == 30, "messages past the limit must not reach the bot"


def test_a_2mb_body_is_refused_before_it_is_read(intake_bot):
    sender = new_sender()
    body = {"sender": sender, "message": MESSAGE, "padding": "x" * (2 * 1024 * 1024)}
    response = post(intake_bot, body)
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"

    # The same without Content-Length (chunked): reading stops at the limit.
    chunks = (b"x" * 65536 for _ in range(32))
    response = requests.post(webhook(intake_bot), data=chunks, timeout=60,
                             headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 413
    assert theme_rows(intake_bot, sender) == []
    assert user_messages(intake_bot, sender) == 0


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"{not json", "JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"message": "hi"}', "sender"),
        (b'{"sender": "a", "message": ""}', "message"),
        (b'{"sender": "a", "message": "hi", "metadata": "UK"}', "metadata"),
        (b'{"sender": "a", "message": "hi", "metadata": {"region": "United Kingdom"}}', "region"),
    ],
)
def test_a_malformed_request_gets_a_json_error_not_a_traceback(intake_bot, raw, problem):
    response = requests.post(webhook(intake_bot), data=raw, timeout=60,
                             headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json()["error"] == "bad_request"
    assert problem in response.json()["message"]
    assert "Traceback" not in response.text


def test_the_region_in_the_metadata_chooses_the_crisis_lines(intake_bot):
    response = post(intake_bot, {"sender": new_sender(), "message": "i want to end my life",
                                 "metadata": {"region": "UK"}})
    text = " ".join(reply.get("text", "") for reply in response.json())
    assert "116 123" in text and "999" in text
    assert "988" not in text


def test_the_opening_offers_the_journeys_the_clinic_chose_in_its_order(intake_bot):
    [greeting] = [reply for reply in say(intake_bot, new_sender(), "hi") if is_response(reply, "utter_greet")]
    assert [button["payload"] for button in greeting["buttons"]] == ["/needs_general", "/trust_general"]


def test_without_a_token_configured_the_channel_is_off(bot):
    response = requests.post(f"{bot.url}/webhooks/intake/webhook", timeout=30,
                             json={"sender": new_sender(), "message": "hi"}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 503
    assert response.json()["error"] == "channel_disabled"


def test_the_limit_slides_with_the_clock_and_quiet_senders_are_forgotten():
    now = [1000.0]
    limiter = SlidingWindowLimiter(3, window=60, clock=lambda: now[0])
    assert [limiter.retry_after("a") for _ in range(3)] == [None, None, None]
    now[0] += 20
    assert limiter.retry_after("a") == pytest.approx(40)  # the first message leaves the window in 40 s
    now[0] += 40
    assert limiter.retry_after("a") is None
    for number in range(1000):
        limiter.retry_after(f"one-off-{number}")
    now[0] += 61
    limiter.retry_after("b")
    assert len(limiter._hits) == 1, "senders quiet for a whole window must not pile up in memory"


# --- the consented note --------------------------------------------------------

ABOUT_ME = "someone who gets that I'm queer without me having to explain it"
PACE = "I'd like to go slowly with anything about my family"
EXTRA = "I might go quiet at first, that's just nerves"


def write_note(servers, sender: str) -> list[dict]:
    """Go through the note form over the intake channel; returns the replies to the last answer."""
    say(servers, sender, "/start_note")
    for answer in [ABOUT_ME, "/skip", PACE, "/skip", "/skip"]:
        say(servers, sender, answer)
    return say(servers, sender, EXTRA)


def consent_question(replies: list[dict]) -> tuple[dict, str]:
    [question] = [reply for reply in replies if is_response(reply, "utter_note_consent")]
    [reference] = REFERENCE_PATTERN.findall(question["text"])
    return question, reference


def delivered(clinic, reference: str, timeout: float = 30) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        notes = [note for note in clinic.accepted if note["reference"] == reference]
        if notes:
            time.sleep(1)  # several worker polls: time for a duplicate to show up, if there were one
            return [note for note in clinic.accepted if note["reference"] == reference]
        time.sleep(0.1)
    return []


def test_yes_delivers_exactly_the_note_shown_to_the_clinic_with_a_valid_signature(intake_bot, clinic):
    sender = new_sender()
    replies = write_note(intake_bot, sender)
    assert is_response(replies[0], "utter_note_summary")
    question, reference = consent_question(replies)
    # "No" is offered first; both answers are one tap away.
    assert [button["payload"] for button in question["buttons"]] == ["/deny", "/affirm"]
    for line in (f"About me: {ABOUT_ME}", f"Pace and boundaries: {PACE}", f"Also: {EXTRA}"):
        assert line in question["text"]
    assert reference not in outbox_references(intake_bot), "asking must not queue anything"

    [confirmation] = say(intake_bot, sender, "/affirm")
    assert is_response(confirmation, "utter_note_queued")
    assert reference in confirmation["text"]

    [note] = delivered(clinic, reference)
    assert [(answer["label"], answer["text"]) for answer in note["answers"]] == [
        ("About me", ABOUT_ME), ("Pace and boundaries", PACE), ("Also", EXTRA),
    ]
    [request] = [seen for seen in clinic.requests if seen.status == 200 and reference.encode() in seen.body]
    assert request.headers["X-Signature"] == sign(SIGNING_SECRET, request.headers["X-Timestamp"], request.body)
    assert sender.encode() not in request.body


def test_no_sends_nothing_and_stores_nothing(intake_bot, clinic):
    sender = new_sender()
    _, reference = consent_question(write_note(intake_bot, sender))
    seen_before = len(clinic.requests)

    [reply] = say(intake_bot, sender, "/deny")
    assert is_response(reply, "utter_note_kept_private")
    time.sleep(1)  # five worker polls
    assert reference not in outbox_references(intake_bot)
    assert all(reference.encode() not in seen.body for seen in clinic.requests[seen_before:])
    assert ABOUT_ME not in (intake_bot.workdir / "worker.log").read_text()


def test_ready_to_book_offers_an_unsent_note_and_afterwards_gives_its_reference(intake_bot, clinic):
    sender = new_sender()
    _, first_offer = consent_question(write_note(intake_bot, sender))

    replies = say(intake_bot, sender, "i think i'm ready to book an appointment now")
    assert is_response(replies[0], "utter_handoff_with_note")
    assert "https://test-clinic.example/book" in replies[0]["text"]
    _, reference = consent_question(replies)
    assert reference != first_offer

    [confirmation] = say(intake_bot, sender, "yes please send it")
    assert reference in confirmation["text"]
    assert len(delivered(clinic, reference)) == 1

    [handoff] = say(intake_bot, sender, "how do i book with you")
    assert is_response(handoff, "utter_handoff_note_sent")
    assert reference in handoff["text"]


def test_with_the_action_server_down_nobody_is_told_their_note_was_sent(intake_bot, clinic):
    sender = new_sender()
    say(intake_bot, sender, "/start_note")
    for answer in [ABOUT_ME, "/skip", PACE, "/skip", "/skip"]:
        say(intake_bot, sender, answer)
    references_before = outbox_references(intake_bot)
    intake_bot.stop_actions()
    try:
        replies = say(intake_bot, sender, EXTRA)
        replies += say(intake_bot, sender, "/affirm")
    finally:
        intake_bot.start_actions()
    assert any(is_response(reply, "utter_note_summary") for reply in replies), "the note itself is still shown"
    for reply in replies:
        assert not is_response(reply, "utter_note_queued")
        assert not is_response(reply, "utter_note_consent")
        assert "on its way" not in reply.get("text", "")
    assert outbox_references(intake_bot) == references_before


def outbox_row(servers, reference: str) -> tuple[str | None, int, str]:
    [row] = query(servers, "SELECT body, attempts, status FROM intake_outbox WHERE reference = ?", reference)
    return row


def test_a_note_sent_while_the_clinic_is_down_survives_a_restart_and_arrives_once(intake_bot, clinic):
    """The whole bot stops with the note in its outbox; once restarted, its worker delivers the note.

    Only the worker takes part in delivery, so only it is started again: the chat
    servers stay down, which is why this is the module's last conversation.
    """
    clinic.stop()  # connections refused
    try:
        sender = new_sender()
        _, offered = consent_question(write_note(intake_bot, sender))
        [confirmation] = say(intake_bot, sender, "/affirm")
        assert is_response(confirmation, "utter_note_queued")
        [reference] = REFERENCE_PATTERN.findall(confirmation["text"])
        assert reference == offered

        wait_for(lambda: outbox_row(intake_bot, reference)[1] >= 2, what="retries while the clinic is down")
        body, _, status = outbox_row(intake_bot, reference)
        assert status == "pending"
        for typed in (ABOUT_ME, PACE, EXTRA, "queer", reference):
            assert typed not in body, "a waiting note must be encrypted at rest"

        # The whole bot goes down with the note still in the outbox; the clinic comes back meanwhile.
        intake_bot.worker.stop()
        intake_bot.stop_all()
    finally:
        clinic.start()
    assert not [note for note in clinic.accepted if note["reference"] == reference], "the clinic was down"

    intake_bot.worker.start()
    [note] = delivered(clinic, reference)
    assert [answer["text"] for answer in note["answers"]] == [ABOUT_ME, PACE, EXTRA]
    wait_for(lambda: outbox_row(intake_bot, reference)[2] == "delivered", what="the delivery receipt")
    assert outbox_row(intake_bot, reference)[0] is None, "an acknowledged note's body is deleted"


def test_nothing_a_person_typed_reaches_the_logs(intake_bot):
    """Runs last in this module: every message above went through these processes, logging at INFO."""
    logs = {path.name: path.read_text(errors="replace")
            for path in (intake_bot.rasa_log, intake_bot.action_log, intake_bot.worker.log)}
    assert all(logs.values()), "every process must have written its log"
    for typed in (MESSAGE, ABOUT_ME, PACE, EXTRA, "i think i'm ready to book an appointment now"):
        for name, text in logs.items():
            assert typed not in text, f"{name} contains words a person typed"
