#!/usr/bin/env bash
# Compiles mindful_clinic/i18n/*.ts to the .qm files the app loads (for a source checkout and an
# editable install; a wheel build does the same in setup.py). The .qm files are not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
for ts in mindful_clinic/i18n/*.ts; do
  [ -e "$ts" ] || continue
  "$PY" -c 'from PySide6.scripts.pyside_tool import lrelease; lrelease()' -silent "$ts" -qm "${ts%.ts}.qm"
done
