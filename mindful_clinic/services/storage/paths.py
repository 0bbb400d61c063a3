"""Where user data lives: one place, overridable, created lazily.

The platform's data folder comes from QStandardPaths; ``MINDFUL_CLINIC_DATA_DIR`` overrides it (tests,
portable installs, a shared team machine). Nothing is created at import time, and the folder is made
readable by the user alone (0700) when first needed.

A folder that is already private is never chmod-ed again, and a read-only one is not an error:
reading works as usual, and ``is_writable`` lets the app say once that nothing new is saved.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

ENV_DATA_DIR = "MINDFUL_CLINIC_DATA_DIR"
ENV_CACHE_DIR = "MINDFUL_CLINIC_CACHE_DIR"
ENV_LOCAL_DIR = "MINDFUL_CLINIC_LOCAL_DIR"
APP_NAME = "mindful_clinic"
ORG_NAME = "mindful_clinic"


def data_dir(create: bool = True) -> Path:
    """The user's data folder (created with mode 0700 unless ``create`` is False)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override).expanduser() if override else _platform_data_dir()
    if create:
        ensure_private_dir(path)
    return path


def cache_dir() -> Path:
    """The user's cache folder for this app (``MINDFUL_CLINIC_CACHE_DIR`` overrides it)."""
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "mindful_clinic" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "mindful_clinic"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mindful_clinic"


def local_dir(create: bool = True) -> Path:
    """This computer's own app data, never carried by a roaming profile or a synced folder
    (``QStandardPaths.AppLocalDataLocation``: LocalAppData on Windows). It holds the device id, the
    choice of synced folder and caches. ``MINDFUL_CLINIC_LOCAL_DIR`` overrides it (tests)."""
    override = os.environ.get(ENV_LOCAL_DIR)
    path = Path(override).expanduser() if override else _platform_local_dir()
    if create:
        ensure_private_dir(path)
    return path


READ_ONLY_MESSAGE = "Your data folder is read-only; practices work, nothing new is saved."


def ensure_private_dir(path: Path) -> Path:
    """Make ``path`` (0700) if missing; tighten it only if others can reach it.

    A folder that exists but cannot be created or changed (read-only, another owner) is left as it
    is: reading still works, and writes fail later with a plain message.
    """
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        if not path.is_dir():
            raise
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if os.stat(path).st_mode & 0o077:
                os.chmod(path, 0o700)
    return path


def is_writable(path: Path) -> bool:
    """True if a file can really be created in ``path`` (permission bits lie to root and on
    read-only mounts, so this tries)."""
    name = Path(path) / f".write-test-{os.getpid()}"
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return True  # left by a killed run of this same process id: the folder takes files
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return True


def _platform_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(ORG_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:  # no home folder: fall back to the generic data location
        location = str(Path.home() / ".local" / "share" / APP_NAME)
    return Path(location)


def _platform_local_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(ORG_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not location:
        location = str(Path.home() / ".local" / "share" / APP_NAME)
    return Path(location) / "this-computer"
