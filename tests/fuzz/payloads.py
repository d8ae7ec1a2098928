"""What people (and anyone on the internet) might send: hypothesis strategies for every endpoint.

Text is the adversarial kind a chat box and a public webhook really get:
control characters, lone surrogates, right-to-left overrides, emoji, SQL and
template injection, HTML and script, Rasa's own intent syntax, and very long
strings. Bodies range from well-formed messages carrying that text to wrong
types, missing fields, deep nesting, truncated JSON and bytes that are not UTF-8.
"""
from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

ADVERSARIAL_TEXT = (
    "'; DROP TABLE theme_events; --",
    "\" OR 1=1 --",
    "{{7*7}}", "${7*7}", "#{7*7}", "<%= 7*7 %>", "{0.__class__.__mro__}", "%s%s%s%n", "${jndi:ldap://x/a}",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "</script><b>",
    "\u202eevil\u202c", "שלום, אני לא בטוח אם לסמוך על המטפל שלי", "مرحبا هل يمكنني الوثوق بمعالجي",
    "😀🙏🏽👨‍👩‍👧‍👦🏳️‍🌈", "Z̵̡̢̛a̸l̷g̶o̸", "\x00\x01\x02\x1b[31m", "\r\n\r\nHTTP/1.1 200 OK\r\n",
    "/restart", "/greet", '/inform{"note_field": "x"}', '/greet{"a": [1, 2', "/", "//", "/ask_privacy@bot",
    "../../../../etc/passwd", "\\x00", "null", "[]", "{}", " ", "\t\n", "",
    "i'm worried my therapist will judge me", "i want to end my life",
)

# Characters from every Unicode category, lone surrogates included (they survive JSON as \udXXX escapes).
any_text = st.text(st.characters(codec=None), max_size=200)

text = st.one_of(
    st.sampled_from(ADVERSARIAL_TEXT),
    any_text,
    st.builds(lambda piece, times: piece * times, st.sampled_from(ADVERSARIAL_TEXT[:20] + ("a", "é")),
              st.integers(50, 2000)),
)

json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), text)
json_value = st.recursive(
    json_scalar,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4),
    max_leaves=12,
)


def deep_nesting(depth: int, opener: str = "[", closer: str = "]") -> bytes:
    return (opener * depth + closer * depth).encode()


raw_body = st.one_of(
    st.binary(max_size=300),  # invalid UTF-8 and random bytes
    st.builds(lambda depth: deep_nesting(depth), st.integers(100, 100_000)),
    st.builds(lambda depth: deep_nesting(depth, '{"a":', "}")[: depth * 5] + b"1" + b"}" * depth,
              st.integers(100, 50_000)),
    st.sampled_from([b"", b"{", b'{"sender": "a", "message": "hi"', b"\xff\xfe{}", b"nul", b"1e999999",
                     b'{"message": "\\ud800"}', b'{"sender": "\\u0000", "message": "\\u0000"}']),
)


def encode(body: Any) -> bytes:
    return body if isinstance(body, bytes) else json.dumps(body).encode()


def message_bodies(sender_key: str, message_key: str, senders: st.SearchStrategy,
                   extra: dict[str, st.SearchStrategy] | None = None) -> st.SearchStrategy[bytes]:
    """Request bodies for a JSON message endpoint: well-formed ones with adversarial text, and broken ones."""
    well_formed = st.fixed_dictionaries({sender_key: senders, message_key: text}, optional=extra or {})
    wrong_types = st.fixed_dictionaries({}, optional={sender_key: json_value, message_key: json_value,
                                                      "metadata": json_value, "customData": json_value})
    broken = st.one_of(wrong_types.map(encode), json_value.map(encode), raw_body)
    # Six in ten well-formed, so most cases reach Rasa's NLU and dialogue, not only the channel's checks.
    return st.integers(0, 9).flatmap(lambda n: well_formed.map(encode) if n < 6 else broken)


def telegram_updates(chat_ids: st.SearchStrategy[int], update_ids: st.SearchStrategy[int]) -> st.SearchStrategy[bytes]:
    private_chat = st.fixed_dictionaries({"id": chat_ids, "type": st.just("private")})
    person = st.fixed_dictionaries({"id": st.integers(1, 10**9), "is_bot": st.just(False)})
    text_message = st.fixed_dictionaries({
        "message_id": st.integers(1, 10**6), "chat": private_chat, "from": person, "text": text,
    })
    odd_message = st.fixed_dictionaries({}, optional={
        "message_id": json_value, "chat": json_value | private_chat, "from": json_value | person,
        "text": json_value, "sticker": json_value, "photo": json_value,
    })
    button = st.fixed_dictionaries({
        "id": any_text, "from": person, "data": text,
        "message": st.fixed_dictionaries({"chat": private_chat, "from": person}),
    })
    update = st.fixed_dictionaries({"update_id": update_ids}, optional={
        "message": text_message | odd_message,
        "edited_message": json_value | text_message,
        "callback_query": json_value | button,
        "channel_post": json_value,
    })
    broken = st.one_of(st.dictionaries(any_text, json_value, max_size=4).map(encode), json_value.map(encode), raw_body)
    return st.integers(0, 9).flatmap(lambda n: update.map(encode) if n < 6 else broken)
