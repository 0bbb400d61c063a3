"""A realistic sample practice log, for the benchmark and the screenshots.

``sample_records(n)`` spreads n sessions over the months before ``end`` (about 14 a day at 50,000
over ten years: a heavy user), mostly on weekdays between appointments, with the kinds of ratings
people give: often a point or two lower afterwards, sometimes the same, now and then higher, some
ratings skipped, a few notes. ``write_sample_log`` writes them straight into monthly files (much
faster than saving one by one).
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mindful_clinic.core.log.records import LogRecord, to_document
from mindful_clinic.services.log.schema import RECORDS_TABLE, empty_tables
from mindful_clinic.services.log.shards import shard_name, write_tables
from mindful_clinic.services.storage.paths import ensure_private_dir

PRACTICES = (
    ("resonance_5_5", "Slow, even breathing", (60, 180, 300)),
    ("extended_4_6", "Longer out-breath (4 and 6)", (60, 180, 300)),
    ("box_4444", "Box breathing", (64, 176, 304)),
    ("cyclic_sigh", "Cyclic sighing", (63, 180, 297)),
    ("body_scan_short", "Short body scan", (180, 300)),
    ("self_compassion_break", "Self-compassion break", (180, 300)),
)
NOTES = ("", "", "", "", "", "between clients", "after a hard session", "slower out-breath helped")


def sample_records(
    n: int, end: datetime | None = None, days: int = 3650, seed: int = 7
) -> list[LogRecord]:
    rng = random.Random(seed)
    end = end or datetime(2026, 1, 30, 17, 0, tzinfo=timezone(timedelta(hours=1)))
    records = []
    for _ in range(n):
        day = end - timedelta(days=rng.randrange(days))
        start = day.replace(hour=rng.randint(8, 18), minute=rng.randrange(60), second=0)
        pid, title, lengths = rng.choice(PRACTICES)
        planned = rng.choice(lengths)
        completed = rng.random() > 0.12
        actual = planned if completed else rng.randint(15, planned - 1)
        before = None if rng.random() < 0.08 else min(10, max(0, round(rng.gauss(5.5, 2.2))))
        after = None
        if before is not None and rng.random() > 0.1:
            after = min(10, max(0, before + rng.choice((-3, -2, -2, -1, -1, -1, 0, 0, 1))))
        records.append(
            LogRecord(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                started_at=start.isoformat(),
                ended_at=(start + timedelta(seconds=actual)).isoformat(),
                practice_id=pid,
                practice_title=title,
                planned_s=planned,
                actual_s=actual,
                completed=completed,
                stress_before=before,
                stress_after=after,
                note=rng.choice(NOTES),
                tempo=1.0,
            )
        )
    return records


def write_sample_log(folder: Path, records: list[LogRecord]) -> None:
    ensure_private_dir(folder)
    by_month: dict[str, list[LogRecord]] = {}
    for r in records:
        by_month.setdefault(r.month, []).append(r)
    for month, group in by_month.items():
        tables = empty_tables()
        tables[RECORDS_TABLE] = {str(i): to_document(r) for i, r in enumerate(group, start=1)}
        write_tables(folder / shard_name(month), tables)


def sample_folder(n: int, folder: Path) -> Path:
    """A log of ``n`` sessions at about a thousand a month (a heavy user: some 12 a day at 50,000
    over ten years... 500,000 over forty), written into ``folder`` once; returns it."""
    if not any(folder.glob("log-*.json")):
        days = 3650 if n <= 50_000 else n * 14_610 // 500_000
        write_sample_log(folder, sample_records(n, days=days))
    return folder
