"""What the app can tell about the desktop here, said plainly in Settings → Reminders.

"On this computer the app can tell: do-not-disturb ✓, a locked screen ✓, a full-screen window ✗
(not on Wayland)." Then what that means: no reminder appears while a ticked one is on; for the
rest, Pause or In session. The list is computed from the detectors this computer actually has
(``detects``, a set of ``"dnd"``, ``"lock"``, ``"fullscreen"``); when it carries ``why_not`` (a
``core.reminders.presence.Detects``), the reason for a cross is said too.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

DND, LOCK, FULLSCREEN = "dnd", "lock", "fullscreen"
WAYLAND, NO_X11, NOT_HERE = "wayland", "no-x11", "not-here"


def _names() -> dict[str, str]:
    return {
        DND: QCoreApplication.translate("QuietBox", "do-not-disturb"),
        LOCK: QCoreApplication.translate("QuietBox", "a locked screen"),
        FULLSCREEN: QCoreApplication.translate("QuietBox", "a full-screen window"),
    }


def _reason(code: str, platform: str) -> str:
    if code == WAYLAND:
        return QCoreApplication.translate("QuietBox", "not on Wayland")
    if code == NO_X11:
        return QCoreApplication.translate("QuietBox", "libX11 is not installed")
    if code == NOT_HERE and platform == "win32":
        return QCoreApplication.translate("QuietBox", "Windows does not tell other programs")
    if code == NOT_HERE and platform == "darwin":
        return QCoreApplication.translate("QuietBox", "macOS does not tell other programs")
    return ""


def detection_text(detects: frozenset[str], platform: str = sys.platform) -> str:
    """What the app can and cannot tell on this computer, and what to do about the rest."""
    why_not = getattr(detects, "why_not", {})
    items = []
    for key, name in _names().items():
        if key in detects:
            items.append(QCoreApplication.translate("QuietBox", "{what} ✓").format(what=name))
            continue
        why = _reason(why_not.get(key, ""), platform)
        items.append(
            QCoreApplication.translate("QuietBox", "{what} ✗ ({why})").format(what=name, why=why)
            if why
            else QCoreApplication.translate("QuietBox", "{what} ✗").format(what=name)
        )
    parts = [
        QCoreApplication.translate("QuietBox", "On this computer the app can tell: {list}.").format(
            list=", ".join(items)
        )
    ]
    seen = [k for k in _names() if k in detects]
    if seen:
        parts.append(
            QCoreApplication.translate(
                "QuietBox",
                "While a ticked one is on, no reminder appears; afterwards one quiet line names the next.",
            )
        )
    if len(seen) < len(_names()):
        parts.append(
            QCoreApplication.translate(
                "QuietBox",
                "For the rest, use Pause or In session before a meeting or a presentation.",
            )
        )
    return " ".join(parts)
