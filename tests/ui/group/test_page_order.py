"""The group page in the order a facilitator meets it: its name on top, then the part they need now,
and Tab and a screen reader going through it in the order it is shown, in English and German.

In a narrow window (the page at 1280 x 720) the controls that run a started session come before the
set-up; the page once did this by turning its whole layout upside down, which put the heading
"Group session" under the buttons, while Tab and a screen reader still began with the set-up at the
bottom of the page.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.practice.catalog import Catalog
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.group.store import GroupStore
from mindful_clinic.services.practice.library import shipped_entries
from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel
from tests.language import speaking
from tests.qt_cleanup import stop_timers
from tests.ui.shell.test_layout_every_language import translators

NARROW = (860, 1600)
"""The page's width in a 1100-wide window (1280 x 720); its scroll area lets it be tall."""


@pytest.fixture(params=["en", "de"])
def panel(  # type: ignore[no-untyped-def]
    request: pytest.FixtureRequest, qtbot: QtBot, clock: ManualClock, data_dir
) -> Iterator[GroupFacilitatorPanel]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    with speaking(request.param, translators(request.param, qapp)):
        p = GroupFacilitatorPanel(Catalog(shipped_entries()), clock, store=GroupStore(data_dir))
        qtbot.addWidget(p)
        p.show()
        qtbot.waitExposed(p)
        yield p
        p.finish_session()
        stop_timers(p)


def wide(panel: GroupFacilitatorPanel) -> tuple[int, int]:
    """Room for the set-up and the session side by side (German needs more than English)."""
    return (panel.setup.minimumSizeHint().width() * 3, 1100)


def laid_out(panel: GroupFacilitatorPanel, size: tuple[int, int]) -> None:
    panel.resize(*size)
    for _ in range(3):
        QApplication.processEvents()


def where(widget: QWidget, panel: QWidget) -> QRect:
    return QRect(widget.mapTo(panel, widget.rect().topLeft()), widget.size())


def tab_stops(panel: QWidget) -> list[QWidget]:
    """The shown controls inside the panel in the order Tab goes through them."""
    stops: list[QWidget] = []
    widget = panel.nextInFocusChain()
    while widget is not panel:
        if (
            panel.isAncestorOf(widget)
            and widget.isVisibleTo(panel)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def read_out(panel: QWidget) -> list[QRect]:
    """Where each of the panel's parts is, in the order a screen reader reads them."""
    interface = QAccessible.queryAccessibleInterface(panel)
    assert interface is not None
    parts = (interface.child(i) for i in range(interface.childCount()))
    return [part.rect() for part in parts if part.rect().height() > 0]


def first_words(interface: QAccessibleInterface) -> str:
    """The first words a screen reader meets going through ``interface`` in order."""
    if interface.childCount() == 0 or interface.role() == QAccessible.Role.StaticText:
        return interface.text(QAccessible.Text.Name)
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and not child.state().invisible:
            words = first_words(child)
            if words:
                return words
    return ""


def upward_jumps(rects: list[QRect]) -> list[str]:
    """Steps from one place to the next that go back up the page (stacked, nothing sits side by
    side but a row's own controls, so the next one is never wholly above the last)."""
    return [
        f"{before.topLeft().toTuple()} to {after.topLeft().toTuple()}"
        for before, after in itertools.pairwise(rects)
        if after.bottom() < before.top()
    ]


def heading_problems(panel: GroupFacilitatorPanel) -> list[str]:
    """Controls shown level with or above the heading, or a screen reader meeting other words
    before it."""
    heading = panel.setup.heading
    assert isinstance(heading, QLabel) and heading.isVisible()
    top = where(heading, panel).bottom()
    controls = [
        w
        for w in panel.findChildren(QWidget)
        if w.isVisibleTo(panel) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert controls
    found = [f"{w.accessibleName()!r} above it" for w in controls if where(w, panel).top() <= top]
    interface = QAccessible.queryAccessibleInterface(panel)
    assert interface is not None
    if first_words(interface) != heading.text():
        found.append(f"{first_words(interface)!r} is read first")
    return found


def test_the_heading_stays_on_top_before_and_during_a_session(
    panel: GroupFacilitatorPanel,
) -> None:
    for started in (False, True):
        if started:
            panel.start_session()
        for size in (NARROW, wide(panel)):
            laid_out(panel, size)
            where_ = f"{'started' if started else 'before'}, {size[0]} wide"
            assert heading_problems(panel) == [], where_


def test_tab_and_a_screen_reader_go_through_the_page_in_the_order_it_is_shown(
    panel: GroupFacilitatorPanel,
) -> None:
    panel.start_session()  # in a narrow window the session's controls now come first
    laid_out(panel, NARROW)
    stops = tab_stops(panel)
    assert stops[0] is panel.stages.stage_list  # the session's stages, then its buttons...
    assert stops.index(panel.buttons["next"]) < stops.index(panel.setup.practice_combo)
    assert upward_jumps([where(w, panel) for w in stops]) == []  # ...Tab never goes back up
    assert upward_jumps(read_out(panel)) == []  # nor does a screen reader
    laid_out(panel, wide(panel))  # side by side: the set-up on the left, then the session beside it
    stops = tab_stops(panel)
    assert stops[0] is panel.setup.practice_combo
    right = [where(w, panel).left() > where(panel.setup, panel).right() for w in stops]
    assert right == sorted(right)  # the left column, then the right: never back and forth
    panel.finish_session()  # narrow again: before the next session the set-up comes first
    laid_out(panel, NARROW)
    assert tab_stops(panel)[0] is panel.setup.practice_combo
    assert upward_jumps([where(w, panel) for w in tab_stops(panel)]) == []
    assert upward_jumps(read_out(panel)) == []
