"""Dates and times follow the locale: 12- or 24-hour, day and month names (issue #17)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from mindful_clinic.ui.shell.local_format import (
    day_and_time,
    long_date_time,
    short_date,
    short_time,
)

MOMENT = datetime(2026, 12, 1, 17, 5)  # a Tuesday


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "time", "day_time"),
    [
        ("de_DE", "17:05", "Di. 17:05"),
        ("en_US", "5:05\u202fPM", "Tue 5:05\u202fPM"),
        ("en_GB", "17:05", "Tue 17:05"),
    ],
)
def test_times_are_12_or_24_hour_as_the_locale_writes_them(
    locale: None, name: str, time: str, day_time: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert short_time(MOMENT).replace(" ", "\u202f") == time.replace(" ", "\u202f")
    assert day_and_time(MOMENT).replace(" ", "\u202f") == day_time.replace(" ", "\u202f")


def test_dates_name_the_day_and_month_in_the_language(locale: None) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert long_date_time(MOMENT) == "Di. 1 Dez. 2026, 17:05"
    assert short_date(date(2026, 12, 1)) == "01.12.26"
    QLocale.setDefault(QLocale("en_GB"))
    assert long_date_time(MOMENT) == "Tue 1 Dec 2026, 17:05"


def test_numbers_take_the_locales_decimal_mark(locale: None) -> None:
    from mindful_clinic.ui.shell.local_format import decimal

    QLocale.setDefault(QLocale("de_DE"))
    assert decimal("-1.5") == "-1,5"
    QLocale.setDefault(QLocale("en_GB"))
    assert decimal("-1.5") == "-1.5"
