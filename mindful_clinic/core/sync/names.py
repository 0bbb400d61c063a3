"""What a file name in a synced folder means: ours, a sync tool's half-written file, or a copy
the sync tool made when two computers changed the same file ("conflict copy").

Conflict copies recognised (the name before ``.json`` gains a marker):
- Syncthing: ``log-2026-03.sync-conflict-20260301-101500-ABCDEFG.json``
- Dropbox: ``log-2026-03 (Anna's conflicted copy 2026-03-01).json``
- Nextcloud / ownCloud: ``log-2026-03 (conflicted copy 2026-03-01 101500).json``
- OneDrive: ``log-2026-03-DESKTOP-7Q1.json`` (the computer's name appended)

Temporary names a sync tool writes while a file arrives (``.syncthing.*.tmp``, ``~syncthing~*``,
``~$*``, ``*.partial``, Dropbox's ``.dropbox*``) are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONFLICT = (
    r"(?:\.sync-conflict-[0-9A-Za-z-]+"
    r"| \([^()]*conflicted copy[^()]*\)"
    r"|-(?!damaged)[A-Za-z0-9][A-Za-z0-9_-]*)"
)
_SHARD = re.compile(r"^log-(\d{4}-\d{2})(" + _CONFLICT + r")?\.json$")
_CHANGES = re.compile(r"^changes(" + _CONFLICT + r")?\.json$")
CHANGES_NAME = "changes.json"


@dataclass(frozen=True)
class FileKind:
    kind: str
    """"shard" (a month of the log) or "changes" (edits and deletions)."""
    month: str
    """"YYYY-MM" for a shard, "" otherwise."""
    conflict: bool


def is_temporary(name: str) -> bool:
    """A file a sync tool (or our own atomic write) is still writing."""
    lower = name.lower()
    return (
        lower.startswith((".syncthing.", "~syncthing~", "~$", ".~", ".dropbox"))
        or lower.endswith((".tmp", ".partial", ".part", ".!sync"))
        or (lower.startswith(".") and ".tmp" in lower)
    )


def classify(name: str) -> FileKind | None:
    """What a file in a device's log folder is; None for anything else (backups, temporaries)."""
    if is_temporary(name):
        return None
    m = _SHARD.match(name)
    if m:
        return FileKind("shard", m.group(1), m.group(2) is not None)
    m = _CHANGES.match(name)
    if m:
        return FileKind("changes", "", m.group(1) is not None)
    return None
