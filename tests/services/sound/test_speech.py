"""Spoken guidance: QtTextToSpeech when an engine works, a quiet fallback said once when none does."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication

from mindful_clinic.core.sound.voice import VoiceSettings
from mindful_clinic.services.sound import speech
from mindful_clinic.services.sound.speech import (
    NO_ENGINE_MESSAGE,
    NullSpeaker,
    QtSpeaker,
    make_speaker,
)
from tests.speech_fakes import FakeSpeaker


def test_null_speaker_says_once_why_and_never_raises() -> None:
    told: list[str] = []
    s = NullSpeaker(notify=told.append)
    assert not s.available and s.problem == NO_ENGINE_MESSAGE
    s.say("Welcome")
    s.say("Feet")
    s.stop()
    s.set_rate(0.5)
    s.set_volume(0.2)
    assert s.set_voice("Anne") is False and s.voices() == []
    assert told == [NO_ENGINE_MESSAGE]
    assert s.take_notice() == NO_ENGINE_MESSAGE
    assert s.take_notice() is None


def test_no_engine_at_all_falls_back_to_captions(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: []))
    told: list[str] = []
    s = make_speaker(VoiceSettings(), notify=told.append)
    assert not s.available
    assert s.problem == NO_ENGINE_MESSAGE
    s.say("Welcome")
    s.say("Feet")
    s.stop()
    assert s.voices() == [] and s.set_voice("Anne") is False
    assert told == [NO_ENGINE_MESSAGE]
    assert s.take_notice() == NO_ENGINE_MESSAGE and s.take_notice() is None


def test_qt_speech_module_missing_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import raises ImportError
    s = QtSpeaker()
    s.say("Welcome")
    assert not s.available and s.take_notice() == NO_ENGINE_MESSAGE


def test_only_the_mock_engine_counts_as_no_engine_unless_allowed(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    assert not QtSpeaker().available
    assert QtSpeaker(allow_mock=True).available


def test_lazy_start_nothing_loads_until_first_use(qapp: QApplication) -> None:
    s = QtSpeaker(engine="mock")
    assert s._tts is None  # nothing started by construction
    assert s.available
    assert s._tts is not None
    s.close()


def test_speaking_through_qt_mock_engine_with_settings(qapp: QApplication) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed here")
    s = QtSpeaker(engine="mock", settings=VoiceSettings(voice="Anne", rate=0.4, volume=0.3))
    assert s.available and s.problem is None and s.engine == "mock"
    assert "Anne" in s.voices()
    assert s._tts.voice().name() == "Anne"
    assert s._tts.rate() == pytest.approx(0.4) and s._tts.volume() == pytest.approx(0.3)
    s.set_rate(5.0)
    assert s._tts.rate() == pytest.approx(1.0)  # clamped to Qt's range
    s.say("Welcome")
    assert s._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
    s.stop()
    assert s.take_notice() is None
    s.close()


def test_a_speech_error_mid_practice_is_said_once(qapp: QApplication) -> None:
    told: list[str] = []
    s = QtSpeaker(engine="mock", notify=told.append)
    assert s.available
    s._on_error(None, "device gone")
    s._on_error(None, "device gone")
    s.say("Feet")
    assert not s.available
    assert len(told) == 1 and "captions carry on" in told[0]
    s.close()


def test_voice_settings_load_leniently() -> None:
    v = VoiceSettings.from_dict({"enabled": "yes", "voice": "Bob", "rate": 9, "volume": -1})
    assert v.enabled is True and v.voice == "Bob" and v.rate == 1.0 and v.volume == 0.0
    assert VoiceSettings.from_dict(VoiceSettings(rate=0.2).to_dict()).rate == 0.2
    assert VoiceSettings.from_dict(None) == VoiceSettings()


def test_fake_speaker_matches_the_protocol() -> None:
    def use(s: speech.Speaker) -> None:
        s.say("x")

    fake = FakeSpeaker()
    use(fake)
    assert fake.said == ["x"]


@pytest.mark.qt_log_ignore("Error loading text-to-speech plug-in")
def test_this_machines_engines_never_crash(qapp: QApplication) -> None:
    """Whatever engines exist here (speechd without a daemon fails to start), nothing raises."""
    s = make_speaker()
    s.say("Welcome")
    s.stop()
    assert s.available or s.problem == NO_ENGINE_MESSAGE
    s.close()
