"""``mindful-clinic desktop install``: the menu entry, icons and metainfo in the user's data folder.

Files go into ``$XDG_DATA_HOME`` (``~/.local/share``): ``applications/mindful-clinic.desktop`` with
``Exec=`` pointing at the running executable (the bundle's, or this environment's launcher),
``icons/hicolor/NxN/apps/mindful-clinic.png`` and ``.svg``, and
``metainfo/io.github.mindful_clinic.metainfo.xml``. ``uninstall`` removes exactly those files.
The source files are the ones in ``packaging/`` (shipped in a wheel as
``mindful_clinic/desktop_files`` and inside the bundle at the same place).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from mindful_clinic.services.desktop.autostart import default_command, desktop_exec
from mindful_clinic.services.storage.atomic import atomic_write_bytes, atomic_write_text

DESKTOP_FILE = "mindful-clinic.desktop"
METAINFO_FILE = "io.github.mindful_clinic.metainfo.xml"
ICON = "mindful-clinic"


def source_dir() -> Path:
    """The folder holding the shipped desktop files, wherever this copy of the app runs from."""
    import mindful_clinic

    package = Path(mindful_clinic.__file__).resolve().parent
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(frozen_root) / "mindful_clinic" / "desktop_files" if frozen_root else None,
        package / "desktop_files",  # a wheel
        package.parent / "packaging",  # the source tree (editable install)
    ]
    for folder in candidates:
        if folder is not None and (folder / DESKTOP_FILE).is_file():
            return folder
    raise FileNotFoundError("the desktop files are missing from this install")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def desktop_entry(template: str, command: Sequence[str]) -> str:
    """The shipped entry with every ``Exec=`` (main and actions) pointing at ``command``."""
    exe = desktop_exec(command)
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            args = line[len("Exec=") :].split(" ")[
                1:
            ]  # keep the shipped arguments (no spaces in them)
            line = "Exec=" + " ".join([exe, *args])
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_paths(target: Path, source: Path) -> list[Path]:
    paths = [target / "applications" / DESKTOP_FILE, target / "metainfo" / METAINFO_FILE]
    paths.append(target / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON}.svg")
    for png in sorted((source / "icons" / "hicolor").glob(f"*/apps/{ICON}.png")):
        paths.append(target / "icons" / "hicolor" / png.parent.parent.name / "apps" / f"{ICON}.png")
    return paths


def install(target: Path | None = None, command: Sequence[str] | None = None) -> list[Path]:
    """Copy the entry, metainfo and icons into ``target`` (default ``$XDG_DATA_HOME``)."""
    target = target or data_home()
    source = source_dir()
    command = list(command) if command else default_command()
    template = (source / DESKTOP_FILE).read_text(encoding="utf-8")
    written = []
    entry = target / "applications" / DESKTOP_FILE
    atomic_write_text(entry, desktop_entry(template, command), backup=False)
    written.append(entry)
    meta = target / "metainfo" / METAINFO_FILE
    atomic_write_bytes(meta, (source / METAINFO_FILE).read_bytes(), backup=False)
    written.append(meta)
    svg = target / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON}.svg"
    atomic_write_bytes(svg, (source / f"{ICON}.svg").read_bytes(), backup=False)
    written.append(svg)
    for png in sorted((source / "icons" / "hicolor").glob(f"*/apps/{ICON}.png")):
        dest = target / "icons" / "hicolor" / png.parent.parent.name / "apps" / f"{ICON}.png"
        atomic_write_bytes(dest, png.read_bytes(), backup=False)
        written.append(dest)
    for path in written:
        os.chmod(path, 0o644)
    _refresh(target)
    return written


def uninstall(target: Path | None = None) -> list[Path]:
    """Remove what ``install`` put there; returns the files removed."""
    target = target or data_home()
    try:
        source = source_dir()
    except FileNotFoundError:
        source = target  # nothing to list PNG sizes from: remove those found
    removed = []
    candidates = set(installed_paths(target, source))
    candidates |= set((target / "icons" / "hicolor").glob(f"*/apps/{ICON}.png"))
    for path in sorted(candidates):
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh(target)
    return removed


def _refresh(target: Path) -> None:
    """Tell the menu and icon caches, if their tools are installed (best effort, quick)."""
    for tool, arg in (
        ("update-desktop-database", target / "applications"),
        ("gtk-update-icon-cache", target / "icons" / "hicolor"),
    ):
        exe = shutil.which(tool)
        if exe and arg.exists():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(
                    [exe, "-q", str(arg)]
                    if tool == "update-desktop-database"
                    else [exe, "-q", "-t", str(arg)],
                    timeout=10,
                    check=False,
                    capture_output=True,
                )
