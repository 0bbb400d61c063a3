"""Breath set-up and the pattern editor as a user meets them (issue #14, spec 1.3 and 1.4)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton

from mindful_clinic.core.breath.pattern import BreathPattern, Phase, PhaseKind
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.practice.catalog import breath_entry
from mindful_clinic.core.preferences import PracticeChoice, Preferences
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.ui.breath.kind import BreathKind
from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog
from mindful_clinic.ui.breath.setup import BreathSetup
from mindful_clinic.ui.shell.theme import LIGHT


def pattern(pid: str) -> BreathPattern:
    return next(p for p in load_shipped_patterns() if p.id == pid)


def length_buttons(setup: BreathSetup) -> list[QRadioButton]:
    return [b for b in setup.length_group.buttons() if isinstance(b, QRadioButton)]


def choose(setup: BreathSetup, text: str) -> None:
    button = next(b for b in length_buttons(setup) if b.text().startswith(text))
    button.click()


@pytest.mark.parametrize("pid", ["resonance_5_5", "cyclic_sigh"])
def test_only_the_one_and_three_minute_lengths_say_quick_reset(qtbot, pid: str) -> None:  # type: ignore[no-untyped-def]
    setup = BreathSetup(pattern(pid), PracticeChoice(duration_s=300))
    qtbot.addWidget(setup)
    assert round(setup.planned_s()) in range(290, 300)  # whole breaths: just under five minutes
    assert "quick reset" not in setup.length_note.text()
    for short in ("1 min", "3 min"):
        choose(setup, short)
        assert "quick reset" in setup.length_note.text(), short
    for longer in ("5 min", "10 min", "20 min"):
        choose(setup, longer)
        assert "quick reset" not in setup.length_note.text(), longer


def kind(prefs: Preferences) -> BreathKind:
    return BreathKind(ManualClock(), prefs, lambda: None, lambda: LIGHT)


def test_478_starts_without_the_hold_says_why_and_offers_four_or_eight_breaths(qtbot) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences()
    breath = kind(prefs)
    entry = breath_entry(pattern("weil_478"))
    setup = breath.setup_widget(entry)
    qtbot.addWidget(setup)
    assert isinstance(setup, BreathSetup)
    assert not setup.holds.isChecked()
    assert "7-second hold starts switched off" in setup.holds_note.text()
    assert not setup.holds_note.isHidden()
    labels = [b.text() for b in length_buttons(setup)]
    assert labels == ["4 breaths: the usual practice", "8 breaths: if you know this breath well"]
    assert "4 breaths, about 0:48" in setup.length_note.text()
    assert "quick reset" not in setup.length_note.text()
    choose(setup, "8 breaths")
    setup.holds.setChecked(True)
    chosen = setup.choice()
    assert (chosen.breaths, chosen.holds) == (8, True)
    prepared = breath.prepare(entry, chosen)
    assert prepared.session.planned_s == 8 * 19
    breath.remember(entry, chosen)
    again = breath.setup_widget(entry)
    qtbot.addWidget(again)
    assert isinstance(again, BreathSetup)
    assert again.holds.isChecked() and again.choice().breaths == 8  # the choice is remembered
    first = breath.prepare(entry, PracticeChoice(holds=False, breaths=4))
    assert first.session.planned_s == 4 * 12 and first.notice is None  # no hold, no hold caution


def test_box_breathing_keeps_its_four_second_holds_on_by_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    setup = kind(Preferences()).setup_widget(breath_entry(pattern("box_4444")))
    qtbot.addWidget(setup)
    assert isinstance(setup, BreathSetup)
    assert setup.holds.isChecked() and setup.holds_note.isHidden()
    assert len(length_buttons(setup)) == 5


@pytest.mark.parametrize(
    ("seconds", "message"),
    [
        ((0.5, 0.0, 0.5, 0.0), "at least 1 second"),  # 60 breaths a minute
        ((1.0, 0.0, 1.5, 0.0), "faster than 20 breaths a minute"),
        ((2.0, 0.5, 2.0, 0.0), "at least 1 second"),
    ],
)
def test_the_editor_refuses_fast_breathing_with_a_clear_message(  # type: ignore[no-untyped-def]
    qtbot, data_dir, seconds: tuple[float, ...], message: str
) -> None:
    dialog = PatternEditorDialog(CustomPatternStore(data_dir), set(), lambda: None)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form is not None
    for i, kind_name in enumerate(("inhale", "hold", "exhale", "hold")):
        form.kinds[i].setCurrentIndex(form.kinds[i].findData(kind_name))
        form.seconds[i].setValue(seconds[i])
    assert message in form.error.text()
    assert form.problem() is not None


def test_the_editor_accepts_a_hold_of_zero_as_no_hold(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog = PatternEditorDialog(CustomPatternStore(data_dir), set(), lambda: None)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form is not None
    for i, (kind_name, secs) in enumerate((("inhale", 1.5), ("hold", 0), ("exhale", 1.5))):
        form.kinds[i].setCurrentIndex(form.kinds[i].findData(kind_name))
        form.seconds[i].setValue(secs)
    assert form.problem() is None  # 3 s a breath: exactly 20 a minute
    assert "20.0 breaths a minute" in form.summary.text()


def test_the_breath_summary_writes_numbers_as_the_locale_does(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = PatternEditorDialog(CustomPatternStore(data_dir), set(), lambda: None)
        qtbot.addWidget(dialog)
        form = dialog.form
        assert form is not None
        form.seconds[0].setValue(4.5)
        assert "4,5" in form.seconds[0].text()  # the box above says "4,5"...
        assert "10,5 s, about 5,7 breaths" in form.summary.text()  # ...and so does this
    finally:
        QLocale.setDefault(before)


def test_switching_holds_off_or_quickening_the_pace_never_passes_20_breaths_a_minute(
    qtbot, data_dir
) -> None:  # type: ignore[no-untyped-def]
    dialog = PatternEditorDialog(CustomPatternStore(data_dir), set(), lambda: None)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form is not None
    for i, (kind_name, secs) in enumerate((("inhale", 1.0), ("hold", 4.0), ("exhale", 1.0))):
        form.kinds[i].setCurrentIndex(form.kinds[i].findData(kind_name))
        form.seconds[i].setValue(secs)
    assert "faster than 20 breaths a minute" in form.error.text()  # 2 s a breath without the hold
    gentle = BreathPattern("p", "P", (Phase(PhaseKind.INHALE, 1.5), Phase(PhaseKind.EXHALE, 2.0)))
    setup = BreathSetup(gentle, PracticeChoice(tempo=0.75))
    qtbot.addWidget(setup)
    assert setup.tempo.minimum() == 90  # 3.5 s x 0.9 = 3.15 s: still under 20 a minute
    assert 3.5 * setup.choice().tempo >= 3.0


def test_the_tempo_uses_the_locales_decimal_mark(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        setup = kind(Preferences()).setup_widget(breath_entry(pattern("box_4444")))
        qtbot.addWidget(setup)
        assert isinstance(setup, BreathSetup)
        assert setup.tempo_label.text() == "1,00×"
    finally:
        QLocale.setDefault(before)
