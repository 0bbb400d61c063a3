"""A small reminder in a corner of the screen, for desktops without a system tray.

It never takes focus unasked and never covers the work: a frameless tool window that stays on top,
shown without activation (``WA_ShowWithoutActivating``), in the bottom corner of the screen's free
area. Asked, it takes the keyboard (``take_focus``: the app's Ctrl+Shift+R), then Tab moves between
its buttons, Enter or Space presses one, and Escape puts it away (the reminder stays pending in the
window and the tray). It says what the reminder is for ("You have 7 minutes before
your 14:00. A 5-minute breathing practice?") and offers Start now, Snooze 5, 10 or 15 minutes, and
Skip, as intent signals. A gap reminder hides itself when the gap ends; the others after a while.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.shell.i18n import translate
from mindful_clinic.ui.shell.local_format import short_time

SNOOZE_MINUTES = (5, 10, 15)
PLAIN_EXPIRY_S = 15 * 60
CORNER_MARGIN = 16


def practice_noun(category: str | None) -> str:
    nouns = {
        "breathing": translate("ReminderNotice", "breathing practice"),
        "body_scan": translate("ReminderNotice", "body scan"),
        "self_compassion": translate("ReminderNotice", "self-compassion practice"),
        "thinking_skills": translate("ReminderNotice", "thinking-skills practice"),
        "rest": translate("ReminderNotice", "rest practice"),
        "quick_reset": translate("ReminderNotice", "quick reset"),
    }
    return nouns.get(category or "", translate("ReminderNotice", "practice"))


def reminder_text(reminder: Reminder, now: datetime, tz: tzinfo, category: str | None) -> str:
    """The reminder in one or two plain sentences (shared with the tray message)."""
    if reminder.kind == "debrief":  # after an appointment the user marked (issue #19)
        return translate(
            "ReminderNotice", "That appointment is over. A 90-second debrief before the next?"
        )
    parts: list[str] = []
    if reminder.free_until is not None and reminder.free_until > now:
        minutes = int((reminder.free_until - now).total_seconds() // 60)
        clock_time = short_time(reminder.free_until.astimezone(tz))
        if reminder.before_appointment:
            text = (
                translate("ReminderNotice", "You have 1 minute before your {time}.")
                if minutes == 1
                else translate("ReminderNotice", "You have {n} minutes before your {time}.")
            )
        else:
            text = (
                translate("ReminderNotice", "You have 1 minute free, until {time}.")
                if minutes == 1
                else translate("ReminderNotice", "You have {n} minutes free, until {time}.")
            )
        parts.append(text.format(n=minutes, time=clock_time))
    else:
        parts.append(translate("ReminderNotice", "A moment for a pause."))
    noun = practice_noun(category)
    if reminder.practice_s:
        length = max(1, round(reminder.practice_s / 60))
        parts.append(
            translate("ReminderNotice", "A {n}-minute {practice}?").format(n=length, practice=noun)
        )
    else:
        parts.append(translate("ReminderNotice", "A short {practice}?").format(practice=noun))
    return " ".join(parts)


def missed_text(count: int) -> str:
    if count == 1:
        return translate(
            "ReminderNotice", "You missed a reminder while you were away. Nothing to catch up on."
        )
    return translate(
        "ReminderNotice", "You missed {n} reminders while you were away. Nothing to catch up on."
    ).format(n=count)


class ReminderNotice(QWidget):
    start_requested = Signal(str, int)
    """(practice id or "" to let the user choose, duration in seconds or 0 for its default)."""
    snooze_requested = Signal(int)
    skip_requested = Signal()

    def __init__(
        self,
        clock: Clock,
        tz: Callable[[], tzinfo],
        category_of: Callable[[str], str | None] = lambda _pid: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz
        self._category_of = category_of
        self._reminder: Reminder | None = None
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(self.tr("Reminder"))
        self.setAccessibleName(self.tr("Reminder"))
        self._build()
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.hide)

    def hideEvent(self, event: QHideEvent) -> None:
        """However the notice goes (answered, expired, closed), its expiry goes with it."""
        self._expiry.stop()
        super().hideEvent(event)

    def _build(self) -> None:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        self.message = QLabel(frame)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Reminder message"))
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.message.setFont(font)
        box.addWidget(self.message)
        row = QHBoxLayout()
        self.start_button = self._button(self.tr("Start now"), self._start, row)
        self.snooze_buttons = []
        for minutes in SNOOZE_MINUTES:
            b = self._button(self.tr("Snooze {n}").format(n=minutes), None, row)
            b.setToolTip(self.tr("Remind me again in {n} minutes").format(n=minutes))
            b.setAccessibleName(self.tr("Snooze {n} minutes").format(n=minutes))
            b.clicked.connect(lambda _=False, m=minutes: self._snooze(m))
            self.snooze_buttons.append(b)
        self.skip_button = self._button(self.tr("Skip"), self._skip, row)
        box.addLayout(row)
        self.setMaximumWidth(560)

    def _button(self, text: str, slot: Callable[[], None] | None, row: QHBoxLayout) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(text)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if slot is not None:
            b.clicked.connect(slot)
        row.addWidget(b)
        return b

    # -- showing --------------------------------------------------------------------------------
    def show_reminder(self, reminder: Reminder) -> None:
        now = self._clock.now()
        category = self._category_of(reminder.practice_id) if reminder.practice_id else None
        self._reminder = reminder
        self.message.setText(reminder_text(reminder, now, self._tz(), category))
        for b in [self.start_button, *self.snooze_buttons]:
            b.setVisible(True)
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip"))
        left = (reminder.free_until - now).total_seconds() if reminder.free_until else None
        self._show_for(left if left and left > 0 else PLAIN_EXPIRY_S)

    def show_missed(self, count: int) -> None:
        self.show_note(missed_text(count))

    def show_note(self, text: str) -> None:
        """A line with only an OK button ("You were away; your next gap is 14:40")."""
        self._reminder = None
        self.message.setText(text)
        for b in [self.start_button, *self.snooze_buttons]:
            b.setVisible(False)
        self.skip_button.setText(self.tr("OK"))
        self.skip_button.setAccessibleName(self.tr("Close the note"))
        self._show_for(PLAIN_EXPIRY_S)

    def reminder(self) -> Reminder | None:
        return self._reminder

    def take_focus(self) -> bool:
        """Bring the keyboard here (only when the user asks); False if the notice is not showing."""
        if not self.isVisible():
            return False
        self.raise_()
        self.activateWindow()
        first = self.start_button if self.start_button.isVisible() else self.skip_button
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._reminder = None
            self.hide()
            return
        super().keyPressEvent(event)

    def _show_for(self, seconds: float) -> None:
        self.adjustSize()
        self._place()
        self.show()
        self._expiry.start(int(seconds * 1000))

    def _place(self) -> None:
        screen = self.screen()
        area: QRect = screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)
        size = self.sizeHint()
        self.resize(size)
        x = area.right() - size.width() - CORNER_MARGIN
        y = area.bottom() - size.height() - CORNER_MARGIN
        self.move(max(area.left(), x), max(area.top(), y))

    # -- answers --------------------------------------------------------------------------------
    def _start(self) -> None:
        r = self._reminder
        self._close()
        self.start_requested.emit(
            (r.practice_id or "") if r else "", (r.practice_s or 0) if r else 0
        )

    def _snooze(self, minutes: int) -> None:
        self._close()
        self.snooze_requested.emit(minutes)

    def _skip(self) -> None:
        was_reminder = self._reminder is not None
        self._close()
        if was_reminder:
            self.skip_requested.emit()

    def _close(self) -> None:
        self._expiry.stop()
        self._reminder = None
        self.hide()
