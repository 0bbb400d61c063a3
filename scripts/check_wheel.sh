#!/usr/bin/env bash
# Proves the package as users get it: build the wheel, install it (not editable) into a fresh virtual
# environment, import every module from outside the repository, and start the window offscreen.
# A wheel that cannot start fails here (and so fails CI). Usage: bash scripts/check_wheel.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PY="${PYTHON:-python3}"

echo "check_wheel: building the wheel"
.venv/bin/python -m pip wheel -q --no-deps -w "$WORK/dist" "$REPO" >/dev/null
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q "$WORK"/dist/*.whl

cd "$WORK"  # outside the repository: only the installed wheel can be imported
export QT_QPA_PLATFORM=offscreen SDL_AUDIODRIVER=dummy
export MINDFUL_CLINIC_DATA_DIR="$WORK/data" MINDFUL_CLINIC_CACHE_DIR="$WORK/cache"
"$WORK/venv/bin/python" - "$REPO" <<'PY'
import importlib, pkgutil, sys
from pathlib import Path
import mindful_clinic
where = Path(mindful_clinic.__file__).resolve()
assert Path(sys.argv[1]).resolve() not in where.parents, f"imported from the repository: {where}"
names = [m.name for m in pkgutil.walk_packages(mindful_clinic.__path__, "mindful_clinic.")
         if not m.name.endswith("__main__")]  # __main__ runs the command
for name in names:
    importlib.import_module(name)
from importlib import resources
assert resources.files("mindful_clinic.audio").joinpath("bell_start.wav").is_file(), "sounds missing"
assert resources.files("mindful_clinic.i18n").joinpath("mindful_clinic_de.qm").is_file(), "no German .qm"
print(f"check_wheel: imported {len(names)} modules from {where.parent}")
PY
"$WORK/venv/bin/mindful-clinic" practices >/dev/null
echo "check_wheel: starting the window offscreen"
"$WORK/venv/bin/mindful-clinic" >"$WORK/window.log" 2>&1 &
PID=$!
sleep 5
if ! kill -0 "$PID" 2>/dev/null; then
  wait "$PID" || true
  echo "check_wheel: the installed app did not keep running:" >&2
  cat "$WORK/window.log" >&2
  exit 1
fi
kill "$PID"; wait "$PID" 2>/dev/null || true
if grep -q "Traceback" "$WORK/window.log"; then
  cat "$WORK/window.log" >&2
  exit 1
fi
echo "check_wheel: the installed wheel starts"
