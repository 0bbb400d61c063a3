"""Opening one month of the practice log whatever state its file is in.

- One invalid record (a rating of 11 after a hand edit or a sync tool's merge) is set aside, not the
  month: the file as it was is kept as ``NAME.damaged-*.json`` and the month is written again
  without that record, so every other session of the month stays in History, Insights and exports.
- A file that cannot be parsed at all is moved aside and its last good ``.bak`` restored.
- A file that cannot be opened (no permission) is shown from its ``.bak``, read-only.
- In a folder that cannot be changed (read-only, full), the same is done in memory only: nothing is
  hidden, and the files are left as they are.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mindful_clinic.services.log.problems import LogProblem
from mindful_clinic.services.log.schema import CURRENT_VERSION, NewerSchema
from mindful_clinic.services.log.shards import (
    DamagedShard,
    LoadedShard,
    load_shard,
    move_aside,
    serialize,
)
from mindful_clinic.services.storage.atomic import atomic_write_bytes, backup_path, fsync_dir


@dataclass
class Opened:
    loaded: LoadedShard | None
    problems: list[LogProblem] = field(default_factory=list)
    readonly: bool = False
    """The month is shown but must not be written (newer layout, or not repaired on disk)."""


def open_month(path: Path, month: str, now: datetime) -> Opened:
    try:
        loaded = load_shard(path, month, lenient=True)
    except NewerSchema as exc:
        return Opened(None, [LogProblem("newer", month, str(exc))], readonly=True)
    except DamagedShard as exc:
        return repair(path, month, exc.reason, now)
    except OSError as exc:
        return from_backup(path, month, exc.strerror or str(exc))
    if loaded.bad:
        return Opened(loaded, [quarantine(path, month, loaded, now)])
    return Opened(loaded)


def quarantine(path: Path, month: str, loaded: LoadedShard, now: datetime) -> LogProblem:
    """Keep the file as it was, then write the month again without its invalid records."""
    reasons = "; ".join(why for _, why in loaded.bad[:3])
    if len(loaded.bad) > 3:
        reasons += f"; and {len(loaded.bad) - 3} more"
    moved: Path | None = None
    try:
        moved = move_aside(path, now, keep_original=True)
        atomic_write_bytes(path, serialize(loaded.tables), backup=False)
    except OSError:
        pass  # a folder that cannot be changed: set aside in memory only, asked again next time
    return LogProblem("quarantined", month, reasons, moved, count=len(loaded.bad))


def repair(path: Path, month: str, reason: str, now: datetime) -> Opened:
    """Move the damaged file aside and bring back the last good backup, if there is one."""
    moved: Path | None = None
    with contextlib.suppress(OSError):
        moved = move_aside(path, now, keep_original=True)
    bak = backup_path(path)
    restored: LoadedShard | None = None
    if bak.exists():
        try:
            from_bak = load_shard(bak, month, lenient=True)
            restored = LoadedShard(from_bak.tables, from_bak.records, CURRENT_VERSION)
        except DamagedShard:
            with contextlib.suppress(OSError):
                move_aside(bak, now)  # a damaged backup must not become the next .bak's victim
        except (NewerSchema, OSError):
            pass
    readonly = moved is None
    if not readonly:
        try:
            if restored is not None:
                atomic_write_bytes(path, serialize(restored.tables), backup=False)
            else:
                path.unlink()
                fsync_dir(path.parent)
        except OSError:
            readonly = True  # shown from memory; the file stays as it is
    problem = LogProblem("damaged", month, reason, moved, restored is not None)
    return Opened(restored, [problem], readonly)


def from_backup(path: Path, month: str, reason: str) -> Opened:
    """A month that cannot be opened: shown from its backup, and not changed."""
    loaded: LoadedShard | None = None
    with contextlib.suppress(DamagedShard, NewerSchema, OSError):
        loaded = load_shard(backup_path(path), month, lenient=True)
    problem = LogProblem("unreadable", month, reason, None, loaded is not None)
    return Opened(loaded, [problem], readonly=True)
