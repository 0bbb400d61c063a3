"""The breathing pattern editor made as small as it goes: every word still shown, nothing squashed or
on top of anything else, in English and German, in the app's own style (its padding makes
controls taller than Qt's).

The window's minimum came from its layout, which counts a wrapped label as one line: with a
problem to explain (three or four lines) the phase rows were squashed until their words were cut,
and the text ran into the controls around it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog, PatternForm
from mindful_clinic.ui.shell import theme
from tests.language import speaking
from tests.ui.shell.fit_probe import check, controls
from tests.ui.shell.test_layout_every_language import cut_text, translators


def a_problem(dialog: PatternEditorDialog) -> None:
    """Breathing too fast: the longest message there is, three or four lines when narrow."""
    form = dialog.form
    assert isinstance(form, PatternForm)
    for i, (kind, seconds) in enumerate((("inhale", 1.0), ("hold", 0.5), ("exhale", 1.0))):
        form.kinds[i].setCurrentIndex(form.kinds[i].findData(kind))
        form.seconds[i].setValue(seconds)
    assert form.error.isVisible() and form.error.text()


def a_summary(dialog: PatternEditorDialog) -> None:
    form = dialog.form
    assert isinstance(form, PatternForm)
    form.kinds[2].setCurrentIndex(form.kinds[2].findData("hold"))
    form.seconds[2].setValue(2.5)
    assert form.summary.isVisible() and form.summary.text()


def an_undo_note(dialog: PatternEditorDialog) -> None:
    assert dialog.form is not None
    dialog.form.title.setText("A pattern with quite a long name for the note")
    assert dialog.save()
    dialog.delete(confirm=False)
    assert dialog.undo_label.isVisible()


STATES: dict[str, Callable[[PatternEditorDialog], None]] = {
    "problem": a_problem,
    "summary": a_summary,
    "undo": an_undo_note,
}


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The language, in the app's own style with its arrows (as build() sets it), both undone
    afterwards."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    style, palette = qapp.styleSheet(), qapp.palette()
    theme.apply(qapp, theme.LIGHT, tmp_path / "arrows")
    try:
        with speaking(request.param, translators(request.param, qapp)):
            yield request.param
    finally:
        qapp.setStyleSheet(style)
        qapp.setPalette(palette)


def overlapping(top: QWidget) -> list[str]:
    """Controls and words drawn on top of one another."""
    shown = list(controls(top))
    found = []
    for a, b in itertools.combinations(shown, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        ra = QRect(a.mapTo(top, a.rect().topLeft()), a.size())
        rb = QRect(b.mapTo(top, b.rect().topLeft()), b.size())
        if ra.intersects(rb):
            found.append(f"{type(a).__name__} {ra.getRect()} and {type(b).__name__} {rb.getRect()}")
    return found


@pytest.mark.parametrize("state", list(STATES))
def test_the_editor_shrunk_as_far_as_it_goes_shows_every_word(
    qtbot: QtBot, data_dir: Path, language: str, state: str
) -> None:
    dialog = PatternEditorDialog(CustomPatternStore(data_dir), set(), lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1, 1)  # as small as the window lets itself be made...
    QApplication.processEvents()
    STATES[state](dialog)  # ...then the words change: the window makes room for them
    QApplication.processEvents()
    dialog.resize(1, 1)  # and it cannot be made smaller than they need
    for _ in range(3):
        QApplication.processEvents()
    where = f"{language}, {state}, {dialog.width()}x{dialog.height()}"
    assert check(dialog, language, state) == [], where  # cut, squashed or clipped
    assert list(cut_text(dialog)) == [], where
    assert overlapping(dialog) == [], where
