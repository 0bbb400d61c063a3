"""History and Insights name each practice in the app's language, whatever language it was logged in.

Sessions logged while the app spoke English keep their English title in the log (and in its exports
and ``mindful-clinic log``); the window names a practice it still offers by its id, in German once
the app speaks German, and a practice it no longer offers by the title it was logged with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget

from mindful_clinic.app.root import App, build
from mindful_clinic.core.log.quiet_rest import QUIET_REST_ID
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.i18n.language import load_translators
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.ui.log.history import HistoryView
from mindful_clinic.ui.log.insights import InsightsView
from mindful_clinic.ui.log.quiet_rest_view import QuietRestView
from tests.language import speaking
from tests.log_fakes import CET, at
from tests.qt_cleanup import stop_timers

NOW = datetime(2026, 3, 18, 17, 0, tzinfo=CET)
LOGGED_IN_ENGLISH = [
    *[("breathing_space_1", "One-minute breathing space")] * 5,
    *[("even_5_5", "Relaxed counting breath")] * 2,
    *[(QUIET_REST_ID, "Quiet rest")] * 5,
    ("retired_practice", "A practice no longer shipped"),
]


@pytest.fixture
def german_app(qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    clock = ManualClock(NOW)
    store = LogStore(log_dir(), clock)
    for day, (practice_id, title) in enumerate(LOGGED_IN_ENGLISH, start=1):
        store.add(
            at(
                NOW - timedelta(days=day),
                practice_id=practice_id,
                practice_title=title,
                stress_before=6,
                stress_after=day % 4,
            )
        )
    store.close()
    with speaking("de", load_translators("de", qapp)):
        app = build(clock)
        qtbot.addWidget(app.window)
        app.window.show()
        yield app
        stop_timers(app.window, app.qapp)


def column(table: QTableWidget, col: int = 0) -> list[str]:
    return [item.text() for r in range(table.rowCount()) if (item := table.item(r, col))]


def test_history_names_practices_in_the_apps_language(german_app: App, tmp_path: Path) -> None:
    app = german_app
    app.window.show_page("history")
    history = app.window.findChild(HistoryView)
    assert history is not None
    history.period.setCurrentIndex(history.period.count() - 1)  # all time
    model = history.model
    names = [str(model.index(row, 1).data()) for row in range(model.rowCount())]
    assert names.count("Atempause in einer Minute") == 5
    assert names.count("Entspanntes Zählatmen") == 2
    assert "A practice no longer shipped" in names  # its own title, as logged
    assert "One-minute breathing space" not in names and "Relaxed counting breath" not in names

    row = names.index("Entspanntes Zählatmen")
    history.table.selectRow(row)
    history.delete_selected()
    assert history.undo_label.text() == "Gelöscht: Entspanntes Zählatmen."

    target = tmp_path / "log.json"  # the log and its export keep the title it was logged with
    app.log.actions.export_to(target, "json")
    titles = {r["practice_title"] for r in json.loads(target.read_text())["records"]}
    assert "One-minute breathing space" in titles and "Atempause in einer Minute" not in titles


def test_insights_names_practices_in_the_apps_language(german_app: App) -> None:
    app = german_app
    app.window.show_page("insights")
    insights = app.window.findChild(InsightsView)
    assert insights is not None
    practices = column(insights.practices)
    assert sorted(practices) == ["Atempause in einer Minute", "Stille Ruhe"]
    assert "Entspanntes Zählatmen (2)" in insights.too_few.text()
    assert "Relaxed counting breath" not in insights.too_few.text()
    quiet = app.window.findChild(QuietRestView)
    assert quiet is not None
    assert column(quiet.table) == ["Atempause in einer Minute"]
