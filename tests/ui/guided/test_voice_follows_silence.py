"""Mute and quiet hours hush the spoken guidance as they hush the bells; the first guided practice
says how to switch the voice off or on (once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time

import pytest

from mindful_clinic.app.root import App, build
from mindful_clinic.core.sound.settings import QuietHours, SoundSettings
from mindful_clinic.core.sound.voice import voice_silenced
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.guided.setup import GuidedSetup
from mindful_clinic.ui.guided.view import GuidedView
from tests.qt_cleanup import stop_timers
from tests.speech_fakes import FakeSpeaker

NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_the_voice_rule_follows_mute_and_quiet_hours() -> None:
    usual = SoundSettings()
    assert voice_silenced(usual, NOON) is None
    assert voice_silenced(usual.with_muted(True), NOON) == "muted"
    quiet = usual.with_quiet_hours(QuietHours(enabled=True, start=time(11), end=time(13)))
    assert voice_silenced(quiet, NOON) == "quiet_hours"
    assert voice_silenced(quiet, NOON.replace(hour=14)) is None


@pytest.fixture
def app(qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(ManualClock(NOON))
    qtbot.addWidget(built.window)
    built.flow.checkin_factory = None
    built.voice._speaker = FakeSpeaker()  # no real speech engine in tests
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)


def start_guided(app: App, pid: str = "stop_1") -> GuidedView:
    assert app.start_practice(pid)
    setup = app.flow.current_widget
    assert isinstance(setup, GuidedSetup)
    setup.start_button.click()
    view = app.flow.current_widget
    assert isinstance(view, GuidedView)
    return view


def test_the_first_guided_practice_says_how_to_switch_the_voice_once(app: App) -> None:
    first = start_guided(app)
    assert first.voice
    assert "Press Voice to switch the voice off or on" in first.status.text()
    assert not first.status.isHidden()
    first.stop()
    first.stop()  # past the grounding screen
    again = start_guided(app)
    assert "Press Voice" not in again.status.text()
    assert "voice_guidance" in app.prefs.seen_notices


def test_muted_sound_starts_the_guidance_without_voice_and_says_why(app: App) -> None:
    app.sound.set_muted(True)
    view = start_guided(app)
    assert not view.voice and view.voice_button.text() == "Voice: off"
    assert "quiet because sound is muted" in view.status.text()
    speaker = app.voice.speaker
    assert isinstance(speaker, FakeSpeaker) and speaker.said == []


def test_muting_during_a_practice_hushes_the_voice(app: App) -> None:
    view = start_guided(app)
    assert view.voice
    app.sound.set_muted(True)
    assert not view.voice
    assert "quiet because sound is muted" in view.status.text()
