"""Without a speech engine, "No speech engine found; captions carry on." is said once, where it
helps: beside the guided practice's Voice button, and not again in the window's message bar (which
would keep it on every later page). Where no screen shows it (group mode), the message bar does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel

from mindful_clinic.app.root import App, build
from mindful_clinic.core.sound.voice import VoiceSettings
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sound.speech import NO_ENGINE_MESSAGE, NullSpeaker
from mindful_clinic.ui.guided.setup import GuidedSetup
from mindful_clinic.ui.guided.view import GuidedView
from tests.qt_cleanup import stop_timers

NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def no_engine(_settings: VoiceSettings, notify: Callable[[str], None]) -> NullSpeaker:
    """What the app's speaker becomes on a computer without a speech engine."""
    return NullSpeaker(notify=notify)


@pytest.fixture
def app(qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(ManualClock(NOON))
    qtbot.addWidget(built.window)
    built.flow.checkin_factory = None
    built.voice._make_speaker = no_engine  # the speaker is made when first needed
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)


def shown_anywhere(app: App, text: str) -> list[QLabel]:
    return [
        label
        for label in app.window.findChildren(QLabel)
        if label.isVisible() and text in label.text()
    ]


def test_said_once_beside_the_voice_button_and_gone_with_the_practice(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert app.start_practice("stop_1")
    setup = app.flow.current_widget
    assert isinstance(setup, GuidedSetup)
    setup.start_button.click()
    view = app.flow.current_widget
    assert isinstance(view, GuidedView)
    qtbot.wait(50)  # the event loop comes round: nothing more is said
    assert shown_anywhere(app, NO_ENGINE_MESSAGE) == [view.status]
    assert NO_ENGINE_MESSAGE not in app.window.message_bar.messages
    view.stop()
    view.stop()  # past the grounding screen
    app.window.show_page("history")
    qtbot.wait(50)
    assert shown_anywhere(app, NO_ENGINE_MESSAGE) == []


def test_said_in_the_message_bar_where_no_screen_shows_it(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    app.voice.speaker.say("Welcome, everyone.")  # as a group session's room voice does
    qtbot.waitUntil(lambda: NO_ENGINE_MESSAGE in app.window.message_bar.messages, timeout=1000)
    app.voice.speaker.say("Let the breath settle.")
    qtbot.wait(50)
    assert app.window.message_bar.messages.count(NO_ENGINE_MESSAGE) == 1
