"""What the Settings page's Sync section does (the ``SyncControl`` port in core/ports.py).

``reopen`` is called after the synced folder is switched on or off, so the window's log (a
``LogHandle``) moves to the new place without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.log.store import LogStore
from mindful_clinic.services.sync.device import Device, rename_device, synced_folder
from mindful_clinic.services.sync.layout import write_device_card
from mindful_clinic.services.sync.log import SyncedLog
from mindful_clinic.services.sync.status import sync_status
from mindful_clinic.services.sync.switch import SyncSetupError, switch_off, switch_on


class LogHandle:
    """The window's log, whichever it is now: the local log or the merged synced one.

    Views keep this handle; ``reopen`` swaps what it points to after a switch."""

    def __init__(self, opener: Callable[[], LogStore | SyncedLog]) -> None:
        self._opener = opener
        self.target: LogStore | SyncedLog = opener()

    def reopen(self) -> None:
        self.target.close()
        self.target = self._opener()

    @property
    def synced(self) -> Path | None:
        """The synced folder the merged log reads, or None for this computer's own log."""
        return self.target.synced if isinstance(self.target, SyncedLog) else None

    @property
    def device(self) -> Device | None:
        """This computer, as the synced folder knows it (None for this computer's own log)."""
        return self.target.device if isinstance(self.target, SyncedLog) else None

    def refresh(self) -> bool:
        """Pick up what another process or computer wrote; True when the merged log changed."""
        if isinstance(self.target, SyncedLog):
            return self.target.refresh()
        self.target.refresh()  # this computer's own log: re-read, nothing to merge
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.target, name)

    def __len__(self) -> int:
        return len(self.target)

    def __enter__(self) -> LogHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.target.close()


class SyncControl:
    def __init__(self, clock: Clock, reopen: Callable[[], None]) -> None:
        self.clock = clock
        self.reopen = reopen

    def status(self) -> dict[str, Any]:
        return sync_status(self.clock)

    def use_folder(self, path: str) -> str | None:
        """Switch on (or move to another folder); a plain reason if it cannot be used."""
        try:
            switch_on(Path(path), self.clock)
        except SyncSetupError as exc:
            return str(exc)
        except (OSError, RuntimeError) as exc:
            return f"the folder could not be set up ({exc})"
        self.reopen()
        return None

    def stop(self) -> str | None:
        try:
            switch_off(self.clock)
        except (OSError, RuntimeError) as exc:
            return f"syncing could not be stopped ({exc})"
        self.reopen()
        return None

    def rename(self, name: str) -> str | None:
        try:
            device = rename_device(name)
            folder = synced_folder()
            if folder is not None:
                write_device_card(folder, device.id, device.name)
        except (ValueError, OSError) as exc:
            return str(exc)
        return None
