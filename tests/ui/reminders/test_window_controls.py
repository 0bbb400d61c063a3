"""Without a tray: closing asks once and remembers; pausing and today's line live in the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from mindful_clinic.core.reminders.rules import FOREVER
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.ui.reminders.close_prompt import BACKGROUND, QUIT, CloseGuard
from mindful_clinic.ui.reminders.quiet_box import QuietBox
from mindful_clinic.ui.reminders.today_line import TodayLine, today_text
from tests.desktop_fakes import FakeNotifier

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 1, 5, 14, 30, tzinfo=LONDON)


def at(h: int, m: int) -> datetime:
    return NOW.replace(hour=h, minute=m)


def gap(start: datetime, end: datetime) -> Reminder:
    return Reminder(start, "gap", ("gaps",), "b", 300, end, True)


@dataclass
class Source:
    items: list[Reminder] = field(default_factory=list)
    paused: datetime | None = None
    tz: tzinfo = LONDON

    def now(self) -> datetime:
        return NOW

    def upcoming(self, count: int = 3) -> list[Reminder]:
        return self.items[:count]

    def paused_until(self) -> datetime | None:
        return self.paused

    def in_session_until(self) -> datetime | None:
        return None


def test_today_line_names_the_next_gap_and_counts_the_rest(qtbot: QtBot) -> None:
    src = Source(
        [gap(at(14, 40), at(14, 47)), gap(at(15, 30), at(15, 50)), gap(at(16, 10), at(16, 30))]
    )
    line = TodayLine(src)
    qtbot.addWidget(line)
    assert line.label.text() == "Next: 14:40, 7-minute gap before your 14:47 · 2 more gaps today"
    with qtbot.waitSignal(line.settings_requested):
        line.link.click()
    src.paused = at(15, 30)
    line.refresh()
    assert line.label.text() == "Reminders are paused until 15:30."


def test_today_line_without_reminders_today() -> None:
    tomorrow = Reminder(NOW + timedelta(days=1), "fixed", ("x",))
    assert today_text([tomorrow], NOW, LONDON) == "No more reminders today."
    assert today_text([Reminder(at(15, 0), "fixed", ("x",))], NOW, LONDON) == "Next: 15:00"


def test_closing_asks_once_and_remembers(qtbot: QtBot) -> None:
    saved: dict[str, str] = {}
    asked: list[int] = []
    notifier = FakeNotifier()

    def ask(_w: object) -> str:
        asked.append(1)
        return BACKGROUND

    guard = CloseGuard(
        lambda: saved.get("close", "ask"), lambda c: saved.update(close=c), notifier, ask
    )
    assert guard.on_close(None) == BACKGROUND
    assert guard.on_close(None) == BACKGROUND
    assert asked == [1] and saved == {"close": BACKGROUND}
    assert notifier.shown[0][1] == "Mindful Clinic is still running"  # a small persistent note
    assert [k for k, _ in notifier.shown[0][3]] == ["open", "quit"]
    with qtbot.waitSignal(guard.quit_requested):
        notifier.press("quit")


def test_cancel_keeps_the_window_and_asks_again_next_time() -> None:
    saved: dict[str, str] = {}
    answers = ["", QUIT]
    guard = CloseGuard(
        lambda: saved.get("close", "ask"),
        lambda c: saved.update(close=c),
        None,
        lambda _w: answers.pop(0),
    )
    assert guard.on_close(None) == ""
    assert saved == {}
    assert guard.on_close(None) == QUIT and saved == {"close": QUIT}


class Pauser:
    tz = LONDON

    def __init__(self) -> None:
        self.paused: datetime | None = None

    def paused_until(self) -> datetime | None:
        return self.paused


def test_pause_in_the_window(qtbot: QtBot) -> None:
    pauser = Pauser()
    box = QuietBox(pauser, frozenset({"dnd", "lock"}), platform="linux")
    qtbot.addWidget(box)
    box.pause_until_resumed_requested.connect(lambda: setattr(pauser, "paused", FOREVER))
    assert box.status.text() == "Reminders are on."
    box.pause_buttons[2].click()
    assert box.status.text() == "Reminders are paused until you resume them."
    assert not box.resume_button.isHidden() and box.pause_buttons[0].isHidden()
    assert box.detection.text().startswith(
        "On this computer the app can tell: do-not-disturb ✓, a locked screen ✓, "
        "a full-screen window ✗."
    )


def test_editing_a_rule_in_settings_keeps_its_command_line_hours(qtbot: QtBot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings, TimeWindow
    from mindful_clinic.services.reminders.store import ReminderStore
    from mindful_clinic.services.storage.settings import SettingsStore
    from mindful_clinic.ui.reminders.settings import ReminderSettingsPage

    store = ReminderStore(SettingsStore(data_dir))
    rule = ReminderRule(
        "every-45", "interval", every_minutes=45, window=TimeWindow(time(9), time(12))
    )
    store.set_config(ReminderSettings(rules=(rule,)))
    page = ReminderSettingsPage(store)
    qtbot.addWidget(page)
    page.rules_list.setCurrentRow(0)
    page.every.setValue(60)
    page.save_rule.click()
    saved = store.config.rules[0]
    assert saved.every_minutes == 60 and saved.window == TimeWindow(time(9), time(12))
