"""A rebuildable index of the practice log, so opening ten years of it stays fast.

Opening the log and drawing the insights needs only a few fields per session (date, practice,
minutes, ratings), but parsing and validating 50,000 full records takes about half a second. The
index keeps those fields for each monthly file, keyed like the aggregates by what survives a copy
(size and content hash, services/log/aggregates.py). Opening and Insights need only the aggregates;
the index is read when the sessions themselves are needed (finding a record by id, an import), and
a month whose file no longer matches is read and validated in full. The index is only a cache: it is never the
only copy of anything, a damaged or stale index is simply rebuilt, and ratings in it are checked
again as they are read.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any

from mindful_clinic.core.log.records import LogRecord
from mindful_clinic.core.log.stats import StatRow
from mindful_clinic.services.log.aggregates import FileKey
from mindful_clinic.services.storage.atomic import atomic_write_bytes

INDEX_NAME = "index.json"
INDEX_VERSION = 3
COLUMNS = ("id", "started_at", "name", "actual_s", "completed", "before", "after")
"""Per month, one list per field; "name" indexes (practice_id, title) pairs; -1 = no rating."""


@dataclass
class MonthDigest:
    key: FileKey
    rows: list[StatRow]


def rows_for(records: list[LogRecord]) -> list[StatRow]:
    return [
        StatRow(
            r.id,
            r.started_at,
            r.practice_id,
            r.practice_title,
            r.actual_s,
            r.completed,
            r.stress_before,
            r.stress_after,
        )
        for r in records
    ]


def read_index(folder: Path) -> dict[str, MonthDigest]:
    """Whatever usable months the index holds; an unreadable index is an empty one."""
    try:
        data = json.loads((folder / INDEX_NAME).read_bytes())
        if data.get("version") != INDEX_VERSION:
            return {}
        return {month: _digest(entry) for month, entry in data["months"].items()}
    except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError):
        return {}


def _digest(entry: dict[str, Any]) -> MonthDigest:
    """One month's rows from columns (compact, and checked with a few whole-column operations)."""
    key, names, cols = FileKey.from_json(entry["key"]), entry["names"], entry["cols"]
    ids, started, name_no, secs, done, before, after = (cols[k] for k in COLUMNS)
    count = len(ids)
    if any(len(cols[k]) != count for k in COLUMNS):
        raise ValueError("columns of different lengths")
    for col in (ids, started):
        if set(map(type, col)) - {str}:
            raise TypeError("text expected")
    for col in (name_no, secs, done, before, after):
        if set(map(type, col)) - {int}:  # refuses floats, booleans, strings, nulls
            raise TypeError("whole numbers expected")
    for col in (before, after):
        if col and (min(col) < -1 or max(col) > 10):
            raise ValueError("rating out of range in index")
    pids = [n[0] for n in names]
    titles = [n[1] for n in names]
    rows = list(
        map(
            tuple.__new__,
            repeat(StatRow),
            zip(
                ids,
                started,
                [pids[i] for i in name_no],
                [titles[i] for i in name_no],
                secs,
                [d == 1 for d in done],
                [None if b < 0 else b for b in before],
                [None if a < 0 else a for a in after],
                strict=True,
            ),
        )
    )
    return MonthDigest(key, rows)


def write_index(folder: Path, months: dict[str, MonthDigest]) -> None:
    """Best effort: a failure here costs only speed at the next start."""
    out: dict[str, object] = {}
    for month, digest in sorted(months.items()):
        names: dict[tuple[str, str], int] = {}
        rows = digest.rows
        cols = {
            "id": [r.id for r in rows],
            "started_at": [r.started_at for r in rows],
            "name": [names.setdefault((r.practice_id, r.practice_title), len(names)) for r in rows],
            "actual_s": [r.actual_s for r in rows],
            "completed": [int(r.completed) for r in rows],
            "before": [-1 if r.stress_before is None else r.stress_before for r in rows],
            "after": [-1 if r.stress_after is None else r.stress_after for r in rows],
        }
        out[month] = {"key": digest.key.to_json(), "names": [list(n) for n in names], "cols": cols}
    payload = {"version": INDEX_VERSION, "months": out}
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with contextlib.suppress(OSError):
        atomic_write_bytes(folder / INDEX_NAME, data, backup=False)


def update_index(
    folder: Path,
    months: dict[str, tuple[FileKey, list[StatRow] | None]],
    old: dict[str, MonthDigest] | None = None,
) -> None:
    """Write the rows known now; a month whose rows were not needed (None) keeps its entry in the
    index as it was (``old``, read if not given), if that entry still matches its file."""
    if old is None and any(rows is None for _, rows in months.values()):
        old = read_index(folder)
    digests = {}
    for month, (key, rows) in months.items():
        kept = old.get(month) if old else None
        if rows is not None:
            digests[month] = MonthDigest(key, rows)
        elif kept is not None and kept.key.digest == key.digest:
            digests[month] = kept
    write_index(folder, digests)


def drop_index(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / INDEX_NAME).unlink()
