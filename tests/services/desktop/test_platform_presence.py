"""Windows and macOS presence through their ctypes shims, driven by fake system libraries.

The shims import on every system (the real libraries are looked up only on their own platform);
here a fake ``shell32`` answers ``SHQueryUserNotificationState`` and fake CoreGraphics and
CoreFoundation answer ``CGSessionCopyCurrentDictionary``, as the real ones would.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from mindful_clinic.core.reminders.presence import (
    FULLSCREEN,
    LOCK,
    ON_CONSOLE,
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    SCREEN_IS_LOCKED,
)
from mindful_clinic.services.desktop.macos_presence import MacSessionLock, load_frameworks
from mindful_clinic.services.desktop.windows_presence import WindowsNotificationState, load_shell32


class FakeShell32:
    """Answers as Windows' shell32 does: writes the state through the pointer, returns an HRESULT."""

    def __init__(self, state: int = QUNS_ACCEPTS_NOTIFICATIONS, result: int = 0) -> None:
        self.state = state
        self.result = result

    def SHQueryUserNotificationState(self, pointer: Any) -> int:
        pointer[0] = self.state
        return self.result


def test_windows_locked_and_full_screen_told_by_the_shell() -> None:
    shell = FakeShell32(QUNS_NOT_PRESENT)
    state = WindowsNotificationState(shell)
    assert state.available()
    assert state.holds() == {LOCK}
    shell.state = QUNS_BUSY  # a presentation or a full-screen program
    assert state.holds() == {FULLSCREEN}
    shell.state = QUNS_ACCEPTS_NOTIFICATIONS
    assert state.holds() == frozenset()


def test_windows_failing_call_means_cannot_tell() -> None:
    assert WindowsNotificationState(FakeShell32(QUNS_BUSY, result=-2147467259)).holds() is None

    class Broken:
        def SHQueryUserNotificationState(self, pointer: Any) -> int:
            raise OSError("exception: access violation")

    assert WindowsNotificationState(Broken()).holds() is None


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows only")
def test_off_windows_there_is_no_shell32_and_nothing_is_claimed() -> None:
    assert load_shell32() is None
    state = WindowsNotificationState()
    assert not state.available() and state.holds() is None


class FakeFrameworks:
    """CoreGraphics and CoreFoundation with handles (ints) for the session, strings and booleans."""

    BOOLEAN_TYPE, NUMBER_TYPE = 21, 22

    def __init__(self, session: dict[str, object] | None) -> None:
        self.session = session
        self.handles: dict[int, object] = {}
        self.released: list[int] = []

    def _new(self, value: object) -> int:
        handle = 1000 + len(self.handles)
        self.handles[handle] = value
        return handle

    # CoreGraphics
    def CGSessionCopyCurrentDictionary(self) -> int | None:
        return None if self.session is None else self._new(dict(self.session))

    # CoreFoundation
    def CFStringCreateWithCString(self, _alloc: None, text: bytes, _enc: int) -> int:
        return self._new(text.decode())

    def CFDictionaryGetValue(self, dictionary: int, key: int) -> int | None:
        table = self.handles[dictionary]
        assert isinstance(table, dict)
        name = self.handles[key]
        return self._new(table[name]) if name in table else None

    def CFGetTypeID(self, value: int) -> int:
        return self.BOOLEAN_TYPE if isinstance(self.handles[value], bool) else self.NUMBER_TYPE

    def CFBooleanGetTypeID(self) -> int:
        return self.BOOLEAN_TYPE

    def CFBooleanGetValue(self, value: int) -> bool:
        return bool(self.handles[value])

    def CFRelease(self, handle: int) -> None:
        self.released.append(handle)

    def created(self) -> set[int]:
        """What the caller owns (copies and created strings), which it must release."""
        return {h for h, v in self.handles.items() if isinstance(v, dict | str)}


def test_macos_locked_screen_told_by_the_window_server() -> None:
    libs = FakeFrameworks({ON_CONSOLE: True})
    lock = MacSessionLock((libs, libs))
    assert lock.available()
    assert lock.holds() == frozenset()
    libs.session = {ON_CONSOLE: True, SCREEN_IS_LOCKED: True}
    assert lock.holds() == {LOCK}
    libs.session = {ON_CONSOLE: False}  # someone else's session has the screen
    assert lock.holds() == {LOCK}
    assert set(libs.released) == libs.created()  # nothing leaked, nothing released twice
    assert len(libs.released) == len(set(libs.released))


def test_macos_without_a_session_cannot_tell() -> None:
    libs = FakeFrameworks(None)  # a remote shell: no window-server session
    assert MacSessionLock((libs, libs)).holds() is None


@pytest.mark.skipif(sys.platform == "darwin", reason="off macOS only")
def test_off_macos_there_are_no_frameworks_and_nothing_is_claimed() -> None:
    assert load_frameworks() is None
    lock = MacSessionLock()
    assert not lock.available() and lock.holds() is None
