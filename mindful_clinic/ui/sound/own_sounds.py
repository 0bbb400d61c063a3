"""The "Your own sounds" part of Settings -> Sound: list, import and remove a user's bells and
guidance recordings.

A separate widget so the sound page stays small. The file dialog only chooses a path and hands it to
``import_file`` (which tests call directly). An import that fails shows the importer's sentence in
red under the list and changes nothing; the list is always read back from the data folder.

A label already imported is replaced only if the user says so (``confirm_replace``). A long file
(over ``background_bytes``) is prepared in a worker thread (QThreadPool), with a progress dialog
whose Cancel stops it; the window stays responsive throughout.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.ports import SoundFiles, SoundImportError
from mindful_clinic.core.sound.page import clock_duration, imported_label


class _JobSignals(QObject):
    progress = Signal(int)
    done = Signal(str)
    failed = Signal(str)


class _ImportJob(QRunnable):
    """One import in a worker thread; it only reports through ``signals`` (queued to the UI)."""

    def __init__(
        self, files: SoundFiles, source: Path, kind: str, replace: bool, signals: _JobSignals
    ) -> None:
        super().__init__()
        self.files = files
        self.source, self.kind, self.replace, self.signals = source, kind, replace, signals
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            sound = self.files.import_sound(
                self.source, self.kind, replace=self.replace, progress=self._progress
            )
        except SoundImportError as exc:
            self.signals.failed.emit(str(exc))
            return
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or str(exc))
            return
        self.signals.done.emit(sound.name)

    def _progress(self, percent: int) -> bool:
        self.signals.progress.emit(percent)
        return not self.cancelled.is_set()


class OwnSoundsBox(QWidget):
    sounds_changed = Signal()
    """A sound was imported or removed."""
    removed = Signal(str)
    """The name of a sound just removed (settings that used it fall back)."""
    import_finished = Signal(bool)
    """An import started in the background ended (True: imported)."""
    background_bytes = 1_000_000
    """Files larger than this are prepared in a worker thread, with progress and Cancel."""

    def __init__(self, files: SoundFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.setAccessibleName(self.tr("Your own sounds"))
        self.sound_list = QListWidget()
        self.sound_list.setAccessibleName(self.tr("Your imported sounds"))
        lines = self.fontMetrics().lineSpacing()
        self.sound_list.setMinimumHeight(lines * 5)
        self.sound_list.setMaximumHeight(lines * 10)
        self.sound_list.currentRowChanged.connect(lambda _row: self._update_remove())
        self.import_bell = QPushButton(self.tr("Import bell…"))
        self.import_bell.setAccessibleDescription(self.tr("Import a bell sound from a file"))
        self.import_bell.clicked.connect(lambda: self._choose_file("bell"))
        self.import_guidance = QPushButton(self.tr("Import guidance track…"))
        self.import_guidance.setAccessibleDescription(
            self.tr("Import a guidance recording from a file")
        )
        self.import_guidance.clicked.connect(lambda: self._choose_file("guidance"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the selected sound"))
        self.remove.clicked.connect(self.remove_selected)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "danger")
        self.error.setAccessibleDescription(self.tr("Sound import message"))
        self.error.hide()
        hint = QLabel(
            self.tr(
                "WAV or OGG files (MP3 where ffmpeg is installed). Loudness is evened out and "
                "silence at either end trimmed; the copy is kept in your data folder."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        buttons = QHBoxLayout()
        for button in (self.import_bell, self.import_guidance, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        for widget in (hint, self.sound_list):
            col.addWidget(widget)
        col.addLayout(buttons)
        col.addWidget(self.error)
        self.progress: QProgressDialog | None = None
        self._job: _ImportJob | None = None
        self.refresh()

    def confirm_replace(self, label: str) -> bool:
        """Asked before an import would replace a sound with the same label."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace sound?"),
            self.tr("A sound called {label} is already imported. Replace it?").format(label=label),
        )
        return answer == QMessageBox.StandardButton.Yes

    def refresh(self) -> None:
        """Read the imported sounds back from the data folder."""
        kinds = {"bell": self.tr("bell"), "guidance": self.tr("guidance track")}
        self.sound_list.clear()
        for sound in self.files.imported_sounds():
            text = self.tr("{name} · {kind} · {length}").format(
                name=sound.label or imported_label(sound.name, sound.kind),
                kind=kinds.get(sound.kind, sound.kind),
                length=clock_duration(sound.duration_s),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sound.name)
            self.sound_list.addItem(item)
        self._update_remove()

    def names(self) -> list[str]:
        """The imported sounds as listed (the names a player plays)."""
        items = (self.sound_list.item(i) for i in range(self.sound_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def import_file(self, path: str | Path, kind: str) -> bool:
        """Import ``path`` as a "bell" or "guidance" track; on error say why and change nothing.

        A long file is started in the background (True now; ``import_finished`` tells the end)."""
        path = Path(path)
        conflict = self.files.conflict_for(path, kind)
        if conflict is not None and not self.confirm_replace(conflict.label):
            return False
        replace = conflict is not None
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size > self.background_bytes and self._job is None:
            self._start_job(path, kind, replace)
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sound = self.files.import_sound(path, kind, replace=replace)
        except SoundImportError as exc:
            return self._show_error(str(exc))
        except OSError as exc:
            why = exc.strerror or str(exc)
            return self._show_error(self.tr("The sound could not be saved: {why}").format(why=why))
        finally:
            QApplication.restoreOverrideCursor()
        self._imported(sound.name)
        return True

    def _imported(self, name: str) -> None:
        self.error.hide()
        self.refresh()
        if name in (names := self.names()):
            self.sound_list.setCurrentRow(names.index(name))
        self.sounds_changed.emit()

    def _start_job(self, path: Path, kind: str, replace: bool) -> None:
        signals = _JobSignals(self)
        job = _ImportJob(self.files, path, kind, replace, signals)
        job.setAutoDelete(False)
        self._job = job
        dialog = QProgressDialog(
            self.tr("Preparing {name}…").format(name=path.name), self.tr("Cancel"), 0, 100, self
        )
        dialog.setAccessibleName(self.tr("Sound import progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancelled.set)
        signals.progress.connect(dialog.setValue)
        signals.done.connect(lambda name: self._job_ended(name, None))
        signals.failed.connect(lambda message: self._job_ended(None, message))
        self.progress = dialog
        QThreadPool.globalInstance().start(job)

    def _job_ended(self, name: str | None, message: str | None) -> None:
        self._last_job, self._job = self._job, None  # the worker may still be leaving run()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if name is not None:
            self._imported(name)
        else:
            self._show_error(message or "")
        self.import_finished.emit(name is not None)

    def remove_selected(self) -> None:
        item = self.sound_list.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            self.files.remove_sound(name)
        except (SoundImportError, OSError) as exc:
            self._show_error(str(exc))
            return
        self.error.hide()
        self.refresh()
        self.removed.emit(name)
        self.sounds_changed.emit()

    def _choose_file(self, kind: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a bell sound") if kind == "bell" else self.tr("Choose a recording"),
            str(Path.home()),
            self.tr("Sound files (*.wav *.ogg *.oga *.mp3)"),
        )
        if path:
            self.import_file(path, kind)

    def _update_remove(self) -> None:
        self.remove.setEnabled(self.sound_list.currentItem() is not None)

    def _show_error(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False
