"""The language of window and command line, and the German files shipped for it (issue #17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTime

from mindful_clinic.core.i18n.overlay import use_overlays
from mindful_clinic.services.i18n.language import (
    app_language,
    formatting_locale,
    load_translators,
    save_choice,
    saved_choice,
)
from mindful_clinic.services.practice.overlays import OverlayFiles
from mindful_clinic.services.storage.settings import SettingsStore


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    use_overlays("en", None)


def test_the_choice_is_saved_and_read_back(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path)
    assert saved_choice(settings) == "system"
    save_choice(settings, "de")
    assert saved_choice(SettingsStore(tmp_path)) == "de"
    assert app_language(SettingsStore(tmp_path)) == "de"
    save_choice(settings, "nonsense")
    assert saved_choice(SettingsStore(tmp_path)) == "system"


def test_german_formats_when_the_system_speaks_something_else() -> None:
    locale = (
        formatting_locale("de")
        if QLocale.system().language() != QLocale.Language.German
        else QLocale("de_DE")
    )
    assert locale.language() == QLocale.Language.German
    assert locale.toString(QTime(17, 5), QLocale.FormatType.ShortFormat) == "17:05"


def test_english_formats_follow_the_region_for_twelve_or_24_hours() -> None:
    assert QLocale("en_US").toString(QTime(17, 5), QLocale.FormatType.ShortFormat).endswith("PM")
    assert QLocale("en_GB").toString(QTime(17, 5), QLocale.FormatType.ShortFormat) == "17:05"


def test_the_german_translation_is_built_and_translates_the_window() -> None:
    """Needs the .qm: built by scripts/install.sh (CI) or the wheel build."""
    translators = load_translators("de")
    assert translators, "mindful_clinic_de.qm is missing: run scripts/build_translations.sh"
    own = translators[0]
    assert own.translate("App", "Settings") == "Einstellungen"
    # English brings only its plurals: the source text is English.
    (english,) = load_translators("en")
    assert english.translate("App", "Settings") == ""
    assert english.translate("HomeView", "I have %n minutes", "", 1) == "I have %n minute"


def test_the_command_line_translates_without_a_window() -> None:
    assert QCoreApplication.instance() is None or True  # works either way: QtCore alone
    (own, *_) = load_translators("de")
    assert own.translate("App", "History") == "Verlauf"


def test_overlay_files_are_found_for_german_only() -> None:
    assert OverlayFiles("de")("cautions.toml") is not None
    assert OverlayFiles("de")("guided/no_such_file.toml") is None
    assert OverlayFiles("en")("cautions.toml") is None
    assert OverlayFiles("fr")("cautions.toml") is None


def test_practices_show_speaks_german_labels_and_words(english_afterwards: None) -> None:
    """`mindful-clinic practices --show` in German: the labels through the app's translator,
    the practice itself from the German content."""
    from mindful_clinic.cli.practices import describe
    from mindful_clinic.core.breath.schema import load_shipped_patterns
    from mindful_clinic.services.i18n.language import core_translate, use_language

    use_language("de")
    pattern = next(p for p in load_shipped_patterns() if p.id == "weil_478")
    text = describe(pattern, core_translate("de"))
    assert "Phasen (ein Atemzug):" in text
    assert "Hinweise zur Sicherheit:" in text
    assert "4-7-8-Atmung" in text
    assert "Phases" not in text


def test_german_words_get_german_dates_when_the_system_formats_are_c() -> None:
    """``LANGUAGE=de`` with ``LANG=C.UTF-8`` (a container, a minimal server): Qt calls the system
    locale "de_DE" but formats like C; dates must still be German, not "Fri 4 12 2026". Qt reads
    the system locale once per process, hence a process of its own."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QDate, QLocale\n"
        "from mindful_clinic.services.i18n.language import formatting_locale\n"
        "locale = formatting_locale('de')\n"
        "print(locale.toString(QDate(2026, 12, 4), QLocale.FormatType.ShortFormat))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_TIME", "LC_MESSAGES")}
    env.update(LANGUAGE="de", LANG="C.UTF-8")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "04.12.26", out.stderr
