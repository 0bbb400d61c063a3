"""Insights: the figures of core.log_stats, the caveats, no percentages, QtCharts only when shown."""

from __future__ import annotations

import itertools
import subprocess
import sys
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.ui.log.insights import InsightsView
from mindful_clinic.ui.shell.theme import palette_of
from tests.log_fakes import CET, at

NOW = datetime(2026, 3, 18, 17, 0, tzinfo=CET)


def filled(clock: ManualClock) -> LogStore:
    store = LogStore(log_dir(), clock)
    for i, (before, after) in enumerate([(7, 4), (6, 6), (5, 4), (8, 9), (0, 0), (6, 3)]):
        store.add(at(NOW - timedelta(days=i), stress_before=before, stress_after=after))
    store.add(at(NOW - timedelta(days=2), practice_id="box_4444", practice_title="Box breathing"))
    return store


def test_figures_and_caveats(qtbot: QtBot) -> None:
    clock = ManualClock(NOW)
    view = InsightsView(filled(clock), clock)
    qtbot.addWidget(view)
    assert view.days.text() == "You practised on 6 days this month."
    text = view.overall.text()
    assert "7 practices logged, 7 rated before and after." in text
    assert "Of the 6 that did not start at 0: 4 were rated at least 1 point lower" in text
    assert "1 started at 0" in text
    assert view.practices.rowCount() == 1  # box breathing has 1 rated session: not yet shown
    cells = [view.practices.item(0, c).text() for c in range(5)]
    # changes -3, -3, -1, 0, 0, +1: median -0.5 (positions 2 and 3), quartiles at positions
    # 1.25 (-3 + 0.25 * 2 = -2.5) and 3.75 (0 + 0.75 * 0 = 0)
    assert cells == ["Slow, even breathing", "6", "-0.5 (-2.5 to 0)", "3 / 1 / 1", "1 (0 rose)"]
    assert "Box breathing (1)" in view.too_few.text()
    assert [view.levels.item(r, 0).text() for r in range(3)] == ["0-3", "4-6", "7-10"]
    about = view.about.text()
    for words in ("no comparison", "Regression to the mean", "Expectation", "Time and distance"):
        assert words in about
    every_text = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "%" not in every_text and "streak" not in every_text.lower()
    view.show()
    assert view.chart_view.bars[11] == 4  # Mon 16 to Wed 18 March
    assert "in the last 12 weeks" in view.chart_view.accessibleDescription()


def test_refresh_after_a_new_practice(qtbot: QtBot) -> None:
    clock = ManualClock(NOW)
    store = LogStore(log_dir(), clock)
    view = InsightsView(store, clock)
    qtbot.addWidget(view)
    assert view.days.text().startswith("No practice logged yet this month")
    store.add(at(NOW, stress_before=5, stress_after=5))
    view.show()
    view.refresh()
    assert view.days.text() == "You practised on 1 day this month."


def test_showing_insights_never_imports_qtcharts() -> None:
    """The charts are painted directly: neither start-up nor Insights loads Qt Charts."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        "from mindful_clinic.core.time.clock import ManualClock\n"
        "from mindful_clinic.services.log.store import LogStore, log_dir\n"
        "from mindful_clinic.ui.log.insights import InsightsView\n"
        "view = InsightsView(LogStore(log_dir(), ManualClock()), ManualClock())\n"
        "view.show(); app.processEvents(); view.grab()\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


def test_zero_starts_that_rose_are_said_bands_wait_for_five_and_empty_weeks_are_gaps(
    qtbot: QtBot,
) -> None:
    clock = ManualClock(NOW)
    store = LogStore(log_dir(), clock)
    for weeks_ago, (before, after) in [(0, (0, 4)), (0, (0, 6)), (1, (5, 3)), (4, (6, 5))]:
        store.add(at(NOW - timedelta(weeks=weeks_ago), stress_before=before, stress_after=after))
    view = InsightsView(store, clock)
    qtbot.addWidget(view)
    text = view.overall.text()
    assert (
        "2 started at 0, so could not go lower; they are counted apart: 0 stayed at 0 and 2 rose"
        in text
    )
    assert "0 higher" in text  # of the two that did not start at 0, none rose...
    band = [view.levels.item(0, c).text() for c in range(4)]
    assert band == ["0-3", "2", "Shown from 5 rated sessions", "–"]  # too few to show figures
    view.show()
    stress = view.stress_view
    assert [name for name, _ in stress.lines] == ["Median stress before", "Median stress after"]
    assert stress.top == 10  # one 0-10 axis; practice counts have their own chart
    # weeks 11 and 10 are joined; week 7 stands alone: two runs, before and after each
    runs = [run for _, line in stress.lines for run in line]
    assert sorted(len(run) for run in runs) == [1, 1, 2, 2]
    for run in runs:
        xs = [x for x, _ in run]
        assert all(b - a == 1 for a, b in itertools.pairwise(xs))  # never across a gap
    image = stress.grab().toImage()  # both lines are on screen, in the theme's two shades
    seen = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    }
    theme = palette_of(stress)
    assert theme.muted in seen and theme.accent in seen
    every_text = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "[S" not in every_text and "Barnett" in every_text
