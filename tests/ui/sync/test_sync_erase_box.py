""" "Delete all my data" and the privacy wording when a synced folder is set (issue #20)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.app import App, build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sync.device import this_device
from mindful_clinic.services.sync.follow import synced_folder
from mindful_clinic.services.sync.layout import device_dir
from mindful_clinic.ui.sync import erase_box
from mindful_clinic.ui.sync.settings import SyncSection
from tests.log_fakes import series
from tests.qt_cleanup import stop_timers
from tests.sync_fakes import snapshot


def test_the_box_says_what_each_choice_does_and_cancel_is_the_default(qtbot: QtBot) -> None:
    box = erase_box.erase_box(None, "/home/me/Nextcloud/Mindful")
    qtbot.addWidget(box)
    text = box.informativeText()
    assert "/home/me/Nextcloud/Mindful" in text
    assert "other computers keep everything" in text and "deletes its copy" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    names = {b.objectName(): b for b in box.buttons()}
    assert {erase_box.HERE, erase_box.EVERYWHERE} <= set(names)
    assert all(b.accessibleName() for b in box.buttons() if b.objectName())
    assert erase_box.choice(box) is None  # nothing clicked: nothing deleted


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    built = build(ManualClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC)))
    qtbot.addWidget(built.window)
    yield built
    built.log.close()
    stop_timers(built.window, built.qapp)


def switched_on(app: App, target: Path, qtbot: QtBot) -> tuple[QWidget, QLabel]:
    app.log.store.import_records(series(3))
    page = app.log.make_privacy()
    qtbot.addWidget(page)
    (section,) = page.findChildren(SyncSection)
    section._choose = lambda _parent: str(target)
    with qtbot.waitSignal(section.changed):
        section.choose.click()
    about = page.findChild(QLabel, "privacyAbout")
    assert about is not None
    return page, about


def test_delete_from_this_computer_only_leaves_the_synced_folder(
    app: App, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Nextcloud" / "Mindful"
    _page, about = switched_on(app, target, qtbot)
    assert "only on this computer" not in about.text()
    assert str(target) in about.text() and "as private as that service" in about.text()
    before = snapshot(target)
    monkeypatch.setattr(erase_box, "ask", lambda *_a: erase_box.HERE)
    assert app.log.actions.delete_all_interactive()
    assert synced_folder() is None
    assert snapshot(target) == before  # the other computers keep everything
    assert app.log.store.all() == []
    assert "only on this computer" in about.text()


def test_delete_everywhere_asks_every_computer_and_cancel_deletes_nothing(
    app: App, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Syncthing" / "Mindful"
    _page, _about = switched_on(app, target, qtbot)
    monkeypatch.setattr(erase_box, "ask", lambda *_a: None)
    assert not app.log.actions.delete_all_interactive()
    assert len(app.log.store.all()) == 3
    monkeypatch.setattr(erase_box, "ask", lambda *_a: erase_box.EVERYWHERE)
    assert app.log.actions.delete_all_interactive()
    assert app.log.store.all() == []
    assert synced_folder() == target  # still syncing
    assert (device_dir(target, this_device().id) / "erase.json").exists()
