#!/usr/bin/env bash
# Regenerates translations/*.ts from the UI source and builds the .qm files.
#
#   bash scripts/update_translations.sh          # update every language we have
#   bash scripts/update_translations.sh cy       # also start a new language (Welsh)
#
# Needs the .venv (bash scripts/setup.sh). .qm files are build products, not kept
# in git; scripts/setup.sh builds them too.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BIN=.venv/bin
SOURCE_LANGUAGE=en_GB
languages=("$@")
shopt -s nullglob
for ts in translations/voiceapp_*.ts; do
  lang="${ts#translations/voiceapp_}"
  languages+=("${lang%.ts}")
done
((${#languages[@]})) || languages=("$SOURCE_LANGUAGE")

mapfile -t sources < <(find voiceapp/ui -name '*.py' | LC_ALL=C sort)
for lang in $(printf '%s\n' "${languages[@]}" | LC_ALL=C sort -u); do
  ts="translations/voiceapp_${lang}.ts"
  echo "[translations] updating $ts"
  "$BIN/pyside6-lupdate" -silent -locations relative -no-obsolete \
    -source-language "$SOURCE_LANGUAGE" -target-language "$lang" \
    "${sources[@]}" -ts "$ts"
  echo "[translations] building ${ts%.ts}.qm"
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
