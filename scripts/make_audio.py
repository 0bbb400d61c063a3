"""Synthesize the app's sound set into audio/ (run: ``python scripts/make_audio.py``).

Every sound is made here from numbers, never downloaded, so it is ours and reproducible: numpy draws
the waveforms (partials, glides, noise spectra with a fixed seed) and pydub assembles them, sets the
peak level, fades attacks and tails and writes 16-bit mono WAV. Running the script twice writes
byte-identical files (no timestamps, no unseeded randomness). The headline values of each sound
(duration, dominant frequency, peak) come from ``mindful_clinic.core.sound.design``, which the tests
measure the files against; the finer synthesis parameters live below and are written into
audio/README.md.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydub import AudioSegment

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mindful_clinic.core.sound.design import (  # noqa: E402
    CHANNELS,
    SAMPLE_RATE,
    SAMPLE_WIDTH,
    SOUNDS,
    SoundDesign,
    design,
)

AUDIO_DIR = ROOT / "audio"
SEED = 20260105
"""The only source of randomness (the rain's noise phases and droplets)."""

FloatArray = np.ndarray


# -- bells ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Partial:
    ratio: float
    """Frequency as a multiple of the fundamental; a singing bowl's modes are not harmonic."""
    amplitude: float
    decay_s: float
    """Time constant of the exponential decay: higher modes die away sooner, as in a real bowl."""
    beat_hz: float
    """Each mode of a real bowl is a pair split by slight asymmetry; the pair beats at this rate."""


BOWL_PARTIALS: tuple[Partial, ...] = (
    Partial(1.0, 1.0, 2.2, 0.7),
    Partial(2.76, 0.42, 1.3, 1.1),
    Partial(5.40, 0.18, 0.7, 1.7),
    Partial(8.93, 0.08, 0.4, 2.3),
)
"""Mode ratios close to those measured on Himalayan singing bowls (about 1 : 2.7 : 5.4 : 8.9)."""


@dataclass(frozen=True)
class BellRecipe:
    partial_scale: float = 1.0
    """Multiplies the upper partials' amplitudes: above 1 is brighter, below 1 softer."""
    decay_scale: float = 1.0
    strikes_s: tuple[float, ...] = (0.0,)
    strike_gains_db: tuple[float, ...] = (0.0,)
    fade_in_ms: int = 5
    fade_out_ms: int = 800


BELLS: dict[str, BellRecipe] = {
    "bell_bowl": BellRecipe(),
    "bell_start": BellRecipe(partial_scale=1.2, decay_scale=0.75, fade_out_ms=700),
    "bell_end": BellRecipe(
        partial_scale=0.9, decay_scale=0.9, strikes_s=(0.0, 2.5), strike_gains_db=(0.0, -3.0)
    ),
    "bell_interval": BellRecipe(partial_scale=0.6, decay_scale=0.5, fade_in_ms=8, fade_out_ms=600),
}


def bowl_strike(f0: float, seconds: float, recipe: BellRecipe) -> FloatArray:
    """One strike of a bowl: beating pairs of inharmonic partials under exponential decays."""
    t = np.arange(round(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    out = np.zeros_like(t)
    for i, p in enumerate(BOWL_PARTIALS):
        amp = p.amplitude * (recipe.partial_scale if i else 1.0)
        f = f0 * p.ratio
        decay = np.exp(-t / (p.decay_s * recipe.decay_scale))
        pair = np.sin(2 * np.pi * f * t) + 0.6 * np.sin(2 * np.pi * (f + p.beat_hz) * t + 0.5)
        out += amp * decay * pair / 1.6
    mallet = 1.0 - np.exp(-t / 0.004)  # a felt mallet: a few milliseconds of rise, no click
    return np.asarray(out * mallet)


def make_bell(d: SoundDesign) -> AudioSegment:
    recipe = BELLS[d.name]
    total = silence(d.duration_s)
    for start, gain in zip(recipe.strikes_s, recipe.strike_gains_db, strict=True):
        strike = float_to_segment(bowl_strike(d.dominant_hz, d.duration_s - start, recipe))
        total = total.overlay(strike.apply_gain(gain), position=round(start * 1000))
    return finish(total, d, recipe.fade_in_ms, recipe.fade_out_ms)


# -- breath cues ----------------------------------------------------------------------------------
CUE_GLIDE_S = 0.15
"""The pitch moves during the first 0.15 s and then rests: the ear hears the direction at once."""
CUE_PITCHES: dict[str, tuple[float, float]] = {
    "cue_in": (392.0, 523.25),  # G4 up to C5: rising, like the chest on an in-breath
    "cue_out": (523.25, 392.0),  # C5 down to G4: falling, like a sigh
}


def make_cue(d: SoundDesign) -> AudioSegment:
    start_hz, end_hz = CUE_PITCHES[d.name]
    n = round(d.duration_s * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    s = np.clip(t / CUE_GLIDE_S, 0.0, 1.0)
    s = s * s * (3 - 2 * s)  # smoothstep: no corner at either end of the glide
    freq = start_hz * (end_hz / start_hz) ** s
    phase = 2 * np.pi * np.cumsum(freq) / SAMPLE_RATE
    tone = np.sin(phase) + 0.12 * np.sin(2 * phase)  # a touch of octave for warmth
    release = np.clip((d.duration_s - t) / 0.2, 0.0, 1.0) ** 2
    attack = np.clip(t / 0.02, 0.0, 1.0)
    return finish(float_to_segment(tone * attack * release), d, fade_in_ms=10, fade_out_ms=60)


# -- ambient loops --------------------------------------------------------------------------------
RAIN_SLOPE_BELOW_OCT = 0.6
RAIN_SLOPE_ABOVE_OCT = 1.2
"""The rain's noise band falls off exp(-octaves/slope) from its centre: gently towards the highs."""
RAIN_DROPS = 90
DRONE_PARTIALS: tuple[tuple[float, float], ...] = (
    (1.0, 1.0),
    (1.0 + 0.3 / 110.0, 0.45),  # a slightly sharp twin: the slow chorus of a real drone
    (1.5, 0.32),
    (2.0, 0.28),
    (3.0, 0.1),
)
DRONE_SWELL_HZ = 0.2
DRONE_SWELL_DEPTH = 0.15


def make_rain(d: SoundDesign) -> AudioSegment:
    """Noise shaped in the frequency domain: periodic in the loop length by construction."""
    rng = np.random.default_rng(SEED)
    n = round(d.duration_s * SAMPLE_RATE)
    f = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
    octaves = np.log2(np.maximum(f, 1.0) / d.dominant_hz)
    slope = np.where(octaves < 0, RAIN_SLOPE_BELOW_OCT, RAIN_SLOPE_ABOVE_OCT)
    magnitude = np.exp(-np.abs(octaves) / slope)
    magnitude[f < 40] = 0.0
    spectrum = magnitude * np.exp(2j * np.pi * rng.random(f.size))
    bed = np.fft.irfft(spectrum, n)
    bed /= np.sqrt(np.mean(bed**2))
    drop_len = round(0.06 * SAMPLE_RATE)
    dt = np.arange(drop_len) / SAMPLE_RATE
    for _ in range(RAIN_DROPS):
        at = int(rng.integers(0, n))
        pitch = float(rng.uniform(2200, 4200))
        gain = float(rng.uniform(0.15, 0.45))
        envelope = np.exp(-dt / 0.012) * (1 - np.exp(-dt / 0.002))
        drop = gain * np.sin(2 * np.pi * pitch * dt) * envelope
        idx = (at + np.arange(drop_len)) % n  # wrap round the end: a drop may straddle the join
        bed[idx] += drop
    return finish(float_to_segment(bed), d, fade_in_ms=0, fade_out_ms=0)


def make_drone(d: SoundDesign) -> AudioSegment:
    """Sines with a whole number of cycles in the loop, so the end runs into the start."""
    n = round(d.duration_s * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    out = np.zeros(n)
    for ratio, amp in DRONE_PARTIALS:
        f = d.dominant_hz * ratio
        assert abs(f * d.duration_s - round(f * d.duration_s)) < 1e-6, "partial must loop"
        out += amp * np.sin(2 * np.pi * f * t)
    out *= 1 + DRONE_SWELL_DEPTH * np.sin(2 * np.pi * DRONE_SWELL_HZ * t)
    return finish(float_to_segment(out), d, fade_in_ms=0, fade_out_ms=0)


# -- shared steps ---------------------------------------------------------------------------------
def silence(seconds: float) -> AudioSegment:
    return float_to_segment(np.zeros(round(seconds * SAMPLE_RATE)))


def float_to_segment(x: FloatArray) -> AudioSegment:
    """Float samples (any scale) to a 16-bit pydub segment peaking at -1 dBFS before levelling."""
    peak = float(np.max(np.abs(x))) if x.size else 0.0
    scaled = x * (0.89 * 32767 / peak) if peak > 0 else x
    pcm = np.round(scaled).astype("<i2").tobytes()
    return AudioSegment(
        data=pcm, sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=CHANNELS
    )


def finish(seg: AudioSegment, d: SoundDesign, fade_in_ms: int, fade_out_ms: int) -> AudioSegment:
    """Set the peak to the design level, then fade (fades only lower it)."""
    seg = seg.apply_gain(d.peak_dbfs - seg.max_dBFS)
    if fade_in_ms:
        seg = seg.fade_in(fade_in_ms)
    if fade_out_ms:
        seg = seg.fade_out(fade_out_ms)
    return seg


MAKERS: dict[str, Callable[[SoundDesign], AudioSegment]] = {
    **{name: make_bell for name in BELLS},
    **{name: make_cue for name in CUE_PITCHES},
    "ambient_rain": make_rain,
    "ambient_drone": make_drone,
}


def wav_bytes(seg: AudioSegment) -> bytes:
    buf = io.BytesIO()
    seg.export(buf, format="wav")
    return buf.getvalue()


def write_sound_set(out_dir: Path, names: Sequence[str] | None = None) -> list[Path]:
    """Write the sounds (all, or those named) and README.md into ``out_dir``; returns the paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for d in SOUNDS if names is None else [design(n) for n in names]:
        path = out_dir / d.filename
        path.write_bytes(wav_bytes(MAKERS[d.name](d)))
        written.append(path)
    readme = out_dir / "README.md"
    readme.write_text(readme_text(), encoding="utf-8")
    written.append(readme)
    return written


def readme_text() -> str:
    rows = "\n".join(
        f"| `{d.filename}` | {d.kind} | {d.duration_s:g} s | {d.dominant_hz:g} Hz | "
        f"{d.peak_dbfs:g} dBFS | {d.rms_dbfs:g} dBFS | {'yes' if d.loop else 'no'} | "
        f"{d.description} |"
        for d in SOUNDS
    )
    partials = "\n".join(
        f"| {p.ratio:g} | {p.amplitude:g} | {p.decay_s:g} s | {p.beat_hz:g} Hz |"
        for p in BOWL_PARTIALS
    )
    bells = "\n".join(
        f"| `{name}` | {r.partial_scale:g} | {r.decay_scale:g} | "
        f"{', '.join(f'{s:g} s' for s in r.strikes_s)} | {r.fade_in_ms} ms / {r.fade_out_ms} ms |"
        for name, r in BELLS.items()
    )
    cues = "\n".join(f"| `{n}` | {a:g} Hz | {b:g} Hz |" for n, (a, b) in CUE_PITCHES.items())
    root = design("ambient_drone").dominant_hz
    drone = ", ".join(f"{root * r:g} Hz x {a:g}" for r, a in DRONE_PARTIALS)
    return f"""# Sound set

Made by `python scripts/make_audio.py` (numpy draws the waveforms, pydub sets levels, fades and
writes the files); nothing here is recorded or downloaded. The script is deterministic: run it twice
and every file is byte-identical. Format: WAV, {SAMPLE_RATE} Hz, {8 * SAMPLE_WIDTH}-bit, mono.
The values in the first table live in `mindful_clinic/core/sound/design.py`; the tests measure every
file against them (duration, peak, RMS, dominant frequency by FFT within 2 %).

| File | Kind | Length | Dominant frequency | Peak | RMS | Loops | What it is |
|---|---|---|---|---|---|---|---|
{rows}

## Bells

A struck singing bowl: each mode is a pair of sines 0.7-2.3 Hz apart (the beating shimmer of a
real bowl), decaying exponentially, higher modes faster. A 4 ms rise stands for the felt mallet;
every bell fades in over a few milliseconds and out over its last 0.6-0.8 s.

| Mode ratio | Amplitude | Decay time constant | Beat |
|---|---|---|---|
{partials}

| Bell | Upper-mode scale | Decay scale | Strikes at | Fade in / out |
|---|---|---|---|---|
{bells}

## Breath cues

A soft sine (plus 12 % octave) whose pitch glides for {CUE_GLIDE_S:g} s and then rests, with a 20 ms
rise and a 0.2 s release: rising for "breathe in", falling for "breathe out", quieter than any bell.

| Cue | From | To |
|---|---|---|
{cues}

## Ambient loops

Both loop without a click and carry no fades: the player fades them in and out.

- `ambient_rain.wav`: noise drawn in the frequency domain (magnitude exp(-octaves/slope) around
  900 Hz, slope {RAIN_SLOPE_BELOW_OCT:g} octave below and {RAIN_SLOPE_ABOVE_OCT:g} octave above,
  phases from seed {SEED}), so the inverse FFT is periodic in the loop length;
  {RAIN_DROPS} quiet droplets (2.2-4.2 kHz, 12 ms decay) wrap round the join.
- `ambient_drone.wav`: sines (frequency x amplitude) {drone}, each a whole number
  of cycles in the loop, swelling {DRONE_SWELL_DEPTH:.0%} at {DRONE_SWELL_HZ:g} Hz.
"""


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else AUDIO_DIR
    paths = write_sound_set(out)
    total = sum(p.stat().st_size for p in paths)
    for p in paths:
        print(f"{p.relative_to(out)}  {p.stat().st_size / 1024:.0f} KiB")
    print(f"{len(paths)} files, {total / 1024 / 1024:.2f} MiB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
