"""Playing sounds behind a small interface (after Anki's aqt/sound.py ``Player``).

``SoundPlayer`` is what the app talks to. ``PygamePlayer`` plays through ``pygame.mixer`` (never
``pygame.init()``, never pygame's event queue): the mixer starts on first use, in a worker thread so
importing pygame and opening the device (a few hundred ms on a cold start) never stalls the window,
with a 512-sample buffer (about 12 ms) for cues that land on the beat, and every shipped sound
preloaded. Calls made while it starts are queued and run in order once it is ready. If no device can
be opened it turns into a ``SilentPlayer``, which says once "No sound output found; practices carry
on silently." and does nothing else; the next ``prepare`` (the next practice) tries the device again.
``check`` opens the device and lets it go at once, so the window can say "Sound: unavailable" long
before a sound is wanted; ``on_output`` hears whenever the player learns whether anything can be
heard. Tests use the recording fake in tests/sound_fakes.py.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections.abc import Callable, Iterable
from typing import Any

from mindful_clinic.core.ports import SoundPlayer
from mindful_clinic.core.sound.settings import CHANNELS, DEFAULT_VOLUMES
from mindful_clinic.services.sound.assets import shipped_names, sound_path

log = logging.getLogger(__name__)

ENV_NO_SOUND = "MINDFUL_CLINIC_NO_SOUND"
"""Set to 1 to run without sound (a shared screen in a quiet room, a machine whose driver misbehaves)."""
MIXER_FREQUENCY = 44100
MIXER_BUFFER = 512
MIXER_CHANNELS = 16
AMBIENT_CHANNEL = 0
"""Reserved mixer channel for the ambient loop, so cues and bells never steal it."""

Notify = Callable[[str], None]
OutputChanged = Callable[[], None]
"""Called, perhaps from the worker thread, when the player learns whether anything can be heard."""


def no_output_message() -> str:
    """NO_OUTPUT_MESSAGE translated. Qt is imported here, when the sentence is needed, not at
    import time (the CLI and benchmarks load this module without a window)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Sound", "No sound output found; practices carry on silently."
    )


def _switched_off_message() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Sound", "Sound is switched off for this run.")


def make_player(
    notify: Notify | None = None,
    *,
    silent: bool = False,
    on_output: OutputChanged | None = None,
) -> SoundPlayer:
    """The player for this machine: pygame's mixer if pygame is installed, else silence.

    Nothing is imported or opened here; ``notify`` gets the one-time "no sound output" message and
    ``on_output`` each finding about the device; both may be called from a worker thread (connect
    them to a Qt signal's ``emit``). A silent player knows at once, so it never calls ``on_output``.
    """
    if silent or os.environ.get(ENV_NO_SOUND) == "1":
        return SilentPlayer(notify=notify, reason=_switched_off_message())
    if importlib.util.find_spec("pygame") is None:
        return SilentPlayer(notify=notify)
    return PygamePlayer(notify=notify, on_output=on_output)


class SilentPlayer:
    """Plays nothing; tells the user once, the first time a sound was wanted."""

    def __init__(self, notify: Notify | None = None, reason: str | None = None) -> None:
        self._notify = notify
        self._given_reason = reason
        self._told = False

    @property
    def available(self) -> bool:
        return False

    @property
    def _reason(self) -> str:
        return self._given_reason or no_output_message()

    @property
    def problem(self) -> str | None:
        return self._reason

    def _tell_once(self) -> None:
        if self._told:
            return
        self._told = True
        log.info("%s", self._reason)
        if self._notify is not None:
            try:
                self._notify(self._reason)
            except Exception:  # a broken listener must not break a practice
                log.exception("sound notice listener failed")

    def prepare(self) -> None:
        pass

    def play(self, name: str, channel: str = "cues") -> None:
        self._tell_once()

    def start_ambient(self, name: str, fade_ms: int = 2000) -> None:
        self._tell_once()

    def stop_ambient(self, fade_ms: int = 2000) -> None:
        pass

    def set_volume(self, channel: str, volume: float) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        pass

    def close(self) -> None:
        pass


class PygamePlayer:
    """pygame.mixer behind the SoundPlayer interface; see the module docstring."""

    def __init__(
        self,
        notify: Notify | None = None,
        *,
        preload: Iterable[str] | None = None,
        buffer: int = MIXER_BUFFER,
        resolve: Callable[[str], os.PathLike[str] | str] = sound_path,
        on_output: OutputChanged | None = None,
    ) -> None:
        self._on_output = on_output
        self._preload = list(shipped_names() if preload is None else preload)
        self._buffer = buffer
        self._resolve = resolve
        self._fallback = SilentPlayer(notify=notify)
        self._lock = threading.RLock()
        # idle -> starting -> ready | failed; failed -> starting again on the next prepare;
        # idle | failed -> checking -> idle | failed (or -> starting, if prepare comes meanwhile);
        # any -> closed at exit.
        self._state = "idle"
        self._thread: threading.Thread | None = None
        self._pending: list[Callable[[], None]] = []
        self._problem: str | None = None
        self._mixer: Any = None
        self._sounds: dict[str, Any] = {}
        self._volumes = dict(DEFAULT_VOLUMES)
        self._muted = False
        self._ambient_name: str | None = None
        self._channel_of: dict[int, str] = {}  # mixer channel -> volume channel of its sound
        self._started_order: dict[int, int] = {}
        self._started = 0

    # -- SoundPlayer ------------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._problem is None

    @property
    def problem(self) -> str | None:
        return self._problem

    @property
    def ready(self) -> bool:
        return self._state == "ready"

    def prepare(self, wait: bool = False) -> None:
        """Start the mixer in a worker thread; ``wait`` blocks until done (tests, benches).

        After a failure it tries again (a headset plugged in since); while a ``check`` runs, that
        check goes on to start the mixer instead of letting the device go.
        """
        with self._lock:
            if self._state in ("idle", "failed"):
                self._state = "starting"
                self._start_worker()
            elif self._state == "checking":
                self._state = "starting"
            thread = self._thread
        if wait and thread is not None:
            thread.join()

    def check(self, wait: bool = False) -> None:
        """Find out in the background whether a device opens, and let it go again at once.

        Nothing is loaded and the device is not kept (a window that stays open all day should
        not hold the sound card); ``on_output`` hears the answer. Nothing to do once started.
        """
        with self._lock:
            if self._state in ("idle", "failed"):
                self._state = "checking"
                self._start_worker()
            thread = self._thread
        if wait and thread is not None:
            thread.join()

    def play(self, name: str, channel: str = "cues") -> None:
        self._run(lambda: self._play(name, channel), lambda: self._fallback.play(name, channel))

    def start_ambient(self, name: str, fade_ms: int = 2000) -> None:
        self._run(
            lambda: self._start_ambient(name, fade_ms),
            lambda: self._fallback.start_ambient(name, fade_ms),
        )

    def stop_ambient(self, fade_ms: int = 2000) -> None:
        self._run(lambda: self._stop_ambient(fade_ms), None)

    def set_volume(self, channel: str, volume: float) -> None:
        if channel not in CHANNELS:
            raise ValueError(f"unknown sound channel {channel!r}")
        with self._lock:
            self._volumes[channel] = min(1.0, max(0.0, float(volume)))
        self._run(self._apply_volumes, None, start=False)

    def set_muted(self, muted: bool) -> None:
        with self._lock:
            self._muted = bool(muted)
        self._run(self._apply_mute, None, start=False)

    def close(self) -> None:
        """Stop everything and release the device (at application exit)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout=5)
        with self._lock:
            if self._state == "ready" and self._mixer is not None:
                self._mixer.quit()
            self._state = "closed"
            self._problem = self._problem or "The sound player was closed."
            self._pending.clear()

    # -- helpers for tests and the benchmark --------------------------------------------------------
    def busy(self, channel: str | None = None) -> bool:
        """Whether anything (or anything on ``channel``) is sounding right now."""
        with self._lock:
            if self._state != "ready":
                return False
            if channel is None:
                return bool(self._mixer.get_busy())
            return any(
                self._mixer.Channel(i).get_busy()
                for i, c in self._channel_of.items()
                if c == channel
            )

    # -- inside ---------------------------------------------------------------------------------
    def _run(
        self,
        action: Callable[[], None],
        otherwise: Callable[[], None] | None,
        *,
        start: bool = True,
    ) -> None:
        """Run now if the mixer is ready, queue it while it starts, fall back if it failed."""
        with self._lock:
            state = self._state
            if state == "ready":
                self._guarded(action)
                return
            if state in ("failed", "closed"):  # tried again on the next prepare, not per sound
                if otherwise is not None and state == "failed":
                    otherwise()
                return
            if not start and state in ("idle", "checking"):
                return  # volumes and mute are applied when the mixer starts anyway
            self._pending.append(action)
        self.prepare()

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:  # a sound that will not play must never end a practice
            log.warning("sound not played: %s: %s", type(exc).__name__, exc)

    def _start_worker(self) -> None:
        """With the lock held: one worker thread opens the device (see ``_start``)."""
        self._thread = threading.Thread(
            target=self._start, name="mindful-clinic-sound", daemon=True
        )
        self._thread.start()

    def _start(self) -> None:
        """Worker thread: import pygame, open the device; then either let it go again (a check) or
        preload and drain the queue. The answer goes to ``on_output`` either way."""
        try:
            os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"  # keep Ctrl-C and SIGTERM for Qt
            os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
            import pygame.mixer as mixer

            opened_here = not mixer.get_init()
            if opened_here:
                mixer.pre_init(MIXER_FREQUENCY, -16, 2, self._buffer)
                mixer.init()
            with self._lock:
                only_checking = self._state == "checking"
                if only_checking:  # the device is there: let it go until a sound is wanted
                    if opened_here:
                        mixer.quit()
                    self._state = "idle"
                    self._problem = None
            if only_checking:
                self._tell_output()
                return
            mixer.set_num_channels(MIXER_CHANNELS)
            mixer.set_reserved(1)
            sounds = {name: mixer.Sound(str(self._resolve(name))) for name in self._preload}
        except Exception as exc:  # pygame.error, missing files, no pygame at all
            log.warning("sound output unavailable: %s", exc)
            with self._lock:
                self._state = "failed"
                self._problem = no_output_message()
                pending, self._pending = self._pending, []
                if pending:  # something was wanted: say once that it cannot be heard
                    self._fallback.play("", "cues")
            self._tell_output()
            return
        with self._lock:
            self._mixer = mixer
            self._sounds.update(sounds)
            self._state = "ready"
            self._problem = None  # a device found on a later try
            self._apply_volumes()
            self._apply_mute()
            pending, self._pending = self._pending, []
            for action in pending:
                self._guarded(action)
        self._tell_output()

    def _tell_output(self) -> None:
        """Let the window know what the player now knows (outside the lock: it may wait on it)."""
        if self._on_output is None:
            return
        try:
            self._on_output()
        except Exception:  # a broken listener must not break the sound
            log.exception("sound output listener failed")

    def _sound(self, name: str) -> Any:
        sound = self._sounds.get(name)
        if sound is None:  # a user's imported sound: loaded on first use
            sound = self._mixer.Sound(str(self._resolve(name)))
            self._sounds[name] = sound
        return sound

    def _play(self, name: str, channel: str) -> None:
        volume = self._volumes.get(channel, 1.0)
        if self._muted or volume <= 0.0:
            return
        sound = self._sound(name)
        index = self._free_channel()
        ch = self._mixer.Channel(index)
        ch.set_volume(volume)
        ch.play(sound)
        self._channel_of[index] = channel
        self._started += 1
        self._started_order[index] = self._started

    def _free_channel(self) -> int:
        """A channel that is not sounding; if all are, the one whose sound started longest ago."""
        for i in range(AMBIENT_CHANNEL + 1, MIXER_CHANNELS):
            if not self._mixer.Channel(i).get_busy():
                return i
        return min(
            range(AMBIENT_CHANNEL + 1, MIXER_CHANNELS), key=lambda i: self._started_order.get(i, 0)
        )

    def _start_ambient(self, name: str, fade_ms: int) -> None:
        ch = self._mixer.Channel(AMBIENT_CHANNEL)
        if self._ambient_name == name and ch.get_busy():
            return
        ch.set_volume(0.0 if self._muted else self._volumes["ambient"])
        ch.play(self._sound(name), loops=-1, fade_ms=max(0, int(fade_ms)))
        self._ambient_name = name
        self._channel_of[AMBIENT_CHANNEL] = "ambient"

    def _stop_ambient(self, fade_ms: int) -> None:
        ch = self._mixer.Channel(AMBIENT_CHANNEL)
        if fade_ms > 0:
            ch.fadeout(int(fade_ms))
        else:
            ch.stop()
        self._ambient_name = None

    def _apply_volumes(self) -> None:
        for i, channel in self._channel_of.items():
            self._mixer.Channel(i).set_volume(0.0 if self._muted else self._volumes[channel])

    def _apply_mute(self) -> None:
        """Mute silences at once: cues and bells stop, the ambient loop keeps its place silently."""
        for i, channel in self._channel_of.items():
            ch = self._mixer.Channel(i)
            if self._muted and channel != "ambient":
                ch.stop()
            else:
                ch.set_volume(0.0 if self._muted else self._volumes[channel])
