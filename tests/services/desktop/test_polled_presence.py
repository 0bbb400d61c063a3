"""Presence that has to be asked for (a full-screen window, Windows' and macOS' lock): asked when a
reminder falls due, polled only while it holds one, and ``changed`` when it ends.

Also which probe each kind of computer gets, and what it then says it can see.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mindful_clinic.core.reminders.presence import (
    DND,
    FULLSCREEN,
    LOCK,
    NO_X11,
    NOT_HERE,
    WAYLAND,
)
from mindful_clinic.services.desktop import x11_fullscreen
from mindful_clinic.services.desktop.macos_presence import MacSessionLock
from mindful_clinic.services.desktop.polled_presence import (
    POLL_MS,
    FullScreenProbe,
    PolledPresence,
    desktop_presence,
    platform_probe,
)
from mindful_clinic.services.desktop.windows_presence import WindowsNotificationState
from tests.desktop_fakes import FakePresence
from tests.gate_rig import LONDON, MONDAY_9, GateRig
from tests.qt_cleanup import stop_timers


class FakeProbe:
    """A platform the test controls: ``now`` is what it holds; None when it cannot tell."""

    def __init__(self, now: frozenset[str] | None = frozenset(), available: bool = True) -> None:
        self.now = now
        self.asked = 0
        self._available = available

    def available(self) -> bool:
        return self._available

    def holds(self) -> frozenset[str] | None:
        self.asked += 1
        return self.now


@pytest.fixture
def probe() -> FakeProbe:
    return FakeProbe()


@pytest.fixture
def presence(probe: FakeProbe, qapp: object) -> Iterator[PolledPresence]:
    p = PolledPresence(FakePresence(frozenset({DND})), probe, frozenset({FULLSCREEN}))
    yield p
    stop_timers(p)


def test_asked_only_when_wanted_and_never_polled_while_nothing_holds(
    presence: PolledPresence, probe: FakeProbe
) -> None:
    assert probe.asked == 0  # building it asks nothing
    assert not presence.state().fullscreen
    assert probe.asked == 1 and not presence.polling()  # idle: no timer at all


def test_a_full_screen_window_is_polled_until_it_ends_then_changed_once(
    presence: PolledPresence, probe: FakeProbe, qtbot: QtBot
) -> None:
    probe.now = frozenset({FULLSCREEN})
    assert presence.state().fullscreen  # asked at the moment a reminder falls due
    assert presence.polling() and presence._timer.interval() == POLL_MS
    with qtbot.assertNotEmitted(presence.changed):
        presence.poll()  # still full screen: nothing to say
    probe.now = frozenset()
    with qtbot.waitSignal(presence.changed, timeout=1000):
        presence.poll()
    assert not presence.polling() and not presence.state().fullscreen


def test_cannot_tell_holds_nothing(presence: PolledPresence, probe: FakeProbe) -> None:
    probe.now = None
    assert presence.state().fullscreen is False and not presence.polling()


def test_what_the_bus_says_still_counts_and_still_signals(qtbot: QtBot, qapp: object) -> None:
    base = FakePresence()
    presence = PolledPresence(base, None)
    with qtbot.waitSignal(presence.changed, timeout=1000):
        base.set(locked=True)
    assert presence.state().locked and not presence.polling()


def test_detects_joins_the_bus_and_the_probe_and_says_why_not(qapp: object) -> None:
    with_probe = PolledPresence(
        FakePresence(frozenset({DND, LOCK})), FakeProbe(), frozenset({FULLSCREEN})
    )
    assert with_probe.detects() == {DND, LOCK, FULLSCREEN}
    unavailable = PolledPresence(
        FakePresence(frozenset()), FakeProbe(available=False), frozenset({LOCK})
    )
    assert unavailable.detects() == frozenset()
    wayland = PolledPresence(FakePresence(frozenset({DND})), None, why_not={FULLSCREEN: WAYLAND})
    assert wayland.detects() == {DND} and wayland.detects().why_not == {FULLSCREEN: WAYLAND}


# -- which probe each computer gets ---------------------------------------------------------------
def test_windows_and_macos_get_their_shims_and_say_what_they_cannot_see() -> None:
    probe, can_see, why_not = platform_probe("win32", {}, "windows")
    assert isinstance(probe, WindowsNotificationState)
    assert can_see == {LOCK, FULLSCREEN} and why_not == {DND: NOT_HERE}
    probe, can_see, why_not = platform_probe("darwin", {}, "cocoa")
    assert isinstance(probe, MacSessionLock)
    assert can_see == {LOCK} and why_not == {DND: NOT_HERE, FULLSCREEN: NOT_HERE}


def test_wayland_says_full_screen_is_not_seen_there() -> None:
    for environ, qt in (
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "xcb"),  # an X11 app on XWayland
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({}, "wayland"),
    ):
        probe, can_see, why_not = platform_probe("linux", environ, qt)
        assert probe is None and not can_see and why_not == {FULLSCREEN: WAYLAND}


def test_x11_gets_the_full_screen_probe() -> None:
    probe, can_see, why_not = platform_probe("linux", {"DISPLAY": ":4097"}, "xcb")
    assert isinstance(probe, FullScreenProbe) and can_see == {FULLSCREEN} and why_not == {}
    assert not probe.available()  # no server on :4097: Settings will not claim it
    assert probe.holds() is None


def test_x11_without_libx11_says_so_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(x11_fullscreen.X11FullScreen, "available", lambda self: False)
    with caplog.at_level(logging.WARNING):
        probe, can_see, why_not = platform_probe("linux", {"DISPLAY": ":0"}, "xcb")
    assert probe is None and not can_see and why_not == {FULLSCREEN: NO_X11}
    assert [r.getMessage() for r in caplog.records] == [
        "libX11 is not installed: a full-screen window cannot be detected"
    ]


def test_headless_and_console_runs_look_at_nothing(qapp: object) -> None:
    assert platform_probe("linux", {"DISPLAY": ":0"}, "offscreen") == (None, frozenset(), {})
    assert platform_probe("linux", {}, "xcb") == (None, frozenset(), {})
    built = desktop_presence(None)  # the tests run offscreen
    assert built.detects() == frozenset() and not built.state().fullscreen


# -- with the gate: a presentation when reminders fall due -----------------------------------------
def test_a_presentation_holds_reminders_then_one_away_line(
    data_dir: Path, probe: FakeProbe, qapp: object
) -> None:
    rig = GateRig(data_dir, PolledPresence(FakePresence(), probe, frozenset({FULLSCREEN})))
    probe.now = frozenset({FULLSCREEN})  # slides go full screen at 09:10
    rig.run_until(MONDAY_9 + timedelta(minutes=61))
    assert rig.offered == [] and rig.away == []  # 09:30 and 10:00 fell due: nothing popped up
    assert rig.presence.polling()
    probe.now = frozenset()  # the talk ends
    rig.presence.poll()
    assert rig.offered == []  # never replayed
    assert len(rig.away) == 1 and rig.away[0] is not None
    assert rig.away[0].at.astimezone(LONDON).strftime("%H:%M") == "10:30"
    assert not rig.presence.polling()
