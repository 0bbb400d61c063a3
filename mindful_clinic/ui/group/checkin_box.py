"""The check-in entry field with its inline message (content-spec 7.2).

The facilitator types the room's answers ("4 6 7 3 5", "3:2, 5:4", p for prefer not to say) and
presses Enter. A bad entry keeps the previous answers, says what is wrong right under the field and
selects the bad token so it can be typed over. The message about a good entry says only what the
shared screen will show: nothing about the ratings when fewer than 5 gave one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from mindful_clinic.core.group.checkin import MIN_SHOWN, Tally


class CheckinBox(QGroupBox):
    submitted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Check-in answers"))
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("e.g. 4 6 7 3 5   or   3:2, 5:4   (p = prefer not to say)")
        )
        self.field.setAccessibleName(self.tr("Check-in answers"))
        self.field.setAccessibleDescription(
            self.tr("Ratings 0 to 10 separated by spaces, or rating:count pairs")
        )
        self.enter_button = QPushButton(self.tr("Enter answers"))
        self.enter_button.setAccessibleDescription(self.tr("Enter the check-in answers"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Check-in message"))
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.enter_button)
        col = QVBoxLayout(self)
        col.addLayout(row)
        col.addWidget(self.message)
        self.field.returnPressed.connect(self._submit)
        self.enter_button.clicked.connect(self._submit)

    def show_error(self, message: str, token: str) -> None:
        self._message(message, error=True)
        start = self.field.text().find(token) if token else -1
        if start >= 0:
            self.field.setSelection(start, len(token))
        self.field.setFocus()

    def show_tally(self, tally: Tally) -> None:
        declined = (
            self.tr(", {n} preferred not to say").format(n=tally.declined) if tally.declined else ""
        )
        agg = tally.aggregate()
        if agg is None:
            text = self.tr(
                "{n} gave a number{declined}. Fewer than {min}, so nothing is shown on the screen."
            ).format(n=tally.rated, declined=declined, min=MIN_SHOWN)
        else:
            text = self.tr(
                "{n} gave a number{declined}. Median {median}: shown on the screen."
            ).format(n=tally.rated, declined=declined, median=f"{agg.median:g}")
        self._message(text, error=False)

    def reset(self) -> None:
        self.field.clear()
        self._message("", error=False)

    def _submit(self) -> None:
        self.submitted.emit(self.field.text())

    def _message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "danger" if error else "muted")
        self.message.style().polish(self.message)
