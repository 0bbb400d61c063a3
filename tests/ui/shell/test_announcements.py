"""What a screen reader is told without moving focus: each breathing phase and guided step, once."""

from __future__ import annotations

from mindful_clinic.app.root import App
from mindful_clinic.core.guided.schema import load_shipped_practices
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.guided.view import GuidedView
from mindful_clinic.ui.shell.quiet_progress import QuietProgressBar
from tests.speech_fakes import FakeSpeaker


def run_pacer(app: App, clock: ManualClock, seconds: float) -> PacerView:
    assert app.start_practice("box_4444")
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=60))  # type: ignore[union-attr]
    view = app.flow.current_widget
    assert isinstance(view, PacerView)
    for _ in range(int(seconds * 30)):  # drawn 30 times a second, as the real pacer is
        clock.advance(1 / 30)
        view.refresh()
    return view


def test_each_breathing_phase_is_announced_once_as_it_begins(app: App, clock: ManualClock) -> None:
    view = run_pacer(app, clock, 16.5)
    assert list(view.announcer.said) == [
        "Breathe in", "Hold gently", "Breathe out", "Rest", "Breathe in",
    ]  # fmt: skip


def test_a_paused_pacer_says_paused_once_and_nothing_more(app: App, clock: ManualClock) -> None:
    view = run_pacer(app, clock, 1.0)
    view.toggle_pause()
    for _ in range(100):
        clock.advance(0.1)
        view.refresh()
    assert list(view.announcer.said) == ["Breathe in", "Paused"]


def test_phase_announcements_can_be_switched_off_in_settings(app: App, clock: ManualClock) -> None:
    app.window.show_page("settings")
    general = app.settings_page.content.section(0)  # type: ignore[attr-defined]
    assert general.announce_phases.isChecked()
    general.announce_phases.setChecked(False)
    assert app.prefs.announce_phases is False
    assert app.settings.section("app")["announce_phases"] is False
    app.window.show_page("practise")
    view = run_pacer(app, clock, 9.0)
    assert view.phase_word.text() == "Breathe out"  # the words still change on screen
    assert list(view.announcer.said) == []


def test_each_guided_step_is_announced_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = next(p for p in load_shipped_practices() if p.id == "body_scan_3").plan()
    clock = ManualClock()
    view = GuidedView(PracticeSession(plan.timeline(), clock), plan, FakeSpeaker(), clock)
    qtbot.addWidget(view)
    view.begin()
    for _ in range(180 * 4):
        clock.advance(0.25)
        view.refresh()
    # The voice reads the words aloud, so the screen reader hears the step's title alone.
    assert list(view.announcer.said) == [s.title for s in plan.steps]
    view.set_voice(False)
    view.announcer.said.clear()
    view.announcer.reset()
    view._show_step(plan.steps[1])
    assert list(view.announcer.said) == [f"{plan.steps[1].title}. {plan.steps[1].caption}"]


def test_a_progress_bar_moves_smoothly_but_tells_its_value_in_steps(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = QuietProgressBar(steps=4)
    qtbot.addWidget(bar)
    values: list[int] = []
    bar.valueChanged.connect(values.append)
    for i in range(1, 121):  # four seconds at 30 frames a second
        bar.set_fraction(i / 120)
    assert bar.fraction == 1.0
    assert values == [1, 2, 3, 4]
