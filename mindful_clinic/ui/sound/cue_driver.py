"""Plays a practice's cues and bells on time, with one precise single-shot timer.

While a PracticeSession runs, the driver arms ONE single-shot ``Qt.PreciseTimer`` for the next
moment something is due (a phase boundary with a cue, an interval bell, the end; long waits wake a
few ms early and re-arm for the rest, see ``arm_ms``) and, when it fires, asks the session clock what
is due now, plays it and arms again from the clock. Nothing accumulates from timer ticks,
so a late or early timer never shifts later cues (qutebrowser's usertypes.Timer notes QTimer can fire
early: a firing before the boundary just re-arms for the rest). What is due when is answered by
``core.cue_plan``; whether a sound may play at all by ``core.sound_settings.sound_decision``.

The view that owns the session tells the driver about commands: ``start()`` after
``session.start()``, then ``on_paused()``, ``on_resumed()``, ``on_jumped()`` (next/previous step),
``on_stopped()``; ``sync()`` does the right thing for whatever state the session is in.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from mindful_clinic.core.ports import SoundPlayer
from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.core.sound.cue_plan import Cue, CuePlan, newest_of_each_kind
from mindful_clinic.core.sound.settings import (
    PracticeSoundChoices,
    SoundPurpose,
    SoundSettings,
    sound_decision,
)
from mindful_clinic.core.time.clock import Clock

EARLY_TOLERANCE_S = 0.002
"""A timer firing this close before a cue plays it now; earlier than that, it re-arms."""
PRECISE_WINDOW_MS = 20
"""Waits shorter than this are armed to the boundary itself."""
EARLY_WAKE_FRACTION = 0.002
EARLY_WAKE_MS = 5
"""Longer waits wake this much early (0.2 % + 5 ms) and re-arm for the rest: Linux lets a poll
timeout run late by 0.1 % of its length (4 ms on a 4 s breath phase, measured), so the last short
wait is the one that lands on the boundary."""
AMBIENT_FADE_IN_MS = 2000
AMBIENT_FADE_OUT_MS = 3000
PAUSE_FADE_MS = 800


def arm_ms(seconds: float) -> int:
    """Timer interval for a wait of ``seconds``: the whole wait when short, else an early wake."""
    ms = seconds * 1000
    if ms > PRECISE_WINDOW_MS:
        ms -= ms * EARLY_WAKE_FRACTION + EARLY_WAKE_MS
    # Rounded down: a precise timer fires a fraction of a millisecond after its interval.
    return max(0, math.floor(ms + 1e-6))


class CueDriver(QObject):
    """Sound for one practice run. Construct per session; it stops by itself at the end."""

    cue_played = Signal(str)
    """A sound name just started (captions, accessibility announcements, tests)."""
    finished = Signal()
    """The practice reached its end and the end bell (if chosen) was started."""

    def __init__(
        self,
        session: PracticeSession,
        player: SoundPlayer,
        clock: Clock,
        choices: PracticeSoundChoices,
        parent: QObject | None = None,
        *,
        settings: SoundSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._player = player
        self._clock = clock
        self._choices = choices
        self._settings = settings
        self._plan = CuePlan(session.timeline, choices)
        self._done_s = -1.0  # practice time up to which everything due has been handled
        self._start_done = False
        self._ambient_on = False
        self._over = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.on_timeout)

    @property
    def timer(self) -> QTimer:
        """The one timer (tests read its interval and call ``on_timeout`` themselves)."""
        return self._timer

    @property
    def choices(self) -> PracticeSoundChoices:
        return self._choices

    def set_settings(self, settings: SoundSettings | None) -> None:
        """New volumes/mute/quiet hours mid-practice: stop or restore the ambient loop to match."""
        self._settings = settings
        if self._ambient_on and not self._allowed("ambient"):
            self._player.stop_ambient(PAUSE_FADE_MS)
            self._ambient_on = False
        elif self._session.state is SessionState.RUNNING:
            self._start_ambient()

    # -- commands from the view -----------------------------------------------------------------
    def start(self) -> None:
        """Call right after ``session.start()``: start bell, first cue, ambient, first timer."""
        self._player.prepare()
        self.sync()

    def on_paused(self) -> None:
        self.sync()

    def on_resumed(self) -> None:
        self.sync()

    def on_stopped(self) -> None:
        self.sync()

    def on_jumped(self) -> None:
        """After next/previous step: the segment jumped into sounds its cue; skipped ones do not."""
        if self._session.state in (SessionState.RUNNING, SessionState.PAUSED):
            self._done_s = self._session.position.segment_start_s - 1e-6
        self.sync()

    def sync(self) -> None:
        """Bring sound in line with the session's state (safe to call at any time)."""
        state = self._session.state
        if state is SessionState.READY or self._over:
            return
        if state is SessionState.PAUSED:
            self._timer.stop()
            self._stop_ambient(PAUSE_FADE_MS)
            return
        if state is SessionState.STOPPED:
            self._timer.stop()
            self._stop_ambient(AMBIENT_FADE_OUT_MS)
            self._over = True
            return
        if state is SessionState.RUNNING:
            self._start_ambient()
        self.on_timeout()

    # -- the timer ------------------------------------------------------------------------------
    def on_timeout(self) -> None:
        """Play what is due by now, then arm the timer for the next thing (from the clock)."""
        state = self._session.state
        if self._over or state in (SessionState.READY, SessionState.PAUSED):
            return
        if state is SessionState.STOPPED:
            self.sync()
            return
        due_until = self._session.elapsed_s + EARLY_TOLERANCE_S
        due = self._plan.cues_between(self._done_s, due_until)
        if self._start_done:
            due = [c for c in due if c.why != "start"]
        self._done_s = max(self._done_s, due_until)
        for cue in newest_of_each_kind(due):
            self._play(cue)
        if due_until >= self._plan.total_s:
            self._finish()
            return
        nxt = self._plan.next_time_after(self._done_s)
        if nxt is None:
            self._finish()
            return
        self._timer.start(arm_ms(nxt - self._session.elapsed_s))

    # -- inside ---------------------------------------------------------------------------------
    def _allowed(self, channel: str) -> bool:
        if self._settings is None:
            return True
        return sound_decision(
            self._settings,
            now=self._clock.now(),
            purpose=SoundPurpose.PRACTICE,
            in_user_practice=True,
            channel=channel,
        ).allowed

    def _play(self, cue: Cue) -> None:
        if cue.why == "start":
            self._start_done = True
        if not self._allowed(cue.channel):
            return
        self._player.play(cue.sound, cue.channel)
        self.cue_played.emit(cue.sound)

    def _start_ambient(self) -> None:
        name = self._choices.ambient_sound
        if name is None or self._ambient_on or not self._allowed("ambient"):
            return
        self._player.start_ambient(name, AMBIENT_FADE_IN_MS)
        self._ambient_on = True

    def _stop_ambient(self, fade_ms: int) -> None:
        if self._ambient_on:
            self._player.stop_ambient(fade_ms)
            self._ambient_on = False

    def _finish(self) -> None:
        self._timer.stop()
        self._stop_ambient(AMBIENT_FADE_OUT_MS)
        self._over = True
        self.finished.emit()
