"""`make bench` (scripts/bench.py): the parts that decide what the printed figures mean.

No timing here: the benchmark itself prints figures and is run by hand on a quiet machine.
"""
from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from scripts.bench import (
    BUTTON_PAYLOADS,
    JOURNEY_MESSAGES,
    MESSAGES_PER_USER,
    OPENINGS,
    SMALL_TALK,
    USERS,
    LoadResult,
    PeakMemory,
    comparison,
    conversation_script,
    delete_bench_keys,
    percentile,
    process_tree,
    production_profile,
    ratio,
    target_checks,
)


@pytest.mark.parametrize("q", [0, 50, 90, 95, 99, 100])
def test_percentiles_match_numpy(q):
    values = [float(value) for value in np.random.default_rng(3).lognormal(4, 1, size=601)]
    assert percentile(values, q) == pytest.approx(float(np.percentile(values, q)))


def test_percentile_of_one_value_is_that_value_and_of_none_is_an_error():
    assert percentile([42.0], 95) == 42.0
    with pytest.raises(ValueError):
        percentile([], 95)


def test_the_ratio_is_ours_over_stock_and_missing_when_it_cannot_be_computed():
    assert ratio(50.0, 20.0) == 2.5
    assert ratio(50.0, 0.0) is None
    assert ratio(None, 20.0) is None
    ratios = comparison({"throughput_msg_per_s": 45.0, "p95_ms": 300.0}, {"throughput_msg_per_s": 20.0, "p95_ms": 1350.0})
    assert ratios["throughput_msg_per_s"] == 2.25
    assert ratios["p95_ms"] == 0.22
    assert ratios["peak_rss_mb"] is None


def test_targets_fail_when_any_figure_misses_and_pass_when_all_meet():
    ours = {"p95_ms": 300.0, "peak_rss_mb": 900.0, "ready_seconds": 25.0, "errors": 0}
    assert all(target_checks(ours, {"throughput_msg_per_s": 2.3}).values())
    assert not target_checks(ours, {"throughput_msg_per_s": 1.9})["throughput >= 2.0x stock"]
    slow = target_checks({**ours, "p95_ms": 650.0}, {"throughput_msg_per_s": 3.0})
    assert [name for name, met in slow.items() if not met] == ["p95 <= 500 ms"]
    assert not target_checks({**ours, "errors": 2}, {"throughput_msg_per_s": 3.0})["no errors"]


def test_throughput_counts_only_answered_messages():
    summary = LoadResult(latencies_ms=[100.0] * 90, errors=10, empty_replies=0, seconds=10.0).summary()
    assert summary["messages"] == 100
    assert summary["throughput_msg_per_s"] == 9.0
    assert summary["errors"] == 10


def test_every_person_opens_then_mixes_journeys_buttons_and_small_talk():
    scripts = [conversation_script(user) for user in range(USERS)]
    assert all(len(script) == MESSAGES_PER_USER for script in scripts)
    assert all(script[0] in OPENINGS for script in scripts)
    kinds = Counter()
    for script in scripts:
        for message in script[1:]:
            kind = ("journey" if message in JOURNEY_MESSAGES else "payload" if message in BUTTON_PAYLOADS
                    else "small_talk" if message in SMALL_TALK else "opening" if message in OPENINGS else "?")
            kinds[kind] += 1
    total = sum(kinds.values())
    assert kinds["?"] == 0
    # 50 / 30 / 20 % of 580 messages, give or take sampling.
    assert 0.42 < kinds["journey"] / total < 0.58
    assert 0.23 < kinds["payload"] / total < 0.37
    assert 0.14 < kinds["small_talk"] / total < 0.26
    # Not everyone says the same thing.
    assert len({tuple(script) for script in scripts}) == USERS


def test_both_bots_get_the_same_load_on_every_run():
    assert [conversation_script(user) for user in range(USERS)] == [conversation_script(user) for user in range(USERS)]
    assert conversation_script(0, seed=1) != conversation_script(0, seed=2)


def test_the_process_tree_holds_the_roots_and_all_their_descendants_only():
    parents = {1: 0, 10: 1, 11: 10, 12: 11, 20: 1, 21: 20, 30: 1}
    assert process_tree([10, 20], parents) == {10, 11, 12, 20, 21}


def test_peak_memory_adds_up_the_children_of_the_measured_process():
    alone = PeakMemory([os.getpid()]).sample()
    # A child holding 150 MB, as the action server is a child of nothing we measure otherwise.
    child = subprocess.Popen([sys.executable, "-c", "import sys, time; b = bytearray(150_000_000); "
                              "b[::4096] = b'x' * len(b[::4096]); print('ready', flush=True); time.sleep(30)"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        memory = PeakMemory([os.getpid()])
        with_child = memory.sample()
    finally:
        child.kill()
        child.wait()
    assert with_child - alone > 140_000  # kB
    assert memory.peak_kb == with_child


def test_peak_memory_also_keeps_the_proportional_share_and_the_number_of_processes():
    # A process of its own (this test process may have server children of other tests' fixtures).
    child = subprocess.Popen([sys.executable, "-c", "import time; print('ready', flush=True); time.sleep(30)"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        memory = PeakMemory([child.pid])
        rss_kb = memory.sample()
    finally:
        child.kill()
        child.wait()
    # PSS splits shared pages (libraries) between the processes using them: never above RSS.
    assert 0 < memory.peak_pss_kb <= rss_kb
    assert memory.processes == 1


def test_the_production_profile_runs_on_its_own_redis_keys_with_the_asked_workers():
    one, two = production_profile(1, "bench1w1"), production_profile(2, "bench1w2")
    assert one.endpoints == two.endpoints == "endpoints.production.yml"
    assert (one.env["SANIC_WORKERS"], two.env["SANIC_WORKERS"]) == ("1", "2")
    assert one.env["REDIS_KEY_PREFIX"] != two.env["REDIS_KEY_PREFIX"]


def test_a_production_run_leaves_no_keys_of_its_own_in_redis_and_touches_no_others():
    import redis

    env = {"REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379", "REDIS_PASSWORD": "", "REDIS_TRACKER_DB": "0",
           "REDIS_LOCK_DB": "1"}
    prefix = f"benchtest{os.getpid()}"
    trackers, locks = redis.Redis(db=0), redis.Redis(db=1)
    trackers.set(f"{prefix}:tracker:a", "x")
    locks.set(f"{prefix}:lock:a", "x")
    trackers.set(f"other{prefix}:tracker:a", "x")
    try:
        assert delete_bench_keys(env, prefix) == 2
        assert not trackers.exists(f"{prefix}:tracker:a") and not locks.exists(f"{prefix}:lock:a")
        assert trackers.exists(f"other{prefix}:tracker:a")
    finally:
        trackers.delete(f"other{prefix}:tracker:a")
