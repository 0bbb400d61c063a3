"""The shipped sound set, measured: every file against its design values, and the set reproducible."""

from __future__ import annotations

import importlib.util
import sys
import wave
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from mindful_clinic.core.sound.design import SAMPLE_RATE, SOUNDS, SoundDesign, design
from mindful_clinic.services.sound.assets import sound_path

ROOT = Path(__file__).resolve().parents[3]
BELLS = [s for s in SOUNDS if s.kind == "bell"]
CUES = [s for s in SOUNDS if s.kind == "cue"]
LOOPS = [s for s in SOUNDS if s.loop]


def load(path: Path) -> tuple[np.ndarray, int]:
    """Samples as floats in [-1, 1) and the sample rate; asserts the format the app ships."""
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        data = w.readframes(w.getnframes())
        rate = w.getframerate()
    return np.frombuffer(data, "<i2").astype(np.float64) / 32768.0, rate


def dbfs(x: float) -> float:
    return 20 * float(np.log10(max(x, 1e-12)))


def peak_dbfs(x: np.ndarray) -> float:
    return dbfs(float(np.max(np.abs(x))))


def rms_dbfs(x: np.ndarray) -> float:
    return dbfs(float(np.sqrt(np.mean(x**2))))


def loudest_window_dbfs(x: np.ndarray, rate: int, seconds: float = 0.4) -> float:
    """The RMS of the loudest 0.4 s: how loud a sound is while it sounds, whatever its length."""
    n = min(len(x), round(seconds * rate))
    energy = np.concatenate([[0.0], np.cumsum(x**2)])
    power = (energy[n:] - energy[:-n]) / n
    return dbfs(float(np.sqrt(np.max(power))))


def dominant_hz(x: np.ndarray, rate: int) -> float:
    """Frequency of the strongest spectral peak (magnitude smoothed over 3 Hz, zero-padded to 4 s)."""
    n = max(len(x), 4 * rate)
    mag = np.abs(np.fft.rfft(x, n))
    freqs = np.fft.rfftfreq(n, 1 / rate)
    width = max(1, round(3.0 / freqs[1]))
    smooth = np.convolve(mag, np.ones(width) / width, mode="same")
    smooth[freqs < 40] = 0.0
    return float(freqs[int(np.argmax(smooth))])


def pitch_track_hz(x: np.ndarray, rate: int, start_s: float, end_s: float) -> float:
    return dominant_hz(x[round(start_s * rate) : round(end_s * rate)], rate)


def join_step(x: np.ndarray) -> float:
    """How far the loop's join departs from a smooth continuation, relative to the sound itself:
    the second difference across the join, as a percentile rank among all second differences."""
    wrapped = np.concatenate([x[-3:], x[:3]])
    at_join = np.max(np.abs(np.diff(wrapped, 2)))
    inside = np.abs(np.diff(x, 2))
    return float(np.mean(inside < at_join))


@pytest.fixture(scope="module")
def make_audio() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_audio", ROOT / "scripts" / "make_audio.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("d", SOUNDS, ids=lambda d: d.name)
def test_each_sound_measures_as_designed(d: SoundDesign) -> None:
    x, rate = load(sound_path(d.name))
    assert rate == SAMPLE_RATE
    assert len(x) / rate == pytest.approx(d.duration_s, abs=0.002)
    assert peak_dbfs(x) <= -1.0
    assert peak_dbfs(x) == pytest.approx(d.peak_dbfs, abs=0.2)
    assert rms_dbfs(x) == pytest.approx(d.rms_dbfs, abs=1.0)
    assert dominant_hz(x, rate) == pytest.approx(d.dominant_hz, rel=0.02)


@pytest.mark.parametrize("d", [s for s in SOUNDS if not s.loop], ids=lambda d: d.name)
def test_one_shot_sounds_fade_in_and_out(d: SoundDesign) -> None:
    x, rate = load(sound_path(d.name))
    ms = rate // 1000
    peak = np.max(np.abs(x))
    assert abs(x[0]) < 0.001
    assert np.max(np.abs(x[:ms])) < 0.1 * peak  # the first millisecond rises: no click
    assert np.max(np.abs(x[-5 * ms :])) < 0.002  # the tail has died away to nothing


def test_the_bowl_decays_exponentially() -> None:
    """Level over whole beat periods (the fundamental's pair beats at 0.7 Hz) falls by the same
    number of decibels each period: a straight line in dB is an exponential decay."""
    x, rate = load(sound_path("bell_bowl"))
    period = 1 / 0.7
    levels = [
        rms_dbfs(x[round(t * rate) : round((t + period) * rate)])
        for t in (0.1, 0.1 + period, 0.1 + 2 * period)
    ]
    drops = np.diff(levels)
    assert all(d < -3.0 for d in drops)
    assert abs(drops[1] - drops[0]) < 1.0


def test_cues_are_quieter_than_every_bell() -> None:
    def loudness(name: str) -> tuple[float, float]:
        x, rate = load(sound_path(name))
        return peak_dbfs(x), loudest_window_dbfs(x, rate)

    bells = [loudness(b.name) for b in BELLS]
    for cue in CUES:
        peak, window = loudness(cue.name)
        assert peak < min(b[0] for b in bells) - 3
        assert window < min(b[1] for b in bells) - 2


def test_breath_cues_are_distinguishable_rising_and_falling() -> None:
    x_in, rate = load(sound_path("cue_in"))
    x_out, _ = load(sound_path("cue_out"))
    in_start, in_end = pitch_track_hz(x_in, rate, 0.0, 0.1), pitch_track_hz(x_in, rate, 0.2, 0.4)
    out_start, out_end = (
        pitch_track_hz(x_out, rate, 0.0, 0.1),
        pitch_track_hz(x_out, rate, 0.2, 0.4),
    )
    assert in_end > in_start * 1.15  # rises by more than two semitones
    assert out_end < out_start / 1.15  # falls
    assert abs(dominant_hz(x_in, rate) / dominant_hz(x_out, rate) - 1) > 0.2  # and ends apart


@pytest.mark.parametrize("d", LOOPS, ids=lambda d: d.name)
def test_loops_join_without_a_jump(d: SoundDesign) -> None:
    x, rate = load(sound_path(d.name))
    assert join_step(x) < 0.999  # the join is an ordinary step, not the sharpest in the file
    edge = round(0.05 * rate)
    assert rms_dbfs(x[-edge:]) == pytest.approx(rms_dbfs(x[:edge]), abs=3.0)  # no level jump


@pytest.mark.parametrize("d", LOOPS, ids=lambda d: d.name)
def test_the_join_check_catches_a_cut_loop(d: SoundDesign) -> None:
    x, _ = load(sound_path(d.name))
    cut = x[: len(x) - 37] if d.name == "ambient_drone" else np.concatenate([x, [0.3, -0.3]])
    assert join_step(cut) >= 0.999


def test_whole_set_is_small_and_packaged() -> None:
    total = sum(sound_path(d.name).stat().st_size for d in SOUNDS)
    assert total < 5 * 1024 * 1024
    assert sound_path("bell_bowl").parent.name == "audio"
    assert (sound_path("bell_bowl").parent / "README.md").is_file()


def test_unknown_sound_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="bell_bowl"):
        design("gong")
    with pytest.raises(KeyError):
        sound_path("gong")


def test_generator_is_reproducible_and_matches_the_shipped_files(
    make_audio: ModuleType, tmp_path: Path
) -> None:
    first = make_audio.write_sound_set(tmp_path / "one")
    second = make_audio.write_sound_set(tmp_path / "two")
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    for a in first:
        shipped = ROOT / "audio" / a.name
        assert shipped.read_bytes() == a.read_bytes(), f"{a.name}: run python scripts/make_audio.py"
