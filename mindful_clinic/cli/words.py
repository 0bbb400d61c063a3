"""The command line's words, dates and times in the window's language (issue #17).

Every sentence a person reads goes through ``translate("cli", "...")`` (lupdate extracts any call
named ``translate`` with a literal context and text), with ``%1``, ``%2``... filled by ``fill``.
The language is chosen as the window chooses it (Settings, then the system; see
``services/i18n/language.py``), once per command and only when a sentence is printed, so ``--json``
never loads a translator. QtCore only: no QApplication is made.

Dates and times come from ``QLocale`` in that language: 12- or 24-hour as the system's region
says (``LANG=en_US`` gives "2:40 PM", ``de_DE`` "14:40"), weekday names in the language.
"""

from __future__ import annotations

from datetime import date, datetime
from datetime import time as dtime
from typing import Any

CONTEXT = "cli"

_state: dict[str, Any] = {}


def reset() -> None:
    """Forget the language chosen for the previous command (the settings may have changed)."""
    _state.clear()


def _setup() -> dict[str, Any]:
    if not _state:
        from mindful_clinic.services.i18n.language import (
            formatting_locale,
            load_translators,
            use_saved_language,
        )

        try:
            language = use_saved_language()
        except Exception:
            language = "en"
        _state["language"] = language
        _state["translators"] = load_translators(language)[:1]
        _state["locale"] = formatting_locale(language)
    return _state


def language() -> str:
    return str(_setup()["language"])


def translate(context: str, text: str) -> str:
    """``text`` in the command's language (English when no translation is found)."""
    for translator in _setup()["translators"]:
        found = translator.translate(context, text)
        if found:
            return str(found)
    return text


def fill(text: str, *values: object) -> str:
    """Qt's ``%1``, ``%2``... replaced by ``values`` (highest number first, so %1 never eats %10)."""
    for n in range(len(values), 0, -1):
        text = text.replace(f"%{n}", str(values[n - 1]))
    return text


def say(text: str, *values: object) -> str:
    """A sentence already translated (a ``translate`` call's result), filled with ``values``."""
    return fill(text, *values)


def locale() -> Any:
    return _setup()["locale"]


def clock(moment: datetime | dtime) -> str:
    """A time of day as the locale writes it: "14:40" in German, "2:40 PM" in the US."""
    from PySide6.QtCore import QLocale, QTime

    q = QTime(moment.hour, moment.minute)
    return str(locale().toString(q, QLocale.FormatType.ShortFormat))


def weekday(day: date | datetime) -> str:
    """The short weekday name in the language ("Fr." in German, "Fri" in English)."""
    from PySide6.QtCore import QLocale

    return str(locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat))


def day(d: date | datetime) -> str:
    """A date as the locale writes it, with the year in full (04.12.2026, 04/12/2026, 12/4/2026)."""
    from PySide6.QtCore import QDate, QLocale

    fmt = str(locale().dateFormat(QLocale.FormatType.ShortFormat))
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return str(locale().toString(QDate(d.year, d.month, d.day), fmt))


def moment(at: datetime) -> str:
    """Weekday, date and time: "Fr. 04.12.2026 14:40"."""
    return f"{weekday(at)} {day(at)} {clock(at)}"


def number(value: float, decimals: int = 0) -> str:
    return str(locale().toString(float(value), "f", decimals))


def core(text: str) -> str:
    """Words the core marked with ``QT_TRANSLATE_NOOP("core", ...)``, in the command's language."""
    for translator in _setup()["translators"]:
        found = translator.translate("core", text)
        if found:
            return str(found)
    return text
