"""Nothing scrolls sideways and no text is cut, in English, German and the pseudo-locale.

The QA pass at 1280 x 720 found pages wider than the window (Self-checks, History in German), a
table with its own sideways scroll bar (Insights), a save button cut to "Spe", a rail button cut
once the chosen page's label turns bold, and a tab's "Ü" losing its dots. One check finds them all:
the window at its default size for a 1280 x 720 screen (a 1366 x 768 one and 1920 x 1080 at 150 %
give the same width), with a practice log to show, every main page, and on each page every tab of
every tab widget, with these problems:

- a scroll area (a page, a table) that shows a horizontal scroll bar: pages scroll down, never
  sideways, and what lies beyond the side is cut for the reader;
- a label or button narrower than its text (as in test_pseudo_locale.py), where a rail button is
  measured in the bold its checked state is drawn in (the style sheet sets that weight, so neither
  its font nor its size hint knows it);
- a tab whose text does not fit the room the style gives it (width, or height: an inactive tab
  sits lower and clipped the dots above an "Ü").
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QStyle,
    QStyleOptionTab,
    QTabBar,
    QTabWidget,
    QWidget,
)

from mindful_clinic.app.root import App, build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.i18n.language import load_translators
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.ui.shell.fit import TITLE_BAR
from mindful_clinic.ui.shell.main_window import DEFAULT_SIZE
from tests.language import speaking
from tests.log_fakes import at
from tests.qt_cleanup import stop_timers
from tests.ui.shell.test_pseudo_locale import PseudoTranslator, clipped, showing

SCREEN = (1280, 720)
ROOM = (min(DEFAULT_SIZE[0], SCREEN[0]), min(DEFAULT_SIZE[1], SCREEN[1] - TITLE_BAR))
"""The window's default size on a 1280 x 720 screen, once the title bar is taken."""
PAGES = ("practise", "history", "insights", "group", "selfcheck", "settings", "support")
NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
NOTE = "Hard morning; a long note about a difficult conversation with a colleague on the ward"


def seed_log(clock: ManualClock) -> None:
    """Six rated practices each of two kinds, some with a long note: enough for every table of
    History and Insights (Insights lists a practice from five rated sessions)."""
    store = LogStore(log_dir(), clock)
    for i in range(12):
        practice = (
            ("box_4444", "Box breathing") if i % 2 else ("self_compassion", "Self-compassion")
        )
        store.add(
            at(
                NOW - timedelta(days=i, hours=2),
                practice_id=practice[0],
                practice_title=practice[1],
                stress_before=i % 8,
                stress_after=(i + 3) % 6,
                note=NOTE if i % 3 == 0 else "",
            )
        )


class WordyPseudoTranslator(PseudoTranslator):
    """The pseudo-locale's strings, 40 % longer, with the padding in short words: a language is
    longer in words that wrap, never in one 80-letter word that no label could wrap."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        marked = super().translate(context, source, disambiguation, n)
        if marked == source:
            return source
        pad = len(marked) - len(source) - 2
        words = " ".join("~" * min(6, pad - i) for i in range(0, pad, 7))
        return f"{marked[0]}{source} {words}{marked[-1]}" if " " in source else marked


def translators(language: str, qapp: QApplication) -> list[QTranslator]:
    if language == "pseudo":
        return [WordyPseudoTranslator()]
    found = load_translators(language, qapp)
    assert found, f"mindful_clinic_{language}.qm is missing: run scripts/build_translations.sh"
    return found


@pytest.fixture(params=["en", "de", "pseudo"])
def app_in(request: pytest.FixtureRequest, qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    """The whole app in one language at its default size on a 1280 x 720 screen."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    language = request.param
    with speaking(language, translators(language, qapp)):
        clock = ManualClock(NOW)
        seed_log(clock)
        app = build(clock)
        app.prefs.seen_notices += ["first_run_note", "holds_caution"]
        qtbot.addWidget(app.window)
        app.window.show()
        qtbot.waitExposed(app.window)
        app.window.resize(*ROOM)  # the offscreen screen is smaller: sized once it is shown
        yield app
        stop_timers(app.window, app.qapp)


def scrolls_sideways(root: QWidget) -> Iterator[str]:
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(root) and area.horizontalScrollBar().isVisibleTo(root):
            inner = area.accessibleName() or type(area).__name__
            yield f"{inner} scrolls sideways ({area.horizontalScrollBar().maximum()}px)"


def bold_need(button: QPushButton) -> int:
    """The width a rail button needs once checked: its size hint with the text in semibold."""
    bold = QFont(button.font())
    bold.setWeight(QFont.Weight.DemiBold)
    extra = QFontMetrics(bold).horizontalAdvance(button.text())
    extra -= button.fontMetrics().horizontalAdvance(button.text())
    return QPushButton.sizeHint(button).width() + max(0, extra)


def cut_text(root: QWidget) -> Iterator[str]:
    for w in showing(root):
        if w.property("role") == "nav" and isinstance(w, QPushButton) and w.isCheckable():
            if w.width() + 1 < bold_need(w):
                yield f"rail button {w.text()!r} is {w.width()}px, bold it needs {bold_need(w)}"
        elif clipped(w):
            yield f"{type(w).__name__} {w.text()[:60]!r} is {w.width()}x{w.height()} for its text"


def cut_tabs(root: QWidget) -> Iterator[str]:
    for bar in root.findChildren(QTabBar):
        if not bar.isVisibleTo(root):
            continue
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            option = QStyleOptionTab()
            bar.initStyleOption(option, i)
            room = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
            ink = bar.fontMetrics().boundingRect(bar.tabText(i))
            if room.width() + 1 < ink.width() or room.height() + 1 < ink.height():
                yield (
                    f"tab {bar.tabText(i)!r} has {room.width()}x{room.height()} "
                    f"for text of {ink.width()}x{ink.height()}"
                )


def problems(app: App, where: str) -> list[str]:
    window = app.window
    found = [*scrolls_sideways(window), *cut_text(window), *cut_tabs(window)]
    return [f"{where}: {p}" for p in found]


def settled(app: App, where: str, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The problems once the page just shown is laid out. Qt shows a widget added to a shown page
    (a lazy page's content) and lays it out in posted events, so those run first; a first layout
    can come later still on a busy machine, so wait up to a second for the problems to go."""
    for _ in range(3):
        QApplication.processEvents()
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(app, where), timeout=1000)
    return problems(app, where)


def tab_widgets(page: QWidget) -> list[QTabWidget]:
    return [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]


@pytest.mark.qt_log_ignore("text-to-speech plug-in")  # a machine without speech: captions only
def test_no_page_scrolls_sideways_and_no_text_is_cut_at_1280_by_720(  # type: ignore[no-untyped-def]
    app_in: App, qtbot
) -> None:
    app = app_in
    window = app.window
    found: list[str] = []
    for key in PAGES:
        window.show_page(key)
        page = window.pages.currentWidget()
        found += settled(app, key, qtbot)
        for tabs in tab_widgets(page):
            for i in range(tabs.count()):
                if tabs.isTabVisible(i):
                    tabs.setCurrentIndex(i)
                    found += settled(app, f"{key}, tab {tabs.tabText(i)!r}", qtbot)
    first = {
        p.split(": ", 1)[1]: p for p in reversed(found)
    }  # each problem where it was first seen
    assert not first, "\n".join(sorted(first.values()))
