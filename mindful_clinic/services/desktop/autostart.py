"""Start at login, one interface on every system.

- Linux and other freedesktop systems: a ``.desktop`` entry in ``$XDG_CONFIG_HOME/autostart``
  (``~/.config/autostart``), which GNOME, KDE, Xfce and most others read at login;
- Windows: a value in the user's ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` key
  (no administrator rights; Task Manager's Startup tab lists and can disable it);
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/io.github.mindful_clinic.plist``, run at load.

Paths with spaces are quoted for each: the Desktop Entry rules for ``Exec=``, Windows' command-line
rules for the Run value, and a plain argument list in the plist (no quoting needed). The registry is
reached through a small protocol so tests use a dictionary instead of ``winreg``.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from mindful_clinic.services.storage.atomic import atomic_write_bytes, atomic_write_text

ENTRY_NAME = "mindful-clinic.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "mindful_clinic"
AGENT_LABEL = "io.github.mindful_clinic"
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class Registry(Protocol):
    """The few operations on ``HKEY_CURRENT_USER\\<key>`` autostart needs."""

    def get(self, key: str, name: str) -> str | None: ...

    def set(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None: ...


class WinRegistry:
    """The real registry (Windows only; imported lazily)."""

    def get(self, key: str, name: str) -> str | None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        winreg = _winreg()

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


def _winreg() -> Any:
    return importlib.import_module("winreg")  # Windows only; imported when used


class Autostart:
    def __init__(
        self,
        config_home: Path | None = None,
        command: Sequence[str] | None = None,
        platform: str = sys.platform,
        *,
        registry: Registry | None = None,
        home: Path | None = None,
    ) -> None:
        self.platform = platform
        self.command = list(command) if command else default_command()
        self.registry = registry
        if platform == "darwin":
            base = home or Path.home()
            self.path: Path | None = base / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
        elif platform == "win32":
            self.path = None
        else:
            xdg = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
            self.path = Path(xdg) / "autostart" / ENTRY_NAME

    @property
    def supported(self) -> bool:
        return self.platform in ("win32", "darwin") or self.platform.startswith(
            ("linux", "freebsd", "openbsd", "netbsd")
        )

    def is_enabled(self) -> bool:
        if not self.supported:
            return False
        if self.platform == "win32":
            return self._registry().get(RUN_KEY, RUN_VALUE) is not None
        return self.path is not None and self.path.exists()

    def set_enabled(self, on: bool) -> None:
        """Write or remove the entry; OSError (read-only home, say) reaches the caller to show."""
        if not self.supported:
            return
        if self.platform == "win32":
            if on:
                self._registry().set(RUN_KEY, RUN_VALUE, windows_command_line(self.command))
            else:
                self._registry().delete(RUN_KEY, RUN_VALUE)
            return
        assert self.path is not None
        if on and self.platform == "darwin":
            atomic_write_bytes(self.path, self.launch_agent(), backup=False)
        elif on:
            atomic_write_text(self.path, self.desktop_entry(), backup=False)
        elif self.path.exists():
            self.path.unlink()

    def desktop_entry(self) -> str:
        return "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=Mindful Clinic",
                "Comment=Short practices between appointments; reminders in the gaps",
                f"Exec={desktop_exec(self.command)}",
                "Icon=mindful-clinic",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "Hidden=false",
                "",
            ]
        )

    def launch_agent(self) -> bytes:
        return plistlib.dumps(
            {
                "Label": AGENT_LABEL,
                "ProgramArguments": list(self.command),
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            }
        )

    def _registry(self) -> Registry:
        if self.registry is None:
            self.registry = WinRegistry()
        return self.registry


def desktop_exec(command: Sequence[str]) -> str:
    """``command`` as a Desktop Entry ``Exec=`` value (the spec's quoting, then string escaping).

    An argument with a space or a reserved character is put in double quotes, with ``"``, `````,
    ``$`` and ``\\`` backslash-escaped inside; ``%`` is doubled (it starts a field code). Then, as
    for any string value in the file, each backslash is written twice.
    """
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if arg and not (set(arg) & _RESERVED):
            parts.append(arg)
            continue
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        parts.append(f'"{inner}"')
    return " ".join(parts).replace("\\", "\\\\")


def windows_command_line(command: Sequence[str]) -> str:
    """``command`` quoted by the rules Windows programs use to split their command line."""
    return subprocess.list2cmdline(list(command))


def default_command() -> list[str]:
    """How to start this app again: the bundle's executable, the installed launcher, or Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    launcher = Path(sys.executable).parent / (
        "mindful-clinic.exe" if sys.platform == "win32" else "mindful-clinic"
    )
    if launcher.is_file():  # the script pip made in this venv, next to its Python
        return [str(launcher)]
    found = shutil.which("mindful-clinic")
    if found:
        return [found]
    return [sys.executable, "-m", "mindful_clinic"]
