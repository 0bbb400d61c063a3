"""Sounds chosen per practice on its set-up screen: saved for that practice only, heard in it.

The app is built as at start-up with a manual clock and a recording player; the cue driver the app
attaches to the practice screen is driven by hand (advance the clock, then fire its timer).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sound_fakes import RecordingPlayer

from mindful_clinic.app import App, build
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.sound.settings import PracticeSoundChoices
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.breath.setup import BreathSetup
from mindful_clinic.ui.guided.setup import GuidedSetup
from mindful_clinic.ui.sound.cue_driver import CueDriver
from mindful_clinic.ui.sound.practice_sounds import PracticeSoundsBox
from tests.heard import heard
from tests.qt_cleanup import stop_timers

CUES_ON = PracticeSoundChoices(inhale_cue=True, exhale_cue=True)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def player(clock: ManualClock) -> RecordingPlayer:
    return RecordingPlayer(clock)


@pytest.fixture
def app(qtbot: QtBot, clock: ManualClock, player: RecordingPlayer) -> Iterator[App]:
    built = build(clock)
    qtbot.addWidget(built.window)
    built.prefs.seen_notices.append("holds_caution")  # no modal notice in these tests
    built.flow.checkin_factory = None  # check-ins have their own tests
    built.sound.use_player(player)
    built.sound.update(built.sound.settings.with_choices(None, CUES_ON))  # usual: cues on
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)


def breath_setup(app: App, practice_id: str) -> BreathSetup:
    assert app.start_practice(practice_id)
    setup = app.flow.current_widget
    assert isinstance(setup, BreathSetup)
    return setup


def sounds_of(setup: BreathSetup | GuidedSetup) -> PracticeSoundsBox:
    assert setup.sounds_box is not None
    return setup.sounds_box


def heard_in_a_minute(app: App, clock: ManualClock, player: RecordingPlayer, pid: str) -> list[str]:
    """Start the practice from its set-up screen for a minute and run its cue driver to the end."""
    player.clear()
    breath_setup(app, pid).start_requested.emit(PracticeChoice(duration_s=60))
    view = app.flow.current_widget
    assert view is not None
    (driver,) = view.findChildren(CueDriver)
    while driver.timer.isActive():
        clock.advance(driver.timer.interval() / 1000)
        driver.on_timeout()
    app.flow.current_widget.stop()  # type: ignore[union-attr]
    heard: list[str] = player.played()
    return heard


def test_no_cues_for_box_breathing_is_saved_for_it_and_heard_only_there(
    qtbot: QtBot, app: App, clock: ManualClock, player: RecordingPlayer
) -> None:
    box = sounds_of(breath_setup(app, "box_4444"))
    assert box.cues is not None and box.cues.isChecked()  # the usual choices, to begin with
    assert not box.reset.isEnabled()
    box.cues.setFocus()
    QTest.keyClick(box.cues, Qt.Key.Key_Space)  # by keyboard
    assert not box.cues.isChecked()
    assert box.reset.isEnabled()

    saved = app.sound.settings.per_practice
    assert set(saved) == {"box_4444"}
    assert saved["box_4444"] == PracticeSoundChoices(inhale_cue=False, exhale_cue=False)
    assert app.sound.settings.defaults == CUES_ON  # the usual choices are untouched
    stored = SettingsStore(app.folder).section("sound")["per_practice"]["box_4444"]
    assert (stored["inhale_cue"], stored["exhale_cue"]) == (False, False)

    box_heard = heard_in_a_minute(app, clock, player, "box_4444")
    assert box_heard[0] == "bell_start" and box_heard[-1] == "bell_end"
    assert not {"cue_in", "cue_out"} & set(box_heard)

    other = heard_in_a_minute(app, clock, player, "extended_4_6")
    assert other.count("cue_in") == 6 and other.count("cue_out") == 6  # 4 + 6 s, for a minute
    assert other[0] == "bell_start" and other[-1] == "bell_end"

    again = sounds_of(breath_setup(app, "box_4444"))  # the choice is offered again next time
    assert again.cues is not None and not again.cues.isChecked()


def test_same_as_my_usual_settings_brings_the_usual_choices_back(qtbot: QtBot, app: App) -> None:
    quiet = PracticeSoundChoices(start_bell=False, end_bell=False, interval_bell_min=7)
    app.sound.update(app.sound.settings.with_choices("box_4444", quiet))
    box = sounds_of(breath_setup(app, "box_4444"))
    assert box.cues is not None and not box.cues.isChecked()
    assert not box.bells.isChecked()
    assert box.interval.currentData() == 7  # a value from elsewhere is shown, not lost
    assert box.reset.isEnabled()

    with qtbot.waitSignal(box.changed) as sent:
        QTest.mouseClick(box.reset, Qt.MouseButton.LeftButton)
    assert sent.args == [CUES_ON]
    assert app.sound.settings.choices_for("box_4444") == CUES_ON
    assert box.cues.isChecked() and box.bells.isChecked()
    assert box.interval.currentData() == 0 and box.ambient.currentData() == "none"
    assert not box.reset.isEnabled()


def test_guided_setup_has_no_breath_cue_and_keeps_its_own_sounds(qtbot: QtBot, app: App) -> None:
    assert app.start_practice("body_scan_10")
    setup = app.flow.current_widget
    assert isinstance(setup, GuidedSetup)
    box = sounds_of(setup)
    assert box.cues is None
    assert [b.text() for b in box.findChildren(QCheckBox)] == ["Bell at the start and end"]
    assert "breath" not in " ".join(w.accessibleName() for w in box.findChildren(QWidget))

    box.interval.setCurrentIndex(box.interval.findData(5))
    box.ambient.setCurrentIndex(box.ambient.findData("rain"))
    mine = app.sound.settings.choices_for("body_scan_10")
    assert (mine.interval_bell_min, mine.ambient) == (5, "rain")
    assert (mine.inhale_cue, mine.exhale_cue) == (True, True)  # untouched: not offered here
    assert app.sound.settings.choices_for("box_4444") == CUES_ON


def test_each_control_changes_only_its_own_choice(qtbot: QtBot) -> None:
    in_only = PracticeSoundChoices(inhale_cue=True, end_bell=False)
    box = PracticeSoundsBox(in_only, True, usual=PracticeSoundChoices())
    qtbot.addWidget(box)
    sent: list[PracticeSoundChoices] = []
    box.changed.connect(sent.append)
    assert box.cues is not None and box.cues.isChecked() and box.bells.isChecked()
    box.ambient.setCurrentIndex(box.ambient.findData("drone"))
    assert sent[-1] == PracticeSoundChoices(inhale_cue=True, end_bell=False, ambient="drone")
    box.bells.setChecked(False)
    assert (sent[-1].start_bell, sent[-1].end_bell, sent[-1].inhale_cue) == (False, False, True)
    box.set_choices(PracticeSoundChoices())  # showing new choices is not an edit
    assert len(sent) == 2
    labels = [box.interval.itemText(i) for i in range(box.interval.count())]
    assert labels == [
        "Off",
        "Every minute",
        "Every 2 minutes",
        "Every 5 minutes",
        "Every 10 minutes",
    ]


def test_every_control_is_named_and_reachable_by_keyboard(qtbot: QtBot) -> None:
    box = PracticeSoundsBox(PracticeSoundChoices(), True)
    qtbot.addWidget(box)
    controls = [
        *box.findChildren(QCheckBox),
        *box.findChildren(QComboBox),
        *box.findChildren(QPushButton),
    ]
    assert len(controls) == 5
    for control in controls:
        assert heard(control)
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_set_up_screens_without_sound_choices_show_no_sound_box(app: App) -> None:
    entry = app.catalog.catalog.get("box_4444")
    assert entry is not None
    assert BreathSetup(entry.item, PracticeChoice(duration_s=60)).sounds_box is None  # type: ignore[arg-type]
    scan = app.catalog.catalog.get("body_scan_10")
    assert scan is not None
    assert GuidedSetup(scan.item).sounds_box is None  # type: ignore[arg-type]
