#!/usr/bin/env bash
# Build the one-folder bundle: dist/mindful-clinic/ with the executable dist/mindful-clinic/mindful-clinic,
# which runs without Python installed (the window and every command-line command).
#
#   scripts/build_bundle.sh            # uses .venv (made by scripts/install.sh); installs PyInstaller there
#   PYTHON=/path/to/python scripts/build_bundle.sh
#
# The spec compiles the translations (.ts to .qm) with setup.py's compile step, as the wheel build
# does, and stops if German cannot be compiled. Prints the unpacked size at the end. What the bundle
# holds and why: docs/bundle.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    "$PYTHON" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi
# The icons are committed; make them again only if someone deleted them.
if [ ! -f packaging/icons/hicolor/512x512/apps/mindful-clinic.png ]; then
    QT_QPA_PLATFORM=offscreen "$PYTHON" scripts/make_icons.py
fi
rm -rf dist/mindful-clinic build/pyinstaller
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/mindful-clinic.spec
test -x dist/mindful-clinic/mindful-clinic
echo "build_bundle: dist/mindful-clinic/ is $(du -sh dist/mindful-clinic | cut -f1) unpacked"
