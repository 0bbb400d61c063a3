"""Practice-log benchmark: saving one practice, and opening the log with its insights, at 50,000.

``log_save_ms_50k``: median time of ``LogStore.add`` (one practice, fsynced) into a log that already
holds 50,000 records spread over ten years. ``log_open_stats_ms_50k``: median time to open that log
in a new ``LogStore`` (as the app does at start, its index saved by the previous run) and compute
the insights. ``log_open_stats_ms_50k_cold`` is the same without the index (the first start after
an upgrade or with the index deleted), reported for honesty; the issue's target is for the former.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from log_sample import sample_records, write_sample_log

from mindful_clinic.core.log.records import LogRecord, new_id
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.index import drop_index
from mindful_clinic.services.log.store import LogStore

N = 50_000


def measure() -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="mc-bench-log-"))
    try:
        folder = tmp / "log"
        records = sample_records(N)
        write_sample_log(folder, records)
        last = records[-1]
        del records  # the benchmark should not carry 50,000 extra objects through the collector
        gc.collect()
        clock = ManualClock(datetime(2026, 1, 30, 18, 0, tzinfo=UTC))
        today = clock.now().date()

        cold = []
        for _ in range(3):
            drop_index(folder)
            t0 = time.perf_counter()
            LogStore(folder, clock).insights(today)
            cold.append(time.perf_counter() - t0)
        LogStore(folder, clock).close()  # as at the end of a normal run: the index is saved

        warm = []
        for _ in range(7):
            t0 = time.perf_counter()
            store = LogStore(folder, clock)
            store.insights(today)
            warm.append(time.perf_counter() - t0)

        saves = []
        start = clock.now()
        for i in range(41):
            began = start + timedelta(minutes=10 * i)
            record = LogRecord(
                new_id(),
                began.isoformat(),
                (began + timedelta(seconds=180)).isoformat(),
                last.practice_id,
                last.practice_title,
                180,
                180,
                True,
                6,
                4,
            )
            t0 = time.perf_counter()
            store.add(record)
            saves.append(time.perf_counter() - t0)
        assert len(store) == N + 41
        return {
            "log_save_ms_50k": round(statistics.median(saves) * 1000, 2),
            "log_open_stats_ms_50k": round(statistics.median(warm) * 1000, 1),
            "log_open_stats_ms_50k_cold": round(statistics.median(cold) * 1000, 1),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(measure())
