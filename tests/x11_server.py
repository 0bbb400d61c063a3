"""A private X server (Xvfb) for tests, and a few windows on it that the test dresses by hand.

Xvfb has no window manager, so the test plays one: it sets the root window's ``_NET_ACTIVE_WINDOW``
and a window's ``_NET_WM_STATE`` itself, exactly as a manager would on a real desktop. All through
libX11 by ctypes, like the app. ``xvfb()`` skips the test cleanly where Xvfb or libX11 is missing.
"""

from __future__ import annotations

import ctypes
import os
import select
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from ctypes import c_char_p, c_int, c_long, c_uint, c_ulong, c_void_p

import pytest

from mindful_clinic.services.desktop.x11_fullscreen import load_xlib

XA_ATOM = 4
XA_CARDINAL = 6
XA_WINDOW = 33
PROP_MODE_REPLACE = 0
SCREEN = (800, 600)
START_TIMEOUT_S = 10


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh Xvfb on the first free display; yields its name (":5").

    ``-noreset``: Xvfb otherwise resets when its last client leaves, and a test connecting during
    the reset finds no display.
    """
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    if load_xlib() is None:
        pytest.skip("libX11 is not installed (Debian: libx11-6)")
    read, write = os.pipe()
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], START_TIMEOUT_S)
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                pytest.fail("Xvfb did not start")
            number += chunk
        yield ":" + number.decode().strip()
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=START_TIMEOUT_S)


class Desk:
    """A client of the test's X server that makes windows and plays the window manager."""

    def __init__(self, display: str) -> None:
        x = load_xlib()
        assert x is not None
        x.XCreateSimpleWindow.argtypes = [c_void_p, c_ulong, c_int, c_int]
        x.XCreateSimpleWindow.argtypes += [c_uint, c_uint, c_uint, c_ulong, c_ulong]
        x.XCreateSimpleWindow.restype = c_ulong
        x.XChangeProperty.argtypes = [c_void_p, c_ulong, c_ulong, c_ulong, c_int, c_int]
        x.XChangeProperty.argtypes += [c_void_p, c_int]
        x.XDeleteProperty.argtypes = [c_void_p, c_ulong, c_ulong]
        x.XDestroyWindow.argtypes = [c_void_p, c_ulong]
        x.XFlush.argtypes = [c_void_p]
        self.x = x
        self.display = x.XOpenDisplay(display.encode())
        assert self.display, f"cannot open {display}"
        self.root = int(x.XDefaultRootWindow(self.display))

    def atom(self, name: str) -> int:
        return int(self.x.XInternAtom(self.display, c_char_p(name.encode()), 0))

    def window(self, width: int, height: int) -> int:
        return int(
            self.x.XCreateSimpleWindow(self.display, self.root, 0, 0, width, height, 0, 0, 0)
        )

    def set(self, window: int, name: str, kind: int, values: Sequence[int]) -> None:
        data = (c_long * max(len(values), 1))(*values)
        self.x.XChangeProperty(
            self.display,
            window,
            self.atom(name),
            kind,
            32,
            PROP_MODE_REPLACE,
            ctypes.cast(data, c_void_p),
            len(values),
        )
        self.x.XSync(self.display, 0)

    def remove(self, window: int, name: str) -> None:
        self.x.XDeleteProperty(self.display, window, self.atom(name))
        self.x.XSync(self.display, 0)

    def activate(self, window: int) -> None:
        """What a window manager does when a window comes to the front."""
        self.set(self.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [window])

    def full_screen(self, window: int, on: bool = True) -> None:
        atoms = [self.atom("_NET_WM_STATE_FULLSCREEN")] if on else []
        self.set(window, "_NET_WM_STATE", XA_ATOM, atoms)

    def destroy(self, window: int) -> None:
        self.x.XDestroyWindow(self.display, window)
        self.x.XSync(self.display, 0)

    def close(self) -> None:
        self.x.XCloseDisplay(self.display)
