"""The supervision / CPD summary of the log, as plain text and as JSON (``log summary``).

Both say the sessions that started at 0 apart, with how many stayed at 0 and how many rose (they
cannot go lower, content-spec §4.3.5); lower, same and higher count only the others. Change per
practice appears only for practices with at least five rated sessions (§4.3.6).
"""

from __future__ import annotations

from typing import Any

from mindful_clinic.core.log.stats import (
    CAVEAT,
    ChangeStats,
    Summary,
    fmt_minutes,
    fmt_number,
)


def summary_json(summary: Summary) -> dict[str, Any]:
    """The ``log summary --json`` contract (issue #14): keys exactly as written there."""
    c = summary.change
    return {
        "practices": summary.sessions,
        "minutes": round(summary.seconds / 60, 1),
        **_counts(c),
        "started_at_zero": {
            "count": c.started_at_zero,
            "same": c.started_at_zero - c.zero_rose,
            "higher": c.zero_rose,
        },
        "by_practice": [
            {"practice_id": p.practice_id, **_counts(p.change)} for p in summary.changes
        ],
    }


def _counts(c: ChangeStats) -> dict[str, Any]:
    return {
        "rated": c.rated,
        "lower": c.improved,
        "same": c.same,
        "higher": c.worse,
        "median_change": c.median,
    }


def zero_sentence(c: ChangeStats) -> str:
    """How the sessions that started at 0 went, said apart (they cannot go lower)."""
    stayed = c.started_at_zero - c.zero_rose
    return (
        f"{c.started_at_zero} started at 0, so could not go lower: "
        f"{stayed} stayed at 0 and {c.zero_rose} rose"
    )


def format_summary(summary: Summary) -> str:
    """Plain text for a supervision note or a CPD portfolio (the CLI prints it)."""
    lines: list[str] = []
    add = lines.append
    start = summary.start.isoformat() if summary.start else "the first session"
    end = summary.end.isoformat() if summary.end else "today"
    add(f"Practice log summary, {start} to {end}")
    add("")
    done = f"{summary.completed} completed, {summary.sessions - summary.completed} ended early"
    add(f"Sessions: {summary.sessions} ({done})")
    add(f"Time practising: {fmt_minutes(summary.seconds)} minutes")
    if summary.by_practice:
        add("")
        add("By practice:")
        for t in summary.by_practice:
            plural = "session" if t.sessions == 1 else "sessions"
            add(f"  {t.title}: {t.sessions} {plural}, {fmt_minutes(t.seconds)} min")
    add("")
    c = summary.change
    if c.rated and c.median is not None and c.q1 is not None and c.q3 is not None:
        add(f"Stress ratings (0-10) before and after, {c.rated} sessions rated both times:")
        add(
            f"  median change {fmt_number(c.median)} points "
            f"(interquartile range {fmt_number(c.q1)} to {fmt_number(c.q3)})"
        )
        if c.compared:
            add(
                f"  of the {c.compared} that did not start at 0: {c.improved} lower afterwards, "
                f"{c.same} the same, {c.worse} higher"
            )
        if c.started_at_zero:
            add(f"  {zero_sentence(c)}")
        for p in summary.changes:
            pc = p.change
            add(
                f"  {p.title}: {pc.rated} rated, median change {fmt_number(pc.median or 0)}; "
                f"{pc.improved} lower, {pc.same} the same, {pc.worse} higher"
                + (f", {pc.started_at_zero} started at 0" if pc.started_at_zero else "")
            )
    else:
        add("Stress ratings: no session in this period was rated both before and after.")
    add("")
    add(f"Note: {CAVEAT}")
    return "\n".join(lines) + "\n"
