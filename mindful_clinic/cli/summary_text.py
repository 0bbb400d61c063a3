"""``log summary`` as plain text in the command's language (issue #17: the command line speaks the
window's language). The figures come from ``core.log.report``'s ``Summary``; only the words and the
way dates and numbers are written change with the language. ``--json`` never comes here."""

from __future__ import annotations

from mindful_clinic.cli import words as w
from mindful_clinic.core.log.stats import CAVEAT, Summary, fmt_minutes, fmt_number


def _signed(value: float) -> str:
    """-2 rather than -2.0, a plus sign for rises, and the language's decimal mark (-1,5)."""
    text = fmt_number(value)
    return text.replace(".", w.locale().decimalPoint()) if "." in text else text


def _minutes(seconds: int) -> str:
    text = fmt_minutes(seconds)
    return text.replace(".", w.locale().decimalPoint()) if "." in text else text


def format_summary(summary: Summary) -> str:
    """Plain text for a supervision note or a CPD portfolio."""
    lines: list[str] = []
    add = lines.append
    start = w.day(summary.start) if summary.start else w.translate("cli", "the first session")
    end = w.day(summary.end) if summary.end else w.translate("cli", "today")
    add(w.say(w.translate("cli", "Practice log summary, %1 to %2"), start, end))
    add("")
    early = summary.sessions - summary.completed
    add(
        w.say(
            w.translate("cli", "Sessions: %1 (%2 completed, %3 ended early)"),
            summary.sessions,
            summary.completed,
            early,
        )
    )
    add(w.say(w.translate("cli", "Time practising: %1 minutes"), _minutes(summary.seconds)))
    if summary.by_practice:
        add("")
        add(w.translate("cli", "By practice:"))
        for total in summary.by_practice:
            one = w.translate("cli", "  %1: 1 session, %2 min")
            many = w.translate("cli", "  %1: %3 sessions, %2 min")
            text = one if total.sessions == 1 else many
            add(w.say(text, total.title, _minutes(total.seconds), total.sessions))
    add("")
    c = summary.change
    if c.rated and c.median is not None and c.q1 is not None and c.q3 is not None:
        add(
            w.say(
                w.translate(
                    "cli", "Stress ratings (0-10) before and after, %1 sessions rated both times:"
                ),
                c.rated,
            )
        )
        add(
            w.say(
                w.translate("cli", "  median change %1 points (interquartile range %2 to %3)"),
                _signed(c.median),
                _signed(c.q1),
                _signed(c.q3),
            )
        )
        if c.compared:
            add(
                w.say(
                    w.translate(
                        "cli",
                        "  of the %1 that did not start at 0: %2 lower afterwards, %3 the same, "
                        "%4 higher",
                    ),
                    c.compared,
                    c.improved,
                    c.same,
                    c.worse,
                )
            )
        if c.started_at_zero:
            add(
                w.say(
                    w.translate(
                        "cli",
                        "  %1 started at 0, so could not go lower: %2 stayed at 0 and %3 rose",
                    ),
                    c.started_at_zero,
                    c.started_at_zero - c.zero_rose,
                    c.zero_rose,
                )
            )
        for p in summary.changes:
            pc = p.change
            line = w.say(
                w.translate(
                    "cli", "  %1: %2 rated, median change %3; %4 lower, %5 the same, %6 higher"
                ),
                p.title,
                pc.rated,
                _signed(pc.median or 0),
                pc.improved,
                pc.same,
                pc.worse,
            )
            if pc.started_at_zero:
                line += w.say(w.translate("cli", ", %1 started at 0"), pc.started_at_zero)
            add(line)
    else:
        add(
            w.translate(
                "cli", "Stress ratings: no session in this period was rated both before and after."
            )
        )
    add("")
    add(w.say(w.translate("cli", "Note: %1"), w.core(CAVEAT)))
    return "\n".join(lines) + "\n"
