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


def test_what_the_room_is_shown_is_said_once_as_it_changes_never_each_breath(
    qtbot: QtBot, clock: ManualClock
) -> None:
    from mindful_clinic.core.group.flow import plan_practice
    from mindful_clinic.core.practice.catalog import Catalog
    from mindful_clinic.services.practice.library import shipped_entries

    flow = GroupFlow(load_flow_content(), clock)
    entry = Catalog(shipped_entries()).get("even_5_5")
    assert entry is not None
    flow.choose_practice(plan_practice(entry, 60))
    view = StageView()
    qtbot.addWidget(view)
    flow.start()
    while flow.stage.id != "practice":
        flow.next()
    view.show_time(flow, flow.screen_state())
    said = len(view.screen_announcer.said)
    flow.next()  # the practice begins (it waited for the facilitator)
    for _ in range(20):  # twenty seconds of breathing in and out
        view.show_time(flow, flow.screen_state())
        clock.advance(1.0)
    assert len(view.screen_announcer.said) == said + 1  # "the practice began", not each word
