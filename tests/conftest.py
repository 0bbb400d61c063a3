"""Test environment: offscreen Qt, the dummy SDL audio driver and a private temporary data folder.

Set before anything imports PySide6 or pygame, so every test (and every subprocess it starts)
runs headless and never touches the real user's data.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.practice_app"]

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.speech.*=false")
_runtime = tempfile.mkdtemp(prefix="mc-xdg-runtime-")
os.chmod(_runtime, 0o700)
os.environ["XDG_RUNTIME_DIR"] = _runtime
os.environ["MINDFUL_CLINIC_DATA_DIR"] = tempfile.mkdtemp(prefix="mc-data-session-")
os.environ["MINDFUL_CLINIC_CACHE_DIR"] = tempfile.mkdtemp(prefix="mc-cache-session-")
os.environ["MINDFUL_CLINIC_LOCAL_DIR"] = tempfile.mkdtemp(prefix="mc-local-session-")

# The sound player imports pygame in its worker thread, and pygame imports numpy. pytest.approx looks
# numpy up in sys.modules without waiting for an import in progress, so a test comparing numbers
# while the worker is half-way through importing numpy fails ("partially initialized module").
# Importing numpy here, once, before any app starts, takes that race away (the app never reads numpy).
with contextlib.suppress(ImportError):
    import numpy  # noqa: F401
# No clinic defaults unless a test writes one: a file in /etc/xdg on this machine is never read.
os.environ["MINDFUL_CLINIC_DEFAULTS"] = os.path.join(_runtime, "no-defaults.toml")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets its own empty data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MINDFUL_CLINIC_DATA_DIR", str(folder))
    monkeypatch.setenv("MINDFUL_CLINIC_LOCAL_DIR", str(tmp_path / "this-computer"))
    yield folder


@pytest.fixture(autouse=True)
def no_qtimer_left_running(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a test that leaves a QTimer running (as napari's conftest does).

    A timer still running after its test fires into the next one, against objects that test never
    made: the classic source of flaky Qt suites. Only QTimer objects are tracked (started with
    ``start``); Qt's static ``singleShot`` cannot be reached from Python after the call. Tests
    without Qt skip the check, so the core tests never import PySide6.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer

    started: list[weakref.ref[QTimer]] = []
    original = QTimer.start

    def tracked_start(timer: QTimer, *args: object) -> None:
        started.append(weakref.ref(timer))
        original(timer, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QTimer, "start", tracked_start)
    yield
    running = []
    for ref in started:
        timer = ref()
        try:
            if timer is not None and timer.isActive():
                running.append(timer)
        except RuntimeError:  # its C++ object is gone: nothing left running
            continue
    for timer in running:
        timer.stop()
    if running:
        names = ", ".join(
            f"{t.objectName() or type(t.parent()).__name__} every {t.interval()} ms"
            for t in running
        )
        pytest.fail(f"{len(running)} QTimer(s) left running: {names}")
