"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 drops a reference to None on
every call of a method that returns nothing, and the app then aborts after a few thousand repaints
("Fatal Python error: none_dealloc"). pyproject.toml pins a release without the bug; this test
fails if an upgrade brings it back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Breathe in")
        label.update()
    assert abs(sys.getrefcount(None) - before) < 100
