"""What a screen reader hears a widget called: its accessible interface's name.

``QWidget.accessibleName()`` is only a name set in code; a button or tick box without one is
called by its own words, which is how most should be named (what is seen is what is heard).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def heard(widget: QWidget) -> str:
    """The name assistive technology gets for ``widget`` (empty when it has none)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
