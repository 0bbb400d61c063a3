"""A clinic defaults file with a bad time ("²:00", another script's digits, a huge number) is one
problem with its line; the rest of the file is still used (docs/deploying.md)."""

from __future__ import annotations

import pytest

from mindful_clinic.core.admin.parse import parse_defaults


@pytest.mark.parametrize("bad", ["²:00", "١٤:00", "9" * 5000 + ":00"])
def test_bad_working_hours_are_one_problem_and_the_rest_is_used(bad: str) -> None:
    text = f'[working_hours]\nstart = "{bad}"\nend = "18:00"\n\n[features]\ngroup = false\n'
    defaults, problems = parse_defaults(text, "d.toml")
    assert defaults.working_hours is None
    assert defaults.features == {"group": False}
    assert [(p.line, p.message.split("'")[0]) for p in problems] == [(1, "working hours start ")]
    assert "is not a time like 14:05" in problems[0].message


def test_a_bad_reminder_time_leaves_out_that_reminder_only() -> None:
    text = (
        '[[reminders]]\nkind = "fixed"\ntimes = ["²:30"]\n\n'
        '[[reminders]]\nkind = "fixed"\ntimes = ["12:30"]\n'
    )
    defaults, problems = parse_defaults(text, "d.toml")
    assert [r.rule.id for r in defaults.reminders] == ["clinic-2"]
    assert [str(p) for p in problems] == [
        "d.toml, line 1: reminder 1: time '²:30' is not a time like 14:05; left out"
    ]
