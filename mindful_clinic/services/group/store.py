"""Group session records, kept apart from the facilitator's personal log (content-spec 7.2).

A separate file (``group_sessions.json`` in the data folder) so group numbers never mix with anyone's
own practice history and a team lead can export them alone. Writes are atomic; a damaged file is
moved aside under a timestamped name (never deleted) and the store starts empty, saying where the
old file went.
"""

from __future__ import annotations

import json
from pathlib import Path

from mindful_clinic.core.group.records import SCHEMA_VERSION, GroupRecord
from mindful_clinic.services.storage.atomic import atomic_write_text, move_aside

FILE_NAME = "group_sessions.json"


class GroupStore:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE_NAME
        self.problem: str | None = None
        """A plain-words message if the file was damaged and moved aside when loading."""
        self._records: list[GroupRecord] = []
        self._load()

    def records(self) -> list[GroupRecord]:
        return list(self._records)

    def add(self, record: GroupRecord) -> None:
        updated = [*self._records, record]
        self._write(updated)
        self._records = updated

    def clear(self) -> None:
        """Forget every group record (the team stopped keeping trends); the .bak keeps the last."""
        self._write([])
        self._records = []

    def _write(self, records: list[GroupRecord]) -> None:
        doc = {"schema_version": SCHEMA_VERSION, "sessions": [r.to_json() for r in records]}
        atomic_write_text(self.path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or not isinstance(doc.get("sessions"), list):
                raise ValueError("'sessions' is missing or not a list")
            if doc.get("schema_version") != SCHEMA_VERSION:
                raise ValueError(f"unknown schema_version {doc.get('schema_version')!r}")
            self._records = [GroupRecord.from_json(r) for r in doc["sessions"]]
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            moved = move_aside(self.path)
            self.problem = (
                f"The group session records could not be read ({exc}). "
                f"The file was kept as {moved.name} and group records start again empty."
            )
