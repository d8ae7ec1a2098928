"""The website widget in a real browser (Debian's chromium, headless): one tab, with the internet shut out.

Shared by the browser tests against the default bot (tests/channels/test_widget_browser.py) and
against a bot with two Sanic workers (tests/integration/test_widget_workers.py); the `browser`
and `new_tab` fixtures are in tests/conftest.py.
"""
from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page, Route, expect

from tests.servers import ROOT

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
STORAGE_KEY = "companion-widget"


def socketio_url(url: str) -> bool:
    return "/socket.io/" in url


# The widget's own wait for socket.io before it uses the REST fallback, plus the reply.
FALLBACK_TIMEOUT_MS = 30_000

# What the page's focus is, looking through the widget's shadow root.
FOCUSED = """() => {
  let node = document.activeElement;
  while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
  const style = getComputedStyle(node);
  return {
    tag: node.tagName.toLowerCase(),
    id: node.id,
    classes: node.className,
    text: node.textContent.trim(),
    outline: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth),
  };
}"""
WIDGET_QUERY = """(selector) => Array.from(
  document.getElementById("companion-widget").shadowRoot.querySelectorAll(selector)
)"""


class Tab:
    """One browser tab on the widget, with the internet shut out."""

    def __init__(self, context: BrowserContext, bot):
        self.context = context
        self.bot = bot
        self.page: Page = context.new_page()
        self.dialogs: list[str] = []
        self.outside_requests: list[str] = []
        self.rest_posts: list[str] = []
        self.page.on("dialog", self._on_dialog)
        self.page.on("request", self._on_request)
        context.route("**/*", self._stay_local)

    def _on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _on_request(self, request) -> None:
        if request.method == "POST" and request.url.endswith("/widget/message"):
            self.rest_posts.append(request.post_data or "")

    def _stay_local(self, route: Route) -> None:
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.outside_requests.append(route.request.url)
            route.abort()

    # -------------------------------------------------------------- pages

    def open_demo(self) -> Tab:
        self.page.goto(f"{self.bot.url}/widget/demo")
        expect(self.launcher).to_be_visible()
        return self

    def serve_clinic_page(self, url: str, config: dict, script_origin: str | None = None) -> None:
        """A clinic's own page (fulfilled locally) with the widget snippet pasted in."""
        script = f"{script_origin or self.bot.url}/widget/widget.js"
        html = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title></head>'
            f"<body><main><h1>A clinic</h1><p>Welcome.</p></main>"
            f"<script>window.CompanionWidget = {json.dumps(config)};</script>"
            f'<script src="{script}" defer></script></body></html>'
        )
        self.page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=html))
        self.page.goto(url)
        expect(self.launcher).to_be_visible()

    # -------------------------------------------------------------- widget parts

    @property
    def launcher(self):
        return self.page.get_by_role("button", name="Chat", exact=True)

    @property
    def panel(self):
        return self.page.get_by_role("dialog")

    @property
    def message_box(self):
        return self.page.get_by_label("Your message")

    @property
    def bot_messages(self):
        return self.page.locator(".cw-from-bot")

    @property
    def user_messages(self):
        return self.page.locator(".cw-from-user")

    @property
    def suggestions(self):
        return self.page.locator(".cw-suggestion")

    def open_widget(self) -> None:
        self.launcher.click()
        expect(self.panel).to_be_visible()

    def wait_for_greeting(self, timeout: float = FALLBACK_TIMEOUT_MS) -> None:
        expect(self.bot_messages.first).to_be_visible(timeout=timeout)
        expect(self.suggestions.first).to_be_visible(timeout=timeout)
        self.wait_until_quiet()

    def wait_until_quiet(self, quiet_ms: int = 800) -> None:
        """A reply can come in several messages: wait until no more arrive."""
        count, since = -1, time.monotonic()
        while (time.monotonic() - since) * 1000 < quiet_ms:
            now = self.page.locator(".cw-message").count()
            if now != count:
                count, since = now, time.monotonic()
            self.page.wait_for_timeout(100)

    def say(self, text: str, timeout: float = FALLBACK_TIMEOUT_MS) -> None:
        """Type a message, send it with Enter, and wait for the bot's answer."""
        before = self.bot_messages.count()
        self.message_box.fill(text)
        self.message_box.press("Enter")
        expect(self.user_messages.last).to_contain_text(text)
        expect(self.bot_messages.nth(before)).to_be_visible(timeout=timeout)
        self.wait_until_quiet()

    def choose(self, title: str, timeout: float = FALLBACK_TIMEOUT_MS) -> None:
        """Press the suggested reply `title` and wait for the bot's answer."""
        before = self.bot_messages.count()
        self.suggestions.filter(has_text=title).first.click()
        expect(self.user_messages.last).to_contain_text(title)
        expect(self.bot_messages.nth(before)).to_be_visible(timeout=timeout)
        self.wait_until_quiet()

    def block_socketio(self) -> None:
        """Let no socket.io websocket through, as a proxy or filter that blocks websockets does."""
        self.page.route_web_socket(socketio_url, lambda websocket: websocket.close())

    def focused(self) -> dict:
        return self.page.evaluate(FOCUSED)

    def tab_until(self, matches, key: str = "Tab", limit: int = 30) -> dict:
        for _ in range(limit):
            self.page.keyboard.press(key)
            focused = self.focused()
            if matches(focused):
                return focused
        raise AssertionError(f"{key} never reached the wanted control; last focus: {focused}")

    def widget_elements(self, selector: str) -> int:
        return self.page.evaluate(f"(selector) => ({WIDGET_QUERY})(selector).length", selector)

    def stored_state(self) -> dict | None:
        raw = self.page.evaluate("(key) => sessionStorage.getItem(key)", STORAGE_KEY)
        return None if raw is None else json.loads(raw)

    def serious_accessibility_issues(self) -> list[dict]:
        if not self.page.evaluate("() => typeof window.axe === 'object'"):
            self.page.add_script_tag(path=str(AXE))
        violations = self.page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
                 .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target)}))"""
        )
        return [v for v in violations if v["impact"] in ("serious", "critical")]
