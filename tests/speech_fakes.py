"""A recording speaker for tests: remembers what it was asked to say, never makes a sound.

Given a clock, it also takes a set time per word (``seconds_per_word``), so ``speaking`` is true
until the words would have ended, and ``utterances`` records when each began and ended and whether
it was cut off by ``stop``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mindful_clinic.core.time.clock import Clock


@dataclass
class Utterance:
    text: str
    start: float
    end: float
    """When it ended (or would end, while still being spoken)."""
    cut: bool = False


class FakeSpeaker:
    def __init__(
        self,
        available: bool = True,
        problem: str | None = None,
        *,
        clock: Clock | None = None,
        seconds_per_word: float = 0.4,
    ) -> None:
        self.clock = clock
        self.seconds_per_word = seconds_per_word
        self.utterances: list[Utterance] = []
        self._available = available
        self._problem = problem if problem is not None or available else "No speech engine found"
        self._notice_given = False
        self.said: list[str] = []
        self.stops = 0
        self.voice = ""
        self.rate = 0.0
        self.volume = 1.0

    @property
    def available(self) -> bool:
        return self._available

    @property
    def problem(self) -> str | None:
        return self._problem

    def say(self, text: str) -> None:
        if self._available and text:
            self._cut_short()
            self.said.append(text)
            if self.clock is not None:
                now = self.clock.monotonic()
                length = len(text.split()) * self.seconds_per_word
                self.utterances.append(Utterance(text, now, now + length))

    def stop(self) -> None:
        self.stops += 1
        self._cut_short()

    def text(self) -> str:
        """Everything said, joined (the pacer says a step's words a sentence at a time)."""
        return " ".join(self.said)

    @property
    def speaking(self) -> bool:
        if self.clock is None or not self.utterances:
            return False
        last = self.utterances[-1]
        return not last.cut and self.clock.monotonic() < last.end

    def _cut_short(self) -> None:
        if self.speaking and self.clock is not None:
            last = self.utterances[-1]
            last.end, last.cut = self.clock.monotonic(), True

    def set_voice(self, name: str) -> bool:
        if name in self.voices():
            self.voice = name
            return True
        return False

    def set_rate(self, rate: float) -> None:
        self.rate = rate

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def voices(self) -> list[str]:
        return ["Anne", "Bob"] if self._available else []

    def take_notice(self) -> str | None:
        if self._problem and not self._notice_given:
            self._notice_given = True
            return self._problem
        return None
