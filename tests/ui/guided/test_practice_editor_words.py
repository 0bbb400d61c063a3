"""The practice editor in a longer language: every word of its own translated, nothing clipped.

Uses the pseudo-locale of tests/ui/shell/test_pseudo_locale.py (every string 40 % longer, marked
⟦ ⟧), which opens the main pages only; the editor is a dialog, so it is checked here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mindful_clinic.core.guided.schema import load_shipped_practices
from mindful_clinic.services.guided.custom_practices import CustomPracticeStore
from mindful_clinic.ui.guided.practice_editor import PracticeEditorDialog
from tests.ui.shell.test_pseudo_locale import PseudoTranslator, clipped, showing, untranslated


@pytest.fixture
def pseudo(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_every_word_of_the_editor_is_translated_and_fits(  # type: ignore[no-untyped-def]
    pseudo: None, qtbot, data_dir: Path
) -> None:
    shipped = {p.id: p for p in load_shipped_practices()}
    store = CustomPracticeStore(data_dir)
    dialog = PracticeEditorDialog(store.copy_of(shipped["body_scan_3"], set(shipped)), store)
    qtbot.addWidget(dialog)
    dialog.resize(1120, 680)
    dialog.show()
    qtbot.waitExposed(dialog)
    found: list[str] = []
    with_anchor = next(i for i, s in enumerate(dialog.steps) if "{anchor}" in s.spoken)
    for row in (0, with_anchor):
        dialog.step_list.select(row)
        content = [dialog.preview.shown.text(), dialog.preview.said.text()]

        def problems(where: int = row, data: list[str] = content) -> list[str]:
            out = []
            for w in showing(dialog):
                if untranslated(w.text(), data):
                    out.append(f"step {where + 1}: untranslated {w.text()!r}")
                elif clipped(w):
                    out.append(f"step {where + 1}: clipped {w.text()[:60]!r}")
            return out

        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda p=problems: not p(), timeout=1000)  # type: ignore[misc]
        found += problems()
    assert found == []
    assert "[⟦your anchor~~~~~⟧]" in dialog.form.spoken.toPlainText()  # the choice in the language
    assert "{anchor}" in dialog.steps[with_anchor].spoken
