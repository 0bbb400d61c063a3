""" "Delete all my data" leaves nothing behind: no log, no settings file, no calendar paths."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mindful_clinic.app.root import build
from mindful_clinic.core.time.clock import ManualClock
from tests.qt_cleanup import stop_timers


def test_delete_all_my_data_removes_the_settings_too(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock(datetime(2026, 11, 24, 14, 0, tzinfo=UTC)))
    qtbot.addWidget(app.window)
    calendar = data_dir.parent / "work.ics"
    calendar.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n", encoding="utf-8")
    app.reminders.store.add_calendar(calendar)
    app.prefs.theme = "dark"
    app.save_prefs()
    settings = data_dir / "settings.json"
    assert str(calendar) in settings.read_text(encoding="utf-8")
    assert app.log is not None
    app.log.actions.delete_all()
    assert not settings.exists()
    assert not (data_dir / "settings.json.bak").exists()
    assert app.reminders.store.calendar_paths() == []
    assert app.prefs.theme != "dark"
    app.prefs.reduced_motion = True  # the next change starts a fresh file, with nothing old in it
    app.save_prefs()
    assert str(calendar) not in settings.read_text(encoding="utf-8")
    stop_timers(app.window)
