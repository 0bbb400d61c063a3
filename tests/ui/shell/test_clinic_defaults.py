"""The clinic's defaults file in the whole app (issue #18): read at start from
MINDFUL_CLINIC_DEFAULTS, its support contacts first, its reminder rules and hours under the user's,
voice and the Group page switched off, locked settings read-only with a note, and a broken file
named once in the window with its file and line while the app starts as usual."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from mindful_clinic.app import App, build
from mindful_clinic.core.time.clock import ManualClock
from tests.qt_cleanup import stop_timers

NOW = datetime(2026, 11, 24, 13, 55, tzinfo=UTC)

CLINIC = """
[[support.contacts]]
name = "St Elsewhere Occupational Health"
phone = "01632 960 123"
hours = "Mon-Fri 08:00-17:00"

[[reminders]]
kind = "fixed"
times = ["12:30"]
days = ["mon", "tue", "wed", "thu", "fri"]

[working_hours]
start = "07:30"
end = "16:00"

[features]
voice = false
group = false

[locked]
keys = ["support.contacts", "working_hours"]
"""


def start(qtbot, defaults: Path, monkeypatch: pytest.MonkeyPatch) -> App:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MINDFUL_CLINIC_DEFAULTS", str(defaults))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    app = build(ManualClock(NOW))
    qtbot.addWidget(app.window)
    app.window.show()
    return app


@pytest.fixture
def clinic(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:  # type: ignore[no-untyped-def]
    path = tmp_path / "defaults.toml"
    path.write_text(CLINIC, encoding="utf-8")
    app = start(qtbot, path, monkeypatch)
    yield app
    close(app)


def close(app: App) -> None:
    rem = app._reminders
    if rem is not None:
        rem.scheduler.close()
        rem.notice.hide()
        rem.tray.close()
    stop_timers(app.window, app.qapp)


def test_the_clinics_support_contact_comes_first(clinic: App) -> None:
    info = clinic.support_info()
    assert info.contacts[0].name == "St Elsewhere Occupational Health"
    assert info.contacts[0].how == "01632 960 123"
    clinic.window.show_page("support")
    QApplication.processEvents()
    page = clinic.support_page
    assert page is not None
    texts = [label.text() for label in page.findChildren(QLabel)]
    first = next(i for i, t in enumerate(texts) if "Occupational Health" in t)
    assert all("Samaritans" not in t for t in texts[:first])


def test_the_clinics_reminders_and_hours_are_used(clinic: App) -> None:
    config = clinic.reminders.store.config
    assert config.working_hours.to_dict() == {"start": "07:30", "end": "16:00"}
    assert any(rule.id.startswith("clinic-") for rule in config.rules)


def test_group_and_voice_switched_off_are_not_shown(clinic: App) -> None:
    assert clinic.window.page("group") is None
    clinic.open_settings_tab("Support contacts")
    QApplication.processEvents()
    from mindful_clinic.ui.shell.settings_view import SettingsView

    view = clinic.settings_page.content
    assert isinstance(view, SettingsView)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Voice" not in titles and "Reminders" in titles
    assert clinic.guided_kind().voice_on() is False


def test_locked_support_contacts_are_read_only_with_a_note(clinic: App) -> None:
    from mindful_clinic.ui.support.settings import SupportSettings

    clinic.open_settings_tab("Support contacts")
    QApplication.processEvents()
    settings = clinic.settings_page.content.findChild(SupportSettings)  # type: ignore[union-attr]
    assert settings is not None and not settings.isEnabled()
    note = clinic.settings_page.content.findChild(QLabel, "set_by_organisation")  # type: ignore[union-attr]
    assert note is not None and "Set by your organisation" in note.text()


def test_without_a_file_everything_is_as_usual(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = start(qtbot, tmp_path / "none.toml", monkeypatch)
    assert app.window.page("group") is not None
    assert not app.admin.loaded
    assert not app.support_info().contacts[0].id.startswith("clinic_")
    assert app.window.findChild(QLabel, "set_by_organisation") is None
    close(app)


def test_a_broken_file_is_named_once_with_its_line_and_the_app_starts(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "defaults.toml"
    path.write_text('[features]\nvoice = "nope"\n\n[[support.contacts]]\nname = "OH"\n')
    app = start(qtbot, path, monkeypatch)
    said = [m for m in app.window.message_bar.messages if str(path) in m]
    assert len(said) == 2, said  # one line each: the feature and the contact
    assert any(f"{path}, line 4" in m and "phone or a url" in m for m in said)
    assert app.window.page("group") is not None  # the rest of the app as usual
    close(app)


def test_locked_working_hours_are_shown_but_not_editable(clinic: App) -> None:
    from mindful_clinic.ui.reminders.settings import ReminderSettingsPage

    clinic.open_settings_tab("Reminders")
    QApplication.processEvents()
    page = clinic.settings_page.content.findChild(ReminderSettingsPage)  # type: ignore[union-attr]
    assert page is not None
    assert not page.work_start.isEnabled() and not page.work_end.isEnabled()
    assert page.work_end.time().toString("HH:mm") == "16:00"
    assert page.kind.isEnabled()  # the rules were not locked
    notes = clinic.settings_page.content.findChildren(QLabel, "set_by_organisation")  # type: ignore[union-attr]
    assert len(notes) == 2  # support contacts and reminders
