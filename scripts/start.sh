#!/usr/bin/env bash
# Installs what My Voice needs (first time only) and opens it.
#
#   bash scripts/start.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh app

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "My Voice needs a screen to open on, and none was found here (DISPLAY and WAYLAND_DISPLAY are empty); for a check without a screen, run QT_QPA_PLATFORM=offscreen bash scripts/start.sh instead." >&2
  exit 1
fi

# Let a double-click on a .voice file open My Voice (this user only; quick, safe to repeat).
.venv/bin/voiceapp install-desktop --quiet || true

exec .venv/bin/voiceapp "$@"
