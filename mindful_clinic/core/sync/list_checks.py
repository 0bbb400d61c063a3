"""Whether one reflection or one self-check read from the synced folder can be used here.

Another computer may hold a newer version of the app (a kind of reflection this one does not know
yet) or may have written an entry wrongly. Such an item is checked on its own, before any list is
built from the folder, so that it is left out of use here and, because it was never shown, is never
deleted by a save on this computer: the computer that wrote it can still read it or fix it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from mindful_clinic.core.reflect.records import Reflection
from mindful_clinic.core.selfcheck.records import SelfCheck


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Check = Callable[[str, Mapping[str, Any]], str | None]
"""Why the item with this id and document cannot be used here, in plain words (None: it can)."""


def readable_by(read: Callable[[object], _HasId]) -> Check:
    """A check that reads the item exactly as the list on this computer will (``read``), and
    also refuses an item filed under another item's id: saving it back would write it under
    its own id and delete the one it was filed under."""

    def unusable(item_id: str, doc: Mapping[str, Any]) -> str | None:
        try:
            item = read(dict(doc))
        except (ValueError, TypeError, KeyError) as exc:  # the records' errors: one plain line
            return str(exc) or type(exc).__name__
        if item.id != item_id:
            return f"it is filed as '{item_id}' but names '{item.id}'"
        return None

    return unusable


reflection = readable_by(Reflection.from_json)
"""Why one synced reflection cannot be used here (None: it can)."""
selfcheck = readable_by(SelfCheck.from_json)
"""Why one synced self-check cannot be used here (None: it can)."""
