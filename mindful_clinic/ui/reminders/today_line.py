"""Today at a glance: one quiet line on the home screen with the next reminder and today's gaps.

"Next: 14:40, 7-minute gap before your 14:47 · 2 more gaps today   Reminder settings" (times as the
locale writes them: "2:40 PM" in the US). It reads the
scheduler (any object with the few methods of ``TodaySource``) and is refreshed by the root when
the scheduler's ``next_changed`` or ``state_changed`` fires; the link asks for the reminder settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from html import escape
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mindful_clinic.core.reminders.rules import FOREVER
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.ui.shell.local_format import short_time


class TodaySource(Protocol):
    @property
    def tz(self) -> tzinfo: ...

    def now(self) -> datetime: ...

    def upcoming(self, count: int = 3) -> list[Reminder]: ...

    def paused_until(self) -> datetime | None: ...

    def in_session_until(self) -> datetime | None: ...


def today_text(
    upcoming: Sequence[Reminder],
    now: datetime,
    tz: tzinfo,
    paused_until: datetime | None = None,
    in_session_until: datetime | None = None,
) -> str:
    """The line itself, plain text."""
    if in_session_until is not None:
        if in_session_until >= FOREVER:
            return QCoreApplication.translate(
                "TodayLine", "In session: reminders wait until you switch it off."
            )
        until = short_time(in_session_until.astimezone(tz))
        return QCoreApplication.translate(
            "TodayLine", "In session until {time}: reminders wait."
        ).format(time=until)
    if paused_until is not None:
        if paused_until >= FOREVER:
            return QCoreApplication.translate(
                "TodayLine", "Reminders are paused until you resume them."
            )
        until = short_time(paused_until.astimezone(tz))
        return QCoreApplication.translate("TodayLine", "Reminders are paused until {time}.").format(
            time=until
        )
    today = now.astimezone(tz).date()
    todays = [r for r in upcoming if r.at.astimezone(tz).date() == today]
    if not todays:
        return QCoreApplication.translate("TodayLine", "No more reminders today.")
    first = todays[0]
    at = short_time(first.at.astimezone(tz))
    if first.kind == "gap" and first.free_until is not None:
        minutes = int((first.free_until - first.at).total_seconds() // 60)
        end = short_time(first.free_until.astimezone(tz))
        if first.before_appointment:
            text = QCoreApplication.translate(
                "TodayLine", "Next: {at}, {n}-minute gap before your {end}"
            )
        else:
            text = QCoreApplication.translate(
                "TodayLine", "Next: {at}, {n} minutes free until {end}"
            )
        text = text.format(at=at, n=minutes, end=end)
    else:
        text = QCoreApplication.translate("TodayLine", "Next: {at}").format(at=at)
    more = sum(1 for r in todays[1:] if r.kind == "gap")
    if more == 1:
        text += QCoreApplication.translate("TodayLine", " · 1 more gap today")
    elif more > 1:
        text += QCoreApplication.translate("TodayLine", " · {n} more gaps today").format(n=more)
    return text


class TodayLine(QWidget):
    settings_requested = Signal()
    """The link: open Settings → Reminders."""

    def __init__(self, source: TodaySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Today's reminders"))
        row.addWidget(self.label, 1)
        self.link = QPushButton(self.tr("Reminder settings"), self)
        self.link.setFlat(True)
        self.link.setAccessibleName(self.tr("Open the reminder settings"))
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.clicked.connect(self.settings_requested)
        row.addWidget(self.link)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        s = self._source
        text = today_text(s.upcoming(20), s.now(), s.tz, s.paused_until(), s.in_session_until())
        self.label.setText(text)
        self.label.setToolTip(escape(text))
