"""Another program's full-screen window, seen on a real X server (Xvfb) through libX11.

The test plays the window manager (Xvfb has none): it brings a window to the front through the root
window's ``_NET_ACTIVE_WINDOW`` and puts it full screen through its ``_NET_WM_STATE``. Skipped
cleanly where Xvfb or libX11 is missing (Debian: xvfb, libx11-6).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from mindful_clinic.services.desktop.x11_fullscreen import X11FullScreen
from tests.x11_server import SCREEN, XA_ATOM, XA_CARDINAL, Desk, xvfb

OTHER_PID = 4242


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


@pytest.fixture
def desk(display: str) -> Iterator[Desk]:
    d = Desk(display)
    yield d
    d.activate(0)  # the next test starts with nothing in front
    d.remove(d.root, "_NET_SUPPORTED")
    d.close()


@pytest.fixture
def detector(display: str) -> Iterator[X11FullScreen]:
    det = X11FullScreen(display)
    yield det
    det.close()


def play_manager(desk: Desk) -> None:
    """A window manager that marks full screen (EWMH ``_NET_SUPPORTED``): the state is trusted."""
    names = ("_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN", "_NET_ACTIVE_WINDOW")
    desk.set(desk.root, "_NET_SUPPORTED", XA_ATOM, [desk.atom(n) for n in names])


def test_a_presentation_put_full_screen_is_seen_and_its_end_too(
    desk: Desk, detector: X11FullScreen
) -> None:
    play_manager(desk)
    slides = desk.window(640, 480)
    desk.set(slides, "_NET_WM_PID", XA_CARDINAL, [OTHER_PID])
    desk.activate(slides)
    assert detector.probe() is False
    desk.full_screen(slides)
    assert detector.probe() is True
    desk.full_screen(slides, on=False)
    assert detector.probe() is False


def test_another_window_in_front_ends_it(desk: Desk, detector: X11FullScreen) -> None:
    play_manager(desk)
    video, mail = desk.window(*SCREEN), desk.window(300, 200)
    desk.full_screen(video)
    desk.activate(video)
    assert detector.probe() is True
    desk.activate(mail)
    assert detector.probe() is False


def test_without_a_manager_that_marks_it_a_window_the_size_of_the_screen_counts(
    desk: Desk, detector: X11FullScreen
) -> None:
    big, small = desk.window(*SCREEN), desk.window(640, 480)
    desk.activate(big)
    assert detector.probe() is True
    desk.activate(small)
    assert detector.probe() is False


def test_our_own_full_screen_window_is_not_someone_else_s(
    desk: Desk, detector: X11FullScreen
) -> None:
    play_manager(desk)
    presenter = desk.window(*SCREEN)
    desk.set(presenter, "_NET_WM_PID", XA_CARDINAL, [os.getpid()])
    desk.full_screen(presenter)
    desk.activate(presenter)
    assert detector.probe() is False


def test_a_window_that_closed_while_in_front_is_unknown_and_nothing_crashes(
    desk: Desk, detector: X11FullScreen
) -> None:
    gone = desk.window(640, 480)
    desk.activate(gone)
    desk.destroy(gone)  # the manager has not caught up: the root still names it
    assert detector.probe() is None
    desk.activate(0)
    assert detector.probe() is False  # and the next answer is a real one again


def test_no_display_is_unknown() -> None:
    assert X11FullScreen(":4097").probe() is None


def test_no_libx11_cannot_tell(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    def missing(name: str) -> None:
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    detector = X11FullScreen(":0")
    assert not detector.available()
    assert detector.probe() is None


def test_the_app_s_presence_on_x11_sees_it_and_says_so(desk: Desk, display: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.core.reminders.presence import FULLSCREEN
    from mindful_clinic.services.desktop.polled_presence import desktop_presence
    from tests.qt_cleanup import stop_timers

    presence = desktop_presence(
        None, platform="linux", environ={"DISPLAY": display}, qt_platform="xcb"
    )
    assert FULLSCREEN in presence.detects()  # Settings: "a full-screen window ✓"
    play_manager(desk)
    talk = desk.window(640, 480)
    desk.full_screen(talk)
    desk.activate(talk)
    assert presence.state().fullscreen and presence.polling()
    desk.full_screen(talk, on=False)
    with qtbot.waitSignal(presence.changed, timeout=1000):
        presence.poll()
    assert not presence.polling()
    stop_timers(presence)
