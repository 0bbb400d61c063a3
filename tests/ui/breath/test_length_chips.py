"""The breath set-up's lengths and breath counts as a screen reader and the keyboard meet them:
radio buttons named in real plurals that hold the words shown (WCAG 2.5.3)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from mindful_clinic.core.breath.pattern import BreathPattern, Phase, PhaseKind
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.services.i18n.language import load_translators
from mindful_clinic.ui.breath.pacer_view import format_clock
from mindful_clinic.ui.breath.setup import BreathSetup


def pattern(pid: str) -> BreathPattern:
    return next(p for p in load_shipped_patterns() if p.id == pid)


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's English translation: it holds the English plurals ("1 minute", "2 minutes")."""
    translators = load_translators("en", qapp)
    for t in translators:
        QCoreApplication.installTranslator(t)
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)


def shown(qtbot, p: BreathPattern, choice: PracticeChoice) -> BreathSetup:  # type: ignore[no-untyped-def]
    setup = BreathSetup(p, choice)
    qtbot.addWidget(setup)
    setup.show()
    qtbot.waitExposed(setup)
    return setup


@pytest.mark.usefixtures("english")
def test_lengths_are_named_in_real_plurals_holding_the_words_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    own = BreathPattern(
        "own", "Own", (Phase(PhaseKind.INHALE, 4.0), Phase(PhaseKind.EXHALE, 6.0)),
        duration_options_s=(55, 60, 120, 300), default_duration_s=300,
    )  # fmt: skip
    setup = shown(qtbot, own, PracticeChoice(duration_s=300))
    chips = setup.length_group.buttons()
    assert [(c.text(), c.accessibleName()) for c in chips] == [
        ("1 min", "1 minute"),  # 55 s: "1 min" on the chip, never "0 min"
        ("1 min", "1 minute"),
        ("2 min", "2 minutes"),
        ("5 min", "5 minutes"),
    ]


@pytest.mark.usefixtures("english")
def test_the_resonance_lengths_of_0_55_and_2_56_say_what_their_chips_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    setup = shown(qtbot, pattern("resonance_5_5"), PracticeChoice(duration_s=60))
    assert format_clock(setup.planned_s()) == "0:55"
    chips = {c.text(): c.accessibleName() for c in setup.length_group.buttons()}
    assert chips["1 min"] == "1 minute" and chips["3 min"] == "3 minutes"
    setup.choose_length(180)
    assert format_clock(setup.planned_s()) == "2:56"
    assert setup.length_group.checkedButton().accessibleName() == "3 minutes"


def test_lengths_and_breath_counts_are_radio_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    for pid, count in (("resonance_5_5", 5), ("weil_478", 2)):
        setup = shown(qtbot, pattern(pid), PracticeChoice())
        chips = setup.length_group.buttons()
        assert len(chips) == count
        for chip in chips:
            assert isinstance(chip, QRadioButton) and chip.accessibleName()
            face = QAccessible.queryAccessibleInterface(chip)
            assert face is not None and face.role() == QAccessible.Role.RadioButton


def test_tab_reaches_the_chosen_length_and_the_arrows_choose(qtbot) -> None:  # type: ignore[no-untyped-def]
    setup = shown(qtbot, pattern("resonance_5_5"), PracticeChoice(duration_s=300))
    chips = setup.length_group.buttons()
    five = setup.length_group.checkedButton()
    assert five is chips[2]
    # Shift+Tab from the pace slider (the control after the lengths) and Tab from the control
    # before them both land on "5 min", not on "20 min" or "1 min".
    setup.tempo.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(setup.tempo.hasFocus)
    QTest.keyClick(setup.tempo, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is five
    QTest.keyClick(five, Qt.Key.Key_Backtab)
    before = QApplication.focusWidget()
    assert before not in chips
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is five
    note = setup.length_note.text()
    with qtbot.waitSignal(setup.length_group.buttonClicked, timeout=2000) as clicked:
        QTest.keyClick(five, Qt.Key.Key_Right)
    assert clicked.args == [chips[3]] and chips[3].hasFocus()
    assert setup.choice().duration_s == 600 and setup.length_note.text() != note
    QTest.keyClick(chips[3], Qt.Key.Key_Left)
    QTest.keyClick(chips[2], Qt.Key.Key_Left)
    assert setup.choice().duration_s == 180 and "quick reset" in setup.length_note.text()


def test_the_478_breath_counts_take_tab_at_the_chosen_one_and_the_arrows_choose(qtbot) -> None:  # type: ignore[no-untyped-def]
    setup = shown(qtbot, pattern("weil_478"), PracticeChoice(breaths=4))
    four, eight = setup.length_group.buttons()
    assert four.isChecked() and four.accessibleName() == four.text()
    setup.holds.setFocus(Qt.FocusReason.OtherFocusReason)  # the control after the counts
    qtbot.waitUntil(setup.holds.hasFocus)
    QTest.keyClick(setup.holds, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is four  # the chosen count, not the last one
    with qtbot.waitSignal(setup.length_group.buttonClicked, timeout=2000):
        QTest.keyClick(four, Qt.Key.Key_Right)
    assert eight.isChecked() and eight.hasFocus() and setup.choice().breaths == 8
    assert "8 breaths" in setup.length_note.text()
