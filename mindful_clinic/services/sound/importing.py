"""Import a user's own bell or recorded guidance track.

The file is decoded (WAV always; OGG with ffmpeg, or pygame's decoder when ffmpeg is missing; MP3
only with ffmpeg), made mono 16-bit, trimmed of leading and trailing silence, brought to a steady
loudness with its peak kept below -1 dBFS, and saved as WAV in ``data_dir()/sounds`` by an atomic
write. Anything wrong (a broken or silent file, an unknown type, MP3 without ffmpeg) raises
``SoundImportError`` with a sentence a person can act on, and nothing on disk changes.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mindful_clinic.core.sound.design import SAMPLE_RATE
from mindful_clinic.services.sound.assets import USER_PREFIX, user_sounds_dir
from mindful_clinic.services.storage.atomic import atomic_write_bytes

KINDS = ("bell", "guidance")
EXTENSIONS = {".wav": "wav", ".wave": "wav", ".ogg": "ogg", ".oga": "ogg", ".mp3": "mp3"}
TARGET_RMS_DBFS = {"bell": -20.0, "guidance": -20.0}
"""Loudness after import: the shipped bells sit near -19 dBFS, speech carries at -20 dBFS."""
PEAK_CEILING_DBFS = -1.0
SILENCE_BELOW_PEAK_DB = 45.0
"""Trimmed as silence: anything this far below the file's own peak (quiet recordings keep their
soft start)."""
MIN_SECONDS = 0.2
MAX_SECONDS = 45 * 60
IMPORT_RATE = {"bell": SAMPLE_RATE, "guidance": SAMPLE_RATE}


class SoundImportError(Exception):
    """The file cannot be imported; ``str(error)`` is the message to show."""


@dataclass(frozen=True)
class ImportedSound:
    name: str
    """What a player plays, e.g. "user_bell_tibetan_bowl"."""
    kind: str
    path: Path
    duration_s: float


def ffmpeg_available() -> bool:
    return shutil.which("ffmpeg") is not None or shutil.which("avconv") is not None


def import_sound(source: Path, kind: str = "bell", name: str | None = None) -> ImportedSound:
    """Import ``source`` as a bell or guidance track; returns where it went.

    ``name`` is the user's label (default: the file name); importing the same label again replaces
    the earlier sound.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    source = Path(source)
    seg = _decode(source)
    seg = _shape(seg, kind, source)
    sound_name = f"{USER_PREFIX}{kind}_{slug(name or source.stem)}"
    buf = io.BytesIO()
    seg.export(buf, format="wav")
    path = user_sounds_dir() / f"{sound_name}.wav"
    atomic_write_bytes(path, buf.getvalue(), backup=False)
    return ImportedSound(sound_name, kind, path, seg.frame_count() / seg.frame_rate)


def imported_sounds() -> list[ImportedSound]:
    """The user's imported sounds, by name."""
    folder = user_sounds_dir(create=False)
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob(f"{USER_PREFIX}*.wav")):
        kind = next((k for k in KINDS if path.stem.startswith(f"{USER_PREFIX}{k}_")), None)
        if kind is None:
            continue
        try:
            with wave.open(str(path)) as w:
                seconds = w.getnframes() / w.getframerate()
        except (OSError, EOFError, wave.Error):
            continue  # a damaged file is skipped, not fatal
        out.append(ImportedSound(path.stem, kind, path, seconds))
    return out


def remove_sound(name: str) -> None:
    """Delete an imported sound (shipped sounds cannot be removed)."""
    if not name.startswith(USER_PREFIX) or "/" in name or "\\" in name:
        from PySide6.QtCore import QCoreApplication

        raise SoundImportError(
            QCoreApplication.translate(
                "Sound", "{name} is not one of your imported sounds."
            ).format(name=name)
        )
    path = user_sounds_dir(create=False) / f"{name}.wav"
    path.unlink(missing_ok=True)


def slug(label: str) -> str:
    """A safe file-name part from a user's label: lower-case letters, digits and underscores."""
    words = re.findall(r"[a-z0-9]+", label.lower())
    return "_".join(words)[:40].strip("_") or "sound"


# -- inside ---------------------------------------------------------------------------------------
def _decode(source: Path) -> Any:
    from pydub import AudioSegment
    from PySide6.QtCore import QCoreApplication  # messages in the user's language

    if not source.is_file():
        raise SoundImportError(
            QCoreApplication.translate("Sound", "{name} was not found.").format(name=source.name)
        )
    fmt = EXTENSIONS.get(source.suffix.lower())
    if fmt is None:
        raise SoundImportError(
            (
                QCoreApplication.translate(
                    "Sound",
                    "{name} is not a sound file this app can import: choose a WAV or OGG "
                    "file, or an MP3.",
                )
                if ffmpeg_available()
                else QCoreApplication.translate(
                    "Sound",
                    "{name} is not a sound file this app can import: choose a WAV or OGG file.",
                )
            ).format(name=source.name)
        )
    if fmt == "mp3" and not ffmpeg_available():
        raise SoundImportError(
            QCoreApplication.translate(
                "Sound",
                "{name} is an MP3, and MP3 files need ffmpeg, which is not installed on this "
                "computer. Install ffmpeg, or convert the file to WAV or OGG first.",
            ).format(name=source.name)
        )
    unreadable = SoundImportError(
        QCoreApplication.translate(
            "Sound",
            "{name} could not be read as a sound. It may be damaged, or not really a {kind} file.",
        ).format(name=source.name, kind=fmt.upper())
    )
    try:
        if fmt == "wav" or ffmpeg_available():
            with source.open("rb") as fh:  # pydub leaves files it opens itself open
                return AudioSegment.from_file(fh, format=fmt)
        return _decode_with_pygame(source)
    except SoundImportError:
        raise
    except Exception as exc:  # pydub/ffmpeg/pygame each fail in their own ways
        raise unreadable from exc


def _decode_with_pygame(source: Path) -> Any:
    """OGG without ffmpeg: pygame's own decoder, through the mixer (started here if need be)."""
    from pydub import AudioSegment

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"
    import pygame.mixer as mixer

    if not mixer.get_init():
        try:
            mixer.init()
        except Exception as exc:
            from PySide6.QtCore import QCoreApplication

            raise SoundImportError(
                QCoreApplication.translate(
                    "Sound",
                    "{name} is an OGG file, and reading OGG here needs ffmpeg or a working "
                    "sound output, neither of which was found. Install ffmpeg, or convert the "
                    "file to WAV first.",
                ).format(name=source.name)
            ) from exc
    freq, fmt, channels = mixer.get_init()
    raw = mixer.Sound(str(source)).get_raw()
    if abs(fmt) == 32:  # float samples: convert to 16-bit
        import numpy as np

        pcm = np.frombuffer(raw, dtype="<f4")
        raw = np.clip(np.round(pcm * 32767), -32768, 32767).astype("<i2").tobytes()
        width = 2
    else:
        width = abs(fmt) // 8
    return AudioSegment(data=raw, sample_width=width, frame_rate=freq, channels=channels)


def _shape(seg: Any, kind: str, source: Path) -> Any:
    from pydub.silence import detect_leading_silence
    from PySide6.QtCore import QCoreApplication  # messages in the user's language

    if len(seg) / 1000.0 > MAX_SECONDS:
        raise SoundImportError(
            QCoreApplication.translate(
                "Sound",
                "{name} lasts {minutes} minutes; the longest sound this app imports is "
                "{longest} minutes.",
            ).format(name=source.name, minutes=f"{len(seg) / 60000:.0f}", longest=MAX_SECONDS // 60)
        )
    seg = seg.set_channels(1).set_sample_width(2).set_frame_rate(IMPORT_RATE[kind])
    if seg.max_dBFS == float("-inf"):
        raise SoundImportError(
            QCoreApplication.translate(
                "Sound", "{name} is silent: there is nothing to import."
            ).format(name=source.name)
        )
    threshold = seg.max_dBFS - SILENCE_BELOW_PEAK_DB
    lead = detect_leading_silence(seg, silence_threshold=threshold, chunk_size=5)
    tail = detect_leading_silence(seg.reverse(), silence_threshold=threshold, chunk_size=5)
    seg = seg[lead : max(lead, len(seg) - tail)]
    if len(seg) / 1000.0 < MIN_SECONDS:
        raise SoundImportError(
            QCoreApplication.translate(
                "Sound",
                "{name} holds less than {seconds} s of sound once the silence is trimmed: there "
                "is nothing to import.",
            ).format(name=source.name, seconds=f"{MIN_SECONDS:g}")
        )
    gain = TARGET_RMS_DBFS[kind] - seg.dBFS
    gain = min(gain, PEAK_CEILING_DBFS - 0.1 - seg.max_dBFS)  # loudness, but never a clipped peak
    seg = seg.apply_gain(gain)
    return seg.fade_in(5).fade_out(min(50, len(seg) // 4))
