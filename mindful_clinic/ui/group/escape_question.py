"""Esc on the shared screen during a session: end the whole session, or only hide the screen?"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_end_or_hide(parent: QWidget) -> str:
    """Asks, over the shared screen, whether Esc ends the whole session or only hides the screen."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("GroupEscapeQuestion", "Mindful Clinic"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        QCoreApplication.translate(
            "GroupEscapeQuestion", "End the group session, or only hide the shared screen?"
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "GroupEscapeQuestion", "Hiding keeps the session running; F5 shows the screen again."
        )
    )
    end = box.addButton(
        QCoreApplication.translate("GroupEscapeQuestion", "End the session"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    hide = box.addButton(
        QCoreApplication.translate("GroupEscapeQuestion", "Only hide the screen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(hide)
    box.exec()
    clicked = box.clickedButton()
    return "end" if clicked is end else "hide" if clicked is hide else ""
