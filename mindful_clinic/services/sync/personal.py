"""What follows the person across computers: reflections, self-checks, favourites (issue #20).

Each computer writes only ``devices/<its id>/<name>.json``: a versions file in the same format as
the log's ``changes.json`` (services/sync/changes.py): for every item it created, edited or
deleted, the item as it now stands or a tombstone, stamped (edit time, device). Reading takes every
device's file, and any conflict copy of it, and keeps the latest version of each item
(core/sync/versions.py), so every computer shows the same list whatever order files arrive in.
A file another computer is still delivering is skipped; a damaged one is reported, never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mindful_clinic.core.sync import list_checks, setting_checks
from mindful_clinic.core.sync.names import is_temporary
from mindful_clinic.core.sync.versions import Version, next_stamp, winners
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.storage.paths import ensure_private_dir
from mindful_clinic.services.sync.changes import ChangesUnreadable, read_changes, write_changes
from mindful_clinic.services.sync.device import Device
from mindful_clinic.services.sync.erase import honour_erase, left, live_device_ids
from mindful_clinic.services.sync.layout import device_dir, device_ids
from mindful_clinic.services.sync.reader import SyncProblem

PERSONAL = (
    "reflections",
    "selfchecks",
    "favourites",
    "patterns",
    "practices",
    "group",
    "settings",
)
"""The names of the personal files kept in each device's folder."""
CHECKS: dict[str, Callable[[str, Mapping[str, Any]], str | None]] = {
    "settings": setting_checks.unusable,
    "reflections": list_checks.reflection,
    "selfchecks": list_checks.selfcheck,
}
"""Per list, why one item cannot be used here (None: it can), checked item by item. A list
without a check would hand an unreadable item to its store, which cannot show it, and the
store's next save would then delete it on every computer."""


def _conflict_re(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(name)}(?:\.sync-conflict-[0-9A-Za-z-]+| \([^()]*conflicted copy[^()]*\)"
        r"|-[A-Za-z0-9][A-Za-z0-9_-]*)?\.json$"
    )


class PersonalFile:
    """One personal list, merged over every device in the synced folder."""

    def __init__(self, synced: Path, device: Device, name: str, clock: Clock) -> None:
        self.synced, self.device, self.name, self.clock = Path(synced), device, name, clock
        self.problems: list[SyncProblem] = []
        self.conflicts: list[str] = []
        self.left_out: set[str] = set()
        """Items whose latest version cannot be used here (``CHECKS``): not shown, and never
        deleted by a write from this computer, so the computer that wrote one can still fix it."""
        self._pattern = _conflict_re(name)
        self._last: dict[str, list[Version]] = {}
        self._check = CHECKS.get(name)

    @property
    def own_path(self) -> Path:
        return device_dir(self.synced, self.device.id) / f"{self.name}.json"

    def folders(self) -> list[Path]:
        """Where a change to this list would appear: the folder, its devices/, each device's."""
        from mindful_clinic.services.sync.layout import DEVICES

        found = [self.synced, self.synced / DEVICES]
        found += [device_dir(self.synced, d) for d in device_ids(self.synced)]
        return [p for p in found if p.is_dir()]

    def versions(self) -> dict[str, Version]:
        """The winning version of each item (tombstones included)."""
        found: list[Version] = []
        self.problems, self.conflicts = [], []
        if left(self.synced):  # "delete from this computer only": nothing of it here any more
            return {}
        for dev_id in live_device_ids(
            self.synced, self.clock
        ):  # less any yet to carry out an erase
            folder = device_dir(self.synced, dev_id)
            with contextlib.suppress(OSError), os.scandir(folder) as entries:
                names = sorted(e.name for e in entries if self._pattern.match(e.name))
            for file_name in names:
                if is_temporary(file_name):
                    continue
                key = f"{dev_id}/{file_name}"
                if file_name != f"{self.name}.json":
                    self.conflicts.append(f"devices/{key}")
                try:
                    self._last[key] = read_changes(folder / file_name)
                except ChangesUnreadable as exc:
                    if not exc.pending:
                        self.problems.append(SyncProblem(dev_id, file_name, exc.reason))
                    # still arriving: the last complete reading (if any) stays in use
                found.extend(self._last.get(key, []))
        best = winners(found)
        self.left_out = set()
        check = self._check
        if check is None:
            return best
        for rid, v in sorted(best.items()):
            reason = check(rid, v.doc) if v.doc is not None else None
            if reason is not None:
                self.left_out.add(rid)
                self.problems.append(SyncProblem(v.device, f"{self.name}.json", reason, rid))
        return best

    def items(self) -> dict[str, Mapping[str, Any]]:
        """Every live item's document, by id (less any left out as unusable here)."""
        versions = self.versions()
        return {
            rid: v.doc
            for rid, v in versions.items()
            if v.doc is not None and rid not in self.left_out
        }

    def write(self, wanted: Mapping[str, Mapping[str, Any]], everything: bool = False) -> None:
        """Make the merged list ``wanted``: new or changed items become versions, missing ones
        tombstones, all in this device's own file. An item left out as unusable here is not
        deleted (it was never shown), unless ``everything`` goes ("delete everywhere")."""
        if left(self.synced):  # this computer stopped syncing ("delete from this computer only")
            if wanted:
                raise OSError(
                    "This computer no longer syncs; close and open the app again to keep new "
                    "items on this computer."
                )
            return
        honour_erase(
            self.synced, self.device.id, self.clock
        )  # an erase not yet carried out goes first
        current = self.versions()
        own: dict[str, Version] = {}
        with contextlib.suppress(ChangesUnreadable):
            own = {v.record_id: v for v in read_changes(self.own_path)}
        now = self.clock.now()
        changed = False
        for rid, doc in wanted.items():
            seen = current.get(rid)
            if seen is None or seen.doc is None or dict(seen.doc) != dict(doc):
                own[rid] = Version(rid, next_stamp(now, seen), self.device.id, dict(doc))
                changed = True
        for rid, seen in current.items():
            if (
                seen.doc is not None
                and rid not in wanted
                and (everything or rid not in self.left_out)
            ):
                own[rid] = Version(rid, next_stamp(now, seen), self.device.id, None)
                changed = True
        if changed:
            ensure_private_dir(self.own_path.parent)
            write_changes(self.own_path, self.device.id, own)
