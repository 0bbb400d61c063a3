"""Idle cost of armed reminders: CPU seconds a minute with the window closed to the tray.

Target: ``idle_cpu_s_per_min`` <= 0.05 (peers that poll every second cost several times that).

A child process saves an every-30-minutes, a fixed-time and a calendar-gap rule with a watched
calendar file, builds the real app with ``mindful_clinic.app.root.build``, starts its reminders as
``run()`` does (tray where one exists, calendar read, one timer armed on the real clock) and hides
the window, as when closed to the tray. After a warm-up it reads its own CPU time (``getrusage``, every
thread) across the measured span and reports it per minute. ``MINDFUL_CLINIC_BENCH_IDLE_S`` shortens
the span for a quick look (default 60 s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

WARM_UP_S = 3.0
ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, resource, sys
from datetime import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
from mindful_clinic.services.storage.paths import data_dir
from mindful_clinic.services.reminders.store import ReminderStore

span_s, warm_s = float(sys.argv[1]), float(sys.argv[2])
qapp = QApplication([sys.argv[0]])
mode = "app"

# Saved rules and a watched calendar, as a clinician would have them, before the app starts.
folder = data_dir()
calendar = folder / "clinic.ics"
calendar.write_text(
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
    "DTSTART:20200106T090000\r\nDTEND:20200106T100000\r\nRRULE:FREQ=DAILY\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
    encoding="utf-8",
)
store = ReminderStore.in_folder(folder)
rules = (
    ReminderRule("i", "interval", frozenset(range(7)), every_minutes=30),
    ReminderRule("f", "fixed", frozenset(range(7)), (time(12, 30),)),
    ReminderRule("g", "gap", frozenset(range(7))),
)
store.set_config(ReminderSettings(rules=rules))
store.add_calendar(calendar)

# The real app, its window closed to the tray, its own reminder machinery started as at start-up.
from mindful_clinic.app.root import build
from mindful_clinic.app.reminders import start_reminders

app = build(qapp=qapp)
app.window.show()
has_tray = start_reminders(app.reminders, qapp, app.window)
app.window.hide()
keep = [app]

def cpu():
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime

marks = {}

def begin():
    assert app.reminders.scheduler.is_armed(), "the scheduler should have armed its timer"
    marks["cpu"] = cpu()
    QTimer.singleShot(int(span_s * 1000), end)

def end():
    used = cpu() - marks["cpu"]
    print(json.dumps({"cpu_s": used, "span_s": span_s, "mode": mode, "tray": has_tray}))
    qapp.quit()

QTimer.singleShot(int(warm_s * 1000), begin)
qapp.exec()
"""


def measure() -> dict[str, float]:
    span_s = float(os.environ.get("MINDFUL_CLINIC_BENCH_IDLE_S", "60"))
    with tempfile.TemporaryDirectory(prefix="mc-bench-idle-") as tmp:
        runtime = Path(tmp) / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "MINDFUL_CLINIC_DATA_DIR": str(Path(tmp) / "data"),
            "XDG_RUNTIME_DIR": str(runtime),
            "SDL_AUDIODRIVER": "dummy",
            "SDL_NO_SIGNAL_HANDLERS": "1",
            "PYGAME_HIDE_SUPPORT_PROMPT": "1",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        }
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(span_s), str(WARM_UP_S)],
            capture_output=True,
            text=True,
            env=env,
            timeout=span_s + 120,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"bench_idle child failed:\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"bench_idle: {result['mode']}, tray {'shown' if result['tray'] else 'absent'}, "
        f"{result['cpu_s']:.4f} s CPU over {result['span_s']:g} s",
        file=sys.stderr,
    )
    return {"idle_cpu_s_per_min": round(result["cpu_s"] * 60.0 / result["span_s"], 4)}


if __name__ == "__main__":
    print(json.dumps(measure()))
