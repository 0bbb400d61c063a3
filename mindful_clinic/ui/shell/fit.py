"""Fitting windows and pages to the screen they are on: never larger than it, scrolling not clipping."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

TITLE_BAR = 40
"""Room for a title bar the window manager has not drawn yet (logical pixels)."""


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to width x height, or to the free area of its screen if that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height() - TITLE_BAR)
        window.setMinimumSize(
            min(window.minimumWidth(), width), min(window.minimumHeight(), height)
        )
    window.resize(width, height)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that shows the window's background through it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setProperty("fill", "none")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes to what it holds
    scroll.setWidget(widget)
    return scroll
