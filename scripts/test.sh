#!/usr/bin/env bash
# `make test`: everything CI checks, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLALCHEMY_SILENCE_UBER_WARNING=1 ACTION_PORT="${ACTION_PORT:-5055}"
RASA=.venv/bin/rasa
step() { printf '\n==> %s\n' "$*"; }

step "rasa data validate --fail-on-warning"
$RASA data validate --fail-on-warning

step "ruff"
.venv/bin/ruff check actions components channels scripts tests

step "train (only if data, domain or config changed)"
.venv/bin/python -m scripts.train

# Cross-validation is one CPU-bound process while the tests below mostly wait on
# servers: it runs beside them on the machine's other core and reports at the end.
step "NLU cross-validation (started in the background, reported last)"
mkdir -p results
.venv/bin/python -m scripts.nlu_cv > results/nlu-cv.log 2>&1 &
NLU_CV_PID=$!
trap 'kill "$NLU_CV_PID" 2>/dev/null || true' EXIT

step "crisis safety net on its labelled corpus: recall 100 %, false alarms <= 5 %"
.venv/bin/python -m scripts.evaluate_safety --require-model

step "pytest (unit tests and real-process integration tests)"
.venv/bin/pytest -q -p no:cacheprovider

step "rasa test core: every journey's test stories"
$RASA test core --stories tests/ --model models/companion.tar.gz --fail-on-prediction-errors --out results/core

step "NLU cross-validation (3 folds): intent macro F1 must be >= 0.90"
if wait "$NLU_CV_PID"; then NLU_CV_RC=0; else NLU_CV_RC=$?; fi
trap - EXIT
if [ "$NLU_CV_RC" -ne 0 ]; then
  tail -n 40 results/nlu-cv.log
  echo "NLU cross-validation failed (exit $NLU_CV_RC)" >&2
  exit "$NLU_CV_RC"
fi
grep -a -E "^(NLU cross-validation|weakest intents)" results/nlu-cv.log
