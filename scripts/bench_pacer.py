"""A real 60-second paced session on the real clock, measured from outside the pacer.

* ``pacer_end_error_ms``: when the screen said "finished" minus the planned end.
* ``pacer_max_phase_error_ms``: at every repaint, the elapsed time the screen shows minus the elapsed
  time computed independently from ``time.monotonic()`` and the moment the session started.
* ``pacer_cpu_pct``: process CPU time over the minute, as a percentage of one core.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.time.clock import SystemClock
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.shell import theme

DURATION = float(sys.argv[1])
qapp = QApplication([])
theme.apply(qapp, theme.LIGHT)
pattern = next(p for p in load_shipped_patterns() if p.id == "even_5_5")
clock = SystemClock()
session = PracticeSession(pattern.timeline(DURATION), clock)
view = PacerView(pattern, session, pattern.effective_phases(), clock)
view.resize(1100, 760)
view.show()
errors = []

class PaintWatcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and started is not None and not session.is_over:
            independent = time.monotonic() - started
            errors.append(abs(independent - view.shown_elapsed_s) * 1000)
        return False

watcher = PaintWatcher()
view.shape.installEventFilter(watcher)
result = {}

def ended(completed):
    result["end_error_ms"] = (time.monotonic() - session.finish_monotonic) * 1000
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    result["cpu_s"] = cpu.ru_utime + cpu.ru_stime - cpu0
    result["wall_s"] = time.monotonic() - started
    qapp.quit()

view.ended.connect(ended)
started = None

def begin():
    global started, cpu0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = usage.ru_utime + usage.ru_stime
    view.begin()
    started = session._started_at

QTimer.singleShot(200, begin)
qapp.exec()
result["max_phase_error_ms"] = max(errors) if errors else None
result["repaints"] = len(errors)
print(json.dumps(result))
"""


def measure(duration_s: float = 60.0) -> dict[str, float]:
    env = {**os.environ, "MINDFUL_CLINIC_DATA_DIR": tempfile.mkdtemp(prefix="mc-bench-")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(duration_s)],
        capture_output=True, text=True, env=env, check=True, timeout=duration_s + 60,
    )  # fmt: skip
    import json

    r = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "pacer_end_error_ms": round(r["end_error_ms"], 2),
        "pacer_max_phase_error_ms": round(r["max_phase_error_ms"], 2),
        "pacer_cpu_pct": round(100 * r["cpu_s"] / r["wall_s"], 2),
        "pacer_repaints": r["repaints"],
    }


_ = (resource, time)  # used by the child; imported here so a missing module fails early

if __name__ == "__main__":
    print(measure(float(sys.argv[1]) if len(sys.argv) > 1 else 60.0))
