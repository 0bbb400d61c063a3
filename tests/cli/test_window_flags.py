"""``--start ID[:SECONDS]`` and ``--open PAGE`` (the menu's actions) reach the app's ``run``."""

from __future__ import annotations

from typing import Any

import pytest

import mindful_clinic.app
from mindful_clinic.cli import main, split_window_options


def test_flags_are_taken_out_and_the_rest_goes_to_qt() -> None:
    rest, options = split_window_options(["--start", "resonance_5_5:60", "-platform", "offscreen"])
    assert rest == ["-platform", "offscreen"] and options == {"start": "resonance_5_5:60"}
    assert split_window_options(["--open=support"]) == ([], {"open_page": "support"})


def test_a_flag_without_a_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--start"]) == 2
    assert "--start needs a value" in capsys.readouterr().err


def test_run_gets_the_options_it_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def run(argv: Any = (), start: str | None = None, open_page: str | None = None) -> int:
        seen.update(argv=list(argv), start=start, open_page=open_page)
        return 0

    monkeypatch.setattr(mindful_clinic.app, "run", run)
    assert main(["--open", "support"]) == 0
    assert seen == {"argv": [], "start": None, "open_page": "support"}
    assert main(["--start", "resonance_5_5:60"]) == 0
    assert seen["start"] == "resonance_5_5:60"


def test_no_display_gives_one_plain_line_and_status_two(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    if sys.platform.startswith("linux"):  # the real command: Qt never starts, so no abort (134)
        done = subprocess.run(
            [sys.executable, "-m", "mindful_clinic"], env=env, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and "no display" in done.stderr
        assert done.stdout == ""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(mindful_clinic.app, "run", lambda *a, **k: 0)
    monkeypatch.setattr(sys, "platform", "linux")
    from mindful_clinic.cli import no_display_problem

    assert main([]) == 2
    assert capsys.readouterr().err.startswith("mindful-clinic: no display found")
    assert no_display_problem(["-platform", "offscreen"], "linux") is None
    assert no_display_problem([], "win32") is None
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert main([]) == 0
