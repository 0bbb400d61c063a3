"""Opens every page and dialog of the real app on one screen size and reports what does not fit.

Run by tests/ui/shell/test_fits_screens.py in a subprocess per screen (offscreen, with the screen's
size from a platform config file and ``QT_SCALE_FACTOR`` for 150 % and 200 %); prints one JSON list
of problems. Also useful alone: ``python tests/ui/shell/fit_probe.py 1280 720 [scale] [font pt]
[pages]`` (pages: names as in ``screens``, comma-separated, e.g. ``home``).

A problem is a control whose text needs more room than it is given (a button or one-line label
narrower than its text, a wrapped label shorter than its lines, a field narrower than its value),
or a control that lies outside the window or is cut off by its parent where nothing scrolls. Inside
a scroll area a control is checked against the viewport's width: what lies beyond its sides is
clipped, since no page scrolls sideways (only what lies below is reached by scrolling).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 1
"""Pixels of rounding allowed (fractional scale factors round sizes)."""


def controls(top: QWidget) -> Iterator[QWidget]:
    kinds = (QAbstractButton, QLabel, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider)
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QAbstractSpinBox, QComboBox)
        ):
            continue  # checked as part of its spin box or combo box
        yield widget


def name(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "currentText", "accessibleName"):
        value = getattr(widget, attr, None)
        if callable(value):
            text = str(value())
        if text:
            break
    return f"{type(widget).__name__} {text[:40]!r}"


def visible_part(widget: QWidget, top: QWidget) -> tuple[QRect, QRect]:
    """The widget's rectangle in the window, and the part of it its parents (and window) show."""
    full = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    shown = QRect(full)
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size())
        if parent.objectName() == "qt_scrollarea_viewport":
            # Inside a scroll area: scrolling down reaches what lies below, but what lies beyond
            # the viewport's sides is clipped (the app's pages never scroll sideways).
            left = max(shown.left(), area.left())
            right = min(shown.right(), area.right())
            return full, QRect(QPoint(left, shown.top()), QPoint(right, shown.bottom()))
        shown = shown.intersected(area)
        parent = parent.parentWidget()
    return full, shown.intersected(top.rect())


def text_problem(widget: QWidget) -> str | None:
    w, h = widget.width() + SLACK, widget.height() + SLACK
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > h:
                return f"wrapped text needs {need}px height, has {widget.height()}"
            return None
        hint = widget.sizeHint()
        if hint.width() > w or hint.height() > h:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QAbstractButton):
        if not widget.text():  # an icon button (a card's star): its icon must fit, no words to cut
            if widget.icon().isNull():
                return None  # nothing drawn (a table's corner button)
            icon = widget.iconSize()
            if icon.width() > w or icon.height() > h:
                return f"icon needs {icon.width()}x{icon.height()}, has {w}x{h}"
            return None
        hint = widget.sizeHint()
        if hint.width() > w or hint.height() > h:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        need = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if need > field.width() + SLACK:
            return f"text needs {need}px, field has {field.width()}"
        if widget.minimumSizeHint().height() > h:
            return f"squashed to {widget.height()}px high"
        return None
    if isinstance(widget, QAbstractSpinBox):
        editor = widget.findChild(QLineEdit)
        need = widget.fontMetrics().horizontalAdvance(widget.text()) + 4
        if editor is not None and need > editor.width() + SLACK:
            return f"value needs {need}px, field has {editor.width()}"
        if widget.minimumSizeHint().height() > h:
            return f"squashed to {widget.height()}px high"
        return None
    if isinstance(widget, QLineEdit):
        hint = widget.minimumSizeHint()
        if hint.width() > w or hint.height() > h:
            return f"squashed to {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QAbstractSlider):
        hint = widget.minimumSizeHint()
        if hint.height() > h and hint.width() > w:
            return "squashed"
    return None


def check(top: QWidget, screen: str, where: str) -> list[str]:
    for _ in range(3):
        QApplication.processEvents()
    problems = []
    available = top.screen().availableGeometry()
    frame = top.frameGeometry()
    if frame.width() > available.width() or frame.height() > available.height():
        problems.append(
            f"{screen} {where}: window {frame.width()}x{frame.height()} is larger than "
            f"the screen's {available.width()}x{available.height()}"
        )
    for scroll in top.findChildren(QScrollArea):
        if scroll.isVisibleTo(top) and scroll.horizontalScrollBar().maximum() > SLACK:
            inner = scroll.widget()
            problems.append(
                f"{screen} {where}: {name(inner) if inner else 'a page'} scrolls "
                f"sideways ({scroll.horizontalScrollBar().maximum()}px)"
            )
    for widget in controls(top):
        full, shown = visible_part(widget, top)
        if shown.width() < full.width() - SLACK or shown.height() < full.height() - SLACK:
            problems.append(
                f"{screen} {where}: {name(widget)} cut off ({shown.width()}x"
                f"{shown.height()} of {full.width()}x{full.height()} shown)"
            )
            continue
        issue = text_problem(widget)
        if issue:
            problems.append(f"{screen} {where}: {name(widget)} {issue}")
    return problems


def screens(app: object, clock: object) -> Iterator[tuple[str, QWidget]]:
    """Every page and dialog, each left on screen while it is checked."""
    from mindful_clinic.app.root import App

    assert isinstance(app, App)
    window = app.window
    yield "home", window
    app.start_practice("box_4444")
    yield "breath set-up", window
    app.flow.current_widget.start_button.click()  # type: ignore[union-attr]
    yield "pacer", window
    app.flow.current_widget.stop()  # type: ignore[union-attr]
    yield "grounding", window
    grounding = getattr(app.flow.current_widget, "grounding", None)
    if grounding is not None:
        grounding.continue_button.click()
    app.start_practice("body_scan_10")
    yield "guided set-up", window
    app.flow.current_widget.start_button.click()  # type: ignore[union-attr]
    clock.advance(150)  # type: ignore[attr-defined]
    app.flow.current_widget.refresh()  # type: ignore[union-attr]
    yield "guided practice", window
    app.flow.current_widget.stop()  # type: ignore[union-attr]
    app.flow.current_widget.grounding.continue_button.click()  # type: ignore[union-attr]
    for key in ("history", "insights", "group", "support"):
        window.show_page(key)
        yield key, window
    group = window.page("group")
    panel = getattr(group, "content", None)
    if panel is not None:
        panel.start_session()
        yield "group session", window
        panel.finish_session()
    window.show_page("settings")
    tabs = app.settings_page.content.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield f"settings: {tabs.tabText(i)}", window
    window.show_page("practise")
    yield from dialogs(app, window)
    app.flow.checkin_factory = app.log.checkin  # type: ignore[union-attr]
    app.start_practice("box_4444")
    app.flow.current_widget.start_button.click()  # type: ignore[union-attr]
    yield "check-in", window


def dialogs(app: object, window: QWidget) -> Iterator[tuple[str, QWidget]]:
    from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog
    from mindful_clinic.ui.guided.practice_editor import PracticeEditorDialog
    from mindful_clinic.ui.support.first_run import FirstRunNote

    store = app.custom_patterns  # type: ignore[attr-defined]
    made: list[tuple[str, Callable[[], QDialog]]] = [
        ("pattern editor", lambda: PatternEditorDialog(store, set(), lambda: None, window)),
        ("first-run note", lambda: FirstRunNote(app.support_info(), window)),  # type: ignore[attr-defined]
    ]
    practices = app.custom_practices  # type: ignore[attr-defined]
    entry = app.catalog.catalog.get("body_scan_3")  # type: ignore[attr-defined]
    if practices is not None and entry is not None:
        taken = set(app.catalog.catalog.ids())  # type: ignore[attr-defined]
        made.append(
            (
                "practice editor",
                lambda: PracticeEditorDialog(
                    practices.copy_of(entry.item, taken), practices, window
                ),
            )
        )
    for where, make in made:
        dialog = make()
        dialog.show()
        yield where, dialog
        dialog.close()
        dialog.deleteLater()


def main(argv: list[str]) -> int:
    folder = tempfile.mkdtemp(prefix="mc-fit-")
    os.environ["MINDFUL_CLINIC_DATA_DIR"] = folder
    width, height = int(argv[0]), int(argv[1])
    scale = float(argv[2]) if len(argv) > 2 else 1.0
    font_pt = float(argv[3]) if len(argv) > 3 else 0.0
    only = set(argv[4].split(",")) if len(argv) > 4 else None  # some pages only (default: all)
    label = f"{width}x{height}" + (f"@{scale:.0%}" if scale != 1 else "")
    label += f" {font_pt:g}pt" if font_pt else ""
    config = Path(folder) / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    from mindful_clinic.app.root import build, ensure_qapp
    from mindful_clinic.core.time.clock import ManualClock

    qapp = ensure_qapp()
    if font_pt:  # a desktop with a larger system font (GNOME's is 11 pt)
        font = qapp.font()
        font.setPointSizeF(font_pt)
        qapp.setFont(font)

    clock = ManualClock(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    app = build(clock)
    app.flow.checkin_factory = None
    app.prefs.seen_notices += ["holds_caution"]
    app.window.show()
    problems: list[str] = []
    for where, top in screens(app, clock):
        if only is None or where in only:
            problems += check(top, label, where)
    print(json.dumps(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
