"""Turning the synced folder on and off, crash-safe, and opening the right log.

On: a journal (``local_dir()/sync-switch.json``) names the folder first; then this computer's log
is imported into ``devices/<id>/log/`` (records already there are skipped, so repeating the step
doubles nothing), the choice is saved, the local copies are removed, and the journal goes. Killed
at any point, the next opening finishes the same steps, so nothing is lost or doubled. Before the
journal is written, this computer's own folders must take changes (a read-only data folder is
refused in one line, nothing written); a step that fails anyway before the choice is saved undoes
the journal, and one that fails after it leaves the log readable where it is while the next
opening tries again (``resume`` never stops the log from opening).

Off: the merged log of every computer is written into the local log (missing records added, edited
ones updated, deleted ones removed: again safe to repeat), then the choice is cleared. The synced
folder is left exactly as it is. Off also gives up a switch on that never finished.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.services.storage.atomic import atomic_write_text, json_text
from mindful_clinic.services.storage.paths import (
    data_dir,
    ensure_private_dir,
    is_writable,
    local_dir,
)
from mindful_clinic.services.sync.device import this_device
from mindful_clinic.services.sync.erase import honour_erase, rejoined
from mindful_clinic.services.sync.follow import set_synced_folder, synced_folder
from mindful_clinic.services.sync.layout import device_log_dir
from mindful_clinic.services.sync.log import SyncedLog

JOURNAL = "sync-switch.json"


class SyncSetupError(Exception):
    """A plain one-line reason the synced folder cannot be used."""


def check_folder(path: Path) -> Path:
    path = Path(path).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise SyncSetupError(f"{path} is a file, not a folder")
    try:
        ensure_private_dir(path)
    except OSError as exc:
        raise SyncSetupError(f"{path} cannot be made ({exc.strerror or exc})") from None
    if not is_writable(path):
        raise SyncSetupError(f"{path} cannot be written to")
    with contextlib.suppress(OSError):
        if path.resolve() in (log_dir().resolve(), *log_dir().resolve().parents):
            raise SyncSetupError("the synced folder cannot be the app's own data folder")
    return path


def _check_home(path: Path) -> None:
    """This computer's own folders must take changes before anything moves: a switch that stops
    half-way on a read-only data folder would leave a log that is neither here nor there."""
    for folder in (data_dir(create=False), log_dir(), local_dir()):
        existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if existing is None or not is_writable(existing):
            raise SyncSetupError(
                f"{folder} on this computer is read-only, so your log cannot be moved into "
                f"{path}; nothing was changed"
            )


def switch_on(path: Path, clock: Clock) -> Path:
    """Move this computer's log into ``path``; returns the folder. Safe to call again. If a step
    fails (a full disk, a folder that stops taking files), what can be undone is: SyncSetupError
    says what happened, and a half-made switch never keeps the log from being read."""
    folder = check_folder(path)
    _check_home(folder)
    current = synced_folder()
    if current is not None and current != folder and _journal() is None:
        switch_off(clock)  # moving folders: everything comes home first, then goes to the new one
    journal = local_dir() / JOURNAL
    atomic_write_text(journal, json_text({"to": str(folder)}))
    try:
        _finish_on(folder, clock)
    except (OSError, RuntimeError) as exc:
        if synced_folder() != folder:  # nothing here was changed yet: as if never asked
            _drop_journal()
            raise SyncSetupError(
                f"{folder} could not be set up ({exc}); your log stays on this computer"
            ) from None
        raise SyncSetupError(  # the log is in the folder; the rest follows at the next opening
            f"your log is in {folder}, but moving the rest did not finish ({exc}); it is tried "
            "again each time the log opens"
        ) from None
    return folder


def _finish_on(folder: Path, clock: Clock) -> None:
    """The steps of switching on, each safe to repeat. The choice is saved only once every
    record is in the folder, and this computer's copies are removed only after that."""
    device = this_device()
    rejoined(folder)
    honour_erase(folder, device.id, clock)  # an erase made while this computer was away
    local_path = log_dir()
    has_local = any(local_path.glob("log-*.json"))
    with SyncedLog(folder, device, clock) as synced:
        if has_local:
            with LogStore(local_path, clock) as local:
                records = local.all()
                merged = {r.id: r for r in synced.all()}
                synced.own.import_records(r for r in records if not synced._known(r.id))
                for r in records:  # edited here while not syncing: the edit becomes a version
                    if r.id in merged and merged[r.id] != r:
                        synced.restore(r)
    set_synced_folder(folder)
    if has_local:
        with LogStore(local_path, clock) as local:
            local.delete_all()
    _move_personal(folder, clock, into_folder=True)
    _drop_journal()


def _drop_journal() -> None:
    with contextlib.suppress(FileNotFoundError):
        (local_dir() / JOURNAL).unlink()


def switch_off(clock: Clock) -> Path | None:
    """Stop syncing; the local log becomes a complete copy of the merged log. Returns the folder
    that was used (left untouched), or None if none was set. A switch on that never finished is
    given up: whatever of the log had gone to that folder comes back first."""
    stuck = _journal()
    folder = synced_folder()
    if folder is None:
        if stuck is None:
            return None
        was = Path(stuck["to"])
        if was.is_dir():
            _bring_home(was, clock)
        _drop_journal()
        return was
    if not folder.is_dir():  # unplugged or gone: stop anyway; its files wait there untouched
        set_synced_folder(None)
        _drop_journal()
        return folder
    with SyncedLog(folder, this_device(), clock) as synced:
        merged = {r.id: r for r in synced.all()}
    with LogStore(log_dir(), clock) as local:
        have = {r.id: r for r in local.all()}
        for rid in set(have) - set(merged):
            local.delete(rid)
        for rid, r in merged.items():
            old = have.get(rid)
            if old is not None and old != r:
                local.update(
                    rid, stress_before=r.stress_before, stress_after=r.stress_after, note=r.note
                )
        local.import_records(r for rid, r in merged.items() if rid not in have)
    _move_personal(folder, clock, into_folder=False)
    set_synced_folder(None)
    _drop_journal()
    return folder


def _bring_home(folder: Path, clock: Clock) -> None:
    """Giving up a switch that never finished (the choice was never saved): every record of
    this computer's that reached the folder is in the local log again. Only ever adds, so
    nothing this computer still holds is lost, whichever step the switch stopped at."""
    own = device_log_dir(folder, this_device().id)
    if not any(own.glob("log-*.json")):
        return
    with LogStore(own, clock) as moved, LogStore(log_dir(), clock) as local:
        have = {r.id for r in local.all()}
        missing = [r for r in moved.all() if r.id not in have]
        if missing:
            local.import_records(missing)


def _move_personal(folder: Path, clock: Clock, into_folder: bool) -> None:
    """Reflections and self-checks into the synced folder (merged with what is there, then the
    local file removed), or back to a complete local file. Both steps are safe to repeat."""
    from mindful_clinic.services.reflect.store import ReflectionStore
    from mindful_clinic.services.selfcheck.store import SelfCheckStore
    from mindful_clinic.services.sync.personal import PersonalFile

    device = this_device()
    makers: tuple[tuple[str, Any], ...] = (
        ("reflections", ReflectionStore),
        ("selfchecks", SelfCheckStore),
    )
    for name, make in makers:
        local = make(data_dir())
        shared = make(data_dir(), PersonalFile(folder, device, name, clock))
        if into_folder:
            if local.items:
                have = {i.id for i in shared.items}
                shared.replace_all([*shared.items, *(i for i in local.items if i.id not in have)])
                local.delete_all()
        elif list(local.items) != list(shared.items):  # unchanged: nothing written
            local.replace_all(list(shared.items))
    _move_custom(folder, clock, into_folder)
    _move_settings(folder, clock, into_folder)


def _move_settings(folder: Path, clock: Clock, into_folder: bool) -> None:
    """The settings that follow the person (core/sync/person_settings.py). On: each one the
    synced folder does not know yet is added (a rule of this computer's joins the others' rules;
    a setting already chosen on another computer is kept), then taken out of the local file.
    Off: the local file gets them all back. Both steps are safe to repeat."""
    from mindful_clinic.core.sync.person_settings import sections, split
    from mindful_clinic.services.storage.settings import SettingsStore
    from mindful_clinic.services.sync.personal import PersonalFile

    shared = PersonalFile(folder, this_device(), "settings", clock)
    local = SettingsStore(data_dir(), person=None)
    if into_folder:
        known = shared.versions()
        wanted = {k: dict(v) for k, v in shared.items().items()}
        moved: dict[str, dict[str, Any]] = {}
        for name in sections():
            items, rest = split(name, local.section(name))
            if items:
                wanted.update({k: v for k, v in items.items() if k not in known})
                moved[name] = rest
        if moved:
            shared.write(wanted)
            for name, rest in moved.items():
                local.set_section(name, rest)
        return
    merged = SettingsStore(data_dir(), person=shared)
    for name in sections():
        whole = merged.section(name)
        if whole != local.section(name):
            local.set_section(name, whole)


def _move_custom(folder: Path, clock: Clock, into_folder: bool) -> None:
    """The user's own breathing patterns and guided practices, the same way."""
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore
    from mindful_clinic.services.sync.personal import PersonalFile

    device = this_device()
    for name, make, listing in (
        ("patterns", CustomPatternStore, "patterns"),
        ("practices", CustomPracticeStore, "practices"),
    ):
        local: Any = make(data_dir())
        shared: Any = make(data_dir(), PersonalFile(folder, device, name, clock))
        mine, theirs = getattr(local, listing)(), getattr(shared, listing)()
        if into_folder:
            if mine:
                have = {p.id for p in theirs}
                merged = {p.id: p for p in theirs}
                merged.update({p.id: p for p in mine if p.id not in have})
                shared._write(merged)
                local.path.unlink(missing_ok=True)
        elif {p.id: p for p in mine} != {p.id: p for p in theirs}:
            local._write({p.id: p for p in theirs})
    from mindful_clinic.services.group.store import GroupStore

    here = GroupStore(data_dir())
    shared = PersonalFile(folder, device, "group", clock)
    if into_folder:
        if here.records():  # keys fixed by position and content: repeating the step adds nothing
            moved = {
                f"{device.id[:8]}-{i}-{_digest(r.to_json())}": r.to_json()
                for i, r in enumerate(here.records())
            }
            shared.write({**shared.items(), **moved})
            here.path.unlink(missing_ok=True)
    else:
        theirs = GroupStore(data_dir(), shared).records()
        if here.records() != theirs:
            here._write(theirs)


def _digest(doc: object) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:16]


def resume(clock: Clock) -> str | None:
    """Finish a switch that was interrupted (called before the log opens). If it cannot be
    finished now (a read-only or full disk, the folder not connected), the log still opens as it
    is: the reason in plain words is returned, and the next opening tries again."""
    data = _journal()
    if data is None:
        return None
    try:
        _check_home(Path(data["to"]))  # read-only here: not even begun, the log stays as it is
        _finish_on(Path(data["to"]), clock)
    except (OSError, RuntimeError, SyncSetupError) as exc:
        return f"{stuck_switch()} ({exc})"
    return None


def stuck_switch() -> str | None:
    """What to say while a switch to a synced folder waits to be finished (None: none waits)."""
    data = _journal()
    if data is None:
        return None
    return (
        f"Moving your log into the synced folder {data['to']} has not finished; it is tried "
        "again each time the log opens, and nothing is lost meanwhile. To give it up: "
        "mindful-clinic sync folder --off"
    )


def _journal() -> dict[str, Any] | None:
    try:
        data = json.loads((local_dir() / JOURNAL).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("to"), str) else None


def open_log(clock: Clock, local: Path | None = None) -> LogStore | SyncedLog:
    """The user's log: the merged log of the synced folder when one is set, else the local log
    (``local``, the user's ``log_dir()`` by default) exactly as before. Either way it is the
    LogBook the window and command line use."""
    resume(clock)  # if it cannot finish now, the log is read as it stands (LogHandle says so)
    folder = synced_folder()
    if folder is None:
        return LogStore(local or log_dir(), clock)
    if folder.is_dir():
        honour_erase(folder, this_device().id, clock)  # "delete everywhere" asked elsewhere
    return SyncedLog(folder, this_device(), clock)


def own_log_dir(folder: Path) -> Path:
    return device_log_dir(folder, this_device().id)
