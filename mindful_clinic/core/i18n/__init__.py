"""Marking the core's user-facing words for translation, without Qt (issue #17).

The core is plain Python, so it cannot translate. It marks each English sentence a person will read
with ``QT_TRANSLATE_NOOP(context, text)``: the function hands the text back unchanged, and
``pyside6-lupdate`` (which knows the name) extracts it into the ``.ts`` file under that context. The
window then shows ``QCoreApplication.translate(context, text)``, and the command line does the same
through ``services.i18n``. Most core words use the context ``"core"``; a few keep the context the
window already looked them up in (``"BodyRegion"``).

Practice content (TOML) is translated differently: by overlay files (``core.i18n.overlay``).
"""

from __future__ import annotations

from collections.abc import Callable

CORE = "core"
"""The translation context of the core's own words."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction under ``context``; returns it unchanged."""
    return text


Translate = Callable[[str], str]
"""Turns an English text marked with ``QT_TRANSLATE_NOOP("core", ...)`` into the user's language
(the command line passes one built from the app's translator; the default keeps the English)."""


def same(text: str) -> str:
    """The English, unchanged: the default ``Translate``."""
    return text
