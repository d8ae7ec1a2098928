import pytest

from channels.rest import malformed_reason


@pytest.mark.parametrize(
    "body",
    [b"", b"{not json", b"\xff\xfe\x00binary", b"[1, 2]", b'{"sender": 5, "message": "hi"}',
     b'{"sender": "a", "message": ["hi"]}', b'{"sender": "a", "message": "hi", "metadata": "UK"}'],
)
def test_malformed_bodies_are_named_not_crashed_on(body):
    assert malformed_reason(body)


@pytest.mark.parametrize(
    "body",
    [b'{"sender": "a", "message": ""}', b'{"sender": "a", "message": "hi", "metadata": {"region": "UK"}}',
     '{"sender": "a", "message": "¿hola? 😶"}'.encode()],
)
def test_well_formed_bodies_go_through_even_when_the_message_is_odd(body):
    assert malformed_reason(body) is None
