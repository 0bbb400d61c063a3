"""Self-checks, kept privately in ``selfchecks.json`` in the data folder (issue #19, spec section 5).

Never part of the practice log or group mode. ``delete_all`` and ``export_rows`` are for "Delete all
my data" and the exports.
"""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.core.selfcheck.records import SelfCheck, oldest_first, read_all, summary_row
from mindful_clinic.services.storage.private_list import PrivateList, SharedList

FILE_NAME = "selfchecks.json"
SCHEMA_VERSION = 1


class SelfCheckStore(PrivateList[SelfCheck]):
    def __init__(self, folder: Path, shared: SharedList | None = None) -> None:
        super().__init__(
            Path(folder) / FILE_NAME,
            "checks",
            SCHEMA_VERSION,
            SelfCheck.from_json,
            SelfCheck.to_json,
            "self-checks",
            shared,
        )

    def all(self) -> list[SelfCheck]:
        """Oldest first."""
        return oldest_first(self.items)

    def export_rows(self) -> list[dict[str, object]]:
        """Scores and dates with the stored answers, oldest first."""
        return [
            {**summary_row(c, r), "who5_items": c.to_json()["who5"], "cbi": c.to_json()["cbi"]}
            for c, r in read_all(self.items)
        ]
