"""The notification server and the screen lock over a private D-Bus session bus.

A fake server (``tests.dbus_fakes``) answers as a desktop would. Skipped cleanly where dbus-daemon or
jeepney is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from mindful_clinic.services.desktop.dbus_bus import SessionBus
from mindful_clinic.services.desktop.notifications import (
    FreedesktopNotifier,
    NoNotifier,
    desktop_notifier,
)
from mindful_clinic.services.desktop.presence import DND, LOCK, FreedesktopPresence
from tests.dbus_fakes import FakeNotificationServer, private_bus

ACTIONS = [("start", "Start"), ("snooze5", "Snooze 5 min"), ("skip", "Skip")]


@pytest.fixture
def address() -> Iterator[str]:
    with private_bus() as addr:
        yield addr


@pytest.fixture
def server(address: str) -> Iterator[FakeNotificationServer]:
    srv = FakeNotificationServer(address).start()
    yield srv
    srv.stop()


@pytest.fixture
def bus(address: str, qapp: object) -> Iterator[SessionBus]:
    b = SessionBus(address)
    yield b
    b.close()


def test_one_notification_with_buttons_that_stays_until_answered(
    server: FakeNotificationServer, bus: SessionBus, qtbot: QtBot
) -> None:
    notifier = desktop_notifier(bus)
    assert isinstance(notifier, FreedesktopNotifier)
    assert notifier.can_answer() and notifier.persistent()
    nid = notifier.show("A moment for you", "A 5-minute breathing practice?", ACTIONS)
    assert nid == 1
    sent = server.notifications[0]
    assert sent["actions"] == ["start", "Start", "snooze5", "Snooze 5 min", "skip", "Skip"]
    assert sent["hints"] == {"resident": True, "urgency": 1}
    assert sent["timeout"] == 0  # never expires
    with qtbot.waitSignal(notifier.action_invoked, timeout=3000) as blocker:
        server.press(nid, "start")
    assert blocker.args == [nid, "start"]
    notifier.close(nid)
    assert server.closed_ids == [nid]


def test_a_dismissed_notification_is_reported(
    server: FakeNotificationServer, bus: SessionBus, qtbot: QtBot
) -> None:
    notifier = desktop_notifier(bus)
    nid = notifier.show("A moment for you", "text", ACTIONS)
    with qtbot.waitSignal(notifier.closed, timeout=3000) as blocker:
        server.dismiss(nid)
    assert blocker.args == [nid, 2]


def test_garbled_answers_from_the_desktop_are_ignored_and_the_next_one_heard(
    server: FakeNotificationServer, bus: SessionBus, qtbot: QtBot
) -> None:
    notifier = desktop_notifier(bus)
    nid = notifier.show("A moment for you", "text", ACTIONS)
    pressed: list[tuple[int, str]] = []
    notifier.action_invoked.connect(lambda n, key: pressed.append((n, key)))
    server.send_garbled("ActionInvoked", "ss", ("not a number", "start"))
    with qtbot.waitSignal(notifier.closed, timeout=3000) as blocker:
        server.send_garbled("NotificationClosed", "us", (nid, "gone"))
    assert blocker.args == [nid, 4]  # closed all the same, for a reason nobody can read
    assert pressed == []
    other = notifier.show("A moment for you", "text", ACTIONS)
    with qtbot.waitSignal(notifier.action_invoked, timeout=3000):
        server.press(other, "skip")
    assert pressed == [(other, "skip")]


def test_a_server_without_buttons_is_not_trusted_with_a_reminder(
    address: str, qapp: object
) -> None:
    srv = FakeNotificationServer(address, capabilities=["body"]).start()
    b = SessionBus(address)
    try:
        assert not desktop_notifier(b).can_answer()
    finally:
        b.close()
        srv.stop()


def test_no_server_means_the_app_s_own_notice(bus: SessionBus) -> None:
    assert type(desktop_notifier(bus)) is NoNotifier


def test_do_not_disturb_and_the_lock_followed_as_they_change(
    server: FakeNotificationServer, bus: SessionBus, qtbot: QtBot
) -> None:
    server.inhibited = True
    presence = FreedesktopPresence(bus)
    assert presence.detects() == {DND, LOCK}
    assert presence.state().dnd and not presence.state().locked
    with qtbot.waitSignal(presence.changed, timeout=3000):
        server.set_inhibited(False)
    assert not presence.state().dnd
    with qtbot.waitSignal(presence.changed, timeout=3000):
        server.set_locked(True)
    assert presence.state().locked


def test_without_a_screensaver_service_the_lock_is_not_claimed(address: str, qapp: object) -> None:
    srv = FakeNotificationServer(address, screensaver=False).start()
    b = SessionBus(address)
    try:
        assert FreedesktopPresence(b).detects() == {DND}
    finally:
        b.close()
        srv.stop()


def test_without_a_screensaver_logind_s_locked_hint_is_followed(address: str, qtbot: QtBot) -> None:
    srv = FakeNotificationServer(address, screensaver=False, logind=True).start()
    session, system = SessionBus(address), SessionBus(address)  # one private bus plays both
    try:
        presence = FreedesktopPresence(session, system)
        assert presence.detects() == {DND, LOCK}
        assert not presence.state().locked
        with qtbot.waitSignal(presence.changed, timeout=3000):
            srv.set_locked(True)  # the fake lock signal
        assert presence.state().locked
    finally:
        session.close()
        system.close()
        srv.stop()


class Answers:
    """The scheduler's side of an answer, recorded."""

    def __init__(self) -> None:
        from zoneinfo import ZoneInfo

        self.tz = ZoneInfo("Europe/London")
        self.calls: list[str] = []

    def now(self):  # type: ignore[no-untyped-def]
        from datetime import UTC, datetime

        return datetime(2026, 1, 5, 14, 0, tzinfo=UTC)

    def accept(self) -> None:
        self.calls.append("accept")

    def skip(self) -> None:
        self.calls.append("skip")

    def snooze(self, minutes: int) -> bool:
        self.calls.append(f"snooze{minutes}")
        return True

    def next_reminder(self) -> None:
        return None


def test_a_reminder_answered_on_the_desktop_end_to_end(
    server: FakeNotificationServer, bus: SessionBus, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from mindful_clinic.core.reminders.schedule import Reminder
    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.ui.reminders.notice import ReminderNotice
    from mindful_clinic.ui.reminders.pending import PendingReminder

    answers = Answers()
    notice = ReminderNotice(ManualClock(answers.now()), lambda: answers.tz)
    qtbot.addWidget(notice)
    pending = PendingReminder(answers, notice, desktop_notifier(bus))
    now = answers.now()
    pending.offer(Reminder(now, "gap", ("gaps",), "b", 300, now + timedelta(minutes=7), True))
    assert not notice.isVisible()  # the desktop shows it, with buttons
    sent = server.notifications[0]
    assert sent["actions"][2:4] == ["start", "Start now"] and "7 minutes" in sent["body"]
    with qtbot.waitSignal(pending.status, timeout=3000) as said:
        server.press(sent["id"], "snooze10")
    assert answers.calls == ["snooze10"]
    assert said.args == ["Snoozed for 10 minutes. No reminder planned for now."]
    qtbot.waitUntil(lambda: server.closed_ids == [sent["id"]], timeout=3000)
