"""Reminder times as the user's locale writes them (issue #17): "2:40 PM" in the US, "14:40" and a
German day name in Germany, never a fixed English "%a %H:%M"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.ui.reminders.pending import hhmm, next_text
from mindful_clinic.ui.reminders.quiet_box import QuietBox
from mindful_clinic.ui.reminders.today_line import today_text

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 1, 5, 14, 30, tzinfo=LONDON)  # a Monday
TUESDAY = datetime(2026, 1, 6, 9, 30, tzinfo=LONDON)


@pytest.fixture
def in_locale() -> Iterator[object]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def plain(text: str) -> str:
    """Newer locale data puts a narrow no-break space before "PM": compare with a plain space."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def gap(start: datetime, end: datetime) -> Reminder:
    return Reminder(start, "gap", ("gaps",), "b", 300, end, True)


def test_todays_line_in_12_and_24_hours(in_locale) -> None:  # type: ignore[no-untyped-def]
    items = [gap(NOW.replace(hour=14, minute=40), NOW.replace(hour=14, minute=47))]
    in_locale("en_US")
    assert plain(today_text(items, NOW, LONDON)) == (
        "Next: 2:40 PM, 7-minute gap before your 2:47 PM"
    )
    assert plain(today_text([], NOW, LONDON, paused_until=NOW.replace(hour=15, minute=30))) == (
        "Reminders are paused until 3:30 PM."
    )
    in_locale("de_DE")
    assert "14:40" in today_text(items, NOW, LONDON) and "PM" not in today_text(items, NOW, LONDON)


def test_another_days_reminder_names_the_day_in_the_language(in_locale) -> None:  # type: ignore[no-untyped-def]
    in_locale("de_DE")
    assert hhmm(TUESDAY, NOW, LONDON) == "Di. 09:30"
    assert hhmm(NOW.replace(hour=14, minute=40), NOW, LONDON) == "14:40"
    in_locale("en_US")
    assert plain(hhmm(TUESDAY, NOW, LONDON)) == "Tue 9:30 AM"
    reminder = Reminder(TUESDAY, "fixed", ("r",), "b", 300, None, False)
    assert plain(next_text(reminder, NOW, LONDON)) == "Next reminder Tue 9:30 AM"


@dataclass
class Paused:
    until: datetime
    tz: tzinfo = LONDON

    def paused_until(self) -> datetime | None:
        return self.until


def test_the_pause_box_says_until_when_in_the_locales_words(in_locale, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    in_locale("de_DE")
    box = QuietBox(Paused(TUESDAY), frozenset(), platform="linux")
    qtbot.addWidget(box)
    assert box.status.text() == "Reminders are paused until Di. 09:30."
    in_locale("en_US")
    box.refresh()
    assert plain(box.status.text()) == "Reminders are paused until Tue 9:30 AM."
