"""The facilitator's session buttons, two to a row, in reading order for Tab.

Kept apart from the panel so the panel reads as what the session does, not how its buttons sit.
The words are translated in the panel's context (GroupFacilitatorPanel), where they have always
been.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QPushButton, QWidget

TAB_ORDER = ("previous", "start", "next", "skip", "repeat", "pause", "blank", "presenter", "finish")
"""Row by row (Start is made last but sits in the first row, in Next's place)."""


def _labels() -> tuple[tuple[str, str], ...]:
    return (
        ("previous", QCoreApplication.translate("GroupFacilitatorPanel", "Previous (Page Up)")),
        ("next", QCoreApplication.translate("GroupFacilitatorPanel", "Next (Page Down)")),
        ("skip", QCoreApplication.translate("GroupFacilitatorPanel", "Skip stage")),
        ("repeat", QCoreApplication.translate("GroupFacilitatorPanel", "Repeat stage")),
        ("pause", QCoreApplication.translate("GroupFacilitatorPanel", "Pause (Space)")),
        ("blank", QCoreApplication.translate("GroupFacilitatorPanel", "Blank screen (B)")),
        (
            "presenter",
            QCoreApplication.translate("GroupFacilitatorPanel", "Show on shared screen (F5)"),
        ),
        ("finish", QCoreApplication.translate("GroupFacilitatorPanel", "Finish session")),
    )


def session_buttons(keep_totals: QCheckBox) -> tuple[dict[str, QPushButton], QGridLayout]:
    """The buttons by key, laid out two a row (each keeps its whole name), ``keep_totals`` under
    Finish, which it concerns."""
    buttons: dict[str, QPushButton] = {}
    grid = QGridLayout()
    for i, (key, text) in enumerate(_labels()):
        button = QPushButton(text)
        button.setAccessibleName(button.text())
        buttons[key] = button
        grid.addWidget(button, i // 2, i % 2)
    start = QPushButton(
        QCoreApplication.translate("GroupFacilitatorPanel", "Start session (Page Down)")
    )
    start.setAccessibleName(start.text())
    start.setProperty("role", "primary")
    buttons["start"] = start
    grid.addWidget(start, 0, 1)  # shares Next's place: shown only before the start
    grid.addWidget(keep_totals, 4, 0, 1, 2)
    return buttons, grid


def order_for_tab(buttons: dict[str, QPushButton], keep_totals: QCheckBox) -> None:
    """Tab row by row, then to ``keep_totals`` (call once the grid is in the panel's window)."""
    chain: list[QWidget] = [buttons[k] for k in TAB_ORDER] + [keep_totals]
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)
