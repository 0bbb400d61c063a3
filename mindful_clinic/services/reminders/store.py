"""Reminder settings, calendars and the current pause or "in session" state, kept in settings.json.

Reminders own the ``reminders`` section of the shared settings file (``services.settings``), which is
written atomically. The section is read through the core's validating ``from_dict``; if the user's
file holds something invalid the store starts from defaults, says why in ``problem``, and leaves
the file as it is until the user saves a change. Listeners hear about every change, which is how
the scheduler re-arms itself when a rule is edited or a pause starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from mindful_clinic.core.reminders.rules import (
    CalendarEntry,
    ReminderSettings,
    ReminderState,
    RuleError,
)
from mindful_clinic.services.storage.settings import SettingsStore

SECTION = "reminders"
SECTION_VERSION = 1


class ReminderStore:
    def __init__(
        self,
        settings: SettingsStore,
        defaults: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> None:
        """``defaults`` turns the saved section into the one to use (the clinic's defaults merged
        under it: ``core.admin.defaults.merge_reminder_section``); what is saved is what is used."""
        self._settings = settings
        self._listeners: list[Callable[[], None]] = []
        self.problem: str | None = None
        self._config = ReminderSettings()
        self._state = ReminderState()
        self._calendars: tuple[CalendarEntry, ...] = ()
        self._defaults = defaults
        section = settings.section(SECTION)
        self._load(defaults(section) if defaults is not None else section)

    @classmethod
    def in_folder(
        cls, folder: Path, defaults: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    ) -> ReminderStore:
        """A store on ``folder``/settings.json (the CLI and tools; the app shares its SettingsStore)."""
        return cls(SettingsStore(folder), defaults)

    # -- reading ------------------------------------------------------------------------------
    @property
    def config(self) -> ReminderSettings:
        return self._config

    @property
    def state(self) -> ReminderState:
        return self._state

    @property
    def calendars(self) -> tuple[CalendarEntry, ...]:
        return self._calendars

    def calendar_paths(self) -> list[str]:
        return [c.path for c in self._calendars]

    @property
    def save_problem(self) -> str | None:
        """Why the last change could not be saved (one sentence), or None if it was. A refused
        save does not raise: the window keeps the change for the session and says so once; the
        command line must check this, or it would report a rule added that is not on disk."""
        return self._settings.save_reason

    @property
    def settings(self) -> SettingsStore:
        """The settings file underneath (its ``set_aside`` and ``damage``: found damaged)."""
        return self._settings

    # -- changing -----------------------------------------------------------------------------
    def set_config(self, config: ReminderSettings) -> None:
        self._config = config
        self._save()

    def set_state(self, state: ReminderState) -> None:
        if state != self._state:
            self._state = state
            self._save()

    def add_calendar(self, path: str | Path) -> bool:
        """Add a calendar file (stored as an absolute path); False if it is already there."""
        text = str(Path(path).expanduser().absolute())
        if text in self.calendar_paths():
            return False
        self._calendars = (*self._calendars, CalendarEntry(text))
        self._save()
        return True

    def remove_calendar(self, path: str) -> None:
        kept = tuple(c for c in self._calendars if c.path != path)
        if kept != self._calendars:
            self._calendars = kept
            self._save()

    def record_calendar(self, path: str, when: datetime, error: str | None) -> None:
        """What happened when ``path`` was last read (the settings page shows it)."""
        entries = []
        for c in self._calendars:
            if c.path == path:
                c = replace(c, last_read=when if error is None else c.last_read, last_error=error)
            entries.append(c)
        if tuple(entries) != self._calendars:
            self._calendars = tuple(entries)
            self._save()

    def add_listener(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def reload(self) -> bool:
        """The settings file changed outside the app (``mindful-clinic reminders add``): take the
        section again and tell the listeners. True if anything changed."""
        before = (self._config, self._state, self._calendars)
        section = self._settings.section(SECTION)
        self._load(self._defaults(section) if self._defaults is not None else section)
        if (self._config, self._state, self._calendars) == before:
            return False
        for listener in list(self._listeners):
            listener()
        return True

    # -- storage ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": SECTION_VERSION,
            "settings": self._config.to_dict(),
            "state": self._state.to_dict(),
            "calendars": [c.to_dict() for c in self._calendars],
        }

    def _load(self, data: dict[str, Any]) -> None:
        if not data:
            return
        try:
            config = ReminderSettings.from_dict(data.get("settings", {}))
            calendars = data.get("calendars", [])
            if not isinstance(calendars, list):
                raise RuleError("calendars must be a list")
            entries = tuple(CalendarEntry.from_dict(c) for c in calendars)
            state = ReminderState.from_dict(data.get("state", {}))
        except RuleError as exc:
            self.problem = (
                f"Your reminder settings could not be read ({exc}). Reminders use the defaults "
                "until you change them; the file is unchanged."
            )
            return
        self._config, self._calendars, self._state = config, entries, state

    def _save(self) -> None:
        self._settings.set_section(SECTION, self.to_dict())
        self.problem = None
        for listener in list(self._listeners):
            listener()
