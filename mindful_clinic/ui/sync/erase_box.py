""" "Delete all my data" when a synced folder is set: from this computer only, or everywhere.

Cancel is the default and Escape cancels; the text says plainly what each choice does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

HERE = "here"
EVERYWHERE = "everywhere"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncErase", text)


def erase_box(parent: QWidget | None, folder: str, also: str = "") -> QMessageBox:
    """The confirmation; which button was clicked is ``choice(box)`` after ``exec``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Delete all my data"))
    box.setText(_tr("Your data is kept in step with your other computers. Delete it where?"))
    parts = [
        _tr(
            "From this computer only: this computer stops syncing and its own copy of your data "
            "is deleted. Your synced folder (%1) and your other computers keep everything."
        ).replace("%1", folder),
        _tr(
            "Everywhere: your practice log, reflections, self-checks, favourites, your own "
            "practices and settings that follow you are deleted from the synced folder, and each "
            "of your other computers deletes its copy the next time it catches up."
        ),
        also,
        _tr("This cannot be undone. If you may want it later, export your log first."),
    ]
    box.setInformativeText("\n\n".join(p for p in parts if p))
    here = box.addButton(_tr("Delete from this computer only"), QMessageBox.ButtonRole.ActionRole)
    here.setObjectName(HERE)
    here.setAccessibleName(_tr("Delete from this computer only and stop syncing"))
    everywhere = box.addButton(_tr("Delete everywhere"), QMessageBox.ButtonRole.DestructiveRole)
    everywhere.setObjectName(EVERYWHERE)
    everywhere.setAccessibleName(_tr("Delete everywhere, on all your computers"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def choice(box: QMessageBox) -> str | None:
    """HERE, EVERYWHERE, or None (Cancel, Escape or closed)."""
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return name if name in (HERE, EVERYWHERE) else None


def ask(parent: QWidget | None, folder: str, also: str = "") -> str | None:
    box = erase_box(parent, folder, also)
    box.exec()
    return choice(box)
