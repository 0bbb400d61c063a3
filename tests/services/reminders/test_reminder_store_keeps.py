"""Nothing is lost: a reminder rule, calendar or setting in settings.json that cannot be read costs
only itself. The rest is used, it is said once, and every ordinary save (a pause, a calendar read,
a new rule) writes it back as it was, so a newer version's rule or a typo fixed by hand survives.
What cannot be read item by item is copied aside before a save replaces it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.reminders.rules import ReminderRule, ReminderState
from mindful_clinic.services.reminders import store as store_module
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.settings import SettingsStore
from tests.faults.fault_tools import plain
from tests.heard import heard

NOW = datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
GOOD = [
    {"id": "lunch", "kind": "fixed", "weekdays": ["mon", "wed"], "times": ["12:30"]},
    {"id": "every-45", "kind": "interval", "every_minutes": 45, "enabled": False},
    {"id": "gaps", "kind": "gap"},
]
BAD = {"id": "late", "kind": "fixed", "times": ["25:00"], "note": "typed by hand"}


def write_settings(folder: Path, reminders: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.json"
    doc = {"schema_version": 1, "app": {"theme": "dark"}, "reminders": reminders}
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def on_disk(folder: Path) -> Any:
    return json.loads((folder / "settings.json").read_text(encoding="utf-8"))["reminders"]


def three_good_one_bad(folder: Path) -> Path:
    rules = [GOOD[0], BAD, GOOD[1], GOOD[2]]
    return write_settings(folder, {"version": 1, "settings": {"rules": rules}})


def open_store(folder: Path) -> ReminderStore:
    return ReminderStore(SettingsStore(folder, person=None))


def test_one_bad_rule_costs_only_itself_and_a_pause_keeps_it_as_written(data_dir: Path) -> None:
    three_good_one_bad(data_dir)
    store = open_store(data_dir)
    assert [r.id for r in store.config.rules] == ["lunch", "every-45", "gaps"]
    assert store.problem is not None and "'late'" in store.problem and "25:00" in store.problem
    assert plain(store.problem)
    store.set_state(ReminderState(paused_until=NOW + timedelta(hours=1)))  # "Pause for 1 hour"
    saved = on_disk(data_dir)
    assert saved["settings"]["rules"] == [GOOD[0], BAD, GOOD[1], GOOD[2]]  # all four, in place
    assert json.dumps(saved["settings"]["rules"][1]) == json.dumps(BAD)  # byte for byte
    again = open_store(data_dir)
    assert [r.id for r in again.config.rules] == ["lunch", "every-45", "gaps"]
    assert again.state.paused_until == NOW + timedelta(hours=1)
    assert again.problem is not None and "25:00" in again.problem  # still said: still left out


def test_a_calendar_read_and_a_new_rule_keep_a_newer_versions_rule_and_calendar(
    data_dir: Path,
) -> None:
    newer_rule = {"id": "walk", "kind": "walk", "steps": 500}
    newer_calendar = {"path": "/cal/b.ics", "last_read": "in a while", "feed": "webcal"}
    good_calendar = {"path": "/cal/a.ics", "last_read": None, "last_error": None}
    write_settings(
        data_dir,
        {
            "version": 1,
            "settings": {"rules": [*GOOD, newer_rule], "snooze_minutes": 10},
            "calendars": [good_calendar, newer_calendar],
        },
    )
    store = open_store(data_dir)
    assert store.calendar_paths() == ["/cal/a.ics"]
    assert len(store.left_out) == 2
    store.record_calendar("/cal/a.ics", NOW, None)  # after the calendar was read
    store.set_config(store.config.with_rule(ReminderRule("tea", "fixed", times=(time(15),))))
    saved = on_disk(data_dir)
    assert saved["settings"]["rules"] == [
        *GOOD,
        newer_rule,
        ReminderRule("tea", "fixed", times=(time(15),)).to_dict(),
    ]
    assert saved["settings"]["snooze_minutes"] == 10
    assert saved["calendars"][1] == newer_calendar
    assert saved["calendars"][0]["last_read"] == NOW.isoformat()


def test_a_bad_setting_and_state_use_the_defaults_and_stay_until_set(data_dir: Path) -> None:
    quiet = {"start": "22:00", "end": "7"}
    state = {"paused_until": "after lunch"}
    write_settings(
        data_dir,
        {
            "settings": {"rules": GOOD, "quiet_hours": quiet, "timezone": "Mars/Olympus"},
            "state": state,
        },
    )
    store = open_store(data_dir)
    assert store.config.quiet_hours is None and store.config.timezone is None
    assert store.state == ReminderState()
    assert len(store.left_out) == 3
    store.remove_calendar("/none.ics")  # nothing changes: nothing saved
    store.set_config(store.config.without_rule("gaps"))
    saved = on_disk(data_dir)
    assert saved["settings"]["quiet_hours"] == quiet
    assert saved["settings"]["timezone"] == "Mars/Olympus"
    assert saved["state"] == state
    store.set_state(ReminderState(in_session=True))  # the user's new state replaces it
    assert on_disk(data_dir)["state"]["in_session"] is True
    assert on_disk(data_dir)["settings"]["quiet_hours"] == quiet


def test_a_section_that_is_not_settings_is_copied_aside_before_a_save(data_dir: Path) -> None:
    path = write_settings(data_dir, ["a", "list", "where", "settings", "belong"])
    before = path.read_bytes()
    told: list[str] = []
    settings = SettingsStore(data_dir, notify=told.append, person=None)
    store = ReminderStore(settings)
    assert store.problem is not None and "defaults" in store.problem
    assert path.read_bytes() == before  # left as it is until a change is saved
    store.set_state(ReminderState(in_session=True))
    copies = list(data_dir.glob("settings.damaged-*.json"))
    assert len(copies) == 1 and copies[0].read_bytes() == before
    assert store.kept_copy == copies[0] and len(told) == 1 and str(copies[0]) in told[0]
    assert on_disk(data_dir)["state"]["in_session"] is True
    store.set_state(ReminderState())
    assert len(list(data_dir.glob("settings.damaged-*.json"))) == 1  # one copy, not one a save


def test_rules_that_are_not_a_list_are_copied_aside_before_a_save(data_dir: Path) -> None:
    path = write_settings(data_dir, {"settings": {"rules": {"lunch": GOOD[0]}}})
    before = path.read_bytes()
    store = open_store(data_dir)
    assert store.damaged == "rules must be a list"
    store.set_config(store.config.with_rule(ReminderRule("tea", "fixed", times=(time(15),))))
    assert [p.read_bytes() for p in data_dir.glob("settings.damaged-*.json")] == [before]


def test_no_copy_no_save_over_what_could_not_be_read(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_settings(data_dir, "not settings")
    before = path.read_bytes()
    monkeypatch.setattr(store_module, "copy_aside", lambda _path: None)  # the folder refuses
    store = open_store(data_dir)
    store.set_state(ReminderState(in_session=True))
    assert path.read_bytes() == before
    assert store.state.in_session  # used for this session
    assert store.save_problem is not None and plain(store.save_problem)


def test_a_rule_fixed_by_hand_is_used_again_on_reload(data_dir: Path) -> None:
    three_good_one_bad(data_dir)
    settings = SettingsStore(data_dir, person=None)
    store = ReminderStore(settings)
    fixed = {**BAD, "times": ["23:00"]}
    write_settings(data_dir, {"settings": {"rules": [*GOOD, fixed]}})
    settings.reload()
    assert store.reload()
    assert "late" in [r.id for r in store.config.rules] and store.problem is None


@pytest.fixture
def cli_folder(data_dir: Path) -> Iterator[Path]:
    from mindful_clinic.cli import words

    words.reset()
    yield data_dir
    words.reset()


def test_the_command_line_lists_the_good_rules_and_keeps_the_bad_one(
    cli_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    three_good_one_bad(cli_folder)
    assert main(["reminders", "list"]) == 0  # was refused, exit 2
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["lunch", "every-45", "gaps"]
    assert "25:00" in err and "a reminder setting could not be read" in err
    assert main(["reminders", "add", "--at", "17:00"]) == 0
    rules = on_disk(cli_folder)["settings"]["rules"]
    assert BAD in rules and [r["id"] for r in rules] == [
        "lunch",
        "late",
        "every-45",
        "gaps",
        "at-1700",
    ]


def test_the_window_and_the_settings_page_say_it(
    cli_folder: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mindful_clinic.app.root import build
    from mindful_clinic.core.time.clock import ManualClock
    from tests.qt_cleanup import stop_timers

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    three_good_one_bad(cli_folder)
    app = build(ManualClock(NOW))
    qtbot.addWidget(app.window)
    try:
        problem = app.reminders.store.problem
        assert problem is not None and "25:00" in problem
        assert problem in app.window.message_bar.messages
        page = app.reminders.make_settings()
        qtbot.addWidget(page)
        assert page.rules_list.count() == 3
        assert problem in heard(page.message)
    finally:
        rem = app._reminders
        if rem is not None:
            rem.scheduler.close()
            rem.notice.hide()
            rem.tray.close()
        stop_timers(app.window, app.qapp)
