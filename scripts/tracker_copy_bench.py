"""The tracker copy Rasa makes before every action, stock against ours (components/rasa_speedups.py).

    PYTHONPATH=. OPENBLAS_NUM_THREADS=1 .venv/bin/python -m scripts.tracker_copy_bench [--stock] [--replies FILE]

Starts the action server (as `make bench` does), loads models/companion.tar.gz in this
process with endpoints.yml (so our serving fixes are installed, as in `make run`) and sends
the bench mix (scripts/bench.py: 20 people x 30 messages) one message at a time, round by
round, timing each message. `--stock` puts Rasa's own copy back first (the other fixes stay),
so two runs compare only the copy; `--replies` writes every reply, to check that both runs
answered the same. Then times one copy, stock and ours, of trackers of 50, 150 and 300 events
made of those conversations, as the server sees them: fresh from the tracker store, then
copied once per action while events are added.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import bench  # noqa: E402

SIZES = (50, 150, 300)


def _start_action_server(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    process = subprocess.Popen([str(bench.BIN / "rasa"), "run", "actions", "--port", str(port), "--actions", "actions"],
                               env=env, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    from tests.servers import wait_until_up

    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", process, log)
    except BaseException:
        bench.stop(process)
        raise
    return process


class _CopyClock:
    """Counts and times every `DialogueStateTracker.copy` call (whichever copy is installed)."""

    def __init__(self) -> None:
        from rasa.shared.core.trackers import DialogueStateTracker

        self.calls = 0
        self.seconds = 0.0
        self.events = 0
        timed = DialogueStateTracker.copy

        def copy(tracker):
            started = time.perf_counter()
            try:
                return timed(tracker)
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1
                self.events += len(tracker.events)

        DialogueStateTracker.copy = copy


async def _drive(agent, scripts: list[list[str]]) -> tuple[list[float], list]:
    times, replies = [], []
    for turn in range(max(map(len, scripts))):
        for user, script in enumerate(scripts):
            if turn >= len(script):
                continue
            started = time.perf_counter()
            answer = await agent.handle_text(script[turn], sender_id=f"copy-bench-{user}")
            times.append((time.perf_counter() - started) * 1000)
            replies.append([user, turn, [{key: value for key, value in message.items() if key != "recipient_id"}
                                         for message in answer or []]])
    return times, replies


def _copy_times(trackers, stock_copy, fast_copy, sizes=SIZES, repeat=200) -> dict[int, dict[str, float]]:
    """Per size: a tracker fresh from its events (as the store hands it over), then the copies of one message."""
    from rasa.shared.core.trackers import DialogueStateTracker

    events = [event for tracker in trackers for event in tracker.events]
    slots = list(trackers[0].slots.values())
    results = {}
    for size in sizes:
        history = [event.as_dict() for event in events[:size]]
        timings: dict[str, list[float]] = {"stock": [], "ours, first copy": [], "ours, next copies": []}
        for _ in range(repeat):
            tracker = DialogueStateTracker.from_dict("copy-bench", history, slots)
            started = time.perf_counter()
            stock_copy(tracker)
            timings["stock"].append(time.perf_counter() - started)
            started = time.perf_counter()
            fast_copy(tracker)
            timings["ours, first copy"].append(time.perf_counter() - started)
            started = time.perf_counter()
            fast_copy(tracker)
            timings["ours, next copies"].append(time.perf_counter() - started)
        results[size] = {name: round(statistics.median(values) * 1e6, 1) for name, values in timings.items()}
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stock", action="store_true", help="Rasa's own tracker copy (the other fixes stay)")
    parser.add_argument("--replies", type=Path, help="write every reply here (JSON)")
    parser.add_argument("--people", type=int, default=bench.USERS)
    parser.add_argument("--messages", type=int, default=bench.MESSAGES_PER_USER)
    arguments = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="copy-bench-"))
    action_port = bench.free_port()
    env = bench.our_env(workdir, bench.free_port(), action_port)
    os.environ.update(env)
    actions = _start_action_server(env, action_port, workdir / "actions.log")
    try:
        from rasa.core.agent import load_agent
        from rasa.utils.common import configure_logging_and_warnings
        from rasa.utils.log_utils import configure_structlog

        # As `rasa run` sets up logging (LOG_LEVEL, INFO unless set).
        configure_logging_and_warnings(None, warn_only_once=True, filter_repeated_logs=True)
        configure_structlog(None)
        from rasa.core.utils import AvailableEndpoints
        from rasa.shared.core.trackers import DialogueStateTracker

        from components import rasa_speedups

        agent = asyncio.run(load_agent(model_path=str(ROOT / "models" / "companion.tar.gz"),
                                       endpoints=AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))))
        assert DialogueStateTracker.copy is rasa_speedups._copy, "our serving fixes are not installed"
        if arguments.stock:
            DialogueStateTracker.copy = rasa_speedups._original_copy
        # Response variations are drawn at random: the same draws in both runs.
        random.seed(bench.SEED)
        numpy.random.seed(bench.SEED)
        clock = _CopyClock()
        scripts = [bench.conversation_script(user, arguments.messages) for user in range(arguments.people)]
        times, replies = asyncio.run(_drive(agent, scripts))
        copy_ms = clock.seconds * 1000
        print(json.dumps({
            "copy": "stock" if arguments.stock else "ours",
            "messages": len(times),
            "ms a message (mean)": round(statistics.mean(times), 2),
            "ms a message (median)": round(statistics.median(times), 2),
            "copies": clock.calls,
            "events a copied tracker (mean)": round(clock.events / max(clock.calls, 1), 1),
            "copy ms a message": round(copy_ms / len(times), 3),
            "copy share of a message": round(copy_ms / sum(times), 4),
        }))
        if arguments.replies:
            arguments.replies.write_text(json.dumps(replies, indent=0))
        trackers = [asyncio.run(agent.tracker_store.retrieve(f"copy-bench-{user}"))
                    for user in range(arguments.people)]
        for size, figures in _copy_times(trackers, rasa_speedups._original_copy, rasa_speedups._copy).items():
            print(json.dumps({"events": size, **{f"{name} (us)": value for name, value in figures.items()},
                              "stock / ours, next copies": round(figures["stock"] / figures["ours, next copies"], 1)}))
    finally:
        bench.stop(actions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
