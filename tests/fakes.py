"""Small fakes shared by the tests: a clock that moves only when told to, and friends."""

from __future__ import annotations

from collections.abc import Callable

from mindful_clinic.core.time.clock import ManualClock

__all__ = ["FakeTimer", "ManualClock"]


class FakeTimer:
    """A single-shot timer that only records when it was armed; the test fires it."""

    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.interval_ms: int | None = None
        self.active = False
        self.starts = 0

    def start(self, msec: int) -> None:
        self.interval_ms, self.active = msec, True
        self.starts += 1

    def stop(self) -> None:
        self.active = False

    def is_active(self) -> bool:
        return self.active
