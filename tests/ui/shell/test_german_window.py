"""With German chosen, the window, the practices and the support page are German (issue #17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from mindful_clinic.app.root import App, build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.i18n.language import load_translators
from tests.language import speaking
from tests.qt_cleanup import stop_timers


@pytest.fixture
def german_app(qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    translators = load_translators("de", QApplication.instance())
    assert translators, "mindful_clinic_de.qm is missing: run scripts/build_translations.sh"
    with speaking("de", translators):
        app = build(ManualClock())
        qtbot.addWidget(app.window)
        app.window.show()
        yield app
        stop_timers(app.window, app.qapp)


def texts(app: App) -> set[str]:
    return {
        w.text() for w in app.window.findChildren(QLabel) + app.window.findChildren(QAbstractButton)
    }


def test_the_window_and_the_practices_are_german(german_app: App) -> None:
    app = german_app
    shown = texts(app)
    assert {"Verlauf", "Einstellungen", "Wenn es dir nicht gut geht"} <= shown
    assert "History" not in shown
    titles = {e.title for e in app.catalog.catalog.entries()}
    assert {"Body-Scan, 3 Minuten", "Box-Atmung", "Die Pause"} <= titles
    app.window.show_page("support")
    shown = texts(app)
    assert any("TelefonSeelsorge" in t for t in shown)
    assert any("0800 111 0 111" in t for t in shown)


def test_the_rails_keys_are_written_as_a_german_keyboard_labels_them(german_app: App) -> None:
    tips = {b.text(): b.toolTip() for b in german_app.window.nav_group.buttons()}
    assert tips["Verlauf"] == "Strg+2"


@pytest.mark.qt_log_ignore("not supported")  # the engine asked for does not exist: that is the test
def test_a_missing_voice_is_explained_in_german(german_app: App) -> None:
    from mindful_clinic.services.sound.speech import NullSpeaker, QtSpeaker

    german = "Keine Sprachausgabe gefunden; der Text wird weiter angezeigt."
    assert NullSpeaker().problem == german
    told: list[str] = []
    speaker = QtSpeaker(engine="no-such-engine", notify=told.append)
    speaker.say("Hallo")
    assert speaker.problem == german and told == [german]


def test_a_copy_is_named_in_german(german_app: App, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore

    box = next(e.item for e in german_app.catalog.catalog.entries() if e.id == "box_4444")
    copy = CustomPatternStore(tmp_path).duplicate(box, set())
    assert copy.title == f"{box.title} (Kopie)"
    scan = next(e.item for e in german_app.catalog.catalog.entries() if e.kind == "guided")
    assert CustomPracticeStore(tmp_path).copy_of(scan, set()).title == f"{scan.title} (Kopie)"
