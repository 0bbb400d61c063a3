"""Is a calendar's repeat rule (RRULE) safe to expand? Checked before any library loops over it.

Recurrence libraries walk a rule from its first occurrence up to the window asked for, one period
at a time. A rule with ``INTERVAL=0`` never moves forward, an unknown ``FREQ`` has no period, and
``FREQ=MINUTELY`` from years ago takes millions of steps before the first useful answer: each of
them once hung ``calendar gaps`` for minutes while memory grew past 2 GB. ``rule_problem`` looks at
the parsed parts (``{"FREQ": ["WEEKLY"], "INTERVAL": [2], ...}``, as icalendar gives them) and
answers in plain words, or None when the rule can be expanded within ``max_steps``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime

MAX_RULE_STEPS = 200_000
"""Steps a rule may take to reach the end of the window: a daily rule from 1500 is fine, a
minutely one from last year is not (dateutil walks about a million simple steps in a few seconds)."""

PERIOD_S = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3600,
    "DAILY": 86_400,
    "WEEKLY": 7 * 86_400,
    "MONTHLY": 28 * 86_400,
    "YEARLY": 365 * 86_400,
}
_BY_PARTS = (
    "BYMONTH",
    "BYWEEKNO",
    "BYYEARDAY",
    "BYMONTHDAY",
    "BYDAY",
    "BYHOUR",
    "BYMINUTE",
    "BYSECOND",
)


def rule_problem(
    parts: Mapping[str, Sequence[object]],
    first: datetime,
    until: datetime,
    max_steps: int = MAX_RULE_STEPS,
) -> str | None:
    """Why the rule starting at ``first`` cannot be expanded up to ``until``, or None.

    ``first`` and ``until`` must both be aware (or both naive). The step estimate is deliberately
    generous: every BY list multiplies it, as if each value added occurrences."""
    parts = {str(k).upper(): list(v) for k, v in parts.items()}
    freqs = parts.get("FREQ", [])
    if len(freqs) != 1:
        return (
            "its repeat rule gives no frequency"
            if not freqs
            else "its repeat rule gives FREQ twice"
        )
    freq = str(freqs[0]).upper()
    if freq not in PERIOD_S:
        return f"its repeat rule has an unknown frequency ({freq})"
    interval = _one_number(parts, "INTERVAL", 1)
    if isinstance(interval, str):
        return interval
    if interval is None or interval < 1:
        return f"its repeat rule has INTERVAL={interval}; it must be 1 or more"
    count = _one_number(parts, "COUNT", None)
    if isinstance(count, str):
        return count
    if count is not None and count < 1:
        return f"its repeat rule has COUNT={count}; it must be 1 or more"
    span_s = max((until - first).total_seconds(), 0.0)
    steps = span_s / (PERIOD_S[freq] * interval)
    by_parts = [len(parts[k]) for k in _BY_PARTS if parts.get(k)]
    if count is not None and not by_parts:
        steps = min(steps, count)  # nothing filtered out: each step is one of the COUNT
    steps *= math.prod(by_parts)
    if steps > max_steps:
        return (
            f"it repeats too often to expand (about {_round(steps)} repeats from its start "
            "to now; the limit is "
            f"{max_steps:,})"
        )
    return None


def _one_number(
    parts: Mapping[str, Sequence[object]], key: str, default: int | None
) -> int | str | None:
    values = parts.get(key)
    if not values:
        return default
    if len(values) != 1:
        return f"its repeat rule gives {key} more than once"
    try:
        return int(str(values[0]))
    except ValueError:
        return f"its repeat rule has {key}={values[0]}, which is not a whole number"


def _round(steps: float) -> str:
    if steps >= 1e9:
        return "more than a billion"
    return f"{int(steps):,}"
