"""Reminder settings write times the way the user's locale does (issue #17): "2:40 PM" in the US,
"14:40" in Britain and Germany, in the rule list, the time fields and the times typed back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings, TimeWindow
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.settings import ReminderSettingsPage


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def page_with_rule(qtbot: QtBot, data_dir: Path) -> tuple[ReminderSettingsPage, ReminderStore]:
    store = ReminderStore(SettingsStore(data_dir))
    rule = ReminderRule("lunch", "fixed", frozenset({0}), (time(14, 40), time(9, 5)))
    store.set_config(
        ReminderSettings(rules=(rule,), working_hours=TimeWindow(time(8, 30), time(17, 0)))
    )
    page = ReminderSettingsPage(store)
    qtbot.addWidget(page)
    return page, store


def test_us_english_shows_12_hour_times(
    qtbot: QtBot, data_dir: Path, in_locale: Callable[[str], None]
) -> None:
    in_locale("en_US")
    page, _ = page_with_rule(qtbot, data_dir)
    assert plain(page.rules_list.item(0).text()).startswith("At 9:05 AM, 2:40 PM")
    assert plain(page.work_end.text()) == "5:00 PM"
    page.rules_list.setCurrentRow(0)
    assert plain(page.times.text()) == "9:05 AM, 2:40 PM"


def test_british_and_german_show_24_hour_times(
    qtbot: QtBot, data_dir: Path, in_locale: Callable[[str], None]
) -> None:
    for name in ("en_GB", "de_DE"):
        in_locale(name)
        page, _ = page_with_rule(qtbot, data_dir)
        assert page.rules_list.item(0).text().startswith("At 09:05, 14:40")
        assert page.work_end.text() == "17:00" and "PM" not in page.work_start.text()


def test_times_typed_in_the_locale_or_24_hour_are_saved(
    qtbot: QtBot, data_dir: Path, in_locale: Callable[[str], None]
) -> None:
    in_locale("en_US")
    page, store = page_with_rule(qtbot, data_dir)
    page.rules_list.setCurrentRow(0)
    page.times.setText("3:15 PM, 16:30")
    page.save_rule.click()
    assert store.config.rules[0].times == (time(15, 15), time(16, 30))
