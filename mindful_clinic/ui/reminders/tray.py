"""The system tray icon: reminders keep running while the window is closed.

Optional by design (GNOME without an extension has no tray): ``Tray.available()`` says whether one
exists, and the app falls back to ``ReminderNotice`` and keeps everything reachable from its window.
The menu is rebuilt each time it opens (``aboutToShow``), so the next reminder time and the pause
state are always current without any timer. Every entry is an intent signal; the app decides.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from mindful_clinic.core.ports import ReminderScheduling
from mindful_clinic.core.reminders.rules import FOREVER
from mindful_clinic.ui.reminders.pending import hhmm

MESSAGE_MS = 15_000


def default_icon() -> QIcon:
    """The theme's app icon if installed, else a drawn one (a calm ring), so the tray is never blank."""
    themed = QIcon.fromTheme("mindful-clinic")
    if not themed.isNull():
        return themed
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2b6663"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(32, 32), 30, 30)
    painter.setBrush(QColor("#8cc7c0"))
    painter.drawEllipse(QPointF(32, 32), 16, 16)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    quick_practice_requested = Signal()
    debrief_requested = Signal()
    """After a hard appointment: the short debrief (issue #19)."""
    open_requested = Signal()
    quit_requested = Signal()
    pause_hour_requested = Signal()
    pause_tomorrow_requested = Signal()
    resume_requested = Signal()
    mute_toggled = Signal(bool)
    message_clicked = Signal()
    pending_start = Signal()
    """The pending reminder's Start now, from the menu (a dismissed notification can still be
    answered here)."""
    pending_snooze = Signal(int)
    pending_skip = Signal()

    def __init__(
        self,
        scheduler: ReminderScheduling,
        icon: QIcon | None = None,
        sounds_muted: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._muted = sounds_muted
        self._pending: str | None = None
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Mindful Clinic menu"))
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon = QSystemTrayIcon(icon or default_icon(), self)
        self.icon.setToolTip(self.tr("Mindful Clinic"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)
        scheduler.next_changed.connect(self._update_tooltip)
        scheduler.state_changed.connect(self._update_tooltip)
        self.rebuild_menu()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> bool:
        """Show the icon if a tray exists; False means: use the notice window instead."""
        if not self.available():
            return False
        self.icon.show()
        return True

    def hide(self) -> None:
        self.icon.hide()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    def show_message(self, title: str, text: str) -> None:
        """A tray balloon or desktop notification; never steals focus."""
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def status_text(self) -> str:
        """The menu's status line: next reminder, or why there is none."""
        tz, now = self._scheduler.tz, self._scheduler.now()
        session = self._scheduler.in_session_until()
        if session is not None:
            if session >= FOREVER:
                return self.tr("In session: reminders are off")
            return self.tr("In session until {time}").format(time=hhmm(session, now, tz))
        paused = self._scheduler.paused_until()
        if paused is not None and paused >= FOREVER:
            return self.tr("Reminders paused until you resume them")
        if paused is not None:
            return self.tr("Reminders paused until {time}").format(time=hhmm(paused, now, tz))
        nxt = self._scheduler.next_reminder()
        if nxt is None:
            return self.tr("No reminder planned")
        return self.tr("Next reminder at {time}").format(time=hhmm(nxt.at, now, tz))

    def set_pending(self, text: str | None) -> None:
        """Show the reminder waiting for an answer at the top of the menu, or None once answered."""
        self._pending = text
        self.rebuild_menu()

    def rebuild_menu(self) -> None:
        self.menu.clear()
        if self._pending:
            self._add(self._pending, None).setEnabled(False)
            self._add(self.tr("Start now"), self.pending_start.emit)
            for minutes in (5, 10, 15):
                text = self.tr("Snooze {n} minutes").format(n=minutes)
                self._add(text, lambda m=minutes: self.pending_snooze.emit(m))
            self._add(self.tr("Skip this reminder"), self.pending_skip.emit)
            self.menu.addSeparator()
        self._add(self.tr("Start a quick practice"), self.quick_practice_requested.emit)
        self._add(self.tr("After a hard appointment"), self.debrief_requested.emit)
        self.menu.addSeparator()
        status = self._add(self.status_text(), None)
        status.setEnabled(False)
        quiet = (
            self._scheduler.paused_until() is not None
            or self._scheduler.in_session_until() is not None
        )
        if quiet:
            self._add(self.tr("Resume reminders"), self.resume_requested.emit)
        else:
            self._add(self.tr("Pause reminders for 1 hour"), self.pause_hour_requested.emit)
            self._add(self.tr("Pause reminders until tomorrow"), self.pause_tomorrow_requested.emit)
        mute = self._add(self.tr("Mute sounds"), None)
        mute.setCheckable(True)
        mute.setChecked(self._muted)
        mute.toggled.connect(self._mute_changed)
        self.menu.addSeparator()
        self._add(self.tr("Open Mindful Clinic"), self.open_requested.emit)
        self._add(self.tr("Quit"), self.quit_requested.emit)

    def actions(self) -> list[QAction]:
        return [a for a in self.menu.actions() if not a.isSeparator()]

    def _add(self, text: str, slot: object) -> QAction:
        action = self.menu.addAction(text)
        if callable(slot):
            action.triggered.connect(lambda _checked=False, s=slot: s())
        return action

    def _update_tooltip(self, *_args: object) -> None:
        self.icon.setToolTip(self.tr("Mindful Clinic: {status}").format(status=self.status_text()))

    def _mute_changed(self, muted: bool) -> None:
        self._muted = muted
        self.mute_toggled.emit(muted)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
