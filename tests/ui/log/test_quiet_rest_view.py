"""The quiet-rest comparison widget: waits for five rated sessions each, then compares plainly."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mindful_clinic.core.log.quiet_rest import compare_with_quiet_rest
from mindful_clinic.core.log.stats import StatRow
from mindful_clinic.ui.log.quiet_rest_view import QuietRestView


def rows(pid: str, title: str, n: int, before: int, after: int) -> list[StatRow]:
    return [
        StatRow(f"{pid}{i}", "2026-03-02T10:00:00+01:00", pid, title, 300, True, before, after)
        for i in range(n)
    ]


def test_waits_then_compares_and_says_it_is_not_a_trial(qtbot: QtBot) -> None:
    data = rows("quiet_rest", "Quiet rest", 4, 6, 5) + rows(
        "cyclic_sigh", "Cyclic sighing", 5, 7, 4
    )
    view = QuietRestView(lambda: compare_with_quiet_rest(data))
    qtbot.addWidget(view)
    assert "Rate 5 quiet rests" in view.status.text() and "4 so far" in view.status.text()
    assert view.table.rowCount() == 0
    assert "fairest comparison" in view.caveat.text() and "not a trial" in view.caveat.text()
    data += rows("quiet_rest", "Quiet rest", 1, 6, 5)
    view.refresh()
    assert view.table.rowCount() == 1
    assert [view.table.item(0, j).text() for j in range(4)] == ["Cyclic sighing", "-3", "-1", "-2"]


def test_sits_in_the_insights_column_and_reads_as_one_of_its_sections(qtbot: QtBot) -> None:
    """At 1280x720 the comparison used to take the lower part of the window on its own, outside
    the page's scrolling, with an unstyled heading out of line with the rest of Insights."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel, QScrollArea

    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.services.log.store import LogStore, log_dir
    from mindful_clinic.ui.log.insights import InsightsView

    clock = ManualClock()
    insights = InsightsView(LogStore(log_dir(), clock), clock)
    qtbot.addWidget(insights)
    section = QuietRestView(lambda: compare_with_quiet_rest([]))
    insights.add_section(section)
    insights.resize(1000, 600)
    insights.show()
    qtbot.waitExposed(insights)
    scroll = insights.findChild(QScrollArea)
    assert scroll is not None and scroll.widget().isAncestorOf(section)
    by_practice = next(
        label for label in insights.findChildren(QLabel) if label.text() == "By practice"
    )
    assert section.heading.font().weight() == QFont.Weight.DemiBold
    assert section.heading.font().pointSizeF() == by_practice.font().pointSizeF()
    left = section.heading.mapTo(insights, section.heading.rect().topLeft()).x()
    assert left == by_practice.mapTo(insights, by_practice.rect().topLeft()).x()
