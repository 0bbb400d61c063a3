"""Private self-checks: WHO-5, the single-item burnout measure and, optionally, the CBI (spec 5).

Every questionnaire is optional; the items are worded as published, with attribution shown. After
saving, the page shows the score, a plain-language band and what it does not mean; when the spec's
rule applies it shows the supportive message and the user's support contacts (given as text, so this
page never reads settings). The trend table lists every check, oldest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.selfcheck import instruments as ins
from mindful_clinic.core.selfcheck.records import SelfCheck, new_check, read_all
from mindful_clinic.core.selfcheck.scoring import (
    PWLS_MEANINGS,
    SUPPORT_MESSAGE,
    WHO5_MEANINGFUL_CHANGE,
    SelfCheckError,
    cbi_label,
    cbi_scores,
    change_words,
)
from mindful_clinic.ui.shell.local_format import short_date


class SelfCheckModel(Protocol):
    def all(self) -> list[SelfCheck]: ...
    def add(self, check: SelfCheck) -> None: ...


def _combo(name: str, options: Sequence[tuple[int, str]], parent: QWidget) -> QComboBox:
    """A list of the published answers. It takes the width the page gives it: sized to its longest
    answer (a burnout item's is a whole sentence), it made the page wider than the window."""
    box = QComboBox()
    box.setAccessibleName(name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    box.addItem(QCoreApplication.translate("SelfCheckPage", "Not answered"), None)
    for value, text in options:
        box.addItem(text, value)
    return box


class SelfCheckPage(QWidget):
    def __init__(
        self,
        model: SelfCheckModel,
        today: date,
        support_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.today, self.support_text = model, today, support_text
        intro = QLabel(
            self.tr("Optional and private. ")
            + QCoreApplication.translate("core", ins.NOT_A_DIAGNOSIS)
        )
        intro.setWordWrap(True)

        who5_box = QGroupBox(self.tr(ins.WHO5.name))
        who5_form = QFormLayout(who5_box)
        who5_intro = QLabel(self.tr(ins.WHO5_INTRO))
        who5_intro.setWordWrap(True)
        who5_form.addRow(who5_intro)
        self.who5 = [
            _combo(self.tr("WHO-5 item %1").replace("%1", str(i)), ins.WHO5_OPTIONS, self)
            for i in range(1, 6)
        ]
        for text, combo in zip(ins.WHO5_ITEMS, self.who5, strict=True):
            label = QLabel(self.tr(text))
            label.setWordWrap(True)
            who5_form.addRow(label, combo)

        pwls_box = QGroupBox(self.tr(ins.PWLS.name))
        pwls_form = QVBoxLayout(pwls_box)
        question = QLabel(self.tr(ins.PWLS_QUESTION))
        question.setWordWrap(True)
        self.pwls = _combo(self.tr("Burnout, one item"), ins.PWLS_OPTIONS, self)
        pwls_form.addWidget(question)
        pwls_form.addWidget(self.pwls)

        self.include_cbi = QCheckBox(
            self.tr("Include the Copenhagen Burnout Inventory (quarterly)")
        )
        self.cbi_box = QGroupBox(self.tr(ins.CBI.name))
        cbi_form = QFormLayout(self.cbi_box)
        self.cbi: list[QComboBox] = []
        for i, item in enumerate(ins.cbi_items(), 1):
            options = list(enumerate(item.answers))
            combo = _combo(self.tr("CBI item %1").replace("%1", str(i)), options, self)
            label = QLabel(self.tr(item.text))
            label.setWordWrap(True)
            cbi_form.addRow(label, combo)
            self.cbi.append(combo)
        self.cbi_box.setVisible(False)
        self.include_cbi.toggled.connect(self.cbi_box.setVisible)

        self.save_button = QPushButton(self.tr("Save this self-check"))
        self.save_button.setAccessibleName(self.tr("Save this self-check"))
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Self-check result"))
        self.trend = QTableWidget(0, 4)
        self.trend.setAccessibleName(self.tr("Self-check trend"))
        self.trend.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("WHO-5"), self.tr("Change"), self.tr("Burnout item")]
        )
        self.trend.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        trend_note = QLabel(
            self.tr("A change of %1 points or more in the WHO-5 is worth noticing.").replace(
                "%1", str(WHO5_MEANINGFUL_CHANGE)
            )
        )
        trend_note.setWordWrap(True)
        attribution = QLabel(
            "\n".join(
                self.tr(i.attribution) + " " + self.tr(i.licence)
                for i in (ins.WHO5, ins.PWLS, ins.CBI)
            )
        )
        attribution.setWordWrap(True)

        # No scroll area of its own: the window's page holder scrolls it (one scroll bar, and the
        # page is laid out at the width the window gives it).
        layout = QVBoxLayout(self)
        for w in (intro, who5_box, pwls_box, self.include_cbi, self.cbi_box, self.save_button,
                  self.result, self.trend, trend_note, attribution):  # fmt: skip
            layout.addWidget(w)
        self.refresh_trend()

    def answers(self) -> tuple[list[int] | None, int | None, list[int] | None]:
        """(WHO-5, burnout item, CBI) as answered; raises SelfCheckError for half-answered forms."""
        who5 = [c.currentData() for c in self.who5]
        if all(v is None for v in who5):
            who5_answers = None
        elif any(v is None for v in who5):
            raise SelfCheckError(self.tr("Please answer all five WHO-5 statements, or none."))
        else:
            who5_answers = [int(v) for v in who5]
        cbi_answers = None
        if self.include_cbi.isChecked():
            cbi = [c.currentData() for c in self.cbi]
            if any(v is None for v in cbi):
                raise SelfCheckError(self.tr("Please answer all 19 CBI questions, or untick it."))
            cbi_answers = [int(v) for v in cbi]
        burnout = self.pwls.currentData()
        return who5_answers, None if burnout is None else int(burnout), cbi_answers

    def save(self) -> None:
        try:
            who5, burnout, cbi = self.answers()
            check = new_check(self.today, who5, burnout, cbi)
            self.model.add(check)
        except SelfCheckError as exc:
            self.result.setText(str(exc))
            return
        except OSError as exc:
            self.result.setText(self.tr("Not saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        reading = dict((c.id, r) for c, r in read_all(self.model.all()))[check.id]
        lines = []
        if reading.band is not None:
            lines.append(
                self.tr("WHO-5: %1 of 25 (%2 %): %3")
                .replace("%1", str(check.who5_raw))
                .replace("%2", str(reading.who5_percent))
                .replace("%3", QCoreApplication.translate("core", reading.band.label))
            )
            lines.append(QCoreApplication.translate("core", reading.band.meaning))
        if burnout is not None:
            lines.append(self.tr("Burnout item: %1 of 5. ").replace("%1", str(burnout)))
            lines.append(QCoreApplication.translate("core", PWLS_MEANINGS[burnout]))
        if cbi is not None:
            for scale, score in cbi_scores(cbi).items():
                name = QCoreApplication.translate("core", ins.CBI_SCALE_NAMES[scale])
                lines.append(
                    f"{name}: {score:.0f}. {QCoreApplication.translate('core', cbi_label(score))}"
                )
        lines.append(QCoreApplication.translate("core", ins.NOT_A_DIAGNOSIS))
        if reading.signpost:
            lines += [QCoreApplication.translate("core", SUPPORT_MESSAGE), self.support_text]
        self.result.setText("\n\n".join(line for line in lines if line))
        self.refresh_trend()

    def refresh_trend(self) -> None:
        rows = read_all(self.model.all())
        self.trend.setRowCount(len(rows))
        previous: int | None = None
        words = {"up": self.tr("up"), "down": self.tr("down"), "steady": self.tr("steady"), "": ""}
        for i, (check, reading) in enumerate(rows):
            pct = reading.who5_percent
            change = change_words(previous, pct, WHO5_MEANINGFUL_CHANGE)
            cells = [
                short_date(check.date),
                "" if pct is None else f"{pct} %",
                words[change],
                "" if check.burnout_item is None else f"{check.burnout_item} / 5",
            ]
            for j, text in enumerate(cells):
                self.trend.setItem(i, j, QTableWidgetItem(text))
            if pct is not None:
                previous = pct
