"""Tab walks the rail from top to bottom, then the page: the bottom buttons (Sound, In session)
are added after the pages, and Tab used to reach them from the middle of a page instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.ui.shell.main_window import MainWindow


def page(*names: str) -> QWidget:
    widget = QWidget()
    col = QVBoxLayout(widget)
    for name in names:
        col.addWidget(QPushButton(name))
    return widget


def test_tab_goes_down_the_rail_then_into_the_page(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_page("practise", "Practise", page("First on the page", "Second on the page"))
    window.add_page("history", "History", page("History button"))
    window.add_page("support", "If you are struggling", page("Call"), bottom=True)
    mute = QPushButton("Sound: on")
    window.add_nav_action(mute)
    late = QPushButton("Added to the page later")  # as the home page's late lines are
    window.page("practise").layout().addWidget(late)
    in_session = QPushButton("In session: off")
    window.add_nav_action(in_session)
    window.show()
    qtbot.waitExposed(window)
    start = window._page_buttons["practise"]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        seen.append(focused.text() if isinstance(focused, QPushButton) else type(focused).__name__)
    # the other page buttons share one Tab stop with the chosen one (arrow keys move between them)
    assert seen[:4] == ["Sound: on", "In session: off", "First on the page", "Second on the page"]


def test_the_keyboard_follows_the_page_shown_from_the_rail(qtbot: QtBot) -> None:
    """Opened on another page (``--open insights``, a shortcut, a reminder), the rail showed two
    marked buttons: the chosen page, and the focus ring left on Practise."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_page("practise", "Practise", page("First on the page"))
    window.add_page("insights", "Insights", page("Insights button"))
    window.show()
    qtbot.waitExposed(window)
    window._page_buttons["practise"].setFocus()
    qtbot.waitUntil(window._page_buttons["practise"].hasFocus)
    window.show_page("insights")
    assert QApplication.focusWidget() is window._page_buttons["insights"]


def test_a_window_opened_on_a_page_starts_with_the_keyboard_there(qtbot: QtBot) -> None:
    """``--open settings`` chooses the page before the window is up: the first focus was the
    Practise button all the same."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_page("practise", "Practise", page("First on the page"))
    window.add_page("settings", "Settings", page("Settings button"))
    window.show_page("settings")
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window._page_buttons["settings"]
