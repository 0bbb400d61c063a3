"""A running window picks up reminder rules changed from the command line.

With a synced folder the rules live there (services/storage/settings.py): the synced folder's
device folders and this computer's choice of folder are watched too, so a rule added from the
command line or on another computer, or syncing switched on or off, is taken up the same way.

``mindful-clinic reminders add/remove`` writes settings.json atomically (a new file renamed over the
old), so the folder is watched as well as the file, and the file is watched again after each change.
On a change the shared ``SettingsStore`` re-reads the file and the ``ReminderStore`` takes its section
again; its listeners (the scheduler, the settings page) do the rest. The app's own saves read back
as "unchanged" and do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.settings import SettingsStore


class SettingsFileWatcher(QObject):
    reloaded = Signal()
    """The reminder rules (or state, or calendars) changed on disk and were taken up."""

    def __init__(
        self, settings: SettingsStore, store: ReminderStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._store = store
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self.check)
        self._watcher.directoryChanged.connect(self.check)
        self._watch()

    def _watch(self) -> None:
        path = self._settings.path
        have = set(self._watcher.directories())
        for folder in self._settings.watched_folders():  # with sync: every computer's folder too
            if folder.is_dir() and str(folder) not in have:
                self._watcher.addPath(str(folder))
        if path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))

    def check(self, *_args: object) -> None:
        self._watch()
        if self._settings.reload() and self._store.reload():
            self.reloaded.emit()
