"""Parked worries, kept privately in ``worries.json`` until reminded (then deleted unless kept).

A note leaves no trace once let go: the file is rewritten without it and its backup (which would
still hold the worry) is removed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mindful_clinic.core.reflect.worry import WorryNote, mark_reminded, snoozed, tidy
from mindful_clinic.services.storage.atomic import backup_path
from mindful_clinic.services.storage.private_list import PrivateList

FILE_NAME = "worries.json"
SCHEMA_VERSION = 1


class WorryStore(PrivateList[WorryNote]):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            Path(folder) / FILE_NAME,
            "worries",
            SCHEMA_VERSION,
            WorryNote.from_json,
            WorryNote.to_json,
            "parked worries",
        )

    def get(self, note_id: str) -> WorryNote | None:
        return next((n for n in self.items if n.id == note_id), None)

    def reminded(self, ids: set[str]) -> None:
        """Mark these as reminded and delete every reminded note the user did not keep."""
        self.replace_all(tidy(mark_reminded(self.items, ids)))
        self._forget_backup()

    def offered(self, note_id: str) -> None:
        """The reminder was offered: the note stays until answered (or the next start)."""
        self.replace_all(mark_reminded(self.items, {note_id}))

    def snooze(self, note_id: str, now: datetime) -> WorryNote | None:
        note = self.get(note_id)
        if note is None:
            return None
        later = snoozed(note, now)
        self.replace_all([later if n.id == note_id else n for n in self.items])
        return later

    def let_go(self, note_id: str) -> None:
        """Delete the note and the backup that would still hold it."""
        self.delete(note_id)
        self._forget_backup()

    def export_rows(self) -> list[dict[str, object]]:
        return [n.to_json() for n in self.items]

    def _forget_backup(self) -> None:
        backup_path(self.path).unlink(missing_ok=True)
