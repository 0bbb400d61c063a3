"""This computer's identity, kept in local, non-roaming app data.

``local_dir()/device.json``: ``{"id": "<32 hex>", "name": "..."}``. The id is random and made once;
because it lives outside the data folder, a roaming profile or a copied data folder cannot make two
computers one device. (The choice of synced folder is in ``services/sync/follow.py``.)
"""

from __future__ import annotations

import platform
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from mindful_clinic.services.storage.atomic import atomic_write_text, json_text, read_json_object
from mindful_clinic.services.storage.paths import local_dir

DEVICE_FILE = "device.json"
NAME_MAX = 60
_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Device:
    id: str
    name: str


def this_device(folder: Path | None = None) -> Device:
    """This computer's device, made (and saved) the first time it is asked for."""
    path = (folder or local_dir()) / DEVICE_FILE
    data = read_json_object(path)
    dev_id, name = data.get("id"), data.get("name")
    if isinstance(dev_id, str) and _ID.match(dev_id):
        return Device(dev_id, name if isinstance(name, str) and name else default_name())
    device = Device(secrets.token_hex(16), default_name())
    atomic_write_text(path, json_text({"id": device.id, "name": device.name}))
    return device


def check_name(name: str) -> str:
    """The name tidied; ValueError in plain words if it cannot be used."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a device name cannot be empty")
    if len(name) > NAME_MAX:
        raise ValueError(f"a device name can be at most {NAME_MAX} characters")
    return name


def rename_device(name: str, folder: Path | None = None) -> Device:
    device = Device(this_device(folder).id, check_name(name))
    path = (folder or local_dir()) / DEVICE_FILE
    atomic_write_text(path, json_text({"id": device.id, "name": device.name}))
    return device


def default_name() -> str:
    return (platform.node() or "This computer")[:NAME_MAX]
