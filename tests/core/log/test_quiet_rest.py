"""The quiet-rest comparison appears only once both sides have five rated sessions."""

from __future__ import annotations

from mindful_clinic.core.log.quiet_rest import FAIREST, compare_with_quiet_rest, describe_comparison
from mindful_clinic.core.log.stats import StatRow


def _rows(pid: str, title: str, pairs: list[tuple[int, int]]) -> list[StatRow]:
    return [
        StatRow(f"{pid}{i}", "2026-03-02T10:00:00+01:00", pid, title, 300, True, b, a)
        for i, (b, a) in enumerate(pairs)
    ]


def test_no_comparison_until_both_have_five_rated_sessions() -> None:
    rest = _rows("quiet_rest", "Quiet rest", [(6, 5)] * 4)
    sigh = _rows("cyclic_sigh", "Cyclic sighing", [(7, 4)] * 6)
    report = compare_with_quiet_rest(rest + sigh)
    assert not report.ready and report.comparisons == ()
    assert report.waiting == (("Cyclic sighing", 6),)
    more = rest + _rows("quiet_rest", "Quiet rest", [(6, 5)])
    report = compare_with_quiet_rest(more + sigh + _rows("stop_1", "STOP", [(5, 4)] * 4))
    assert report.ready
    assert [c.practice_id for c in report.comparisons] == ["cyclic_sigh"]
    only = report.comparisons[0]
    assert only.difference == -2
    assert "-3 over 6 sessions, beside -1 over 5 quiet rests" in describe_comparison(only)
    assert report.waiting == (("STOP", 4),)
    assert "fairest comparison" in FAIREST and "not a trial" in FAIREST
