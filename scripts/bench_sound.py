"""Cue timing: how far from its phase boundary each breath cue is started, in a real 60 s session.

A 4-6 paced breath session (six cycles, exactly 60 s) runs in a QCoreApplication with the real
CueDriver, the real PygamePlayer on SDL's dummy driver and the system clock. Each play() call is
time-stamped; its boundary is computed from the session clock (the moment the timeline's zero fell
on the monotonic clock, plus the cue's time in the timeline). ``cue_offset_ms`` is the median and
maximum of |play time - boundary| over the timer-driven cues (the first one, played by start()
itself, is left out). The issue's target: within 10 ms.

Run alone: ``python scripts/bench.py sound`` (takes about a minute).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PATTERN = "extended_4_6"
SESSION_S = 60


class TimedPlayer:
    """Passes every call to the real player, noting when play() was called."""

    def __init__(self, inner: object) -> None:
        self._inner = inner
        self.plays: list[tuple[float, str]] = []

    def play(self, name: str, channel: str = "cues") -> None:
        self.plays.append((time.monotonic(), name))
        self._inner.play(name, channel)  # type: ignore[attr-defined]

    def __getattr__(self, attr: str) -> object:
        return getattr(self._inner, attr)


def run_session() -> list[float]:
    """Offsets in ms (signed: positive = after the boundary) of the timer-driven segment cues."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from mindful_clinic.core.breath.schema import load_shipped_patterns
    from mindful_clinic.core.practice.session import PracticeSession
    from mindful_clinic.core.sound.cue_plan import CuePlan
    from mindful_clinic.core.sound.settings import PracticeSoundChoices
    from mindful_clinic.core.time.clock import SystemClock
    from mindful_clinic.services.sound.player import PygamePlayer
    from mindful_clinic.ui.sound.cue_driver import CueDriver

    app = QCoreApplication.instance() or QCoreApplication([])
    pattern = next(p for p in load_shipped_patterns() if p.id == PATTERN)
    clock = SystemClock()
    timeline = pattern.timeline(SESSION_S)
    choices = PracticeSoundChoices(inhale_cue=True, exhale_cue=True)
    real = PygamePlayer()
    real.prepare(wait=True)  # as when the practice screen opens before Start is pressed
    if not real.ready:
        raise RuntimeError(f"pygame mixer did not start: {real.problem}")
    player = TimedPlayer(real)
    session = PracticeSession(timeline, clock)
    driver = CueDriver(session, player, clock, choices)  # type: ignore[arg-type]
    driver.finished.connect(app.quit)
    QTimer.singleShot(int((timeline.total_s + 10) * 1000), app.quit)  # never hang
    session.start()
    driver.start()
    app.exec()
    finish = session.finish_monotonic
    assert finish is not None
    zero = finish - timeline.total_s
    expected = [c for c in CuePlan(timeline, choices).cues_between(-1, timeline.total_s)]
    offsets = []
    for (played_at, name), cue in zip(player.plays, expected, strict=True):
        assert name == cue.sound, (name, cue)
        if cue.why == "segment" and cue.at_s > 0:
            offsets.append((played_at - (zero + cue.at_s)) * 1000)
    real.close()
    return offsets


def measure() -> dict[str, object]:
    offsets = [abs(o) for o in run_session()]
    median = round(statistics.median(offsets), 3)
    worst = round(max(offsets), 3)
    return {
        "cue_offset_ms": {"median": median, "max": worst},
        "cue_offset_ms_median": median,
        "cue_offset_ms_max": worst,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(measure(), indent=2))
