"""The practices on offer, as one object: the home screen, reminders and group mode follow it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from mindful_clinic.core.practice.catalog import Catalog


class CatalogModel(QObject):
    changed = Signal(object)
    """The new Catalog, after the user's own patterns or practices changed."""

    def __init__(
        self, catalog: Catalog, load: Callable[[], Catalog], parent: QObject | None = None
    ) -> None:
        """``load`` reads the shipped and the user's own practices again."""
        super().__init__(parent)
        self.catalog = catalog
        self._load = load

    def reload(self) -> None:
        self.catalog = self._load()
        self.changed.emit(self.catalog)
