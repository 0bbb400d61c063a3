"""Import a user's own bell or recorded guidance track.

The file is decoded (WAV always; OGG with ffmpeg, or pygame's decoder when ffmpeg is missing; MP3
only with ffmpeg), made mono 16-bit, trimmed of leading and trailing silence, brought to a steady
loudness with its peak kept below -1 dBFS, and saved as WAV in ``data_dir()/sounds`` by an atomic
write. Anything wrong (a broken or silent file, an unknown type, MP3 without ffmpeg) raises
``SoundImportError`` with a sentence a person can act on, and nothing on disk changes.

Each label gets its own file (slug plus a short hash, services/sound/own_index.py), and importing
never replaces another sound unasked: a label already imported raises ``SoundConflict`` unless
``replace=True``, so the window can ask first. ``progress`` is called between the steps (from the
worker thread the window runs long files in) and can cancel the import.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import wave
from array import array
from pathlib import Path
from typing import Any

from mindful_clinic.core.ports import (
    ImportedSound,
    Progress,
    SoundConflict,
    SoundImportCancelled,
    SoundImportError,
)
from mindful_clinic.core.sound.design import SAMPLE_RATE
from mindful_clinic.services.sound.assets import USER_PREFIX, user_sounds_dir
from mindful_clinic.services.sound.own_index import (
    clean_label,
    file_stem,
    read_labels,
    write_labels,
)
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


def ffmpeg_available() -> bool:
    return shutil.which("ffmpeg") is not None or shutil.which("avconv") is not None


def conflict_for(source: Path, kind: str = "bell", name: str | None = None) -> SoundConflict | None:
    """The sound this import would replace, if any (asked before the work starts)."""
    label = clean_label(name or Path(source).stem)
    stem = file_stem(f"{USER_PREFIX}{kind}_", label)
    if (user_sounds_dir(create=False) / f"{stem}.wav").exists():
        return SoundConflict(stem, label)
    return None


def import_sound(
    source: Path,
    kind: str = "bell",
    name: str | None = None,
    *,
    replace: bool = False,
    progress: Progress | None = None,
) -> ImportedSound:
    """Import ``source`` as a bell or guidance track; returns where it went.

    ``name`` is the user's label (default: the file name). A label already imported raises
    SoundConflict unless ``replace``; a cancel through ``progress`` raises SoundImportCancelled.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    source = Path(source)
    label = clean_label(name or source.stem)
    conflict = conflict_for(source, kind, label)
    if conflict is not None and not replace:
        raise conflict

    def step(percent: int) -> None:
        if progress is not None and progress(percent) is False:
            from PySide6.QtCore import QCoreApplication

            raise SoundImportCancelled(
                QCoreApplication.translate("Sound", "The import was cancelled; nothing changed.")
            )

    step(0)
    seg = _decode(source)
    step(40)
    seg = _shape(seg, kind, source)
    step(80)
    sound_name = file_stem(f"{USER_PREFIX}{kind}_", label)
    buf = io.BytesIO()
    seg.export(buf, format="wav")
    step(95)
    folder = user_sounds_dir()
    path = folder / f"{sound_name}.wav"
    atomic_write_bytes(path, buf.getvalue(), backup=False)
    with contextlib.suppress(OSError):  # without the index the sound still plays, under its slug
        write_labels(folder, {**read_labels(folder), sound_name: label})
    step(100)
    return ImportedSound(sound_name, kind, path, seg.frame_count() / seg.frame_rate, label)


def imported_sounds() -> list[ImportedSound]:
    """The user's imported sounds, by name."""
    folder = user_sounds_dir(create=False)
    if not folder.is_dir():
        return []
    out = []
    labels = read_labels(folder)
    for path in sorted(folder.glob(f"{USER_PREFIX}*.wav")):
        kind = next((k for k in KINDS if path.stem.startswith(f"{USER_PREFIX}{k}_")), None)
        if kind is None:
            continue
        try:
            with wave.open(str(path)) as w:
                seconds = w.getnframes() / w.getframerate()
        except (OSError, EOFError, wave.Error):
            continue  # a damaged file is skipped, not fatal
        out.append(ImportedSound(path.stem, kind, path, seconds, labels.get(path.stem, "")))
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
    folder = user_sounds_dir(create=False)
    (folder / f"{name}.wav").unlink(missing_ok=True)
    labels = read_labels(folder)
    if labels.pop(name, None) is not None:
        with contextlib.suppress(OSError):
            write_labels(folder, labels)


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
    if abs(fmt) == 32:  # float samples (a mixer someone else started so): convert to 16-bit
        raw = _float_to_int16(raw)
        width = 2
    else:
        width = abs(fmt) // 8
    return AudioSegment(data=raw, sample_width=width, frame_rate=freq, channels=channels)


def _float_to_int16(raw: bytes) -> bytes:
    """32-bit float samples to 16-bit integers, clipped (plain Python: numpy is not a dependency).

    Our own player starts the mixer at 16 bits, so this runs only when another mixer format is
    already active; it is slower than numpy (about a second per minute of stereo sound).
    """
    floats = array("f")
    floats.frombytes(raw)
    if sys.byteorder == "big":
        floats.byteswap()
    ints = array("h", (max(-32768, min(32767, round(x * 32767))) for x in floats))
    if sys.byteorder == "big":
        ints.byteswap()
    return ints.tobytes()


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


class UserSounds:
    """The user's imported sounds, as the sound settings page sees them (``SoundFiles``)."""

    def import_sound(
        self,
        source: Path,
        kind: str = "bell",
        *,
        replace: bool = False,
        progress: Progress | None = None,
    ) -> ImportedSound:
        return import_sound(source, kind, replace=replace, progress=progress)

    def conflict_for(self, source: Path, kind: str = "bell") -> SoundConflict | None:
        return conflict_for(source, kind)

    def imported_sounds(self) -> list[ImportedSound]:
        return imported_sounds()

    def remove_sound(self, name: str) -> None:
        remove_sound(name)
