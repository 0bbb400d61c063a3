"""Windows: what the shell says about the user, through ``SHQueryUserNotificationState`` (ctypes).

One call answers for a locked screen or screen saver (``QUNS_NOT_PRESENT``), a full-screen program
or presentation settings (``QUNS_BUSY``, ``QUNS_RUNNING_D3D_FULL_SCREEN``,
``QUNS_PRESENTATION_MODE``) and the quiet first hour after sign-in (``QUNS_QUIET_TIME``). The code is
decoded by ``core.reminders.presence.windows_holds``. Windows sends no message when a full-screen
program starts or stops, so the answer is asked for, not followed: when a reminder falls due, and
while something holds one (``PolledPresence``). Focus assist (do-not-disturb) has no public
interface and is not seen.

The module imports on every system; ``shell32`` is only looked up on Windows, or passed in (tests).
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import POINTER, c_int, c_long
from typing import Any

from mindful_clinic.core.reminders.presence import windows_holds

S_OK = 0


def load_shell32() -> Any:
    """shell32 with ``SHQueryUserNotificationState`` typed, or None off Windows."""
    if sys.platform != "win32":
        return None
    try:
        shell32 = ctypes.WinDLL("shell32")  # type: ignore[attr-defined,unused-ignore]
        query = shell32.SHQueryUserNotificationState
    except (OSError, AttributeError):
        return None
    query.argtypes = [POINTER(c_int)]
    query.restype = c_long  # HRESULT
    return shell32


class WindowsNotificationState:
    """Asks the shell; ``holds()`` -> the kinds holding reminders now, or None (cannot tell)."""

    def __init__(self, shell32: Any = None) -> None:
        self._shell32 = shell32 if shell32 is not None else load_shell32()

    def available(self) -> bool:
        return self._shell32 is not None

    def holds(self) -> frozenset[str] | None:
        if self._shell32 is None:
            return None
        state = c_int(0)
        try:
            result = self._shell32.SHQueryUserNotificationState(ctypes.pointer(state))
        except (OSError, AttributeError, ctypes.ArgumentError):
            return None
        if result != S_OK:
            return None
        return windows_holds(state.value)
