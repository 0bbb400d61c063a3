#!/usr/bin/env bash
# Installs everything mindful_clinic needs on a fresh Debian/Ubuntu machine:
# the system libraries Qt needs, then the app in a virtual environment at .venv.
#   bash scripts/install.sh          the app
#   bash scripts/install.sh --test   the app and its test tools
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if command -v apt-get >/dev/null 2>&1; then
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends \
    python3 python3-venv python3-pip \
    libegl1 libgl1 libfontconfig1 fonts-dejavu-core libdbus-1-3 libglib2.0-0 libxkbcommon0 \
    libx11-6 xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 \
    libpulse0 >/dev/null
  if [ "${1:-}" = "--test" ]; then
    # What the tests drive for real: menu-entry validators, a private D-Bus for the notification
    # and presence tests, two Syncthing instances, and the AT-SPI bus a screen reader listens on.
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      --no-install-recommends \
      desktop-file-utils appstream dbus dbus-daemon syncthing \
      at-spi2-core gir1.2-atspi-2.0 python3-gi xdotool libatk-adaptor >/dev/null
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
# The translations (.qm) an editable install reads from the source tree; a wheel builds its own.
PYTHON=.venv/bin/python bash scripts/build_translations.sh || echo "translations not built: the app will speak English"
# Byte-compile once, as a wheel install would: the app then starts without compiling its modules,
# even where PYTHONDONTWRITEBYTECODE is set.
.venv/bin/python -m compileall -q mindful_clinic audio >/dev/null || true
echo "mindful_clinic installed in .venv"
