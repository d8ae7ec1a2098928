#!/usr/bin/env bash
# `make test`: everything CI checks; it fails on the first check that fails.
#
# Time (CI has 2 cores): every check that needs the model waits for training,
# and pytest is the longest of them while it uses about 0.8 of a core (it
# mostly waits on its servers). So training and pytest run in the foreground,
# and the other checks run beside them at low priority (nice), taking only the
# CPU these leave idle: NLU cross-validation (it trains its own folds) from the
# start, the crisis corpus and the test stories beside pytest. Their logs are in
# results/ and they report at the end. Data validation and ruff run beside training.
# numpy's OpenBLAS gets one thread per process (but training): with several processes
# on 2 cores its extra threads only spin (evaluate_safety: same time, a third less CPU).
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLALCHEMY_SILENCE_UBER_WARNING=1 ACTION_PORT="${ACTION_PORT:-5055}" OPENBLAS_NUM_THREADS=1
RASA=.venv/bin/rasa
step() { printf '\n==> %s\n' "$*"; }
mkdir -p results

background_pids=()
trap 'kill "${background_pids[@]}" 2>/dev/null || true' EXIT
beside() { # log command...: run at low priority in the background; its pid is in $last_pid
  local log=$1
  shift
  nice -n 10 "$@" > "$log" 2>&1 &
  last_pid=$!
  background_pids+=("$last_pid")
}
# Waits for a background check; on failure shows the end of its log and stops here.
outcome() { # name log pid
  local rc=0
  wait "$3" || rc=$?
  if [ "$rc" -ne 0 ]; then
    tail -n 60 "$2"
    echo "$1 failed (exit $rc); whole log: $2" >&2
    exit "$rc"
  fi
}

step "started in the background: NLU cross-validation (results/nlu-cv.log)"
beside results/nlu-cv.log .venv/bin/python -m scripts.nlu_cv
nlu_cv_pid=$last_pid

# Training is on the critical path: it starts now, at full priority and with OpenBLAS's own
# threads (standalone it uses ~1.4 cores), beside the two fast checks.
step "started: training, only if data, domain or config changed (results/train.log)"
env -u OPENBLAS_NUM_THREADS .venv/bin/python -m scripts.train > results/train.log 2>&1 &
train_pid=$!
background_pids+=("$train_pid")

step "rasa data validate --fail-on-warning"
$RASA data validate --fail-on-warning

step "ruff"
.venv/bin/ruff check actions components channels scripts tests

step "train"
outcome "training" results/train.log "$train_pid"
grep -a -E "^train: |model is trained and saved" results/train.log

step "started in the background: the crisis safety net on its corpus (results/safety.log) and the test stories (results/core.log)"
beside results/safety.log .venv/bin/python -m scripts.evaluate_safety --require-model
safety_pid=$last_pid
beside results/core.log $RASA test core --stories tests/ --model models/companion.tar.gz \
  --fail-on-prediction-errors --out results/core
core_pid=$last_pid

step "pytest (unit tests and real-process integration tests)"
.venv/bin/pytest -q -p no:cacheprovider --durations=15

step "crisis safety net on its labelled corpus: recall 100 %, false alarms <= 5 %"
outcome "the crisis safety net" results/safety.log "$safety_pid"
sed -n '/^corpus:/,$p' results/safety.log

step "rasa test core: every journey's test stories"
outcome "rasa test core" results/core.log "$core_pid"
grep -a -E "Evaluating [0-9]+ stories|Evaluation Results on|Correct:" results/core.log

step "NLU cross-validation (3 folds): intent macro F1 must be >= 0.90"
outcome "NLU cross-validation" results/nlu-cv.log "$nlu_cv_pid"
trap - EXIT
grep -a -E "^(NLU cross-validation|weakest intents)" results/nlu-cv.log
