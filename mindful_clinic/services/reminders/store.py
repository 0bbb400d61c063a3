"""Reminder settings, calendars and the current pause or "in session" state, kept in settings.json.

Reminders own the ``reminders`` section of the shared settings file (``services.settings``), which is
written atomically. The section is read item by item (``core.reminders.section``): a rule, calendar
or value that cannot be read is left out of use, said in ``problem``, and written back unchanged by
every save, so one bad rule never costs the others. Where the section's structure itself cannot be
read, the defaults are used and the file is left as it is; before the first save over it, a copy of
the file is kept (``settings.damaged-*.json``, as for a damaged settings file), or nothing is saved.
Listeners hear about every change, which is how the scheduler re-arms itself when a rule is edited
or a pause starts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from mindful_clinic.core.reminders.rules import CalendarEntry, ReminderSettings, ReminderState
from mindful_clinic.core.reminders.section import NOT_SETTINGS, ReminderSection, read_section
from mindful_clinic.services.storage.atomic import copy_aside
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
        self._read = ReminderSection()
        """The section as last read or saved: what is left out and kept as written."""
        self.kept_copy: Path | None = None
        """Where the file was copied before a save wrote over a part that could not be read."""
        self._refused: str | None = None
        self._config = ReminderSettings()
        self._state = ReminderState()
        self._calendars: tuple[CalendarEntry, ...] = ()
        self._defaults = defaults
        self._load(settings.section(SECTION))

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
    def left_out(self) -> tuple[str, ...]:
        """Why each rule, calendar or setting that could not be read was left out (it is kept in
        the file as written); the command line words its own note from these."""
        return self._read.left_out

    @property
    def damaged(self) -> str | None:
        """Why part of the section could not be read at all, so its defaults are used; None once
        a save wrote a readable section (after keeping ``kept_copy``)."""
        return self._read.damaged

    @property
    def problem(self) -> str | None:
        """What the window says once (and the settings page shows) about settings that could not
        be read, in the user's language; None when everything was read."""
        from PySide6.QtCore import QCoreApplication, QLocale

        said: list[str] = []
        if self.damaged:
            text = QCoreApplication.translate(
                "ReminderStore",
                "Your reminder settings could not be read (%1), so reminders use the defaults. "
                "The settings file is left as it is; before a change is saved over it, a copy is "
                "kept beside it.",
            )
            said.append(text.replace("%1", self.damaged))
        if len(self.left_out) == 1:
            text = QCoreApplication.translate(
                "ReminderStore",
                "A reminder setting could not be read and is not used: %1. Everything else is "
                "used, and it stays in the settings file as written, so it can be fixed there.",
            )
            said.append(text.replace("%1", self.left_out[0]))
        elif self.left_out:
            text = QCoreApplication.translate(
                "ReminderStore",
                "%1 reminder settings could not be read and are not used (the first: %2). "
                "Everything else is used, and they stay in the settings file as written, so they "
                "can be fixed there.",
            )
            count = QLocale().toString(len(self.left_out))
            said.append(text.replace("%2", self.left_out[0]).replace("%1", count))
        if self.kept_copy is not None:
            said.append(self._copy_message(self.kept_copy))
        return " ".join(said) or None

    @staticmethod
    def _copy_message(where: Path) -> str:
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate(
            "ReminderStore",
            "Your earlier reminder settings could not be read, so a copy of the settings file "
            "was kept as %1 before your change was saved.",
        )
        return text.replace("%1", str(where))

    @property
    def save_problem(self) -> str | None:
        """Why the last change could not be saved (one sentence), or None if it was. A refused
        save does not raise: the window keeps the change for the session and says so once; the
        command line must check this, or it would report a rule added that is not on disk."""
        return self._refused or self._settings.save_reason

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
        before = (self._config, self._state, self._calendars, self._read.left_out)
        self._load(self._settings.section(SECTION))
        if (self._config, self._state, self._calendars, self._read.left_out) == before:
            return False
        for listener in list(self._listeners):
            listener()
        return True

    # -- storage ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The section to save: what is used, and what could not be read, as it was written."""
        return self._read.to_dict(self._config, self._state, self._calendars, SECTION_VERSION)

    def _load(self, section: dict[str, Any]) -> None:
        """``section`` as ``SettingsStore`` gives it: empty also when the file holds something
        other than an object there, which is looked up, so that it is said and copied before a
        save replaces it. An empty section otherwise changes nothing (a new install)."""
        whole = not section and self._section_written_is_not_object()
        data = self._defaults(section) if self._defaults is not None else section
        if not data and not whole:
            return
        read = read_section(data)
        if whole:
            read = replace(read, damaged="; ".join(filter(None, (NOT_SETTINGS, read.damaged))))
        self._read = read
        self._config, self._calendars, self._state = read.config, read.calendars, read.state

    def _section_written_is_not_object(self) -> bool:
        try:
            data = json.loads(self._settings.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return False  # no file, or one SettingsStore found damaged and said so
        written = data.get(SECTION) if isinstance(data, dict) else None
        return written is not None and not isinstance(written, dict)

    def _save(self) -> None:
        self._refused = None
        if self._read.damaged and self.kept_copy is None and self._settings.path.exists():
            self.kept_copy = copy_aside(self._settings.path)
            if self.kept_copy is None:  # saving now would lose the part that could not be read
                self._refuse()
                return
            if self._settings.notify is not None:
                self._settings.notify(self._copy_message(self.kept_copy))
        section = self.to_dict()
        self._settings.set_section(SECTION, section)
        self._read = replace(read_section(section), config=self._config, state=self._state)
        for listener in list(self._listeners):
            listener()

    def _refuse(self) -> None:
        """The copy could not be made: the change is used for this session only, and said."""
        from PySide6.QtCore import QCoreApplication

        self._refused = QCoreApplication.translate(
            "ReminderStore",
            "Your reminder settings could not be read, and no copy of the settings file could be "
            "kept beside it, so nothing was saved over it.",
        )
        if self._settings.notify is not None:
            for_now = QCoreApplication.translate(
                "ReminderStore", "Your change is used until you close the app, but not kept."
            )
            self._settings.notify(f"{self._refused} {for_now}")
        for listener in list(self._listeners):
            listener()
