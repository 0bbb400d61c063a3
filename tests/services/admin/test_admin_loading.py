"""Finding the clinic's defaults file on each system, and what the app does with it."""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.core.admin.parse import parse_defaults
from mindful_clinic.core.support.contacts import SupportEdits, shipped_support
from mindful_clinic.services.admin.apply import reminder_defaults, support_info
from mindful_clinic.services.admin.defaults import candidate_paths, load, load_defaults
from mindful_clinic.services.reminders.store import ReminderStore


def test_each_system_looks_in_its_own_place() -> None:
    assert candidate_paths("linux", {}) == [Path("/etc/xdg/mindful_clinic/defaults.toml")]
    assert candidate_paths("linux", {"XDG_CONFIG_DIRS": "/a:/b"}) == [
        Path("/a/mindful_clinic/defaults.toml"),
        Path("/b/mindful_clinic/defaults.toml"),
    ]
    assert candidate_paths("win32", {"PROGRAMDATA": r"D:\PD"}) == [
        Path(r"D:\PD") / "mindful_clinic" / "defaults.toml"
    ]
    assert candidate_paths("darwin", {}) == [
        Path("/Library/Application Support/mindful_clinic/defaults.toml")
    ]


def test_the_first_folder_holding_a_file_wins(tmp_path: Path) -> None:
    for name, hours in (("b", "07:00"), ("c", "09:00")):
        folder = tmp_path / name / "mindful_clinic"
        folder.mkdir(parents=True)
        (folder / "defaults.toml").write_text(
            f'[working_hours]\nstart = "{hours}"\nend = "17:00"\n', encoding="utf-8"
        )
    dirs = f"{tmp_path / 'a'}:{tmp_path / 'b'}:{tmp_path / 'c'}"
    loaded = load("linux", {"XDG_CONFIG_DIRS": dirs})
    assert loaded.path == tmp_path / "b" / "mindful_clinic" / "defaults.toml"
    assert loaded.defaults.working_hours is not None
    assert loaded.defaults.working_hours.to_dict()["start"] == "07:00"
    assert loaded.to_json() == {"path": str(loaded.path), "loaded": True, "problems": []}


def test_no_file_is_no_defaults_and_no_problem(tmp_path: Path) -> None:
    defaults, problems = load_defaults("linux", {"XDG_CONFIG_DIRS": str(tmp_path)})
    assert defaults.is_empty() and problems == []


def test_features_are_on_without_a_file_and_as_the_file_says_with_one(tmp_path: Path) -> None:
    none = load("linux", {"XDG_CONFIG_DIRS": str(tmp_path / "none")})
    assert none.feature("group") and none.feature("voice") and not none.loaded
    folder = tmp_path / "etc" / "mindful_clinic"
    folder.mkdir(parents=True)
    (folder / "defaults.toml").write_text("[features]\ngroup = false\n", encoding="utf-8")
    loaded = load("linux", {"XDG_CONFIG_DIRS": str(tmp_path / "etc")})
    assert not loaded.feature("group") and loaded.feature("voice")
    assert loaded.defaults.feature("group") is False
    assert load("linux", {"XDG_CONFIG_DIRS": str(tmp_path)}).to_json()["loaded"] is False


def test_a_file_that_is_not_text_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_bytes(b"\xff\xfe\x00bad")
    defaults, problems = load_defaults("linux", {"MINDFUL_CLINIC_DEFAULTS": str(path)})
    assert defaults.is_empty()
    assert [str(p) for p in problems] == [f"{path}: is not UTF-8 text; ignored"]


def test_clinic_contacts_come_first_and_locked_edits_are_set_aside() -> None:
    text = '[[support.contacts]]\nname = "OH"\nphone = "123"\nhours = "9-5"\n'
    defaults, _ = parse_defaults(text, "d")
    shipped = shipped_support()
    edits = SupportEdits(hidden=[shipped.contacts[0].id])
    info = support_info(defaults, shipped, edits)
    assert info.contacts[0].name == "OH" and info.contacts[0].how == "123"
    assert shipped.contacts[0].id not in [c.id for c in info.contacts]
    locked, _ = parse_defaults(text + '[locked]\nkeys = ["support.contacts"]\n', "d")
    info = support_info(locked, shipped, edits)
    assert shipped.contacts[0].id in [c.id for c in info.contacts]


def test_the_reminder_store_offers_the_clinics_rules(data_dir: Path) -> None:
    text = '[[reminders]]\nkind = "fixed"\ntimes = ["12:30"]\ndays = ["mon"]\n'
    defaults, _ = parse_defaults(text, "d")
    store = ReminderStore.in_folder(data_dir, reminder_defaults(defaults))
    assert store.problem is None
    assert [r.id for r in store.config.rules] == ["clinic-1", "gaps"]
    assert store.config.rules[0].times[0].strftime("%H:%M") == "12:30"
