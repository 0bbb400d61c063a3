""" "Delete all my data" with a synced folder: from this computer only, or everywhere.

No computer ever writes another's files, so "everywhere" is a request every computer carries out
on its own files:

- The erasing computer removes its own log files, writes a tombstone for every record and personal
  item it knows (so a stale copy anywhere cannot bring one back), writes
  ``devices/<its id>/erase.json`` (``{"at": <UTC time>}``) and notes in its ``device.json`` that it
  has honoured that erase (``"erased": <time>``).
- Every computer, when it opens the log or sees files arrive, finds the latest ``erase.json`` of
  any device; if its own ``device.json`` has not honoured it yet, it removes its own files in the
  synced folder and notes it has.
- While reading, a device whose ``device.json`` has not yet honoured the latest erase is left out,
  so a computer that was switched off during the erase shows nothing old, and its old files do not
  come back when it returns: it deletes them itself, then writes new ones as usual.

"From this computer only" stops syncing here without copying anything back, and the app then
deletes this computer's own data folder as before; the synced folder is left exactly as it is.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import timedelta
from pathlib import Path

from mindful_clinic.core.sync.versions import parse_stamp, stamp
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.storage.atomic import atomic_write_text, json_text
from mindful_clinic.services.storage.paths import ensure_private_dir
from mindful_clinic.services.sync.layout import device_dir, device_ids

MARKER = "erase.json"
CARD = "device.json"
KEEP = {CARD, MARKER, ".lock"}


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def latest_erase(folder: Path) -> str | None:
    """The time of the latest "delete everywhere" written by any device (None: never)."""
    found = [_read(device_dir(folder, d) / MARKER).get("at") for d in device_ids(folder)]
    times = [t for t in found if isinstance(t, str) and t]
    return max(times) if times else None


def honoured(folder: Path, device_id: str) -> str:
    """The latest erase this device has carried out on its own files ("" if none)."""
    value = _read(device_dir(folder, device_id) / CARD).get("erased")
    return value if isinstance(value, str) else ""


def live_device_ids(folder: Path) -> list[str]:
    """The devices whose files are read: all of them, less any that has not yet carried out the
    latest erase (its files are all from before it)."""
    ids = device_ids(folder)
    latest = latest_erase(folder)
    if latest is None:
        return ids
    return [d for d in ids if honoured(folder, d) >= latest]


def _note_honoured(folder: Path, device_id: str, when: str) -> None:
    path = device_dir(folder, device_id) / CARD
    card = _read(path) or {"id": device_id}
    card["erased"] = when
    ensure_private_dir(path.parent)
    atomic_write_text(path, json_text(card))


def _remove_own_files(folder: Path, device_id: str) -> None:
    """Everything this device wrote in the synced folder but its card and its erase request (a
    log's ``.lock`` and folder stay: a running log holds them)."""
    own = device_dir(folder, device_id)
    paths = sorted(own.rglob("*"), key=lambda p: len(p.parts), reverse=True)
    for path in paths:
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                if path.parent != own:
                    os.rmdir(path)  # only if empty
            elif path.name != ".lock" and not (path.parent == own and path.name in KEEP):
                path.unlink()


def honour_erase(folder: Path, device_id: str) -> bool:
    """Carry out a "delete everywhere" this device has not yet honoured: its own files in the
    synced folder go. True if it did (the caller reopens what it had read)."""
    latest = latest_erase(folder)
    if latest is None or honoured(folder, device_id) >= latest:
        return False
    _remove_own_files(folder, device_id)
    _note_honoured(folder, device_id, latest)
    return True


def acknowledge(folder: Path, device_id: str) -> None:
    """A computer joining the folder: an erase made before it joined is not about its data."""
    latest = latest_erase(folder)
    if latest is not None and honoured(folder, device_id) < latest:
        _note_honoured(folder, device_id, latest)


def erase_everywhere(folder: Path, device_id: str, clock: Clock) -> str:
    """This computer asks every computer to delete the person's data (the caller has emptied
    this computer's own files: services/sync/log.SyncedLog.delete_all)."""
    when = stamp(clock.now())
    latest = latest_erase(folder)
    if latest is not None and when <= latest:  # this clock runs behind another computer's
        when = stamp(parse_stamp(latest) + timedelta(microseconds=1))
    ensure_private_dir(device_dir(folder, device_id))
    atomic_write_text(device_dir(folder, device_id) / MARKER, json_text({"at": when}))
    _note_honoured(folder, device_id, when)  # its own files: emptied by the caller
    return when


_LEFT: set[str] = set()
"""Synced folders this process stopped using with "delete from this computer only": lists still
open in the window neither read from nor write to them any more."""


def erase_here() -> Path | None:
    """Stop syncing on this computer without copying anything back (the app then deletes this
    computer's own data). The synced folder, and this computer's files in it, are left as they
    are for the other computers. Returns the folder that was used."""
    from mindful_clinic.services.sync.device import set_synced_folder, synced_folder

    folder = synced_folder()
    if folder is None:
        return None
    _LEFT.add(str(folder.absolute()))
    set_synced_folder(None)
    return folder


def left(folder: Path) -> bool:
    return bool(_LEFT) and str(Path(folder).absolute()) in _LEFT


def rejoined(folder: Path) -> None:
    _LEFT.discard(str(Path(folder).absolute()))
