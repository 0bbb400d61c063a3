"""A pseudo-locale layout check (issue #17, item 6): every string 40 % longer and marked at both ends.

A translator that makes each string longer, like German often is, and wraps it in ⟦ ⟧ is installed
before the window is built. Then every main page and every settings tab is shown, and each visible
label and button is checked:

- **untranslated**: text a person reads that is not inside ⟦ ⟧ (so it never went through a
  translator), once numbers, punctuation, content (practice titles, support contacts: translated by
  the content overlays, not by Qt) and the user's own data are set aside;
- **clipped**: a label or button narrower (or, wrapped, shorter) than its own text needs.
"""

from __future__ import annotations

import contextlib
import html
import math
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from mindful_clinic.app.root import App, build
from mindful_clinic.core.group.content import load_flow_content
from mindful_clinic.core.practice.references import cautions
from mindful_clinic.core.support.contacts import shipped_support
from mindful_clinic.core.time.clock import ManualClock
from tests.qt_cleanup import stop_timers

START, END = "⟦", "⟧"
LONGER = 0.4
PAGES = ("practise", "history", "insights", "group", "support", "settings")


class PseudoTranslator(QTranslator):
    """Every string 40 % longer (padding inside the markers) and marked at both ends."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or not source.strip():
            return source
        pad = "~" * math.ceil(len(source) * LONGER)
        return f"{START}{source}{pad}{END}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_app(qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:  # however the test ends, the next one starts in English again
        app = build(ManualClock())
        qtbot.addWidget(app.window)
        app.window.resize(1100, 760)
        app.window.show()
        qtbot.waitExposed(app.window)
        yield app
        stop_timers(app.window, app.qapp)
    finally:
        qapp.removeTranslator(translator)


_MARKED = re.compile(re.escape(START) + f"[^{START}{END}]*" + re.escape(END))
"""One translated string with nothing translated inside it (taken out innermost first)."""
_TAGS = re.compile(r"<[^>]+>")
_PATHS = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s]+")  # a folder or file the user has: data
_WORDS = re.compile(r"[^\W\d_]{2,}")


def content_texts(app: App) -> list[str]:
    """What the content files say (translated by overlays, not by Qt): longest first."""
    out: set[str] = set()
    for e in app.catalog.catalog.entries():
        out |= {e.title, e.summary}
    support = shipped_support()
    out |= {support.disclaimer, support.feels_worse, support.emergency}
    for c in support.contacts:
        out |= {c.name, c.how, c.detail, c.region}
    out |= {c.text for c in cautions().values()}
    flow = load_flow_content()
    for stage in flow.stages:
        out |= {stage.title, stage.screen_text, stage.screen_detail, *stage.notes, *stage.prompts}
    return sorted((t for t in out if t), key=len, reverse=True)


def untranslated(text: str, data: list[str]) -> str:
    """What is left of a visible text once the translated parts and the data are taken out.

    Rich text is read as its words: a link inside a contact's line ("Call <a ...>116 123</a>") is
    still the content's own line. Translated strings may hold other translated strings (a sentence
    with a list of names), so they are taken out from the innermost.
    """
    rest = html.unescape(_TAGS.sub("", text))
    while (unmarked := _MARKED.sub(" ", rest)) != rest:
        rest = unmarked
    rest = _PATHS.sub(" ", rest)
    for known in data:
        rest = rest.replace(known, " ")
    return " ".join(_WORDS.findall(rest))


def showing(root: QWidget) -> Iterator[QWidget]:
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(root) and w.text().strip():
            yield w


def clipped(w: QWidget) -> bool:
    if isinstance(w, QLabel) and w.wordWrap():
        return w.height() + 1 < w.heightForWidth(w.width())
    if isinstance(w, QLabel) and isinstance(w.parentWidget(), QScrollArea):
        return False
    return w.width() + 1 < w.sizeHint().width()


def problems(app: App, where: str, data: list[str]) -> list[str]:
    found = []
    for w in showing(app.window):
        left = untranslated(w.text(), data)
        if left:
            found.append(f"{where}: untranslated {type(w).__name__} {w.text()!r} ({left})")
        elif clipped(w):
            found.append(
                f"{where}: clipped {type(w).__name__} {w.text()[:60]!r}: "
                f"{w.width()}x{w.height()} for {w.sizeHint().width()}x{w.sizeHint().height()}"
            )
    return found


def settled_problems(app: App, where: str, data: list[str], qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The problems once the page just shown is laid out. On a busy machine the first layout of a
    page can come later than a fixed wait (form labels still 0 px wide), so wait up to a second for
    the problems to go; whatever is still wrong then is really wrong."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(app, where, data), timeout=1000)
    return problems(app, where, data)


@pytest.mark.qt_log_ignore("text-to-speech plug-in")  # a machine without speech: captions only
@pytest.mark.parametrize("page", [*PAGES, "tabs"])
def test_every_page_is_translated_and_nothing_is_clipped_when_text_is_40_percent_longer(
    pseudo_app: App,
    qtbot,
    page: str,  # type: ignore[no-untyped-def]
) -> None:
    app = pseudo_app
    data = content_texts(app)
    found: list[str] = []
    if page != "tabs":
        app.window.show_page(page)
        found += settled_problems(app, page, data, qtbot)
    else:
        app.window.show_page("settings")
        tabs = app.settings_page.content.tabs  # type: ignore[attr-defined]
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found += settled_problems(app, f"settings tab {i + 1}", data, qtbot)
    assert not found, "\n".join(found[:60])


def test_the_check_finds_untranslated_and_clipped_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The two checks catch what they are for."""
    assert untranslated("⟦Settings~~~~⟧", []) == ""
    assert untranslated("⟦Step %1 of %2~~~⟧ 3", []) == ""
    assert untranslated("Breathe in", []) == "Breathe in"
    assert untranslated("Box breathing", ["Box breathing"]) == ""
    assert untranslated("⟦Sees ⟦a, ⟦b~⟧~~⟧ then.~~~~⟧", []) == ""
    assert untranslated("⟦Sees ⟦a~⟧~~⟧ or c then", []) == "or then"
    assert untranslated('Call <a href="tel:116123">116 123</a>', ["Call 116 123"]) == ""
    assert untranslated('Call <a href="tel:116123">116 123</a> now', ["Call 116 123"]) == "now"
    assert untranslated("/home/ana/.local/share/mindful_clinic/log", []) == ""
    label = QLabel("⟦A long label that will not fit~~~~~~~~⟧")
    qtbot.addWidget(label)
    label.setFixedWidth(40)
    label.show()
    assert clipped(label)
    label.setFixedWidth(label.sizeHint().width())
    assert not clipped(label)
