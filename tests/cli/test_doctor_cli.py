"""``mindful-clinic doctor``: what IT would ask, as JSON with fixed keys; exit 1 when it cannot run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mindful_clinic import __version__

KEYS = {"version", "practices", "sounds", "translations", "data_dir", "data_dir_writable",
        "sound_output", "speech", "admin_defaults", "ok"}  # fmt: skip


def doctor(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    base.pop("QT_QPA_PLATFORM", None)  # a pure command-line context: doctor must cope alone
    if "XDG_CONFIG_DIRS" in env:  # the file is looked for there, not where conftest points
        base.pop("MINDFUL_CLINIC_DEFAULTS", None)
    base.update(env)
    return subprocess.run(
        [sys.executable, "-m", "mindful_clinic", "doctor", *args],
        capture_output=True, text=True, env=base, timeout=60,
    )  # fmt: skip


def test_json_report_has_every_key_and_says_the_app_can_run(tmp_path: Path) -> None:
    out = doctor("--json", XDG_CONFIG_DIRS=str(tmp_path))
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report.keys() >= KEYS
    assert report["version"] == __version__ and report["ok"] is True
    assert report["practices"] >= 10 and report["sounds"] >= 8
    assert "en" in report["translations"]
    assert report["data_dir_writable"] is True
    assert report["admin_defaults"] == {"path": None, "loaded": False, "problems": []}
    assert report["sync_folder"] is None
    assert set(report["sound_output"]) >= {"found", "detail"}
    assert report["sound_output"]["found"] or report["sound_output"]["detail"]
    assert report["speech"]["found"] or report["speech"]["detail"]


def test_a_broken_defaults_file_is_reported_with_its_line_but_the_app_still_runs(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "mindful_clinic"
    folder.mkdir()
    (folder / "defaults.toml").write_text('[features]\nvoice = "off"\n', encoding="utf-8")
    out = doctor("--json", XDG_CONFIG_DIRS=str(tmp_path))
    report = json.loads(out.stdout)
    assert out.returncode == 0 and report["ok"] is True
    assert report["admin_defaults"]["loaded"] is True
    assert report["admin_defaults"]["problems"] == [
        f"{folder / 'defaults.toml'}, line 1: features.voice must be true or false"
    ]
    text = doctor(XDG_CONFIG_DIRS=str(tmp_path)).stdout
    assert "line 1: features.voice must be true or false" in text
    assert "The app can run here." in text


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_data_folder_exits_1(tmp_path: Path) -> None:
    locked = tmp_path / "data"
    locked.mkdir(mode=0o500)
    out = doctor("--json", MINDFUL_CLINIC_DATA_DIR=str(locked))
    assert out.returncode == 1
    assert json.loads(out.stdout)["data_dir_writable"] is False


def test_a_data_folder_that_is_a_file_exits_1(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    out = doctor("--json", MINDFUL_CLINIC_DATA_DIR=str(blocker))
    assert out.returncode == 1, out.stdout
    report = json.loads(out.stdout)
    assert report["ok"] is False and report["data_dir_writable"] is False


def test_doctor_says_where_the_data_is_when_a_synced_folder_is_set(tmp_path: Path) -> None:
    from mindful_clinic.services.sync.follow import set_synced_folder

    local = tmp_path / "synced-computer"
    set_synced_folder(tmp_path / "Nextcloud", local)
    env = {"MINDFUL_CLINIC_LOCAL_DIR": str(local), "XDG_CONFIG_DIRS": str(tmp_path)}
    report = json.loads(doctor("--json", **env).stdout)
    assert report["sync_folder"] == str(tmp_path / "Nextcloud")
    text = doctor(**env).stdout
    assert "as private as the sync service" in text and "stays on this computer" not in text
    assert "stays on this computer" in doctor(XDG_CONFIG_DIRS=str(tmp_path)).stdout
