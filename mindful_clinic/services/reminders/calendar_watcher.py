"""Read calendar files in a worker thread: when they change on disk, and as days pass.

QFileSystemWatcher watches each file and its folder: many exporters and sync tools replace a file
by writing a new one and renaming it over the old, after which a watch on the file alone is gone.
Changes are gathered for a moment (``debounce_ms``) so a file written in several steps is read
once, complete. The cache compares size and modification time, so an unrelated change in the
folder costs a ``stat`` and nothing more.

Reading (icalendar, recurring-ical-events) never runs on the window's thread: ``refresh`` asks the
cache which files need reading and hands each to one worker thread of a private QThreadPool. The
result comes back through a queued signal and is stored on the window's thread, where the
scheduler asks for busy time; then ``changed`` is emitted. The window opens at once and the gaps
arrive when ready. The cache calls ``on_stale`` when days have passed and its window needs
extending; that too becomes a background read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal, Slot

from mindful_clinic.services.reminders.calendar_import import CalendarCache, Job
from mindful_clinic.services.reminders.calendar_read import CalendarError, CalendarRead


class CalendarWatcher(QObject):
    changed = Signal()
    """Something was re-read (new busy time, or a new error): reschedule and refresh the page."""
    _landed = Signal(object, object)
    """(Job, CalendarRead | CalendarError), emitted on the worker thread, received on this one."""

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
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one file at a time: memory stays that of one file
        self._busy: set[str] = set()
        self._again = False
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.refresh)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._landed.connect(self._store)
        cache.on_stale = lambda: QTimer.singleShot(0, self.refresh)
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

    def refresh(self, force: bool = False) -> None:
        """Start reading changed (or, with ``force``, all) files in the worker; returns at once.

        ``changed`` is emitted when results arrive and differ from what was known."""
        self.rewatch()
        if self._cache.forget_removed():
            self.changed.emit()
        if self._busy:
            self._again = True  # once this read lands, look again
            return
        for job in self._cache.plan(force):
            self._busy.add(job.path)
            self._pool.start(lambda job=job: self._work(job))

    def reading(self) -> bool:
        """True while a file is being read in the worker."""
        return bool(self._busy)

    def close(self, timeout_ms: int = 2000) -> None:
        """Before quitting: let a read in progress finish (it cannot be interrupted safely)."""
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    # -- the worker thread ----------------------------------------------------------------------
    def _work(self, job: Job) -> None:
        try:
            outcome = self._cache.read(job)
        except Exception as exc:  # the reader words every library error itself: this is a bug in
            # a reader, and its first line is what a bug report needs
            outcome = CalendarError(job.path, f"could not be read ({first_line(exc)})")
        self._landed.emit(job, outcome)

    # -- back on the window's thread ------------------------------------------------------------
    @Slot(object, object)
    def _store(self, job: Job, outcome: CalendarRead | CalendarError) -> None:
        self._busy.discard(job.path)
        changed = self._cache.put(job, outcome)
        if changed:
            self.changed.emit()
        if not self._busy and self._again:
            self._again = False
            self.refresh()

    def _poke(self, _path: str) -> None:
        self._debounce.start()


def first_line(exc: BaseException) -> str:
    """The first line of an unexpected error, at most 120 characters."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
