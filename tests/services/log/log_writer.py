"""A writer process for the crash test: saves practices in a loop and prints each id once saved.

Run as ``python log_writer.py FOLDER SEED``. Prints "ready" once the log is open, then one id per
line, each only after ``LogStore.add`` has returned (the record is on disk): an acknowledgement.
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mindful_clinic.core.log.records import LogRecord
from mindful_clinic.core.time.clock import SystemClock
from mindful_clinic.services.log.store import LogStore


def main() -> None:
    folder, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    store = LogStore(folder, SystemClock())
    print("ready", flush=True)
    base = datetime(2026, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    while True:
        start = base + timedelta(minutes=rng.randrange(60 * 24 * 75))  # three monthly files
        record = LogRecord(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            started_at=start.isoformat(),
            ended_at=(start + timedelta(seconds=120)).isoformat(),
            practice_id="resonance_5_5",
            practice_title="Slow, even breathing",
            planned_s=120,
            actual_s=rng.randint(30, 120),
            completed=rng.random() < 0.8,
            stress_before=rng.randint(0, 10),
            stress_after=rng.choice([None, *range(11)]),
            note=rng.choice(["", "between clients", 'a "quoted", note\nwith a line break']),
        )
        store.add(record)
        print(record.id, flush=True)


if __name__ == "__main__":
    main()
