"""The settings file: one JSON document of named sections, written atomically.

Each feature owns a section (``app``, ``sound``, ``reminders``, ``voice``, ``support``...) and converts
it to and from its own typed dataclass, so features never trample each other's keys. Saving a section
reads the file again and changes only that section, so two running copies of the app (or the app and
the command line) never undo each other's changes. A damaged file is moved aside (never deleted) and
the app starts with defaults, saying so once. A save that fails (a full disk, a read-only folder)
keeps the change for this session and says so once through ``notify``.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mindful_clinic.services.storage.atomic import (
    atomic_write_text,
    backup_path,
    json_text,
    move_aside,
)

FILE_NAME = "settings.json"
SCHEMA_VERSION = 1


class SettingsStore:
    def __init__(self, folder: Path, notify: Callable[[str], None] | None = None) -> None:
        self.path = Path(folder) / FILE_NAME
        self.problem: str | None = None
        self.save_problem: str | None = None
        """The last save's failure in plain words (None after a save that worked)."""
        self.notify = notify
        """Told (once per distinct message) when a save fails; the window's message bar."""
        self._told: set[str] = set()
        self._data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        self._data = self._read(report=True) or self._data

    def section(self, name: str) -> dict[str, Any]:
        value = self._data.get(name)
        return dict(value) if isinstance(value, dict) else {}

    def set_section(self, name: str, value: dict[str, Any]) -> None:
        """Save one section, merged into the file as it is now; if the disk refuses, the change
        is kept for this session, ``save_problem`` says why and ``notify`` is told."""
        self._data[name] = value
        on_disk = self._read(report=False)
        merged = dict(on_disk) if on_disk is not None else dict(self._data)
        merged[name] = value
        for key, kept in self._data.items():  # sections this run knows but the file lost
            merged.setdefault(key, kept)
        try:
            atomic_write_text(self.path, json_text(merged))
        except OSError as exc:
            self.save_problem = (
                f"{exc} Your settings change is used until you close the app, but not kept."
            )
            if self.notify is not None and self.save_problem not in self._told:
                self._told.add(self.save_problem)
                self.notify(self.save_problem)
            return
        self.save_problem = None
        self._data = merged

    def forget(self) -> None:
        """Delete the settings file and its backup; every section is back to its defaults."""
        self._data = {"schema_version": SCHEMA_VERSION}
        for path in (self.path, backup_path(self.path)):
            path.unlink(missing_ok=True)

    def reload(self) -> bool:
        """Read the file again (another process, such as the command line, changed it). A file that
        cannot be read now is left alone and the sections in memory are kept. True if it changed."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return False
        if not isinstance(data, dict) or data == self._data:
            return False
        self._data = data
        return True

    def _read(self, report: bool) -> dict[str, Any] | None:
        """The file's sections, or None if there is no usable file (moved aside when ``report``)."""
        if not self.path.exists():
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("the file does not hold a settings object")
            return data
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            if not report:
                return None
            reason = "it is nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            moved: object = "it was left where it is"
            with contextlib.suppress(OSError):
                moved = f"the old file was kept as {move_aside(self.path)}"
            self.problem = (
                f"Your settings could not be read ({reason}). The app started with its defaults; "
                f"{moved}."
            )
            return None
