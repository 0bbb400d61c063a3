"""The "Your own sounds" part of Settings -> Sound: list, import and remove a user's bells and
guidance recordings.

A separate widget so the sound page stays small. The file dialog only chooses a path and hands it to
``import_file`` (which tests call directly). An import that fails shows the importer's sentence in
red under the list and changes nothing; the list is always read back from the data folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.sound.page import clock_duration, imported_label
from mindful_clinic.services.sound.importing import (
    SoundImportError,
    import_sound,
    imported_sounds,
    remove_sound,
)


class OwnSoundsBox(QWidget):
    sounds_changed = Signal()
    """A sound was imported or removed."""
    removed = Signal(str)
    """The name of a sound just removed (settings that used it fall back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your own sounds"))
        self.sound_list = QListWidget()
        self.sound_list.setAccessibleName(self.tr("Your imported sounds"))
        lines = self.fontMetrics().lineSpacing()
        self.sound_list.setMinimumHeight(lines * 5)
        self.sound_list.setMaximumHeight(lines * 10)
        self.sound_list.currentRowChanged.connect(lambda _row: self._update_remove())
        self.import_bell = QPushButton(self.tr("Import bell…"))
        self.import_bell.setAccessibleName(self.tr("Import a bell sound from a file"))
        self.import_bell.clicked.connect(lambda: self._choose_file("bell"))
        self.import_guidance = QPushButton(self.tr("Import guidance track…"))
        self.import_guidance.setAccessibleName(self.tr("Import a guidance recording from a file"))
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
        self.refresh()

    def refresh(self) -> None:
        """Read the imported sounds back from the data folder."""
        kinds = {"bell": self.tr("bell"), "guidance": self.tr("guidance track")}
        self.sound_list.clear()
        for sound in imported_sounds():
            text = self.tr("{name} · {kind} · {length}").format(
                name=imported_label(sound.name, sound.kind),
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
        """Import ``path`` as a "bell" or "guidance" track; on error say why and change nothing."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # long recordings take a moment
        try:
            sound = import_sound(Path(path), kind)
        except SoundImportError as exc:
            return self._show_error(str(exc))
        except OSError as exc:
            why = exc.strerror or str(exc)
            return self._show_error(self.tr("The sound could not be saved: {why}").format(why=why))
        finally:
            QApplication.restoreOverrideCursor()
        self.error.hide()
        self.refresh()
        if sound.name in (names := self.names()):
            self.sound_list.setCurrentRow(names.index(sound.name))
        self.sounds_changed.emit()
        return True

    def remove_selected(self) -> None:
        item = self.sound_list.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            remove_sound(name)
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
