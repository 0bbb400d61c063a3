"""Figures from per-month tallies equal figures from the records, on many random logs."""

from __future__ import annotations

import random
from calendar import monthrange
from datetime import date, datetime, timedelta

import pytest

from mindful_clinic.core.log.quiet_rest import compare_with_quiet_rest
from mindful_clinic.core.log.stats import StatRow, insights, summarize
from mindful_clinic.core.log.tally import (
    Tally,
    insights_from_tally,
    merged,
    quiet_rest_from_tally,
    recent_cutoff,
    summary_from_tally,
    tally,
)

TODAY = date(2026, 3, 18)
PRACTICES = ("box", "sigh", "quiet_rest", "scan", "odd")


def random_log(rng: random.Random) -> list[StatRow]:
    rows = []
    for i in range(rng.randrange(0, 400)):
        moment = datetime(2026, 3, 18, 12) - timedelta(minutes=rng.randrange(0, 60 * 24 * 500))
        pid = rng.choice(PRACTICES[: rng.randint(1, len(PRACTICES))])
        before = None if rng.random() < 0.15 else rng.randint(0, 10)
        after = None if rng.random() < 0.15 else rng.randint(0, 10)
        title = rng.choice(("", f"{pid} title", f"{pid} renamed"))
        rows.append(
            StatRow(
                f"id{i}",
                moment.isoformat(),
                pid,
                title,
                rng.randrange(10, 600),
                rng.random() < 0.8,
                before,
                after,
            )
        )
    rows.sort(key=lambda r: r.started_at)
    return rows


def by_month(rows: list[StatRow]) -> dict[str, Tally]:
    months: dict[str, list[StatRow]] = {}
    for r in rows:
        months.setdefault(r.started_at[:7], []).append(r)
    return {m: tally(group) for m, group in months.items()}


def through_json(t: Tally) -> Tally:
    out = Tally.from_json(t.to_json())
    out.read_days(t.days_json())
    return out


@pytest.mark.parametrize("seed", range(40))
def test_insights_summary_and_quiet_rest_from_tallies_equal_those_from_records(seed: int) -> None:
    rng = random.Random(seed)
    rows = random_log(rng)
    months = {m: through_json(t) for m, t in by_month(rows).items()}
    whole = merged(months[m] for m in sorted(months))
    cutoff = recent_cutoff(TODAY)
    recent = merged(t for m, t in months.items() if m >= cutoff[:7]).days
    assert insights_from_tally(merged(months.values(), days=False), recent, TODAY) == insights(
        rows, TODAY
    )
    assert quiet_rest_from_tally(whole) == compare_with_quiet_rest(rows)
    # a date range over whole months: only tallies are needed
    if months:
        first, last = sorted(rng.choices(sorted(months), k=2))
        start = date.fromisoformat(first + "-01")
        end = date.fromisoformat(last + "-01").replace(
            day=monthrange(int(last[:4]), int(last[5:]))[1]
        )
        inside = merged(months[m] for m in sorted(months) if first <= m <= last)
        assert summary_from_tally(inside, start, end) == summarize(rows, start, end)
    assert summary_from_tally(whole, None, None) == summarize(rows, None, None)


def test_a_tally_that_was_tampered_with_is_refused() -> None:
    good = tally([StatRow("a", "2026-01-01T09:00", "box", "Box", 60, True, 3, 2)]).to_json()
    bad = {"box": [1, 1, 60, "2026-01-01T09:00", "2026-01-01T09:00", "Box", [0] * 120 + [-1]]}
    assert Tally.from_json(good).sessions == 1
    with pytest.raises(ValueError):
        Tally.from_json(bad)
