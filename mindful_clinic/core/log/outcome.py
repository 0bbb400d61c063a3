"""What one practice amounted to: the facts the practice log records, gathered as the practice ends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class PracticeOutcome:
    practice_id: str
    practice_title: str
    started_at: datetime
    ended_at: datetime
    planned_s: float
    actual_s: float
    completed: bool
    mode: str = "solo"
    variant: str = ""
    tempo: float = 1.0
    stress_before: int | None = None
    stress_after: int | None = None
    note: str = ""
