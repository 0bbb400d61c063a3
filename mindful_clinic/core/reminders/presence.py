"""What the desktop says about the user, decoded: do-not-disturb, a locked screen, a full-screen window.

The platform shims (``services.desktop``) read raw answers: a Windows notification-state code, the
macOS session dictionary, the X11 active window's properties. Turning those into "hold reminders
because of ..." is plain logic, kept here so it is tested on every platform:

- ``windows_holds``: ``SHQueryUserNotificationState``'s code -> what it holds reminders for;
- ``macos_locked``: the ``CGSessionCopyCurrentDictionary`` answer -> locked, not, or unknown;
- ``covers_screen``: the X11 active window -> someone else's full-screen window, or not;
- ``Detects``: what this desktop lets the app see, and for some of the rest why not (for Settings).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DND = "dnd"
LOCK = "lock"
FULLSCREEN = "fullscreen"
KINDS = (DND, LOCK, FULLSCREEN)

# Why something cannot be seen (codes; the window says them in words).
WAYLAND = "wayland"
"""Wayland gives programs no way to see another program's full-screen window."""
NO_X11 = "no-x11"
"""The X11 library (libX11) could not be loaded."""
NOT_HERE = "not-here"
"""This operating system does not tell other programs."""


class Detects(frozenset[str]):
    """The kinds (``DND``, ``LOCK``, ``FULLSCREEN``) this desktop lets the app see.

    A set like any other; ``why_not`` maps some of the kinds it cannot see to a reason code
    (``WAYLAND``, ``NO_X11``, ``NOT_HERE``), so Settings can say why.
    """

    why_not: Mapping[str, str]

    def __new__(cls, seen: Iterable[str] = (), why_not: Mapping[str, str] | None = None) -> Detects:
        self = super().__new__(cls, seen)
        self.why_not = {k: v for k, v in (why_not or {}).items() if k not in self}
        return self


# --- Windows: SHQueryUserNotificationState (shellapi.h, QUERY_USER_NOTIFICATION_STATE) -------------
QUNS_NOT_PRESENT = 1
"""A screen saver is shown, the machine is locked, or another user's session is in front."""
QUNS_BUSY = 2
"""A full-screen application is running, or presentation settings are on."""
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
"""The first hour after a new user's first sign-in (or an upgrade): Windows asks for quiet."""
QUNS_APP = 7
"""Windows 8: a Store app is in front. Not held: on later Windows it is also reported for ordinary
windowed Store apps, and holding on it would silence reminders for hours."""

_WINDOWS = {
    QUNS_NOT_PRESENT: frozenset({LOCK}),
    QUNS_BUSY: frozenset({FULLSCREEN}),
    QUNS_RUNNING_D3D_FULL_SCREEN: frozenset({FULLSCREEN}),
    QUNS_PRESENTATION_MODE: frozenset({FULLSCREEN}),
    QUNS_QUIET_TIME: frozenset({DND}),
}


def windows_holds(code: int) -> frozenset[str]:
    """What a ``QUERY_USER_NOTIFICATION_STATE`` code holds reminders for (empty: nothing)."""
    return _WINDOWS.get(code, frozenset())


# --- macOS: CGSessionCopyCurrentDictionary ---------------------------------------------------------
SCREEN_IS_LOCKED = "CGSSessionScreenIsLocked"
ON_CONSOLE = "kCGSSessionOnConsoleKey"
MACOS_KEYS = (SCREEN_IS_LOCKED, ON_CONSOLE)


def macos_locked(session: Mapping[str, object] | None) -> bool | None:
    """Away (locked), here, or None when there is no window-server session to ask.

    ``CGSSessionScreenIsLocked`` is present and true only while the screen is locked. A session
    that says it is not on the console has been switched away from (another user, or the screens
    asleep): away as well.
    """
    if session is None:
        return None
    if session.get(SCREEN_IS_LOCKED):
        return True
    return ON_CONSOLE in session and not session[ON_CONSOLE]


# --- X11: the EWMH active window -------------------------------------------------------------------
@dataclass(frozen=True)
class ActiveWindow:
    """What the X server says about the window in front (``_NET_ACTIVE_WINDOW``)."""

    fullscreen_state: bool = False
    """Its ``_NET_WM_STATE`` holds ``_NET_WM_STATE_FULLSCREEN``."""
    wm_marks_fullscreen: bool = False
    """The window manager lists ``_NET_WM_STATE_FULLSCREEN`` in ``_NET_SUPPORTED``: then the state
    alone is trusted (a tiling manager sizes ordinary windows to the screen too)."""
    desktop: bool = False
    """Its ``_NET_WM_WINDOW_TYPE`` is the desktop itself (some managers make that "active")."""
    size: tuple[int, int] | None = None
    screen: tuple[int, int] | None = None
    pid: int | None = None
    """Its ``_NET_WM_PID``, when it says."""


def covers_screen(window: ActiveWindow | None, own_pid: int) -> bool:
    """Someone else's window fills the screen: a presentation, a video, a call shared full screen.

    Our own windows never count (the group presenter holds reminders through group mode already).
    Without a window manager that marks full screen, a window the size of the screen counts.
    """
    if window is None or window.desktop:
        return False
    if window.pid is not None and window.pid == own_pid:
        return False
    if window.fullscreen_state:
        return True
    if window.wm_marks_fullscreen:
        return False
    return window.size is not None and window.size == window.screen
