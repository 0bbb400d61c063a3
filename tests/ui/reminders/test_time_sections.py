"""The working and quiet hours' time boxes say which part of the time each Tab stop is: a screen
reader heard "Working hours start, 08:00" at both the hours and the minutes, and nothing at all
when Tab moved from one to the other."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.settings import ReminderSettingsPage
from tests.heard import heard


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def described(widget: QWidget) -> str:
    """The description a screen reader reads with the name (and says again when it changes)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description) if interface is not None else ""


def shown_page(qtbot: QtBot, data_dir: Path) -> ReminderSettingsPage:
    page = ReminderSettingsPage(ReminderStore(SettingsStore(data_dir)))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def press(qtbot: QtBot, key: Qt.Key) -> tuple[QWidget, str, str]:
    """Press ``key`` where the focus is; what the screen reader then has: widget, name, description."""
    qtbot.keyClick(QApplication.focusWidget(), key)
    focused = QApplication.focusWidget()
    return focused, heard(focused), described(focused)


def test_each_tab_stop_in_a_time_says_hours_or_minutes(
    qtbot: QtBot, data_dir: Path, in_locale: Callable[[str], None]
) -> None:
    in_locale("en_GB")  # 24-hour: hours and minutes
    page = shown_page(qtbot, data_dir)
    page.reread.setFocus()  # the control before the working hours
    qtbot.waitUntil(page.reread.hasFocus)
    assert press(qtbot, Qt.Key.Key_Tab) == (page.work_start, "Working hours start", "Hours")
    assert press(qtbot, Qt.Key.Key_Tab) == (page.work_start, "Working hours start", "Minutes")
    assert press(qtbot, Qt.Key.Key_Tab) == (page.work_end, "Working hours end", "Hours")
    assert press(qtbot, Qt.Key.Key_Tab) == (page.work_end, "Working hours end", "Minutes")
    assert press(qtbot, Qt.Key.Key_Tab)[0] is page.min_gap
    # back again: Shift+Tab lands on the last part, and the arrows move between parts too
    assert press(qtbot, Qt.Key.Key_Backtab) == (page.work_end, "Working hours end", "Minutes")
    assert press(qtbot, Qt.Key.Key_Left)[2] == "Hours"
    assert press(qtbot, Qt.Key.Key_End)[2] == "Minutes"


def test_a_12_hour_time_also_says_am_or_pm(
    qtbot: QtBot, data_dir: Path, in_locale: Callable[[str], None]
) -> None:
    in_locale("en_US")
    page = shown_page(qtbot, data_dir)
    page.quiet_on.setChecked(True)
    page.quiet_on.setFocus()
    qtbot.waitUntil(page.quiet_on.hasFocus)
    heard_parts = [press(qtbot, Qt.Key.Key_Tab)[1:] for _ in range(3)]
    assert heard_parts == [
        ("Quiet hours start", "Hours"),
        ("Quiet hours start", "Minutes"),
        ("Quiet hours start", "AM or PM"),
    ]


def test_a_click_in_the_minutes_is_described_as_the_minutes(
    qtbot: QtBot, data_dir: Path, in_locale: Callable[[str], None]
) -> None:
    in_locale("en_GB")
    page = shown_page(qtbot, data_dir)
    edit = page.work_start
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert described(edit) == "Hours"
    text = edit.findChild(QLineEdit)  # the text the mouse clicks in
    assert text is not None
    qtbot.mouseClick(
        text, Qt.MouseButton.LeftButton, pos=QPoint(text.width() - 4, text.height() // 2)
    )
    assert described(edit) == "Minutes"
