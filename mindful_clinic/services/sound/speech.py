"""Spoken guidance behind a small interface, so a machine without a speech engine still practises.

``QtSpeaker`` uses QtTextToSpeech with the system's voices. It is imported and started lazily (the
first time something is said or the voices are listed), so the app starts as fast without it, and it
never raises: with no engine (or no libpulse0, which QtTextToSpeech needs to import at all) it tells
the user once, "No speech engine found; captions carry on.", and goes quiet. ``NullSpeaker`` is the
same quiet fallback on purpose (voice switched off, or tests). Captions are always on screen, so
nothing depends on speech.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP
from mindful_clinic.core.sound.voice import RATE_MAX, RATE_MIN, VoiceSettings

NO_ENGINE_MESSAGE = QT_TRANSLATE_NOOP("Speech", "No speech engine found; captions carry on.")
"""English, marked for lupdate; what the user reads comes from ``said_in_language``."""
Notify = Callable[[str], None]


def said_in_language(message: str) -> str:
    """``message`` (a "Speech" sentence) in the window's language. Qt is imported here, when the
    sentence is needed, not at import time (the CLI and benchmarks load this module)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Speech", message)


class _Notices:
    """Say a problem once: through ``notify`` if given, and once through ``take_notice``."""

    def __init__(self, notify: Notify | None) -> None:
        self._notify = notify
        self._told: set[str] = set()
        self._pending: str | None = None

    def raise_once(self, message: str) -> None:
        if message in self._told:
            return
        self._told.add(message)
        self._pending = message
        if self._notify is not None:
            self._notify(message)

    def take(self) -> str | None:
        message, self._pending = self._pending, None
        return message


class NullSpeaker:
    """Says nothing; tells the user once why (when there is a reason to)."""

    def __init__(self, reason: str | None = NO_ENGINE_MESSAGE, notify: Notify | None = None):
        self._reason = reason
        self._notices = _Notices(notify)

    @property
    def available(self) -> bool:
        return False

    @property
    def problem(self) -> str | None:
        return said_in_language(self._reason) if self._reason else None

    def say(self, text: str) -> None:
        if self._reason and text:
            self._notices.raise_once(said_in_language(self._reason))

    def stop(self) -> None:
        pass

    @property
    def speaking(self) -> bool:
        return False

    def set_voice(self, name: str) -> bool:
        return False

    def set_rate(self, rate: float) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def voices(self) -> list[str]:
        return []

    def take_notice(self) -> str | None:
        return self._notices.take()


class QtSpeaker:
    """QtTextToSpeech, started on first use; the first engine that initialises wins.

    ``engine`` picks one engine by name; otherwise every engine except Qt's "mock" test engine is
    tried in the order Qt lists them (``allow_mock=True`` lets tests and demos use the mock).
    """

    def __init__(
        self,
        engine: str | None = None,
        *,
        allow_mock: bool = False,
        notify: Notify | None = None,
        settings: VoiceSettings | None = None,
    ) -> None:
        self._engine_name = engine
        self._allow_mock = allow_mock
        self._notices = _Notices(notify)
        self._settings = settings or VoiceSettings()
        self._tts: Any = None
        self._speaking = False
        self._started = False
        self._problem: str | None = None

    # -- start-up ---------------------------------------------------------------------------------
    def _ensure(self) -> Any:
        if self._started:
            return self._tts
        self._started = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except (ImportError, OSError):  # Qt's speech module or libpulse0 missing
            self._problem = said_in_language(NO_ENGINE_MESSAGE)
            return None
        names = [self._engine_name] if self._engine_name else list(QTextToSpeech.availableEngines())
        if not self._allow_mock and not self._engine_name:
            names = [n for n in names if n != "mock"]
        for name in names:
            tts = QTextToSpeech(name)
            if tts.state() != QTextToSpeech.State.Error:
                self._tts = tts
                tts.errorOccurred.connect(self._on_error)
                tts.stateChanged.connect(self._on_state)
                self._apply(self._settings)
                return tts
            tts.deleteLater()
        self._problem = said_in_language(NO_ENGINE_MESSAGE)
        return None

    def _on_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._speaking = False

    def _on_error(self, _reason: object, message: str) -> None:
        self._speaking = False
        stopped = QT_TRANSLATE_NOOP(
            "Speech", "Spoken guidance stopped working (%1); captions carry on."
        )
        self._problem = said_in_language(stopped).replace("%1", message)
        self._notices.raise_once(self._problem)

    def _apply(self, settings: VoiceSettings) -> None:
        if settings.voice:
            self.set_voice(settings.voice)
        self.set_rate(settings.rate)
        self.set_volume(settings.volume)

    # -- the Speaker interface ----------------------------------------------------------------------
    @property
    def engine(self) -> str | None:
        tts = self._ensure()
        return str(tts.engine()) if tts is not None else None

    @property
    def available(self) -> bool:
        return self._ensure() is not None and self._problem is None

    @property
    def problem(self) -> str | None:
        self._ensure()
        return self._problem

    def say(self, text: str) -> None:
        if not text:
            return
        tts = self._ensure()
        if tts is None or self._problem:
            self._notices.raise_once(self._problem or said_in_language(NO_ENGINE_MESSAGE))
            return
        tts.stop()
        tts.say(text)
        self._speaking = True

    @property
    def speaking(self) -> bool:
        """From ``say`` until the engine is ready again (QTextToSpeech's state changes)."""
        return self._speaking

    def stop(self) -> None:
        self._speaking = False
        if self._tts is not None:
            self._tts.stop()

    def voices(self) -> list[str]:
        tts = self._ensure()
        return [str(v.name()) for v in tts.availableVoices()] if tts is not None else []

    def set_voice(self, name: str) -> bool:
        tts = self._ensure()
        if tts is None:
            return False
        for v in tts.availableVoices():
            if v.name() == name:
                tts.setVoice(v)
                return True
        return False

    def set_rate(self, rate: float) -> None:
        self._settings.rate = min(RATE_MAX, max(RATE_MIN, rate))
        if self._tts is not None:
            self._tts.setRate(self._settings.rate)

    def set_volume(self, volume: float) -> None:
        self._settings.volume = min(1.0, max(0.0, volume))
        if self._tts is not None:
            self._tts.setVolume(self._settings.volume)

    def take_notice(self) -> str | None:
        return self._notices.take()

    def close(self) -> None:
        if self._tts is not None:
            self._tts.stop()
            self._tts.deleteLater()
            self._tts = None


def make_speaker(settings: VoiceSettings | None = None, notify: Notify | None = None) -> QtSpeaker:
    """The app's one speaker. Nothing starts until first use, and it falls back quietly by itself;
    whether guidance is spoken at all (``settings.enabled``) is the practice screen's choice."""
    return QtSpeaker(notify=notify, settings=settings or VoiceSettings())
