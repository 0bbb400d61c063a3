"""Is another program's window full screen? Asked of the X server (EWMH), through libX11 by ctypes.

``X11FullScreen.probe()`` answers True, False, or None for "cannot tell" (no display, the server
went away, the window closed while it was read). It reads the root window's
``_NET_ACTIVE_WINDOW``, then that window's ``_NET_WM_STATE`` (``_NET_WM_STATE_FULLSCREEN``), its
``_NET_WM_PID``, type and size, and leaves the decision to ``core.reminders.presence.covers_screen``.

It keeps its own display connection, opened on first use, so nothing is shared with Qt's. Xlib's
default error handler ends the process on an X error (for example ``BadWindow`` when the active
window closes between two reads), so a handler that only records the error is installed for the
span of each probe and the previous one (Qt's) put back after. Nothing here runs on a timer by
itself: the caller asks when a reminder falls due, and while a full-screen window holds one.
"""

from __future__ import annotations

import ctypes
import logging
import os
from ctypes import (
    CFUNCTYPE,
    POINTER,
    byref,
    c_char_p,
    c_int,
    c_long,
    c_ubyte,
    c_uint,
    c_ulong,
    c_void_p,
)

from mindful_clinic.core.reminders.presence import ActiveWindow, covers_screen

log = logging.getLogger(__name__)

LIBRARIES = ("libX11.so.6", "libX11.so")
SUCCESS = 0
ANY_PROPERTY_TYPE = 0
MAX_ITEMS = 1024
"""Longs read from one property at most; a window's state or the manager's list is far shorter."""

ATOM_NAMES = (
    "_NET_ACTIVE_WINDOW",
    "_NET_WM_STATE",
    "_NET_WM_STATE_FULLSCREEN",
    "_NET_SUPPORTED",
    "_NET_WM_PID",
    "_NET_WM_WINDOW_TYPE",
    "_NET_WM_WINDOW_TYPE_DESKTOP",
)

ErrorHandler = CFUNCTYPE(c_int, c_void_p, c_void_p)


def load_xlib() -> ctypes.CDLL | None:
    """libX11 with the few functions used here typed, or None where it is not installed."""
    for name in LIBRARIES:
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        try:
            _declare(lib)
        except AttributeError:
            return None
        return lib
    return None


def _declare(x: ctypes.CDLL) -> None:
    x.XOpenDisplay.argtypes = [c_char_p]
    x.XOpenDisplay.restype = c_void_p
    x.XCloseDisplay.argtypes = [c_void_p]
    x.XCloseDisplay.restype = c_int
    x.XDefaultRootWindow.argtypes = [c_void_p]
    x.XDefaultRootWindow.restype = c_ulong
    x.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
    x.XInternAtom.restype = c_ulong
    x.XGetWindowProperty.argtypes = [
        c_void_p,  # display
        c_ulong,  # window
        c_ulong,  # property
        c_long,  # long_offset
        c_long,  # long_length
        c_int,  # delete
        c_ulong,  # req_type
        POINTER(c_ulong),  # actual_type_return
        POINTER(c_int),  # actual_format_return
        POINTER(c_ulong),  # nitems_return
        POINTER(c_ulong),  # bytes_after_return
        POINTER(POINTER(c_ubyte)),  # prop_return
    ]
    x.XGetWindowProperty.restype = c_int
    x.XGetGeometry.argtypes = [
        c_void_p,
        c_ulong,
        POINTER(c_ulong),
        POINTER(c_int),
        POINTER(c_int),
        POINTER(c_uint),
        POINTER(c_uint),
        POINTER(c_uint),
        POINTER(c_uint),
    ]
    x.XGetGeometry.restype = c_int
    x.XFree.argtypes = [c_void_p]
    x.XFree.restype = c_int
    x.XSync.argtypes = [c_void_p, c_int]
    x.XSync.restype = c_int
    x.XSetErrorHandler.argtypes = [c_void_p]
    x.XSetErrorHandler.restype = c_void_p


class X11FullScreen:
    """Asks the X server whether someone else's window is full screen; never raises."""

    def __init__(
        self, display_name: str | None = None, xlib: ctypes.CDLL | None = None, own_pid: int = 0
    ) -> None:
        self._name = display_name
        self._x = xlib if xlib is not None else load_xlib()
        self._own_pid = own_pid or os.getpid()
        self._display: int | None = None
        self._atoms: dict[str, int] = {}
        self._errors = 0
        self._handler = ErrorHandler(self._on_error)  # kept alive as long as the probe

    def available(self) -> bool:
        """libX11 could be loaded (whether a display answers is only known when asked)."""
        return self._x is not None

    def connected(self) -> bool:
        """libX11 is there and the display answers (connecting now if need be)."""
        return self._x is not None and self._connect()

    def probe(self) -> bool | None:
        """Someone else's full-screen window is in front; None when it cannot be told."""
        if self._x is None or not self._connect():
            return None
        x = self._x
        previous = x.XSetErrorHandler(ctypes.cast(self._handler, c_void_p))
        self._errors = 0
        try:
            window = self._active_window()
            x.XSync(self._display, 0)  # errors of the requests above arrive before we judge
        except (OSError, ValueError):
            window, self._errors = None, self._errors + 1
        finally:
            x.XSetErrorHandler(previous)
        if self._errors:
            return None
        return covers_screen(window, self._own_pid)

    def close(self) -> None:
        if self._x is not None and self._display is not None:
            self._x.XCloseDisplay(self._display)
        self._display = None
        self._atoms = {}

    # -- inside ---------------------------------------------------------------------------------
    def _on_error(self, _display: int | None, _event: int | None) -> int:
        self._errors += 1
        return 0

    def _connect(self) -> bool:
        if self._display is not None:
            return True
        assert self._x is not None
        name = self._name.encode() if self._name else None
        display = self._x.XOpenDisplay(name)
        if not display:
            return False
        self._display = display
        self._atoms = {n: int(self._x.XInternAtom(display, n.encode(), 0)) for n in ATOM_NAMES}
        return True

    def _active_window(self) -> ActiveWindow | None:
        assert self._x is not None
        root = int(self._x.XDefaultRootWindow(self._display))
        active = self._longs(root, "_NET_ACTIVE_WINDOW")
        if not active or active[0] == 0:
            return None
        window = active[0]
        a = self._atoms
        states = self._longs(window, "_NET_WM_STATE")
        kinds = self._longs(window, "_NET_WM_WINDOW_TYPE")
        pid = self._longs(window, "_NET_WM_PID")
        return ActiveWindow(
            fullscreen_state=a["_NET_WM_STATE_FULLSCREEN"] in states,
            wm_marks_fullscreen=a["_NET_WM_STATE_FULLSCREEN"]
            in self._longs(root, "_NET_SUPPORTED"),
            desktop=a["_NET_WM_WINDOW_TYPE_DESKTOP"] in kinds,
            size=self._size(window),
            screen=self._size(root),
            pid=pid[0] if pid else None,
        )

    def _longs(self, window: int, name: str) -> list[int]:
        """A 32-bit property as numbers (Xlib hands them over as C longs); [] when absent."""
        assert self._x is not None
        kind, fmt = c_ulong(), c_int()
        count, after = c_ulong(), c_ulong()
        data = POINTER(c_ubyte)()
        status = self._x.XGetWindowProperty(
            self._display,
            window,
            self._atoms[name],
            0,
            MAX_ITEMS,
            0,
            ANY_PROPERTY_TYPE,
            byref(kind),
            byref(fmt),
            byref(count),
            byref(after),
            byref(data),
        )
        if status != SUCCESS or not data:
            return []
        try:
            if fmt.value != 32:
                return []
            values = ctypes.cast(data, POINTER(c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            self._x.XFree(data)

    def _size(self, window: int) -> tuple[int, int] | None:
        assert self._x is not None
        root, x, y = c_ulong(), c_int(), c_int()
        width, height, border, depth = c_uint(), c_uint(), c_uint(), c_uint()
        ok = self._x.XGetGeometry(
            self._display,
            window,
            byref(root),
            byref(x),
            byref(y),
            byref(width),
            byref(height),
            byref(border),
            byref(depth),
        )
        return (int(width.value), int(height.value)) if ok else None
