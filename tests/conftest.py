from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from actions.settings import load_settings
from scripts.run import http_api_args
from tests.servers import API_TOKEN, JWT_SECRET, MODEL_PATH, ROOT, Servers, free_port, running_bot, server_env
from tests.widget_browser import CHROMIUM_ARGS, Tab


@pytest.fixture(scope="session")
def bot(tmp_path_factory):
    """One real Rasa server + action server shared by the integration tests."""
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    with running_bot(tmp_path_factory.mktemp("bot")) as servers:
        yield servers


@pytest.fixture(scope="session")
def bot_with_api_and_no_actions(tmp_path_factory):
    """A Rasa server whose action server never starts (every custom action call is refused), with
    Rasa's HTTP API on behind a token and a JWT secret, as `make run` starts it with RASA_AUTH_TOKEN
    and RASA_JWT_SECRET set. The outage tests (safety without actions) and the exposure tests
    (the API) share it: neither touches what the other checks, and a bot start costs ~10 s of a core.
    """
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    workdir = tmp_path_factory.mktemp("no-actions-api")
    secrets = {"RASA_AUTH_TOKEN": API_TOKEN, "RASA_JWT_SECRET": JWT_SECRET}
    args = tuple(http_api_args(load_settings(env=server_env(workdir, **secrets))))
    with running_bot(workdir, with_actions=False, rasa_args=args, **secrets) as servers:
        yield servers


@pytest.fixture(scope="module")
def agent():
    """Our trained model in this process, no endpoints (one per test module: tests may change it)."""
    from rasa.core.agent import load_agent

    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    return asyncio.run(load_agent(model_path=str(MODEL_PATH)))


@pytest.fixture(scope="module")
def served_agent(tmp_path_factory):
    """Our model with endpoints.yml and a real action server, as `make run` serves it (in this process)."""
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints

    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    workdir = tmp_path_factory.mktemp("served-agent")
    action_port = free_port()
    servers = Servers(free_port(), action_port, server_env(workdir, ACTION_PORT=str(action_port)), workdir)
    servers.start_actions()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("ACTION_PORT", str(action_port))
            endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
        yield asyncio.run(load_agent(model_path=str(MODEL_PATH), endpoints=endpoints))
    finally:
        servers.stop_actions()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Debian's chromium is missing: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_tab(browser, bot):
    """Opens widget tabs on `bot` in fresh browser profiles (own sessionStorage); checks nothing left
    the machine. A module that defines its own `bot` fixture gets tabs on that bot."""
    tabs: list[Tab] = []

    def open_tab(**context_options) -> Tab:
        context_options.setdefault("viewport", {"width": 1280, "height": 800})
        tab = Tab(browser.new_context(**context_options), bot)
        tabs.append(tab)
        return tab

    yield open_tab
    for tab in tabs:
        tab.context.close()
    for tab in tabs:
        assert tab.outside_requests == [], "the widget tried to reach the internet"


def pytest_addoption(parser):
    # Here rather than in tests/fuzz/conftest.py: pytest only reads options from conftests it loads first.
    parser.addoption("--fuzz-cases", type=int, default=210,
                     help="fuzz cases over all public endpoints (make test: a few hundred; make fuzz: 10,000)")
