"""Group session records, kept apart from the facilitator's personal log (content-spec 7.2).

A separate file (``group_sessions.json`` in the data folder) so group numbers never mix with anyone's
own practice history and a team lead can export them alone. Writes are atomic; a damaged file is
moved aside under a timestamped name (never deleted) and the store starts empty, saying where the
old file went; one session that fails validation is set aside (the file copied aside first) and the
others stay in use.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from mindful_clinic.core.group.records import SCHEMA_VERSION, GroupRecord
from mindful_clinic.services.storage.atomic import (
    atomic_write_text,
    copy_aside,
    json_text,
    move_aside,
    read_problem,
)

if TYPE_CHECKING:
    from mindful_clinic.services.storage.private_list import SharedList

FILE_NAME = "group_sessions.json"


class GroupStore:
    def __init__(self, folder: Path, shared: SharedList | None = None) -> None:
        """With ``shared`` (a synced folder is set) the sessions of every computer are read and
        new ones written for the others (services/sync/personal.py) instead of the local file."""
        self.path = Path(folder) / FILE_NAME
        self.shared = shared
        self.problem: str | None = None
        """A plain-words message if the file was damaged and moved aside when loading."""
        self._records: list[GroupRecord] = []
        self._keys: list[str] = []
        if shared is not None:
            self._load_shared(shared)
        else:
            self._load()

    def _load_shared(self, shared: SharedList) -> None:
        errors = [p.message for p in shared.problems]
        for key, doc in sorted(
            shared.items().items(), key=lambda kv: (str(kv[1].get("date")), kv[0])
        ):
            try:
                self._records.append(GroupRecord.from_json(doc))
                self._keys.append(key)
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
                errors.append(f"session {key}: {exc!s}"[:200])
        if errors:
            self.problem = f"Some group session records could not be read ({'; '.join(errors)})."

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
        if self.shared is not None:  # each session under a key of its own, kept once given
            keys = self._keys[: len(records)] if records[: len(self._keys)] == self._records else []
            keys += [uuid.uuid4().hex for _ in records[len(keys) :]]
            self.shared.write({k: r.to_json() for k, r in zip(keys, records, strict=True)})
            self._keys = keys
            return
        doc = {"schema_version": SCHEMA_VERSION, "sessions": [r.to_json() for r in records]}
        atomic_write_text(self.path, json_text(doc))

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or not isinstance(doc.get("sessions"), list):
                raise ValueError("'sessions' is missing or not a list")
            if doc.get("schema_version") != SCHEMA_VERSION:
                raise ValueError(f"unknown schema_version {doc.get('schema_version')!r}")
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            reason = read_problem(exc)
            moved = "left where it was"
            with contextlib.suppress(OSError):
                moved = f"kept as {move_aside(self.path).name}"
            self.problem = (
                f"The group session records could not be read ({reason}). "
                f"The file was {moved} and group records start again empty."
            )
            return
        errors: list[str] = []
        for i, raw in enumerate(doc["sessions"], 1):
            try:
                self._records.append(GroupRecord.from_json(raw))
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
                errors.append(f"session {i}: {exc!s}"[:200])
        if errors:  # one bad session is set aside; the others stay in use
            kept = copy_aside(self.path)
            with contextlib.suppress(OSError):
                self._write(self._records)
            where = f"the original file was saved as {kept.name}" if kept else "it was left as is"
            self.problem = (
                f"Some group session records could not be read ({'; '.join(errors)}). "
                f"The others are kept; {where}."
            )
