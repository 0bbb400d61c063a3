"""What the platforms' raw answers mean for reminders: Windows' notification state, the macOS
session, the X11 active window, and what this desktop can see (for Settings)."""

from __future__ import annotations

import pytest

from mindful_clinic.core.reminders.presence import (
    DND,
    FULLSCREEN,
    LOCK,
    ON_CONSOLE,
    SCREEN_IS_LOCKED,
    WAYLAND,
    ActiveWindow,
    Detects,
    covers_screen,
    macos_locked,
    windows_holds,
)

ME, THEM = 100, 200
SCREEN = (1920, 1080)


@pytest.mark.parametrize(
    ("code", "held"),
    [
        (1, {LOCK}),  # QUNS_NOT_PRESENT: locked, screen saver, another user's session
        (2, {FULLSCREEN}),  # QUNS_BUSY: a full-screen program, presentation settings
        (3, {FULLSCREEN}),  # QUNS_RUNNING_D3D_FULL_SCREEN: a full-screen game or video
        (4, {FULLSCREEN}),  # QUNS_PRESENTATION_MODE
        (5, set()),  # QUNS_ACCEPTS_NOTIFICATIONS
        (6, {DND}),  # QUNS_QUIET_TIME: Windows asks for quiet in the first hour
        (7, set()),  # QUNS_APP: also windowed Store apps on later Windows; not held
        (0, set()),  # anything unknown holds nothing
        (99, set()),
    ],
)
def test_windows_notification_state_decoded(code: int, held: set[str]) -> None:
    assert windows_holds(code) == held


def test_macos_session_decoded() -> None:
    assert macos_locked(None) is None  # no window-server session: cannot tell
    assert macos_locked({}) is False
    assert macos_locked({SCREEN_IS_LOCKED: True}) is True
    assert macos_locked({SCREEN_IS_LOCKED: True, ON_CONSOLE: True}) is True
    assert macos_locked({ON_CONSOLE: True}) is False
    assert macos_locked({ON_CONSOLE: False}) is True  # another session has the screen


def test_a_window_marked_full_screen_by_the_manager_counts() -> None:
    marked = ActiveWindow(fullscreen_state=True, wm_marks_fullscreen=True, pid=THEM)
    assert covers_screen(marked, own_pid=ME)


def test_a_window_the_size_of_the_screen_counts_only_where_the_manager_does_not_mark_it() -> None:
    big = ActiveWindow(size=SCREEN, screen=SCREEN, pid=THEM)
    assert covers_screen(big, own_pid=ME)  # no window manager, or one without EWMH full screen
    tiled = ActiveWindow(wm_marks_fullscreen=True, size=SCREEN, screen=SCREEN, pid=THEM)
    assert not covers_screen(tiled, own_pid=ME)  # a tiling manager's ordinary window
    smaller = ActiveWindow(size=(1920, 1040), screen=SCREEN)
    assert not covers_screen(smaller, own_pid=ME)


def test_our_own_windows_nothing_in_front_and_the_desktop_do_not_count() -> None:
    ours = ActiveWindow(fullscreen_state=True, size=SCREEN, screen=SCREEN, pid=ME)
    assert not covers_screen(ours, own_pid=ME)  # the group presenter: group mode holds already
    assert not covers_screen(None, own_pid=ME)
    desktop = ActiveWindow(desktop=True, size=SCREEN, screen=SCREEN, pid=THEM)
    assert not covers_screen(desktop, own_pid=ME)
    unnamed = ActiveWindow(fullscreen_state=True, pid=None)
    assert covers_screen(unnamed, own_pid=ME)  # a program that does not say its pid is not us


def test_detects_is_a_set_that_knows_why_not() -> None:
    seen = Detects({DND, LOCK}, {FULLSCREEN: WAYLAND, LOCK: "ignored: it is seen"})
    assert seen == {DND, LOCK} and LOCK in seen
    assert seen.why_not == {FULLSCREEN: WAYLAND}
    assert Detects().why_not == {} and not Detects()
