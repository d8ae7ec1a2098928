"""The website widget in a real browser (Debian's chromium, headless) against the real bot.

Every page is either served by the bot or fulfilled locally with `page.route`; any
request that would leave the machine is refused and fails the test.
"""
from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.widget_browser import FALLBACK_TIMEOUT_MS, Tab, socketio_url

NEUTRAL_URL = "https://www.bbc.com/weather"
XSS = "<img src=x onerror=alert(1)>"
REST_FALLBACK = "**/widget/message"
# A clinic page fulfilled by the test has no address, so Chromium counts it as a
# public site reaching into this machine (the bot on 127.0.0.1) and asks the
# visitor first. Real clinic pages and bots are both public: no question asked.
LOCAL_NETWORK = "local-network-access"


def neutral_site(tab: Tab) -> None:
    tab.page.route(
        NEUTRAL_URL + "**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Weather</title><p>Sunny</p>"),
    )


# ------------------------------------------------------------------ conversation


def test_a_visitor_opens_the_chat_talks_and_picks_a_suggested_reply(new_tab):
    tab = new_tab()
    websockets, polls = [], []
    tab.page.on("websocket", lambda ws: websockets.append(ws.url))
    tab.page.on("request", lambda request: polls.append(request.url) if socketio_url(request.url) else None)
    tab.open_demo()
    tab.open_widget()

    expect(tab.launcher).to_have_attribute("aria-expanded", "true")
    assert tab.focused()["id"] == "cw-input", "opening the chat puts the cursor in the message box"
    tab.wait_for_greeting()
    expect(tab.page.get_by_text("A bot: not a therapist, not an emergency service.")).to_be_visible()

    before = tab.bot_messages.count()
    choice = tab.suggestions.first
    title = choice.inner_text()
    choice.click()
    expect(tab.user_messages.last).to_have_text(f"You said: {title}")
    expect(tab.bot_messages.nth(before)).to_be_visible()

    tab.say("i find it really hard to trust people")

    # All of it went over one socket.io websocket: not the REST fallback, and no long-polling,
    # whose requests a server with several workers may hand to one that doesn't know the session
    # (tests/integration/test_widget_workers.py).
    assert tab.rest_posts == []
    assert polls == []
    assert len(websockets) == 1 and socketio_url(websockets[0])


def test_the_conversation_survives_a_reload_until_the_person_ends_it(new_tab):
    tab = new_tab().open_demo()
    tab.open_widget()
    tab.wait_for_greeting()
    tab.say("hello there")
    said = tab.page.locator(".cw-message").all_inner_texts()
    session_id = tab.stored_state()["sessionId"]

    tab.page.reload()

    expect(tab.panel).to_be_visible()
    assert tab.page.locator(".cw-message").all_inner_texts() == said
    assert tab.stored_state()["sessionId"] == session_id
    tab.say("i'm worried a therapist would judge me")
    assert tab.stored_state()["sessionId"] == session_id


def test_forgetting_the_conversation_clears_it_and_tells_the_bot(new_tab):
    tab = new_tab().open_demo()
    tab.open_widget()
    tab.wait_for_greeting()
    tab.say("i worry about trusting a therapist")

    tab.page.get_by_role("button", name="Options").click()
    tab.page.get_by_role("button", name="Forget this conversation").click()
    expect(tab.page.get_by_text("Forget this conversation?")).to_be_focused()
    tab.page.get_by_role("button", name="Yes, forget it").click()

    expect(tab.user_messages).to_have_count(0)
    # The bot's own confirmation that it deleted what it kept is all that is left.
    expect(tab.bot_messages.first).to_be_visible()
    assert "i worry about trusting a therapist" not in " ".join(tab.page.locator(".cw-message").all_inner_texts())
    stored = tab.stored_state()
    assert all(entry["from"] == "bot" for entry in stored["transcript"])


def test_the_clinics_crisis_region_reaches_the_bot_with_every_message(new_tab, bot):
    tab = new_tab()
    # A UK clinic on a bot whose own default region is US.
    tab.serve_clinic_page(f"{bot.url}/uk-clinic", {"clinicName": "UK Clinic", "crisisRegion": "UK"})
    tab.open_widget()
    tab.wait_for_greeting()
    tab.say("i want to end my life")
    expect(tab.page.locator(".cw-log")).to_contain_text("116 123")
    assert "988" not in tab.page.locator(".cw-log").inner_text()


# ------------------------------------------------------------------ safety and privacy


def test_need_help_now_shows_the_regions_crisis_lines_at_any_time(new_tab, bot):
    tab = new_tab()
    tab.serve_clinic_page(f"{bot.url}/uk-clinic", {"clinicName": "UK Clinic", "crisisRegion": "UK"})
    tab.open_widget()
    help_button = tab.page.get_by_role("button", name="Need help now?")
    help_button.click()
    expect(help_button).to_have_attribute("aria-expanded", "true")
    help_panel = tab.page.get_by_role("region", name="Help right now")
    expect(help_panel).to_contain_text("Samaritans: call 116 123")
    expect(help_panel).to_contain_text("Emergency services: call 999")
    expect(tab.page.get_by_role("heading", name="Help right now")).to_be_focused()


def test_quick_exit_replaces_the_page_and_leaves_nothing_behind(new_tab):
    tab = new_tab().open_demo()
    neutral_site(tab)
    tab.open_widget()
    tab.wait_for_greeting()
    tab.say("my partner checks my phone")

    tab.page.get_by_role("button", name="Quick exit").click()
    tab.page.wait_for_url(NEUTRAL_URL)
    expect(tab.page).to_have_title("Weather")

    # Coming back in the same tab: no trace of the conversation.
    tab.open_demo()
    assert tab.stored_state() is None
    expect(tab.launcher).to_have_attribute("aria-expanded", "false")
    assert tab.page.locator(".cw-message").count() == 0


def test_pressing_escape_twice_anywhere_is_a_quick_exit(new_tab):
    tab = new_tab().open_demo()
    neutral_site(tab)
    tab.open_widget()
    tab.wait_for_greeting()
    tab.page.get_by_role("heading", name="Thinking about therapy?").click()  # focus on the clinic's page
    tab.page.keyboard.press("Escape")
    tab.page.keyboard.press("Escape")
    tab.page.wait_for_url(NEUTRAL_URL)


def test_a_configured_neutral_site_is_used_for_quick_exit(new_tab, bot):
    tab = new_tab()
    tab.page.route("https://neutral.example/**", lambda route: route.fulfill(body="<title>Recipes</title>"))
    tab.serve_clinic_page(f"{bot.url}/clinic", {"neutralUrl": "https://neutral.example/recipes"})
    tab.open_widget()
    tab.page.get_by_role("button", name="Quick exit").click()
    tab.page.wait_for_url("https://neutral.example/recipes")


def test_a_person_typing_html_sees_it_as_text_and_nothing_runs(new_tab):
    tab = new_tab().open_demo()
    tab.open_widget()
    tab.wait_for_greeting()
    tab.say(XSS)
    expect(tab.user_messages.last).to_have_text(f"You said: {XSS}")
    assert tab.widget_elements("img, [onerror]") == 0
    assert tab.dialogs == []


def test_html_and_script_in_a_bot_message_are_shown_as_text_and_nothing_runs(new_tab):
    tab = new_tab()
    hostile = [
        {
            "text": f'{XSS} <script>alert(2)</script>\nRead https://example.org/help?a=1"onmouseover="alert(3) '
            "or javascript:alert(4).",
            "buttons": [{"title": "<img src=y onerror=alert(5)>", "payload": "/greet"}],
        }
    ]
    # As if the server (or anything between) sent it: socket.io blocked, REST answers fulfilled.
    tab.block_socketio()
    tab.page.route(
        REST_FALLBACK, lambda route: route.fulfill(content_type="application/json", body=json.dumps(hostile))
    )
    tab.open_demo()
    tab.open_widget()

    first = tab.bot_messages.first
    expect(first).to_contain_text(f"{XSS} <script>alert(2)</script>", timeout=FALLBACK_TIMEOUT_MS)
    link = first.get_by_role("link")
    expect(link).to_have_count(1)
    expect(link).to_have_attribute("href", "https://example.org/help?a=1")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    link.hover()
    suggestion = tab.suggestions.first
    expect(suggestion).to_have_text("<img src=y onerror=alert(5)>")
    suggestion.click()
    expect(tab.bot_messages.nth(1)).to_be_visible()

    assert tab.widget_elements("img, script, [onerror], [onmouseover], a[href^='javascript']") == 0
    assert tab.dialogs == []


# ------------------------------------------------------------------ transport and failures


def test_the_rest_fallback_carries_the_conversation_when_socketio_is_blocked(new_tab):
    tab = new_tab()
    tab.block_socketio()
    tab.open_demo()
    tab.open_widget()
    tab.wait_for_greeting()
    tab.say("i don't know how to tell my therapist what i need")
    sent = [json.loads(body) for body in tab.rest_posts]
    assert [body["message"] for body in sent] == ["/greet", "i don't know how to tell my therapist what i need"]
    assert all(body["customData"] == {"region": "US"} for body in sent)


def test_an_unreachable_server_gets_a_clear_error_and_a_retry(new_tab):
    tab = new_tab()
    tab.block_socketio()
    tab.page.route(REST_FALLBACK, lambda route: route.abort())
    tab.open_demo()
    tab.open_widget()
    alert = tab.page.get_by_role("alert")
    expect(alert).to_contain_text("can't reach the chat", timeout=FALLBACK_TIMEOUT_MS)

    tab.message_box.fill("is anyone there")
    tab.message_box.press("Enter")
    expect(tab.user_messages.last).to_contain_text("(not sent)", timeout=FALLBACK_TIMEOUT_MS)
    expect(alert).to_contain_text("wasn't sent")

    tab.page.unroute(REST_FALLBACK)  # the connection is back
    alert.get_by_role("button", name="Try again").click()
    expect(tab.bot_messages.first).to_be_visible(timeout=FALLBACK_TIMEOUT_MS)
    expect(tab.user_messages.last).to_have_text("You said: is anyone there")
    expect(alert).to_be_empty()


def test_pages_on_the_allow_list_can_embed_the_widget_from_another_origin(new_tab, bot):
    tab = new_tab(permissions=[LOCAL_NETWORK])
    # localhost and 127.0.0.1 are different origins; both are on the test bot's allow-list.
    tab.serve_clinic_page(f"http://localhost:{bot.rasa_port}/clinic", {}, script_origin=f"http://127.0.0.1:{bot.rasa_port}")
    tab.open_widget()
    tab.wait_for_greeting()
    assert tab.rest_posts == []


def test_pages_on_other_sites_cannot_talk_to_the_bot(new_tab, bot):
    tab = new_tab(permissions=[LOCAL_NETWORK])
    refused, websocket_errors = set(), []
    tab.page.on("requestfailed", lambda request: refused.add(urlsplit(request.url).path))
    tab.page.on("websocket", lambda ws: ws.on("socketerror", lambda error: websocket_errors.append(error)))
    tab.serve_clinic_page("https://clinic.test/", {"crisisRegion": "UK"})
    tab.open_widget()
    expect(tab.page.get_by_role("alert")).to_contain_text("can't reach the chat", timeout=FALLBACK_TIMEOUT_MS)
    # The server said no (400 to the websocket handshake, 403 to the REST fallback, see
    # test_widget.py), so the browser let the page read nothing.
    assert "/widget/message" in refused
    assert websocket_errors and all("Unexpected response code: 400" in error for error in websocket_errors)
    assert tab.bot_messages.count() == 0
    # The crisis lines are public and still shown.
    tab.page.get_by_role("button", name="Need help now?").click()
    expect(tab.page.get_by_role("region", name="Help right now")).to_contain_text("116 123")


# ------------------------------------------------------------------ accessibility


def test_keyboard_only_walkthrough(new_tab):
    tab = new_tab().open_demo()

    launcher = tab.tab_until(lambda f: f["text"] == "Chat")
    assert launcher["outline"] == "solid" and launcher["outlineWidth"] >= 2, "focus is visible"
    tab.page.keyboard.press("Enter")
    expect(tab.panel).to_be_visible()
    assert tab.focused()["id"] == "cw-input"
    tab.wait_for_greeting()

    suggestion = tab.tab_until(lambda f: "cw-suggestion" in f["classes"], key="Shift+Tab")
    assert suggestion["outline"] == "solid"
    before = tab.bot_messages.count()
    tab.page.keyboard.press("Enter")
    expect(tab.user_messages.last).to_have_text(f"You said: {suggestion['text']}")
    expect(tab.bot_messages.nth(before)).to_be_visible()
    assert tab.focused()["id"] == "cw-input", "focus is not lost when the suggestions go away"

    before = tab.bot_messages.count()
    tab.page.keyboard.type("i never know what to say in a first session")
    tab.page.keyboard.press("Enter")
    expect(tab.bot_messages.nth(before)).to_be_visible()

    tab.tab_until(lambda f: f["text"] == "Need help now?", key="Shift+Tab")
    tab.page.keyboard.press("Enter")
    assert tab.focused()["text"] == "Help right now"
    tab.page.keyboard.press("Escape")
    assert tab.focused()["text"] == "Need help now?"
    expect(tab.page.get_by_role("region", name="Help right now")).to_be_hidden()

    time.sleep(1)  # a second Escape straight away would be the quick exit
    tab.page.keyboard.press("Escape")
    expect(tab.panel).to_be_hidden()
    assert tab.focused()["text"] == "Chat", "closing returns focus to the launcher"


def test_new_messages_are_announced_and_every_control_is_labelled(new_tab):
    tab = new_tab().open_demo()
    tab.open_widget()
    tab.wait_for_greeting()
    log = tab.page.get_by_role("log", name="Conversation")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log.locator(".cw-from-bot").first).to_contain_text("Companion said:")
    for name in ("Options", "Close chat", "Need help now?", "Quick exit", "Send"):
        expect(tab.page.get_by_role("button", name=name, exact=True)).to_be_visible()
    expect(tab.page.get_by_role("textbox", name="Your message")).to_be_visible()
    expect(tab.page.get_by_role("group", name="Suggested replies")).to_be_visible()


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, {"width": 320, "height": 640}], ids=["desktop", "phone"])
def test_axe_finds_no_serious_accessibility_issue(new_tab, viewport):
    tab = new_tab(viewport=viewport).open_demo()
    assert tab.serious_accessibility_issues() == []

    tab.open_widget()
    tab.wait_for_greeting()
    tab.say("hello")
    assert tab.serious_accessibility_issues() == []

    tab.page.get_by_role("button", name="Options").click()
    tab.page.get_by_role("button", name="Need help now?").click()
    expect(tab.page.get_by_role("region", name="Help right now")).to_contain_text("988")
    assert tab.serious_accessibility_issues() == []


def test_axe_finds_no_serious_issue_in_the_error_state(new_tab):
    tab = new_tab()
    tab.block_socketio()
    tab.page.route(REST_FALLBACK, lambda route: route.abort())
    tab.open_demo()
    tab.open_widget()
    tab.message_box.fill("hello")
    tab.message_box.press("Enter")
    expect(tab.user_messages.last).to_contain_text("(not sent)", timeout=FALLBACK_TIMEOUT_MS)
    assert tab.serious_accessibility_issues() == []


@pytest.mark.parametrize(
    "viewport",
    [{"width": 320, "height": 640}, {"width": 640, "height": 360}],
    ids=["320px-phone", "200pct-zoom-of-1280x720"],
)
def test_the_whole_widget_fits_a_small_screen_without_sideways_scrolling(new_tab, viewport):
    tab = new_tab(viewport=viewport).open_demo()
    tab.open_widget()
    tab.wait_for_greeting()
    width = viewport["width"]
    assert tab.page.evaluate("() => document.documentElement.scrollWidth") <= width
    box = tab.panel.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    for control in (
        tab.page.get_by_role("button", name="Need help now?"),
        tab.page.get_by_role("button", name="Quick exit"),
        tab.message_box,
        tab.page.get_by_role("button", name="Send"),
    ):
        control.scroll_into_view_if_needed()
        control_box = control.bounding_box()
        assert 0 <= control_box["x"] and control_box["x"] + control_box["width"] <= width
        assert control_box["height"] >= 24, "targets are at least 24 px (WCAG 2.5.8)"
    assert tab.page.evaluate(
        "() => Array.from(document.getElementById('companion-widget').shadowRoot.querySelectorAll('.cw-message'))"
        ".every(m => m.scrollWidth <= m.clientWidth + 1)"
    ), "long messages wrap instead of overflowing"
    tab.say("okay")


def test_motion_is_switched_off_for_people_who_ask_for_less(new_tab):
    animated = new_tab().open_demo()
    animated.open_widget()
    calm = new_tab(reduced_motion="reduce").open_demo()
    calm.open_widget()
    animation = "() => getComputedStyle(document.getElementById('companion-widget').shadowRoot.querySelector('.cw-panel')).animationName"
    assert animated.page.evaluate(animation) == "cw-rise"
    assert calm.page.evaluate(animation) == "none"


@pytest.mark.parametrize(
    ("colours", "launcher_background"),
    [
        ({"accent": "#5a1e78", "accentText": "#ffffff"}, "rgb(90, 30, 120)"),
        # Yellow on white is unreadable: the widget keeps its own colours.
        ({"accent": "#ffd400", "accentText": "#ffffff"}, "rgb(11, 85, 99)"),
    ],
    ids=["readable-brand-colour", "unreadable-brand-colour"],
)
def test_a_clinics_colours_are_used_only_if_they_stay_readable(new_tab, bot, colours, launcher_background):
    tab = new_tab()
    tab.serve_clinic_page(f"{bot.url}/clinic", {"colours": colours})
    expect(tab.launcher).to_have_css("background-color", launcher_background)
