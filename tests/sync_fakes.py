"""Two computers and a stand-in for a file-sync tool, for the multi-device tests."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sync.device import Device, this_device
from mindful_clinic.services.sync.log import SyncedLog
from tests.log_fakes import CET


@dataclass
class Computer:
    """One computer: its own local app data and its own copy of the synced folder."""

    root: Path
    clock: ManualClock

    @property
    def local(self) -> Path:
        return self.root / "local"

    @property
    def synced(self) -> Path:
        return self.root / "Sync"

    @property
    def device(self) -> Device:
        return this_device(self.local)

    def log(self) -> SyncedLog:
        return SyncedLog(self.synced, self.device, self.clock, cache=self.local / "cache")


def computer(tmp_path: Path, name: str, minute: int = 0) -> Computer:
    start = datetime(2026, 3, 10, 12, minute, tzinfo=CET)
    c = Computer(tmp_path / name, ManualClock(start))
    c.local.mkdir(parents=True)
    c.synced.mkdir(parents=True)
    return c


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def copy_file(src: Path, dst: Path) -> None:
    """As a sync tool delivers a file: a temporary name, then a rename; times kept."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".syncthing.{dst.name}.tmp")
    shutil.copy2(src, tmp)
    os.replace(tmp, dst)


def sync_one_way(src: Path, dst: Path, only: str = "") -> list[str]:
    """Copy every file that is new or newer in ``src`` (whose relative path contains ``only``)."""
    copied = []
    for path in files_of(src):
        rel = path.relative_to(src)
        if only not in str(rel) or path.name.startswith(".syncthing."):
            continue
        target = dst / rel
        if target.exists() and (
            target.stat().st_mtime_ns >= path.stat().st_mtime_ns
            or target.read_bytes() == path.read_bytes()
        ):
            continue
        copy_file(path, target)
        copied.append(str(rel))
    return copied


def sync_both(a: Computer, b: Computer) -> None:
    sync_one_way(a.synced, b.synced)
    sync_one_way(b.synced, a.synced)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns) for p in files_of(folder)
    }
