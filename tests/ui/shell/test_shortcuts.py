"""Every shortcut in one table: the window's keys are all listed, F1 reaches support, Settings shows it."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from mindful_clinic.app.root import build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.shell.shortcuts import ANYWHERE, SHORTCUTS, SUPPORT_KEY, markdown_table


def test_every_key_of_the_main_window_is_in_the_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    listed = {QKeySequence(k) for s in SHORTCUTS if s.where == ANYWHERE for k in s.keys}
    installed = [sc.key() for sc in app.window.findChildren(QShortcut) if sc.parent() is app.window]
    assert installed
    # (Quit is the platform's own key: Ctrl+Q here, empty on the headless test platform.)
    assert [k.toString() for k in installed if k not in listed and not k.isEmpty()] == []


def test_f1_opens_if_you_are_struggling_and_says_so_in_its_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    app.window.show()
    support = next(
        b for b in app.window.findChildren(QPushButton) if b.text() == "If you are struggling"
    )
    assert SUPPORT_KEY in support.toolTip()
    f1 = next(
        sc for sc in app.window.findChildren(QShortcut) if sc.key() == QKeySequence(SUPPORT_KEY)
    )
    f1.activated.emit()
    assert app.window.current_page_key() == "support"


def test_settings_keyboard_tab_lists_every_shortcut(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    app.window.show_page("settings")
    tabs = app.settings_page.content.tabs  # type: ignore[attr-defined]
    assert tabs.tabText(tabs.count() - 1) == "Keyboard"
    rows = tabs.widget(tabs.count() - 1).rows()
    assert len(rows) == len(SHORTCUTS)
    assert ("Anywhere", "F1", "If you are struggling: support contacts") in rows
    assert "| Anywhere | `F1` | If you are struggling: support contacts |" in markdown_table()
