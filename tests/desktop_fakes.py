"""Fakes for the desktop: presence (do-not-disturb, lock) and a notification server that the test answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from mindful_clinic.services.desktop.notifications import DesktopNotifier
from mindful_clinic.services.desktop.presence import DND, LOCK, Presence, PresenceState


class FakePresence(Presence):
    """A desktop the test controls; ``set(locked=True)`` is the fake lock signal."""

    def __init__(self, detects: frozenset[str] = frozenset({DND, LOCK})) -> None:
        super().__init__()
        self.current = PresenceState()
        self._detects = detects

    def state(self) -> PresenceState:
        return self.current

    def detects(self) -> frozenset[str]:
        return self._detects

    def set(self, **changes: bool) -> None:
        self.current = replace(self.current, **changes)
        self.changed.emit()


class FakeNotifier(DesktopNotifier):
    """Records what was shown; ``press``/``dismiss`` act as the user would on the desktop."""

    def __init__(self, answers: bool = True) -> None:
        super().__init__()
        self.answers = answers
        self.shown: list[tuple[int, str, str, list[tuple[str, str]]]] = []
        self.closed_ids: list[int] = []

    def can_answer(self) -> bool:
        return self.answers

    def persistent(self) -> bool:
        return self.answers

    def show(self, title: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> int:
        nid = len(self.shown) + 1
        self.shown.append((nid, title, body, list(actions)))
        return nid

    def close(self, notification_id: int) -> None:
        self.closed_ids.append(notification_id)

    def press(self, key: str) -> None:
        self.action_invoked.emit(self.shown[-1][0], key)

    def dismiss(self) -> None:
        self.closed.emit(self.shown[-1][0], 2)
