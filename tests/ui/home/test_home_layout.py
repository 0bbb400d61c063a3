"""The home screen's layout: cards reflow to the window's width, each practice shows once, and a
card's lengths never squeeze beside its Start button (issue #16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from mindful_clinic.app import App, build
from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.home.practice_card import MIN_WIDTH, CardLook, PracticeCard, lengths_line
from mindful_clinic.ui.home.view import columns_for
from mindful_clinic.ui.shell.theme import LIGHT


def shown_app(qtbot, width: int, height: int = 700) -> App:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.setMinimumSize(0, 0)
    app.window.resize(width, height)  # after show, which fits the window to the (small) screen
    qtbot.waitUntil(lambda: app.window.width() == width)
    return app


@pytest.mark.parametrize("width", [640, 720, 800, 960, 1100, 1280, 1366, 1920])
def test_every_card_lies_within_the_visible_width(qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    """No card, star or Start button lies past the right edge of the scrolling area (where the
    old three-column grid cut the third card at 800 px), and no card is squeezed below its width."""
    app = shown_app(qtbot, width)
    home = app.home
    port = home.scroll_area.viewport()
    qtbot.waitUntil(lambda: home.columns == columns_for(port.width()))
    QApplication.processEvents()
    assert home.columns == {640: 1, 800: 2, 1280: 3}.get(width, home.columns)
    assert home.scroll_area.horizontalScrollBar().maximum() == 0
    for card in home.cards:
        left = card.mapTo(port, QPoint(0, 0)).x()
        assert left >= 0 and left + card.width() <= port.width(), (width, card.entry.id)
        assert card.width() >= MIN_WIDTH
        for button in (card.star, card.start_button):
            right = button.mapTo(port, QPoint(button.width(), 0)).x()
            assert right <= port.width(), (width, button.accessibleName())


def test_the_number_of_columns_follows_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = shown_app(qtbot, 1280)
    home = app.home
    qtbot.waitUntil(lambda: home.columns == 3)
    rows = {c.y() for c in home.cards[:3]}
    assert len(rows) == 1  # three side by side
    app.window.resize(800, 700)
    qtbot.waitUntil(lambda: home.columns == 2)
    QApplication.processEvents()
    first, second, third = home.cards[:3]
    assert first.y() == second.y() < third.y()  # the third card moved to the next row
    app.window.resize(640, 700)
    qtbot.waitUntil(lambda: home.columns == 1)
    assert columns_for(MIN_WIDTH) == 1 and columns_for(10) == 1 and columns_for(5000) == 3


def test_each_practice_is_shown_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Box breathing as a favourite and a recent practice was listed twice, or three times."""
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    app.prefs.favourites = ["box_4444", "cyclic_sigh"]
    app.prefs.recent = ["box_4444", "extended_4_6", "cyclic_sigh"]
    app.home.rebuild()
    titles = [c.entry.title for c in app.home.cards]
    assert len(titles) == len(set(titles))
    ids = app.home.visible_ids()
    assert len(ids) == len(set(ids)) == len(app.catalog.catalog.entries())
    sections = {key: [e.id for e in entries] for key, entries in app.home.sections()}
    assert sections["favourites"] == ["box_4444", "cyclic_sigh"]  # in the first section only
    assert sections["recent"] == ["extended_4_6"]
    assert "box_4444" not in sections["breathing"]


def test_lengths_too_long_to_sit_beside_start_take_a_line_of_their_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    many = CatalogEntry(
        id="t", title="Slow breathing", category="breathing", summary="In for 5, out for 5.",
        durations_s=(60, 180, 300, 600, 1200), default_duration_s=300, kind="breath", content=None,
    )  # fmt: skip
    few = CatalogEntry(
        id="f", title="Body scan", category="body_scan", summary="A short sweep.",
        durations_s=(180,), default_duration_s=180, kind="guided", content=None,
    )  # fmt: skip
    font = QApplication.font()
    look = CardLook(LIGHT, font, font)
    cards = []
    for e in (many, few):
        card = PracticeCard(e, False, look)
        qtbot.addWidget(card)
        card.resize(MIN_WIDTH + 40, card.heightForWidth(MIN_WIDTH + 40))
        cards.append(card)
    assert cards[0].lengths_on_own_line()
    assert not cards[1].lengths_on_own_line()  # "3 min" fits beside Start
    # On its own line, the list starts at the card's left and ends above Start.
    assert cards[0].height() > cards[1].height()


def test_a_lengths_line_breaks_only_after_a_dot() -> None:
    line = lengths_line((60, 180, 300, 600, 1200))
    assert line.replace("\u00a0", " ") == "1 min · 3 min · 5 min · 10 min · 20 min"
    pieces = line.split(" ")  # the only places a line may break
    assert all(p.endswith("·") for p in pieces[:-1])
    assert pieces[-1] == "20\u00a0min"
