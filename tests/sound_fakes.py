"""A SoundPlayer that plays nothing and writes down every call with the clock's time."""

from __future__ import annotations

from dataclasses import dataclass, field

from mindful_clinic.core.time.clock import Clock


@dataclass(frozen=True)
class Call:
    at: float
    """The clock's monotonic reading when the call was made."""
    method: str
    args: tuple[object, ...] = ()


@dataclass
class RecordingPlayer:
    clock: Clock
    available: bool = True
    problem: str | None = None
    calls: list[Call] = field(default_factory=list)
    volumes: dict[str, float] = field(default_factory=dict)
    muted: bool = False
    prepared: int = 0

    def _note(self, method: str, *args: object) -> None:
        self.calls.append(Call(self.clock.monotonic(), method, args))

    def prepare(self) -> None:
        self.prepared += 1

    def play(self, name: str, channel: str = "cues") -> None:
        self._note("play", name, channel)

    def start_ambient(self, name: str, fade_ms: int = 2000) -> None:
        self._note("start_ambient", name, fade_ms)

    def stop_ambient(self, fade_ms: int = 2000) -> None:
        self._note("stop_ambient", fade_ms)

    def set_volume(self, channel: str, volume: float) -> None:
        self.volumes[channel] = volume
        self._note("set_volume", channel, volume)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        self._note("set_muted", muted)

    def close(self) -> None:
        self._note("close")

    # -- reading the record ---------------------------------------------------------------------
    def played(self) -> list[str]:
        return [str(c.args[0]) for c in self.calls if c.method == "play"]

    def played_at(self) -> list[tuple[float, str]]:
        return [(c.at, str(c.args[0])) for c in self.calls if c.method == "play"]

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    def clear(self) -> None:
        self.calls.clear()
