"""Imported sounds: one file per label, never replaced unasked, long files off the UI thread."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from mindful_clinic.services.sound.assets import user_sounds_dir
from mindful_clinic.services.sound.importing import (
    SoundConflict,
    SoundImportCancelled,
    UserSounds,
    import_sound,
    imported_sounds,
    remove_sound,
)
from mindful_clinic.ui.sound.own_sounds import OwnSoundsBox
from tests.faults.fault_tools import Faults, plain


def tone(path: Path, seconds: float = 1.0, hz: float = 440.0) -> Path:
    rate = 22050
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.3 * np.sin(2 * np.pi * hz * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def test_labels_without_ascii_letters_get_their_own_files(tmp_path: Path) -> None:
    bell = import_sound(tone(tmp_path / "a.wav", hz=440), name="ベル")
    gong = import_sound(tone(tmp_path / "b.wav", hz=220), name="鐘の音")
    assert bell.name != gong.name
    assert bell.path.exists() and gong.path.exists()
    listed = {s.name: s.label for s in imported_sounds()}
    assert listed == {bell.name: "ベル", gong.name: "鐘の音"}
    remove_sound(bell.name)
    assert {s.label for s in imported_sounds()} == {"鐘の音"}


def test_importing_the_same_label_again_asks_first(tmp_path: Path) -> None:
    first = import_sound(tone(tmp_path / "bowl.wav", hz=440), name="Bowl")
    before = first.path.read_bytes()
    with pytest.raises(SoundConflict) as caught:
        import_sound(tone(tmp_path / "other.wav", hz=660), name="Bowl")
    assert caught.value.name == first.name and "Bowl" in str(caught.value)
    assert first.path.read_bytes() == before  # nothing replaced unasked
    again = import_sound(tmp_path / "other.wav", name="Bowl", replace=True)
    assert again.name == first.name and again.path.read_bytes() != before


def test_a_cancelled_import_changes_nothing(tmp_path: Path) -> None:
    seen: list[int] = []

    def progress(percent: int) -> bool:
        seen.append(percent)
        return percent < 40  # the user presses Cancel while the file is decoded

    with pytest.raises(SoundImportCancelled):
        import_sound(tone(tmp_path / "long.wav"), progress=progress)
    assert seen == [0, 40]
    assert imported_sounds() == []


def test_a_full_disk_during_a_sound_import_is_one_plain_message(
    qtbot, tmp_path: Path, faults: Faults
) -> None:  # type: ignore[no-untyped-def]
    box = OwnSoundsBox(UserSounds())
    qtbot.addWidget(box)
    source = tone(tmp_path / "bell.wav")
    faults.full_disk()
    assert box.import_file(source, "bell") is False
    assert plain(box.error.text()) and "disk is full" in box.error.text()
    assert box.names() == []


def test_the_window_asks_before_replacing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    box = OwnSoundsBox(UserSounds())
    qtbot.addWidget(box)
    asked: list[str] = []
    box.confirm_replace = lambda label: asked.append(label) or False  # type: ignore[method-assign]
    assert box.import_file(tone(tmp_path / "Rain.wav"), "bell")
    kept = user_sounds_dir() / f"{box.names()[0]}.wav"
    before = kept.read_bytes()
    assert box.import_file(tone(tmp_path / "Rain.wav", hz=300), "bell") is False
    assert asked == ["Rain"] and kept.read_bytes() == before


def test_a_long_file_is_prepared_in_the_background_with_progress(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import threading

    threads: list[str] = []

    class WatchedSounds(UserSounds):
        """Records which thread does the work."""

        def import_sound(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread().name)
            return super().import_sound(*args, **kwargs)

    box = OwnSoundsBox(WatchedSounds())
    qtbot.addWidget(box)
    box.background_bytes = 0  # every file counts as long here
    with qtbot.waitSignal(box.import_finished, timeout=20000) as done:
        assert box.import_file(tone(tmp_path / "Evening talk.wav", seconds=3.0), "guidance")
        assert box.progress is not None  # a progress dialog with Cancel while it works
        assert box.progress.labelText().startswith("Preparing")
    assert done.args == [True]
    assert threads and threads[0] != threading.main_thread().name
    assert len(box.names()) == 1 and box.progress is None


def test_cancel_in_the_progress_dialog_stops_the_import(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    pressed = threading.Event()

    class HeldSounds(UserSounds):
        """The worker is still busy when the user presses Cancel."""

        def import_sound(self, source, kind="bell", *, replace=False, progress=None):  # type: ignore[no-untyped-def]
            def gated(percent: int) -> bool:
                if percent == 0:
                    pressed.wait(10)
                return bool(progress(percent))

            return super().import_sound(source, kind, replace=replace, progress=gated)

    box = OwnSoundsBox(HeldSounds())
    qtbot.addWidget(box)
    box.background_bytes = 0
    with qtbot.waitSignal(box.import_finished, timeout=20000) as done:
        box.import_file(tone(tmp_path / "long.wav", seconds=3.0), "guidance")
        assert box.progress is not None
        from PySide6.QtWidgets import QPushButton

        box.progress.findChild(QPushButton).click()  # the dialog's Cancel
        pressed.set()
    assert done.args == [False]
    assert "cancelled" in box.error.text() and box.names() == []
