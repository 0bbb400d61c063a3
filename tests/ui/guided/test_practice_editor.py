"""The practice editor: copy a shipped practice, change steps and words, never save an invalid one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from mindful_clinic.core.guided.schema import load_shipped_practices
from mindful_clinic.services.guided.custom_practices import FILE_NAME, CustomPracticeStore
from mindful_clinic.ui.guided.practice_editor import (
    AMOUNT,
    CAPTION,
    REGION,
    TIMING,
    PracticeEditorDialog,
)

SHIPPED = {p.id: p for p in load_shipped_practices()}


def editor(qtbot, data_dir: Path, pid: str = "stop_1"):  # type: ignore[no-untyped-def]
    store = CustomPracticeStore(data_dir)
    dialog = PracticeEditorDialog(store.copy_of(SHIPPED[pid], set(SHIPPED)), store)
    qtbot.addWidget(dialog)
    return dialog, store


def test_editing_words_and_timing_then_saving(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, store = editor(qtbot, data_dir)
    assert dialog.save_button.isEnabled()
    assert dialog.table.rowCount() == 4
    dialog.table.item(0, CAPTION).setText("Pause. Put the pen down.")
    amount = dialog.table.cellWidget(1, AMOUNT)
    timing = dialog.table.cellWidget(1, TIMING)
    assert isinstance(amount, QDoubleSpinBox) and isinstance(timing, QComboBox)
    timing.setCurrentIndex(timing.findData("seconds"))
    amount.setValue(12)
    dialog.title.setText("Our ward's STOP")
    dialog.lengths.setText("1, 2")
    assert dialog.save_button.isEnabled(), dialog.message.text()
    assert "lengths 1:00, 2:00" in dialog.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    practice = store.get(saved.args[0])
    assert practice is not None and practice.title == "Our ward's STOP"
    assert practice.steps[0].caption == "Pause. Put the pen down."
    assert practice.steps[1].seconds == 12 and practice.steps[1].weight is None
    plan = practice.plan()
    assert plan.total_ms == 60_000 and plan.steps[1].duration_ms == 12_000
    assert practice.plan(type(plan.options)(length_s=120)).total_ms == 120_000


def test_invalid_edits_are_explained_inline_and_never_saved(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, _store = editor(qtbot, data_dir)
    dialog.table.item(2, CAPTION).setText("")
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text() == "Step 3, on-screen words: is required"
    dialog.table.item(2, CAPTION).setText("Hello {name}")
    assert "Step 3, on-screen words: {name} is not a choice" in dialog.message.text()
    dialog.table.item(2, CAPTION).setText("Noticing.")
    assert dialog.save_button.isEnabled()
    dialog.lengths.setText("soon")
    assert not dialog.save_button.isEnabled() and dialog.message.text().startswith("Lengths")
    dialog.lengths.setText("0.01")
    assert not dialog.save_button.isEnabled() and "too short" in dialog.message.text()
    dialog.save()  # even called directly, nothing is written
    assert not (data_dir / FILE_NAME).exists()


def test_add_move_remove_steps_and_regions(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, _store = editor(qtbot, data_dir, "body_scan_3")
    n = dialog.table.rowCount()
    dialog.table.setCurrentCell(0, 0)
    dialog.add_step()
    assert dialog.table.rowCount() == n + 1
    assert not dialog.save_button.isEnabled()  # the new step has no words yet
    dialog.table.item(1, CAPTION).setText("Noticing the hands resting.")
    region = dialog.table.cellWidget(1, REGION)
    assert isinstance(region, QComboBox)
    region.setCurrentIndex(region.findData("hands_arms"))
    assert dialog.save_button.isEnabled(), dialog.message.text()
    assert dialog.steps[1].region == "hands_arms"
    dialog.table.setCurrentCell(1, 0)
    dialog.move_step(1)
    assert dialog.steps[2].caption == "Noticing the hands resting."
    dialog.table.setCurrentCell(2, 0)
    dialog.remove_step()
    assert [s.id for s in dialog.steps] == [s.id for s in SHIPPED["body_scan_3"].steps]


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


def test_every_list_in_the_steps_table_is_named_by_a_label(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.shell.test_accessibility import keyboard_problems

    dialog, _store = editor(qtbot, data_dir)
    dialog.show()
    assert keyboard_problems(dialog) == []
    combos = dialog.table.viewport().findChildren(QComboBox)
    assert combos
    dialog._fill()  # refilled (a step added or removed): still one label each, none left over
    qtbot.wait(10)
    assert keyboard_problems(dialog) == []
