"""The practice editor: copy a shipped practice, change steps and words, never save an invalid one.

A person sees the choices in the words by name ("[your anchor]"), inserts them from a menu, sees
the step as the practice will say it, and what is stored keeps the file's own ``{anchor}``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from mindful_clinic.core.guided.practice import GuidedOptions
from mindful_clinic.core.guided.schema import load_shipped_practices
from mindful_clinic.services.guided.custom_practices import FILE_NAME, CustomPracticeStore
from mindful_clinic.ui.guided.practice_editor import PracticeEditorDialog
from tests.heard import (
    buttons_renamed,
    heard,
    keyboard_problems,
    labels_hiding_text,
    unnamed_controls,
)

SHIPPED = {p.id: p for p in load_shipped_practices()}
FEET = GuidedOptions(anchor="feet", posture="stand")


def editor(qtbot, data_dir: Path, pid: str = "stop_1", options: GuidedOptions | None = FEET):  # type: ignore[no-untyped-def]
    store = CustomPracticeStore(data_dir)
    dialog = PracticeEditorDialog(store.copy_of(SHIPPED[pid], set(SHIPPED)), store, None, options)
    qtbot.addWidget(dialog)
    return dialog, store


def shown(qtbot, dialog: PracticeEditorDialog) -> None:  # type: ignore[no-untyped-def]
    """On screen and active, as for a person at the keyboard."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)


def tab_until(qtbot, dialog: PracticeEditorDialog, target: QWidget, most: int = 20) -> int:  # type: ignore[no-untyped-def]
    """Press Tab until ``target`` has the focus; returns how many presses it took."""
    for n in range(1, most + 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is target:
            return n
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def choose_from_menu(qtbot, button: QAbstractButton, starts: str) -> None:  # type: ignore[no-untyped-def]
    """Open the button's menu with Space and pick the entry starting with ``starts`` by keyboard."""
    menu = button.findChild(QMenu)
    assert menu is not None
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    seen: list[str] = []
    for _ in range(len(menu.actions())):
        QTest.keyClick(menu, Qt.Key.Key_Down)
        active = menu.activeAction()
        seen.append(active.text() if active else "")
        if seen[-1].startswith(starts):
            QTest.keyClick(menu, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
            return
    raise AssertionError(f"no {starts!r} in {seen}")


def visible_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out += [w.toPlainText(), w.placeholderText()]
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
    return out


def test_a_person_inserts_their_anchor_by_keyboard_sees_it_and_saves(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    dialog, store = editor(qtbot, data_dir)
    shown(qtbot, dialog)
    form = dialog.form
    assert QApplication.focusWidget() is dialog.step_list.view  # the steps come first
    QTest.keyClick(dialog.step_list.view, Qt.Key.Key_Down)
    assert form.heading.text() == "Step 2 of 4" and form.title.text() == "T: Take a breath"
    assert "[your anchor]" in form.caption.toPlainText()  # never {anchor}

    tab_until(qtbot, dialog, form.caption)
    QTest.keyClick(form.caption, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(form.caption, "Breathe out slowly and come to ")
    QTest.keyClick(form.caption, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.caption_insert
    choose_from_menu(qtbot, form.caption_insert, "Your anchor")
    assert QApplication.focusWidget() is form.caption  # back in the words, after the choice
    QTest.keyClicks(form.caption, ".")

    assert form.caption.toPlainText() == "Breathe out slowly and come to [your anchor]."
    assert dialog.preview.shown.text() == (
        "Breathe out slowly and come to the contact of your feet with the floor."
    )
    assert not [t for t in visible_texts(dialog) if "{" in t]
    assert dialog.model.data(dialog.model.index(1)) == "2 · T: Take a breath · 0:15"
    assert dialog.save_button.isEnabled(), dialog.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    practice = store.get(saved.args[0])
    assert practice is not None
    assert practice.steps[1].caption == "Breathe out slowly and come to {anchor}."
    assert practice.steps[1].spoken == SHIPPED["stop_1"].steps[1].spoken  # untouched
    assert "come to {anchor}." in (data_dir / FILE_NAME).read_text(encoding="utf-8")


def test_opening_and_saving_every_step_unchanged_stores_the_same_words(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    """Every step's words go through the boxes (a letter typed, then taken back) and come out the
    same, brackets, choices and all."""
    for pid in ("body_scan_3", "self_compassion_break", "stop_1"):
        dialog, _store = editor(qtbot, data_dir, pid)
        for row in range(dialog.model.rowCount()):
            dialog.step_list.select(row)
            for box in (dialog.form.caption, dialog.form.spoken):
                if box.isReadOnly():
                    continue
                box.moveCursor(box.textCursor().MoveOperation.End)
                QTest.keyClicks(box, "x")
                QTest.keyClick(box, Qt.Key.Key_Backspace)
        assert dialog.steps == list(dialog.practice.steps), pid


def test_the_same_words_spoken_as_shown(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, store = editor(qtbot, data_dir)
    form = dialog.form
    dialog.step_list.select(2)
    form.same.setChecked(True)
    assert form.spoken.isReadOnly() and not form.spoken_insert.isEnabled()
    form.caption.setPlainText("Just noticing, [your posture].")
    assert form.spoken.toPlainText() == "Just noticing, [your posture]."
    assert dialog.preview.said.text() == "Just noticing, standing, with your knees soft."
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    step = store.get(saved.args[0]).steps[2]  # type: ignore[union-attr]
    assert step.caption == step.spoken == "Just noticing, {posture}."
    dialog, _store = editor(qtbot, data_dir)  # opened again: a step whose words differ
    assert not dialog.form.same.isChecked() and not dialog.form.spoken.isReadOnly()


def test_backspace_after_a_choice_removes_all_of_it(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, _store = editor(qtbot, data_dir)
    box = dialog.form.caption
    box.setPlainText("Rest on [your anchor]")
    box.moveCursor(box.textCursor().MoveOperation.End)
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    assert box.toPlainText() == "Rest on "
    box.setPlainText("[see notes] here")
    box.moveCursor(box.textCursor().MoveOperation.Start)
    QTest.keyClick(box, Qt.Key.Key_Delete)  # not a choice: one character goes, as usual
    assert box.toPlainText() == "see notes] here"


def test_invalid_edits_are_explained_inline_and_never_saved(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, _store = editor(qtbot, data_dir)
    dialog.step_list.select(2)
    caption = dialog.form.caption
    caption.setPlainText("")
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text() == "Step 3, on-screen words: is required"
    caption.setPlainText("Hello {name}")
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text().startswith("Step 3, on-screen words: curly brackets")
    assert "{" not in dialog.message.text() and "{" not in dialog.preview.shown.text()
    caption.setPlainText("Noticing [what is here].")  # brackets of one's own are fine
    assert dialog.save_button.isEnabled()
    assert dialog.steps[2].caption == "Noticing [what is here]."
    dialog.lengths.setText("soon")
    assert not dialog.save_button.isEnabled() and dialog.message.text().startswith("Lengths")
    dialog.lengths.setText("0.01")
    assert not dialog.save_button.isEnabled() and "too short" in dialog.message.text()
    dialog.save()  # even called directly, nothing is written
    assert not (data_dir / FILE_NAME).exists()


def test_timing_and_lengths_are_kept_and_the_list_shows_each_steps_time(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    dialog, store = editor(qtbot, data_dir)
    dialog.step_list.select(1)
    form = dialog.form
    form.timing.setCurrentIndex(form.timing.findData("seconds"))
    form.amount.setValue(12)
    dialog.title.setText("Our ward's STOP")
    dialog.lengths.setText("1, 2")
    assert dialog.model.data(dialog.model.index(1)) == "2 · T: Take a breath · 0:12"
    assert dialog.save_button.isEnabled(), dialog.message.text()
    assert "lengths 1:00, 2:00" in dialog.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    practice = store.get(saved.args[0])
    assert practice is not None and practice.title == "Our ward's STOP"
    assert practice.steps[1].seconds == 12 and practice.steps[1].weight is None
    plan = practice.plan()
    assert plan.total_ms == 60_000 and plan.steps[1].duration_ms == 12_000
    assert practice.plan(type(plan.options)(length_s=120)).total_ms == 120_000


def test_add_duplicate_move_remove_and_undo(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, _store = editor(qtbot, data_dir, "body_scan_3")
    shipped = [s.id for s in SHIPPED["body_scan_3"].steps]
    steps = dialog.step_list
    ids = lambda: [s.id for s in dialog.steps]  # noqa: E731
    steps.select(0)
    steps.add_button.click()
    assert len(dialog.steps) == len(shipped) + 1 and steps.current_row == 1
    assert dialog.form.title.text() == "New step"
    assert not dialog.save_button.isEnabled()  # the new step has no words yet
    dialog.form.caption.setPlainText("Noticing the hands resting.")
    dialog.form.region.setCurrentIndex(dialog.form.region.findData("hands_arms"))
    assert dialog.save_button.isEnabled(), dialog.message.text()
    assert dialog.steps[1].region == "hands_arms"
    steps.down_button.click()
    assert dialog.steps[2].caption == "Noticing the hands resting." and steps.current_row == 2
    assert dialog.form.heading.text().startswith("Step 3 of")  # the form follows its step
    steps.duplicate_button.click()
    assert dialog.steps[3].caption == "Noticing the hands resting."
    assert dialog.steps[3].id != dialog.steps[2].id
    steps.undo_button.click()  # the copy goes
    steps.remove_button.click()  # and the new step
    assert ids() == shipped
    assert steps.undo_button.isEnabled()
    steps.undo_button.click()  # removing it is undone: back with its words, where it was
    assert dialog.steps[2].caption == "Noticing the hands resting."
    assert dialog.form.caption.toPlainText() == "Noticing the hands resting."
    # by keyboard in the list: Delete removes, Ctrl+Z brings it back, Alt+Up moves
    shown(qtbot, dialog)
    steps.view.setFocus()
    QTest.keyClick(steps.view, Qt.Key.Key_Delete)
    assert ids() == shipped
    QTest.keyClick(steps.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.steps) == len(shipped) + 1 and steps.current_row == 2
    QTest.keyClick(steps.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.steps[1].caption == "Noticing the hands resting."
    steps.select(0)
    assert not steps.up_button.isEnabled() and steps.down_button.isEnabled()


def test_a_removed_steps_name_is_never_given_to_a_new_one(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, _store = editor(qtbot, data_dir)
    steps = dialog.step_list
    steps.select(3)
    steps.add_button.click()
    added = dialog.steps[4].id
    steps.remove_button.click()
    steps.add_button.click()
    steps.undo_stack.undo()
    steps.undo_stack.undo()  # the first new step is back beside the second
    assert len({s.id for s in dialog.steps}) == len(dialog.steps) and added in {
        s.id for s in dialog.steps
    }


def test_tab_follows_the_page_and_save_comes_last(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, _store = editor(qtbot, data_dir)
    shown(qtbot, dialog)
    order: list[QWidget] = []
    widget = dialog.step_list.view
    widget.setFocus()
    for _ in range(40):
        order.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is dialog.step_list.view:
            break
    form = dialog.form
    expected = [dialog.step_list.view, form.title, form.caption, form.caption_insert, form.same,
                form.spoken, form.spoken_insert, form.timing, form.amount, form.region,
                dialog.preview.shown, dialog.preview.said, dialog.save_button]  # fmt: skip
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions)
    assert order.index(dialog.cancel_button) > order.index(dialog.preview.said)
    assert order.index(dialog.title) > order.index(dialog.save_button)  # the top, after a wrap


def test_no_choice_is_ever_shown_raw_and_every_control_is_named(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    for pid in SHIPPED:
        dialog, _store = editor(qtbot, data_dir, pid, None)
        dialog.show()
        for row in range(dialog.model.rowCount()):
            dialog.step_list.select(row)
            assert not [t for t in visible_texts(dialog) if "{" in t or "}" in t], (pid, row)
        dialog.close()
    assert unnamed_controls(dialog) == [] and labels_hiding_text(dialog) == []
    dialog.show()
    assert keyboard_problems(dialog) == [] and buttons_renamed(dialog) == []


def test_a_copy_of_a_practice_with_a_script_per_length_saves_as_one_script(
    qtbot, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Shipped practices have a script per length; your edited steps serve every length you keep."""
    assert SHIPPED["self_compassion_break"].scripts  # the case this test is about
    dialog, store = editor(qtbot, data_dir, "self_compassion_break")
    dialog.lengths.setText("3")  # one length dropped of the shipped three
    assert dialog.save_button.isEnabled(), dialog.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    practice = store.get(saved.args[0])
    assert practice is not None and practice.durations_s == (180,)
    assert not practice.scripts
    assert [s.id for s in practice.steps] == [s.id for s in SHIPPED["self_compassion_break"].steps]
    stored = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert stored  # written as the store keeps it


def test_a_screen_reader_hears_the_preview_as_the_chosen_steps_with_the_choices_filled_in(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    """Tab reaches the preview's two texts after the form: each is named as the preview of the
    chosen step, with its words as shown (label in name), and says the choices are filled in."""
    from PySide6.QtGui import QAccessible

    dialog, _store = editor(qtbot, data_dir)
    preview = dialog.preview
    dialog.step_list.select(1)
    said = preview.said.text()
    assert heard(preview.shown) == f"Preview of T: Take a breath, on screen: {preview.shown.text()}"
    assert heard(preview.said) == f"Preview of T: Take a breath, said: {said}"
    for label in (preview.shown, preview.said):
        description = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Description)
        assert description.endswith("with your current choices filled in"), description
    dialog.form.caption.setPlainText("Come to [your anchor], 100%2 here.")  # the name follows
    assert heard(preview.shown) == (
        "Preview of T: Take a breath, on screen: "
        "Come to the contact of your feet with the floor, 100%2 here."
    )
    assert labels_hiding_text(dialog) == []
