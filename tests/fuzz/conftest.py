"""One real bot for the fuzz tests, with every channel on, and the tally `make fuzz` prints."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

import pytest
import requests

from tests.channels.telegram_stand_in import SECRET, TOKEN, BotApiStandIn
from tests.servers import MODEL_PATH, Servers, running_bot

INTAKE_TOKEN = "fuzz-intake-token-" + "f" * 40


def rss_kib(pid: int) -> int:
    """Resident memory of a process, from /proc (no extra dependency)."""
    for line in open(f"/proc/{pid}/status", encoding="ascii"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


@dataclass
class FuzzTally:
    counts: Counter = field(default_factory=Counter)
    rss_before_kib: int = 0
    rss_after_kib: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    def count(self, endpoint: str, outcome: int | str) -> None:
        self.counts[(endpoint, str(outcome))] += 1

    def lines(self) -> list[str]:
        total = sum(self.counts.values())
        took = (self.finished or time.monotonic()) - self.started
        lines = [f"{total} fuzz cases in {took:.0f}s (server start included)"]
        lines += [f"  {endpoint:<22} {outcome:<14} {n:>6}" for (endpoint, outcome), n in sorted(self.counts.items())]
        if self.rss_before_kib and self.rss_after_kib:
            growth = 100 * (self.rss_after_kib - self.rss_before_kib) / self.rss_before_kib
            lines.append(f"Rasa server RSS: {self.rss_before_kib / 1024:.0f} MiB after warm-up, "
                         f"{self.rss_after_kib / 1024:.0f} MiB after fuzzing ({growth:+.1f} %)")
        return lines


_tallies: list[FuzzTally] = []


@pytest.fixture(scope="session")
def fuzz_tally() -> FuzzTally:
    tally = FuzzTally()
    _tallies.append(tally)
    return tally


def pytest_terminal_summary(terminalreporter):
    for tally in _tallies:
        if tally.counts:
            terminalreporter.section("fuzz: cases per endpoint and outcome")
            for line in tally.lines():
                terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def fuzz_cases(pytestconfig) -> int:
    return pytestconfig.getoption("--fuzz-cases", 210)


@pytest.fixture(scope="module")
def fuzz_bot_api():
    stand_in = BotApiStandIn()
    stand_in.start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module")
def fuzz_bot(tmp_path_factory, fuzz_bot_api, fuzz_tally) -> Servers:
    """A real Rasa server + action server with REST, widget, socket.io, Telegram and intake all on."""
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    with running_bot(
        tmp_path_factory.mktemp("fuzz"),
        TELEGRAM_TOKEN=TOKEN,
        TELEGRAM_SECRET_TOKEN=SECRET,
        TELEGRAM_API_BASE_URL=fuzz_bot_api.url,
        INTAKE_API_TOKEN=INTAKE_TOKEN,
        # Fuzzing sends far more than a person could: the limit itself is tested in tests/channels.
        INTAKE_RATE_LIMIT_PER_MINUTE="1000000",
        WIDGET_RATE_LIMIT_PER_MINUTE="1000000",
    ) as servers:
        # Warm up every path once, so the memory baseline holds the loaded models, not the first request.
        for text in ("hi", "i'm worried my therapist will judge me", "thanks"):
            requests.post(f"{servers.url}/webhooks/rest/webhook", json={"sender": "warm-up", "message": text},
                          timeout=60).raise_for_status()
        fuzz_tally.rss_before_kib = rss_kib(servers.rasa.pid)
        yield servers
