"""Which language the app speaks: the user's choice in Settings, else the system's (issue #17).

Plain logic shared by the window and the command line; ``services.i18n.language`` feeds it the
saved choice and the system's preferred languages (``QLocale.system().uiLanguages()``, which follows
``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` on Linux and the system settings elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterable

ENGLISH = "en"
LANGUAGES = ("en", "de")
"""Languages the app ships, English (the source) first."""
SYSTEM = "system"
CHOICES = (SYSTEM, *LANGUAGES)
"""What Settings → General offers: follow the system, or one language."""


def normalise_choice(value: object) -> str:
    """A saved choice, or "system" for anything missing or unknown."""
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def choose_language(choice: str, preferred: Iterable[str]) -> str:
    """The language to use: an explicit choice, else the first of the system's preferred
    languages ("de-DE", "de_AT", "en-GB"...) that the app ships, else English."""
    if choice in LANGUAGES:
        return choice
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH
