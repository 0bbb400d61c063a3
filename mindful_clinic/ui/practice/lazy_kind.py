"""A practice kind that is built when its first practice is opened, so start-up does not wait."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mindful_clinic.core.practice.catalog import CatalogEntry
    from mindful_clinic.ui.practice.flow import PracticeKind, PreparedPractice
    from mindful_clinic.ui.practice.setup_screen import SetupScreen


class LazyKind:
    """A practice kind for the practice flow that builds the real one when a practice is opened."""

    def __init__(self, make: Callable[[], PracticeKind]) -> None:
        self._make = make
        self._kind: PracticeKind | None = None

    @property
    def kind(self) -> PracticeKind:
        if self._kind is None:
            self._kind = self._make()
        return self._kind

    def setup_widget(self, entry: CatalogEntry) -> SetupScreen:
        return self.kind.setup_widget(entry)

    def usual_choice(self, entry: CatalogEntry) -> object | None:
        """The kind's usual choice for ``entry`` without a set-up screen; None if it cannot say."""
        usual = getattr(self.kind, "usual_choice", None)
        return usual(entry) if callable(usual) else None

    def prepare(self, entry: CatalogEntry, choice: object) -> PreparedPractice:
        return self.kind.prepare(entry, choice)

    def remember(self, entry: CatalogEntry, choice: object) -> None:
        self.kind.remember(entry, choice)
