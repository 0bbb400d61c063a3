"""Settings says exactly what the app can tell on this computer, and why not the rest, in English
and German: computed from the detectors the computer really has."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mindful_clinic.core.reminders.presence import (
    DND,
    FULLSCREEN,
    LOCK,
    NO_X11,
    NOT_HERE,
    WAYLAND,
    Detects,
)
from mindful_clinic.services.i18n.language import load_translators
from mindful_clinic.ui.reminders.detection import detection_text
from mindful_clinic.ui.reminders.quiet_box import QuietBox

EVERYTHING = Detects({DND, LOCK, FULLSCREEN})


class NotPaused:
    tz = ZoneInfo("Europe/London")

    def paused_until(self) -> datetime | None:
        return None


def test_an_x11_desktop_with_everything() -> None:
    assert detection_text(EVERYTHING, "linux") == (
        "On this computer the app can tell: do-not-disturb ✓, a locked screen ✓, "
        "a full-screen window ✓. While a ticked one is on, no reminder appears; afterwards one "
        "quiet line names the next."
    )


def test_wayland_says_why_full_screen_is_not_seen() -> None:
    text = detection_text(Detects({DND, LOCK}, {FULLSCREEN: WAYLAND}), "linux")
    assert text.startswith(
        "On this computer the app can tell: do-not-disturb ✓, a locked screen ✓, "
        "a full-screen window ✗ (not on Wayland)."
    )
    assert text.endswith(
        "For the rest, use Pause or In session before a meeting or a presentation."
    )


def test_x11_without_libx11() -> None:
    text = detection_text(Detects({DND}, {FULLSCREEN: NO_X11}), "linux")
    assert "a locked screen ✗, a full-screen window ✗ (libX11 is not installed)." in text


def test_windows_and_macos() -> None:
    windows = detection_text(Detects({LOCK, FULLSCREEN}, {DND: NOT_HERE}), "win32")
    assert windows.startswith(
        "On this computer the app can tell: do-not-disturb ✗ (Windows does not tell other "
        "programs), a locked screen ✓, a full-screen window ✓."
    )
    mac = detection_text(Detects({LOCK}, {DND: NOT_HERE, FULLSCREEN: NOT_HERE}), "darwin")
    assert "a full-screen window ✗ (macOS does not tell other programs)." in mac


def test_nothing_detected_claims_nothing() -> None:
    assert detection_text(frozenset(), "linux") == (
        "On this computer the app can tell: do-not-disturb ✗, a locked screen ✗, "
        "a full-screen window ✗. For the rest, use Pause or In session before a meeting or a "
        "presentation."
    )


def test_the_settings_box_shows_it(qtbot: QtBot) -> None:
    box = QuietBox(NotPaused(), Detects({DND, LOCK}, {FULLSCREEN: WAYLAND}), platform="linux")
    qtbot.addWidget(box)
    assert "a full-screen window ✗ (not on Wayland)" in box.detection.text()
    assert box.detection.accessibleName() == "What the app can detect"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = load_translators("de", qapp)
    assert translators, "mindful_clinic_de.qm is missing: run scripts/build_translations.sh"
    for t in translators:
        qapp.installTranslator(t)
    try:
        yield
    finally:
        for t in translators:
            qapp.removeTranslator(t)


@pytest.mark.usefixtures("german")
def test_in_german() -> None:
    text = detection_text(Detects({DND, LOCK}, {FULLSCREEN: WAYLAND}), "linux")
    assert text == (
        "Auf diesem Computer erkennt die App: „Nicht stören“ ✓, einen gesperrten Bildschirm ✓, "
        "ein Vollbildfenster ✗ (nicht unter Wayland). Solange etwas Abgehaktes zutrifft, "
        "erscheint keine Erinnerung; danach nennt eine ruhige Zeile die nächste. Für den Rest "
        "nutze „Pausieren“ oder „Im Termin“ vor einer Besprechung oder einem Vortrag."
    )
