"""Finding translated content: ``mindful_clinic/content/<lang>/<same path as the English file>``.

The core merges and checks (``core.i18n.overlay``); this module only knows where the files are, and
hands the core a reader for one language. A language without a folder, or a file without a
translation, reads as "none": that content stays English.
"""

from __future__ import annotations

from importlib import resources

from mindful_clinic.core.i18n.language import ENGLISH
from mindful_clinic.core.i18n.overlay import use_overlays


class OverlayFiles:
    """Reads ``content/<language>/<name>`` (a value: two readers of one language are equal, so the
    content caches keyed by the reader are shared)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OverlayFiles) and other.language == self.language

    def __hash__(self) -> int:
        return hash((OverlayFiles, self.language))

    def __call__(self, name: str) -> str | None:
        if self.language == ENGLISH:
            return None
        path = resources.files("mindful_clinic.content").joinpath(self.language, *name.split("/"))
        try:
            return path.read_text(encoding="utf-8") if path.is_file() else None
        except (OSError, UnicodeDecodeError):
            return None


def use_content_language(language: str) -> None:
    """Read shipped content in ``language`` from now on (English where it has no translation)."""
    use_overlays(language, OverlayFiles(language) if language != ENGLISH else None)
