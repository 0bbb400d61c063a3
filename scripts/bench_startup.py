"""Start-up time and memory of the app against a bare Qt window, in fresh processes.

Each run starts a new Python process and times from just before the spawn to the moment the child
reports its window shown with the event loop idle (the first time the loop waits with the window
exposed and painted, for the app and the bare window alike); the child also reports its resident memory then.
The app starts its reminders, tray and log a moment after the window (``app.BACKGROUND_DELAY_MS``);
``services_ready_s`` and ``services_rss_mb`` report that later point too, so nothing is hidden.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5
"""Fresh processes of each kind; the app and the bare window take turns, so a change in the
machine's load during the run weighs on both alike, and the medians are compared."""

# The app is started as the ``mindful-clinic`` command starts it: through mindful_clinic.cli (with no
# arguments it imports mindful_clinic.app.root and calls ``run``); the hooks only report the moments.
APP_CHILD = """
import sys
import mindful_clinic.cli
from mindful_clinic.app.root import run
def rss():
    return [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]
def idle(app):
    print('ready', rss(), flush=True)
def services(app):
    print('services', rss(), flush=True)
    app.qapp.quit()
sys.exit(run([], on_idle=idle, on_ready=services))
"""

# The bare window is timed to the same moment as the app (``mindful_clinic.app.root.when_shown_and_idle``):
# the first time the event loop waits with the window exposed, so painted. (Until version 0.1 the
# floor was timed at a zero-delay timer after ``show()``, which fires before the first paint; the
# app's figure included its paint. The floor is now about 2 ms later than it was measured before.)
FLOOR_CHILD = """
import sys
from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
qapp = QApplication(sys.argv)
w = QMainWindow()
w.setCentralWidget(QLabel('hello'))
w.resize(1100, 760)
w.show()
def idle():
    if not w.windowHandle().isExposed():
        return
    QAbstractEventDispatcher.instance().aboutToBlock.disconnect(idle)
    rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]
    print('ready', rss, flush=True)
    qapp.quit()
QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
sys.exit(qapp.exec())
"""


def _one(code: str) -> tuple[float, float, float, float]:
    # A fresh data folder and a fresh folder of this computer's own (device id, synced folder):
    # what this machine was left with by earlier use must not weigh on the figure.
    env = {
        **os.environ,
        "MINDFUL_CLINIC_DATA_DIR": tempfile.mkdtemp(prefix="mc-bench-"),
        "MINDFUL_CLINIC_LOCAL_DIR": tempfile.mkdtemp(prefix="mc-bench-local-"),
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    parts = line.split()
    if not parts or parts[0] != "ready":
        raise RuntimeError(f"child did not start: {line!r}")
    second = proc.stdout.readline().split()  # the app's background services (absent for the floor)
    services = time.perf_counter() - start
    proc.wait(timeout=30)
    if second and second[0] == "services":
        return elapsed, int(parts[1]) / 1024, services, int(second[1]) / 1024
    return elapsed, int(parts[1]) / 1024, elapsed, int(parts[1]) / 1024


def measure() -> dict[str, float]:
    _one(FLOOR_CHILD)  # warm the disk cache so neither side pays for it
    _one(APP_CHILD)
    app_runs, floor_runs = [], []
    for _ in range(RUNS):
        app_runs.append(_one(APP_CHILD))
        floor_runs.append(_one(FLOOR_CHILD))
    return {
        "startup_s": round(statistics.median(r[0] for r in app_runs), 3),
        "floor_startup_s": round(statistics.median(r[0] for r in floor_runs), 3),
        "rss_mb": round(statistics.median(r[1] for r in app_runs), 1),
        "floor_rss_mb": round(statistics.median(r[1] for r in floor_runs), 1),
        # Also reported: when the tray, reminders and the log have started too (after the window).
        "services_ready_s": round(statistics.median(r[2] for r in app_runs), 3),
        "services_rss_mb": round(statistics.median(r[3] for r in app_runs), 1),
    }


if __name__ == "__main__":
    print(measure())
