"""Each problem in a clinic defaults file names its own line, however many there are."""

from __future__ import annotations

from mindful_clinic.core.admin.parse import parse_defaults


def test_every_unknown_key_and_every_reminder_is_named_at_its_own_line() -> None:
    keys = [f"unknown_{i} = {i}" for i in range(2000)]
    reminders = ['[[reminders]]\ntimes = ["25:00"]' for _ in range(3)]
    text = "\n".join([*keys, "alsounknown = 1", *reminders]) + "\n"
    _defaults, problems = parse_defaults(text, "defaults.toml")
    unknown = [p for p in problems if "is not a setting" in p.message]
    assert [p.line for p in unknown] == [*range(1, 2001), 2001]
    bad_rules = [p for p in problems if p.message.startswith("reminder ")]
    assert [p.line for p in bad_rules] == [2002, 2004, 2006]
