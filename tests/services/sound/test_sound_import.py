"""Importing a user's own bell or guidance track: shaped, stored atomically, or refused clearly."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pygame.mixer
import pytest
from pydub import AudioSegment
from pydub.generators import Sine

from mindful_clinic.services.sound import importing as sound_import
from mindful_clinic.services.sound.assets import sound_path, user_sounds_dir
from mindful_clinic.services.sound.importing import (
    SoundImportError,
    import_sound,
    imported_sounds,
    remove_sound,
)
from mindful_clinic.services.sound.own_index import file_stem, slug

needs_ffmpeg = pytest.mark.skipif(
    not sound_import.ffmpeg_available(), reason="ffmpeg not installed"
)


@pytest.fixture(autouse=True)
def fresh_mixer() -> Iterator[None]:
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


def padded_tone(seconds: float = 1.0, lead_ms: int = 700, tail_ms: int = 900) -> AudioSegment:
    """A quiet 440 Hz tone with silence either side, as a home recording would have."""
    tone = Sine(440, sample_rate=44100).to_audio_segment(duration=seconds * 1000, volume=-30.0)
    silence = AudioSegment.silent(duration=lead_ms, frame_rate=44100)
    return (silence + tone + AudioSegment.silent(tail_ms, 44100)).set_channels(2)


def write(seg: AudioSegment, path: Path, fmt: str) -> None:
    seg.export(path, format=fmt).close()  # pydub leaves the file it opened open


def samples(path: Path) -> tuple[np.ndarray, int, int]:
    with wave.open(str(path)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(float) / 32768
        return data, w.getframerate(), w.getnchannels()


def level_db(x: np.ndarray) -> float:
    return 20 * float(np.log10(np.sqrt(np.mean(x**2))))


def test_a_good_wav_is_trimmed_normalised_and_stored(tmp_path: Path, data_dir: Path) -> None:
    src = tmp_path / "My Tibetan Bowl!.wav"
    write(padded_tone(), src, "wav")
    result = import_sound(src, kind="bell")
    assert result.name == file_stem("user_bell_", "My Tibetan Bowl!")
    assert result.name.startswith("user_bell_my_tibetan_bowl_")
    assert result.path == data_dir / "sounds" / f"{result.name}.wav"
    assert result.label == "My Tibetan Bowl!"
    assert result.duration_s == pytest.approx(1.0, abs=0.02)  # 1.6 s of silence trimmed
    x, rate, channels = samples(result.path)
    assert (rate, channels) == (22050, 1)
    assert level_db(x) == pytest.approx(-20.0, abs=0.5)  # from -33 dBFS up to the target
    assert 20 * np.log10(np.max(np.abs(x))) <= -1.0
    assert result.path.stat().st_mode & 0o777 == 0o600
    assert imported_sounds() == [result]
    assert sound_path(result.name) == result.path


def test_loudness_never_pushes_the_peak_past_minus_one(tmp_path: Path) -> None:
    spiky = AudioSegment.silent(2000, 22050).overlay(
        Sine(1000, sample_rate=22050).to_audio_segment(duration=20, volume=-6.0), position=1000
    ) + Sine(300, sample_rate=22050).to_audio_segment(duration=500, volume=-40.0)
    src = tmp_path / "spiky.wav"
    write(spiky, src, "wav")
    x, _, _ = samples(import_sound(src).path)
    assert 20 * np.log10(np.max(np.abs(x))) <= -1.0


def test_a_broken_file_gets_a_clear_message_and_changes_nothing(tmp_path: Path) -> None:
    good = tmp_path / "bell.wav"
    write(padded_tone(), good, "wav")
    kept = import_sound(good, name="bell")
    before = {p.name: p.read_bytes() for p in user_sounds_dir().iterdir()}
    broken = tmp_path / "bell.wav.part"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(range(256)) * 4)
    renamed = broken.rename(tmp_path / "bell2.wav")
    with pytest.raises(SoundImportError, match=r"bell2\.wav could not be read as a sound"):
        import_sound(renamed, name="bell", replace=True)
    after = {p.name: p.read_bytes() for p in user_sounds_dir().iterdir()}
    assert after == before
    assert imported_sounds() == [kept]


def test_no_folder_is_made_when_the_first_import_fails(tmp_path: Path, data_dir: Path) -> None:
    broken = tmp_path / "noise.ogg"
    broken.write_bytes(b"OggS not really")
    with pytest.raises(SoundImportError, match="could not be read"):
        import_sound(broken, kind="guidance")
    assert not (data_dir / "sounds").exists()


@pytest.mark.parametrize(
    ("name", "words"),
    [("notes.txt", "choose a WAV or OGG"), ("missing.wav", "was not found")],
)
def test_unusable_choices_are_refused_plainly(tmp_path: Path, name: str, words: str) -> None:
    if name != "missing.wav":
        (tmp_path / name).write_text("hello")
    with pytest.raises(SoundImportError, match=words):
        import_sound(tmp_path / name)


def test_a_silent_file_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "quiet.wav"
    write(AudioSegment.silent(3000, 22050), src, "wav")
    with pytest.raises(SoundImportError, match="silent"):
        import_sound(src)


def test_mp3_without_ffmpeg_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sound_import, "ffmpeg_available", lambda: False)
    src = tmp_path / "talk.mp3"
    src.write_bytes(b"ID3 whatever")
    with pytest.raises(SoundImportError, match=r"MP3 files need ffmpeg.*convert the file to WAV"):
        import_sound(src, kind="guidance")


@needs_ffmpeg
def test_ogg_and_mp3_import_with_ffmpeg(tmp_path: Path) -> None:
    for ext in ("ogg", "mp3"):
        src = tmp_path / f"welcome.{ext}"
        write(padded_tone(2.0), src, ext)
        result = import_sound(src, kind="guidance", name=f"welcome {ext}")
        assert result.name.startswith(f"user_guidance_welcome_{ext}_")
        assert result.duration_s == pytest.approx(2.0, abs=0.1)


@needs_ffmpeg
def test_ogg_without_ffmpeg_is_read_by_pygame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "welcome.ogg"
    write(padded_tone(2.0), src, "ogg")  # made with ffmpeg, read without it
    monkeypatch.setattr(sound_import, "ffmpeg_available", lambda: False)
    result = import_sound(src, kind="guidance")
    assert result.duration_s == pytest.approx(2.0, abs=0.1)
    x, _, _ = samples(result.path)
    assert level_db(x) == pytest.approx(-20.0, abs=0.5)


def test_remove_and_names(tmp_path: Path) -> None:
    src = tmp_path / "b.wav"
    write(padded_tone(), src, "wav")
    result = import_sound(src)
    remove_sound(result.name)
    assert imported_sounds() == []
    with pytest.raises(SoundImportError):
        remove_sound("bell_bowl")
    assert slug("  Äther / Glocke #2 ") == "ther_glocke_2"
    assert slug("!!!") == "sound"
