"""The practice session state machine, shared by the breath pacer and guided practices.

State is a handful of clock readings (when it started, how long it has been paused, where the user
jumped to), and everything a screen shows (phase, progress, elapsed, remaining, finished) is computed
from them and the clock's current reading. Nothing is accumulated from timer ticks, so nothing drifts.
"""

from __future__ import annotations

from enum import Enum

from mindful_clinic.core.practice.timeline import Position, Timeline
from mindful_clinic.core.time.clock import Clock


class SessionState(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class SessionError(RuntimeError):
    """An action that does not fit the session's state (resuming a stopped session, say)."""


class PracticeSession:
    """A timeline being practised, read against a monotonic clock."""

    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        self.timeline = timeline
        self._clock = clock
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._offset = 0.0  # seconds added by next/previous jumps (may be negative)
        self._stopped_elapsed: float | None = None

    # -- commands -------------------------------------------------------------------------------
    def start(self) -> None:
        if self._started_at is not None:
            raise SessionError("the session has already started")
        self._started_at = self._clock.monotonic()

    def pause(self) -> None:
        if self.state is not SessionState.RUNNING:
            raise SessionError(f"cannot pause a {self.state.value} session")
        self._paused_at = self._clock.monotonic()

    def resume(self) -> None:
        if self.state is not SessionState.PAUSED or self._paused_at is None:
            raise SessionError(f"cannot resume a {self.state.value} session")
        self._paused_total += self._clock.monotonic() - self._paused_at
        self._paused_at = None

    def toggle_pause(self) -> None:
        if self.state is SessionState.RUNNING:
            self.pause()
        elif self.state is SessionState.PAUSED:
            self.resume()

    def stop(self) -> None:
        """End early. The elapsed time is frozen so the log records what was really practised."""
        if self.state in (SessionState.FINISHED, SessionState.STOPPED):
            return
        self._stopped_elapsed = self.elapsed_s if self._started_at is not None else 0.0

    def jump_to(self, elapsed_s: float) -> None:
        """Move to a moment of the timeline (next/previous step); time already practised stays."""
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            raise SessionError(f"cannot move within a {self.state.value} session")
        target = min(max(elapsed_s, 0.0), self.timeline.total_s)
        self._offset += target - self.elapsed_s

    def next_segment(self) -> None:
        pos = self.position
        if pos.index + 1 >= self.timeline.segment_count:
            self.jump_to(self.timeline.total_s)
        else:
            self.jump_to(self.timeline.segment_start(pos.index + 1))

    def previous_segment(self) -> None:
        """Back to the start of this segment, or to the one before if it has only just begun."""
        pos = self.position
        if pos.index > 0 and self.elapsed_s - pos.segment_start_s < 2.0:
            self.jump_to(self.timeline.segment_start(pos.index - 1))
        else:
            self.jump_to(pos.segment_start_s)

    # -- derived state --------------------------------------------------------------------------
    def _raw_elapsed(self) -> float:
        if self._started_at is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock.monotonic()
        return now - self._started_at - self._paused_total + self._offset

    @property
    def state(self) -> SessionState:
        if self._stopped_elapsed is not None:
            return SessionState.STOPPED
        if self._started_at is None:
            return SessionState.READY
        if self._raw_elapsed() >= self.timeline.total_s:
            return SessionState.FINISHED
        if self._paused_at is not None:
            return SessionState.PAUSED
        return SessionState.RUNNING

    @property
    def is_over(self) -> bool:
        return self.state in (SessionState.FINISHED, SessionState.STOPPED)

    @property
    def elapsed_s(self) -> float:
        """Practice time so far: wall time since start minus pauses, capped at the planned length."""
        if self._stopped_elapsed is not None:
            return self._stopped_elapsed
        return min(max(self._raw_elapsed(), 0.0), self.timeline.total_s)

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.timeline.total_s - self.elapsed_s)

    @property
    def planned_s(self) -> float:
        return self.timeline.total_s

    @property
    def position(self) -> Position:
        return self.timeline.position_at(self.elapsed_s)

    @property
    def started_monotonic(self) -> float | None:
        """The clock reading when the session started; None before it starts."""
        return self._started_at

    @property
    def finish_monotonic(self) -> float | None:
        """The clock reading at which the session ends (or ended) if left running; None if unknown."""
        if self._started_at is None or self._stopped_elapsed is not None:
            return None
        if self._paused_at is not None and self.state is SessionState.PAUSED:
            return None
        return self._started_at + self._paused_total - self._offset + self.timeline.total_s

    def seconds_to_next_boundary(self) -> float:
        """How long until the segment changes: lets a view arm one timer for the next cue."""
        pos = self.position
        return max(0.0, pos.segment_end_s - self.elapsed_s)
