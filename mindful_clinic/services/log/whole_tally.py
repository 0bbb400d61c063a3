"""The whole log's tally, summed from the months' tallies once per change of the log.

``LogStore`` counts its changes (``LogReading._changed``: a month read, replaced, rewritten or
removed, whether by this window, the command line or a synced copy, and "delete all"). Insights'
figures, the quiet-rest comparison and the list of practices all start from the same sum of every
month's tally; this keeps that sum with the change count it was made at, so showing Insights adds
the months up once, and not again until the log changes. The sum is shared and must not be changed
by its readers.
"""

from __future__ import annotations

from collections.abc import Callable

from mindful_clinic.core.log.tally import Tally


class WholeTally:
    def __init__(self) -> None:
        self._at: int | None = None
        self._tally = Tally()

    def get(self, generation: int, add_up: Callable[[], Tally]) -> Tally:
        """The sum for ``generation`` of the log: ``add_up()`` only if the log changed since."""
        if self._at != generation:
            self._tally = add_up()
            self._at = generation
        return self._tally
