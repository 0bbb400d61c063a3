"""Hints from the system that the machine just woke up, so reminders are checked at once.

The scheduler does not depend on these: its timer never waits more than five minutes and notices a
suspend by itself. These hints only make the check immediate: the app becoming active again (the
user is back at the computer), and on Linux logind's ``PrepareForSleep(false)`` signal on the
system bus (sent on resume). Each is optional; ``connect_wake_signals`` returns the names of those
it managed to connect, for a log line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class _ResumeListener(QObject):
    """Receives logind's PrepareForSleep(bool); calls back when it is False (resumed)."""

    def __init__(self, on_resume: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_resume = on_resume

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self._on_resume()


def connect_wake_signals(
    check_now: Callable[[], None], app: QGuiApplication, parent: QObject
) -> list[str]:
    """Call ``check_now`` (``ReminderScheduler.check_now``) whenever the system hints at a wake-up."""
    connected: list[str] = []

    def on_state(state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            check_now()

    app.applicationStateChanged.connect(on_state)
    connected.append("application-active")
    if _connect_logind(check_now, parent):
        connected.append("logind-resume")
    return connected


def _connect_logind(check_now: Callable[[], None], parent: QObject) -> bool:
    try:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return False
    bus = QDBusConnection.systemBus()
    if not bus.isConnected():
        return False
    listener = _ResumeListener(check_now, parent)
    service, path, interface = LOGIND
    # PySide6 6.12 accepts the slot only as the str SLOT() returns, though its stub says bytes
    slot = SLOT("prepare_for_sleep(bool)")
    connected = bus.connect(service, path, interface, "PrepareForSleep", listener, slot)  # type: ignore[call-overload]
    return bool(connected)
