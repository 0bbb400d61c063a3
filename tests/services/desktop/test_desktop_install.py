"""``desktop install``: a menu entry, icons and metainfo that the desktop's own tools accept."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mindful_clinic.services.desktop import integration

SIZES = ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")


def test_install_points_every_exec_at_the_running_app_and_uninstall_removes_it(
    tmp_path: Path,
) -> None:
    exe = "/opt/mindful clinic/mindful-clinic"
    written = integration.install(tmp_path, [exe])
    entry = (tmp_path / "applications" / "mindful-clinic.desktop").read_text(encoding="utf-8")
    execs = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert execs == [
        f'Exec="{exe}"',
        f'Exec="{exe}" --start resonance_5_5:60',
        f'Exec="{exe}" --open support',
    ]
    assert "Name=Breathe for a minute" in entry and "Name=If you are struggling" in entry
    for size in SIZES:
        assert (tmp_path / "icons" / "hicolor" / size / "apps" / "mindful-clinic.png").is_file()
    assert (tmp_path / "metainfo" / "io.github.mindful_clinic.metainfo.xml").is_file()
    removed = integration.uninstall(tmp_path)
    assert sorted(removed) == sorted(written)
    left = [p for p in tmp_path.rglob("*") if p.is_file() and "mindful" in p.name]
    assert left == []  # (the desktop's own caches may stay: they are rebuilt from what is there)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_installed_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    integration.install(tmp_path, ["/opt/mindful clinic/mindful-clinic"])
    out = subprocess.run(
        ["desktop-file-validate", str(tmp_path / "applications" / "mindful-clinic.desktop")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout.lower()


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_metainfo_passes_appstreamcli_validate(tmp_path: Path) -> None:
    integration.install(tmp_path, ["mindful-clinic"])
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic",
         str(tmp_path / "metainfo" / "io.github.mindful_clinic.metainfo.xml")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_command_installs_into_xdg_data_home(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(tmp_path)
    run = [sys.executable, "-m", "mindful_clinic", "desktop"]
    out = subprocess.run([*run, "install"], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    entry = (tmp_path / "applications" / "mindful-clinic.desktop").read_text(encoding="utf-8")
    assert "Exec=" in entry and "mindful" in entry.split("Exec=")[1].splitlines()[0]
    out = subprocess.run([*run, "uninstall"], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and "Removed" in out.stdout
    assert not (tmp_path / "applications" / "mindful-clinic.desktop").exists()
