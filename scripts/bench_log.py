"""Practice-log benchmark: saving one practice, opening the log with its insights, exporting.

``log_save_ms_50k``: median time of ``LogStore.add`` (one practice, fsynced) into a log that already
holds 50,000 records spread over ten years. ``log_open_stats_ms_50k``: median time to open that log
in a new ``LogStore`` (as the app does at start, its aggregates saved by the previous run) and compute
the insights. ``log_open_stats_ms_50k_cold`` is the same without index and aggregates (the first start after
an upgrade or with the index deleted), reported for honesty; the issue's target is for the former.

At 500,000 records over forty years (about a thousand a month): ``log_open_stats_ms_500k`` (warm:
the aggregates saved by the previous run) and ``log_open_stats_ms_500k_cold`` (index and aggregates
deleted before each run: one pass over the files, then cached). ``export_csv_s_200k``: CSV export of
200,000 records to a file, as the window's Export does it, in a fresh process;
``export_csv_floor_s_200k``: the same records read with ``json`` and written with ``csv`` and
nothing else, in the same run (the processes alternate); ``export_csv_mb_200k``: how much the
export's process grew while exporting (peak resident memory, VmHWM, above that after opening the log).
"""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from log_sample import sample_folder, sample_records, write_sample_log

from mindful_clinic.core.log.records import LogRecord, new_id
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.aggregates import drop_aggregates
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
            drop_aggregates(folder)
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
            **_open_500k(tmp / "log500k", clock),
            **_export_200k(tmp / "log200k", clock),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _open_500k(folder: Path, clock: ManualClock) -> dict[str, float]:
    sample_folder(500_000, folder)
    today = clock.now().date()
    cold = []
    for _ in range(3):
        drop_index(folder)
        drop_aggregates(folder)
        gc.collect()
        t0 = time.perf_counter()
        LogStore(folder, clock).insights(today)
        cold.append(time.perf_counter() - t0)
    LogStore(folder, clock).close()
    warm = []
    for _ in range(7):
        gc.collect()
        t0 = time.perf_counter()
        LogStore(folder, clock).insights(today)
        warm.append(time.perf_counter() - t0)
    return {
        "log_open_stats_ms_500k": round(statistics.median(warm) * 1000, 1),
        "log_open_stats_ms_500k_cold": round(statistics.median(cold) * 1000, 1),
    }


EXPORT_CHILD = """
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from mindful_clinic.core.log.exchange import csv_chunks
from mindful_clinic.core.log.records import csv_rows_of_documents
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.store import LogStore
from mindful_clinic.services.storage.atomic import atomic_write_chunks
def status(key):  # VmHWM: the peak since exec (ru_maxrss keeps the forking parent's)
    return int([l for l in open('/proc/self/status') if l.startswith(key)][0].split()[1])
store = LogStore(Path(sys.argv[1]), ManualClock(datetime(2026, 1, 30, 18, 0, tzinfo=UTC)))
base = status('VmRSS')
t0 = time.perf_counter()
rows = csv_rows_of_documents  # as the window's and the command line's Export do
atomic_write_chunks(Path(sys.argv[2]), csv_chunks(store.iter_documents(), rows), backup=False)
took = time.perf_counter() - t0
print(took, (status('VmHWM') - base) / 1024)
"""

FLOOR_CHILD = """
import csv, json, sys, time
from pathlib import Path
t0 = time.perf_counter()
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, lineterminator="\\r\\n")
    for path in sorted(Path(sys.argv[1]).glob("log-*.json")):
        for doc in json.loads(path.read_bytes())["practices"].values():
            writer.writerow(doc.values())
print(time.perf_counter() - t0, 0)
"""


def _export_200k(folder: Path, clock: ManualClock) -> dict[str, float]:
    sample_folder(200_000, folder)
    store = LogStore(folder, clock)  # as the app leaves a log it wrote: every month validated
    for _ in store.iter_records():
        pass
    store.close()
    del store
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    runs: dict[str, list[tuple[float, float]]] = {"app": [], "floor": []}
    for _ in range(3):
        for kind, code in (("app", EXPORT_CHILD), ("floor", FLOOR_CHILD)):
            out = folder.parent / f"export-{kind}.csv"
            done = subprocess.run(
                [sys.executable, "-c", code, str(folder), str(out)],
                capture_output=True, text=True, env=env, check=True,
            )  # fmt: skip
            took, grew = map(float, done.stdout.split())
            runs[kind].append((took, grew))
            out.unlink()
    return {
        "export_csv_s_200k": round(statistics.median(t for t, _ in runs["app"]), 2),
        "export_csv_floor_s_200k": round(statistics.median(t for t, _ in runs["floor"]), 2),
        "export_csv_mb_200k": round(statistics.median(m for _, m in runs["app"]), 1),
    }


if __name__ == "__main__":
    print(measure())
