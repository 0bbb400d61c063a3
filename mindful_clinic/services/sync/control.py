"""What the Settings page's Sync section does (the ``SyncControl`` port in core/ports.py).

``reopen`` is called after the synced folder is switched on or off, so the window's log (a
``LogHandle``) moves to the new place without a restart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from mindful_clinic.core.log.quiet_rest import QuietRestReport
from mindful_clinic.core.log.records import KEEP, LogRecord
from mindful_clinic.core.log.stats import Insights, Summary
from mindful_clinic.core.ports import ImportOutcome
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.log.store import LogStore
from mindful_clinic.services.sync.device import Device, rename_device
from mindful_clinic.services.sync.follow import synced_folder
from mindful_clinic.services.sync.layout import write_device_card
from mindful_clinic.services.sync.log import SyncedLog
from mindful_clinic.services.sync.status import sync_status
from mindful_clinic.services.sync.switch import (
    SyncSetupError,
    stuck_switch,
    switch_off,
    switch_on,
)


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

    # -- the LogBook port, spelled out so that mypy checks every call against both logs --

    @property
    def folder(self) -> Path:
        return self.target.folder

    @property
    def problems(self) -> list[Any]:
        """What opening the log found damaged or unreadable (each said once in the window), and
        a switch to a synced folder that is still to be finished."""
        waiting = stuck_switch()
        extra = [SimpleNamespace(message=waiting)] if waiting else []
        return [*self.target.problems, *extra]

    def practices(self) -> list[tuple[str, str]]:
        return self.target.practices()

    def months(self, practice_id: str | None = None) -> list[tuple[str, int]]:
        return self.target.months(practice_id)

    def month_records(self, month: str, practice_id: str | None = None) -> list[LogRecord]:
        return self.target.month_records(month, practice_id)

    def query(
        self, practice_id: str | None = None, start: date | None = None, end: date | None = None
    ) -> list[LogRecord]:
        return self.target.query(practice_id, start, end)

    def insights(self, today: date | None = None, weeks: int = 12) -> Insights:
        return self.target.insights(today, weeks)

    def summary(self, start: date | None = None, end: date | None = None) -> Summary:
        return self.target.summary(start, end)

    def quiet_rest(self) -> QuietRestReport:
        return self.target.quiet_rest()

    def all(self) -> list[LogRecord]:
        return self.target.all()

    def add(self, record: LogRecord) -> None:
        self.target.add(record)

    def iter_records(self) -> Iterator[list[LogRecord]]:
        return self.target.iter_records()

    def iter_documents(self) -> Iterator[list[dict[str, Any]]]:
        return self.target.iter_documents()

    def update(
        self,
        record_id: str,
        *,
        stress_before: int | None = KEEP,
        stress_after: int | None = KEEP,
        note: str = KEEP,
    ) -> LogRecord:
        return self.target.update(
            record_id, stress_before=stress_before, stress_after=stress_after, note=note
        )

    def delete(self, record_id: str) -> LogRecord:
        return self.target.delete(record_id)

    def restore(self, record: LogRecord) -> None:
        self.target.restore(record)

    def import_records(self, records: Iterable[LogRecord]) -> ImportOutcome:
        return self.target.import_records(records)

    def delete_all(self) -> None:
        self.target.delete_all()

    def close(self) -> None:
        self.target.close()

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
