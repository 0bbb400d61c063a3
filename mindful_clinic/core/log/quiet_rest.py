"""Each practice's change set beside the user's own quiet-rest change (content-spec 4.4, issue #19).

Quiet rest is sitting for the same length with no guidance, rated before and after like any practice.
Time passing, leaving a stressful moment, expectation and regression to the mean all lower ratings
with or without a practice [S41]; the quiet-rest change shows how much of that the user sees on their
own. A practice is compared only once both it and quiet rest have ``MIN_RATED`` rated sessions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP
from mindful_clinic.core.log.stats import MIN_RATED, ChangeStats, SessionLike, change_stats

QUIET_REST_ID = "quiet_rest"
FAIREST = QT_TRANSLATE_NOOP(
    "core",
    "This sets each practice beside your own quiet rest of the same kind: the fairest comparison "
    "this app can offer. It is still not a trial: you chose when to do each, and you knew which "
    "was which.",
)


@dataclass(frozen=True)
class Comparison:
    practice_id: str
    title: str
    practice: ChangeStats
    quiet_rest: ChangeStats

    @property
    def difference(self) -> float | None:
        """Practice median change minus quiet-rest median change (negative: the practice's ratings
        fell further than quiet rest's)."""
        a, b = self.practice.median, self.quiet_rest.median
        return None if a is None or b is None else a - b


@dataclass(frozen=True)
class QuietRestReport:
    quiet_rest: ChangeStats
    comparisons: tuple[Comparison, ...]
    waiting: tuple[tuple[str, int], ...]
    """Practices with some rated sessions but fewer than MIN_RATED: (title, rated so far)."""

    @property
    def ready(self) -> bool:
        return self.quiet_rest.rated >= MIN_RATED


def compare_with_quiet_rest(sessions: Iterable[SessionLike]) -> QuietRestReport:
    by_id: dict[str, list[SessionLike]] = {}
    titles: dict[str, str] = {}
    for s in sessions:
        by_id.setdefault(s.practice_id, []).append(s)
        titles[s.practice_id] = s.practice_title
    rest = change_stats(by_id.pop(QUIET_REST_ID, []))
    comparisons: list[Comparison] = []
    waiting: list[tuple[str, int]] = []
    for pid, group in by_id.items():
        stats = change_stats(group)
        if stats.rated >= MIN_RATED and rest.rated >= MIN_RATED:
            comparisons.append(Comparison(pid, titles[pid], stats, rest))
        elif stats.rated:
            waiting.append((titles[pid], stats.rated))
    return QuietRestReport(rest, tuple(comparisons), tuple(waiting))


def describe_comparison(c: Comparison) -> str:
    """One plain sentence, in points on the 0-10 scale."""
    a, b = c.practice.median, c.quiet_rest.median
    if a is None or b is None:
        return f"{c.title}: not enough ratings yet."
    return (
        f"{c.title}: a median change of {a:+g} over {c.practice.rated} sessions, beside "
        f"{b:+g} over {c.quiet_rest.rated} quiet rests."
    )
