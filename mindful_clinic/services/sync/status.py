"""The state of syncing, for ``mindful-clinic sync status`` and the Settings page.

Keys: ``folder`` (or null), ``device`` (id, name), ``devices`` (id, name, last_write in UTC,
records, this_device), ``conflicts`` (conflict copies read and merged, as paths in the folder) and
``problems`` (plain-words messages about files that could not be read; never changed).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.sync.device import this_device
from mindful_clinic.services.sync.follow import synced_folder
from mindful_clinic.services.sync.layout import device_name, last_write
from mindful_clinic.services.sync.log import SyncedLog
from mindful_clinic.services.sync.personal import PERSONAL, PersonalFile
from mindful_clinic.services.sync.switch import stuck_switch


def sync_status(clock: Clock) -> dict[str, Any]:
    """What ``sync status --json`` prints and the Settings page shows."""
    device = this_device()
    folder = synced_folder()
    out: dict[str, Any] = {
        "folder": str(folder) if folder else None,
        "device": {"id": device.id, "name": device.name},
        "devices": [],
        "conflicts": [],
        "problems": [],
    }
    waiting = stuck_switch()
    if waiting:
        out["problems"].append(waiting)
    if folder is None:
        return out
    if not folder.is_dir():
        out["problems"].append(
            f"The synced folder {folder} cannot be found; if it is on a drive that is not "
            "connected, connect it. Nothing is lost: practices saved there wait in it."
        )
        return out
    with SyncedLog(folder, device, clock) as log:
        counts = log.records_per_device()
        for dev_id in sorted(counts):
            when = last_write(folder, dev_id)
            out["devices"].append(
                {
                    "id": dev_id,
                    "name": device.name if dev_id == device.id else device_name(folder, dev_id),
                    "last_write": (
                        datetime.fromtimestamp(when, UTC).isoformat(timespec="seconds")
                        if when is not None
                        else None
                    ),
                    "records": counts[dev_id],
                    "this_device": dev_id == device.id,
                }
            )
        out["conflicts"] = log.conflicts()
        out["problems"] += [p.message for p in log.problems]
    for name in PERSONAL:
        personal = PersonalFile(folder, device, name, clock)
        personal.versions()
        out["conflicts"] += personal.conflicts
        out["problems"] += [p.message for p in personal.problems]
    return out
