"""Dates and times as the user's locale writes them (issue #17): 12- or 24-hour, day and month names.

Every visible date and time goes through these, so German shows "14:05" and "Di., 3. Dez.", an
American system "2:05 PM", a British one "14:05". The locale is ``QLocale()``: the default the app
set at start (services.i18n: the system's, or the one that matches the language chosen in Settings).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat


def short_time(moment: datetime) -> str:
    """14:05, or 2:05 PM."""
    return QLocale().toString(QTime(moment.hour, moment.minute), SHORT)


def short_date(day: date) -> str:
    """03.12.26, 12/3/26 or 03/12/2026: the locale's own short date."""
    return QLocale().toString(QDate(day.year, day.month, day.day), SHORT)


def day_and_time(moment: datetime) -> str:
    """ "Tue 14:05" (the day's short name, then the time)."""
    locale = QLocale()
    return f"{locale.dayName(moment.isoweekday(), SHORT)} {short_time(moment)}"


def long_date_time(moment: datetime) -> str:
    """ "Tue 3 Dec 2026, 14:05": names of the day and month, then the locale's time."""
    locale = QLocale()
    qt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return locale.toString(qt, "ddd d MMM yyyy, " + locale.timeFormat(SHORT))


def decimal(number: str) -> str:
    """A number the core wrote ("-1.5") with the locale's decimal mark ("-1,5" in German)."""
    return number.replace(".", QLocale().decimalPoint())
