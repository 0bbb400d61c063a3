"""Which sound plays at which moment of a practice: pure arithmetic on the timeline.

The Qt cue driver only asks two questions, "what is due up to now?" and "when is the next thing
due?", and arms one timer for the answer. Keeping the answers here means they are tested without Qt
and without waiting, and a late timer (a suspended laptop, a busy machine) never plays a backlog of
cues: only the newest of each kind sounds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from mindful_clinic.core.practice.timeline import Segment, Timeline
from mindful_clinic.core.sound.settings import PracticeSoundChoices

START_BELL = "bell_start"
END_BELL = "bell_end"
INTERVAL_BELL = "bell_interval"
INHALE_CUE = "cue_in"
EXHALE_CUE = "cue_out"
INHALE_KINDS = frozenset({"inhale", "top_up"})
EXHALE_KINDS = frozenset({"exhale"})
INTERVAL_QUIET_BEFORE_END_S = 5.0
"""No interval bell this close to the end: the end bell is about to ring."""


@dataclass(frozen=True)
class Cue:
    at_s: float
    """Practice time (elapsed seconds, pauses excluded) at which it is due."""
    sound: str
    channel: str
    why: str
    """"start", "segment", "interval" or "end"."""


def segment_sound(segment: Segment, choices: PracticeSoundChoices) -> tuple[str, str] | None:
    """(sound, channel) to play as a segment begins, or None.

    Breath phases get the rising or falling cue if chosen; a guided step plays the sound its payload
    names in an attribute ``cue`` (guidance recordings go to the voice channel); holds stay silent.
    """
    if segment.kind in INHALE_KINDS:
        return (INHALE_CUE, "cues") if choices.inhale_cue else None
    if segment.kind in EXHALE_KINDS:
        return (EXHALE_CUE, "cues") if choices.exhale_cue else None
    if segment.kind == "step" and choices.step_cues:
        name = getattr(segment.payload, "cue", None)
        if isinstance(name, str) and name:
            return (name, "voice" if name.startswith("user_guidance") else "cues")
    return None


class CuePlan:
    """All the sounds of one practice run, in practice time."""

    def __init__(self, timeline: Timeline, choices: PracticeSoundChoices) -> None:
        self.timeline = timeline
        self.choices = choices
        self.total_s = timeline.total_s

    def _segment_cues(self, after_s: float, until_s: float) -> Iterator[Cue]:
        first = 0 if after_s < 0 else self.timeline.position_at(after_s).index + 1
        for index in range(first, self.timeline.segment_count):
            start = self.timeline.segment_start(index)
            if start > until_s or start >= self.total_s:
                return
            if start <= after_s:
                continue
            segment = self._segment(index)
            found = segment_sound(segment, self.choices)
            if found:
                yield Cue(start, found[0], found[1], "segment")

    def _segment(self, index: int) -> Segment:
        """The segment by index, read at its midpoint so float rounding cannot pick a neighbour."""
        start = self.timeline.segment_start(index)
        end = (
            self.timeline.segment_start(index + 1)
            if index + 1 < self.timeline.segment_count
            else self.total_s
        )
        return self.timeline.position_at((start + end) / 2).segment

    def _interval_times(self) -> Iterator[float]:
        step = self.choices.interval_bell_min * 60.0
        if step <= 0:
            return
        t = step
        while t < self.total_s - INTERVAL_QUIET_BEFORE_END_S:
            yield t
            t += step

    def cues_between(self, after_s: float, until_s: float) -> list[Cue]:
        """Every cue due in (after_s, until_s], in time order. Use after_s < 0 for the start."""
        out: list[Cue] = []
        if after_s < 0 <= until_s and self.choices.start_bell:
            out.append(Cue(0.0, START_BELL, "bells", "start"))
        out.extend(self._segment_cues(after_s, until_s))
        out.extend(
            Cue(t, INTERVAL_BELL, "bells", "interval")
            for t in self._interval_times()
            if after_s < t <= until_s
        )
        if after_s < self.total_s <= until_s and self.choices.end_bell:
            out.append(Cue(self.total_s, END_BELL, "bells", "end"))
        return sorted(out, key=lambda c: c.at_s)

    def next_time_after(self, after_s: float) -> float | None:
        """When something is next due after ``after_s`` (the end always counts), or None."""
        if after_s < 0:
            return 0.0
        if after_s >= self.total_s:
            return None
        candidates = [self.total_s]
        nxt = next(self._segment_cues(after_s, self.total_s), None)
        if nxt is not None:
            candidates.append(nxt.at_s)
        candidates.extend(t for t in self._interval_times() if t > after_s)
        return min(candidates)


def newest_of_each_kind(cues: list[Cue]) -> list[Cue]:
    """What a late timer should still play: the newest cue of each kind, and no interval bell
    when the end bell is due. Ringing a backlog would be noise, not guidance."""
    latest: dict[str, Cue] = {}
    for cue in cues:
        latest[cue.why] = cue
    if "end" in latest:
        latest.pop("interval", None)
    return sorted(latest.values(), key=lambda c: c.at_s)
