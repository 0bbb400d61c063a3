"""The "In session" button holds reminders and follows the scheduler when it changes elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.i18n.language import load_translators
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.session_button import SessionButton
from tests.heard import heard
from tests.language import speaking


class IdleTimer:
    def __init__(self, _callback: Callable[[], None]) -> None:
        self.active = False

    def start(self, _msec: int) -> None:
        self.active = True

    def stop(self) -> None:
        self.active = False

    def is_active(self) -> bool:
        return self.active


def test_the_button_holds_reminders_and_shows_a_change_made_elsewhere(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(datetime(2026, 1, 5, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    scheduler = ReminderScheduler(ReminderStore(SettingsStore(tmp_path)), clock, IdleTimer)
    button = SessionButton(scheduler)
    qtbot.addWidget(button)
    assert not button.isChecked() and button.text() == "In session: reminders on"
    button.click()
    assert scheduler.in_session_until() is not None
    assert button.text() == "In session: reminders held"
    scheduler.set_in_session(False)  # e.g. from the tray, or the appointment ended
    assert not button.isChecked() and button.text() == "In session: reminders on"


def test_the_words_say_what_it_does_and_are_what_a_screen_reader_hears(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Not "In session: off", which read as "this practice is not a session": the words say
    what it does to reminders, in both languages, and are its name."""
    clock = ManualClock(datetime(2026, 1, 5, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    scheduler = ReminderScheduler(ReminderStore(SettingsStore(tmp_path)), clock, IdleTimer)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    for language, off, on in (
        ("en", "In session: reminders on", "In session: reminders held"),
        ("de", "Im Termin: Erinnerungen an", "Im Termin: Erinnerungen aus"),
    ):
        with speaking(language, load_translators(language, qapp)):
            button = SessionButton(scheduler)
            qtbot.addWidget(button)
            for checked, words in ((False, off), (True, on)):
                scheduler.set_in_session(checked)
                assert button.isChecked() == checked
                assert button.text() == words and heard(button) == words
            scheduler.set_in_session(False)


def test_a_shared_screen_holds_reminders_and_leaves_the_users_own_choice(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 1, 5, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    scheduler = ReminderScheduler(ReminderStore(SettingsStore(tmp_path)), clock, IdleTimer)
    scheduler.hold_for_shared_screen(True)
    assert scheduler.in_session_until() is not None
    scheduler.hold_for_shared_screen(False)
    assert scheduler.in_session_until() is None
    scheduler.set_in_session(True)
    scheduler.hold_for_shared_screen(True)
    scheduler.hold_for_shared_screen(False)
    assert scheduler.in_session_until() is not None  # the clinician's own choice survives
