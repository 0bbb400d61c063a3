"""The presenter tests' clock and a one-minute even-breathing session (5 s in, 5 s out) on it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.time.clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 12, 30, tzinfo=UTC))


@pytest.fixture
def session(clock: ManualClock) -> PracticeSession:
    pattern = next(p for p in load_shipped_patterns() if p.id == "even_5_5")  # 5 s in, 5 s out
    return PracticeSession(pattern.timeline(60), clock)
