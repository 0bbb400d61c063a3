"""A recording speaker for tests: remembers what it was asked to say, never makes a sound."""

from __future__ import annotations


class FakeSpeaker:
    def __init__(self, available: bool = True, problem: str | None = None) -> None:
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
            self.said.append(text)

    def stop(self) -> None:
        self.stops += 1

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
