"""The home screen as a keyboard and screen reader user meets it: the time choices are one
radio group (Tab lands on the chosen one, the arrows choose), and starring a practice keeps the
focus on its star wherever the card moves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from tests.ui.home.test_practice_card import shown_app


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_the_time_choices_are_radio_buttons_to_a_screen_reader(qtbot) -> None:  # type: ignore[no-untyped-def]
    chips = shown_app(qtbot).home.time_group.buttons()
    assert len(chips) == 5
    for chip in chips:
        assert isinstance(chip, QRadioButton)
        face = QAccessible.queryAccessibleInterface(chip)
        assert face is not None and face.role() == QAccessible.Role.RadioButton
    assert [QAccessible.queryAccessibleInterface(c).state().checked for c in chips] == [
        False, False, False, False, True,
    ]  # fmt: skip


def test_tab_enters_the_time_choices_at_the_chosen_one_and_the_arrows_choose(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot)
    home = app.home
    chips = home.time_group.buttons()
    everything = chips[-1]
    before = everything.previousInFocusChain()
    while not before.focusPolicy() & Qt.FocusPolicy.TabFocus or not before.isVisible():
        before = before.previousInFocusChain()  # the control before the choices (a top line's)
    focus(qtbot, before)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is everything  # "Everything" is checked, not "1 min"
    # Left moves the choice, with the same signal a click sends: the cards follow.
    with qtbot.waitSignal(home.time_group.buttonClicked, timeout=2000) as clicked:
        QTest.keyClick(everything, Qt.Key.Key_Left)
    assert clicked.args == [chips[3]]
    assert QApplication.focusWidget() is chips[3] and chips[3].isChecked()
    assert home.time_choice == 10.0
    QTest.keyClick(chips[3], Qt.Key.Key_Left)
    assert home.time_choice == 5.0 and chips[2].isChecked()
    # One Tab stop for the group, now at "5 min": Tab leaves it, Shift+Tab comes back to it.
    QTest.keyClick(chips[2], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in chips
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is chips[2]
    # A choice made elsewhere (the root's "After a hard appointment") moves the Tab stop with it.
    home.set_time_choice(1.0)
    focus(qtbot, before)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chips[0]


def test_space_on_a_star_keeps_the_focus_on_that_practices_star(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot)
    home = app.home
    card = next(c for c in home.cards if c.entry.id == "box_4444")
    assert card.star.accessibleName() == "Add Box breathing to favourites"
    focus(qtbot, card.star)
    focus_changes: list[QWidget | None] = []
    app.qapp.focusChanged.connect(lambda _old, new: focus_changes.append(new))
    qtbot.keyClick(card.star, Qt.Key.Key_Space)
    star = QApplication.focusWidget()
    moved = next(c for c in home.cards if c.entry.id == "box_4444")
    assert moved is not card and home.sections()[0][0] == "favourites"
    assert star is moved.star and star.isVisible()
    assert star.accessibleName() == "Remove Box breathing from favourites" and star.isChecked()
    assert focus_changes == [star]  # straight there: no stop on the cards being taken down
    qtbot.waitUntil(lambda: star.visibleRegion().boundingRect().height() == star.height())
    # And back again: out of Favourites, the focus follows the star to its old place.
    qtbot.keyClick(star, Qt.Key.Key_Space)
    back = next(c for c in home.cards if c.entry.id == "box_4444")
    assert QApplication.focusWidget() is back.star and not back.star.isChecked()
    assert back.star.accessibleName() == "Add Box breathing to favourites"
    assert "box_4444" not in app.prefs.favourites


def test_a_star_clicked_without_the_focus_leaves_the_focus_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot)
    home = app.home
    chip = home.time_group.checkedButton()
    focus(qtbot, chip)
    home.cards[2].star.click()  # in code, or by an assistive tool: nothing had focused the star
    assert QApplication.focusWidget() is chip


def test_starring_a_card_far_down_scrolls_its_star_into_view_at_the_top(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot, 1000, 600)
    home = app.home
    last = home.cards[-1]
    home.scroll_area.ensureWidgetVisible(last.star)
    qtbot.waitUntil(lambda: home.scroll_area.verticalScrollBar().value() > 0)
    focus(qtbot, last.star)
    qtbot.keyClick(last.star, Qt.Key.Key_Space)
    star = QApplication.focusWidget()
    assert star is home.cards[0].star  # first among the favourites
    qtbot.waitUntil(lambda: star.visibleRegion().boundingRect().height() == star.height())
