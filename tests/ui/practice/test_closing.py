"""A quiet moment at the end: what was done, Done, Again and a note; never praise, never a score."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from mindful_clinic.app.root import App, build
from mindful_clinic.core.log.outcome import PracticeOutcome
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.home.view import HomeView
from mindful_clinic.ui.log.checkin import CheckInWidget
from mindful_clinic.ui.practice.closing import ClosingScreen, practice_words
from mindful_clinic.ui.reflect.prompt import ReflectionPrompt
from tests.qt_cleanup import stop_timers

PRAISE = ("well done", "great", "good job", "better", "improv", "worse", "-3", "+", "%")


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


def practise_a_minute(app: App, clock: ManualClock, qtbot, before: Qt.Key, after: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    app.start_practice("resonance_5_5")
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=176))  # type: ignore[union-attr]
    qtbot.keyClick(app.flow.current_widget, before)
    pacer = app.flow.current_widget
    assert isinstance(pacer, PacerView)
    clock.advance(176.0)
    pacer.refresh()
    checkin = app.flow.current_widget
    assert isinstance(checkin, CheckInWidget)
    qtbot.keyClick(checkin, after)
    qtbot.keyClick(checkin, Qt.Key.Key_Return)


def test_the_closing_screen_says_what_was_done_and_never_scores_it(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    practise_a_minute(app, clock, qtbot, Qt.Key.Key_6, Qt.Key.Key_4)
    closing = app.flow.current_widget
    assert isinstance(closing, ClosingScreen)
    assert app.practise.currentWidget() is closing
    assert closing.summary.text() == "3 minutes of slow, even breathing · 6 → 4"
    assert closing.summary.accessibleName() == (
        "3 minutes of slow, even breathing. Stress 6 before, 4 after."
    )
    words = " ".join(w.text().lower() for w in (closing.summary, closing.quiet, closing.written))
    assert not [p for p in PRAISE if p in words]
    assert not closing.note_button.isVisible()  # the after-rating asked for a note already
    assert len(app.log.store.all()) == 0  # recorded as the screen is left
    with qtbot.waitSignal(app.flow.finished) as done:
        closing.done_button.click()
    assert done.args[0].stress_after == 4
    # Home comes back, after the optional one-line reflection a rated practice may offer (#19).
    assert isinstance(app.practise.currentWidget(), HomeView | ReflectionPrompt)
    assert len(app.log.store.all()) == 1


def test_again_records_this_one_and_starts_the_same_practice_at_the_same_length(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    practise_a_minute(app, clock, qtbot, Qt.Key.Key_5, Qt.Key.Key_3)
    closing = app.flow.current_widget
    assert isinstance(closing, ClosingScreen)
    closing.again_button.click()
    assert len(app.log.store.all()) == 1
    assert isinstance(
        app.flow.current_widget, CheckInWidget
    )  # the before-rating, then the practice
    assert app.practise.currentWidget() is app.flow.current_widget
    qtbot.keyClick(app.flow.current_widget, Qt.Key.Key_Escape)
    pacer = app.flow.current_widget
    assert isinstance(pacer, PacerView) and pacer.pattern.id == "resonance_5_5"
    assert pacer.session.planned_s == pytest.approx(176, abs=1)


def test_without_check_ins_the_closing_screen_offers_a_note_that_is_kept(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    app.flow.checkin_factory = None
    app.prefs.seen_notices.append("holds_caution")
    app.start_practice("box_4444")
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=64))  # type: ignore[union-attr]
    clock.advance(30.0)
    qtbot.keyClick(app.flow.current_widget, Qt.Key.Key_Escape)  # stopped early: no judgement
    closing = app.flow.current_widget
    assert isinstance(closing, ClosingScreen)
    assert closing.summary.text() == "30 seconds of box breathing"
    assert closing.note_button.isVisible()
    closing.note_button.click()
    assert closing.note_edit.isVisible() and not closing.note_button.isVisible()
    qtbot.keyClicks(closing.note_edit, "between two patients")
    with qtbot.waitSignal(app.flow.finished):
        qtbot.keyClick(closing.note_edit, Qt.Key.Key_Return)
    (record,) = app.log.store.all()
    assert record.note == "between two patients"


def test_quitting_on_the_closing_screen_still_records_the_practice(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    practise_a_minute(app, clock, qtbot, Qt.Key.Key_7, Qt.Key.Key_5)
    assert isinstance(app.flow.current_widget, ClosingScreen)
    app.flow.settle()  # what quitting or going elsewhere does (app/practice.py)
    assert [r.stress_after for r in app.log.store.all()] == [5]
    app.flow.settle()  # nothing twice
    assert len(app.log.store.all()) == 1


def test_titles_read_inside_a_sentence() -> None:
    assert practice_words("Slow, even breathing") == "slow, even breathing"
    assert practice_words("Body scan, 3 minutes") == "body scan"
    assert practice_words("RAIN, a short version") == "RAIN, a short version"
    assert practice_words("4-7-8 breath") == "4-7-8 breath"


def outcome_of(title: str, seconds: float) -> PracticeOutcome:
    moment = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    return PracticeOutcome(
        "p", title, moment, moment, seconds, seconds, True, stress_before=6, stress_after=4
    )


@pytest.fixture
def in_german(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from mindful_clinic.services.i18n.language import load_translators

    qapp = QApplication.instance()
    translators = load_translators("de", qapp)  # type: ignore[arg-type]
    assert translators, "mindful_clinic_de.qm is missing: run scripts/build_translations.sh"
    for t in translators:
        qapp.installTranslator(t)  # type: ignore[union-attr]
    try:
        yield
    finally:
        for t in translators:
            qapp.removeTranslator(t)  # type: ignore[union-attr]


def test_english_lower_cases_the_title_inside_the_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    closing = ClosingScreen(outcome_of("Slow, even breathing", 180), offer_note=False)
    qtbot.addWidget(closing)
    assert closing.summary.text() == "3 minutes of slow, even breathing · 6 → 4"
    assert closing.summary.accessibleName() == (
        "3 minutes of slow, even breathing. Stress 6 before, 4 after."
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Atemübung", "Atemübung · 3 Minuten · 6 → 4"),
        ("Langsames, gleichmäßiges Atmen", "Langsames, gleichmäßiges Atmen · 3 Minuten · 6 → 4"),
        ("Body-Scan, 3 Minuten", "Body-Scan · 3 Minuten · 6 → 4"),  # the length said once
    ],
)
def test_german_never_lower_cases_the_title(
    in_german: None, qtbot, title: str, summary: str
) -> None:  # type: ignore[no-untyped-def]
    """Not "3 Minuten atemübung": German nouns keep their capital, so the title keeps its case
    and starts the line."""
    closing = ClosingScreen(outcome_of(title, 180), offer_note=False)
    qtbot.addWidget(closing)
    assert closing.summary.text() == summary
    spoken = closing.summary.accessibleName()
    assert spoken.startswith(summary.split(" · ")[0] + ", 3 Minuten.")
    assert title.split(",")[0] in spoken


def ended(title: str, seconds: float, *, completed: bool = True) -> PracticeOutcome:
    outcome = outcome_of(title, seconds)
    outcome.completed = completed
    return outcome


@pytest.mark.parametrize(
    ("outcome", "summary", "spoken"),
    [
        (
            ended("One-minute breathing space", 60),
            "One-minute breathing space · 6 → 4",
            "One-minute breathing space. Stress 6 before, 4 after.",
        ),
        (
            ended("Three-minute breathing space", 180),
            "Three-minute breathing space · 6 → 4",
            "Three-minute breathing space. Stress 6 before, 4 after.",
        ),
        (  # a length at the end is left out of the sentence, in words as in figures
            ended("STOP, one minute", 60),
            "1 minute of STOP · 6 → 4",
            "1 minute of STOP. Stress 6 before, 4 after.",
        ),
        (  # stopped early: how long it really ran is news
            ended("One-minute breathing space", 40, completed=False),
            "40 seconds of one-minute breathing space · 6 → 4",
            "40 seconds of one-minute breathing space. Stress 6 before, 4 after.",
        ),
    ],
)
def test_a_title_that_names_its_length_is_not_said_twice(
    qtbot, outcome: PracticeOutcome, summary: str, spoken: str
) -> None:  # type: ignore[no-untyped-def]
    """Not "1 minute of one-minute breathing space": the title already says how long it was."""
    closing = ClosingScreen(outcome, offer_note=False)
    qtbot.addWidget(closing)
    assert closing.summary.text() == summary
    assert closing.summary.accessibleName() == spoken


@pytest.mark.parametrize(
    ("title", "seconds", "summary", "spoken"),
    [
        (
            "Drei-Minuten-Atempause",
            180,
            "Drei-Minuten-Atempause · 6 → 4",
            "Drei-Minuten-Atempause. Stress vorher 6, nachher 4.",
        ),
        (
            "Atempause in einer Minute",
            60,
            "Atempause in einer Minute · 6 → 4",
            "Atempause in einer Minute. Stress vorher 6, nachher 4.",
        ),
        ("STOPP, eine Minute", 60, "STOPP · 1 Minute · 6 → 4", "STOPP, 1 Minute."),
    ],
)
def test_german_titles_that_name_their_length_are_not_said_twice(
    in_german: None, qtbot, title: str, seconds: int, summary: str, spoken: str
) -> None:  # type: ignore[no-untyped-def]
    closing = ClosingScreen(ended(title, seconds), offer_note=False)
    qtbot.addWidget(closing)
    assert closing.summary.text() == summary
    assert closing.summary.accessibleName().startswith(spoken)
