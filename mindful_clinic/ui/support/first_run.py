"""The first-run note: what this app is (general wellness, not treatment) and that stopping is fine.

Shown once, before the first practice or at first start (the app decides), and reachable again from
About. The wording is content-spec 8.1's required disclaimer plus the "if it feels worse, stop" line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mindful_clinic.core.support.contacts import SupportInfo
from mindful_clinic.ui.shell.fit import resize_within_screen
from mindful_clinic.ui.shell.theme import scaled_font

WIDTH = 600
CRISIS_LINES_SHOWN = 4
"""The first few crisis lines under the disclaimer; every contact is on the support page."""
FIRST_RUN_NOTICE = "first_run_note"
"""The id kept in Preferences.seen_notices once the note has been shown."""


class FirstRunNote(QDialog):
    support_requested = Signal()

    def __init__(self, info: SupportInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you begin"))
        self.setAccessibleName(self.tr("Before you begin"))
        heading = QLabel(self.tr("Welcome"))
        heading.setFont(scaled_font(self, 1.6, QFont.Weight.DemiBold))
        purpose = QLabel(
            self.tr(
                "Short practices to help you pause and manage stress between appointments: "
                "breathing, body scans and self-compassion. Every practice lets you choose how "
                "to take part, and you can stop at any time."
            )
        )
        self.feels_worse = QLabel(info.feels_worse)
        self.feels_worse.setFont(scaled_font(self, 1.1, QFont.Weight.DemiBold))
        self.disclaimer = QLabel(info.disclaimer)
        self.disclaimer.setProperty("role", "muted")
        # The disclaimer points to "the crisis lines below": here they are.
        lines = [c for c in info.contacts if not c.placeholder and not c.needs_details]
        self.crisis_lines = QLabel(
            "\n".join(f"{c.name} ({c.region}): {c.how}" if c.region else f"{c.name}: {c.how}"
                      for c in lines[:CRISIS_LINES_SHOWN])
        )  # fmt: skip
        self.crisis_lines.setAccessibleName(self.tr("Crisis lines"))
        self.crisis_lines.setVisible(bool(lines))
        where = QLabel(
            self.tr('Support contacts are always one click away: look for "If you are struggling".')
        )
        for label in (purpose, self.feels_worse, self.disclaimer, self.crisis_lines, where):
            label.setWordWrap(True)
        support = QPushButton(self.tr("Show support contacts"))
        support.setAccessibleName(support.text())
        support.clicked.connect(self._support)
        self.ok = QPushButton(self.tr("I understand"))
        self.ok.setProperty("role", "primary")
        self.ok.setAccessibleName(self.tr("I understand, continue"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(support)
        row.addStretch(1)
        row.addWidget(self.ok)
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        for w in (heading, purpose, self.feels_worse, self.disclaimer, self.crisis_lines, where):
            col.addWidget(w)
        col.addSpacing(8)
        col.addLayout(row)
        resize_within_screen(self, WIDTH, max(420, col.totalHeightForWidth(WIDTH)))

    def _support(self) -> None:
        self.accept()
        self.support_requested.emit()


def show_first_run_once(
    parent: QWidget | None,
    info: SupportInfo,
    seen: Callable[[str], bool],
    mark_seen: Callable[[str], None],
    on_support: Callable[[], None] = lambda: None,
) -> bool:
    """Show the note (modal) unless it has been seen; returns whether it was shown."""
    if seen(FIRST_RUN_NOTICE):
        return False
    note = FirstRunNote(info, parent)
    note.support_requested.connect(on_support)
    note.exec()
    mark_seen(FIRST_RUN_NOTICE)
    return True
