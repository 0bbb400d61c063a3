"""Every page and dialog fits ordinary screens: nothing clipped, nothing off screen.

Each screen runs in its own process (tests/ui/shell/fit_probe.py), because the screen's size and
scale are fixed when Qt starts: offscreen Qt takes the size from a platform config file and honours
``QT_SCALE_FACTOR`` (150 % of 1920x1080 is a 1280x720 logical screen, 200 % is 960x540). One run
also uses an 11 pt system font, as GNOME has, since the offscreen default (9 pt) is the smallest.
Controls inside a scroll area are checked against its viewport's width: pages scroll down, never
sideways, so what lies beyond the viewport's sides is clipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("fit_probe.py")
SCREENS = {
    "1280x720": ("1280", "720"),
    "1366x768": ("1366", "768"),
    "1920x1080 at 150 %": ("1920", "1080", "1.5"),
    "1920x1080 at 200 %": ("1920", "1080", "2"),
    "1366x768 with an 11 pt font": ("1366", "768", "1", "11"),
    # Smaller windows: the home screen's cards reflow to fewer columns (issue #16). Other pages
    # are not yet checked this narrow.
    "800x600, home": ("800", "600", "1", "0", "home"),
    "640x480, home": ("640", "480", "1", "0", "home"),
}


@pytest.fixture(scope="module")
def probes() -> dict[str, subprocess.Popen[str]]:
    """All screens at once, each in its own process (about 4 s together)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR", "QT_FONT_DPI")}
    return {
        name: subprocess.Popen(
            [sys.executable, str(PROBE), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name, args in SCREENS.items()
    }


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_and_dialog_fits(screen: str, probes: dict[str, subprocess.Popen[str]]) -> None:
    out, err = probes[screen].communicate(timeout=120)
    assert probes[screen].returncode == 0, err[-2000:]
    problems = json.loads(out.strip().splitlines()[-1])
    assert problems == []


def probe_check() -> Callable[..., list[str]]:
    """fit_probe.check, imported from beside this file (it also runs alone as a script)."""
    sys.path.insert(0, str(PROBE.parent))
    try:
        from fit_probe import check
    finally:
        sys.path.remove(str(PROBE.parent))
    return check  # type: ignore[no-any-return]


def test_the_probe_notices_a_clipped_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: a button narrower than its words, and one outside its window, are found."""
    check = probe_check()
    from PySide6.QtWidgets import QPushButton, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    squeezed = QPushButton("A long name for a button", window)
    squeezed.setGeometry(10, 10, 40, 30)
    outside = QPushButton("Start", window)
    outside.setGeometry(260, 180, 80, 30)
    window.show()
    problems = check(window, "test", "window")
    assert any("A long name" in p and "needs" in p for p in problems)
    assert any("'Start'" in p and "cut off" in p for p in problems)


def test_the_probe_notices_a_button_beyond_a_scroll_areas_side(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Inside a scroll area, a button past the viewport's right edge is clipped (pages never scroll
    sideways), while one below the fold is fine: scrolling down reaches it."""
    check = probe_check()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    scroll = QScrollArea(window)
    scroll.setGeometry(0, 0, 300, 200)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget()
    body.setMinimumSize(500, 600)  # wider than the viewport, as the old home grid was
    QVBoxLayout(body)
    scroll.setWidget(body)
    beyond = QPushButton("Beyond", body)
    beyond.setGeometry(350, 10, 80, 30)
    below = QPushButton("Below", body)
    below.setGeometry(10, 500, 80, 30)
    window.show()
    problems = [p for p in check(window, "test", "window") if "sideways" not in p]
    assert any("'Beyond'" in p and "cut off" in p for p in problems)
    assert not any("'Below'" in p for p in problems)


def test_the_window_remembers_its_size_and_never_opens_larger_than_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from mindful_clinic.ui.shell.main_window import MainWindow

    free = QGuiApplication.primaryScreen().availableGeometry()
    saved: list[str] = []
    first = MainWindow(save_geometry=saved.append)
    qtbot.addWidget(first)
    assert first.width() <= free.width() and first.height() <= free.height()
    first.close()
    assert saved == []  # not resized: nothing to write
    first.show()
    first.resize(650, 450)
    first.close()
    assert len(saved) == 1
    again = MainWindow(saved_geometry=saved[-1])
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (650, 450)
    huge = MainWindow(saved_geometry=saved[-1])
    qtbot.addWidget(huge)
    huge.resize(free.width() * 2, free.height() * 2)
    huge.fit_to_screen()  # a size saved on a bigger screen: fitted to this one
    assert huge.frameGeometry().height() <= free.height()
    assert huge.width() <= free.width()
