"""The synced folder's layout. Each computer writes only under its own ``devices/<id>/``:

    <synced folder>/
      devices/<id>/device.json          this computer's name (for the others' status), and the
                                        last "delete everywhere" it carried out
      devices/<id>/erase.json           only after "delete everywhere" on this computer
      devices/<id>/<name>.json          what follows the person: reflections, settings...
      devices/<id>/log/log-YYYY-MM.json  practices saved here (same TinyDB files as ever)
      devices/<id>/log/changes.json      edits and deletions made here (versions, tombstones)

No two computers ever write the same file, which is what file-sync tools handle well.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path

from mindful_clinic.services.storage.atomic import atomic_write_text, json_text
from mindful_clinic.services.storage.paths import ensure_private_dir

DEVICES = "devices"
_ID = re.compile(r"^[0-9a-f]{32}$")


def device_dir(folder: Path, device_id: str) -> Path:
    return Path(folder) / DEVICES / device_id


def device_log_dir(folder: Path, device_id: str) -> Path:
    return device_dir(folder, device_id) / "log"


def device_ids(folder: Path) -> list[str]:
    """Every device that has written to the synced folder, sorted (the same order everywhere)."""
    found: list[str] = []
    with contextlib.suppress(OSError), os.scandir(Path(folder) / DEVICES) as entries:
        found = [e.name for e in entries if _ID.match(e.name) and e.is_dir()]
    return sorted(found)


def write_device_card(folder: Path, device_id: str, name: str) -> None:
    """This computer's own ``device.json``, so the others can show its name."""
    target = device_dir(folder, device_id)
    ensure_private_dir(target)
    path = target / "device.json"
    doc: dict[str, object] = {"id": device_id, "name": name}
    old: object = None
    with contextlib.suppress(OSError, ValueError, RecursionError):
        old = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(old, dict) and isinstance(old.get("erased"), str):
        doc["erased"] = old["erased"]  # the last "delete everywhere" it honoured (sync/erase.py)
    if old == doc:
        return
    atomic_write_text(path, json_text(doc))


def device_name(folder: Path, device_id: str) -> str:
    """A device's name as it wrote it; its id's start if the card is missing, still arriving or
    not a card at all (another computer's file: anything may be in it). Line breaks and other
    control characters are left out, so one device is always one line of ``sync status``."""
    card: object = None
    with contextlib.suppress(OSError, ValueError, RecursionError):
        card = json.loads((device_dir(folder, device_id) / "device.json").read_text("utf-8"))
    name = card.get("name") if isinstance(card, dict) else None
    if isinstance(name, str):
        name = " ".join("".join(c if c.isprintable() else " " for c in name).split())[:60]
        if name:
            return name
    return device_id[:8]


def last_write(folder: Path, device_id: str) -> float | None:
    """When the device last changed a file of its log (seconds since the epoch), if ever."""
    newest: float | None = None
    with contextlib.suppress(OSError), os.scandir(device_log_dir(folder, device_id)) as entries:
        for e in entries:
            if e.name.endswith(".json") and not e.name.startswith("."):
                with contextlib.suppress(OSError):
                    t = e.stat().st_mtime
                    newest = t if newest is None or t > newest else newest
    return newest
