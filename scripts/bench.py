"""`make bench`: our bot against a stock `rasa init` bot, under the same load, side by side.

What it does, in order (about 10 minutes on 2 cores the first time, 7 once cached):

1. Trains, or reuses from var/bench/, a stock `rasa init --no-prompt` bot and
   our bot. A model is reused while its inputs are unchanged (our bot: the
   fingerprint of config, domain and data); its training time is the one
   measured when it was trained.
2. Starts each bot in turn on a free port (stock: `rasa run`; ours: `rasa run`
   and the action server, as `make run` does) and measures the time from start
   until the REST webhook answers.
3. Drives each with the same closed-loop load: USERS simulated people, each
   sending MESSAGES_PER_USER messages one after another over the REST webhook
   (an opening, then a mix of journey messages, button payloads and small talk;
   the same scripts for both bots) and waiting for each reply before the next.
4. Measures msg/s, p50/p95/p99 latency, errors and the peak memory of the
   whole process tree (Rasa and, for ours, the action server): resident (RSS,
   summed over the processes, so pages that forked Sanic workers share count
   once per worker) and proportional (PSS, each shared page split between the
   processes that share it: what the tree really holds).
5. Runs ours again on the production profile (endpoints.production.yml: Redis
   tracker and lock store, as `docker-compose.yml` deploys it) with one and
   with two Sanic workers (SANIC_WORKERS), when Redis answers on REDIS_HOST /
   REDIS_PORT; its keys get a prefix of their own and are deleted afterwards.
6. After the servers are stopped, times the NLU parse of each message in
   process (both bots) and our crisis detector alone.

Prints a table with the ratio ours/stock, checks issue 8's targets, and writes
bench.json and latency.png to docs/bench/ (or --out). Run it on a quiet
machine: the load average before and after is recorded next to the figures.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIN = ROOT / ".venv" / "bin"
CACHE = ROOT / "var" / "bench"
DEFAULT_OUT = ROOT / "docs" / "bench"
USERS = 20
MESSAGES_PER_USER = 30
SEED = 8
REQUEST_TIMEOUT_SECONDS = 60
READY_TIMEOUT_SECONDS = 300

OURS_AS_MAKE_RUN = "as `make run` starts it: one Rasa process, conversations in memory (endpoints.yml), action server"

# Issue 8's targets for our bot.
TARGET_THROUGHPUT_RATIO = 2.0
TARGET_P95_MS = 500
TARGET_PEAK_RSS_MB = 1200
TARGET_READY_SECONDS = 40

# The load: what people send. Openings start every conversation; journey
# messages are fresh wording of the three journeys; payloads are the buttons
# the bot offers; small talk is the rest of a real conversation.
OPENINGS = (
    "hi",
    "hello",
    "hey there",
    "hi, i'm thinking about starting therapy",
    "good evening",
)
JOURNEY_MESSAGES = (
    "i find it really hard to trust a therapist with anything personal",
    "what if my counsellor tells someone what i said",
    "i'm worried they'll judge me for the things i've done",
    "i don't think talking to a stranger can really help",
    "how long does it take to feel comfortable with a therapist",
    "can i ask for a therapist who shares my background",
    "i want more practical tools and less talking about the past",
    "she keeps pushing me to talk about things i'm not ready for",
    "the sessions are too expensive and i can only do evenings",
    "how do i tell my therapist i disagree with her",
    "what happens in the first appointment",
    "i've had three sessions and i'm still not sure he's right for me",
    "my therapist keeps checking his phone while i talk",
    "how do i tell her i want to stop seeing her",
    "i'm thinking of just never going back",
    "can i ask to be referred to someone else",
    "what do you keep from this conversation",
    "can we do a quick breathing exercise",
)
BUTTON_PAYLOADS = (
    "/trust_general",
    "/needs_general",
    "/ending_unsure_fit",
    "/ending_how_to_end",
    "/ask_capabilities",
    "/grounding",
    "/affirm",
    "/deny",
)
SMALL_TALK = (
    "thanks",
    "ok",
    "that makes sense",
    "i'm not sure",
    "bye",
)
# Share of each kind after the opening.
MIX = (("journey", 0.5), ("payload", 0.3), ("small_talk", 0.2))
POOLS = {"journey": JOURNEY_MESSAGES, "payload": BUTTON_PAYLOADS, "small_talk": SMALL_TALK}


# --- pure parts (tests/scripts/test_bench.py) ---

def conversation_script(user: int, length: int = MESSAGES_PER_USER, seed: int = SEED) -> list[str]:
    """The messages one simulated person sends: an opening, then the mix. Same user and seed, same script."""
    generator = random.Random(seed * 100_003 + user)
    kinds = [kind for kind, _ in MIX]
    weights = [weight for _, weight in MIX]
    script = [generator.choice(OPENINGS)]
    for kind in generator.choices(kinds, weights=weights, k=length - 1):
        script.append(generator.choice(POOLS[kind]))
    return script[:length]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), linearly interpolated between the closest ranks (numpy's default)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def ratio(ours: float | None, stock: float | None) -> float | None:
    """ours / stock, or None when either is missing or stock is zero."""
    if ours is None or stock is None or stock == 0:
        return None
    return ours / stock


def process_tree(roots: list[int], parents: dict[int, int]) -> set[int]:
    """The roots and every descendant, given each live process's parent."""
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    tree, pending = set(), list(roots)
    while pending:
        pid = pending.pop()
        if pid in tree:
            continue
        tree.add(pid)
        pending.extend(children.get(pid, ()))
    return tree


@dataclass
class LoadResult:
    latencies_ms: list[float]
    errors: int
    empty_replies: int
    seconds: float

    @property
    def messages(self) -> int:
        return len(self.latencies_ms) + self.errors

    def summary(self) -> dict:
        ok = self.latencies_ms
        return {
            "messages": self.messages,
            "throughput_msg_per_s": round(len(ok) / self.seconds, 2) if self.seconds else None,
            "p50_ms": round(percentile(ok, 50), 1) if ok else None,
            "p95_ms": round(percentile(ok, 95), 1) if ok else None,
            "p99_ms": round(percentile(ok, 99), 1) if ok else None,
            "max_ms": round(max(ok), 1) if ok else None,
            "errors": self.errors,
            "empty_replies": self.empty_replies,
            "load_seconds": round(self.seconds, 2),
        }


def comparison(ours: dict, stock: dict) -> dict:
    """Ratio ours/stock of every figure both bots have."""
    keys = ("throughput_msg_per_s", "p50_ms", "p95_ms", "p99_ms", "peak_rss_mb", "ready_seconds",
            "training_seconds", "nlu_parse_ms")
    return {key: (round(value, 2) if (value := ratio(ours.get(key), stock.get(key))) is not None else None)
            for key in keys}


def target_checks(ours: dict, ratios: dict) -> dict[str, bool]:
    return {
        f"throughput >= {TARGET_THROUGHPUT_RATIO}x stock": (ratios.get("throughput_msg_per_s") or 0)
        >= TARGET_THROUGHPUT_RATIO,
        f"p95 <= {TARGET_P95_MS} ms": (ours.get("p95_ms") or float("inf")) <= TARGET_P95_MS,
        f"peak RSS <= {TARGET_PEAK_RSS_MB} MB": (ours.get("peak_rss_mb") or float("inf")) <= TARGET_PEAK_RSS_MB,
        f"start to ready <= {TARGET_READY_SECONDS} s": (ours.get("ready_seconds") or float("inf"))
        <= TARGET_READY_SECONDS,
        "no errors": ours.get("errors", 1) == 0,
    }


# --- processes and memory ---

def _parents() -> dict[int, int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces.
        parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def _proc_kb(pid: int, file: str, field: str) -> int:
    """A kB figure of /proc/<pid>/<file> (0 once the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class PeakMemory:
    """Samples the summed RSS and PSS of a process tree every 200 ms; keeps the peaks and the most processes seen."""

    def __init__(self, roots: list[int]) -> None:
        self.roots = roots
        self.peak_kb = 0
        self.peak_pss_kb = 0
        self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> int:
        """The tree's summed RSS in kB now (and the PSS peak updated on the way)."""
        tree = process_tree(self.roots, _parents())
        total = sum(_proc_kb(pid, "status", "VmRSS:") for pid in tree)
        self.peak_kb = max(self.peak_kb, total)
        self.peak_pss_kb = max(self.peak_pss_kb, sum(_proc_kb(pid, "smaps_rollup", "Pss:") for pid in tree))
        self.processes = max(self.processes, len(tree))
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(0.2)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- training (cached) ---

@dataclass
class Bot:
    name: str
    model: Path
    project: Path
    training_seconds: float
    trained_now: bool
    rasa_args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    action_server: bool = False


def _cached_training(folder: Path, key: str) -> float | None:
    record = folder / "training.json"
    if not record.exists():
        return None
    data = json.loads(record.read_text())
    model = Path(data.get("model", ""))
    return data["seconds"] if data.get("key") == key and model.exists() else None


def _record_training(folder: Path, key: str, model: Path, seconds: float) -> None:
    (folder / "training.json").write_text(json.dumps({"key": key, "model": str(model), "seconds": seconds}))


def stock_bot() -> Bot:
    """`rasa init --no-prompt` (which trains its model), made once and cached in var/bench/stock."""
    folder = CACHE / "stock"
    project = folder / "project"
    key = f"rasa-init-{_rasa_version()}"
    models = sorted((project / "models").glob("*.tar.gz")) if project.exists() else []
    seconds = _cached_training(folder, key)
    if seconds is not None and models:
        return Bot("stock", models[-1], project, seconds, trained_now=False)
    shutil.rmtree(folder, ignore_errors=True)
    project.mkdir(parents=True)
    print("bench: creating and training the stock `rasa init` bot (once; cached in var/bench/stock)", flush=True)
    started = time.perf_counter()
    with (folder / "init.log").open("w") as log:
        subprocess.run([str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(project)],
                       cwd=folder, check=True, stdout=log, stderr=subprocess.STDOUT, env=_quiet_env())
    seconds = time.perf_counter() - started
    [model] = sorted((project / "models").glob("*.tar.gz"))
    _record_training(folder, key, model, seconds)
    return Bot("stock", model, project, seconds, trained_now=True)


def our_bot() -> Bot:
    """Our bot trained from this checkout into var/bench/ours; retrained whenever its inputs change."""
    from scripts.train import fingerprint

    folder = CACHE / "ours"
    key = fingerprint()
    model = folder / "companion.tar.gz"
    seconds = _cached_training(folder, key)
    if seconds is None or not model.exists():
        folder.mkdir(parents=True, exist_ok=True)
        print("bench: training our bot (config, domain or data changed since the cached model)", flush=True)
        started = time.perf_counter()
        with (folder / "train.log").open("w") as log:
            subprocess.run([str(BIN / "rasa"), "train", "--out", str(folder), "--fixed-model-name", "companion"],
                           cwd=ROOT, check=True, stdout=log, stderr=subprocess.STDOUT, env=_quiet_env())
        seconds = time.perf_counter() - started
        _record_training(folder, key, model, seconds)
        return Bot("ours", model, ROOT, seconds, trained_now=True, action_server=True)
    return Bot("ours", model, ROOT, seconds, trained_now=False, action_server=True)


def _rasa_version() -> str:
    from importlib.metadata import version

    return version("rasa")


def _quiet_env() -> dict[str, str]:
    return {**os.environ, "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}


def our_env(workdir: Path, rasa_port: int, action_port: int) -> dict[str, str]:
    """What `make run` gives the servers, with a throwaway theme log and the example clinic."""
    from actions.settings import load_settings

    env = {
        **{key: value for key, value in _quiet_env().items()
           if not key.startswith(("THEMES_", "RASA_", "ACTION_", "REDIS_", "TRACKER_", "TELEGRAM_", "INTAKE_"))},
        "APP_ENV": "development",
        "RASA_PORT": str(rasa_port),
        "ACTION_PORT": str(action_port),
        "THEMES_DB_URL": f"sqlite:///{workdir / 'themes.db'}",
        "THEMES_SPOOL_PATH": str(workdir / "spool.db"),
        "THEMES_SECRET": "bench-only-secret",
    }
    settings = load_settings(env=env)
    return {**env, **settings.widget_env(), **settings.telegram_env(), **settings.intake_env(),
            **settings.endpoints_env()}


# --- one bot under load ---

async def _drive(url: str, scripts: list[list[str]], run_id: str) -> LoadResult:
    import aiohttp

    latencies: list[float] = []
    errors = 0
    empty = 0
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)

    async def person(session: aiohttp.ClientSession, user: int, script: list[str]) -> None:
        nonlocal errors, empty
        sender = f"bench-{run_id}-{user}"
        for message in script:
            started = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": message}) as response:
                    body = await response.json(content_type=None)
                    ok = response.status == 200
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
                ok, body = False, None
            elapsed = (time.perf_counter() - started) * 1000
            if not ok:
                errors += 1
                continue
            latencies.append(elapsed)
            if not body:
                empty += 1

    connector = aiohttp.TCPConnector(limit=len(scripts))
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(person(session, user, script) for user, script in enumerate(scripts)))
        seconds = time.perf_counter() - started
    return LoadResult(latencies, errors, empty, seconds)


def _wait_ready(url: str, processes: list[subprocess.Popen], logs: list[Path]) -> None:
    import requests

    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        for process, log in zip(processes, logs, strict=True):
            if process.poll() is not None:
                raise RuntimeError(f"{log.name}: exited with {process.returncode} before ready:\n"
                                   f"{log.read_text()[-3000:]}")
        try:
            response = requests.post(url, json={"sender": "bench-ready-probe", "message": "hi"}, timeout=5)
            if response.status_code == 200 and response.json():
                return
        except (requests.ConnectionError, requests.Timeout, ValueError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"not ready after {READY_TIMEOUT_SECONDS} s; see {logs[-1]}")


@dataclass
class Profile:
    """How ours is started: endpoints file and extra environment (Redis keys, Sanic workers)."""
    name: str
    endpoints: str
    env: dict[str, str]
    workers: int = 1


def production_profile(workers: int, key_prefix: str) -> Profile:
    """endpoints.production.yml on this machine's Redis, under a key prefix of this run only."""
    return Profile(f"production-{workers}w", "endpoints.production.yml",
                   {"REDIS_KEY_PREFIX": key_prefix, "SANIC_WORKERS": str(workers),
                    # Long enough for the run; the keys are deleted right after it anyway.
                    "TRACKER_EXPIRY_SECONDS": "900"}, workers)


def _redis(env: dict[str, str]):
    """A client for the Redis the production profile would use, or None when it does not answer."""
    import redis

    client = redis.Redis(host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), password=env["REDIS_PASSWORD"] or None,
                         socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError:
        return None
    return client


def delete_bench_keys(env: dict[str, str], key_prefix: str) -> int:
    """Removes this run's tracker and lock keys (tracker and lock databases)."""
    import redis

    deleted = 0
    for database in {env["REDIS_TRACKER_DB"], env["REDIS_LOCK_DB"]}:
        client = redis.Redis(host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]),
                             password=env["REDIS_PASSWORD"] or None, db=int(database))
        keys = list(client.scan_iter(match=f"{key_prefix}*", count=500))
        if keys:
            deleted += client.delete(*keys)
    return deleted


def run_bot(bot: Bot, scripts: list[list[str]], logs: Path, profile: Profile | None = None) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix=f"bench-{bot.name}-"))
    rasa_port, action_port = free_port(), free_port()
    env = our_env(workdir, rasa_port, action_port) if bot.action_server else _quiet_env()
    commands = []
    if bot.action_server:
        commands.append(("actions", [str(BIN / "rasa"), "run", "actions", "--port", str(action_port),
                                     "--actions", "actions"]))
    env = {**env, **(profile.env if profile else {})}
    # Ours as `make run` starts Rasa (scripts/rasa_run.py: `rasa run` with its memory fixes).
    rasa = [str(BIN / "python"), "-m", "scripts.rasa_run"] if bot.action_server else [str(BIN / "rasa"), "run"]
    rasa += ["--port", str(rasa_port), "--model", str(bot.model)]
    if bot.action_server:
        rasa += ["--credentials", "credentials.yml", "--endpoints", profile.endpoints if profile else "endpoints.yml"]
    commands.append(("rasa", rasa))
    url = f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook"
    processes, log_paths = [], []
    print(f"bench: starting {bot.name} ({bot.model.relative_to(ROOT)}"
          f"{', ' + profile.name if profile else ''})", flush=True)
    started = time.perf_counter()
    try:
        for name, command in commands:
            log_path = logs / f"{bot.name}{'-' + profile.name if profile else ''}-{name}.log"
            log_paths.append(log_path)
            processes.append(subprocess.Popen(command, cwd=bot.project, env=env, stdout=log_path.open("w"),
                                              stderr=subprocess.STDOUT))
        with PeakMemory([process.pid for process in processes]) as memory:
            _wait_ready(url, processes, log_paths)
            ready_seconds = time.perf_counter() - started
            idle_mb = memory.sample() / 1024
            print(f"bench: {bot.name} ready in {ready_seconds:.1f} s; "
                  f"{len(scripts)} users x {len(scripts[0])} messages", flush=True)
            load = asyncio.run(_drive(url, scripts, run_id=f"{bot.name}-{int(time.time())}"))
        return {
            **load.summary(),
            "peak_rss_mb": round(memory.peak_kb / 1024, 1),
            "peak_pss_mb": round(memory.peak_pss_kb / 1024, 1),
            "processes": memory.processes,
            "idle_rss_mb": round(idle_mb, 1),
            "ready_seconds": round(ready_seconds, 1),
            "training_seconds": round(bot.training_seconds, 1),
            "trained_in_this_run": bot.trained_now,
            "latencies_ms": [round(value, 2) for value in load.latencies_ms],
        }
    finally:
        for process in reversed(processes):
            stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


# --- per-message costs, in process ---

def nlu_parse_ms(model: Path, messages: list[str], env: dict[str, str] | None = None,
                 as_served: bool = False) -> float:
    """Median time of the model's NLU parse of one message (graph run, no HTTP, no dialogue).

    `as_served`: with our serving fixes installed, as in our Rasa server (components/rasa_speedups.py).
    """
    code = (
        ("from components.rasa_speedups import install; install()\n" if as_served else "")
        + "import asyncio, json, sys, time, statistics\n"
        "from rasa.core.agent import load_agent\n"
        "agent = asyncio.run(load_agent(model_path=sys.argv[1]))\n"
        "messages = json.loads(sys.stdin.read())\n"
        "async def main():\n"
        "    for text in messages[:20]:\n"
        "        await agent.parse_message(text)\n"
        "    times = []\n"
        "    for text in messages:\n"
        "        started = time.perf_counter()\n"
        "        await agent.parse_message(text)\n"
        "        times.append((time.perf_counter() - started) * 1000)\n"
        "    print(json.dumps(statistics.median(times)))\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run([str(BIN / "python"), "-c", code, str(model)], input=json.dumps(messages), text=True,
                          capture_output=True, cwd=ROOT, env=env or _quiet_env(), check=True)
    return float(done.stdout.strip().splitlines()[-1])


def crisis_detector_ms(messages: list[str]) -> float:
    """Mean time of the crisis patterns on one message (they run on every message, before any model)."""
    from components.crisis_patterns import detect_crisis

    for text in messages:
        detect_crisis(text)
    started = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for text in messages:
            detect_crisis(text)
    return (time.perf_counter() - started) * 1000 / (rounds * len(messages))


# --- report ---

def print_table(results: dict, ratios: dict) -> None:
    ours, stock = results["ours"], results["stock"]
    rows = [
        ("throughput (msg/s)", "throughput_msg_per_s", "{:.1f}"),
        ("p50 latency (ms)", "p50_ms", "{:.0f}"),
        ("p95 latency (ms)", "p95_ms", "{:.0f}"),
        ("p99 latency (ms)", "p99_ms", "{:.0f}"),
        ("errors", "errors", "{}"),
        ("peak RSS (MB)", "peak_rss_mb", "{:.0f}"),
        ("start to ready (s)", "ready_seconds", "{:.1f}"),
        ("training (s)", "training_seconds", "{:.0f}"),
        ("NLU parse (ms/msg)", "nlu_parse_ms", "{:.1f}"),
    ]
    print(f"\n| {'':22} | {'ours':>9} | {'stock':>9} | {'ours/stock':>10} |")
    print(f"|{'-' * 24}|{'-' * 11}|{'-' * 11}|{'-' * 12}|")
    for label, key, form in rows:
        cell = lambda value, form=form: form.format(value) if value is not None else "-"  # noqa: E731
        ratio_text = f"{ratios[key]:.2f}" if ratios.get(key) is not None else "-"
        print(f"| {label:22} | {cell(ours.get(key)):>9} | {cell(stock.get(key)):>9} | {ratio_text:>10} |")
    print(f"| {'crisis detector (ms/msg)':22} | {ours['crisis_detector_ms']:>9.3f} | {'-':>9} | {'-':>10} |")


def run_production(bot: Bot, scripts: list[list[str]], logs: Path) -> dict[str, dict]:
    """Ours on endpoints.production.yml with one, then two Sanic workers; {} when Redis does not answer."""
    env = our_env(Path(tempfile.gettempdir()), free_port(), free_port())
    if _redis(env) is None:
        print(f"bench: no Redis at {env['REDIS_HOST']}:{env['REDIS_PORT']}: production profile skipped", flush=True)
        return {}
    results = {}
    for workers in (1, 2):
        key_prefix = f"bench{int(time.time())}w{workers}"
        profile = production_profile(workers, key_prefix)
        try:
            figures = run_bot(bot, scripts, logs, profile)
        finally:
            delete_bench_keys(env, key_prefix)
        results[f"{workers}_worker{'s' if workers > 1 else ''}"] = {
            "configuration": f"production profile: endpoints.production.yml (Redis tracker and lock store), "
                             f"SANIC_WORKERS={workers}, action server",
            "sanic_workers": workers, **figures}
        shown = {key: value for key, value in figures.items() if key != "latencies_ms"}
        print(f"bench: ours, production profile, {workers} Sanic worker(s): {json.dumps(shown)}", flush=True)
    return results


def print_production(production: dict[str, dict], stock: dict | None) -> None:
    print("\nours on the production profile (Redis tracker and lock store), by Sanic workers:")
    print(f"| {'':22} | " + " | ".join(f"{name:>10}" for name in production) + " |")
    for label, key, form in (("throughput (msg/s)", "throughput_msg_per_s", "{:.1f}"), ("p95 latency (ms)", "p95_ms", "{:.0f}"),
                             ("peak RSS, summed (MB)", "peak_rss_mb", "{:.0f}"), ("peak PSS (MB)", "peak_pss_mb", "{:.0f}"),
                             ("start to ready (s)", "ready_seconds", "{:.1f}"), ("errors", "errors", "{}")):
        print(f"| {label:22} | " + " | ".join(f"{form.format(run[key]):>10}" for run in production.values()) + " |")
    if stock:
        print(f"| {'throughput / stock':22} | " + " | ".join(
            f"{ratio(run['throughput_msg_per_s'], stock['throughput_msg_per_s']):>10.2f}" for run in production.values())
              + " |")


def write_chart(results: dict, path: Path, production: dict[str, dict] | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(8, 4.5))
    runs = [("stock", results["stock"], "#c0504d", "-"), ("ours (make run)", results["ours"], "#2e75b6", "-")]
    for (name, run), colour in zip((production or {}).items(), ("#70ad47", "#7030a0"), strict=False):
        runs.append((f"ours, Redis profile, {name.replace('_', ' ')}", run, colour, "--"))
    for name, run, colour, style in runs:
        values = sorted(run["latencies_ms"])
        if not values:
            continue
        share = [100 * (index + 1) / len(values) for index in range(len(values))]
        axis.plot(values, share, color=colour, linestyle=style,
                  label=f"{name}: {run['throughput_msg_per_s']:.1f} msg/s, p95 {run['p95_ms']:.0f} ms")
    axis.axvline(TARGET_P95_MS, color="grey", linestyle="--", linewidth=1, label=f"p95 target {TARGET_P95_MS} ms")
    axis.set_xscale("log")
    axis.set_xlabel("reply latency (ms, log scale)")
    axis.set_ylabel("messages answered within (%)")
    axis.set_title(f"REST webhook, {USERS} concurrent users x {MESSAGES_PER_USER} messages (closed loop)")
    axis.grid(True, which="both", alpha=0.3)
    axis.legend(loc="lower right", fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for bench.json and latency.png")
    parser.add_argument("--only", choices=("ours", "stock"), help="bench one bot (no comparison)")
    parser.add_argument("--no-production", action="store_true",
                        help="skip ours on the production profile (Redis, one and two Sanic workers)")
    args = parser.parse_args()

    scripts = [conversation_script(user) for user in range(USERS)]
    all_messages = [message for script in scripts for message in script]
    logs = CACHE / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    print(f"bench: load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} "
          f"on {os.cpu_count()} CPUs (run it on a quiet machine)", flush=True)

    bots = {"stock": stock_bot, "ours": our_bot}
    names = [args.only] if args.only else ["stock", "ours"]
    results: dict[str, dict] = {}
    for name in names:
        bot = bots[name]()
        results[name] = run_bot(bot, scripts, logs)
        env = None
        if bot.action_server:
            env = our_env(Path(tempfile.gettempdir()), free_port(), free_port())
        results[name]["nlu_parse_ms"] = round(nlu_parse_ms(bot.model, all_messages, env, as_served=bot.action_server), 2)
        figures = {key: value for key, value in results[name].items() if key != "latencies_ms"}
        print(f"bench: {name}: {json.dumps(figures)}", flush=True)
    production: dict[str, dict] = {}
    if "ours" in results and not args.no_production:
        production = run_production(our_bot(), scripts, logs)
    if "ours" in results:
        results["ours"]["crisis_detector_ms"] = round(crisis_detector_ms(all_messages), 4)
        results["ours"]["configuration"] = OURS_AS_MAKE_RUN
    load_after = os.getloadavg()

    report = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "load_average_before": load_before, "load_average_after": load_after},
        "load": {"users": USERS, "messages_per_user": MESSAGES_PER_USER, "seed": SEED,
                 "mix": dict(MIX), "channel": "REST webhook, closed loop"},
        **results,
    }
    if production:
        report["ours_production_profile"] = production
        if "stock" in results:
            # The same targets for each production run (peak RSS summed over the processes, as above).
            report["targets_production_profile"] = {
                name: target_checks(run, comparison(run, results["stock"])) for name, run in production.items()}
    if len(results) == 2:
        ratios = comparison(results["ours"], results["stock"])
        report["ours_over_stock"] = ratios
        report["targets"] = target_checks(results["ours"], ratios)
        print_table(results, ratios)
        print()
        for target, met in report["targets"].items():
            print(f"  {'PASS' if met else 'FAIL'}  {target}")
    else:
        print(json.dumps({key: value for key, value in results[names[0]].items() if key != "latencies_ms"}, indent=1))
    if production:
        print_production(production, results.get("stock"))
        for name, checks in report.get("targets_production_profile", {}).items():
            print(f"  production profile, {name.replace('_', ' ')}: " + ", ".join(
                f"{'PASS' if met else 'FAIL'} {target}" for target, met in checks.items()))
    print(f"\nload average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(report, indent=1) + "\n")
    if len(results) == 2:
        write_chart(results, args.out / "latency.png", production)
    print(f"wrote {args.out / 'bench.json'}" + (f" and {args.out / 'latency.png'}" if len(results) == 2 else ""))
    return 0 if len(results) < 2 or all(report["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
