"""Insights' quiet-rest comparison (content-spec 4.4, issue #19 item 5), as its own small widget.

Given a function that returns the comparison (the app passes the log's ``quiet_rest``, worked out
from its monthly tallies, so showing it reads no session whatever the log's size), it sets each
practice's median change beside the user's quiet-rest change once both have five rated sessions,
and says plainly that this is the fairest comparison the app can offer and still not a trial.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.log.quiet_rest import FAIREST, QuietRestReport
from mindful_clinic.core.log.stats import MIN_RATED, fmt_number
from mindful_clinic.ui.shell.local_format import decimal
from mindful_clinic.ui.shell.theme import scaled_font


class QuietRestView(QWidget):
    def __init__(
        self, report: Callable[[], QuietRestReport], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.heading = QLabel(self.tr("Compared with quiet rest"))
        self.heading.setFont(scaled_font(self, 1.2, QFont.Weight.DemiBold))  # as Insights' headings
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.caveat = QLabel(QCoreApplication.translate("core", FAIREST))
        self.caveat.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Practices compared with quiet rest"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Practice"),
                self.tr("Median change"),
                self.tr("Quiet rest median change"),
                self.tr("Difference"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.status, self.table, self.caveat):
            layout.addWidget(w)
        layout.addStretch(1)  # given more height, the lines stay together at the top
        self.refresh()

    def refresh(self) -> None:
        report = self.report()
        rows = report.comparisons
        self.table.setRowCount(len(rows))
        for i, c in enumerate(rows):
            cells = [
                c.title,
                _signed(c.practice.median),
                _signed(c.quiet_rest.median),
                _signed(c.difference),
            ]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.setVisible(bool(rows))
        if not report.ready:
            self.status.setText(
                self.tr(
                    "Rate %1 quiet rests to compare your practices with sitting quietly for the "
                    "same time (%2 so far)."
                )
                .replace("%1", str(MIN_RATED))
                .replace("%2", str(report.quiet_rest.rated))
            )
        elif not rows:
            self.status.setText(
                self.tr("A practice is compared once it has %1 rated sessions too.").replace(
                    "%1", str(MIN_RATED)
                )
            )
        else:
            self.status.setText(
                self.tr("Changes are in points on the 0-10 scale; lower means less stressed.")
            )


def _signed(value: float | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + decimal(fmt_number(value))
