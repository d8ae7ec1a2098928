"""The widget channel over plain HTTP: what a clinic's page, a browser and an attacker's page get.

The browser itself is driven in test_widget_browser.py; these check the server's side
of the contract against the real Rasa server (the `bot` fixture).
"""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import replace

import pytest
import requests
from rasa.shared.utils.common import class_from_module_path
from rasa.shared.utils.io import read_config_file

from actions.settings import PROJECT_ROOT, load_settings
from channels.widget import SOCKET_IO_CLIENT, WidgetChannel
from components.crisis_lines import load_crisis_lines
from tests.channels.widget_socket import WidgetSocket, has_buttons

EVIL_ORIGIN = "https://evil.example"
TOO_FAST = "faster than I can read"


def allowed_origin(bot) -> str:
    return f"http://localhost:{bot.rasa_port}"


def post_message(bot, body: dict | str, origin: str | None) -> requests.Response:
    headers = {"Content-Type": "text/plain;charset=UTF-8"}
    if origin:
        headers["Origin"] = origin
    data = body if isinstance(body, str) else json.dumps(body)
    return requests.post(f"{bot.url}/widget/message", data=data, headers=headers, timeout=60)


def polling_handshake(bot, origin: str | None) -> requests.Response:
    headers = {"Origin": origin} if origin else {}
    return requests.get(f"{bot.url}/socket.io/?EIO=4&transport=polling", headers=headers, timeout=10)


# ------------------------------------------------------------------ files and pages


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/widget/widget.js", "application/javascript"),
        ("/widget/widget.css", "text/css"),
        ("/widget/vendor/socket.io.min.js", "application/javascript"),
        ("/widget/demo", "text/html"),
        ("/widget/privacy", "text/html"),
    ],
)
def test_the_snippet_and_its_pages_are_served_by_the_bot(bot, path, content_type):
    response = requests.get(bot.url + path, timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(content_type)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # Revalidated each time, and cheap to revalidate: a fix reaches clinics' pages at once.
    assert response.headers["Cache-Control"] == "no-cache"
    again = requests.get(bot.url + path, headers={"If-None-Match": response.headers["ETag"]}, timeout=10)
    assert again.status_code == 304


def test_the_socketio_client_comes_from_node_modules_unchanged(bot):
    served = requests.get(f"{bot.url}/widget/vendor/socket.io.min.js", timeout=10).content
    assert served == SOCKET_IO_CLIENT.read_bytes()
    assert not (PROJECT_ROOT / "web" / "vendor").exists()  # never copied into the repository


def test_the_demo_page_embeds_the_widget_with_the_deployments_clinic_and_region(bot):
    page = requests.get(f"{bot.url}/widget/demo", timeout=10).text
    assert '<script src="/widget/widget.js" defer></script>' in page
    assert 'window.CompanionWidget = {"clinicName": "Test Clinic", "crisisRegion": "US"};' in page


def test_the_privacy_notice_names_the_clinic_and_how_to_reach_it(bot):
    page = requests.get(f"{bot.url}/widget/privacy", timeout=10).text
    assert "Test Clinic" in page
    assert "hello@test-clinic.example" in page
    assert "Quick exit" in page and "Forget this conversation" in page


def test_unknown_widget_paths_are_not_found(bot):
    assert requests.get(f"{bot.url}/widget/../credentials.yml", timeout=10).status_code == 404
    assert requests.get(f"{bot.url}/widget/widget.py", timeout=10).status_code == 404


def test_a_clinic_name_cannot_inject_markup_or_script_into_the_pages():
    hostile = replace(load_settings(env={}), clinic_name='Bad</script><script>alert(1)</script><b onclick="x">')
    channel = WidgetChannel(hostile, ["http://localhost:5005"], load_crisis_lines())
    for page in (channel.assets["demo"].body.decode(), channel.assets["privacy"].body.decode()):
        assert "<script>alert(1)" not in page
        assert "<b onclick" not in page
    assert "Bad&lt;/script&gt;" in channel.assets["privacy"].body.decode()


# ------------------------------------------------------------------ crisis lines


@pytest.mark.parametrize(
    ("asked", "region", "must_show"),
    [("UK", "UK", "116 123"), ("gb", "UK", "116 123"), ("AU", "AU", "13 11 14"), ("XX", "US", "988"), ("", "US", "988")],
)
def test_crisis_lines_for_the_pages_region_or_else_the_deployments(bot, asked, region, must_show):
    response = requests.get(f"{bot.url}/widget/crisis-lines", params={"region": asked}, timeout=10)
    assert response.status_code == 200
    lines = response.json()
    assert lines["region"] == region
    assert must_show in json.dumps(lines)
    assert lines["emergency"], "every region lists an emergency number"
    # Public numbers: any page may read them, even one not on the allow-list.
    assert response.headers["Access-Control-Allow-Origin"] == "*"


# ------------------------------------------------------------------ origin allow-list


def test_socketio_accepts_pages_on_the_allow_list_with_one_cors_header(bot):
    response = polling_handshake(bot, allowed_origin(bot))
    assert response.status_code == 200
    assert response.text.startswith("0{")  # Engine.IO "open" packet
    assert response.raw.headers.getlist("Access-Control-Allow-Origin") == [allowed_origin(bot)]


def test_socketio_refuses_pages_from_other_sites(bot):
    response = polling_handshake(bot, EVIL_ORIGIN)
    assert response.status_code == 400
    assert "Access-Control-Allow-Origin" not in response.headers


def test_socketio_still_serves_clients_that_are_not_browsers(bot):
    # No Origin header: a server-side client, which CORS does not concern.
    assert polling_handshake(bot, None).status_code == 200


def test_rest_fallback_answers_an_allowed_page_with_the_bots_reply(bot):
    session_id = uuid.uuid4().hex
    response = post_message(
        bot, {"session_id": session_id, "message": "/greet", "customData": {"region": "UK"}}, allowed_origin(bot)
    )
    assert response.status_code == 200
    assert response.raw.headers.getlist("Access-Control-Allow-Origin") == [allowed_origin(bot)]
    replies = response.json()
    assert replies and replies[0]["recipient_id"] == session_id
    assert any(reply.get("text") for reply in replies)


def test_rest_fallback_refuses_other_sites_before_the_bot_sees_anything(bot):
    response = post_message(bot, {"session_id": uuid.uuid4().hex, "message": "hello"}, EVIL_ORIGIN)
    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        {"session_id": "../../etc", "message": "hi"},
        {"session_id": uuid.uuid4().hex, "message": "   "},
        {"session_id": uuid.uuid4().hex, "message": "x" * 4001},
        {"message": "hi"},
    ],
    ids=["not-json", "bad-session-id", "blank", "too-long", "no-session"],
)
def test_rest_fallback_rejects_malformed_messages(bot, body):
    assert post_message(bot, body, allowed_origin(bot)).status_code == 400


def test_rest_fallback_passes_the_region_on_so_crisis_lines_match_the_clinic(bot):
    # The bot's default region is US; a UK clinic's page must get UK lines.
    response = post_message(
        bot,
        {"session_id": uuid.uuid4().hex, "message": "i want to end my life", "customData": {"region": "UK"}},
        allowed_origin(bot),
    )
    text = " ".join(reply.get("text", "") for reply in response.json())
    assert "116 123" in text and "999" in text
    assert "988" not in text


def test_rest_fallback_over_the_rate_limit_answers_kindly_with_crisis_lines_and_spares_others(bot):
    """A page stuck in a loop (or a script) is slowed down; the person still gets the crisis lines."""
    flooding, other = uuid.uuid4().hex, uuid.uuid4().hex
    limit = load_settings(env={}).widget_rate_limit_per_minute

    def say(session_id: str, text: str) -> str:
        response = post_message(
            bot, {"session_id": session_id, "message": text, "customData": {"region": "UK"}}, allowed_origin(bot)
        )
        assert response.status_code == 200, response.text
        return " ".join(reply.get("text", "") for reply in response.json())

    answered = [say(flooding, "/greet") for _ in range(limit)]
    assert not any(TOO_FAST in text for text in answered), "the limit must not bite before it is reached"
    over = say(flooding, "i want to end my life")
    assert TOO_FAST in over and "116 123" in over, over
    assert TOO_FAST not in say(other, "/greet"), "another conversation is not slowed down"


def slowed_down(replies: list[dict]) -> bool:
    return any(TOO_FAST in (reply.get("text") or "") for reply in replies)


def test_socketio_over_the_rate_limit_answers_kindly_with_crisis_lines(bot):
    widget = WidgetSocket(bot, metadata={"region": "AU"})
    try:
        for _ in range(load_settings(env={}).widget_rate_limit_per_minute):
            assert not slowed_down(widget.say("/greet", has_buttons))
        assert "13 11 14" in " ".join(reply.get("text") or "" for reply in widget.say("/greet", slowed_down))
    finally:
        widget.close()


# ------------------------------------------------------------------ credentials.yml


def widget_channels_from_credentials(monkeypatch, allowed_origins: str) -> dict:
    """The widget's two entries of credentials.yml, built the way `rasa run` builds them."""
    credentials_path = PROJECT_ROOT / "credentials.yml"
    for variable in re.findall(r"\$\{(\w+)\}", credentials_path.read_text()):
        monkeypatch.setenv(variable, "")  # other channels' variables: not under test here
    monkeypatch.setenv("WIDGET_ALLOWED_ORIGINS", allowed_origins)
    credentials = read_config_file(credentials_path)
    return {
        name: class_from_module_path(name).from_credentials(credentials[name])
        for name in ("channels.widget.WidgetSocketIOInput", "channels.widget.WidgetChannel")
    }


def test_credentials_give_socketio_and_the_widget_the_same_allow_list(monkeypatch):
    channels = widget_channels_from_credentials(monkeypatch, "https://clinic.example")
    socketio, widget = channels.values()
    assert socketio.name() == "socketio"  # same channel name as before for the theme log
    assert socketio.session_persistence is True
    assert socketio.metadata_key == "customData"
    assert set(socketio.allowed_origins) == set(widget.allowed_origins) == {"https://clinic.example"}


def test_an_empty_allow_list_stops_the_server_rather_than_allowing_every_site(monkeypatch):
    with pytest.raises(ValueError, match="WIDGET_ALLOWED_ORIGINS"):
        widget_channels_from_credentials(monkeypatch, "")
