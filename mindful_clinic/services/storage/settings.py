"""The settings file: one JSON document of named sections, written atomically.

Each feature owns a section (``app``, ``sound``, ``reminders``, ``voice``, ``support``...) and converts
it to and from its own typed dataclass, so features never trample each other's keys. A damaged file is
moved aside (never deleted) and the app starts with defaults, saying so once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mindful_clinic.services.storage.atomic import atomic_write_text, backup_path, move_aside

FILE_NAME = "settings.json"
SCHEMA_VERSION = 1


class SettingsStore:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE_NAME
        self.problem: str | None = None
        self._data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        self._load()

    def section(self, name: str) -> dict[str, Any]:
        value = self._data.get(name)
        return dict(value) if isinstance(value, dict) else {}

    def set_section(self, name: str, value: dict[str, Any]) -> None:
        import json  # here and in _load: a first start, with no settings yet, never needs it

        self._data[name] = value
        atomic_write_text(self.path, json.dumps(self._data, indent=2, ensure_ascii=False) + "\n")

    def forget(self) -> None:
        """Delete the settings file and its backup; every section is back to its defaults."""
        self._data = {"schema_version": SCHEMA_VERSION}
        for path in (self.path, backup_path(self.path)):
            path.unlink(missing_ok=True)

    def _load(self) -> None:
        if not self.path.exists():
            return
        import json

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("the file does not hold a settings object")
            self._data = data
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            moved = move_aside(self.path)
            self.problem = (
                f"Your settings could not be read ({exc}). The app started with its defaults; "
                f"the old file was kept as {moved}."
            )
