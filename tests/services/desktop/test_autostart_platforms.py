"""Start at login on Linux, Windows and macOS, behind one interface; paths with spaces stay whole."""

from __future__ import annotations

import plistlib
import shlex
import subprocess
from pathlib import Path

from mindful_clinic.services.desktop.autostart import (
    RUN_KEY,
    RUN_VALUE,
    Autostart,
    desktop_exec,
    windows_command_line,
)

SPACED = "/home/dr smith/My Apps/mindful-clinic"


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_linux_exec_line_keeps_a_spaced_path_as_one_argument(tmp_path: Path) -> None:
    auto = Autostart(config_home=tmp_path, command=[SPACED, "--tray"], platform="linux")
    auto.set_enabled(True)
    text = (tmp_path / "autostart" / "mindful-clinic.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == f'Exec="{SPACED}" --tray'
    assert shlex.split(exec_line[len("Exec=") :]) == [SPACED, "--tray"]


def test_desktop_exec_escapes_quotes_dollars_backslashes_and_percent() -> None:
    value = desktop_exec(["/opt/a$b/run", 'say "hi"', "100%", r"C:\x"])
    assert value == r'"/opt/a\\$b/run" "say \\"hi\\"" 100%% "C:\\\\x"'


def test_windows_uses_the_run_key_with_a_quoted_path() -> None:
    registry = FakeRegistry()
    exe = r"C:\Program Files\mindful clinic\mindful-clinic.exe"
    auto = Autostart(command=[exe], platform="win32", registry=registry)
    assert auto.supported and not auto.is_enabled()
    auto.set_enabled(True)
    assert registry.values[(RUN_KEY, RUN_VALUE)] == f'"{exe}"'
    assert auto.is_enabled()
    auto.set_enabled(False)
    assert registry.values == {} and not auto.is_enabled()


def test_windows_command_line_round_trips_through_windows_rules() -> None:
    line = windows_command_line([r"C:\My Apps\mc.exe", "--open", "support"])
    assert line == r'"C:\My Apps\mc.exe" --open support'
    assert subprocess.list2cmdline([r"C:\x.exe"]) == r"C:\x.exe"


def test_macos_writes_a_launch_agent_with_plain_arguments(tmp_path: Path) -> None:
    auto = Autostart(command=[SPACED], platform="darwin", home=tmp_path)
    auto.set_enabled(True)
    path = tmp_path / "Library" / "LaunchAgents" / "io.github.mindful_clinic.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["ProgramArguments"] == [SPACED] and agent["RunAtLoad"] is True
    assert auto.is_enabled()
    auto.set_enabled(False)
    assert not path.exists() and not auto.is_enabled()
