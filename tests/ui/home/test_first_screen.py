"""At start-up the home screen makes the cards its first screen shows, and the rest just after.

The window appears sooner (issue #12); what a user sees and reaches by Tab must not change.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mindful_clinic.app import App, build
from mindful_clinic.core.time.clock import ManualClock


def _started(qtbot, width: int, height: int) -> App:  # type: ignore[no-untyped-def]
    """The app as ``run`` builds it: the window sized, then only the first screen's cards."""
    app = build(ManualClock(), paint_first=True)
    qtbot.addWidget(app.window)
    app.window.resize(width, height)
    app.home.rebuild(first=app.home.cards_to_fill(app.window.page_room()))
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def _all_ids(app: App) -> list[str]:
    return [e.id for _key, entries in app.home.sections() for e in entries]


@pytest.mark.parametrize("size", [(800, 600), (1100, 760), (1920, 1080)])
def test_the_first_cards_fill_the_screen_and_the_rest_follow(qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = _started(qtbot, *size)
    home = app.home
    first = list(home.cards)
    assert 0 < len(first) <= len(_all_ids(app))
    viewport_bottom = home.scroll_area.height()
    last = first[-1]
    last_top = last.mapTo(home.scroll_area, last.rect().topLeft()).y()
    if len(first) < len(_all_ids(app)):  # nothing below the first screen is missing from it
        assert last_top >= viewport_bottom - last.height(), (
            "a card the first screen shows is missing"
        )
    home.finish_cards()
    assert home.visible_ids() == _all_ids(app)  # each practice once, in the order of the sections
    assert home.cards[: len(first)] == first  # the first ones are kept, not made again
    qtbot.waitUntil(lambda: all(card.isVisible() for card in home.cards))
    home.finish_cards()  # nothing left: nothing changes
    assert home.visible_ids() == _all_ids(app)


def test_tab_runs_on_from_the_first_cards_into_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = _started(qtbot, 800, 600)
    home = app.home
    made_first = len(home.cards)
    assert made_first < len(_all_ids(app)), "the window is small enough to leave cards for later"
    home.finish_cards()
    qtbot.waitUntil(lambda: home.cards[-1].isVisible())
    edge = home.cards[made_first - 1]
    edge.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edge.hasFocus)
    order: list[QWidget | None] = []
    for _ in range(6):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    after = home.cards[made_first]
    assert order == [edge, edge.star, edge.start_button, after, after.star, after.start_button]
    # Shift+Tab from the last card's Start walks back through the cards, not the rail.
    home.cards[-1].start_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(home.cards[-1].start_button.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is home.cards[-1].star


def test_choosing_a_time_before_the_rest_came_makes_every_card(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = _started(qtbot, 800, 600)
    app.home.set_time_choice(None)  # a click on "Everything" rebuilds in full
    assert app.home.visible_ids() == _all_ids(app)
    app.home.finish_cards()
    assert app.home.visible_ids() == _all_ids(app)


def test_enter_presses_the_focused_button_once_the_first_paint_is_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.app.root import after_first_paint

    app = _started(qtbot, 1100, 760)
    after_first_paint(app)
    card = app.home.cards[0]
    card.start_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.start_button.hasFocus)
    with qtbot.waitSignal(app.home.start_now_requested, timeout=2000) as started:
        qtbot.keyClick(card.start_button, Qt.Key.Key_Return)
    assert started.args == [card.entry.id, card.start_s]
