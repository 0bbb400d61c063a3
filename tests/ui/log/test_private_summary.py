"""The supervision summary and the exports with the private notes (issue #19, item 7): reflections
the user chooses (all, or one kind) and the self-check trend (scores and dates only), both off by
default; the private export holds reflections, self-checks and worry notes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.reflect.records import Reflection, make_reflection
from mindful_clinic.core.selfcheck.records import SelfCheck, new_check
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.services.storage.atomic import SafeFiles
from mindful_clinic.ui.log.actions import LogActions, privacy_section
from mindful_clinic.ui.log.private_summary import SummaryChoice, SummaryChoices
from tests.log_fakes import CET, series


class Notes:
    def __init__(self) -> None:
        self.reflections = [
            make_reflection("Stayed with a long silence", "win", date(2026, 3, 10)),
            make_reflection("Ask about sleep earlier", "learned", date(2026, 3, 11)),
        ]
        self.checks = [
            new_check(date(2026, 3, 1), who5=[3, 3, 3, 3, 3], burnout_item=2),
            new_check(date(2026, 3, 15), who5=[2, 2, 2, 2, 2]),
        ]

    def reflection_list(self) -> list[Reflection]:
        return list(self.reflections)

    def selfcheck_list(self) -> list[SelfCheck]:
        return list(self.checks)

    def export_rows(self) -> dict[str, list[object]]:
        return {
            "reflections": [r.to_json() for r in self.reflections],
            "selfchecks": [c.to_json() for c in self.checks],
            "worry_notes": [],
        }


def make(qtbot: QtBot) -> LogActions:
    clock = ManualClock(datetime(2026, 3, 18, 17, tzinfo=CET))
    window = QWidget()
    qtbot.addWidget(window)
    store = LogStore(log_dir(), clock)
    store.import_records(series(4))
    return LogActions(store, clock, window, SafeFiles(), notes=Notes())


def test_nothing_private_is_in_the_summary_unless_chosen(qtbot: QtBot) -> None:
    actions = make(qtbot)
    for choice in (None, SummaryChoice()):
        html = actions.chosen_summary_html(None, None, choice)
        assert "Stayed with a long silence" not in html and "WHO-5" not in html
        assert "4 practices" in html


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_reflections_of_the_chosen_kind_and_the_trend(
    qtbot: QtBot, tmp_path: Path, in_locale: Callable[[str], None]
) -> None:
    in_locale("en_GB")
    actions = make(qtbot)
    html = actions.chosen_summary_html(None, None, SummaryChoice(True, frozenset({"win"}), True))
    assert "Stayed with a long silence" in html and "Ask about sleep" not in html
    assert "01/03/2026, WHO-5 15/25 (60 %), burnout item 2/5" in html
    assert "15/03/2026, WHO-5 10/25 (40 %)" in html
    assert "From the first practice to 18/03/2026" in html
    everything = actions.chosen_summary_html(None, None, SummaryChoice(reflections=True))
    assert "Ask about sleep earlier" in everything and "WHO-5" not in everything
    target = tmp_path / "summary.pdf"
    actions.write_summary_pdf(target, choice=SummaryChoice(True, None, True))
    assert target.read_bytes().startswith(b"%PDF")


def test_dates_in_the_summary_are_the_locales_not_iso(
    qtbot: QtBot, in_locale: Callable[[str], None]
) -> None:
    choice = SummaryChoice(True, None, True)
    in_locale("en_US")
    html = make(qtbot).chosen_summary_html(date(2026, 3, 1), date(2026, 3, 15), choice)
    assert "3/1/26" in html and "3/10/26: Stayed with a long silence" in html
    assert "2026-03" not in html
    in_locale("de_DE")
    html = make(qtbot).chosen_summary_html(date(2026, 3, 1), date(2026, 3, 15), choice)
    assert "01.03.26" in html and "15.03.26" in html and "2026-03" not in html


def test_the_dialog_starts_with_nothing_ticked(qtbot: QtBot) -> None:
    dialog = SummaryChoices()
    qtbot.addWidget(dialog)
    assert dialog.choice() == SummaryChoice()
    assert not dialog.kind.isEnabled()
    dialog.reflections.setChecked(True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("debrief"))
    assert dialog.choice() == SummaryChoice(True, frozenset({"debrief"}), False)


def test_the_private_export_holds_reflections_self_checks_and_worries(
    qtbot: QtBot, tmp_path: Path
) -> None:
    actions = make(qtbot)
    target = tmp_path / "notes.json"
    assert actions.export_private_to(target) == 4
    data = json.loads(target.read_text())
    assert set(data) == {"reflections", "selfchecks", "worry_notes"}
    assert data["reflections"][0]["text"] == "Stayed with a long silence"
    assert target.stat().st_mode & 0o777 == 0o600
    section = privacy_section(actions)
    qtbot.addWidget(section)
    names = [b.accessibleName() for b in section.findChildren(QPushButton)]
    assert "Export reflections and self-checks" in names
