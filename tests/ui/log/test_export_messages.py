"""What the message bar says after an export or an import: "1 note", never "1 notes", in English
and German (Qt plurals: docs/translations.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.log.exchange import export_csv
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.i18n.language import load_translators
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.services.storage.atomic import SafeFiles
from mindful_clinic.ui.log.actions import LogActions
from tests.language import speaking
from tests.log_fakes import CET, series


class Notes:
    """One reflection, and as many as asked for in all."""

    def __init__(self, count: int) -> None:
        self.count = count

    def reflection_list(self) -> list[object]:
        return []

    def selfcheck_list(self) -> list[object]:
        return []

    def export_rows(self) -> dict[str, list[object]]:
        return {"reflections": [{"text": f"note {i}"} for i in range(self.count)]}


class FileChooser:
    """Stands in for the file dialogs: the user picks ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self, *_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(self.path), ""


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    with speaking(request.param, load_translators(request.param, qapp)):
        yield request.param


def said(qtbot: QtBot, actions: LogActions, act: Callable[[], None]) -> str:
    with qtbot.waitSignal(actions.message) as signal:
        act()
    return str(signal.args[0])


def make(qtbot: QtBot, notes: int) -> tuple[LogActions, LogStore]:
    clock = ManualClock(datetime(2026, 3, 18, 17, tzinfo=CET))
    window = QWidget()
    qtbot.addWidget(window)
    store = LogStore(log_dir(), clock)
    return LogActions(store, clock, window, SafeFiles(), notes=Notes(notes)), store


EXPORTED_NOTES = {
    "en": ("Exported 1 note to {}.", "Exported 3 notes to {}."),
    "de": ("1 Eintrag nach {} exportiert.", "3 Einträge nach {} exportiert."),
}
EXPORTED_PRACTICES = {
    "en": ("Exported 1 practice to {}.", "Exported 3 practices to {}."),
    "de": ("1 Übung nach {} exportiert.", "3 Übungen nach {} exportiert."),
}
IMPORTED = {
    "en": (
        "Imported 1 practice.",
        "Imported 2 practices. 1 was already in your log and was skipped.",
    ),
    "de": (
        "1 Übung importiert.",
        "2 Übungen importiert. 1 war schon in deinem Protokoll und wurde übersprungen.",
    ),
}


def test_exported_notes_are_counted_in_words_that_agree(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    target = tmp_path / "notes.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FileChooser(target))
    one, many = EXPORTED_NOTES[language]
    actions, _store = make(qtbot, notes=1)
    assert said(qtbot, actions, actions.export_private_interactive) == one.format(target)
    actions, _store = make(qtbot, notes=3)
    assert said(qtbot, actions, actions.export_private_interactive) == many.format(target)


def test_exported_and_imported_practices_are_counted_in_words_that_agree(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FileChooser(target))
    one, many = EXPORTED_PRACTICES[language]
    actions, store = make(qtbot, notes=0)
    records = series(3)
    store.add(records[0])
    assert said(qtbot, actions, actions.export_interactive) == one.format(target)
    store.add(records[1])
    store.add(records[2])
    assert said(qtbot, actions, actions.export_interactive) == many.format(target)

    first, later = IMPORTED[language]
    source = tmp_path / "in.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", FileChooser(source))
    fresh = series(5)
    source.write_text(export_csv(fresh[3:4]), encoding="utf-8")
    assert said(qtbot, actions, actions.import_interactive) == first
    source.write_text(export_csv(fresh[2:5]), encoding="utf-8")
    assert said(qtbot, actions, actions.import_interactive) == later
