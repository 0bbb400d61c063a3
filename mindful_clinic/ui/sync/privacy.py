"""Where the data is, said plainly: on this computer only, or in the synced folder too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def privacy_text(folder: str | None) -> str:
    """Settings → Privacy's first sentence, for the synced folder in use (None: not syncing)."""
    if not folder:
        return QCoreApplication.translate(
            "LogActions",
            "Your practice log is kept only on this computer, in files readable by your user "
            "account alone. Nothing is ever sent anywhere.",
        )
    return QCoreApplication.translate(
        "SyncPrivacy",
        "Your practice log, reflections, self-checks, favourites, your own practices and the "
        "settings that follow you are kept in your synced folder (%1), and your sync service "
        "copies them to your other computers. They are as private as that service: whoever can "
        "read it can read them, and a service provided by your organisation may be managed by "
        "its IT team. The app itself never sends anything anywhere.",
    ).replace("%1", folder)
