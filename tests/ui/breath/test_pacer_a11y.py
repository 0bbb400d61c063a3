"""What a screen reader meets on the pacer (issue #17): no blank, nameless labels."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from mindful_clinic.app import App
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from tests.ui.breath.test_pacer import start


def _name(widget: QLabel) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_the_pacer_shows_no_blank_nameless_label(app: App, clock: ManualClock) -> None:
    view = start(app, "resonance_5_5", PracticeChoice(duration_s=180))
    for _ in range(12):
        clock.advance(1.0)
        view.refresh()
        blank = [
            label
            for label in view.findChildren(QLabel)
            if label.isVisible()
            and not label.text()
            and not _name(label)
            and label.pixmap().isNull()
        ]
        assert blank == []
