"""Start at login: an XDG autostart entry on Linux and other freedesktop systems.

The entry is a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``), which
GNOME, KDE, Xfce and most others read at login. Windows (a shortcut in the Startup folder) and
macOS (Login Items) are described in the README: there the user adds the app by hand, so this
class reports ``supported`` as False and the settings page explains instead of offering a switch.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from mindful_clinic.services.storage.atomic import atomic_write_text

ENTRY_NAME = "mindful-clinic.desktop"


class Autostart:
    def __init__(
        self,
        config_home: Path | None = None,
        command: Sequence[str] | None = None,
        platform: str = sys.platform,
    ) -> None:
        home = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = Path(home) / "autostart" / ENTRY_NAME
        self.command = list(command) if command else default_command()
        self.platform = platform

    @property
    def supported(self) -> bool:
        return self.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))

    def is_enabled(self) -> bool:
        return self.supported and self.path.exists()

    def set_enabled(self, on: bool) -> None:
        """Write or remove the entry; OSError (read-only home, say) reaches the caller to show."""
        if not self.supported:
            return
        if on:
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
                f"Exec={shlex.join(self.command)}",
                "Icon=mindful-clinic",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "Hidden=false",
                "",
            ]
        )


def default_command() -> list[str]:
    """The installed ``mindful-clinic`` launcher if on PATH, else this Python running the package."""
    found = shutil.which("mindful-clinic")
    return [found] if found else [sys.executable, "-m", "mindful_clinic"]
