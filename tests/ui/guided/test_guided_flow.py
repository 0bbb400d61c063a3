"""Guided practices through the app's practice flow: set-up choices, the screen, the outcome."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from mindful_clinic.app import App, build
from mindful_clinic.core.guided.practice import GuidedOptions
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.guided.kind import GuidedKind, variant
from mindful_clinic.ui.guided.setup import GuidedSetup
from mindful_clinic.ui.guided.view import GuidedView
from tests.qt_cleanup import stop_timers
from tests.speech_fakes import FakeSpeaker


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def app(qtbot, clock: ManualClock) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(clock)
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)


def wire(app: App, clock: ManualClock) -> tuple[GuidedKind, FakeSpeaker, dict[str, Any]]:
    """What the lead adds to app.build (see the issue 4 report)."""
    speaker = FakeSpeaker()
    stored: dict[str, Any] = {}
    kind = GuidedKind(clock, speaker, load_choices=lambda: dict(stored), save_choices=stored.update)
    app.flow.kinds["guided"] = kind
    app.flow.checkin_factory = None  # check-ins have their own tests (test_practice_to_log.py)
    return kind, speaker, stored


def test_a_body_scan_from_setup_to_outcome(app: App, clock: ManualClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    _kind, speaker, stored = wire(app, clock)
    assert app.start_practice("body_scan_3")
    setup = app.flow.current_widget
    assert isinstance(setup, GuidedSetup)
    setup.skip_boxes["pelvis"].setChecked(True)
    next(b for b in setup.direction.buttons() if b.property("value") == "head_to_feet").click()
    assert (
        setup.summary_line.text() == "11 steps, 3:00"
    )  # the pelvis time is kept, resting on a neutral place
    setup.start_button.click()
    view = app.flow.current_widget
    assert isinstance(view, GuidedView)
    assert view.body_map is not None and view.plan.steps[1].region == "face_head"
    assert stored["body_scan_3"]["skip_regions"] == ["pelvis"]
    with qtbot.waitSignal(app.flow.finished, timeout=1000) as done:
        for _ in range(180):
            clock.advance(1.0)
            view.refresh()
        app.flow.closing.done_button.click()  # the closing screen: Done
    outcome = done.args[0]
    assert outcome.completed and outcome.practice_id == "body_scan_3"
    assert outcome.planned_s == 180.0 and outcome.actual_s == 180.0
    assert outcome.variant == "head_to_feet,skip_pelvis"
    assert speaker.text() == " ".join(s.speech for s in view.plan.steps)
    # The choices are offered again next time.
    app.start_practice("body_scan_3")
    again = app.flow.current_widget
    assert isinstance(again, GuidedSetup)
    assert again.options().skip_regions == frozenset({"pelvis"})
    assert again.options().direction == "head_to_feet"


def test_stopping_a_self_compassion_break_is_logged_as_not_completed(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    wire(app, clock)
    app.start_practice("self_compassion_break")
    setup = app.flow.current_widget
    assert isinstance(setup, GuidedSetup)
    setup.touch.setCurrentIndex(setup.touch.findData("none"))
    setup.start_button.click()
    view = app.flow.current_widget
    assert isinstance(view, GuidedView)
    clock.advance(50.0)
    view.stop_button.click()
    assert view.is_grounding
    with qtbot.waitSignal(app.flow.finished, timeout=1000) as done:
        view.grounding.continue_button.click()
        app.flow.closing.done_button.click()  # the closing screen: Done
    outcome = done.args[0]
    assert outcome.completed is False and outcome.actual_s == pytest.approx(50.0)
    assert outcome.variant == "no_touch"


def test_setup_shows_only_the_choices_that_change_the_practice(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.core.guided.schema import load_shipped_practices

    practices = {p.id: p for p in load_shipped_practices()}
    lkm = GuidedSetup(practices["loving_kindness_5"])
    qtbot.addWidget(lkm)
    assert not lkm.skip_boxes and set(lkm.focus_boxes) == {
        "loved_one", "self", "colleague_or_team", "everyone"}  # fmt: skip
    for box in lkm.focus_boxes.values():
        box.setChecked(False)
    assert not lkm.start_button.isEnabled()
    assert "at least one" in lkm.problem.text()
    lkm.focus_boxes["self"].setChecked(True)
    assert lkm.start_button.isEnabled()
    with qtbot.waitSignal(lkm.start_requested, timeout=1000) as started:
        lkm.start_button.click()
    assert started.args[0].focus == frozenset({"self"})
    scan = GuidedSetup(practices["body_scan_10"])
    qtbot.addWidget(scan)
    assert len(scan.skip_boxes) == 8 and not scan.focus_boxes
    assert scan.touch.isHidden()
    for box in scan.skip_boxes.values():
        box.setChecked(True)
    assert not scan.start_button.isEnabled()


def test_variant_names_only_what_changes_the_practice() -> None:
    from mindful_clinic.core.guided.schema import load_shipped_practices

    practices = {p.id: p for p in load_shipped_practices()}
    assert variant(practices["stop_1"], GuidedOptions(direction="head_to_feet")) == ""
    lkm = practices["loving_kindness_5"]
    assert variant(lkm, GuidedOptions(focus=frozenset({"loved_one"}))) == (
        "without_self,without_colleague_or_team,without_everyone"
    )


def test_setup_offers_a_copy_of_ones_own_when_the_app_allows_it(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    asked: list[object] = []
    app.flow.kinds["guided"] = GuidedKind(clock, FakeSpeaker(), edit_practice=asked.append)
    app.start_practice("rain_mini")
    setup = app.flow.current_widget
    assert isinstance(setup, GuidedSetup)
    assert setup.edit_button.isVisibleTo(setup)
    assert setup.edit_button.text() == "Make my own version"
    setup.edit_button.click()
    assert [getattr(p, "id", None) for p in asked] == ["rain_mini"]


def test_edit_practice_copies_a_shipped_one_and_edits_ones_own(
    qtbot, monkeypatch, data_dir
) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.core.guided.schema import load_shipped_practices
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore
    from mindful_clinic.ui.guided import practice_editor

    opened: list[str] = []

    def fake_exec(self: practice_editor.PracticeEditorDialog) -> int:
        opened.append(self.practice.id)
        self.save()
        return 1

    monkeypatch.setattr(practice_editor.PracticeEditorDialog, "exec", fake_exec)
    store = CustomPracticeStore(data_dir)
    shipped = {p.id: p for p in load_shipped_practices()}
    saved: list[str] = []
    practice_editor.edit_practice(None, shipped["stop_1"], store, set(shipped), saved.append)
    assert opened == saved == ["custom_stop_one_minute"]
    own = store.get("custom_stop_one_minute")
    assert own is not None
    practice_editor.edit_practice(None, own, store, set(shipped), saved.append)
    assert opened[-1] == "custom_stop_one_minute" and len(store.practices()) == 1
