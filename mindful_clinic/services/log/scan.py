"""Opening a log without its caches: every month tallied in one pass, no record built.

This happens on the first start after an upgrade, or when ``aggregates.json`` was lost. Each
monthly file is parsed and its sessions tallied straight from the parsed documents; only the
fields the tally reads are checked, and a month that is anything but plain, current and
well-formed is left to the careful reading (services/log/recovery.py), which also sets damage
aside. A record wrong only in a field the tally does not read is found when its month is read in
full (History, an export), and the month is tallied again then.

Half a million records are some 200 MB of JSON, and parsing it is three quarters of the work
(the tally's loop the rest; counting with whole-column operations measured slower). When there is
that much to read, the months are shared out among worker processes, one per core (at most four),
each sending back only its months' tallies; a few months, a single core, or an app frozen into one
executable (whose processes would start the whole app) read everything here. Workers are started
fresh, so, as for any use of multiprocessing's "spawn", a script that opens a large log must keep
its own work under ``if __name__ == "__main__":`` (the app's entry points do).
"""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from mindful_clinic.core.log.tally import DayTally, PracticeTally, Tally
from mindful_clinic.services.log.aggregates import FileKey, MonthAggregate, content_hash
from mindful_clinic.services.log.schema import CURRENT_VERSION, RECORDS_TABLE, schema_version
from mindful_clinic.services.log.shards import Signature, shard_name

PARALLEL_BYTES = 24 << 20
"""Less than this to read (some 60,000 records) costs less than starting the workers."""
MAX_WORKERS = 4


def scan_month(path: Path, month: str) -> MonthAggregate | None:
    """One monthly file tallied in one pass, or None when it has to be read the careful way
    (missing, damaged, an older layout, an odd record)."""
    try:
        st = os.stat(path)
        data = path.read_bytes()
        tables = json.loads(data)
        if schema_version(tables) != CURRENT_VERSION:
            return None
        docs = tables.get(RECORDS_TABLE, {}).values()
        out = Tally()
        practices, days = out.practices, out.days
        for doc in docs:
            started, pid, title = doc["started_at"], doc["practice_id"], doc["practice_title"]
            secs, done = doc["actual_s"], doc["completed"]
            before, after = doc.get("stress_before"), doc.get("stress_after")
            if (
                type(started) is not str
                or started[:7] != month
                or type(pid) is not str
                or not pid
                or type(title) is not str
                or type(secs) is not int
                or secs < 0
                or type(done) is not bool
            ):
                return None
            p = practices.get(pid)
            if p is None:
                p = practices[pid] = PracticeTally(first_at=started)
            p.sessions += 1
            p.completed += done
            p.seconds += secs
            if started < p.first_at:
                p.first_at = started
            if started >= p.last_at:
                p.last_at, p.title = started, title
            day = days.get(started[:10])
            if day is None:
                day = days[started[:10]] = DayTally()
            day.sessions += 1
            if before is not None and after is not None:
                if type(before) is not int or type(after) is not int:
                    return None
                if not (0 <= before <= 10 and 0 <= after <= 10):
                    return None
                p.dense[before * 11 + after] += 1
                day.before[before] += 1
                day.after[after] += 1
            elif (before is not None and not _rating(before)) or (
                after is not None and not _rating(after)
            ):
                return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None
    key = FileKey(st.st_size, st.st_mtime_ns, content_hash(data))
    return MonthAggregate(key, out, "", True)


def scan_months(folder: Path, sizes: dict[str, int]) -> dict[str, MonthAggregate | None]:
    """``scan_month`` of each month in ``sizes`` (month: its file's size), in worker processes
    when there is much to read. Workers are started fresh (not forked), as the log opens in a
    thread of the window's process; should they fail to start, the months are read here."""
    months = sorted(sizes)
    paths = [folder / shard_name(month) for month in months]
    workers = min(MAX_WORKERS, os.cpu_count() or 1, len(months))
    if sum(sizes.values()) >= PARALLEL_BYTES and workers > 1 and not getattr(sys, "frozen", False):
        chunk = -(-len(months) // (workers * 4))  # small enough to share out evenly
        try:
            with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
                return dict(
                    zip(months, pool.map(scan_month, paths, months, chunksize=chunk), strict=True)
                )
        except (OSError, BrokenProcessPool):
            pass
    return dict(zip(months, map(scan_month, paths, months), strict=True))


def unmatched(
    on_disk: dict[str, Signature], cached: dict[str, MonthAggregate], known: dict[str, Any]
) -> dict[str, int]:
    """The months on disk, with their sizes, that are not in memory and that no cached entry can
    stand for (none, or one for a file of another size)."""
    out = {}
    for month, (_, size, _) in on_disk.items():
        agg = cached.get(shard_name(month))
        if month not in known and (agg is None or agg.key.size != size):
            out[month] = size
    return out


def _rating(value: object) -> bool:
    return type(value) is int and 0 <= value <= 10
