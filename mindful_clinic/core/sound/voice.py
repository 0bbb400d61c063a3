"""Spoken guidance settings (the ``voice`` section of the settings file), declared once with defaults.

Lenient on load, like the other settings: a bad value falls back to its default and never raises, so a
hand-edited settings file cannot stop the app.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mindful_clinic.core.ports import Speaker
    from mindful_clinic.core.sound.settings import SoundSettings

RATE_MIN, RATE_MAX = -1.0, 1.0
"""QtTextToSpeech's range: -1 slowest, 0 the voice's normal speed, 1 fastest."""


@dataclass
class VoiceSettings:
    enabled: bool = True
    """Speak the guidance; captions are on screen either way."""
    voice: str = ""
    """A voice name from the speech engine; empty means the system's default voice."""
    rate: float = -0.1
    """A touch slower than normal suits guidance."""
    volume: float = 0.8

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> VoiceSettings:
        out = cls()
        if not isinstance(data, dict):
            return out
        if isinstance(data.get("enabled"), bool):
            out.enabled = data["enabled"]
        if isinstance(data.get("voice"), str):
            out.voice = data["voice"]
        rate = data.get("rate")
        if isinstance(rate, int | float) and not isinstance(rate, bool):
            out.rate = min(RATE_MAX, max(RATE_MIN, float(rate)))
        volume = data.get("volume")
        if isinstance(volume, int | float) and not isinstance(volume, bool):
            out.volume = min(1.0, max(0.0, float(volume)))
        return out


def voice_silenced(sound: SoundSettings, now: datetime) -> str | None:
    """Why the voice should be quiet now, like the bells: "muted", "quiet_hours", or None (speak).

    The same rule as ``sound_decision`` for a practice's sounds: mute and quiet hours silence the
    spoken guidance too. Captions carry on, and the user can still switch the voice on by hand."""
    if sound.muted:
        return "muted"
    if sound.is_quiet(now):
        return "quiet_hours"
    return None


def apply_to_speaker(speaker: Speaker, settings: VoiceSettings) -> None:
    """Give the speaker the user's voice, rate and volume."""
    if settings.voice:
        speaker.set_voice(settings.voice)
    speaker.set_rate(settings.rate)
    speaker.set_volume(settings.volume)
