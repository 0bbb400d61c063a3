"""A read-only data folder (a locked-down profile, a full quota, a backup restored read-only):
reading works, the window opens, and the user is told once that nothing new is saved."""

from __future__ import annotations

import errno
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.log.exchange import export_json
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.services.desktop.startup_checks import startup_problems
from mindful_clinic.services.storage.paths import READ_ONLY_MESSAGE, data_dir, ensure_private_dir
from mindful_clinic.services.storage.settings import SettingsStore
from tests.faults.fault_tools import Faults, breath_pattern, plain, snapshot
from tests.log_fakes import CET, at, user_log

JAN = datetime(2026, 1, 5, 9, 0, tzinfo=CET)


def filled(folder: Path) -> None:
    """A data folder in use: a log, settings and a pattern of the user's own."""
    store = user_log()
    store.add(at(JAN))
    store.add(at(JAN.replace(month=2)))
    store.close()
    SettingsStore(folder).set_section("app", {"theme": "dark"})
    CustomPatternStore(folder).save(breath_pattern("my_box"))


def test_a_private_folder_is_never_chmod_ed_again(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(mode=0o700)
    os.chmod(data_dir, 0o700)
    calls: list[object] = []
    real = os.chmod
    monkeypatch.setattr(os, "chmod", lambda p, m, **k: calls.append(p) or real(p, m, **k))
    ensure_private_dir(data_dir)
    assert calls == []
    os.chmod(data_dir, 0o755)  # others could look in: tightened
    calls.clear()
    ensure_private_dir(data_dir)
    assert calls == [data_dir] and stat.S_IMODE(data_dir.stat().st_mode) == 0o700


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_reading_commands_work_and_writing_ones_say_one_line(
    code: int, faults: Faults, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(data_dir)
    before = snapshot(data_dir)
    source = tmp_path / "more.json"
    source.write_text(export_json([at(JAN.replace(month=3))]))
    faults.read_only(data_dir, code)
    assert main(["practices"]) == 0
    assert "my_box" in capsys.readouterr().out
    assert main(["log", "summary"]) == 0
    assert "2" in capsys.readouterr().out
    assert main(["log", "export", "--format", "json"]) == 0
    assert capsys.readouterr().out.count('"id"') == 2
    assert main(["log", "import", str(source)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "read-only" in err[0] and plain(err[0])
    assert startup_problems(data_dir) == [READ_ONLY_MESSAGE]
    faults.clear()
    assert snapshot(data_dir) == before  # nothing changed, nothing half-written


def test_a_read_only_folder_with_no_log_yet_opens_empty(faults: Faults, data_dir: Path) -> None:
    data_dir.mkdir()
    faults.read_only(data_dir)
    store = user_log()
    assert len(store) == 0 and store.problems == []
    with pytest.raises(OSError) as caught:
        store.add(at(JAN))
    assert plain(str(caught.value))


def test_the_window_opens_and_says_so_once(qtbot, faults: Faults, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.app.root import build

    filled(data_dir)
    faults.read_only(data_dir)
    app = build(ManualClock(datetime(2026, 2, 10, 12, 0, tzinfo=CET)))
    qtbot.addWidget(app.window)
    app.window.show()
    app.log.open()
    messages = app.window.message_bar.messages
    assert messages.count(READ_ONLY_MESSAGE) == 1
    assert len(app.log.store) == 2  # history is all there
    assert "my_box" in [e.id for e in app.catalog.catalog.entries()]
    app.settings.set_section("app", {"theme": "light"})  # a change the folder refuses
    assert any("could not be saved" in m and plain(m) for m in app.window.message_bar.messages)
    assert all(plain(m) for m in app.window.message_bar.messages)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="chmod does not stop root from writing (the injected variants above cover root)",
)
def test_a_folder_made_read_only_by_chmod(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(data_dir)
    folders = [data_dir, data_dir / "log"]
    for folder in folders:
        os.chmod(folder, 0o500)
    try:
        assert main(["log", "summary"]) == 0
        assert startup_problems(data_dir) == [READ_ONLY_MESSAGE]
        with pytest.raises(OSError) as caught:
            user_log().add(at(JAN.replace(month=4)))
        assert "read-only" in str(caught.value)
        assert data_dir_of_app() == data_dir
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o500  # private already: left alone
    finally:
        for folder in folders:
            os.chmod(folder, 0o700)


def data_dir_of_app() -> Path:
    return data_dir(create=True)
