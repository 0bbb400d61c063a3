"""Hostile or broken clinic defaults files: each is a problem said plainly, never a stopped app
(docs/deploying.md: "A broken file never stops the app")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mindful_clinic.services.admin.defaults import load

NESTED = "a = " + "[" * 1000 + "]" * 1000 + "\n"
NESTED_TABLES = "a = " + "".join(f"{{k{i} = " for i in range(1000)) + "1" + "}" * 1000 + "\n"


def loaded_from(path: Path) -> tuple[object, list[str]]:
    loaded = load("linux", {"MINDFUL_CLINIC_DEFAULTS": str(path)})
    return loaded.defaults, [str(p) for p in loaded.problems]


@pytest.mark.parametrize("text", [NESTED, NESTED_TABLES])
def test_a_file_nested_too_deeply_is_reported_and_ignored(tmp_path: Path, text: str) -> None:
    path = tmp_path / "defaults.toml"
    path.write_text(text, encoding="utf-8")
    defaults, problems = loaded_from(path)
    assert problems == [f"{path}: is nested too deeply; ignored"]
    assert defaults.is_empty()  # type: ignore[attr-defined]


def test_a_folder_or_a_pipe_in_the_files_place_is_reported_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "defaults.toml"
    folder.mkdir()
    assert loaded_from(folder)[1] == [f"{folder}: is not a file; ignored"]
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)  # opening it would wait for a writer: the app would never start
    assert loaded_from(pipe)[1] == [f"{pipe}: is not a file; ignored"]


def test_bad_times_anywhere_leave_out_only_their_part(tmp_path: Path) -> None:
    path = tmp_path / "defaults.toml"
    path.write_text(
        '[working_hours]\nstart = "²:00"\nend = "18:00"\n\n'
        '[[reminders]]\nkind = "fixed"\ntimes = ["١٢:30"]\n\n'
        '[[reminders]]\nkind = "interval"\nevery = 60\nfrom = "09:00"\nto = "'
        + "9" * 5000
        + ':00"\n\n[[reminders]]\nkind = "fixed"\ntimes = ["12:30"]\n',
        encoding="utf-8",
    )
    defaults, problems = loaded_from(path)
    assert [r.rule.id for r in defaults.reminders] == ["clinic-3"]  # type: ignore[attr-defined]
    assert len(problems) == 3 and all("is not a time like 14:05" in p for p in problems)
    assert all(len(p) < 200 for p in problems)  # the 5,000 digits are clipped


def test_contact_addresses_that_run_code_or_open_files_are_refused_and_said(
    tmp_path: Path,
) -> None:
    path = tmp_path / "defaults.toml"
    path.write_text(
        '[[support.contacts]]\nname = "Script"\nurl = "javascript:alert(1)"\n\n'
        '[[support.contacts]]\nname = "Files"\nphone = "01632 960 123"\n'
        'url = "file:///etc/passwd"\n\n'
        '[[support.contacts]]\nname = "OH"\nurl = "https://oh.example.org"\n\n'
        '[[support.contacts]]\nname = "EAP"\nurl = "mailto:eap@example.org"\n',
        encoding="utf-8",
    )
    defaults, problems = loaded_from(path)
    contacts = [(c.name, c.phone, c.url) for c in defaults.contacts]  # type: ignore[attr-defined]
    assert contacts == [
        ("Files", "01632 960 123", ""),
        ("OH", "", "https://oh.example.org"),
        ("EAP", "", "mailto:eap@example.org"),
    ]
    assert problems == [
        f"{path}, line 3: contact 'Script': url 'javascript:alert(1)' is not a web, mail or "
        "phone address (https:, http:, mailto: or tel:); left out",
        f"{path}, line 8: contact 'Files': url 'file:///etc/passwd' is not a web, mail or "
        "phone address (https:, http:, mailto: or tel:); only the phone is used",
    ]


def test_control_characters_in_a_problem_cannot_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "defaults.toml"
    path.write_text('"\\u001b[2Jevil" = 1\n', encoding="utf-8")
    assert loaded_from(path)[1] == [f"{path}: '?[2Jevil' is not a setting this app knows; ignored"]


@pytest.mark.parametrize(
    "text",
    ['support = 5\nreminders = "x"\nworking_hours = [1]\nfeatures = 3\nlocked = true\n',
     '[[reminders]]\nkind = "interval"\nevery = 9223372036854775807\nfrom = 1979-05-27T07:32:00Z\n'
     'to = {a = 1}\n[[reminders]]\nkind = "fixed"\ntimes = [12:30:00, 1.5, inf, nan, [], {}]\n'
     'days = [1, true, {}]\n[locked]\nkeys = [[1], {}, 5]\n',
     "a = [1,\n[[[\nb = \n", "\x00\x01binary\n"],
)  # fmt: skip
def test_wrong_types_everywhere_and_invalid_toml_are_problems(tmp_path: Path, text: str) -> None:
    path = tmp_path / "defaults.toml"
    path.write_text(text, encoding="utf-8")
    defaults, problems = loaded_from(path)
    assert problems and defaults.is_empty()  # type: ignore[attr-defined]
