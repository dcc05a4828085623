#!/usr/bin/env bash
# Installs what My Voice and its tests need, then runs every test.
#
#   bash scripts/test.sh                 # the whole suite
#   bash scripts/test.sh tests/ui -x     # any pytest arguments pass through
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh test

# Node.js 20 that setup.sh fetched when the system's node is too old (see there):
# first on PATH, so that npm and the interop tests both run on it.
runtime_bin=tests/peers/node-runtime/node_modules/.bin
if [[ -x "$runtime_bin/node" ]]; then
  export PATH="$PWD/$runtime_bin:$PATH"
fi

# The npm peer for interoperability tests (tests/peers), when it is there.
if [[ -f tests/peers/package-lock.json ]]; then
  stamp=tests/peers/node_modules/.voiceapp-lock.sha256
  want="$(sha256sum tests/peers/package-lock.json | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "[test] npm peers: up to date with tests/peers/package-lock.json."
  else
    echo "[test] npm peers: installing (npm ci) ..."
    npm ci --prefix tests/peers --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
fi

echo "[test] running pytest ..."
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest "$@" || status=$?
if ((status == 5)); then
  echo "[test] FAILED: pytest collected no tests." >&2
  exit 1
fi
exit "$status"
