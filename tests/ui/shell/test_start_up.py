"""What the app loads before its window first appears: only what the first screen needs.

Timing is the benchmark's job (scripts/bench_startup.py); these tests pin down the structural causes
of a slow or heavy start, so a change that brings one back fails here rather than in a figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

START_AND_REPORT = """
import sys
import mindful_clinic.cli  # as the mindful-clinic command starts the window
from mindful_clinic.app.root import run
import json

def report(app, moment):
    import PySide6.QtGui
    print(json.dumps({
        "moment": moment,
        "window_icon": not app.qapp.windowIcon().isNull(),
        "modules": sorted(sys.modules),
        "qt_gui_classes": sorted(k for k, v in vars(PySide6.QtGui).items() if isinstance(v, type)),
        "cards": len(app.home.cards),
    }), flush=True)

def idle(app):
    report(app, "idle")

def ready(app):
    report(app, "ready")
    app.qapp.quit()

sys.exit(run([], on_idle=idle, on_ready=ready))
"""


def _second_start(env: dict[str, str]) -> dict[str, dict[str, object]]:
    """A second start (the first one wrote the content cache), as every start after install is."""
    for _start in range(2):
        out = subprocess.run(
            [sys.executable, "-c", START_AND_REPORT], capture_output=True, text=True,
            timeout=120, env=env,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
    reports = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    return {r["moment"]: r for r in reports}


@pytest.fixture(scope="module")
def start_up(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return _second_start(
        {**os.environ, "MINDFUL_CLINIC_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    )


@pytest.mark.parametrize(
    "module",
    ["pygame", "pydub", "tinydb", "icalendar", "PySide6.QtCharts", "PySide6.QtNetwork",
     "mindful_clinic.core.breath.pattern", "mindful_clinic.core.guided.practice",
     "mindful_clinic.ui.practice.flow", "mindful_clinic.core.admin.parse",
     "mindful_clinic.core.admin.defaults",
     "mindful_clinic.core.reminders.rules", "mindful_clinic.core.support.contacts",
     "mindful_clinic.core.selfcheck.schedule", "mindful_clinic.core.reflect.prompts",
     "mindful_clinic.services.reflect.store", "mindful_clinic.services.selfcheck.store",
     # after the first paint: the second launch's socket, the log's opener, Enter's filter
     "socket", "dataclasses", "mindful_clinic.services.desktop.single_instance",
     "mindful_clinic.services.log.opening", "mindful_clinic.ui.shell.enter_key"],
)  # fmt: skip
def test_heavy_modules_wait_until_they_are_needed(start_up: dict, module: str) -> None:  # type: ignore[type-arg]
    assert module not in start_up["idle"]["modules"]


def test_the_window_gets_an_icon_once_the_services_start(start_up: dict) -> None:  # type: ignore[type-arg]
    """The theme's icon if installed, else the tray's drawn ring: never a blank one."""
    assert start_up["ready"]["window_icon"] is True


def test_the_network_module_is_never_loaded(start_up: dict) -> None:  # type: ignore[type-arg]
    """Private by default, and lighter: one instance is kept with a plain local socket."""
    assert "PySide6.QtNetwork" not in start_up["ready"]["modules"]


def test_no_python_event_filter_runs_before_the_first_paint(start_up: dict) -> None:  # type: ignore[type-arg]
    """The first event a Python filter (or ``event()``) sees makes PySide load every Qt event
    class, about 20 M instructions: none may run before the window is painted. The events the
    first screen does receive in Python (paint, resize, show) are typed and load only their own."""
    loaded = start_up["idle"]["qt_gui_classes"]
    assert "QPaintEvent" in loaded  # the cards draw themselves: the check can see event classes
    for never_delivered in ("QDropEvent", "QWheelEvent", "QTabletEvent", "QNativeGestureEvent"):
        assert never_delivered not in loaded


def test_the_first_screen_shows_some_cards_and_the_rest_follow(start_up: dict) -> None:  # type: ignore[type-arg]
    """Only the cards the first screen shows are made before it is painted; all by the time the
    background services start."""
    assert 0 < start_up["idle"]["cards"] < start_up["ready"]["cards"]


def test_a_computer_that_stopped_syncing_starts_as_light_as_one_that_never_did(
    tmp_path: Path,
) -> None:
    """Once syncing was switched off, ``sync.json`` says ``"folder": null``. Reading that must not
    load the device's identity, whose random id needs ``secrets`` and with it OpenSSL (about
    4.5 MB more memory at start)."""
    local = tmp_path / "this-computer"
    local.mkdir()
    (local / "sync.json").write_text('{"folder": null}', encoding="utf-8")
    env = {
        **os.environ,
        "MINDFUL_CLINIC_DATA_DIR": str(tmp_path / "data"),
        "MINDFUL_CLINIC_LOCAL_DIR": str(local),
    }
    modules = _second_start(env)["idle"]["modules"]
    assert "secrets" not in modules
    assert "mindful_clinic.services.sync.device" not in modules
