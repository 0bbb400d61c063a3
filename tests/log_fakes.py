"""Helpers for the practice-log tests: a valid record to vary, and a run of them over some days."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from mindful_clinic.core.log.records import LogRecord
from mindful_clinic.core.time.clock import Clock, SystemClock
from mindful_clinic.services.log.store import LogStore, log_dir

ID = "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b"
CET = timezone(timedelta(hours=1))


def make(**changes: object) -> LogRecord:
    """A valid record (7 -> 4, three minutes of resonance breathing) with some fields changed."""
    base = LogRecord(
        id=ID,
        started_at="2026-03-02T09:15:00+01:00",
        ended_at="2026-03-02T09:18:00+01:00",
        practice_id="resonance_5_5",
        practice_title="Slow, even breathing",
        planned_s=180,
        actual_s=180,
        completed=True,
        stress_before=7,
        stress_after=4,
        note="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def at(when: datetime, **changes: object) -> LogRecord:
    """A record with a fresh id that started at ``when``."""
    return make(
        id=str(uuid.uuid4()),
        started_at=when.isoformat(),
        ended_at=(when + timedelta(minutes=3)).isoformat(),
        **changes,
    )


def series(
    n: int, start: datetime | None = None, step: timedelta = timedelta(days=1)
) -> list[LogRecord]:
    start = start or datetime(2026, 1, 5, 9, 0, tzinfo=CET)
    return [at(start + i * step, stress_before=5 + i % 4, stress_after=3 + i % 3) for i in range(n)]


def user_log(clock: Clock | None = None) -> LogStore:
    """The log in the test's data folder, as the app opens it (the real clock unless given)."""
    return LogStore(log_dir(), clock or SystemClock())
