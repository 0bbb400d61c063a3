"""The window in another language for a test, and English again afterwards however the test ends."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mindful_clinic.core.i18n.overlay import use_overlays
from mindful_clinic.services.i18n.language import formatting_locale, use_language


@contextmanager
def speaking(language: str, translators: Sequence[QTranslator]) -> Iterator[None]:
    """``translators`` installed and, for a language the app ships, its content, dates and times."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    before = QLocale()
    for t in translators:
        qapp.installTranslator(t)
    try:
        if language not in ("en", "pseudo"):
            use_language(language)
            QLocale.setDefault(formatting_locale(language))
        yield
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        use_overlays("en", None)
        QLocale.setDefault(before)
