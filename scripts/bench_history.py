"""History and page switches, each timed to a painted frame, in fresh processes.

``history_all_ms_500k``: a log of 500,000 records over forty years (opened warm, as the app finds
it); from building the History page with "All time" chosen to its table painted on screen.
``history_rss_mb_500k``: how much resident memory that page added (VmRSS after the paint minus
before building it). ``history_scroll_end_ms_500k``: the scroll bar moved from the top to the end
(the oldest practice) to painted; ``history_scroll_step_ms_500k``: the slowest of sixty moves
dragging it from the top to the end, each to painted; ``history_rss_mb_500k_end`` the page's
memory after that.

``page_switch_ms``: the whole app built on a data folder with 50,000 records; each of home
(Practise), History, Insights and Settings is shown for the first time (so a lazy page is built
then) and timed from the switch to its first frame painted with the event loop idle; the slowest
is reported, and each one under ``page_switch_ms_<key>``.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from log_sample import sample_folder

RUNS = 3

COMMON = """
import json, sys, time
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QWidget
qapp = QApplication.instance() or QApplication(sys.argv)
def rss():
    return int([l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]) / 1024

class Painted(QObject):
    '''Notes a paint of ``target`` or anything inside it; ``until_painted`` runs the event loop
    until such a paint has happened and the loop is about to wait (nothing pending).'''
    def __init__(self):
        super().__init__()
        self.target = None
        self.seen = False
        qapp.installEventFilter(self)
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.target is not None and isinstance(obj, QWidget):
            if obj is self.target or self.target.isAncestorOf(obj):
                self.seen = True
        return False
    def until_painted(self, target):
        self.target, self.seen = target, False
        dispatcher = QAbstractEventDispatcher.instance()
        loop = QEventLoop()  # not qapp.quit(): in Qt 6 that closes the windows
        def idle():
            if self.seen:
                dispatcher.aboutToBlock.disconnect(idle)
                loop.quit()
        dispatcher.aboutToBlock.connect(idle)
        loop.exec()
painted = Painted()
clock_now = datetime(2026, 1, 30, 18, 0, tzinfo=UTC)
"""

HISTORY_CHILD = (
    COMMON
    + """
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.store import LogStore
from mindful_clinic.ui.log.history import HistoryView
clock = ManualClock(clock_now)
store = LogStore(Path(sys.argv[1]), clock)
holder = QWidget()
holder.resize(1100, 760)
holder.show()
painted.until_painted(holder)
base = rss()
t0 = time.perf_counter()
view = HistoryView(store, clock, (), holder)
view.period.setCurrentIndex(view.period.findData(None))  # All time
view.resize(holder.size())
view.show()
painted.until_painted(view.table.viewport())
took = time.perf_counter() - t0
grew = rss() - base
bar = view.table.verticalScrollBar()
t1 = time.perf_counter()
bar.setValue(bar.maximum())  # straight to the oldest practice
painted.until_painted(view.table.viewport())
end = time.perf_counter() - t1
bar.setValue(0)
painted.until_painted(view.table.viewport())
steps = []
for k in range(1, 61):  # dragged from the top to the end in sixty moves
    t1 = time.perf_counter()
    bar.setValue(bar.maximum() * k // 60)
    painted.until_painted(view.table.viewport())
    steps.append(time.perf_counter() - t1)
print(json.dumps({"ms": took * 1000, "mb": grew, "end_ms": end * 1000, "step_ms": max(steps) * 1000,
                  "end_mb": rss() - base, "rows": view.model.rowCount()}))
"""
)

PAGES_CHILD = (
    COMMON
    + """
from mindful_clinic.app.root import build
from mindful_clinic.core.time.clock import ManualClock
app = build(ManualClock(clock_now), qapp, Path(sys.argv[1]))
window = app.window
window.resize(1100, 760)
window.show()
painted.until_painted(window)
app.log.open()
_ = app.log.store  # waits for the worker: the switch is timed with the log open
out = {}
for key in ("practise", "history", "insights", "settings"):
    if key == "practise":
        window.show_page("settings")  # start elsewhere, so home is switched to too
        painted.until_painted(window.page("settings"))
    t0 = time.perf_counter()
    window.show_page(key)
    painted.until_painted(window.page(key))
    out[key] = (time.perf_counter() - t0) * 1000
print(json.dumps(out))
"""
)


def _child(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["MINDFUL_CLINIC_DATA_DIR"] = tempfile.mkdtemp(prefix="mc-bench-data-")
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True, text=True, env=env, check=True, timeout=600,
        )  # fmt: skip
    finally:
        shutil.rmtree(env["MINDFUL_CLINIC_DATA_DIR"], ignore_errors=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(tmp: Path | None = None) -> dict[str, float]:
    own = tmp is None
    tmp = tmp or Path(tempfile.mkdtemp(prefix="mc-bench-history-"))
    try:
        log500 = sample_folder(500_000, tmp / "log500k")
        from datetime import UTC, datetime

        from mindful_clinic.core.time.clock import ManualClock
        from mindful_clinic.services.log.store import LogStore

        clock = ManualClock(datetime(2026, 1, 30, 18, 0, tzinfo=UTC))
        LogStore(log500, clock).close()  # warm, as the app leaves it
        history = [_child(HISTORY_CHILD, str(log500)) for _ in range(RUNS)]

        data = tmp / "data50k"
        sample_folder(50_000, data / "log")
        LogStore(data / "log", clock).close()
        pages = [_child(PAGES_CHILD, str(data)) for _ in range(RUNS)]
        out = {
            "history_all_ms_500k": round(statistics.median(h["ms"] for h in history), 1),
            "history_rss_mb_500k": round(statistics.median(h["mb"] for h in history), 1),
            "history_scroll_end_ms_500k": round(statistics.median(h["end_ms"] for h in history), 1),
            "history_scroll_step_ms_500k": round(
                statistics.median(h["step_ms"] for h in history), 1
            ),
            "history_rss_mb_500k_end": round(statistics.median(h["end_mb"] for h in history), 1),
        }
        per_page = {k: round(statistics.median(p[k] for p in pages), 1) for k in pages[0]}
        out["page_switch_ms"] = max(per_page.values())
        out.update({f"page_switch_ms_{k}": v for k, v in per_page.items()})
        return out
    finally:
        if own:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(measure(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
