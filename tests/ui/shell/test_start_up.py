"""What the app loads before its window first appears: only what the first screen needs.

Timing is the benchmark's job (scripts/bench_startup.py); these tests pin down the structural causes
of a slow or heavy start, so a change that brings one back fails here rather than in a figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from mindful_clinic.ui import qt_values

START_AND_REPORT = """
import sys
import mindful_clinic.cli  # as the mindful-clinic command starts the window
from mindful_clinic.app.root import run
import PySide6.QtCore, PySide6.QtWidgets

def report(app, moment):
    loaded = set(sys.modules)
    import json  # after the snapshot: the app itself does not need it to start
    print(json.dumps({
        "moment": moment,
        "qt_namespace": "Qt" in vars(PySide6.QtCore),
        "qstyle": "QStyle" in vars(PySide6.QtWidgets),
        "window_icon": not app.qapp.windowIcon().isNull(),
        "modules": sorted(loaded),
    }), flush=True)

def idle(app):
    report(app, "idle")

def ready(app):
    report(app, "ready")
    app.qapp.quit()

sys.exit(run([], on_idle=idle, on_ready=ready))
"""


@pytest.fixture(scope="module")
def start_up(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """A second start (the first one wrote the content cache), as every start after install is."""
    env = {**os.environ, "MINDFUL_CLINIC_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    for _start in range(2):
        out = subprocess.run(
            [sys.executable, "-c", START_AND_REPORT], capture_output=True, text=True,
            timeout=120, env=env,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
    reports = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    return {r["moment"]: r for r in reports}


def test_the_first_screen_leaves_pysides_qt_enums_unbuilt(start_up: dict) -> None:  # type: ignore[type-arg]
    assert start_up["idle"]["qt_namespace"] is False
    assert start_up["idle"]["qstyle"] is False  # QStyle's enums: 5 ms (the cards draw text without)


@pytest.mark.parametrize(
    "module",
    ["pygame", "pydub", "tinydb", "PySide6.QtCharts", "PySide6.QtNetwork",
     "dataclasses", "datetime", "json",
     "mindful_clinic.core.breath.pattern", "mindful_clinic.core.guided.practice",
     "mindful_clinic.ui.practice.flow"],
)  # fmt: skip
def test_heavy_modules_wait_until_they_are_needed(start_up: dict, module: str) -> None:  # type: ignore[type-arg]
    assert module not in start_up["idle"]["modules"]


def test_the_window_gets_an_icon_once_the_services_start(start_up: dict) -> None:  # type: ignore[type-arg]
    """The theme's icon if installed, else the tray's drawn ring: never a blank one."""
    assert start_up["ready"]["window_icon"] is True


def test_the_network_module_is_never_loaded(start_up: dict) -> None:  # type: ignore[type-arg]
    """Private by default, and lighter: one instance is kept with a plain local socket."""
    assert "PySide6.QtNetwork" not in start_up["ready"]["modules"]


def test_the_values_set_by_number_are_qts_own() -> None:
    assert Qt.FocusPolicy.StrongFocus.value == qt_values.STRONG_FOCUS
    assert Qt.FocusPolicy.NoFocus.value == qt_values.NO_FOCUS
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == qt_values.SCROLL_BAR_ALWAYS_OFF
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == qt_values.TEXT_SELECTABLE_BY_MOUSE
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOn.value == qt_values.SCROLL_BAR_ALWAYS_ON
    assert Qt.AlignmentFlag.AlignLeft.value == qt_values.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignTop.value == qt_values.ALIGN_TOP
    assert Qt.AlignmentFlag.AlignBottom.value == qt_values.ALIGN_BOTTOM
    assert Qt.TextFlag.TextWordWrap.value == qt_values.WORD_WRAP
