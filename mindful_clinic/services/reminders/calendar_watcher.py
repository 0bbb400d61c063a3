"""Re-read calendar files when they change on disk (a new export, a synced folder).

QFileSystemWatcher watches each file and its folder: many exporters and sync tools replace a file
by writing a new one and renaming it over the old, after which a watch on the file alone is gone.
Changes are gathered for a moment (``debounce_ms``) so a file written in several steps is read
once, complete. The cache compares size and modification time, so an unrelated change in the
folder costs a ``stat`` and nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from mindful_clinic.services.reminders.calendar_import import CalendarCache


class CalendarWatcher(QObject):
    changed = Signal()
    """Something was re-read (new busy time, or a new error): reschedule and refresh the page."""

    def __init__(
        self,
        cache: CalendarCache,
        paths: Callable[[], Sequence[str]],
        debounce_ms: int = 500,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._paths = paths
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.refresh)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self.rewatch()

    def rewatch(self) -> None:
        """Watch exactly the current calendars and their folders (call after adding or removing)."""
        wanted: set[str] = set()
        for p in self._paths():
            path = Path(p)
            if path.exists():
                wanted.add(str(path))
            if path.parent.is_dir():
                wanted.add(str(path.parent))
        current = set(self._watcher.files()) | set(self._watcher.directories())
        stale = sorted(current - wanted)
        fresh = sorted(wanted - current)
        if stale:
            self._watcher.removePaths(stale)
        if fresh:
            self._watcher.addPaths(fresh)

    def watched(self) -> list[str]:
        return sorted([*self._watcher.files(), *self._watcher.directories()])

    def refresh(self) -> None:
        """Re-read changed files now; emits ``changed`` if any was re-read."""
        self.rewatch()
        if self._cache.refresh():
            self.changed.emit()

    def _poke(self, _path: str) -> None:
        self._debounce.start()
