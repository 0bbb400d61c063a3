"""Spoken guidance that is never cut off mid-sentence, with the practice's length kept.

The session's clock says which step the timeline is in; this pacer says which step the user sees and
hears. A step's words are spoken a sentence at a time. When a step's time ends while its words are
still being spoken, the words carry on to the end (nothing is cut), and the next step waits for
them: it starts late by the overrun and gives up that much of its own silence, so the practice ends
on time. The pacer never starts a new step's words after the practice's time is up.

- Pause stops the voice at once; resume says the interrupted sentence again from its start, then the
  rest of the step's words, so nothing is lost.
- Moving to another step (next, previous) is the user's choice: the voice stops and the chosen step
  is spoken from its beginning.
- A speaker that never reports finishing cannot hold the practice up: a sentence counts as finished
  at most ``MAX_S_PER_WORD`` seconds a word after it began (by the injected clock).

The speaker only needs ``say``, ``stop`` and ``speaking``; the fake in tests/speech_fakes.py takes a
set time per word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from mindful_clinic.core.time.clock import Clock

MAX_S_PER_WORD = 0.8
"""75 words a minute: slower than any voice setting; past this a sentence counts as finished."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


class SpeechOutput(Protocol):
    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    @property
    def speaking(self) -> bool:
        """True while the last thing said is still being spoken."""
        ...


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


class SpeechPacer:
    def __init__(self, speeches: Sequence[str], speaker: SpeechOutput, clock: Clock) -> None:
        """``speeches``: each step's words, in order ("" for a silent step)."""
        self._speeches = list(speeches)
        self._speaker = speaker
        self._clock = clock
        self.voice = True
        self.shown: int | None = None
        self._queue: list[str] = []
        self._current: str | None = None
        self._current_until = 0.0

    # -- what the view asks ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """The shown step still has words being spoken or still to come."""
        self._check_finished()
        return self._current is not None or bool(self._queue)

    def update(self, timeline_index: int, *, running: bool, time_up: bool = False) -> int:
        """Which step to show now. ``timeline_index`` is where the session's clock is; ``running``
        is False while paused (nothing is said); ``time_up`` once the practice's time is over."""
        if self.shown is None:
            self._enter(timeline_index if running or time_up else 0, speak=running)
            if not running:
                return self.shown or 0
        assert self.shown is not None
        if not running and not time_up:
            return self.shown
        self._check_finished()
        self._say_next()
        while not time_up and self.shown < timeline_index and not self.busy:
            self._enter(self.shown + 1, speak=True)
        return self.shown

    # -- what the user does ----------------------------------------------------------------------
    def pause(self) -> None:
        """Stop the voice now; the interrupted sentence is said again on resuming."""
        self._check_finished()
        self._speaker.stop()
        if self._current is not None:
            self._queue.insert(0, self._current)
            self._current = None

    def jump(self, index: int) -> None:
        """The user chose a step: stop the voice and start that step's words from the beginning."""
        if self._current is not None:
            self._speaker.stop()
        self._current = None
        self._enter(index, speak=False)

    def set_voice(self, on: bool) -> None:
        self.voice = on
        if not on:
            if self._current is not None:
                self._speaker.stop()
            self._current = None
            self._queue = []

    def stop(self) -> None:
        self.set_voice(False)

    # -- inside -----------------------------------------------------------------------------------
    def _enter(self, index: int, *, speak: bool) -> None:
        self.shown = index
        text = self._speeches[index] if 0 <= index < len(self._speeches) else ""
        self._queue = sentences(text) if self.voice else []
        if speak:
            self._say_next()

    def _check_finished(self) -> None:
        if self._current is None:
            return
        if not self._speaker.speaking or self._clock.monotonic() >= self._current_until:
            self._current = None

    def _say_next(self) -> None:
        """Start the next sentence; a speaker that is not speaking right after ``say`` (no engine)
        is given the rest at once, so a silent speaker never holds the steps up."""
        while self._current is None and self._queue and self.voice:
            self._current = self._queue.pop(0)
            self._current_until = self._clock.monotonic() + MAX_S_PER_WORD * (
                len(self._current.split()) + 2
            )
            self._speaker.say(self._current)
            if not self._speaker.speaking:
                self._current = None
