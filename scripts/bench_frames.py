"""Frames: the main window's pacer and the 4K shared screen, on the real clock, from paint timestamps.

Both run in fresh processes under Xvfb (a real X server, so the X server's CPU can be read too; the
``offscreen`` platform when Xvfb is missing, said in ``frames_display``). What is measured is what
reaches the screen: every paint event of the breathing shape and of the phase word, stamped with
``time.monotonic()`` — never the timer's ticks, which say nothing about what was drawn.

* ``pacer_max_frame_gap_ms`` / ``presenter_max_frame_gap_ms_4k``: the longest time between two paints
  of the shape while what it shows changed. A longer pause in painting is allowed only when nothing
  visible changed: for each gap over 50 ms the shape is rendered twice, as painted at the gap's start
  and as the clock says it should look one frame before the gap's end; identical pixels mean the
  pause was deliberate (a hold), different pixels make it an unexplained gap, the figure reported.
  ``*_max_still_gap_ms`` reports the deliberate pauses. A gap during which the frame timer did not
  tick at all (the process was not run: the machine's load, not the view's doing) is reported apart
  as ``*_max_starved_gap_ms``, with ``*_max_tick_gap_ms``, the frame timer's own longest pause.
* ``pacer_word_delay_ms`` / ``presenter_word_delay_ms_4k``: for every phase word, when its paint
  ended (the word drawn into the window's frame, flushed to the screen right after) minus the moment
  its phase began (the largest over the run, and the median; negative would be early). The word's
  paint is run by the watcher itself so that its end can be stamped. A phase that began while the
  frame timer was stalled by the machine's load is reported apart (``*_word_delay_starved_ms``).
* ``*_word_after_wake_ms``: the part of that delay that is the view's own: from the first moment
  after the phase began at which any of the view's timers fired (the process was running) to the
  word's paint ending. Under load the rest is the wait to be scheduled at all.
* ``presenter_cpu_pct_4k``: the presenter's process CPU over the run, as a percentage of one core,
  full screen at 3840x2160; ``presenter_xserver_cpu_pct_4k`` the X server's share meanwhile.

``python scripts/bench_frames.py --quick`` (or ``bench.py --quick``) runs 15 s instead of 60 s.
``python scripts/bench_frames.py --against DIR [--rounds N] [SECONDS]`` compares this checkout with
another one (``DIR`` holding its ``mindful_clinic`` package), runs alternating in the same machine
load, and prints each side's medians and maxima over the rounds.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

FULL_S = 60.0
QUICK_S = 15.0
GAP_MS = 50.0
FLAGS = ("--against", "--rounds")

CHILD = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from mindful_clinic.core.breath.pattern import fill_at
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.group.flow import ScreenState
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.time.clock import SystemClock
from mindful_clinic.ui.breath.pacer_shape import PacerShape
from mindful_clinic.ui.shell import theme

KIND, DURATION, GAP_MS = sys.argv[1], float(sys.argv[2]), 50.0
def fail(*info):  # an error in a slot would otherwise leave the event loop running for ever
    sys.__excepthook__(*info)
    os._exit(1)
sys.excepthook = fail
qapp = QApplication([])
theme.apply(qapp, theme.LIGHT)
pattern = next(p for p in load_shipped_patterns() if p.id == "even_5_5")
phases = pattern.effective_phases()
clock = SystemClock()
timeline = pattern.timeline(DURATION)
session = PracticeSession(timeline, clock)
WORDS = {"inhale": "Breathe in", "exhale": "Breathe out", "hold": "Hold", "top_up": "A little more"}

def xserver_cpu():
    display = os.environ.get("DISPLAY", "")
    if not display or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    for pid in os.listdir("/proc"):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
        except OSError:
            continue
        if cmd and cmd[0].endswith(b"Xvfb") and display.encode() in cmd:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return None

if KIND == "pacer":
    from mindful_clinic.ui.breath.pacer_view import PacerView
    view = PacerView(pattern, session, phases, clock)
    view.resize(1100, 760)
    view.show()
    shape, word_label, timer = view.shape, view.phase_word, view.timer
    begin = view.begin
else:
    from mindful_clinic.ui.group.presenter_window import PresenterWindow
    def state():
        if getattr(session, "started_monotonic", session._started_at) is None:
            return ScreenState(False, "practice", pattern.title, "")
        pos = session.position
        return ScreenState(
            False, "practice", pattern.title, "", visual="pacer",
            fill=fill_at(phases, pos.phase_index, pos.progress),
            phase_word=WORDS.get(pos.segment.kind, pos.segment.kind),
        )
    import inspect
    extra = {}
    params = inspect.signature(PresenterWindow).parameters
    if "next_change" in params:
        extra["next_change"] = session.seconds_to_next_boundary
    if "phase_words" in params:  # as the facilitator passes them
        extra["phase_words"] = tuple(WORDS.values())
    view = PresenterWindow(state, clock, shared_screen=True, **extra)
    view.setGeometry(qapp.primaryScreen().geometry())  # no window manager under Xvfb
    view.showFullScreen()
    timer = getattr(view, "frame_timer", None) or view._timer
    shape, word_label = view.pacer, view.phase_word
    def begin():
        session.start()
        view.refresh()

paints, ticks, words = [], [], []
started = None

class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and started is not None and not session.is_over:
            now = time.monotonic()
            if obj is shape:
                paints.append((now, shape.fill))
            elif obj is word_label:
                obj.paintEvent(event)  # painted here, so that the end of the paint is stamped
                words.append((time.monotonic(), word_label.text()))
                return True
        return False

watcher = Watcher()
shape.installEventFilter(watcher)
word_label.installEventFilter(watcher)
timer.timeout.connect(lambda: ticks.append(time.monotonic()))
wakes = []  # any timer of the view firing, stamped before its slots run: the process was running

class WakeWatcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Timer:
            wakes.append(time.monotonic())
        return False

wake_watcher = WakeWatcher()
for any_timer in view.findChildren(QTimer):
    any_timer.installEventFilter(wake_watcher)
result = {}

def finish():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result["cpu_s"] = usage.ru_utime + usage.ru_stime - cpu0
    result["wall_s"] = time.monotonic() - started
    x1 = xserver_cpu()
    result["x_cpu_s"] = None if x0 is None or x1 is None else x1 - x0
    qapp.quit()

def start():
    global started, cpu0, x0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = usage.ru_utime + usage.ru_stime
    x0 = xserver_cpu()
    begin()
    started = getattr(session, "started_monotonic", session._started_at)
    # precise: a coarse timer this long may fire 5 % late, after the practice has ended
    finisher.start(int(DURATION * 1000) - 300)

finisher = QTimer()
finisher.setSingleShot(True)
finisher.setTimerType(Qt.TimerType.PreciseTimer)
finisher.timeout.connect(finish)

QTimer.singleShot(500, start)
qapp.exec()

# -- what the paints mean --------------------------------------------------------------------------
def true_fill(t):
    pos = timeline.position_at(max(0.0, t - started))
    return fill_at(phases, pos.phase_index, pos.progress)

probe = PacerShape(shape._palette)
probe.resize(shape.size())

def picture(fill):
    probe._fill = fill
    image = QImage(probe.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    probe.render(image)
    return image

import bisect
unexplained, still, starved, where = [0.0], [0.0], [0.0], []
for (t0, f0), (t1, _f1) in zip(paints, paints[1:]):
    gap = (t1 - t0) * 1000
    if gap <= GAP_MS:
        continue
    if picture(f0) == picture(true_fill(t1 - 0.033)):
        still.append(gap)  # nothing visible changed: a deliberate pause
        continue
    # The frame timer asks for a frame; the one tick just before t1 led to its paint. More ticks
    # inside the gap mean frames were asked for and skipped (the view's fault); none means the
    # process was not run at all (the machine's load).
    asked = bisect.bisect_left(ticks, t1) - bisect.bisect_right(ticks, t0)
    if asked >= 2:
        unexplained.append(gap)
        where.append(round(t0 - started, 3))
    else:
        starved.append(gap)
tick_gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])] or [0.0]

boundaries = [timeline.segment_start(i) for i in range(1, timeline.segment_count)]
stalls = [(a, b) for a, b in zip(ticks, ticks[1:]) if b - a > GAP_MS / 1000]
delays, starved_delays, last, after_wake = [], [], None, []
for t, text in words:
    if text != last and last is not None:
        elapsed = t - started
        nearest = min(boundaries, key=lambda b: abs(b - elapsed))
        moment = started + nearest
        # The process was not run when the phase began (its frame timer stalled): the machine's load.
        stalled = any(a <= moment <= b for a, b in stalls)
        (starved_delays if stalled else delays).append((elapsed - nearest) * 1000)
        i = bisect.bisect_left(wakes, moment)
        woke = wakes[i] if i < len(wakes) else None
        if woke is not None and woke <= t:
            after_wake.append((t - woke) * 1000)  # the view's own share of the delay
    last = text
result.update(
    max_gap_ms=max(unexplained), max_still_gap_ms=max(still), max_tick_gap_ms=max(tick_gaps),
    max_starved_gap_ms=max(starved), starved_gaps=len(starved) - 1,
    paints=len(paints), unexplained_gaps=len(unexplained) - 1, still_gaps=len(still) - 1,
    unexplained_at_s=where[:10],
    word_delay_ms=max(delays) if delays else None,
    word_delay_median_ms=sorted(delays)[len(delays) // 2] if delays else None,
    word_delay_min_ms=min(delays) if delays else None, word_changes=len(delays),
    word_delay_starved_ms=max(starved_delays) if starved_delays else None,
    word_after_wake_ms=max(after_wake) if after_wake else None,
    word_after_wake_median_ms=sorted(after_wake)[len(after_wake) // 2] if after_wake else None,
)
result.update(shape_w=shape.width(), shape_h=shape.height(), win_w=view.width(), win_h=view.height())
print(json.dumps(result))
"""


def _child(kind: str, duration_s: float, source: str | None = None) -> dict[str, float]:
    env = {**os.environ, "MINDFUL_CLINIC_DATA_DIR": tempfile.mkdtemp(prefix="mc-bench-")}
    if source is not None:  # another checkout's package, ahead of this one
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-c", CHILD, kind, str(duration_s)]
    if shutil.which("xvfb-run"):
        env["QT_QPA_PLATFORM"] = "xcb"
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 3840x2160x24 -nolisten tcp", *cmd]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        cmd, capture_output=True, text=True, env=env, check=False, timeout=duration_s + 120
    )
    if out.returncode != 0:
        raise RuntimeError(f"bench_frames {kind} child failed:\n{out.stderr[-3000:]}")
    r: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    print(kind, r, file=sys.stderr)
    return r


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def measure(duration_s: float | None = None) -> dict[str, object]:
    if duration_s is None:
        duration_s = QUICK_S if os.environ.get("MC_BENCH_QUICK") else FULL_S
    pacer = _child("pacer", duration_s)
    presenter = _child("presenter", duration_s)
    x_cpu = presenter.get("x_cpu_s")
    return {
        "frames_display": "Xvfb 3840x2160" if shutil.which("xvfb-run") else "offscreen",
        "frames_run_s": duration_s,
        "pacer_max_frame_gap_ms": _r(pacer["max_gap_ms"]),
        "pacer_max_still_gap_ms": _r(pacer["max_still_gap_ms"]),
        "pacer_max_tick_gap_ms": _r(pacer["max_tick_gap_ms"]),
        "pacer_max_starved_gap_ms": _r(pacer["max_starved_gap_ms"]),
        "pacer_word_delay_ms": _r(pacer["word_delay_ms"]),
        "pacer_word_delay_median_ms": _r(pacer["word_delay_median_ms"]),
        "pacer_word_delay_starved_ms": _r(pacer["word_delay_starved_ms"]),
        "pacer_word_after_wake_ms": _r(pacer["word_after_wake_ms"]),
        "presenter_cpu_pct_4k": _r(100 * presenter["cpu_s"] / presenter["wall_s"]),
        "presenter_xserver_cpu_pct_4k": None
        if x_cpu is None
        else _r(100 * x_cpu / presenter["wall_s"]),
        "presenter_max_frame_gap_ms_4k": _r(presenter["max_gap_ms"]),
        "presenter_max_still_gap_ms_4k": _r(presenter["max_still_gap_ms"]),
        "presenter_max_tick_gap_ms_4k": _r(presenter["max_tick_gap_ms"]),
        "presenter_max_starved_gap_ms_4k": _r(presenter["max_starved_gap_ms"]),
        "presenter_word_delay_ms_4k": _r(presenter["word_delay_ms"]),
        "presenter_word_delay_median_ms_4k": _r(presenter["word_delay_median_ms"]),
        "presenter_word_delay_starved_ms_4k": _r(presenter["word_delay_starved_ms"]),
        "presenter_word_after_wake_ms_4k": _r(presenter["word_after_wake_ms"]),
        "presenter_paints_4k": presenter["paints"],
    }


COMPARED = {
    "presenter": (
        "word_delay_ms",
        "word_delay_median_ms",
        "word_after_wake_ms",
        "word_after_wake_median_ms",
        "max_gap_ms",
        "cpu_pct",
    ),
    "pacer": ("word_delay_ms", "word_delay_median_ms", "word_after_wake_ms", "max_gap_ms"),
}


def compare(other: str, rounds: int, duration_s: float) -> dict[str, object]:
    """Each view run alternately from ``other`` and from this checkout, ``rounds`` times."""
    runs: dict[str, dict[str, list[float]]] = {}
    for _ in range(rounds):
        for side, source in (("other", other), ("this", None)):
            for kind, keys in COMPARED.items():
                r = _child(kind, duration_s, source)
                r["cpu_pct"] = 100 * r["cpu_s"] / r["wall_s"]
                for key in keys:
                    if r.get(key) is not None:
                        runs.setdefault(f"{kind}_{key}", {}).setdefault(side, []).append(r[key])
    summary: dict[str, object] = {"rounds": rounds, "run_s": duration_s}
    for key, sides in runs.items():
        summary[key] = {
            side: {
                "median": _r(statistics.median(values)),
                "max": _r(max(values)),
                "runs": [_r(v) for v in values],
            }
            for side, values in sides.items()
        }
    return summary


if __name__ == "__main__":
    args = sys.argv[1:]
    quick = "--quick" in args
    against = args[args.index("--against") + 1] if "--against" in args else None
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 3
    numbers = [
        a for i, a in enumerate(args) if not a.startswith("--") and args[i - 1] not in FLAGS
    ] if args else []  # fmt: skip
    seconds = float(numbers[0]) if numbers else (QUICK_S if quick else FULL_S)
    if against is not None:
        print(json.dumps(compare(against, rounds, seconds), indent=2))
    else:
        print(json.dumps(measure(seconds), indent=2))
