"""Settings → Privacy → Sync between your computers: choose the synced folder, name this computer,
see what the other computers have written, and read plainly what syncing means."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.ports import SyncControl


class SyncSection(QGroupBox):
    changed = Signal()
    """Syncing was switched on or off (the log now reads from a different place)."""

    def __init__(
        self,
        control: SyncControl,
        parent: QWidget | None = None,
        choose_folder: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.control = control
        self._choose = choose_folder or _ask_for_folder
        self.setTitle(self.tr("Sync between your computers"))
        self.setAccessibleName(self.tr("Sync between your computers"))
        about = QLabel(
            self.tr(
                "If you use more than one computer, choose a folder that your own sync service "
                "keeps in step (OneDrive, SharePoint, Nextcloud, Syncthing, Dropbox or a network "
                "drive). Your practice log, reflections, self-checks, favourites, your own "
                "practices and patterns, group totals and the settings that follow you (reminder "
                "rules, language, theme, practice choices) are then kept there, and every "
                "computer pointed at the same folder shows all of them. The app never connects to "
                "anything itself."
            )
        )
        move = QLabel(
            self.tr(
                "Moving to a new computer: install the app there and, once your sync service has "
                "brought the folder over, choose the same folder. Everything appears. Then stop "
                "syncing on the old computer, or use Delete all my data there and choose this "
                "computer only."
            )
        )
        privacy = QLabel(
            self.tr(
                "The folder is as private as the sync service you choose: whoever can read that "
                "service can read these files. A service provided by your organisation may be "
                "managed by its IT team. Settings that belong to one computer, such as calendar "
                "files, sound device and window size, stay on that computer."
            )
        )
        both = QLabel(
            self.tr(
                "If two computers change the same practice before they catch up, the later change "
                "is kept on both. A deleted practice stays deleted everywhere. Nothing is lost "
                "when the sync service keeps two copies of a file: both are read."
            )
        )
        for label in (about, privacy, both, move):
            label.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(self.tr("Choose synced folder…"))
        self.choose.setAccessibleDescription(self.tr("Choose the synced folder"))
        self.choose.clicked.connect(self._choose_folder)
        self.stop = QPushButton(self.tr("Stop syncing"))
        self.stop.setAccessibleName(self.tr("Stop syncing and keep a copy on this computer"))
        self.stop.clicked.connect(self._stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setAccessibleName(self.tr("This computer's name"))
        self.name.editingFinished.connect(self._rename)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("This computer's name:"))
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        self.devices = QLabel()
        self.devices.setWordWrap(True)
        self.devices.setAccessibleName(self.tr("Computers using the synced folder"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        col = QVBoxLayout(self)
        for w in (about, privacy, both, move, self.where):
            col.addWidget(w)
        col.addLayout(buttons)
        col.addLayout(name_row)
        col.addWidget(self.devices)
        col.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        info = self.control.status()
        folder = info.get("folder")
        if folder:
            self.where.setText(self.tr("Synced folder: %1").replace("%1", str(folder)))
        else:
            self.where.setText(self.tr("Not syncing: everything is kept on this computer only."))
        self.stop.setEnabled(bool(folder))
        if not self.name.hasFocus():
            self.name.setText(str(info["device"]["name"]))
        lines = []
        for d in info.get("devices", []):
            when = d.get("last_write") or self.tr("not yet")
            line = self.tr("%1: %2 practices, last change %3")
            line = line.replace("%1", str(d["name"])).replace("%2", str(d["records"]))
            lines.append(line.replace("%3", str(when)))
        conflicts = len(info.get("conflicts", []))
        if conflicts:
            lines.append(
                self.tr("%1 copies made by the sync service were read and merged.").replace(
                    "%1", str(conflicts)
                )
            )
        lines.extend(str(p) for p in info.get("problems", []))
        self.devices.setText("\n".join(lines))
        self.devices.setVisible(bool(lines))

    def _choose_folder(self) -> None:
        path = self._choose(self)
        if not path:
            return
        self._done(self.control.use_folder(path), self.tr("Your log is now kept in the folder."))

    def _stop(self) -> None:
        self._done(self.control.stop(), self.tr("Stopped. A complete copy is on this computer."))

    def _rename(self) -> None:
        problem = self.control.rename(self.name.text())
        self.message.setText(problem or "")
        if problem is None:
            self.refresh()

    def _done(self, problem: str | None, success: str) -> None:
        if problem is not None:
            self.message.setText(self.tr("Not changed: %1").replace("%1", problem))
            return
        self.message.setText(success)
        self.refresh()
        self.changed.emit()


def _ask_for_folder(parent: QWidget) -> str:
    title = parent.tr("Choose the folder your sync service keeps in step")
    return QFileDialog.getExistingDirectory(parent, title)
