"""Home screen time choices and favourites; the pattern editor's validation."""

from __future__ import annotations

import json

from mindful_clinic.app import build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog


def test_time_choices_filter_the_library(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    everything = set(app.home.visible_ids())
    assert {"box_4444", "weil_478", "resonance_5_5"} <= everything
    app.home.set_time_choice(10.0)
    assert "weil_478" not in app.home.visible_ids()  # 4-7-8 never lasts ten minutes
    assert "resonance_5_5" in app.home.visible_ids()
    app.home.set_time_choice(1.0)
    assert "weil_478" in app.home.visible_ids()


def test_favourites_go_on_top_and_are_remembered(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    card = next(c for c in app.home.cards if c.entry.id == "cyclic_sigh")
    card.star.click()
    assert app.home.sections()[0][0] == "favourites"
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["app"]["favourites"] == ["cyclic_sigh"]


def test_a_25_second_hold_is_refused_with_a_message(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    store = CustomPatternStore(data_dir)
    dialog = PatternEditorDialog(store, set(), lambda: None)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form is not None
    form.kinds[2].setCurrentIndex(form.kinds[2].findData("hold"))
    form.seconds[2].setValue(25)
    assert "up to 20 seconds" in form.error.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.save() is False
    assert store.patterns() == []


def test_patterns_are_created_duplicated_and_deleted(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    changed: list[int] = []
    store = CustomPatternStore(data_dir)
    dialog = PatternEditorDialog(store, {"box_4444"}, lambda: changed.append(1))
    qtbot.addWidget(dialog)
    assert dialog.form is not None
    dialog.form.title.setText("Gentle 3 and 5")
    dialog.form.seconds[0].setValue(3)
    dialog.form.seconds[1].setValue(5)
    assert dialog.save()
    dialog.duplicate()
    titles = sorted(p.title for p in CustomPatternStore(data_dir).patterns())
    assert titles == ["Gentle 3 and 5", "Gentle 3 and 5 (copy)"]
    assert not dialog.undo_button.isVisibleTo(dialog)
    deleted = dialog.list.currentItem().text()
    dialog.delete(confirm=False)
    assert len(CustomPatternStore(data_dir).patterns()) == 1
    assert len(changed) == 3  # saved, duplicated, deleted: the library follows each
    assert dialog.undo_button.isVisibleTo(dialog) and deleted in dialog.undo_label.text()
    dialog.undo_button.click()  # changed their mind: the pattern is back, as it was
    assert sorted(p.title for p in CustomPatternStore(data_dir).patterns()) == titles
    assert dialog.list.currentItem().text() == deleted
    assert not dialog.undo_button.isVisibleTo(dialog) and len(changed) == 4


def test_inhale_and_exhale_must_last(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog = PatternEditorDialog(CustomPatternStore(data_dir), set(), lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.form is not None
    dialog.form.seconds[1].setValue(0)
    assert "breath out" in dialog.form.error.text()


def test_custom_patterns_appear_on_the_home_screen(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    store = app.custom_patterns
    assert store is not None
    dialog = PatternEditorDialog(store, set(), app.reload_library)
    qtbot.addWidget(dialog)
    assert dialog.form is not None
    dialog.form.title.setText("Calm four six")
    dialog.save()
    assert "custom_calm_four_six" in app.home.visible_ids()
