"""Breath patterns: the model, its validation, and the timeline a pacer runs.

A pattern is 1-4 phases (inhale, an optional "top-up" inhale, holds, exhale) with seconds each. The
rules below come from content-spec section 1: holds can be switched off, the tempo scales every phase
by 0.75-1.25 while keeping the ratio, 4-7-8 stops after a set number of cycles, and a session ends on a
whole breath rather than mid-exhale.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.practice.timeline import CyclicTimeline, Segment, StepTimeline

MAX_PHASES = 4
MAX_PHASE_S = 20.0
TEMPO_MIN, TEMPO_MAX = 0.75, 1.25
STUDIED_DOSE_S = 300
"""The studied dose (spec 1.3): five minutes."""
QUICK_RESET_MAX_S = 240
"""Lengths under this are quick resets: the 1- and 3-minute choices, however whole breaths round them.
A 5-minute session that whole breaths make 297 s long is the studied dose, not a quick reset."""
MIN_PHASE_S = 1.0
"""Shortest phase allowed; a hold of 0 s means no hold and is allowed (spec 1.4: no fast breathing)."""
MAX_BREATHS_PER_MIN = 20
"""Fastest pattern allowed: one breath lasts at least 3 s (spec 1.4: no fast-paced protocols)."""
LONG_HOLD_S = 4.0
"""Optional holds longer than this start switched off (spec 1.4: "default hold <= 4 s")."""
DEFAULT_DURATIONS_S = (60, 180, 300, 600, 1200)


class PhaseKind(Enum):
    INHALE = "inhale"
    TOP_UP = "top_up"
    HOLD = "hold"
    EXHALE = "exhale"


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    seconds: float
    optional: bool = False
    """A hold the user may switch off (spec 1.4: holds are optional)."""
    hint: str = ""
    """How to breathe in this phase, e.g. "through the nose"."""


class BreathMode(Enum):
    PACED = "paced"
    SELF_PACED = "self_paced"


@dataclass(frozen=True)
class BreathPattern:
    id: str
    title: str
    phases: tuple[Phase, ...]
    summary: str = ""
    description: str = ""
    category: str = "breathing"
    default_duration_s: int = STUDIED_DOSE_S
    duration_options_s: tuple[int, ...] = DEFAULT_DURATIONS_S
    max_cycles: int | None = None
    breath_counts: tuple[int, ...] = ()
    """Breaths offered instead of lengths (4-7-8: four, or eight for experienced users)."""
    modes: tuple[BreathMode, ...] = (BreathMode.PACED,)
    cautions: tuple[str, ...] = ()
    first_use_notice: str | None = None
    posture_hint: str = ""
    sources: tuple[str, ...] = ()
    evidence: str = ""
    custom: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    def as_own(self, **changes: Any) -> BreathPattern:
        """This pattern as one of the user's own (``custom``), with ``changes`` to other fields.

        The user's pattern store calls this rather than ``dataclasses.replace``: it is made at
        every start, and most starts read no pattern, so importing dataclasses there (about 10 M
        instructions) would be paid for nothing."""
        return replace(self, custom=True, **changes)

    @property
    def has_optional_holds(self) -> bool:
        return any(p.optional for p in self.phases)

    @property
    def holds_on_by_default(self) -> bool:
        """Holds start on only if none is longer than LONG_HOLD_S (4-7-8's 7 s hold starts off)."""
        return all(p.seconds <= LONG_HOLD_S for p in self.phases if p.optional)

    @property
    def min_tempo(self) -> float:
        """The quickest pace setting that keeps to 20 breaths a minute, holds off (0.75 or more)."""
        fastest = (60 / MAX_BREATHS_PER_MIN) / self.cycle_s(holds=False)
        return max(TEMPO_MIN, math.ceil(round(fastest * 20, 6)) / 20)

    def effective_phases(self, holds: bool = True, tempo: float = 1.0) -> tuple[Phase, ...]:
        """Phases as practised: optional holds dropped if switched off, every phase scaled by tempo."""
        check_tempo(tempo)
        kept = [p for p in self.phases if holds or not p.optional]
        return tuple(replace(p, seconds=p.seconds * tempo) for p in kept if p.seconds > 0)

    def cycle_s(self, holds: bool = True, tempo: float = 1.0) -> float:
        return sum(p.seconds for p in self.effective_phases(holds, tempo))

    def cycles_for(self, duration_s: float, holds: bool = True, tempo: float = 1.0) -> int:
        """Whole breaths closest to the chosen length, so a session ends after an exhale."""
        n = max(1, round(duration_s / self.cycle_s(holds, tempo)))
        return min(n, self.max_cycles) if self.max_cycles else n

    def planned_s(self, duration_s: float, holds: bool = True, tempo: float = 1.0) -> float:
        return self.cycles_for(duration_s, holds, tempo) * self.cycle_s(holds, tempo)

    def durations_s(self) -> list[int]:
        """The lengths a user can really get, with default settings (4-7-8: one per breath count)."""
        if self.breath_counts:
            cycle = self.cycle_s(holds=self.holds_on_by_default)
            return [round(n * cycle) for n in self.breath_counts]
        out: list[int] = []
        for d in self.duration_options_s:
            planned = round(self.planned_s(d))
            if planned not in out:
                out.append(planned)
        return out

    def timeline(
        self,
        duration_s: float,
        *,
        holds: bool = True,
        tempo: float = 1.0,
        mode: BreathMode = BreathMode.PACED,
        breaths: int | None = None,
    ) -> CyclicTimeline | StepTimeline:
        """``breaths`` (one of ``breath_counts``) sets the number of breaths instead of a length."""
        if mode is BreathMode.SELF_PACED:
            if BreathMode.SELF_PACED not in self.modes:
                raise ValueError(f"{self.id} has no self-paced mode")
            return StepTimeline([Segment("self_paced", float(duration_s))])
        phases = self.effective_phases(holds, tempo)
        segments = [Segment(p.kind.value, p.seconds, payload=p) for p in phases]
        if breaths and breaths in self.breath_counts:
            return CyclicTimeline(segments, breaths)
        return CyclicTimeline(segments, self.cycles_for(duration_s, holds, tempo))


def is_quick_reset(duration_s: float) -> bool:
    return duration_s < QUICK_RESET_MAX_S


def check_tempo(tempo: float) -> None:
    if not (TEMPO_MIN - 1e-9 <= tempo <= TEMPO_MAX + 1e-9):
        raise ValueError(f"tempo must be between {TEMPO_MIN} and {TEMPO_MAX}, not {tempo}")


def fill_at(phases: Sequence[Phase], phase_index: int, progress: float) -> float:
    """How full the lungs are (0 empty, 1 full) during a phase: what the pacer's shape draws.

    An inhale followed by a top-up fills to 0.8 and the top-up takes it to 1; holds keep the level they
    start at; an exhale empties. Eased with a sine so the shape moves like a breath, not a piston.
    """
    levels = _levels(phases)
    start = levels[phase_index - 1] if phase_index > 0 else levels[-1]
    end = levels[phase_index]
    eased = (1 - math.cos(math.pi * min(max(progress, 0.0), 1.0))) / 2
    return start + (end - start) * eased


def _levels(phases: Sequence[Phase]) -> list[float]:
    levels: list[float] = []
    level = 0.0
    for i, p in enumerate(phases):
        if p.kind is PhaseKind.INHALE:
            followed_by_top_up = i + 1 < len(phases) and phases[i + 1].kind is PhaseKind.TOP_UP
            level = 0.8 if followed_by_top_up else 1.0
        elif p.kind is PhaseKind.TOP_UP:
            level = 1.0
        elif p.kind is PhaseKind.EXHALE:
            level = 0.0
        levels.append(level)
    return levels


# -- validation ---------------------------------------------------------------------------------
def validate_phases(phases: Sequence[Phase], source: str) -> None:
    """The rules every pattern obeys, shipped or custom: 1-4 phases, 0-20 s each, in and out > 0,
    no phase under 1 s except a hold of 0 (no hold), no more than 20 breaths a minute."""
    if not 1 <= len(phases) <= MAX_PHASES:
        raise ContentError(source, "phases", f"needs 1 to {MAX_PHASES} phases, has {len(phases)}")
    for i, p in enumerate(phases, 1):
        if not 0 <= p.seconds <= MAX_PHASE_S:
            raise ContentError(
                source,
                f"phases[{i}].seconds",
                f"must be between 0 and {MAX_PHASE_S:g} seconds, not {p.seconds:g}",
            )
    for kind, word in ((PhaseKind.INHALE, "an inhale"), (PhaseKind.EXHALE, "an exhale")):
        if not any(p.kind is kind and p.seconds > 0 for p in phases):
            raise ContentError(source, "phases", f"needs {word} longer than 0 seconds")
    for i, p in enumerate(phases, 1):
        if 0 < p.seconds < MIN_PHASE_S or (p.seconds == 0 and p.kind is not PhaseKind.HOLD):
            raise ContentError(
                source, f"phases[{i}].seconds", f"must last at least {MIN_PHASE_S:g} second"
            )
    cycle = sum(p.seconds for p in phases if not p.optional)  # holds can be switched off
    if cycle < 60 / MAX_BREATHS_PER_MIN:
        raise ContentError(
            source, "phases", f"is faster than {MAX_BREATHS_PER_MIN} breaths a minute ({cycle:g} s)"
        )
