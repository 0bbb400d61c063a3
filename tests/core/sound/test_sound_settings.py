"""Sound settings: validation, storage round trip, quiet hours and the may-it-play rule."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from mindful_clinic.core.sound.settings import (
    PracticeSoundChoices,
    QuietHours,
    SoundPurpose,
    SoundSettings,
    SoundSettingsError,
    reminder_bell,
    settings_or_defaults,
    sound_decision,
)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, 5, hour, minute, tzinfo=UTC)


def test_quiet_hours_across_midnight() -> None:
    q = QuietHours(enabled=True, start=time(22, 0), end=time(7, 0))
    assert q.is_quiet(at(22, 0))
    assert q.is_quiet(at(23, 59))
    assert q.is_quiet(at(0, 0))
    assert q.is_quiet(at(6, 59))
    assert not q.is_quiet(at(7, 0))
    assert not q.is_quiet(at(12, 0))
    assert not q.is_quiet(at(21, 59))


def test_quiet_hours_within_a_day_and_switched_off() -> None:
    clinic = QuietHours(enabled=True, start=time(9, 0), end=time(17, 30))
    assert clinic.is_quiet(at(9, 0)) and clinic.is_quiet(at(17, 29))
    assert not clinic.is_quiet(at(17, 30)) and not clinic.is_quiet(at(8, 59))
    assert not QuietHours(enabled=False, start=time(0, 0), end=time(23, 59)).is_quiet(at(12))
    assert not QuietHours(enabled=True, start=time(8, 0), end=time(8, 0)).is_quiet(at(8))


def test_quiet_hours_read_the_local_wall_time() -> None:
    q = QuietHours(enabled=True, start=time(22, 0), end=time(7, 0))
    local = datetime(2026, 1, 5, 23, 0, tzinfo=timezone(timedelta(hours=-5)))  # 04:00 UTC
    assert q.is_quiet(local)
    assert q.is_quiet(time(23, 30))


def test_settings_round_trip_through_a_dict() -> None:
    s = (
        SoundSettings()
        .with_volume("cues", 0.25)
        .with_muted(True)
        .with_quiet_hours(QuietHours(True, time(21, 15), time(6, 45)))
        .with_choices("box_4444", PracticeSoundChoices(inhale_cue=True, interval_bell_min=2))
        .with_choices(None, PracticeSoundChoices(ambient="rain"))
    )
    back = SoundSettings.from_dict(s.to_dict())
    assert back == s
    assert back.choices_for("box_4444").inhale_cue
    assert back.choices_for("other").ambient_sound == "ambient_rain"
    assert back.volume("cues") == 0.25
    assert SoundSettings.from_dict({}) == SoundSettings()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"volumes": {"cues": 1.5}}, "cues volume"),
        ({"volumes": {"cues": "loud"}}, "cues volume"),
        ({"volumes": {"drums": 0.5}}, "Unknown sound channel"),
        ({"muted": "yes"}, "mute"),
        ({"quiet_hours": {"start": "25:00"}}, "22:00"),
        ({"defaults": {"ambient": "waves"}}, "Ambient sound must be one of"),
        ({"defaults": {"interval_bell_min": 90}}, r"between 0 \(off\) and 60"),
        ({"per_practice": {"box": {"inhale_cue": 1}}}, "inhale cue"),
        ([1, 2], "table"),
    ],
)
def test_bad_stored_settings_get_a_plain_message(data: object, words: str) -> None:
    with pytest.raises(SoundSettingsError, match=words):
        SoundSettings.from_dict(data)  # type: ignore[arg-type]


def test_volume_setters_validate() -> None:
    with pytest.raises(SoundSettingsError):
        SoundSettings().with_volume("cues", -0.1)
    with pytest.raises(SoundSettingsError):
        SoundSettings().with_volume("drums", 0.5)


def decide(settings: SoundSettings, purpose: SoundPurpose, **kw: object) -> str:
    return sound_decision(settings, now=at(12), purpose=purpose, **kw).reason  # type: ignore[arg-type]


def test_practice_sounds_play_only_inside_a_practice_the_user_began() -> None:
    s = SoundSettings()
    assert decide(s, SoundPurpose.PRACTICE, in_user_practice=True) == "ok"
    assert decide(s, SoundPurpose.PRACTICE, in_user_practice=False) == "no_practice"


def test_mute_and_quiet_hours_silence_everything_but_mute_wins() -> None:
    quiet = SoundSettings(quiet_hours=QuietHours(True, time(11, 0), time(13, 0)))
    assert decide(quiet, SoundPurpose.PRACTICE, in_user_practice=True) == "quiet_hours"
    assert decide(quiet, SoundPurpose.REMINDER) == "quiet_hours"
    muted = quiet.with_muted(True)
    for purpose in SoundPurpose:
        assert decide(muted, purpose, in_user_practice=True) == "muted"
    assert not sound_decision(muted, now=at(12), purpose=SoundPurpose.PREVIEW)


def test_reminders_are_visual_unless_the_user_chose_a_sound() -> None:
    s = SoundSettings()
    assert decide(s, SoundPurpose.REMINDER) == "not_chosen"
    chosen = SoundSettings(reminder_sound="bell_interval")
    assert decide(chosen, SoundPurpose.REMINDER) == "ok"


def test_a_channel_at_zero_is_off_and_preview_ignores_quiet_hours() -> None:
    s = SoundSettings(quiet_hours=QuietHours(True, time(0, 0), time(23, 59))).with_volume("cues", 0)
    assert decide(s, SoundPurpose.PREVIEW, channel="cues") == "channel_off"
    assert decide(s, SoundPurpose.PREVIEW, channel="bells") == "ok"


def test_stored_settings_or_the_defaults_with_a_reason() -> None:
    stored = SoundSettings().with_muted(True).to_dict()
    assert settings_or_defaults(stored) == (SoundSettings().with_muted(True), None)
    settings, problem = settings_or_defaults({"volumes": {"bells": 7}})
    assert settings == SoundSettings()
    assert problem is not None and "bells volume" in problem
    assert settings_or_defaults(None)[0] == SoundSettings()


def test_which_bell_a_reminder_rings() -> None:
    """The bell chosen in Sound settings, else the interval bell if Reminders ask for a sound."""
    assert reminder_bell(SoundSettings(), reminders_ring=False, now=at(12)) is None
    assert reminder_bell(SoundSettings(), reminders_ring=True, now=at(12)) == "bell_interval"
    own = SoundSettings(reminder_sound="bell_soft")
    assert reminder_bell(own, reminders_ring=False, now=at(12)) == "bell_soft"
    assert reminder_bell(own.with_muted(True), reminders_ring=True, now=at(12)) is None
    quiet = SoundSettings(quiet_hours=QuietHours(True, time(11, 0), time(13, 0)))
    assert reminder_bell(quiet, reminders_ring=True, now=at(12)) is None
    assert reminder_bell(quiet, reminders_ring=True, now=at(14)) == "bell_interval"
