"""What a user feels when they start: "Start" on a reminder to the first pacer frame, and a cold start.

* ``start_to_practice_ms``: the app started as the ``mindful-clinic`` command starts it, its tray,
  reminders and log running; then "Start" on a reminder (``App.start_from_reminder``, which calls
  ``PracticeFlow.start_now``) for even breathing at 60 s, timed from just before the call to the moment
  the event loop waits after the breathing shape's first paint (so the frame is on screen). Check-ins
  are turned off for the run, so the figure is the way to the practice itself, not to the
  before-rating (a screen the user answers first). The first Start after launch builds the practice
  screens, so it is the slower one and the figure reported; ``start_to_practice_again_ms`` is a
  second Start in the same process. Medians of ``RUNS`` fresh processes.
* ``cold_startup_s``: ``bench_startup``'s measure (spawn to the window shown and the loop idle), with
  the page cache dropped before each run, the app and the bare window taking turns
  (``cold_floor_startup_s``). ``warm_startup_s`` is the app in the same session without dropping.
  The cache is dropped with ``echo 3 > /proc/sys/vm/drop_caches`` (root only; it empties the cache
  of the whole machine). Elsewhere, or with ``MC_BENCH_COLD=fadvise`` on a machine shared with
  other measurements, the files the app reads are evicted one by one with
  ``posix_fadvise(POSIX_FADV_DONTNEED)``: the virtual environment, Python's own library and every
  shared library a warm run mapped. Pages another running process maps stay cached that way, so
  it is a little kinder than a true cold start; ``cold_method`` says which was used.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from bench_startup import APP_CHILD, FLOOR_CHILD, _one

RUNS = 5

START_CHILD = r"""
import sys, time
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import mindful_clinic.cli
from mindful_clinic.app.root import run
from mindful_clinic.ui.breath.pacer_shape import PacerShape

figures = []

class FirstFrame(QObject):
    def __init__(self, done):
        super().__init__()
        self.done = done
        self.painted = False
    def eventFilter(self, obj, event):
        if not self.painted and event.type() == QEvent.Type.Paint and isinstance(obj, PacerShape):
            self.painted = True
            dispatcher.aboutToBlock.connect(self.on_screen)
        return False
    def on_screen(self):
        dispatcher.aboutToBlock.disconnect(self.on_screen)
        QApplication.instance().removeEventFilter(self)
        self.done(time.perf_counter())

def start_once(app, then):
    t0 = None
    def done(t1):
        figures.append((t1 - t0) * 1000)
        app.flow.current_widget.stop()  # the practice ends; its timers stop
        QTimer.singleShot(300, then)
    watcher = FirstFrame(done)
    app._watcher = watcher
    QApplication.instance().installEventFilter(watcher)
    t0 = time.perf_counter()
    app.start_from_reminder("even_5_5", 60)

def ready(app):
    global dispatcher
    dispatcher = QAbstractEventDispatcher.instance()
    app.prefs.checkins = False  # straight to the practice (the flow is made at the first Start)
    def second():
        start_once(app, finish)
    def finish():
        print("start", *figures, flush=True)
        app.qapp.quit()
    QTimer.singleShot(2500, lambda: start_once(app, second))  # a reminder comes later than this

sys.exit(run([], on_ready=ready))
"""


def _start_run() -> tuple[float, float]:
    env = {**os.environ, "MINDFUL_CLINIC_DATA_DIR": tempfile.mkdtemp(prefix="mc-bench-")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", START_CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("start ")), "")
    if not line:
        raise RuntimeError(f"start child failed:\n{out.stderr[-2000:]}")
    first, again = (float(x) for x in line.split()[1:3])
    return first, again


# -- cold start ------------------------------------------------------------------------------------
def _mapped_files() -> set[str]:
    """Every file a warm app process maps (its shared libraries, fonts, the Qt plugins)."""
    env = {**os.environ, "MINDFUL_CLINIC_DATA_DIR": tempfile.mkdtemp(prefix="mc-bench-")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = APP_CHILD.replace(
        "print('ready', rss(), flush=True)",
        "print('ready', rss(), flush=True); print(open('/proc/self/maps').read(), flush=True)",
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    files = set()
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[5].startswith("/") and os.path.isfile(parts[5]):
            files.add(parts[5])
    return files


def _evict(paths: set[str], roots: list[str]) -> None:
    targets = set(paths)
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            targets.update(os.path.join(folder, n) for n in names)
    for path in targets:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def _can_drop_caches() -> bool:
    return os.environ.get("MC_BENCH_COLD") != "fadvise" and os.access(
        "/proc/sys/vm/drop_caches", os.W_OK
    )


def _dropper() -> tuple[str, object]:
    if _can_drop_caches():

        def drop() -> None:
            os.sync()
            Path("/proc/sys/vm/drop_caches").write_text("3\n")

        return "drop_caches", drop
    mapped = _mapped_files()
    roots = [
        sys.prefix,
        sysconfig.get_paths()["stdlib"],
        str(Path(__file__).resolve().parent.parent),
    ]

    def evict() -> None:
        os.sync()
        _evict(mapped, roots)

    return "fadvise", evict


def measure() -> dict[str, object]:
    # Python's compiled files are kept, as an installed app has them (a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module of the app at every start).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    firsts, agains = [], []
    _start_run()  # warm the disk cache
    for _ in range(RUNS):
        first, again = _start_run()
        firsts.append(first)
        agains.append(again)

    method, drop = _dropper()
    cold_app, cold_floor, warm_app = [], [], []
    for _ in range(RUNS):
        drop()  # type: ignore[operator]
        cold_app.append(_one(APP_CHILD)[0])
        drop()  # type: ignore[operator]
        cold_floor.append(_one(FLOOR_CHILD)[0])
        warm_app.append(_one(APP_CHILD)[0])
        time.sleep(0.2)
    return {
        "start_to_practice_ms": round(statistics.median(firsts), 1),
        "start_to_practice_again_ms": round(statistics.median(agains), 1),
        "cold_startup_s": round(statistics.median(cold_app), 3),
        "cold_floor_startup_s": round(statistics.median(cold_floor), 3),
        "warm_startup_s": round(statistics.median(warm_app), 3),
        "cold_method": method,
    }


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    print(measure())
