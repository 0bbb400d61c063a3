"""The app's sound set, declared once: what each sound is and the values it was designed to have.

``scripts/make_audio.py`` synthesizes the files from this table, the tests measure the files against
it (duration, peak, dominant frequency), the player preloads the names it lists and
``audio/README.md`` is written from it. Changing a value here and re-running the script is the whole
procedure for changing a sound.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SAMPLE_RATE = 22050
"""Hz. Plenty for bells below 3 kHz and soft noise; half the size of 44.1 kHz."""
SAMPLE_WIDTH = 2
"""Bytes per sample: 16-bit PCM."""
CHANNELS = 1
"""Mono: the sounds have no stereo image worth the doubled size."""

SoundKind = Literal["bell", "cue", "ambient"]


@dataclass(frozen=True)
class SoundDesign:
    """One sound of the shipped set and the values it must measure at."""

    name: str
    """File stem in audio/ and the name a player plays, e.g. "bell_bowl"."""
    kind: SoundKind
    duration_s: float
    dominant_hz: float
    """The strongest frequency of the whole file (the bell's fundamental, the cue's final pitch,
    the drone's root, the centre of the rain's noise band)."""
    peak_dbfs: float
    """Target peak level; never above -1 dBFS, cues well below bells."""
    rms_dbfs: float
    """Average loudness of the whole file as tuned by ear (the tests allow 1 dB either way)."""
    description: str
    loop: bool = False
    """Made to repeat seamlessly: no fades inside, the last sample runs into the first."""

    @property
    def channel(self) -> str:
        """The volume channel this sound belongs to (see core.sound_settings.CHANNELS)."""
        return {"bell": "bells", "cue": "cues", "ambient": "ambient"}[self.kind]

    @property
    def filename(self) -> str:
        return f"{self.name}.wav"


SOUNDS: tuple[SoundDesign, ...] = (
    SoundDesign(
        name="bell_bowl",
        kind="bell",
        duration_s=6.0,
        dominant_hz=196.0,
        peak_dbfs=-3.0,
        rms_dbfs=-19.5,
        description=(
            "A struck singing bowl (G3): four inharmonic partials, each a slowly beating pair, "
            "the higher ones dying away first."
        ),
    ),
    SoundDesign(
        name="bell_start",
        kind="bell",
        duration_s=4.0,
        dominant_hz=392.0,
        peak_dbfs=-3.0,
        rms_dbfs=-19.5,
        description="A brighter, shorter bowl (G4) that marks the start of a practice.",
    ),
    SoundDesign(
        name="bell_end",
        kind="bell",
        duration_s=7.0,
        dominant_hz=220.0,
        peak_dbfs=-3.0,
        rms_dbfs=-18.0,
        description=(
            "Two unhurried strikes of a warm bowl (A3), 2.5 s apart, to close a practice."
        ),
    ),
    SoundDesign(
        name="bell_interval",
        kind="bell",
        duration_s=3.0,
        dominant_hz=440.0,
        peak_dbfs=-9.0,
        rms_dbfs=-24.5,
        description="A soft, short bowl (A4) for interval bells during a timed practice.",
    ),
    SoundDesign(
        name="cue_in",
        kind="cue",
        duration_s=0.45,
        dominant_hz=523.25,
        peak_dbfs=-16.0,
        rms_dbfs=-21.5,
        description="Breathe in: a soft tone rising from G4 to C5 and resting there.",
    ),
    SoundDesign(
        name="cue_out",
        kind="cue",
        duration_s=0.45,
        dominant_hz=392.0,
        peak_dbfs=-16.0,
        rms_dbfs=-21.5,
        description="Breathe out: a soft tone falling from C5 to G4 and resting there.",
    ),
    SoundDesign(
        name="ambient_rain",
        kind="ambient",
        duration_s=8.0,
        dominant_hz=900.0,
        peak_dbfs=-10.0,
        rms_dbfs=-22.0,
        description="Soft rain: a band of noise centred near 900 Hz with sparse, quiet droplets.",
        loop=True,
    ),
    SoundDesign(
        name="ambient_drone",
        kind="ambient",
        duration_s=10.0,
        dominant_hz=110.0,
        peak_dbfs=-10.0,
        rms_dbfs=-18.0,
        description="A warm drone on A2 with its fifth and octave, gently swelling every 5 s.",
        loop=True,
    ),
)

BY_NAME: dict[str, SoundDesign] = {s.name: s for s in SOUNDS}

AMBIENT_SOUNDS: dict[str, str] = {"rain": "ambient_rain", "drone": "ambient_drone"}
"""Ambient choice (as stored in settings) -> sound name."""


def design(name: str) -> SoundDesign:
    """The design of a shipped sound; KeyError with the known names if there is none."""
    try:
        return BY_NAME[name]
    except KeyError:
        known = ", ".join(BY_NAME)
        raise KeyError(f"no shipped sound called {name!r} (known: {known})") from None
