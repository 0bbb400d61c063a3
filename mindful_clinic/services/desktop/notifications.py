"""The desktop's notification server (org.freedesktop.Notifications), with buttons that answer.

``DesktopNotifier`` is the small interface the reminders use: ``can_answer()`` (the server shows
action buttons), ``show(title, body, actions)`` -> an id, ``close(id)``, and the signals
``action_invoked(id, key)`` and ``closed(id, reason)``. ``FreedesktopNotifier`` speaks the
freedesktop protocol on Linux: ``GetCapabilities`` for "actions" and "persistence", ``Notify`` with
the actions and the hints ``resident`` (stays after a button is pressed... until we close it) and
``urgency`` normal, and ``expire_timeout`` 0 (never expires: stays until answered). Everywhere else,
or when no server runs, ``NoNotifier`` says it cannot answer and the app shows its own corner notice.

The server draws the notification in the desktop's own colours, so it is readable in every theme.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from mindful_clinic.services.desktop.dbus_bus import BusError, SessionBus

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "Mindful Clinic"
URGENCY_NORMAL = 1
NEVER_EXPIRE = 0
UNDEFINED_REASON = 4
"""NotificationClosed's reason when the server sent none we can read (the spec's "undefined")."""


class DesktopNotifier(QObject):
    """No server: nothing is shown; ``can_answer`` is False so the app uses its own notice."""

    action_invoked = Signal(int, str)
    """(notification id, action key such as "start" or "snooze5")."""
    closed = Signal(int, int)
    """(notification id, reason: 1 expired, 2 dismissed by the user, 3 closed by us, 4 other)."""

    def can_answer(self) -> bool:
        return False

    def persistent(self) -> bool:
        return False

    def show(self, title: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> int:
        return 0

    def close(self, notification_id: int) -> None:
        return None


NoNotifier = DesktopNotifier


class FreedesktopNotifier(DesktopNotifier):
    def __init__(self, bus: SessionBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._caps: frozenset[str] = frozenset()
        self._mine: set[int] = set()
        try:
            self._caps = frozenset(bus.call(SERVICE, PATH, INTERFACE, "GetCapabilities")[0])
            bus.subscribe(INTERFACE, "ActionInvoked", self._on_action, PATH)
            bus.subscribe(INTERFACE, "NotificationClosed", self._on_closed, PATH)
        except BusError:
            self._caps = frozenset()

    def capabilities(self) -> frozenset[str]:
        return self._caps

    def can_answer(self) -> bool:
        return "actions" in self._caps

    def persistent(self) -> bool:
        return "persistence" in self._caps

    def show(self, title: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> int:
        """Show one notification; 0 if the server refused (the caller falls back)."""
        flat: list[str] = []
        for key, label in actions:
            flat += [key, label]
        hints = {"resident": ("b", True), "urgency": ("y", URGENCY_NORMAL)}
        try:
            body_out = self._bus.call(
                SERVICE,
                PATH,
                INTERFACE,
                "Notify",
                "susssasa{sv}i",
                (APP_NAME, 0, "mindful-clinic", title, body, flat, hints, NEVER_EXPIRE),
            )
        except BusError:
            return 0
        nid = int(body_out[0])
        self._mine.add(nid)
        return nid

    def close(self, notification_id: int) -> None:
        if notification_id in self._mine:
            with contextlib.suppress(BusError):
                self._bus.call(
                    SERVICE, PATH, INTERFACE, "CloseNotification", "u", (notification_id,)
                )

    def _on_action(self, body: tuple[object, ...]) -> None:
        nid, key = body[0], body[1]
        if isinstance(nid, int) and nid in self._mine:
            self.action_invoked.emit(nid, str(key))

    def _on_closed(self, body: tuple[object, ...]) -> None:
        nid, reason = body[0], body[1]
        if isinstance(nid, int) and nid in self._mine:
            self._mine.discard(nid)
            self.closed.emit(nid, reason if isinstance(reason, int) else UNDEFINED_REASON)


def desktop_notifier(bus: SessionBus | None, parent: QObject | None = None) -> DesktopNotifier:
    """The desktop's notifier where one answers on the bus, else ``NoNotifier``."""
    if bus is not None and bus.has_owner(SERVICE):
        return FreedesktopNotifier(bus, parent)
    return NoNotifier(parent)
