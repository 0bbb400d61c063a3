"""What a screen reader and the keyboard meet on the home screen (issue #17)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from mindful_clinic.app import build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.i18n.language import load_translators


def _chip_names(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.accessibleName() for b in app.home.time_group.buttons()]


def _built_in(language: str, qapp, qtbot):  # type: ignore[no-untyped-def]
    translators = load_translators(language, qapp)
    for t in translators:
        QCoreApplication.installTranslator(t)
    try:
        app = build(ManualClock())
        qtbot.addWidget(app.window)
        return app, _chip_names(app)
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)


def test_the_time_choices_are_named_in_proper_plurals(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, names = _built_in("en", qapp, qtbot)
    assert names == [
        "I have 1 minute",
        "I have 3 minutes",
        "I have 5 minutes",
        "I have 10+ minutes",
        "Show everything",
    ]
    _app, german = _built_in("de", qapp, qtbot)
    assert german[:4] == [
        "Ich habe 1 Minute",
        "Ich habe 3 Minuten",
        "Ich habe 5 Minuten",
        "Ich habe 10+ Minuten",
    ]


def test_tab_reads_the_home_screen_from_top_to_bottom(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    app.window.resize(1280, 720)
    app.window.show()
    qtbot.waitExposed(app.window)
    home = app.home
    tops = [
        b
        for b in home.findChildren(QAbstractButton)
        if b.text() == "After a hard appointment" and b.isVisible()
    ]
    assert len(tops) == 1, "the line under the heading has a button"
    first_chip = home.time_group.buttons()[0]
    checked_chip = home.time_group.checkedButton()  # "Everything": Tab enters the choice there
    assert tops[-1].mapTo(home, tops[-1].rect().topLeft()).y() < first_chip.y()

    def tabbed_from(widget: QWidget, key: Qt.Key, presses: int) -> list[QWidget]:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        seen = []
        for _ in range(presses):
            QTest.keyClick(QApplication.focusWidget(), key)
            seen.append(QApplication.focusWidget())
        return seen

    # From the line's button, Tab reaches the time choices (at the checked one), then the cards.
    seen = tabbed_from(tops[0], Qt.Key.Key_Tab, 10)
    assert seen[0] is checked_chip
    assert any(home.cards[0].isAncestorOf(w) or w is home.cards[0] for w in seen)
    # Shift+Tab from the time choices goes back up to the lines above it.
    assert tabbed_from(checked_chip, Qt.Key.Key_Backtab, 1) == [tops[0]]
    # Choosing a time builds the cards again: the order holds.
    first_chip.click()
    qtbot.waitUntil(lambda: home.cards[0].isVisible())
    seen = tabbed_from(tops[0], Qt.Key.Key_Tab, 10)
    assert seen[0] is first_chip
    assert any(home.cards[0].isAncestorOf(w) or w is home.cards[0] for w in seen)


def test_buttons_keep_their_visible_words_as_their_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    patterns = app.home.patterns_button
    name = patterns.accessibleName() or patterns.text()
    assert name == "My breathing patterns…"
    assert patterns.accessibleDescription() == "Create or edit your own breathing patterns"
    assert patterns.toolTip() == patterns.accessibleDescription()
    # Every other button and label in the window says what it shows (a card's Start names its
    # practice: twenty-five "Start 1 min" alone would be unclear; so would "1 min" alone).
    home = app.home
    unclear = [
        *home.time_group.buttons(),
        *(b for c in home.cards for b in c.findChildren(QWidget)),
    ]
    replaced = [
        (b.text(), b.accessibleName())
        for b in [*app.window.findChildren(QAbstractButton), *app.window.findChildren(QLabel)]
        if b.text()
        and b.accessibleName()
        and b not in unclear
        and b.text().replace("&", "").casefold() not in b.accessibleName().casefold()
    ]
    assert replaced == []
