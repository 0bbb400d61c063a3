"""This computer's choice of synced folder, and the light entry points the app calls at every start.

``local_dir()/sync.json``: ``{"folder": "/path" | null}``. The synced folder is a path on this
computer, so it lives in local, non-roaming app data and never travels. The entry points cost
nothing (no TinyDB, not even the device's identity, whose random id needs ``secrets`` and so
OpenSSL) unless a synced folder is set (services/sync/personal.py does the work)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mindful_clinic.services.storage.atomic import atomic_write_text, json_text, read_json_object
from mindful_clinic.services.storage.paths import local_dir

if TYPE_CHECKING:
    from mindful_clinic.core.time.clock import Clock
    from mindful_clinic.services.sync.personal import PersonalFile

SETTINGS_FILE = "sync.json"


def synced_folder(folder: Path | None = None) -> Path | None:
    """The synced folder chosen on this computer, or None (everything stays local, as before)."""
    value = read_json_object((folder or local_dir()) / SETTINGS_FILE).get("folder")
    return Path(value) if isinstance(value, str) and value else None


def set_synced_folder(path: Path | None, folder: Path | None = None) -> None:
    target = (folder or local_dir()) / SETTINGS_FILE
    atomic_write_text(target, json_text({"folder": str(path) if path else None}))


def synced_folder_if_any() -> Path | None:
    """The synced folder, checked without reading anything when none was ever chosen."""
    if not (local_dir() / SETTINGS_FILE).exists():
        return None
    return synced_folder()


def personal_file(name: str, clock: Clock | None = None) -> PersonalFile | None:
    """The personal file ``name`` when a synced folder is set on this computer, else None."""
    folder = synced_folder_if_any()
    if folder is None:
        return None
    from mindful_clinic.core.time.clock import SystemClock
    from mindful_clinic.services.sync.device import this_device
    from mindful_clinic.services.sync.personal import PersonalFile

    return PersonalFile(folder, this_device(), name, clock or SystemClock())


def shared_favourites(local: list[str], clock: Clock | None = None) -> list[str]:
    """The favourites to show: every computer's merged when a synced folder is set (the ones
    this computer had before syncing are added once), else ``local`` unchanged."""
    shared = personal_file("favourites", clock)
    if shared is None:
        return local
    versions = shared.versions()
    fresh = {pid: {"practice_id": pid} for pid in local if pid not in versions}
    if fresh:
        shared.write({**shared.items(), **fresh})
        versions = shared.versions()
    live = [v for v in versions.values() if v.doc is not None]
    return [v.record_id for v in sorted(live, key=lambda v: (v.edited_at, v.record_id))]


def save_shared_favourites(favourites: list[str], clock: Clock | None = None) -> None:
    """Write a change of favourites for the other computers (nothing when not syncing)."""
    shared = personal_file("favourites", clock)
    if shared is not None:
        shared.write({pid: {"practice_id": pid} for pid in favourites})
