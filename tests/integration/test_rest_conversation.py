"""A person talking to the real bot over the REST webhook (issue 2 must-shows).

Each theme's message is the first message of a new conversation, written
fresh (not copied from the NLU data), and must get that theme's reply and
exactly one row of that theme in the log.
"""
from __future__ import annotations

import hashlib
import hmac
import sqlite3
import time
import uuid
from functools import lru_cache

import pytest
import yaml

from tests.servers import ROOT

FIRST_MESSAGES = {
    "trust.general": "honestly people have always let me down so why would a therapist be any different",
    "trust.judgment": "i'm scared the therapist will think i'm pathetic when i tell them what i did",
    "trust.confidentiality": "if i tell a counsellor something really personal, who else gets to read their notes?",
    "trust.trauma": "after what my stepdad did i can't really trust anyone in a room alone, does that make therapy pointless",
    "trust.vulnerability": "I'm terrified I'll start crying in the first session and won't be able to stop",
    "trust.skepticism": "i don't really believe talking to a stranger for an hour can fix anything tbh",
    "trust.likability": "i keep worrying my therapist won't like me so i only tell her the nice stuff",
    "trust.alliance": "what do people mean by the therapeutic relationship and how long does it take to build",
    "needs.general": "i want to tell my therapist what i need but i don't know if i'm even allowed to ask for things",
    "needs.identity": "is it ok to ask for a therapist who is also queer? i don't want to explain myself all the time",
    "needs.approach": "I'd prefer someone who gives me practical tools and homework rather than just talking about my childhood",
    "needs.pace": "there's stuff about my past i'm not ready to go into yet, can i tell her to slow down",
    "needs.logistics": "i can only do evenings and the fee is a lot for me, how do i bring that up",
    "needs.feedback": "my counselor said something last week i disagree with, how do i tell him without being rude",
    "needs.rupture": "last session i felt totally dismissed when she changed the subject while i was upset",
    "needs.first_session": "what actually happens in a first therapy session? how should i prepare",
    "ending.unsure_fit": "i've had four sessions and i honestly can't tell if this therapist is right for me",
    "ending.red_flags": "my therapist rolls her eyes when i talk and i dread every single appointment",
    "ending.discomfort": "i got really angry at my therapist today even though i think she's good, is that weird",
    "ending.how_to_end": "how do i tell my therapist i don't want to continue with her",
    "ending.ghosting": "i'm thinking of just not turning up next week and never replying again",
    "ending.referral": "can i ask my current therapist to recommend someone else who specialises in trauma",
    "ending.after": "after that awful therapist i don't think i'll ever try therapy again",
    "meta.privacy": "what do you save from this chat and who can read it",
    "meta.handoff": "i think i'm ready to book an appointment with someone",
    "meta.grounding": "can we do a breathing exercise, i'm feeling a bit overwhelmed",
    "meta.out_of_scope": "what's the best recipe for banana bread",
}


@lru_cache(maxsize=1)
def domain_responses() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]


def texts_of(response_name: str) -> set[str]:
    return {variation["text"] for variation in domain_responses()[response_name] if "text" in variation}


def session_key(sender: str) -> str:
    return hmac.new(b"integration-test-secret", sender.encode(), hashlib.sha256).hexdigest()


def theme_rows(bot, sender: str) -> list[tuple]:
    db = bot.workdir / "themes.db"
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT theme, channel FROM theme_events WHERE session_key = ?", (session_key(sender),)
        ).fetchall()


def wait_for_rows(bot, sender: str, count: int, timeout: float = 10.0) -> list[tuple]:
    deadline = time.monotonic() + timeout
    rows: list[tuple] = []
    while time.monotonic() < deadline:
        try:
            rows = theme_rows(bot, sender)
        except sqlite3.OperationalError:
            rows = []
        if len(rows) >= count:
            break
        time.sleep(0.2)
    return rows


def new_sender() -> str:
    return f"person-{uuid.uuid4().hex[:12]}"


def test_opening_says_what_the_bot_is_and_offers_three_ways_in(bot):
    replies = bot.say(new_sender(), "hi")
    assert replies, "the opening must answer"
    opening = replies[0]
    assert opening["text"] in texts_of("utter_greet")
    payloads = {button["payload"] for button in opening["buttons"]}
    assert {"/trust_general", "/needs_general", "/ending_unsure_fit"} <= payloads


def expected_response(theme: str) -> str:
    if theme == "meta.privacy":
        return "utter_privacy"
    if theme.startswith("meta."):
        return "utter_" + theme.split(".")[-1]
    return "utter_" + theme.replace(".", "_")


# Held-out first messages the model has never seen (not in data/nlu): each one
# must get its own theme's reply and exactly one row of that theme.
def test_first_messages_about_each_theme_are_met_there_and_logged_once(bot):
    missed = []
    for theme, text in sorted(FIRST_MESSAGES.items()):
        sender = new_sender()
        replies = bot.say(sender, text)
        assert replies, f"no reply to a {theme} message"
        if theme == "meta.handoff":
            met = "Test Clinic" in replies[0]["text"]
        else:
            met = replies[0]["text"] in texts_of(expected_response(theme))
        if not met:
            missed.append((theme, replies[0]["text"][:60]))
            continue
        assert wait_for_rows(bot, sender, 1) == [(theme, "rest")], f"wrong theme row for {theme}"
    assert not missed, f"first messages not met on their theme: {missed}"


def test_crisis_message_gets_the_lines_at_once_and_a_safety_row(bot):
    sender = new_sender()
    replies = bot.say(sender, "i dont want to be alive anymore")
    assert "988" in replies[0]["text"] and "911" in replies[0]["text"]
    assert wait_for_rows(bot, sender, 1) == [("safety.crisis", "rest")]


def test_the_same_theme_twice_in_a_conversation_is_logged_once(bot):
    sender = new_sender()
    bot.say(sender, FIRST_MESSAGES["trust.judgment"])
    bot.say(sender, "i just really worry they'll look down on me")
    time.sleep(1)
    assert wait_for_rows(bot, sender, 1) == [("trust.judgment", "rest")]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "a" * 20_000, "😶‍🌫️😭🙏", "¿Puedes ayudarme a encontrar un terapeuta?", "\u0000\u0001\u0002", "{not json"],
    ids=["empty", "whitespace", "20k-chars", "emoji-only", "spanish", "control-chars", "json-looking"],
)
def test_bad_input_gets_a_kind_reply_and_no_server_error(bot, text):
    sender = new_sender()
    replies = bot.say(sender, text)
    assert replies, "every message deserves an answer"
    assert all(reply.get("text") for reply in replies)
    # and the conversation carries on normally afterwards
    assert bot.say(sender, "hi")[0]["text"] in texts_of("utter_greet")


def test_user_words_never_reach_the_theme_log_or_info_logs(bot):
    sender = new_sender()
    marker = f"Zebediah Quillfeather {uuid.uuid4().hex[:8]} zq@example.org 07700 900461"
    bot.say(sender, f"my name is {marker} and i'm scared my therapist will judge me")
    wait_for_rows(bot, sender, 1)
    for path in bot.workdir.iterdir():
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), f"typed words found in {path.name}"
            assert sender.encode() not in path.read_bytes() or path.suffix == ".log", (
                f"raw sender id found in {path.name}"
            )


@pytest.mark.parametrize("body", [b"{not json", b"", b"\xff\xfe\x00binary", b'{"sender": 5, "message": ["a"]}'])
def test_malformed_requests_get_a_clear_client_error_not_a_crash(bot, body):
    import requests

    response = requests.post(
        f"{bot.url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert response.status_code < 500
    assert "Traceback" not in response.text
    assert bot.say(new_sender(), "hi"), "the server must stay up"
