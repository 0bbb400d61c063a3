"""Synced-folder benchmark (issue #20): opening a log spread over five computers.

``sync_merge_ms``: median time to open the merged log (a new ``SyncedLog``, as the app does at start,
with this computer's per-device caches saved by the previous run) and compute the insights, with five
devices of ten years each, 50,000 records in all, and 200 edits and deletions from the others.
``sync_merge_ms_cold`` is the first opening, before any cache exists, reported for honesty.
The log's open target (≤ 250 ms warm) applies to the former.
"""

from __future__ import annotations

import gc
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from log_sample import sample_records, write_sample_log

from mindful_clinic.core.log.records import to_document
from mindful_clinic.core.sync.versions import Version, stamp
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sync.changes import write_changes
from mindful_clinic.services.sync.device import Device
from mindful_clinic.services.sync.layout import device_log_dir, write_device_card
from mindful_clinic.services.sync.log import SyncedLog

DEVICES = 5
N = 50_000


def measure() -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="mc-bench-sync-"))
    try:
        synced, cache = tmp / "Sync", tmp / "local-cache"
        devices = [Device(secrets.token_hex(16), f"Computer {i}") for i in range(DEVICES)]
        when = datetime(2026, 1, 30, 18, 0, tzinfo=UTC)
        for i, device in enumerate(devices):
            records = sample_records(N // DEVICES, seed=100 + i)
            write_device_card(synced, device.id, device.name)
            folder = device_log_dir(synced, device.id)
            write_sample_log(folder, records)
            versions = {
                r.id: Version(r.id, stamp(when), device.id, None if k % 2 else to_document(r))
                for k, r in enumerate(records[:40])
            }
            write_changes(folder / "changes.json", device.id, versions)
        del records
        gc.collect()
        clock = ManualClock(when)
        today = clock.now().date()

        t0 = time.perf_counter()
        log = SyncedLog(synced, devices[0], clock, cache=cache)
        log.insights(today)
        cold = time.perf_counter() - t0
        log.close()  # as at the end of a normal run: the caches are saved

        warm = []
        for _ in range(7):
            t0 = time.perf_counter()
            log = SyncedLog(synced, devices[0], clock, cache=cache)
            log.insights(today)
            warm.append(time.perf_counter() - t0)
        assert len(log) == N - DEVICES * 20, len(log)
        return {
            "sync_merge_ms": round(statistics.median(warm) * 1000, 1),
            "sync_merge_ms_cold": round(cold * 1000, 1),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import json

    print(json.dumps(measure(), indent=2))
