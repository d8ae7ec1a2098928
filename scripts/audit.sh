#!/usr/bin/env bash
# `make audit`: known vulnerabilities in the pinned Python packages (pip-audit) and the widget's npm
# packages (npm audit). Not part of `make test`: both need advisory data from the internet, and
# when it cannot be reached this says so plainly instead of passing or failing on no data.
# Exit status: 0 no known vulnerabilities, 1 findings (listed), 3 an advisory source was unreachable.
set -uo pipefail
cd "$(dirname "$0")/.."
AUDIT_VENV=var/audit-venv
status=0

reachable() {  # an advisory API answers at all (any HTTP status below 500 but 403/404/405, which proxies use)
  local code
  code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$@") || return 1
  [[ "$code" =~ ^[1-4][0-9][0-9]$ && "$code" != 403 && "$code" != 404 && "$code" != 405 ]]
}

printf '\n==> Python packages (requirements.lock) with pip-audit\n'
if reachable https://pypi.org/pypi/requests/2.32.3/json || reachable -X POST -d '{}' https://api.osv.dev/v1/query; then
  if [[ ! -x $AUDIT_VENV/bin/pip-audit ]]; then
    # Its own venv: pip-audit's dependencies must not change the project's pinned ones.
    ${PYTHON:-python3.10} -m venv "$AUDIT_VENV" && "$AUDIT_VENV/bin/pip" install -q pip-audit || {
      echo "audit: could not install pip-audit into $AUDIT_VENV"; status=3; }
  fi
  if [[ -x $AUDIT_VENV/bin/pip-audit ]]; then
    pip_output=$("$AUDIT_VENV/bin/pip-audit" --disable-pip --no-deps -r requirements.lock --progress-spinner off 2>&1)
    rc=$?
    skipped=$(grep -c 'could not be audited' <<<"$pip_output")
    if (( skipped > 0 )); then
      # pip-audit still says "No known vulnerabilities found" (exit 0) when it found no advisory data.
      echo "audit: NOT RUN for $skipped packages: the vulnerability service had no data for them, e.g."
      grep 'could not be audited' <<<"$pip_output" | head -3 | sed 's/^/       /'
      echo "       (pypi.org answers here, but not with advisory data). Run 'make audit' where it does."
      status=3
    else
      echo "$pip_output"
      (( rc == 0 )) || { (( rc == 1 )) && status=$(( status > 1 ? status : 1 )) || status=3; }
    fi
  fi
else
  echo "audit: NOT RUN. Neither PyPI's vulnerability API (pypi.org/pypi/<name>/json) nor osv.dev can be"
  echo "       reached from this machine, so there is no advisory data to check requirements.lock against."
  echo "       Run 'make audit' where they can be reached (see SECURITY.md, 'Dependency audit')."
  status=3
fi

printf '\n==> npm packages (package-lock.json) with npm audit\n'
npm_output=$(npm audit --package-lock-only --omit=dev 2>&1); rc=$?
if grep -qE 'audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|405 Method Not Allowed' <<<"$npm_output"; then
  echo "audit: NOT RUN. The npm registry's audit endpoint refused or could not be reached:"
  grep -E 'npm (warn|error) audit' <<<"$npm_output" | head -3 | sed 's/^/       /'
  status=3
else
  echo "$npm_output"
  (( rc == 0 )) || status=$(( status > 1 ? status : 1 ))
fi

case $status in
  0) printf '\naudit: no known vulnerabilities.\n' ;;
  1) printf '\naudit: vulnerabilities found (above): fix them or list them with reasons in SECURITY.md.\n' ;;
  *) printf '\naudit: INCOMPLETE: an advisory source was unreachable (above); this is not a clean result.\n' ;;
esac
exit $status
