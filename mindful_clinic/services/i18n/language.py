"""The language and regional formats of the window and the command line (issue #17).

One decision, made the same way everywhere: the choice saved in Settings → General (section
``i18n``, key ``language``: "system", "en" or "de"), else the system's preferred languages. The
window then loads ``mindful_clinic/i18n/mindful_clinic_<lang>.qm`` (and Qt's own translations of
standard buttons), and makes the formatting locale the default, so dates, times (12- or 24-hour)
and numbers follow it. The command line uses the same choice without a QApplication: ``QLocale``
and ``QTranslator`` work with QtCore alone.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mindful_clinic.core.i18n.language import ENGLISH, SYSTEM, choose_language, normalise_choice

if TYPE_CHECKING:
    from mindful_clinic.services.storage.settings import SettingsStore

SECTION = "i18n"
REGIONAL = {"en": "en_GB", "de": "de_DE"}
"""The formats used when the system's own locale speaks another language (or is "C")."""


def saved_choice(settings: SettingsStore | None) -> str:
    """The user's choice in Settings ("system" when none was made or the settings are unreadable)."""
    if settings is None:
        return SYSTEM
    return normalise_choice(settings.section(SECTION).get("language"))


def save_choice(settings: SettingsStore, choice: str) -> None:
    section = settings.section(SECTION)
    section["language"] = normalise_choice(choice)
    settings.set_section(SECTION, section)


def app_language(settings: SettingsStore | None) -> str:
    """The language the app speaks now: "en" or "de"."""
    return choose_language(saved_choice(settings), QLocale.system().uiLanguages())


def formatting_locale(language: str) -> QLocale:
    """The system's own formats when it speaks ``language`` (keeping the user's regional settings:
    12- or 24-hour time, date order, decimal mark), else the usual region for the language."""
    system = QLocale.system()
    if _formats_language(system) == language:
        return system
    return QLocale(REGIONAL.get(language, language))


def _formats_language(system: QLocale) -> str:
    """The language of the system's formats. On Linux Qt names the system locale after
    ``LANGUAGE`` ("de_DE" for ``LANGUAGE=de``) while its dates and times come from ``LC_ALL``,
    ``LC_TIME`` or ``LANG``: with ``LANG=C`` that gave "Fri 4 12 2026" in a German sentence."""
    if sys.platform.startswith(("win", "darwin")):
        return system.name().split("_")[0]
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value.split(".")[0].split("_")[0]
    return "C"


def translations_folder() -> str:
    return str(resources.files("mindful_clinic.i18n"))


def load_translators(language: str, parent: QCoreApplication | None = None) -> list[QTranslator]:
    """The app's translator for ``language`` and Qt's own (standard buttons), those that exist.

    English needs only its plurals ("1 minute", "3 minutes"): the source text is English. A missing
    ``.qm`` (a source checkout where ``scripts/install.sh`` was not run) leaves the words as they are
    rather than failing."""
    found: list[QTranslator] = []
    own = QTranslator(parent)
    if own.load(f"mindful_clinic_{language}", translations_folder()):
        found.append(own)
    if language == ENGLISH:
        return found
    qt = QTranslator(parent)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        found.append(qt)
    return found


def install(app: QCoreApplication, settings: SettingsStore | None) -> str:
    """Sets the app's language and formats; returns the language ("en" or "de")."""
    language = app_language(settings)
    if language != ENGLISH:  # English content needs no overlays (and nothing more at start-up)
        use_language(language)
    QLocale.setDefault(formatting_locale(language))
    for translator in load_translators(language, app):
        app.installTranslator(translator)
    return language


def use_language(language: str) -> None:
    """Shipped content (practices, cautions, support contacts) is read in ``language``."""
    from mindful_clinic.services.practice.overlays import use_content_language

    use_content_language(language)


def use_saved_language() -> str:
    """For the command line (no window): the same choice as the window makes, applied to content.

    Returns the language, so a command can load the matching translator (``load_translators``)."""
    from mindful_clinic.services.storage.paths import data_dir
    from mindful_clinic.services.storage.settings import SettingsStore

    try:
        settings: SettingsStore | None = SettingsStore(data_dir(create=False))
    except OSError:
        settings = None
    language = app_language(settings)
    use_language(language)
    return language


def core_translate(language: str) -> Callable[[str], str]:
    """For the command line: the core's labels in ``language`` (context "core", and "BodyRegion"
    for the names of body regions), through the app's translator; English where none is found."""
    translators = load_translators(language)[:1]

    def tr(text: str) -> str:
        for translator in translators:
            for context in ("core", "BodyRegion"):
                found = translator.translate(context, text)
                if found:
                    return found
        return text

    return tr
