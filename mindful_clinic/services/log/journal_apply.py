"""Applying an import's journal to the monthly files, and rolling it back when a write fails.

Part of ``LogStore`` (services/log/store.py), kept apart so the store stays readable. An import the
user saw fail (a full disk, a disk error part-way) is undone: every month it had changed is put back
as it was, and only then is the journal dropped, so the next opening never completes it silently.
A journal found at opening (a process killed after the commit point) is finished; if that cannot be
done now, it waits for the next opening, and nothing from it is lost.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.log.records import LogRecord
from mindful_clinic.core.ports import LogStoreError
from mindful_clinic.services.log.journal import (
    JournalProblem,
    drop_journal,
    forget_before_import,
    journal_path,
    keep_before_import,
    put_back,
    read_journal,
)
from mindful_clinic.services.log.problems import LogProblem
from mindful_clinic.services.log.shards import move_aside, shard_name
from mindful_clinic.services.storage.atomic import as_write_error

if TYPE_CHECKING:
    from pathlib import Path

    from mindful_clinic.core.time.clock import Clock


class JournalApply:
    folder: Path
    clock: Clock
    if TYPE_CHECKING:  # provided by LogStore

        @property
        def _where(self) -> dict[str, str]: ...

        def _insert(self, month: str, records: list[LogRecord]) -> None: ...
        def _set_month(self, month: str, value: Any) -> None: ...
        def _sync(self, cached: Any = None) -> int: ...
        def _check_writable(self, month: str) -> None: ...
        def _note(self, problem: LogProblem) -> None: ...

    def _apply_journal(self, records: list[LogRecord], roll_back: bool) -> None:
        """Apply month by month, then drop the journal. A failed write puts back every month
        touched; ``roll_back`` drops the journal too (else the next opening finishes it)."""
        by_month: dict[str, list[LogRecord]] = {}
        for r in records:
            if r.id not in self._where:
                by_month.setdefault(r.month, []).append(r)
        touched: list[str] = []
        try:
            for month, group in sorted(by_month.items()):
                keep_before_import(self.folder / shard_name(month))
                touched.append(month)
                self._insert(month, group)
        except OSError:
            try:
                for month in touched:
                    put_back(self.folder / shard_name(month))
                if roll_back:
                    drop_journal(self.folder)
            except OSError:
                pass  # the journal stays, so the next opening finishes the import whole
            for month in touched:
                self._set_month(month, None)
            self._sync()
            raise
        drop_journal(self.folder)
        for month in touched:
            forget_before_import(self.folder / shard_name(month))

    def _replay_journal(self) -> None:
        """Finish an import that a killed process had committed but not fully applied."""
        try:
            records = read_journal(self.folder)
            if records is None:
                return
            for month in {r.month for r in records}:
                self._check_writable(month)
        except (JournalProblem, LogStoreError) as exc:
            moved = None
            with contextlib.suppress(OSError):
                moved = move_aside(journal_path(self.folder), self.clock.now())
            self._note(LogProblem("journal", "", str(exc), moved))
            return
        try:
            self._apply_journal(records, roll_back=False)
        except OSError as exc:
            self._note(LogProblem("journal-waiting", "", str(as_write_error(exc))))
