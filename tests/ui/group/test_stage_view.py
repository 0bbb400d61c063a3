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


def test_in_a_narrow_window_the_session_controls_come_first_once_it_starts(
    qtbot: QtBot, clock: ManualClock, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """At 1280 x 720 the facilitator never scrolls past the room's preview to press Next."""
    from mindful_clinic.core.practice.catalog import Catalog
    from mindful_clinic.services.group.store import GroupStore
    from mindful_clinic.services.practice.library import shipped_entries
    from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel

    panel = GroupFacilitatorPanel(Catalog(shipped_entries()), clock, store=GroupStore(data_dir))
    qtbot.addWidget(panel)
    panel.resize(860, 1600)  # the page's width in a 1100-wide window; its scroll area is tall
    panel.show()
    qtbot.waitExposed(panel)

    def below_preview(widget) -> bool:  # type: ignore[no-untyped-def]
        return (
            widget.mapTo(panel, widget.rect().topLeft()).y()
            > panel.preview.mapTo(panel, panel.preview.rect().topLeft()).y()
        )

    assert below_preview(panel.buttons["start"])  # before: choose the practice and screen first
    panel.start_session()
    qtbot.waitUntil(lambda: not below_preview(panel.buttons["next"]))
    panel.finish_session()
