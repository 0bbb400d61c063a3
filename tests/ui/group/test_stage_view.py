"""The facilitator's stage list as a screen reader meets it: each new stage said once, no symbols."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mindful_clinic.core.group.content import load_flow_content
from mindful_clinic.core.group.flow import GroupFlow
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.group.stage_view import StageView


def test_each_new_stage_is_said_once_and_the_current_one_is_read_without_its_symbol(
    qtbot: QtBot,
) -> None:
    flow = GroupFlow(load_flow_content(), ManualClock())
    view = StageView()
    qtbot.addWidget(view)
    view.show_flow(flow)
    assert list(view.announcer.said) == []  # not started: nothing to say yet
    flow.start()
    view.show_flow(flow)
    view.show_flow(flow)  # refreshed while the stage stays: said once
    flow.next()
    view.show_flow(flow)
    assert list(view.announcer.said) == ["Now: Arrival", "Now: Check-in"]
    current = next(
        view.stage_list.item(i)
        for i in range(view.stage_list.count())
        if view.stage_list.item(i).text().startswith("\u25b6")
    )
    assert current.data(Qt.ItemDataRole.AccessibleTextRole) == "2. Check-in (now)"
