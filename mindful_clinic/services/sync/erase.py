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
- A request counts only when it is well-formed (``erases``): an object whose "at" is a time with
  its zone (compared as a time, never as text), dated no later than this computer's clock and its
  file's own time allow (``SKEW``), in a folder named like a device id, whose computer's card notes
  it has carried it out itself. Anything else is ignored and said once, like any damaged file from
  another computer: a malformed request must never delete this computer's data.
- Each computer also remembers the last erase it carried out in its own local folder
  (``local_dir()/sync-erased.json``, per synced folder): a card that is damaged, lost or brought
  back in an older state is written again from it, and an erase is never carried out twice
  (the second time would delete everything saved here since the first).
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
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mindful_clinic.core.sync.versions import parse_stamp, stamp
from mindful_clinic.core.time.clock import Clock, SystemClock
from mindful_clinic.services.storage.atomic import atomic_write_text, json_text, read_json_object
from mindful_clinic.services.storage.paths import ensure_private_dir, local_dir
from mindful_clinic.services.sync.layout import device_dir, device_ids
from mindful_clinic.services.sync.reader import SyncProblem

MARKER = "erase.json"
CARD = "device.json"
REMEMBERED = "sync-erased.json"
"""In ``local_dir()``: {device id: {synced folder: the last erase carried out there}}."""
KEEP = {CARD, MARKER, ".lock"}
SKEW = timedelta(minutes=10)
"""How far ahead of this computer's clock (and of the file's own time) a request may be dated:
two computers' clocks differ a little. A request dated later cannot be a real one: honouring it
would also delete everything saved until then."""


def _as_stamp(value: object) -> str | None:
    """``value`` as sortable UTC text if it is a time with its zone, else None. Times are only
    ever compared in this form: text such as "x" would sort after every real date."""
    if not isinstance(value, str):
        return None
    try:
        return stamp(parse_stamp(value))
    except (ValueError, OverflowError):
        return None


@dataclass
class Erases:
    """The erase requests in a synced folder: the latest usable one, and why any other was
    ignored (said like any other damaged file from another computer)."""

    latest: str | None = None
    problems: list[SyncProblem] = field(default_factory=list)

    def live(self, folder: Path) -> list[str]:
        """The devices whose files are read: all of them, less any that has not yet carried out
        the latest erase (its files are all from before it)."""
        ids = device_ids(folder)
        if self.latest is None:
            return ids
        return [d for d in ids if honoured(folder, d) >= self.latest]


def _request(folder: Path, device_id: str, now: datetime) -> tuple[str | None, str | None]:
    """(the request's time, None) if ``device_id`` asked to delete everywhere; (None, a reason)
    if its request cannot be used; (None, None) if there is none yet (or it is still arriving)."""
    path = device_dir(folder, device_id) / MARKER
    try:
        text = path.read_text(encoding="utf-8")
        written = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except FileNotFoundError:
        return None, None
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"it cannot be read ({getattr(exc, 'strerror', None) or exc})"
    if not text.strip() or (text.lstrip().startswith("{") and not text.rstrip().endswith("}")):
        return None, None  # empty or cut short: still arriving
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None, "it is not a request to delete everywhere (not valid JSON), so it was ignored"
    at = data.get("at") if isinstance(data, dict) else None
    when = _as_stamp(at)
    if when is None:
        shown = at[:40] if isinstance(at, str) else json.dumps(at)[:40]
        return None, (
            f"its time ({shown}) is not a date and time with its time zone, so this request "
            "to delete everywhere was ignored"
        )
    if parse_stamp(when) > min(now, written) + SKEW:
        return None, (
            f"it is dated {when}, later than it can have been made, so this request to delete "
            "everywhere was ignored"
        )
    if honoured(folder, device_id) < when:
        return None, None  # the computer that asked notes it first: its card is still arriving
    return when, None


def erases(folder: Path, clock: Clock | None = None) -> Erases:
    """Every device's erase request, checked: only a well-formed one, dated no later than now
    (and than its file) give or take ``SKEW``, from a device that has itself carried it out,
    counts."""
    now = (clock or SystemClock()).now()
    found = Erases()
    for dev_id in device_ids(folder):  # folders named like a device id only
        when, problem = _request(folder, dev_id, now)
        if problem is not None:
            found.problems.append(SyncProblem(dev_id, MARKER, problem))
        elif when is not None and (found.latest is None or when > found.latest):
            found.latest = when
    return found


def latest_erase(folder: Path, clock: Clock | None = None) -> str | None:
    """The time of the latest usable "delete everywhere" written by any device (None: never)."""
    return erases(folder, clock).latest


def honoured(folder: Path, device_id: str) -> str:
    """The latest erase this device has carried out on its own files ("" if none, or if its card
    does not say so in a form that can be compared)."""
    return _as_stamp(read_json_object(device_dir(folder, device_id) / CARD).get("erased")) or ""


def live_device_ids(folder: Path, clock: Clock | None = None) -> list[str]:
    """The devices whose files are read (``Erases.live``)."""
    return erases(folder, clock).live(folder)


def _note_honoured(folder: Path, device_id: str, when: str) -> None:
    path = device_dir(folder, device_id) / CARD
    card = read_json_object(path) or {"id": device_id}
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


def _remembered(folder: Path, device_id: str) -> str:
    """The last erase this computer remembers carrying out in ``folder`` ("" if none)."""
    mine = read_json_object(local_dir() / REMEMBERED).get(device_id)
    if not isinstance(mine, dict):
        return ""
    return _as_stamp(mine.get(str(Path(folder).absolute()))) or ""


def _remember(folder: Path, device_id: str, when: str) -> None:
    """Note in this computer's local folder that it carried out the erase of ``when``. Without
    a local folder that takes files the card alone keeps it, as before: the erase itself has
    been carried out, so it is not undone for want of the note."""
    path = local_dir() / REMEMBERED
    data = read_json_object(path)
    mine = data.get(device_id)
    mine = dict(mine) if isinstance(mine, dict) else {}
    key = str(Path(folder).absolute())
    if (_as_stamp(mine.get(key)) or "") >= when:
        return
    mine[key] = when
    data[device_id] = mine
    with contextlib.suppress(OSError):
        atomic_write_text(path, json_text(data))


def _carried_out(folder: Path, device_id: str) -> str:
    """The last erase this computer carried out in ``folder``, by its card or its own memory,
    whichever is later; the card is put right if it lost it (damaged, missing, an older copy),
    so the other computers read this computer's files again."""
    card, kept = honoured(folder, device_id), _remembered(folder, device_id)
    if kept > card:
        _note_honoured(folder, device_id, kept)
        return kept
    if card:
        _remember(folder, device_id, card)  # an erase carried out before it was kept locally
    return card


def honour_erase(folder: Path, device_id: str, clock: Clock | None = None) -> bool:
    """Carry out a "delete everywhere" this device has not yet honoured: its own files in the
    synced folder go. True if it did (the caller reopens what it had read). At most once: one
    already carried out (``_carried_out``) is never carried out again, whatever its card says."""
    done = _carried_out(folder, device_id)
    latest = latest_erase(folder, clock)
    if latest is None or done >= latest:
        return False
    _remove_own_files(folder, device_id)
    _note_honoured(folder, device_id, latest)
    _remember(folder, device_id, latest)
    return True


def acknowledge(folder: Path, device_id: str, clock: Clock | None = None) -> None:
    """A computer joining the folder: an erase made before it joined is not about its data."""
    latest = latest_erase(folder, clock)
    if latest is not None and _carried_out(folder, device_id) < latest:
        _note_honoured(folder, device_id, latest)
        _remember(folder, device_id, latest)


def erase_everywhere(folder: Path, device_id: str, clock: Clock) -> str:
    """This computer asks every computer to delete the person's data (the caller has emptied
    this computer's own files: services/sync/log.SyncedLog.delete_all)."""
    when = stamp(clock.now())
    latest = latest_erase(folder, clock)
    if latest is not None and when <= latest:  # this clock runs behind another computer's
        when = stamp(parse_stamp(latest) + timedelta(microseconds=1))
    ensure_private_dir(device_dir(folder, device_id))
    # the card first: a request counts only once its computer notes it carried it out, so a
    # request left alone by a crash between the two writes is never honoured half-made
    _note_honoured(folder, device_id, when)  # its own files: emptied by the caller
    _remember(folder, device_id, when)
    atomic_write_text(device_dir(folder, device_id) / MARKER, json_text({"at": when}))
    return when


_LEFT: set[str] = set()
"""Synced folders this process stopped using with "delete from this computer only": lists still
open in the window neither read from nor write to them any more."""


def erase_here() -> Path | None:
    """Stop syncing on this computer without copying anything back (the app then deletes this
    computer's own data). The synced folder, and this computer's files in it, are left as they
    are for the other computers. Returns the folder that was used."""
    from mindful_clinic.services.sync.follow import set_synced_folder, synced_folder

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
