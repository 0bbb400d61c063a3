"""Quiet hours in the sound settings: ASCII digits only, every bad value a SoundSettingsError."""

from __future__ import annotations

from datetime import time

import pytest

from mindful_clinic.core.sound.settings import QuietHours, SoundSettingsError


@pytest.mark.parametrize("start", ["²:00", "22:²²", "٢٢:00", "9" * 5000 + ":00", "+7:00", "123:00"])
def test_a_quiet_hours_time_in_other_digits_is_a_sound_settings_error(start: str) -> None:
    with pytest.raises(SoundSettingsError, match="must look like 22:00"):
        QuietHours.from_dict({"start": start})


def test_quiet_hours_read_as_before() -> None:
    assert QuietHours.from_dict({"start": "7:05", "end": "22:00"}).start == time(7, 5)
