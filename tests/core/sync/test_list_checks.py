"""Each synced reflection and self-check is checked on its own, as this computer would read it."""

from __future__ import annotations

from datetime import date

from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.core.selfcheck.records import new_check
from mindful_clinic.core.sync.list_checks import reflection, selfcheck


def test_a_readable_item_passes_and_an_unreadable_one_says_why() -> None:
    good = make_reflection("a small win", "win", date(2026, 3, 10))
    assert reflection(good.id, good.to_json()) is None
    newer = {**good.to_json(), "kind": "gratitude"}
    assert "gratitude" in (reflection(good.id, newer) or "")
    check = new_check(date(2026, 3, 10), burnout_item=2)
    assert selfcheck(check.id, check.to_json()) is None
    assert selfcheck(check.id, {**check.to_json(), "burnout_item": "two"})


def test_an_item_filed_under_another_id_is_left_out() -> None:
    """Saved back, it would go under its own id and delete the one it was filed under."""
    good = make_reflection("a small win", "win", date(2026, 3, 10))
    said = reflection("someone-else", good.to_json())
    assert said is not None and "someone-else" in said and good.id in said
