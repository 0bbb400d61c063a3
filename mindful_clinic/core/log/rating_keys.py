"""Typing a 0-10 rating with one key: 0-9 answer at once, "1" then "0" within a second is 10.

"1" alone is ambiguous (1 or the start of 10), so it is held as a pending answer: "0" within the
window makes 10; Enter (``confirm``) or the window running out makes 1; another digit replaces it
(the user changed their mind). Time comes from the caller (a monotonic reading), so the widget only feeds
keys and clock readings and tests need no waiting.
"""

from __future__ import annotations

from dataclasses import dataclass

TEN_WINDOW_S = 1.0


@dataclass(frozen=True)
class KeyResult:
    rating: int | None = None
    """A finished answer, or None."""
    pending: int | None = None
    """A tentative answer to show highlighted (only ever 1) while waiting for a possible "0"."""
    handled: bool = True
    """False for keys that mean nothing here, so the widget can pass them on."""


IGNORED = KeyResult(handled=False)


class RatingKeys:
    def __init__(self, window_s: float = TEN_WINDOW_S) -> None:
        self.window_s = window_s
        self._pending_since: float | None = None

    @property
    def pending(self) -> bool:
        return self._pending_since is not None

    def deadline(self) -> float | None:
        """The monotonic time at which a pending 1 becomes the answer."""
        return None if self._pending_since is None else self._pending_since + self.window_s

    def press(self, key: str, now: float) -> KeyResult:
        """Feed one typed character (``"0"``-``"9"``); anything else is ignored."""
        if len(key) != 1 or not key.isascii() or not key.isdigit():
            return IGNORED
        expired = self.poll(now)
        if expired is not None:
            return expired  # the pending 1 ran out before this key arrived: 1 was the answer
        if self._pending_since is not None:
            self._pending_since = None
            if key == "0":
                return KeyResult(rating=10)
        if key == "1":
            self._pending_since = now
            return KeyResult(pending=1)
        return KeyResult(rating=int(key))

    def poll(self, now: float) -> KeyResult | None:
        """Call when the window may have run out: 1 once strictly past the deadline, else None."""
        deadline = self.deadline()
        if deadline is None or now <= deadline:
            return None
        self._pending_since = None
        return KeyResult(rating=1)

    def confirm(self) -> KeyResult | None:
        """Enter while "1" is pending: 1 now, without waiting."""
        if self._pending_since is None:
            return None
        self._pending_since = None
        return KeyResult(rating=1)

    def reset(self) -> None:
        self._pending_since = None
