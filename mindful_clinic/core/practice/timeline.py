"""Timelines: what a practice does at each second.

A session engine needs only two answers from a practice: how long it lasts and which segment (a breath
phase, a guided step) is current at a given elapsed time. Breath patterns repeat a short cycle; guided
practices are a list of steps. Both answer from arithmetic on the elapsed time, never from state that
accumulates, so any moment can be computed directly and exactly.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Segment:
    """One stretch of a timeline: a breath phase or a guided step."""

    kind: str
    """What happens: "inhale", "hold", "exhale", "hold_out", "top_up", "step", "self_paced"."""
    duration_s: float
    label: str = ""
    """Words for the screen, e.g. "Breathe in"; empty means the view chooses."""
    payload: object = None
    """The practice's own data for this segment (a guided step, for example)."""


@dataclass(frozen=True)
class Position:
    """Where a timeline stands at one moment."""

    index: int
    """Index of the segment in the whole run (cycle * phases + phase for breath)."""
    cycle: int
    phase_index: int
    segment: Segment
    segment_start_s: float
    progress: float
    """Fraction of the current segment that has passed, 0.0 to 1.0."""

    @property
    def segment_end_s(self) -> float:
        return self.segment_start_s + self.segment.duration_s

    def segment_remaining_s(self, elapsed_s: float) -> float:
        return max(0.0, self.segment_end_s - elapsed_s)


class Timeline(Protocol):
    @property
    def total_s(self) -> float: ...

    @property
    def segment_count(self) -> int: ...

    def position_at(self, elapsed_s: float) -> Position: ...

    def segment_start(self, index: int) -> float: ...


class CyclicTimeline:
    """A cycle of phases repeated a whole number of times (a breath pattern)."""

    def __init__(self, phases: Sequence[Segment], cycles: int) -> None:
        if not phases:
            raise ValueError("a cycle needs at least one phase")
        if cycles < 1:
            raise ValueError("a session needs at least one cycle")
        if any(p.duration_s <= 0 for p in phases):
            raise ValueError("phases in a running cycle must last longer than 0 s")
        self.phases = tuple(phases)
        self.cycles = cycles
        self._starts = [0.0]
        for p in self.phases:
            self._starts.append(self._starts[-1] + p.duration_s)
        self.cycle_s = self._starts[-1]

    @property
    def total_s(self) -> float:
        return self.cycle_s * self.cycles

    @property
    def segment_count(self) -> int:
        return len(self.phases) * self.cycles

    def segment_start(self, index: int) -> float:
        cycle, phase = divmod(index, len(self.phases))
        return cycle * self.cycle_s + self._starts[phase]

    def position_at(self, elapsed_s: float) -> Position:
        t = min(max(elapsed_s, 0.0), self.total_s)
        cycle = min(int(t // self.cycle_s), self.cycles - 1)
        within = t - cycle * self.cycle_s
        phase = min(bisect.bisect_right(self._starts, within) - 1, len(self.phases) - 1)
        seg = self.phases[phase]
        start = cycle * self.cycle_s + self._starts[phase]
        progress = min(1.0, max(0.0, (t - start) / seg.duration_s))
        return Position(cycle * len(self.phases) + phase, cycle, phase, seg, start, progress)


class StepTimeline:
    """An ordered list of steps with fixed durations (a guided practice)."""

    def __init__(self, steps: Sequence[Segment]) -> None:
        if not steps:
            raise ValueError("a guided practice needs at least one step")
        if any(s.duration_s <= 0 for s in steps):
            raise ValueError("every step must last longer than 0 s")
        self.steps = tuple(steps)
        self._starts = [0.0]
        for s in self.steps:
            self._starts.append(self._starts[-1] + s.duration_s)

    @property
    def total_s(self) -> float:
        return self._starts[-1]

    @property
    def segment_count(self) -> int:
        return len(self.steps)

    def segment_start(self, index: int) -> float:
        return self._starts[index]

    def position_at(self, elapsed_s: float) -> Position:
        t = min(max(elapsed_s, 0.0), self.total_s)
        i = min(bisect.bisect_right(self._starts, t) - 1, len(self.steps) - 1)
        seg = self.steps[i]
        progress = min(1.0, max(0.0, (t - self._starts[i]) / seg.duration_s))
        return Position(i, 0, i, seg, self._starts[i], progress)
