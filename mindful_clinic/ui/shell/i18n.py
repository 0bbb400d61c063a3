"""One way to translate text outside a QObject's ``self.tr``: ``translate("Context", "Text")``.

Qt's ``pyside6-lupdate`` (scripts/update_translations.sh) finds calls written this way with their
context, so a translator sees each sentence where it belongs; a module-level ``tr("...")`` helper
would be collected without a context, and its translation never found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, looked up in ``context`` (a class or feature name)."""
    return QCoreApplication.translate(context, text)
