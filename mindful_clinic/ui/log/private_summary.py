"""What the supervision summary may add from the private notes (issue #19, item 7): reflections the
user chooses (all, or one kind) and the self-check trend (scores and dates only). Both are off by
default; the dialog before the PDF asks, and nothing is included without the user ticking it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.reflect.records import KINDS, Reflection, by_kind
from mindful_clinic.core.selfcheck.records import SelfCheck, read_all
from mindful_clinic.ui.shell.i18n import translate
from mindful_clinic.ui.shell.local_format import short_date


class PrivateNotes(Protocol):
    """Reflections and self-checks, read for the summary and the export (the root passes them)."""

    def reflection_list(self) -> list[Reflection]: ...
    def selfcheck_list(self) -> list[SelfCheck]: ...
    def export_rows(self) -> dict[str, list[object]]: ...


@dataclass(frozen=True)
class SummaryChoice:
    reflections: bool = False
    kinds: frozenset[str] | None = None
    """None: every kind."""
    trend: bool = False


class SummaryChoices(QDialog):
    """Asked before the PDF is saved: add reflections (which kind) and the self-check trend?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What to include"))
        intro = QLabel(
            self.tr(
                "The summary holds your practice log. You can add your own notes; nothing private "
                "is included unless you tick it."
            )
        )
        intro.setWordWrap(True)
        self.reflections = QCheckBox(self.tr("Include reflections"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Which reflections"))
        self.kind.addItem(self.tr("All kinds"), "")
        labels = {
            "win": self.tr("Small wins"),
            "learned": self.tr("Things learned"),
            "debrief": self.tr("Debriefs"),
            "other": self.tr("Other"),
        }
        for key in KINDS:
            self.kind.addItem(labels[key], key)
        self.kind.setEnabled(False)
        self.reflections.toggled.connect(self.kind.setEnabled)
        self.trend = QCheckBox(self.tr("Include the self-check trend (scores and dates only)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.reflections, self.kind, self.trend, buttons):
            layout.addWidget(w)

    def choice(self) -> SummaryChoice:
        kind = str(self.kind.currentData() or "")
        return SummaryChoice(
            self.reflections.isChecked(),
            frozenset({kind}) if kind else None,
            self.trend.isChecked(),
        )


def private_html(
    choice: SummaryChoice,
    notes: PrivateNotes,
    start: date | None = None,
    end: date | None = None,
) -> str:
    """The chosen parts as HTML for the PDF; "" when nothing was chosen."""
    esc = html.escape
    heading = esc(translate("SummaryChoices", "Reflections"))
    none = esc(translate("SummaryChoices", "None for this period."))
    trend = esc(translate("SummaryChoices", "Self-check trend (scores and dates only)"))
    no_checks = esc(translate("SummaryChoices", "No self-checks recorded."))
    out: list[str] = []
    if choice.reflections:
        chosen = [
            r
            for r in by_kind(notes.reflection_list(), choice.kinds)
            if (start is None or r.date >= start) and (end is None or r.date <= end)
        ]
        out.append(f"<h3>{heading}</h3>")
        if not chosen:
            out.append(f"<p>{none}</p>")
        for r in chosen:
            words = esc(" ".join(r.text.split()))
            out.append(f"<p>{esc(short_date(r.date))}: {words}</p>")
    if choice.trend:
        out.append(f"<h3>{trend}</h3>")
        rows = read_all(notes.selfcheck_list())
        if not rows:
            out.append(f"<p>{no_checks}</p>")
        for check, reading in rows:
            parts = [short_date(check.date)]
            if reading.who5_percent is not None:
                parts.append(f"WHO-5 {check.who5_raw}/25 ({reading.who5_percent} %)")
            if check.burnout_item is not None:
                item = translate("SummaryChoices", "burnout item %1/5")
                parts.append(item.replace("%1", str(check.burnout_item)))
            out.append(f"<p>{esc(', '.join(parts))}</p>")
    return "".join(out)
