"""Start now from a reminder: the suggested practice at the suggested length, no set-up page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from mindful_clinic.app.root import App, build
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.log.checkin import CheckInWidget
from tests.qt_cleanup import stop_timers


@pytest.fixture
def app(qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(ManualClock(datetime(2026, 11, 24, 13, 55, tzinfo=UTC)))
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)


def test_start_now_goes_to_the_before_rating_then_the_practice_at_the_suggested_length(
    app: App,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    entry = app.catalog.catalog.get("even_5_5")
    assert entry is not None
    assert app.flow.start_now(entry, 120)
    before = app.flow.current_widget
    assert isinstance(before, CheckInWidget)  # not the set-up page
    qtbot.keyClick(before, Qt.Key.Key_5)
    assert isinstance(app.flow.current_widget, PacerView)
    assert app.flow.prepared is not None
    assert app.flow.prepared.session.planned_s == pytest.approx(120, abs=10)
    assert app.flow.entry is entry


def test_start_now_does_not_change_the_user_s_usual_length(app: App) -> None:
    entry = app.catalog.catalog.get("even_5_5")
    assert entry is not None
    app.flow.start_now(entry, 120)
    assert app.prefs.choice_for("even_5_5", 300).duration_s != 120


@pytest.mark.parametrize(
    "stored",
    [
        None,
        PracticeChoice(duration_s=420, holds=False, tempo=1.4, mode="self_paced", breaths=9),
        PracticeChoice(duration_s=180, holds=True, tempo=0.8, mode="paced", breaths=8),
    ],
)
def test_start_now_uses_what_the_set_up_screen_would_have_offered(
    app: App,
    qtbot,  # type: ignore[no-untyped-def]
    stored: PracticeChoice | None,
) -> None:
    """Start now reads the usual choice without building the set-up screen, and gets the same."""
    from mindful_clinic.ui.breath.kind import BreathKind

    kind = app.breath_kind()
    assert isinstance(kind, BreathKind)
    for entry in app.catalog.catalog.entries():
        if entry.kind != "breath":
            continue
        if stored is not None:
            app.prefs.remember(entry.id, stored)
        setup = kind.setup_widget(entry)
        qtbot.addWidget(setup)
        assert kind.usual_choice(entry) == setup.choice(), entry.id


@pytest.mark.qt_log_ignore("text-to-speech plug-in")  # a machine without speech: captions only
@pytest.mark.parametrize(("asked", "offered"), [(150, 120), (200, 180), (60, 120), (9999, 300)])
def test_start_now_takes_a_guided_practice_straight_to_its_nearest_written_length(
    app: App,
    qtbot,  # type: ignore[no-untyped-def]
    asked: int,
    offered: int,
) -> None:
    """A guided practice starts as a breathing one does (``--start``, a reminder's Start now), at
    the length with words written for it nearest the one asked for (120, 180 or 300 s here)."""
    from mindful_clinic.ui.guided.view import GuidedView

    entry = app.catalog.catalog.get("self_compassion_break")
    assert entry is not None
    assert app.flow.start_now(entry, asked)
    before = app.flow.current_widget
    assert isinstance(before, CheckInWidget)  # not the set-up page
    qtbot.keyClick(before, Qt.Key.Key_5)
    assert isinstance(app.flow.current_widget, GuidedView)
    assert app.flow.prepared is not None
    assert app.flow.prepared.session.planned_s == pytest.approx(offered)
