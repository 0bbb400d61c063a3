"""Times and whole numbers are ASCII digits only: "²" passes ``str.isdigit()`` but ``int()`` refuses
it, so every such value must be a plain message (a RuleError, a ValueError), never a traceback."""

from __future__ import annotations

from datetime import time

import pytest

from mindful_clinic.core.reminders.rules import (
    ReminderSettings,
    RuleError,
    TimeWindow,
    parse_hhmm,
    shown,
    whole_number,
)

NOT_TIMES = [
    "²:00", "14:²", "¹²:30", "①:00",  # pass isdigit(), refused by int()
    "١٤:05", "१४:05", "1٤:05",  # other scripts' digits: int() reads them, a time field does not
    "9" * 5000 + ":00", "00:" + "9" * 5000, "99999999999999999999:00",  # huge
    "+1:00", "1_0:00", " 1:0 0", "14 :05", "-1:00", "14:05:00", ":", "", "14", "\x00:00",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_TIMES)
def test_anything_but_an_ascii_time_is_a_rule_error_naming_the_field(text: str) -> None:
    with pytest.raises(RuleError, match=r"^start '.*' is not a time like 14:05$"):
        parse_hhmm(text, "start")


def test_ascii_times_still_read_as_before() -> None:
    assert parse_hhmm("14:05") == time(14, 5)
    assert parse_hhmm(" 7:5 ") == time(7, 5)
    assert parse_hhmm("00:00") == time(0, 0)


def test_a_huge_bad_value_is_repeated_clipped_and_without_control_characters() -> None:
    with pytest.raises(RuleError) as caught:
        parse_hhmm("\x1b[2J" + "9" * 5000)
    message = str(caught.value)
    assert len(message) < 100
    assert "\x1b" not in message and "?[2J999" in message
    assert shown("x" * 41) == "x" * 39 + "…"


@pytest.mark.parametrize(
    ("text", "number"),
    [("0", 0), ("42", 42), ("007", 7), ("²", None), ("١٤", None), ("", None), ("+5", None),
     (" 5", None), ("1_0", None), ("-1", None), ("9" * 10, None), ("9" * 5000, None)],
)  # fmt: skip
def test_whole_number_takes_ascii_digits_only(text: str, number: int | None) -> None:
    assert whole_number(text) == number


def test_a_bad_time_in_the_users_settings_is_a_rule_error() -> None:
    """The reminder store turns a RuleError into its one-line note; a ValueError was a traceback."""
    rule = {"id": "lunch", "kind": "fixed", "times": ["²:30"]}
    with pytest.raises(RuleError, match="rule 'lunch' time '²:30' is not a time"):
        ReminderSettings.from_dict({"rules": [rule]})
    with pytest.raises(RuleError, match="working hours start"):
        TimeWindow.from_dict({"start": "²:00", "end": "18:00"}, "working hours")
