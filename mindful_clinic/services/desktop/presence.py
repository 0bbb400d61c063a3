"""Is the user away or not to be disturbed? Do-not-disturb, a locked screen, a full-screen window.

``Presence`` is the small interface: ``state()`` -> ``PresenceState``, ``changed`` when it moves, and
``detects()``: what this platform lets the app see, so Settings can say so plainly.

- Linux (``FreedesktopPresence``): the notification server's ``Inhibited`` property (do-not-disturb;
  GNOME and KDE set it, KDE also during screen sharing and presentations) followed through
  ``PropertiesChanged``; the screen lock from ``org.freedesktop.ScreenSaver`` (``GetActive`` and
  ``ActiveChanged``). A full-screen window of another program cannot be seen from here; the
  notification servers themselves hold notifications over full-screen windows.
- Windows and macOS (``UndetectedPresence``): nothing detected yet, and it says so. It never claims
  the user is present or away; reminders then simply show.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from mindful_clinic.services.desktop.dbus_bus import BusError, SessionBus

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
PROPERTIES = "org.freedesktop.DBus.Properties"

DND = "dnd"
LOCK = "lock"
FULLSCREEN = "fullscreen"


@dataclass(frozen=True)
class PresenceState:
    dnd: bool = False
    locked: bool = False
    fullscreen: bool = False


class Presence(QObject):
    """The interface, and the honest stub for platforms where nothing can be detected."""

    changed = Signal()

    def state(self) -> PresenceState:
        return PresenceState()

    def detects(self) -> frozenset[str]:
        """Of ``DND``, ``LOCK``, ``FULLSCREEN``: what this platform lets the app see."""
        return frozenset()


UndetectedPresence = Presence


class FreedesktopPresence(Presence):
    def __init__(self, bus: SessionBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._state = PresenceState()
        self._detects: set[str] = set()
        try:
            inhibited = bus.get_property(
                NOTIFICATIONS[0], NOTIFICATIONS[1], NOTIFICATIONS[0], "Inhibited"
            )
            self._state = PresenceState(dnd=bool(inhibited))
            bus.subscribe(PROPERTIES, "PropertiesChanged", self._properties, NOTIFICATIONS[1])
            self._detects.add(DND)
        except BusError:
            pass  # an older server without Inhibited: do-not-disturb cannot be seen
        try:
            active = bus.call(SCREENSAVER[0], SCREENSAVER[1], SCREENSAVER[0], "GetActive")[0]
            self._state = PresenceState(dnd=self._state.dnd, locked=bool(active))
            bus.subscribe(SCREENSAVER[0], "ActiveChanged", self._lock_changed)
            self._detects.add(LOCK)
        except BusError:
            pass

    def state(self) -> PresenceState:
        return self._state

    def detects(self) -> frozenset[str]:
        return frozenset(self._detects)

    def _set(self, state: PresenceState) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _properties(self, body: tuple[object, ...]) -> None:
        interface, changed = body[0], body[1]
        if interface == NOTIFICATIONS[0] and isinstance(changed, dict) and "Inhibited" in changed:
            value = changed["Inhibited"]
            on = value[1] if isinstance(value, tuple) else value
            self._set(PresenceState(dnd=bool(on), locked=self._state.locked))

    def _lock_changed(self, body: tuple[object, ...]) -> None:
        self._set(PresenceState(dnd=self._state.dnd, locked=bool(body[0])))


def desktop_presence(bus: SessionBus | None, parent: QObject | None = None) -> Presence:
    return FreedesktopPresence(bus, parent) if bus is not None else UndetectedPresence(parent)


def open_session_bus(parent: QObject | None = None) -> SessionBus | None:
    """The session bus on Linux, or None (another platform, no bus, jeepney missing)."""
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        return SessionBus(parent=parent)
    except BusError:
        return None
