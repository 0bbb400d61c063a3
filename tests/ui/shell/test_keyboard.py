"""Everything by keyboard: Enter presses the focused button, Tab follows reading order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from mindful_clinic.app.root import App, build
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog
from mindful_clinic.ui.breath.setup import BreathSetup
from tests.qt_cleanup import stop_timers


@pytest.fixture
def app(qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(ManualClock())
    qtbot.addWidget(built.window)
    built.prefs.seen_notices.append("holds_caution")
    built.flow.checkin_factory = None
    built.window.show()
    built.window.activateWindow()
    qtbot.waitUntil(built.window.isActiveWindow, timeout=2000)
    yield built
    stop_timers(built.window, built.qapp)


def press_enter_on(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.wait(250)  # animateClick releases the button a moment later


def test_enter_on_a_rail_button_opens_its_page(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    history = next(b for b in app.window.findChildren(QPushButton) if b.text() == "History")
    press_enter_on(qtbot, history)
    assert app.window.current_page_key() == "history"


def test_enter_on_back_goes_back_instead_of_starting(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    app.start_practice("even_5_5")
    setup = app.flow.current_widget
    assert isinstance(setup, BreathSetup)
    back = next(b for b in setup.findChildren(QPushButton) if b.text() == "Back")
    press_enter_on(qtbot, back)
    assert app.practise.currentWidget() is app.home  # not the pacer


def test_enter_on_stop_stops_the_pacer(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    app.start_practice("even_5_5")
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=60))  # type: ignore[union-attr]
    view = app.flow.current_widget
    assert isinstance(view, PacerView)
    with qtbot.waitSignal(app.flow.finished, timeout=2000) as done:
        press_enter_on(qtbot, view.stop_button)
        if app.flow.closing is not None:
            app.flow.closing.done_button.click()  # the closing screen's Done
    assert done.args[0] is None or done.args[0].completed is False


def test_the_pattern_editor_tabs_through_the_form_before_save(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = PatternEditorDialog(CustomPatternStore(tmp_path), set(), lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.form is not None
    order: list[QWidget] = []
    w: QWidget = dialog.delete_button
    for _ in range(20):
        w = w.nextInFocusChain()
        order.append(w)
    assert order.index(dialog.form.title) < order.index(dialog.save_button)
    assert order.index(dialog.form.kinds[-1]) < order.index(dialog.save_button)
    assert order.index(dialog.save_button) < order.index(dialog.close_button)
    labels = {lbl.buddy(): lbl.text() for lbl in dialog.form.findChildren(QLabel) if lbl.buddy()}
    assert labels[dialog.form.kinds[0]] == "Phase 1"
