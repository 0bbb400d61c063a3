"""Where a write really goes: through a symbolic link, never over a device, a pipe or a folder,
never into a folder it would have to make; every refusal one plain sentence naming the user's file."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest

from mindful_clinic.services.group.store import GroupStore
from mindful_clinic.services.storage.atomic import (
    SafeFiles,
    WriteError,
    atomic_write_text,
)
from mindful_clinic.services.storage.settings import SettingsStore
from tests.faults.fault_tools import Faults, plain


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    SafeFiles().write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new"
    from mindful_clinic.services.storage.atomic import writable_target

    assert writable_target(link) == target


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "later.json")
    atomic_write_text(link, "{}")
    assert link.is_symlink() and (tmp_path / "later.json").read_text() == "{}"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError) as caught:
        SafeFiles().write_text(fifo, "x")
    assert "not an ordinary file" in str(caught.value) and plain(str(caught.value))
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no temporary left


def test_a_character_device_is_never_replaced(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    node = tmp_path / "null"
    os.mknod(node, 0o666 | 0o020000, os.makedev(1, 3))
    with pytest.raises(WriteError, match="not an ordinary file"):
        SafeFiles().write_bytes(node, b"x")
    assert node.is_char_device()


def test_a_folder_at_the_path_is_said_plainly(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    with pytest.raises(WriteError) as caught:
        atomic_write_text(tmp_path / "settings.json", "{}")
    assert str(caught.value).startswith("settings.json is a folder")
    assert plain(str(caught.value)) and "Errno" not in str(caught.value)


def test_a_users_file_in_a_missing_folder_is_refused_not_made(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="does not exist"):
        SafeFiles().write_text(tmp_path / "nope" / "x.csv", "x")
    assert not (tmp_path / "nope").exists()


def test_a_folder_that_takes_no_new_files_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/proc/version: the file is there, but nothing can be made beside it (ENOENT)."""
    target = tmp_path / "version"
    target.write_text("kernel")

    def refuse(*_a: object, **_k: object) -> tuple[int, str]:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError) as caught:
        SafeFiles().write_text(target, "x")
    text = str(caught.value)
    assert "does not let new files be made" in text and "previous copy" not in text
    assert target.read_text() == "kernel"


def test_a_failed_backup_names_the_users_file_not_the_bak(tmp_path: Path) -> None:
    path = tmp_path / "reflections.json"
    path.write_text("[]")
    faults = Faults()
    faults.fail_replace(r"reflections\.json\.bak$", errno.EROFS)
    try:
        with pytest.raises(WriteError) as caught:
            atomic_write_text(path, "[1]")
    finally:
        faults.clear()
    assert "reflections.json is read-only" in str(caught.value).replace("for ", "")
    assert ".bak" not in str(caught.value)
    assert path.read_text() == "[]"


def test_a_damaged_settings_file_is_kept_and_every_store_of_the_process_says_so(
    tmp_path: Path,
) -> None:
    (tmp_path / "settings.json").write_bytes(bytes(range(128, 256)) * 8)
    first = SettingsStore(tmp_path, person=None)  # e.g. the one that chose the language
    kept = first.set_aside
    assert kept is not None and kept.name.startswith("settings.damaged-")
    assert first.damage == "it is not text"
    second = SettingsStore(tmp_path, person=None)  # e.g. the window's own
    assert second.set_aside == kept and second.problem == first.problem
    assert second.problem is not None and str(kept) in second.problem
    assert "codec" not in second.problem and plain(second.problem)
    second.set_section("app", {"theme": "dark"})  # a good file again: nothing more to say
    assert SettingsStore(tmp_path, person=None).problem is None


def test_settings_that_cannot_be_saved_say_why_without_raising(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path, person=None)
    faults = Faults()
    faults.full_disk()
    try:
        store.set_section("reminders", {"version": 1})
    finally:
        faults.clear()
    assert store.save_reason is not None and "disk is full" in store.save_reason
    assert "settings.json" in store.save_reason
    store.set_section("reminders", {"version": 1})
    assert store.save_reason is None


def test_an_unreadable_group_file_is_reported_in_plain_words(tmp_path: Path) -> None:
    (tmp_path / "group_sessions.json").write_bytes(b"\xff\xfe\x00garbage")
    store = GroupStore(tmp_path)
    assert store.problem is not None and "it is not text" in store.problem
    assert "codec" not in store.problem
    (tmp_path / "group_sessions.json").mkdir()
    store = GroupStore(tmp_path)
    assert store.problem is not None and "Errno" not in store.problem
    assert "folder" in store.problem
    assert json.dumps(store.records()) == "[]"
