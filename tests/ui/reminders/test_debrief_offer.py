"""The debrief after a hard appointment, offered in the next calendar gap (issue #19, item 2):
appointments marked by a word in the title or by length, set in Settings -> Reminders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mindful_clinic.app.root import App, build
from mindful_clinic.core.reminders.debrief import DebriefRule
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.reminders.calendar_read import read_window
from mindful_clinic.ui.reminders.debrief_box import DebriefBox
from mindful_clinic.ui.reminders.notice import reminder_text
from tests.qt_cleanup import stop_timers

NOW = datetime(2026, 11, 24, 9, 55, tzinfo=UTC)
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:a
DTSTART:20261124T100000Z
DTEND:20261124T110000Z
SUMMARY:Complex case review
END:VEVENT
BEGIN:VEVENT
UID:b
DTSTART:20261124T110000Z
DTEND:20261124T113000Z
SUMMARY:Team meeting
END:VEVENT
BEGIN:VEVENT
UID:c
DTSTART:20261124T130000Z
DTEND:20261124T132000Z
SUMMARY:Follow-up
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def app(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    built = build(ManualClock(NOW))
    qtbot.addWidget(built.window)
    calendar = tmp_path / "rota.ics"
    calendar.write_text(ICS)
    built.reminders.store.add_calendar(calendar)
    built.reminders.cache.refresh(force=True)
    yield built
    rem = built._reminders
    if rem is not None:
        rem.scheduler.close()
        rem.notice.hide()
        rem.tray.close()
    stop_timers(built.window, built.qapp)


def debriefs(app: App) -> list[datetime]:
    return [r.at for r in app.reminders.scheduler.upcoming(10) if r.kind == "debrief"]


def test_the_calendar_reader_keeps_titles_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "rota.ics"
    path.write_text(ICS)
    day = datetime(2026, 11, 24, tzinfo=UTC)
    read = read_window(path, day, day.replace(day=25), UTC)
    assert [a[2] for a in read.appointments] == ["Complex case review", "Team meeting", "Follow-up"]


def test_no_debrief_until_the_user_marks_appointments(app: App) -> None:
    assert debriefs(app) == []


def test_a_word_in_the_title_offers_the_debrief_in_the_next_gap(app: App) -> None:
    box = app.reminders.make_debrief_box()
    assert isinstance(box, DebriefBox)
    box.word.setText("complex")
    box.word.editingFinished.emit()
    # The review ends at 11:00 but the meeting follows at once: the next gap starts at 11:30.
    assert debriefs(app) == [datetime(2026, 11, 24, 11, 30, tzinfo=UTC)]
    first = next(r for r in app.reminders.scheduler.upcoming(10) if r.kind == "debrief")
    assert (first.practice_id, first.practice_s) == ("after_hard_appointment", 90)
    assert "debrief" in reminder_text(first, NOW, UTC, None)
    box.deleteLater()


def test_appointments_longer_than_n_minutes_are_marked(app: App) -> None:
    from mindful_clinic.app.debrief import load_rule, save_rule

    save_rule(app.settings, DebriefRule("", 25))
    assert load_rule(app.settings) == DebriefRule("", 25)
    app.reminders.scheduler.reschedule()
    # The hour-long review and the half-hour meeting (11:30 gap), not the 20-minute follow-up.
    assert debriefs(app) == [datetime(2026, 11, 24, 11, 30, tzinfo=UTC)]
