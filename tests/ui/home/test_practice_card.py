"""The home screen's practice cards: they draw their own text, so check that it is there and fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QPushButton

from mindful_clinic.app import App, build
from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.home.practice_card import (
    CardLook,
    PracticeCard,
    lengths_line,
    minutes_label,
)
from mindful_clinic.ui.shell import theme
from mindful_clinic.ui.shell.theme import LIGHT, Palette

LONG_SUMMARY = (
    "A slow sweep of attention from the feet to the crown, with time to rest on each region and to "
    "notice whatever is there without needing to change it."
)


def entry(summary: str = "In for 4, out for 6.", title: str = "Longer out-breath") -> CatalogEntry:
    return CatalogEntry(
        id="test_card", title=title, category="breathing", summary=summary,
        durations_s=(60, 180, 300), default_duration_s=300, kind="breath", content=None,
    )  # fmt: skip


def card_for(
    qtbot, e: CatalogEntry, palette: Palette = LIGHT, favourite: bool = False
) -> PracticeCard:  # type: ignore[no-untyped-def]
    theme.apply(QApplication.instance(), palette)  # type: ignore[arg-type]  # as the app does
    font = QApplication.font()
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * 1.15)
    card = PracticeCard(e, favourite, CardLook(palette, font, title))
    qtbot.addWidget(card)
    return card


def shown_app(qtbot, width: int = 1100, height: int = 760) -> App:  # type: ignore[no-untyped-def]
    """The whole app, its window on screen (the home screen's cards laid out and painted)."""
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    app.window.resize(width, height)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def colour_pixels(image: QImage, colour: str, top: int, bottom: int) -> int:
    """Pixels within a few levels of ``colour`` between rows ``top`` and ``bottom``."""
    want = QColor(colour)
    count = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) < 30
                and abs(c.green() - want.green()) < 30
                and abs(c.blue() - want.blue()) < 30
            ):
                count += 1
    return count


def test_a_narrow_card_grows_taller_so_no_text_is_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = card_for(qtbot, entry(LONG_SUMMARY))
    wide, narrow = card.heightForWidth(700), card.heightForWidth(230)
    assert narrow > wide
    short = card_for(qtbot, entry("Short."))
    assert short.heightForWidth(230) < narrow  # the summary's lines count, not a fixed size


def test_the_card_draws_its_title_summary_and_lengths(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = card_for(qtbot, entry(LONG_SUMMARY), LIGHT)
    card.resize(300, card.heightForWidth(300))
    image = card.grab().toImage()
    half = image.height() // 2
    title_pixels = colour_pixels(image, LIGHT.text, 0, 40)
    muted_lower = colour_pixels(image, LIGHT.muted, half, image.height())
    assert title_pixels > 20  # the title, in the text colour
    assert muted_lower > 20  # the summary's later lines and the lengths, in the muted colour
    blank = card_for(qtbot, entry(" ", title=" "), LIGHT)
    blank.resize(300, card.height())
    empty = blank.grab().toImage()
    assert colour_pixels(empty, LIGHT.text, 0, 40) < title_pixels // 4


def test_the_star_sits_top_right_and_is_a_named_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = card_for(qtbot, entry(), favourite=True)
    card.resize(320, card.heightForWidth(320))
    card.show()
    star = card.star
    assert star.geometry().right() < card.width() and star.geometry().right() > card.width() - 20
    assert star.y() < 20
    assert star.isChecked()
    assert star.accessibleName() == "Remove Longer out-breath from favourites"
    toggled: list[str] = []
    card.favourite_toggled.connect(toggled.append)
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    assert toggled == ["test_card"]


def test_enter_space_and_a_click_open_the_practice(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = card_for(qtbot, entry())
    card.resize(320, card.heightForWidth(320))
    card.show()
    chosen: list[str] = []
    card.chosen.connect(chosen.append)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.keyClick(card, Qt.Key.Key_Space)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(40, card.height() - 10))
    assert chosen == ["test_card"] * 3
    qtbot.keyClick(card, Qt.Key.Key_A)
    assert len(chosen) == 3


def test_a_screen_reader_hears_the_summary_and_the_lengths(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = card_for(qtbot, entry())
    assert card.accessibleName() == "Set up Longer out-breath"
    assert card.accessibleDescription() == "In for 4, out for 6. Lengths: 1 min · 3 min · 5 min"
    favourite = card_for(qtbot, entry(), favourite=True)
    assert favourite.accessibleDescription().endswith("5 min In your favourites.")


def test_a_screen_reader_meets_a_button_that_opens_the_practice(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Heard as a push button (not "panel"), named by its title, its summary and lengths said
    after; its "press" opens the practice, and its star and Start are still there, named."""
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    card = card_for(qtbot, entry())
    card.resize(320, card.heightForWidth(320))
    card.show()
    heard = QAccessible.queryAccessibleInterface(card)
    assert heard.role() == QAccessible.Role.Button
    assert heard.text(QAccessible.Text.Name) == "Set up Longer out-breath"
    assert heard.text(QAccessible.Text.Description) == (
        "In for 4, out for 6. Lengths: 1 min · 3 min · 5 min"
    )
    inside = [heard.child(i) for i in range(heard.childCount())]
    assert [(c.role(), c.text(QAccessible.Text.Name)) for c in inside] == [
        (QAccessible.Role.CheckBox, "Add Longer out-breath to favourites"),
        (QAccessible.Role.Button, "Start 1 min: Longer out-breath"),
    ]
    press = QAccessibleActionInterface.pressAction()
    assert press in heard.actionInterface().actionNames()
    with qtbot.waitSignal(card.chosen, timeout=1000) as opened:
        heard.actionInterface().doAction(press)
    assert opened.args == ["test_card"]


def test_lengths_read_as_people_say_them() -> None:
    assert [minutes_label(s) for s in (60, 76, 180, 300, 1200)] == [
        "1 min", "76 s", "3 min", "5 min", "20 min",
    ]  # fmt: skip


def test_cards_on_the_home_screen_are_tall_enough_for_their_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot, width=760, height=700)
    grid = app.home.grid
    rows: dict[int, set[tuple[int, int]]] = {}
    for card in app.home.cards:
        if card.isVisible():
            assert card.height() >= card.heightForWidth(card.width()), card.entry.id
            row = grid.getItemPosition(grid.indexOf(card))[0]
            rows.setdefault(row, set()).add((card.y(), card.height()))
    # A card fills its row: a shorter one is as tall as the tallest beside it, top and bottom.
    assert [places for places in rows.values() if len(places) > 1] == []


@pytest.mark.parametrize("width", [40, 120, 400])
@pytest.mark.parametrize("text", ["1 min · 3 min", "Breathe", LONG_SUMMARY, "Two\nlines"])
def test_the_quick_height_of_one_line_matches_qts_own_measure(qtbot, width: int, text: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from mindful_clinic.ui.home.practice_card import TEXT_FLAGS, wrapped_height

    metrics = QFontMetrics(QApplication.font())
    full = metrics.boundingRect(QRect(0, 0, width, 1 << 20), TEXT_FLAGS, text).height()
    assert wrapped_height(metrics, width, text) == full


def test_a_favourite_star_is_filled_and_the_others_are_outlined(qtbot) -> None:  # type: ignore[no-untyped-def]
    def accent_in_star(favourite: bool) -> int:
        card = card_for(qtbot, entry(), LIGHT, favourite=favourite)
        card.resize(320, card.heightForWidth(320))
        card.show()
        star = card.star.geometry()
        image = card.grab(star).toImage()
        return colour_pixels(image, LIGHT.accent, 0, image.height())

    filled, outlined = accent_in_star(True), accent_in_star(False)
    assert filled > 40  # the star's body, in the accent colour
    assert filled > 3 * outlined


def test_every_card_has_its_star_button_from_the_first_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot)
    cards = app.home.cards
    assert len(cards) > 10
    for card in cards:  # a screen reader finds a named button on every card, with no visit first
        star = card.findChild(QPushButton)
        assert star is card.star and star.isVisible() and card.start_button.isVisible()
        assert star.accessibleName().endswith("favourites")
        assert card.entry.title in star.accessibleName()
    app.home.set_time_choice(3.0)  # rebuilt cards have theirs too
    qtbot.waitUntil(lambda: all(card.star.isVisible() for card in app.home.cards))


def test_tab_goes_card_star_start_card(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot)
    cards = app.home.cards
    cards[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(cards[0].hasFocus)
    order = []
    for _ in range(5):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [cards[0], cards[0].star, cards[0].start_button, cards[1], cards[1].star]


def test_lengths_are_translated(qapp) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.services.i18n.language import load_translators

    translators = load_translators("de", qapp)
    assert translators, "mindful_clinic_de.qm is missing: run scripts/build_translations.sh"
    for t in translators:
        qapp.installTranslator(t)
    try:
        assert [minutes_label(s) for s in (48, 300)] == ["48 s", "5 Min."]
        assert lengths_line((60, 300)) == "1\u00a0Min.\u00a0· 5\u00a0Min."
    finally:
        for t in translators:
            qapp.removeTranslator(t)


TITLES = (
    "Atempause in einer Minute",
    "Body-Scan, 10 Minuten",
    "Längeres Ausatmen (4 und 8)",
    "Slow, even breathing",
    "Relaxed counting breath",
    "One-minute breathing space",
    "Freundlichkeit mit dir selbst",
    "Nach einem schweren Termin",
    "Box breathing",
)


@pytest.mark.parametrize("bold", [False, True])
def test_a_title_just_as_wide_as_the_card_is_measured_as_qt_draws_it(qtbot, bold: bool) -> None:  # type: ignore[no-untyped-def]
    """At a width equal to a title's rounded advance, Qt may still wrap it (its real width has a
    fraction more): the quick one-line height cut the second line off, unseen ("Atempause in
    einer" with no "Minute")."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from mindful_clinic.ui.home.practice_card import TEXT_FLAGS, wrapped_height

    font = QApplication.font()
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    metrics = QFontMetrics(font)
    for text in TITLES:
        advance = metrics.horizontalAdvance(text)
        for width in (advance - 1, advance, advance + 1):
            full = metrics.boundingRect(QRect(0, 0, width, 1 << 20), TEXT_FLAGS, text).height()
            assert wrapped_height(metrics, width, text) == full, (text, width)
