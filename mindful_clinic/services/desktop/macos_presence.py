"""macOS: is the screen locked? ``CGSessionCopyCurrentDictionary`` (CoreGraphics) read by ctypes.

The session dictionary holds ``CGSSessionScreenIsLocked`` while the screen is locked and
``kCGSSessionOnConsoleKey`` false while another session has the screen; ``core.reminders.presence.
macos_locked`` decides. There is no public way without PyObjC to be told when it changes, so it is
asked for when a reminder falls due and while a lock holds one (``PolledPresence``). Neither Focus
(do-not-disturb) nor another program's full-screen window can be read from here.

The module imports on every system; the frameworks are only loaded on macOS, or passed in (tests).
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import c_bool, c_char_p, c_uint32, c_ulong, c_void_p
from typing import Any

from mindful_clinic.core.reminders.presence import LOCK, MACOS_KEYS, macos_locked

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
APPLICATION_SERVICES = (
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
)
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
UTF8 = 0x08000100  # kCFStringEncodingUTF8


def load_frameworks() -> tuple[Any, Any] | None:
    """(CoreGraphics, CoreFoundation) with the functions used here typed, or None off macOS."""
    if sys.platform != "darwin":
        return None
    try:
        cf = ctypes.CDLL(CORE_FOUNDATION)
        try:
            cg = ctypes.CDLL(CORE_GRAPHICS)
            cg.CGSessionCopyCurrentDictionary  # noqa: B018 (older systems: ApplicationServices)
        except (OSError, AttributeError):
            cg = ctypes.CDLL(APPLICATION_SERVICES)
        cg.CGSessionCopyCurrentDictionary.argtypes = []
        cg.CGSessionCopyCurrentDictionary.restype = c_void_p
        cf.CFStringCreateWithCString.argtypes = [c_void_p, c_char_p, c_uint32]
        cf.CFStringCreateWithCString.restype = c_void_p
        cf.CFDictionaryGetValue.argtypes = [c_void_p, c_void_p]
        cf.CFDictionaryGetValue.restype = c_void_p
        cf.CFGetTypeID.argtypes = [c_void_p]
        cf.CFGetTypeID.restype = c_ulong
        cf.CFBooleanGetTypeID.argtypes = []
        cf.CFBooleanGetTypeID.restype = c_ulong
        cf.CFBooleanGetValue.argtypes = [c_void_p]
        cf.CFBooleanGetValue.restype = c_bool
        cf.CFRelease.argtypes = [c_void_p]
        cf.CFRelease.restype = None
    except (OSError, AttributeError):
        return None
    return cg, cf


class MacSessionLock:
    """Asks the window server; ``holds()`` -> {LOCK} while locked, {} when not, None (cannot tell)."""

    def __init__(self, frameworks: tuple[Any, Any] | None = None) -> None:
        self._libs = frameworks if frameworks is not None else load_frameworks()

    def available(self) -> bool:
        return self._libs is not None

    def holds(self) -> frozenset[str] | None:
        if self._libs is None:
            return None
        cg, cf = self._libs
        try:
            session = cg.CGSessionCopyCurrentDictionary()
            if not session:
                return None  # no window-server session (a remote shell): cannot tell
            try:
                locked = macos_locked(_read(cf, session))
            finally:
                cf.CFRelease(session)
        except (OSError, AttributeError, ctypes.ArgumentError):
            return None
        if locked is None:
            return None
        return frozenset({LOCK}) if locked else frozenset()


def _read(cf: Any, session: int) -> dict[str, object]:
    """The keys of ``MACOS_KEYS`` present in the session dictionary, as Python booleans."""
    found: dict[str, object] = {}
    boolean = cf.CFBooleanGetTypeID()
    for name in MACOS_KEYS:
        key = cf.CFStringCreateWithCString(None, name.encode(), UTF8)
        if not key:
            continue
        try:
            value = cf.CFDictionaryGetValue(session, key)
            if value:
                is_bool = cf.CFGetTypeID(value) == boolean
                found[name] = bool(cf.CFBooleanGetValue(value)) if is_bool else True
        finally:
            cf.CFRelease(key)
    return found
