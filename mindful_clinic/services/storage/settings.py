"""The settings file: one JSON document of named sections, written atomically.

Each feature owns a section (``app``, ``sound``, ``reminders``, ``voice``, ``support``...) and converts
it to and from its own typed dataclass, so features never trample each other's keys. Saving a section
reads the file again and changes only that section, so two running copies of the app (or the app and
the command line) never undo each other's changes. A damaged file is moved aside (never deleted) and
the app starts with defaults, saying so once. A save that fails (a full disk, a read-only folder)
keeps the change for this session and says so once through ``notify``.

With a synced folder (issue #20) the settings that follow the person (core/sync/person_settings.py:
reminder rules, language, theme...) are read from and written to every computer's copy in that
folder instead (``person``, a services/sync/personal.PersonalFile); what belongs to this machine
(calendar files, sound device, window size) stays in this file. Callers see one set of sections
either way.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.sync import person_settings
from mindful_clinic.services.storage.atomic import (
    atomic_write_text,
    backup_path,
    json_text,
    move_aside,
    read_problem,
    write_problem,
)

if TYPE_CHECKING:
    from mindful_clinic.services.storage.private_list import SharedList

FILE_NAME = "settings.json"
SCHEMA_VERSION = 1
AUTO: Any = object()
"""``person=AUTO``: the synced folder's person settings when this computer syncs and ``folder`` is
the user's data folder; none otherwise (a test's or a tool's own folder)."""


class SettingsStore:
    def __init__(
        self,
        folder: Path,
        notify: Callable[[str], None] | None = None,
        person: SharedList | None = AUTO,
    ) -> None:
        self.path = Path(folder) / FILE_NAME
        self._auto = person is AUTO
        self.person: SharedList | None = detect(self.path.parent) if self._auto else person
        self._items: dict[str, dict[str, Any]] = self._read_person()
        self.problem: str | None = None
        """Said once: the file was damaged and set aside (``set_aside``), defaults are used."""
        self.set_aside: Path | None = None
        """Where a damaged settings file was kept (``settings.damaged-*.json``)."""
        self.damage = ""
        """Why the settings file could not be read, in plain words."""
        self.save_problem: str | None = None
        """The last save's failure in plain words (None after a save that worked)."""
        self.save_reason: str | None = None
        """Just why the last save failed (one sentence naming settings.json), for a command line
        that says it failed instead of "used until you close the app"."""
        self.notify = notify
        """Told (once per distinct message) when a save fails; the window's message bar."""
        self._told: set[str] = set()
        self._data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        self._data = self._read(report=True) or self._data

    def section(self, name: str) -> dict[str, Any]:
        value = self._data.get(name)
        local = dict(value) if isinstance(value, dict) else {}
        if self.person is not None and name in person_settings.sections():
            return person_settings.join(name, local, self._items)
        return local

    def set_section(self, name: str, value: dict[str, Any]) -> None:
        """Save one section, merged into the file as it is now; if the disk refuses, the change
        is kept for this session, ``save_problem`` says why and ``notify`` is told."""
        if self._auto:  # syncing may have been switched on or off since (Settings, a command)
            now = detect(self.path.parent)
            if (now is None) != (self.person is None):
                self.person = now
                self._items = self._read_person()
        if self.person is not None and name in person_settings.sections():
            items, value = person_settings.split(name, value)
            wanted = {k: v for k, v in self._items.items() if not person_settings.owned_by(name, k)}
            wanted.update(items)
            self._items = wanted
            try:
                self.person.write(wanted)
            except OSError as exc:
                self._failed(exc)
                return
        self._data[name] = value
        on_disk = self._read(report=False)
        merged = dict(on_disk) if on_disk is not None else dict(self._data)
        merged[name] = value
        for key, kept in self._data.items():  # sections this run knows but the file lost
            merged.setdefault(key, kept)
        try:
            atomic_write_text(self.path, json_text(merged))
        except OSError as exc:
            self._failed(exc)
            return
        self.save_problem = self.save_reason = None
        _SET_ASIDE.pop(_key(self.path), None)
        self._data = merged

    def _failed(self, exc: OSError) -> None:
        self.save_reason = write_problem(exc, self.path)
        self.save_problem = (
            f"{self.save_reason} Your settings change is used until you close the app, but not "
            "kept."
        )
        if self.notify is not None and self.save_problem not in self._told:
            self._told.add(self.save_problem)
            self.notify(self.save_problem)

    def _read_person(self) -> dict[str, dict[str, Any]]:
        if self.person is None:
            return {}
        try:
            return {k: dict(v) for k, v in self.person.items().items()}
        except OSError:
            return dict(getattr(self, "_items", {}))

    def watched_folders(self) -> list[Path]:
        """The folders whose changes may change these settings: this file's, this computer's
        choice of synced folder, and every computer's folder in it."""
        folders = [self.path.parent]
        if self._auto:
            from mindful_clinic.services.storage.paths import local_dir

            folders.append(local_dir())
        more = getattr(self.person, "folders", None)
        if callable(more):
            folders.extend(more())
        return folders

    def forget(self) -> None:
        """Delete the settings file and its backup; every section is back to its defaults."""
        self._data = {"schema_version": SCHEMA_VERSION}
        for path in (self.path, backup_path(self.path)):
            path.unlink(missing_ok=True)
        if self._auto:
            self.person = detect(self.path.parent)
        self._items = self._read_person()

    def reload(self) -> bool:
        """Read the file again (another process, such as the command line, changed it, or another
        computer's settings arrived, or syncing was switched on or off). A file that cannot be read
        now is left alone and the sections in memory are kept. True if anything changed."""
        before = self._items
        if self._auto:
            self.person = detect(self.path.parent)
        self._items = self._read_person()
        changed = self._items != before
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return changed
        if not isinstance(data, dict) or data == self._data:
            return changed
        self._data = data
        return True

    def _read(self, report: bool) -> dict[str, Any] | None:
        """The file's sections, or None if there is no usable file (moved aside when ``report``)."""
        if not self.path.exists():
            noticed = _SET_ASIDE.get(_key(self.path))
            if report and noticed is not None:  # another store of this process set it aside
                self.set_aside, self.damage = noticed
                self.problem = self._damaged_message()
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("the file does not hold a settings object")
            return data
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            if not report:
                return None
            self.damage = damage_reason(exc)
            with contextlib.suppress(OSError):
                self.set_aside = move_aside(self.path)
                _SET_ASIDE[_key(self.path)] = (self.set_aside, self.damage)
            self.problem = self._damaged_message()
            return None

    def _damaged_message(self) -> str:
        """The window's sentence (context "SettingsStore"); the command line words its own."""
        from PySide6.QtCore import QCoreApplication

        if self.set_aside is not None:
            text = QCoreApplication.translate(
                "SettingsStore",
                "Your settings file was damaged (%1), so the app uses its default settings. The "
                "damaged file was kept as %2.",
            )
            where = str(self.set_aside)
        else:
            text = QCoreApplication.translate(
                "SettingsStore",
                "Your settings file was damaged (%1), so the app uses its default settings. The "
                "file was left where it is: %2.",
            )
            where = str(self.path)
        return text.replace("%2", where).replace("%1", self.damage)


_SET_ASIDE: dict[str, tuple[Path, str]] = {}
"""Settings files this process found damaged and set aside: (where it went, why). Several stores
may read one file in a process (the language is chosen before the window's own store is made,
and a command reads it to choose its language), and only the first finds the damage; the others
carry the same ``problem``, so whichever of them reports problems says it. Forgotten once a save
writes a good file."""


def _key(path: Path) -> str:
    return os.path.abspath(path)


def damage_reason(exc: BaseException) -> str:
    """Why a settings file could not be read, in plain words (no codec or errno names)."""
    if type(exc) is ValueError:  # JSON, but not an object of sections (or a number too long)
        return "it does not hold settings"
    return read_problem(exc)


def detect(folder: Path) -> SharedList | None:
    """The person settings in the synced folder, if this computer syncs and ``folder`` is the
    user's own data folder (costs one look at a file when it does not)."""
    from mindful_clinic.services.storage.paths import data_dir

    try:
        if Path(folder).resolve() != data_dir(create=False).resolve():
            return None
    except OSError:
        return None
    from mindful_clinic.services.sync.follow import personal_file

    return personal_file("settings")
