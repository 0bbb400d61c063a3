"""A page that builds its real content the first time it is shown, keeping start-up light.

Its scroll area (a page taller or wider than the window scrolls, never clips) is made with the
content: six empty scroll areas, one a page, cost about 20 M instructions before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mindful_clinic.ui.shell.fit import scrolling

if TYPE_CHECKING:  # named for the type checker only: PySide makes a class when it is first named
    from PySide6.QtGui import QShowEvent


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def content(self) -> QWidget:
        """The real page, built now if it has not been yet."""
        if self._content is None:
            assert self._factory is not None
            self._content = self._factory()
            self._factory = None
            self._layout.addWidget(scrolling(self._content))
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        _ = self.content
        super().showEvent(event)
