"""The desktop's presence on every platform: what D-Bus tells, plus what has to be asked for.

Some things arrive as signals (Linux do-not-disturb and screen lock, ``FreedesktopPresence``).
Others can only be asked for: another program's full-screen window on X11 (``X11FullScreen``),
the shell's notification state on Windows (``WindowsNotificationState``: locked, full screen,
presentation, quiet time), the screen lock on macOS (``MacSessionLock``). ``PolledPresence`` joins
the two without costing anything while idle:

- it asks the platform *when its state is wanted*, that is when a reminder falls due (and when the
  gate reconsiders), so the answer is fresh at the moment that matters;
- only while that answer holds reminders (a presentation is on, the screen is locked) does it ask
  again every ``POLL_MS``, and says ``changed`` when it ends, so the held reminder or the "you were
  away" line comes out; then it stops.

An answer the platform cannot give (no display, the window closed while read) holds nothing:
reminders then show, as they would without this.

``desktop_presence`` builds the right one for this computer, with ``detects()`` saying what it can
see and, for some of the rest, why not (Wayland, no libX11, not on this system) for Settings.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from mindful_clinic.core.reminders.presence import (
    DND,
    FULLSCREEN,
    LOCK,
    NO_X11,
    NOT_HERE,
    WAYLAND,
    Detects,
)
from mindful_clinic.services.desktop.dbus_bus import SessionBus
from mindful_clinic.services.desktop.presence import FreedesktopPresence, Presence, PresenceState

if TYPE_CHECKING:
    from mindful_clinic.services.desktop.x11_fullscreen import X11FullScreen

log = logging.getLogger(__name__)

HEADLESS = ("offscreen", "minimal")
"""Qt platforms that show no window on a desktop (tests, benchmarks)."""
POLL_MS = 5000
"""While something holds reminders, how often to ask whether it has ended."""


class Probe(Protocol):
    """One platform question: which kinds hold reminders now (None: it cannot tell)."""

    def available(self) -> bool: ...

    def holds(self) -> frozenset[str] | None: ...


class FullScreenProbe:
    """``X11FullScreen`` as a ``Probe``."""

    def __init__(self, detector: X11FullScreen) -> None:
        self.detector = detector

    def available(self) -> bool:
        return self.detector.connected()

    def holds(self) -> frozenset[str] | None:
        answer = self.detector.probe()
        if answer is None:
            return None
        return frozenset({FULLSCREEN}) if answer else frozenset()


class PolledPresence(Presence):
    def __init__(
        self,
        base: Presence,
        probe: Probe | None,
        can_see: frozenset[str] = frozenset(),
        why_not: Mapping[str, str] | None = None,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        """``can_see``: what ``probe`` sees when it is available; ``why_not``: reasons for the rest."""
        super().__init__(parent)
        self._base = base
        self._probe = probe
        self._can_see = can_see
        self._why_not = dict(why_not or {})
        self._seen: frozenset[str] = frozenset()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        base.changed.connect(self.changed)

    def state(self) -> PresenceState:
        self._ask()
        b = self._base.state()
        return PresenceState(
            dnd=b.dnd or DND in self._seen,
            locked=b.locked or LOCK in self._seen,
            fullscreen=b.fullscreen or FULLSCREEN in self._seen,
        )

    def detects(self) -> Detects:
        seen = set(self._base.detects())
        if self._probe is not None and self._probe.available():
            seen |= self._can_see
        return Detects(seen, self._why_not)

    def polling(self) -> bool:
        """Asking every ``POLL_MS`` (only while the last answer held reminders)."""
        return self._timer.isActive()

    def poll(self) -> None:
        if self._ask():
            self.changed.emit()

    def _ask(self) -> bool:
        """Ask the platform now; True when the answer moved."""
        if self._probe is None:
            return False
        now = self._probe.holds() or frozenset()
        moved, self._seen = now != self._seen, now
        if now and not self._timer.isActive():
            self._timer.start()
        elif not now:
            self._timer.stop()
        return moved


def desktop_presence(
    bus: SessionBus | None,
    system_bus: SessionBus | None = None,
    parent: QObject | None = None,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    qt_platform: str | None = None,
) -> PolledPresence:
    """What this computer lets the app see: D-Bus signals where there is a bus, plus its probe.

    ``qt_platform``: ``QGuiApplication.platformName()`` unless given ("xcb", "wayland",
    "offscreen", "windows", "cocoa").
    """
    if qt_platform is None:
        qt_platform = QGuiApplication.platformName() if QGuiApplication.instance() else ""
    base = FreedesktopPresence(bus, system_bus, parent) if bus is not None else Presence(parent)
    probe, can_see, why_not = platform_probe(platform, environ, qt_platform)
    return PolledPresence(base, probe, can_see, why_not, parent=parent)


def platform_probe(
    platform: str, environ: Mapping[str, str], qt_platform: str = ""
) -> tuple[Probe | None, frozenset[str], dict[str, str]]:
    """The probe for this platform, what it can see, and why the rest cannot be seen.

    Each platform's shim (and ctypes) is imported only on that platform, and only here.
    """
    if qt_platform in HEADLESS:
        return None, frozenset(), {}  # no window on any screen: nothing to look at
    if platform == "win32":
        from mindful_clinic.services.desktop.windows_presence import WindowsNotificationState

        # Focus assist has no public interface; the first hour's "quiet time" is held all the same.
        return WindowsNotificationState(), frozenset({LOCK, FULLSCREEN}), {DND: NOT_HERE}
    if platform == "darwin":
        from mindful_clinic.services.desktop.macos_presence import MacSessionLock

        return MacSessionLock(), frozenset({LOCK}), {DND: NOT_HERE, FULLSCREEN: NOT_HERE}
    if qt_platform.startswith("wayland") or wayland(environ):
        return None, frozenset(), {FULLSCREEN: WAYLAND}
    display = environ.get("DISPLAY", "")
    if not display:
        return None, frozenset(), {}  # no desktop at all (a console, an offscreen run)
    from mindful_clinic.services.desktop.x11_fullscreen import X11FullScreen

    detector = X11FullScreen(display)
    if not detector.available():
        log.warning("libX11 is not installed: a full-screen window cannot be detected")
        return None, frozenset(), {FULLSCREEN: NO_X11}
    return FullScreenProbe(detector), frozenset({FULLSCREEN}), {}


def wayland(environ: Mapping[str, str]) -> bool:
    """A Wayland session: no program may look at another's windows there (GNOME, KDE and others)."""
    return environ.get("XDG_SESSION_TYPE", "") == "wayland" or bool(environ.get("WAYLAND_DISPLAY"))
