"""F5 on the group page, pressed right after Ctrl+3 opened it, starts the shared screen and brings
the keyboard to Next (Page Down), where the facilitator goes on. The focus stayed on the rail's
"Group session" button, so Space and Enter pressed it again and Tab walked the rail."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from mindful_clinic.app.root import App, build
from mindful_clinic.core.time.clock import ManualClock
from tests.heard import heard
from tests.qt_cleanup import stop_timers


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    built = build(ManualClock())
    qtbot.addWidget(built.window)
    built.prefs.seen_notices.append("holds_caution")
    built.window.show()
    built.window.activateWindow()
    qtbot.waitUntil(built.window.isActiveWindow, timeout=2000)
    yield built
    if getattr(built, "group_panel", None) is not None:
        built.group_panel.end_presenter()
    stop_timers(built.window, built.qapp)


def rail_button(app: App, title: str) -> QPushButton:
    return next(b for b in app.window.findChildren(QPushButton) if b.text() == title)


def open_group_page_by_key(app: App, qtbot: QtBot) -> None:
    """Ctrl+3 from the rail, as a keyboard user opens it: the rail marks the page."""
    practise = rail_button(app, "Practise")
    practise.setFocus()
    qtbot.waitUntil(practise.hasFocus)
    qtbot.keyClick(practise, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert app.window.current_page_key() == "group"
    qtbot.waitUntil(lambda: app.group_panel.isVisible())  # built when first shown
    app.window.activateWindow()  # offscreen, the window loses activation as the page is made
    qtbot.waitUntil(app.window.isActiveWindow, timeout=2000)
    assert app.window.focusWidget() is rail_button(app, "Group session")


def test_f5_from_the_rail_brings_the_keyboard_to_next(app: App, qtbot: QtBot) -> None:
    open_group_page_by_key(app, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    panel = app.group_panel
    assert panel.presenter is not None and panel.flow.started  # the room sees the arrival
    # The shared screen may take the active window (one screen); the facilitator's window keeps
    # the keyboard on Next for when they come back to it, and has it there at once on two screens.
    assert app.window.focusWidget() is panel.buttons["next"]
    assert heard(panel.buttons["next"]) == "Next (Page Down)"


def test_f5_leaves_the_keyboard_where_the_user_is_in_the_page(app: App, qtbot: QtBot) -> None:
    open_group_page_by_key(app, qtbot)
    choice = app.group_panel.setup.high_contrast  # chosen on purpose before showing the screen
    choice.setFocus()
    qtbot.waitUntil(choice.hasFocus)
    qtbot.keyClick(choice, Qt.Key.Key_F5)
    assert app.group_panel.presenter is not None
    assert app.window.focusWidget() is choice
