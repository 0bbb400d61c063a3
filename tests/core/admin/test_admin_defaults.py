"""Clinic-wide defaults: read leniently with file and line, merged under the user's settings."""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.core.admin.defaults import merge_reminder_section
from mindful_clinic.core.admin.parse import parse_defaults
from mindful_clinic.core.reminders.rules import ReminderSettings

EXAMPLE = Path(__file__).resolve().parents[3] / "packaging" / "defaults.example.toml"


def test_the_example_file_reads_without_problems() -> None:
    defaults, problems = parse_defaults(EXAMPLE.read_text(encoding="utf-8"), "defaults.toml")
    assert problems == []
    assert [c.name for c in defaults.contacts] == [
        "Occupational Health",
        "Employee Assistance Programme",
    ]
    assert [r.rule.kind for r in defaults.reminders] == ["fixed", "interval"]
    assert defaults.reminders[1].rule.every_minutes == 120
    assert defaults.working_hours is not None and defaults.working_hours.to_dict() == {
        "start": "08:00",
        "end": "18:00",
    }
    assert defaults.feature("group") is False and defaults.feature("voice") is True
    assert defaults.is_locked("support.contacts")


def test_broken_toml_is_one_problem_with_its_line_and_no_defaults() -> None:
    defaults, problems = parse_defaults('[features]\nvoice = false\ngroup = "no\n', "/etc/x.toml")
    assert defaults.is_empty()
    assert len(problems) == 1 and problems[0].line == 3
    assert str(problems[0]).startswith("/etc/x.toml, line 3: not valid TOML")


def test_bad_entries_are_left_out_and_named_the_rest_is_used() -> None:
    text = "\n".join(
        [
            "[[support.contacts]]",
            'name = "OH"',
            "",
            "[[support.contacts]]",
            'name = "EAP"',
            'phone = "0808"',
            "",
            "[[reminders]]",
            'kind = "fixed"',
            'times = ["25:00"]',
            "",
            "[[reminders]]",
            'kind = "interval"',
            "every = 90",
            "",
            "[features]",
            "teleport = true",
            "",
            "[locked]",
            'keys = ["everything"]',
        ]
    )
    defaults, problems = parse_defaults(text, "d.toml")
    assert [c.name for c in defaults.contacts] == ["EAP"]
    assert [r.rule.id for r in defaults.reminders] == ["clinic-2"]
    lines = {p.line for p in problems}
    assert lines == {1, 8, 16, 19}
    assert any("needs a phone or a url" in p.message for p in problems)
    assert any("25:00" in p.message for p in problems)


def test_a_user_who_never_saved_reminders_starts_from_the_clinics() -> None:
    defaults, _ = parse_defaults(EXAMPLE.read_text(encoding="utf-8"), "d.toml")
    section = merge_reminder_section(defaults, {})
    settings = ReminderSettings.from_dict(section["settings"])
    assert [r.id for r in settings.rules] == ["clinic-1", "clinic-2", "gaps"]


def test_the_users_own_rules_win_unless_locked() -> None:
    defaults, _ = parse_defaults(EXAMPLE.read_text(encoding="utf-8"), "d.toml")
    own = {"settings": {"rules": [{"id": "mine", "kind": "fixed", "times": ["10:00"]}]}}
    assert merge_reminder_section(defaults, own)["settings"]["rules"] == own["settings"]["rules"]
    locked, _ = parse_defaults(
        EXAMPLE.read_text(encoding="utf-8").replace(
            'keys = ["support.contacts"]', 'keys = ["reminders", "working_hours"]'
        ),
        "d.toml",
    )
    own["settings"]["working_hours"] = {"start": "06:00", "end": "09:00"}
    merged = merge_reminder_section(locked, own)["settings"]
    assert [r["id"] for r in merged["rules"]] == ["clinic-1", "clinic-2"]
    assert merged["working_hours"] == {"start": "08:00", "end": "18:00"}


def test_damaged_reminder_settings_under_locked_rules_are_left_to_be_said_not_a_traceback() -> None:
    """A hand-edited settings.json under a clinic's locked rules: a rule that is not an object stays
    (the section's reader says it and keeps it as written), a damaged shape is left as it is."""
    from mindful_clinic.core.reminders.section import read_section

    locked, _ = parse_defaults(
        EXAMPLE.read_text(encoding="utf-8").replace(
            'keys = ["support.contacts"]', 'keys = ["reminders"]'
        ),
        "d.toml",
    )
    rules = [
        "10:00",
        {"id": "g", "kind": "gap"},
        {"id": "mine", "kind": "fixed", "times": ["9:00"]},
    ]
    merged = merge_reminder_section(locked, {"settings": {"rules": rules}})
    read = read_section(merged)
    assert [r.id for r in read.config.rules] == ["clinic-1", "clinic-2", "g"]
    assert len(read.left_out) == 1 and read.kept.rules[0][1] == "10:00"
    for damaged in ({"settings": "rules"}, {"settings": {"rules": 7}}):
        assert merge_reminder_section(locked, damaged) == damaged
        assert read_section(merge_reminder_section(locked, damaged)).damaged


def test_feature_switches_follow_the_user_unless_locked() -> None:
    defaults, _ = parse_defaults("[features]\nvoice = false\n", "d.toml")
    assert defaults.feature("voice") is False
    assert defaults.feature("voice", user_choice=True) is True
    locked, _ = parse_defaults('[features]\nvoice = false\n[locked]\nkeys=["features.voice"]', "d")
    assert locked.feature("voice", user_choice=True) is False
