"""Test environment: offscreen Qt, the dummy SDL audio driver and a private temporary data folder.

Set before anything imports PySide6 or pygame, so every test (and every subprocess it starts)
runs headless and never touches the real user's data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets its own empty data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MINDFUL_CLINIC_DATA_DIR", str(folder))
    yield folder
