"""Watching the synced folder while the app runs, so files arriving from other computers are
merged without a restart.

QFileSystemWatcher reports a folder whose entries changed (a sync tool renames each finished file
into place). Bursts are gathered for ``delay_ms`` and reported once as ``changed``. New device
folders are watched as they appear. Where the system cannot watch (some network drives), a slow
poll (``poll_ms``) does the same job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from mindful_clinic.services.sync.layout import DEVICES, device_dir, device_ids, device_log_dir


class FolderWatcher(QObject):
    changed = Signal()
    """Something in the synced folder changed (after a short quiet spell)."""

    def __init__(
        self,
        synced: Path,
        parent: QObject | None = None,
        delay_ms: int = 700,
        poll_ms: int = 60_000,
    ) -> None:
        super().__init__(parent)
        self.synced = Path(synced)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(delay_ms)
        self._quiet.timeout.connect(self._settled)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._settled)
        self._poll.start()
        self._watch_all()

    def stop(self) -> None:
        self._quiet.stop()
        self._poll.stop()
        paths = self._watcher.directories() + self._watcher.files()
        if paths:
            self._watcher.removePaths(paths)

    def watched(self) -> list[str]:
        return sorted(self._watcher.directories())

    def _watch_all(self) -> None:
        wanted = [self.synced, self.synced / DEVICES]
        for dev_id in device_ids(self.synced):
            wanted += [device_dir(self.synced, dev_id), device_log_dir(self.synced, dev_id)]
        have = set(self._watcher.directories())
        new = [str(p) for p in wanted if p.is_dir() and str(p) not in have]
        if new:
            self._watcher.addPaths(new)

    def _poke(self, _path: str) -> None:
        self._quiet.start()

    def _settled(self) -> None:
        self._watch_all()
        self.changed.emit()
