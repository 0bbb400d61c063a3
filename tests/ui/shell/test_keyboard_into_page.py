"""A page's own key pressed from the rail (F5 on the group page) brings the keyboard into the page,
where the user goes on; it never pulls the keyboard away from where the user is in the page."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.ui.shell.main_window import MainWindow


def page(*names: str) -> QWidget:
    widget = QWidget()
    col = QVBoxLayout(widget)
    col.addWidget(QLabel("A heading"))  # not a Tab stop
    for name in names:
        col.addWidget(QPushButton(name))
    return widget


def button(window: MainWindow, key: str, text: str) -> QPushButton:
    found = window.page(key)
    assert found is not None
    return next(b for b in found.findChildren(QPushButton) if b.text() == text)


def rail(window: MainWindow, title: str) -> QPushButton:
    return next(b for b in window.findChildren(QPushButton) if b.text() == title)


def shown_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_page("practise", "Practise", page("Start"))
    window.add_page("group", "Group session", page("Choose a practice", "Next (Page Down)"))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_page("group")
    rail(window, "Group session").setFocus()
    qtbot.waitUntil(rail(window, "Group session").hasFocus)
    return window


def test_from_the_rail_the_keyboard_goes_to_where_the_user_goes_on(qtbot: QtBot) -> None:
    window = shown_window(qtbot)
    next_stage = button(window, "group", "Next (Page Down)")
    window.bring_keyboard_into_page("group", next_stage)
    assert QApplication.focusWidget() is next_stage


def test_without_a_control_the_keyboard_goes_to_the_pages_first_tab_stop(qtbot: QtBot) -> None:
    window = shown_window(qtbot)
    window.bring_keyboard_into_page("group")
    assert QApplication.focusWidget() is button(window, "group", "Choose a practice")
    hidden = button(window, "group", "Next (Page Down)")
    hidden.hide()  # a control that is not shown is no place for the keyboard
    rail(window, "Group session").setFocus()
    window.bring_keyboard_into_page("group", hidden)
    assert QApplication.focusWidget() is button(window, "group", "Choose a practice")


def test_the_keyboard_stays_where_the_user_put_it(qtbot: QtBot) -> None:
    window = shown_window(qtbot)
    chosen = button(window, "group", "Choose a practice")
    chosen.setFocus()
    window.bring_keyboard_into_page("group", button(window, "group", "Next (Page Down)"))
    assert QApplication.focusWidget() is chosen
    window.show_page("practise")  # the page is no longer on show: nothing moves
    rail(window, "Practise").setFocus()
    window.bring_keyboard_into_page("group", button(window, "group", "Next (Page Down)"))
    assert QApplication.focusWidget() is rail(window, "Practise")
