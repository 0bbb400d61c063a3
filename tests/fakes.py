"""Small fakes shared by the tests: a clock that moves only when told to, and friends."""

from __future__ import annotations

from mindful_clinic.core.time.clock import ManualClock

__all__ = ["ManualClock"]
