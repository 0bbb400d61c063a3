"""What a screen reader hears, for tests: a widget's accessible name, and what would go unheard.

``QWidget.accessibleName()`` is only a name set in code; a button or tick box without one is
called by its own words, which is how most should be named (what is seen is what is heard).
``unheard(root)`` lists every control without a name, every label or button whose name hides its
words, and every keyboard trap or list named only by its value, under ``root``.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit)


def heard(widget: QWidget) -> str:
    """The name assistive technology gets for ``widget`` (empty when it has none)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QScrollBar):
            continue  # Qt's own scroll bars carry their accessible role
        if isinstance(w, CONTROLS) and w.isVisibleTo(root) and not w.accessibleName().strip():
            if isinstance(w, QAbstractButton) and w.text().strip():
                continue  # a button's own text is its accessible name
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    return missing


def labels_hiding_text(root: QWidget) -> list[str]:
    """Labels whose accessible name replaces the words on screen (a screen reader hears only it)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    hiding = []
    for label in root.findChildren(QLabel):
        name = label.accessibleName().strip()
        if not name or not label.isVisibleTo(root) or not label.text().strip():
            continue
        doc = QTextDocument()
        doc.setHtml(label.text())
        shown = " ".join(doc.toPlainText().split()) if "<" in label.text() else label.text()
        if shown.strip() not in name:
            hiding.append(f"{name!r} hides {shown[:40]!r}")
    return hiding


def buttons_renamed(root: QWidget) -> list[str]:
    """Buttons whose accessible name leaves out the words on them (WCAG 2.5.3, label in name): a
    voice-control user says what they see ("click Done"), and a screen reader user hears it."""
    renamed = []
    for button in root.findChildren(QAbstractButton):
        name = " ".join(button.accessibleName().split()).casefold()
        shown = " ".join(button.text().replace("&", "").replace("…", "").split()).casefold()
        if name and shown and button.isVisibleTo(root) and shown not in name:
            renamed.append(f"{button.text()!r} is named {button.accessibleName()!r}")
    return renamed


def keyboard_problems(root: QWidget) -> list[str]:
    """Tab traps, silent Tab stops and lists named only by their value (on Linux a combo box's name
    is its current choice: only a label whose buddy it is names it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QScrollArea

    problems = []
    buddies = {
        id(label.buddy()): label
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        kind = type(w).__name__
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation():
            problems.append(f"{kind} {w.accessibleName()!r} keeps Tab inside it")
        if isinstance(w, QScrollArea) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            problems.append(f"{kind} {w.objectName()!r} is a silent Tab stop")
        if isinstance(w, QComboBox):
            label = buddies.get(id(w))
            if label is None or label.parentWidget() is not w.parentWidget():
                problems.append(f"QComboBox {w.accessibleName()!r} has no label naming it")
            elif w.accessibleName() == w.currentText():
                problems.append(f"QComboBox named by its value {w.currentText()!r}")
    return problems


def unheard(root: QWidget) -> list[str]:
    return (
        unnamed_controls(root)
        + labels_hiding_text(root)
        + buttons_renamed(root)
        + keyboard_problems(root)
    )
