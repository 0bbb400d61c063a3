"""The practices on offer: reloading tells everyone who follows the catalogue."""

from __future__ import annotations

from mindful_clinic.core.practice.catalog import Catalog
from mindful_clinic.services.practice.library import shipped_entries
from mindful_clinic.ui.practice.catalog_model import CatalogModel


def test_a_reload_reads_again_and_says_so() -> None:
    entries = shipped_entries()
    loads: list[Catalog] = [Catalog(entries), Catalog(entries[:1])]
    model = CatalogModel(loads[0], loads.pop)
    seen: list[Catalog] = []
    model.changed.connect(seen.append)
    model.reload()
    assert seen == [model.catalog]
    assert model.catalog.ids() == [entries[0].id]
