"""Is the user away or not to be disturbed? Do-not-disturb, a locked screen, a full-screen window.

``Presence`` is the small interface: ``state()`` -> ``PresenceState``, ``changed`` when it moves, and
``detects()``: what this platform lets the app see, so Settings can say so plainly.

- Linux (``FreedesktopPresence``): the notification server's ``Inhibited`` property (do-not-disturb;
  GNOME and KDE set it, KDE also during screen sharing and presentations) followed through
  ``PropertiesChanged``; the screen lock from the screensaver on the session bus
  (``org.freedesktop.ScreenSaver`` on KDE and others, ``org.gnome.ScreenSaver`` on GNOME:
  ``GetActive`` and ``ActiveChanged``), else from logind on the system bus (the session's
  ``LockedHint``, followed through ``PropertiesChanged``).
- What can only be asked for, not followed (another program's full-screen window on X11; the
  Windows shell's notification state; the macOS screen lock) is joined to this in
  ``polled_presence``, which also builds the right presence for this computer
  (``desktop_presence``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from mindful_clinic.core.reminders.presence import DND, LOCK
from mindful_clinic.core.reminders.presence import (
    FULLSCREEN as FULLSCREEN,  # the kinds, for callers
)
from mindful_clinic.services.desktop.dbus_bus import BusError, SessionBus

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
LOGIND_SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"


@dataclass(frozen=True)
class PresenceState:
    dnd: bool = False
    locked: bool = False
    fullscreen: bool = False


class Presence(QObject):
    """The interface, and the honest stub where nothing can be detected: it never claims the user
    is away, so reminders simply show."""

    changed = Signal()

    def state(self) -> PresenceState:
        return PresenceState()

    def detects(self) -> frozenset[str]:
        """Of ``DND``, ``LOCK``, ``FULLSCREEN``: what this platform lets the app see."""
        return frozenset()


class FreedesktopPresence(Presence):
    def __init__(
        self, bus: SessionBus, system_bus: SessionBus | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._dnd = False
        self._locked = False
        self._detects: set[str] = set()
        self._session_path = ""
        try:
            notif, path = NOTIFICATIONS
            self._dnd = bool(bus.get_property(notif, path, notif, "Inhibited"))
            bus.subscribe(PROPERTIES, "PropertiesChanged", self._notif_properties, path)
            self._detects.add(DND)
        except BusError:
            pass  # an older server without Inhibited: do-not-disturb cannot be seen
        if not self._watch_screensaver(bus) and system_bus is not None:
            self._watch_logind(system_bus)

    def _watch_screensaver(self, bus: SessionBus) -> bool:
        for service, path in SCREENSAVERS:
            try:
                self._locked = bool(bus.call(service, path, service, "GetActive")[0])
                bus.subscribe(service, "ActiveChanged", self._lock_changed)
            except BusError:
                continue
            self._detects.add(LOCK)
            return True
        return False

    def _watch_logind(self, system_bus: SessionBus) -> None:
        service, path, manager = LOGIND
        try:
            session = str(system_bus.call(service, path, manager, "GetSession", "s", ("auto",))[0])
            hint = system_bus.get_property(service, session, LOGIND_SESSION, "LockedHint")
            system_bus.subscribe(PROPERTIES, "PropertiesChanged", self._session_properties, session)
        except BusError:
            return
        self._session_path = session
        self._locked = bool(hint)
        self._detects.add(LOCK)

    def state(self) -> PresenceState:
        return PresenceState(dnd=self._dnd, locked=self._locked)

    def detects(self) -> frozenset[str]:
        return frozenset(self._detects)

    def _set(self, dnd: bool, locked: bool) -> None:
        if (dnd, locked) != (self._dnd, self._locked):
            self._dnd, self._locked = dnd, locked
            self.changed.emit()

    def _notif_properties(self, body: tuple[object, ...]) -> None:
        on = _changed(body, NOTIFICATIONS[0], "Inhibited")
        if on is not None:
            self._set(on, self._locked)

    def _session_properties(self, body: tuple[object, ...]) -> None:
        on = _changed(body, LOGIND_SESSION, "LockedHint")
        if on is not None:
            self._set(self._dnd, on)

    def _lock_changed(self, body: tuple[object, ...]) -> None:
        self._set(self._dnd, bool(body[0]))


def _changed(body: tuple[object, ...], interface: str, name: str) -> bool | None:
    """The new value of ``name`` in a PropertiesChanged signal of ``interface``, else None."""
    if len(body) < 2 or body[0] != interface or not isinstance(body[1], dict):
        return None
    if name not in body[1]:
        return None
    value = body[1][name]
    return bool(value[1] if isinstance(value, tuple) else value)


def open_session_bus(parent: QObject | None = None) -> SessionBus | None:
    """The session bus on Linux, or None (another platform, no bus, jeepney missing)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return SessionBus(parent=parent)
    except BusError:
        return None


def open_system_bus(parent: QObject | None = None) -> SessionBus | None:
    """The system bus on Linux (logind's screen lock), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return SessionBus("SYSTEM", parent=parent)
    except BusError:
        return None
