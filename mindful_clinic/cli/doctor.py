"""``mindful-clinic doctor [--json]``: one report on whether the app can run here, for a user and IT.

Every check is guarded and quick: a missing sound device, speech engine, tray or display is
reported with the reason, never raised. The sound device is opened in a worker thread with a time
limit, so a stuck audio server cannot hang the report. Exit status 0 when the app can run (its
content loads and the data folder is writable), 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
from importlib import resources
from typing import Any

PROBE_TIMEOUT_S = 3.0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "doctor",
        help="check that the app can run here (for you and for IT support)",
        description="Check versions, content, sounds, translations, the data folder, sound output, "
        "speech, tray and notifications, and the clinic's defaults file. Exit status 0 when the "
        "app can run here, 1 otherwise.",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    report = collect()
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(describe(report))
    return 0 if report["ok"] else 1


def collect() -> dict[str, Any]:
    """The whole report as a JSON-ready dict (keys are a contract: see issue #18)."""
    from mindful_clinic import __version__

    problems: list[str] = []
    report: dict[str, Any] = {
        "version": __version__,
        "python": sys.version.split()[0],
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
    }
    report["qt"] = _qt_version(problems)
    report["practices"] = _count_practices(problems)
    report["sounds"] = _count_sounds(problems)
    report["translations"] = _translations()
    folder, writable = _data_dir(problems)
    report["data_dir"], report["data_dir_writable"] = folder, writable
    report["log_dir_problem"] = _log_dir(folder, problems) if folder else None
    report["settings"] = _settings()
    report["sound_output"] = _sound_output()
    gui = _gui_checks()
    report["speech"] = gui.pop("speech")
    report.update(gui)
    report["admin_defaults"] = _admin_defaults()
    from mindful_clinic.services.sync.follow import synced_folder_if_any

    synced = synced_folder_if_any()  # null: everything stays on this computer
    report["sync_folder"] = str(synced) if synced is not None else None
    report["problems"] = problems
    report["ok"] = not problems
    return report


def describe(report: dict[str, Any]) -> str:
    """The report in words, in the window's language (the details the checks wrote stay as they
    are in ``--json``)."""
    from mindful_clinic.cli import words as w

    def yes(value: object) -> str:
        return w.translate("cli", "yes") if value else w.translate("cli", "no")

    def detail(text: object) -> str:
        return f" ({text})" if text else ""

    sound, speech, tray = report["sound_output"], report["speech"], report["tray"]
    admin, notes = report["admin_defaults"], report["notifications"]
    qt = report["qt"] or w.translate("cli", "missing")
    bundle = ", " + w.translate("cli", "bundle") if report["frozen"] else ""
    heard = w.translate("cli", "found") if sound["found"] else w.translate("cli", "not found")
    writable = w.say(w.translate("cli", "(writable: %1)"), yes(report["data_dir_writable"]))
    loaded = admin["loaded"] and not admin["problems"]
    if report["sync_folder"]:
        sync = w.say(
            w.translate(
                "cli", "%1 (your data is as private as the sync service that keeps this folder)"
            ),
            report["sync_folder"],
        )
    else:
        sync = w.translate("cli", "none (your data stays on this computer)")
    rows = [
        (w.translate("cli", "Practices found:"), str(report["practices"])),
        (w.translate("cli", "Sounds found:"), str(report["sounds"])),
        (w.translate("cli", "Translations:"), ", ".join(report["translations"])),
        (w.translate("cli", "Data folder:"), f"{report['data_dir']} {writable}"),
        (w.translate("cli", "Sound output:"), heard + detail(sound["detail"])),
        (
            w.translate("cli", "Speech engine:"),
            (speech["engine"] or w.translate("cli", "not found")) + detail(speech["detail"]),
        ),
        (w.translate("cli", "Tray icon:"), yes(tray["available"]) + detail(tray["detail"])),
        (w.translate("cli", "Notifications:"), yes(notes["available"]) + detail(notes["detail"])),
        (
            w.translate("cli", "Clinic defaults:"),
            (admin["path"] or w.translate("cli", "none"))
            + (" " + w.translate("cli", "(loaded)") if loaded else ""),
        ),
    ]
    width = max(len(label) for label, _ in rows) + 1
    lines = [f"mindful-clinic {report['version']} (Python {report['python']}, Qt {qt}{bundle})"]
    lines += [f"{label:<{width}}  {value}" for label, value in rows]
    problem = w.translate("cli", "problem: %1")
    lines += ["  " + w.say(problem, p) for p in admin["problems"]]
    synced = w.translate("cli", "Sync folder:")
    lines.append(f"{synced:<{width}}  {sync}")
    if report["settings"]["damaged"]:
        damaged = w.translate(
            "cli",
            "note: your settings file could not be read, so the default settings are used; the "
            "damaged file was kept as %1.",
        )
        lines.append(w.say(damaged, report["settings"]["kept_as"] or "settings.json"))
    lines.append("")
    if report["problems"]:
        cannot = w.translate("cli", "Cannot run: %1")
        lines += [w.say(cannot, p) for p in report["problems"]]
    else:
        lines.append(w.translate("cli", "The app can run here."))
    return "\n".join(lines)


def _qt_version(problems: list[str]) -> str | None:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except (ImportError, OSError) as exc:
        problems.append(f"Qt for Python (PySide6) cannot be loaded: {exc}")
        return None
    return f"{qVersion()} (PySide6 {PySide6.__version__})"


def _count_practices(problems: list[str]) -> int:
    try:
        from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
        from mindful_clinic.services.practice.library import load_library
        from mindful_clinic.services.storage.paths import data_dir

        return len(load_library(CustomPatternStore(data_dir(create=False))).catalog.entries())
    except Exception as exc:  # damaged content: say so, never a traceback
        problems.append(f"the practices could not be loaded: {exc}")
        return 0


def _count_sounds(problems: list[str]) -> int:
    from mindful_clinic.services.sound.assets import shipped_names, sound_path

    found = 0
    for name in shipped_names():
        try:
            sound_path(name)
            found += 1
        except (FileNotFoundError, KeyError, OSError):
            pass
    if found == 0:
        problems.append("no sounds were found (the sound set is missing from this install)")
    return found


def _translations() -> list[str]:
    languages = {"en"}  # the source language, always there
    try:
        folder = resources.files("mindful_clinic.i18n")
        for item in folder.iterdir():
            name = item.name
            if name.startswith("mindful_clinic_") and name.endswith(".qm"):
                languages.add(name[len("mindful_clinic_") : -3])
    except (ModuleNotFoundError, OSError):
        pass
    return sorted(languages)


def _data_dir(problems: list[str]) -> tuple[str, bool]:
    from mindful_clinic.services.storage.paths import data_dir

    try:
        folder = data_dir(create=False)
    except Exception as exc:
        problems.append(f"the data folder could not be found: {exc}")
        return "", False
    try:
        data_dir(create=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", delete=True) as fh:
            fh.write(b"ok")
            fh.flush()
    except OSError as exc:
        problems.append(f"the data folder {folder} is not writable ({exc.strerror or exc})")
        return str(folder), False
    return str(folder), True


def _log_dir(folder: str, problems: list[str]) -> str | None:
    """The practice log's folder can take files: a file of that name, or a folder mounted
    read-only on its own, would leave "writable: yes" above true and every save failing."""
    from pathlib import Path

    from mindful_clinic.services.storage.paths import is_writable

    log = Path(folder) / "log"
    problem = None
    if os.path.lexists(log) and not log.is_dir():
        problem = f"the practice log folder {log} is a file, not a folder (move or rename it)"
    elif log.is_dir() and not is_writable(log):
        problem = f"the practice log folder {log} is not writable"
    if problem:
        problems.append(problem)
    return problem


def _settings() -> dict[str, Any]:
    """Whether the settings file could be read; a damaged one was set aside (defaults are used),
    which the app can live with, so it is a note, not a reason it cannot run."""
    from mindful_clinic.services.storage.paths import data_dir
    from mindful_clinic.services.storage.settings import SettingsStore

    try:
        settings = SettingsStore(data_dir(create=False), person=None)
    except OSError:
        return {"damaged": False, "kept_as": None}
    kept = settings.set_aside
    return {"damaged": bool(settings.problem), "kept_as": str(kept) if kept else None}


def _sound_output() -> dict[str, Any]:
    """Open pygame's mixer in a worker thread (time-limited); close it again at once."""
    from mindful_clinic.services.sound.player import ENV_NO_SOUND

    if os.environ.get(ENV_NO_SOUND) == "1":
        return {"found": False, "driver": None, "detail": f"switched off by {ENV_NO_SOUND}=1"}
    result: dict[str, Any] = {
        "found": False,
        "driver": None,
        "detail": "timed out opening the device",
    }

    def probe() -> None:
        try:
            os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"
            os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
            import pygame.mixer as mixer

            if not mixer.get_init():
                mixer.init()
            try:
                import pygame

                driver = pygame.mixer.get_driver() if hasattr(pygame.mixer, "get_driver") else None
            except Exception:
                driver = None
            mixer.quit()
            result.update(found=True, driver=driver, detail="")
        except ImportError:
            result.update(detail="pygame is not installed; practices run silently")
        except Exception as exc:
            result.update(detail=f"{exc}; practices run silently")

    worker = threading.Thread(target=probe, name="doctor-sound", daemon=True)
    worker.start()
    worker.join(PROBE_TIMEOUT_S)
    return result


def _gui_checks() -> dict[str, Any]:
    """Speech, tray and notifications need a Qt application: offscreen when there is no display."""
    speech: dict[str, Any] = {"found": False, "engine": None, "engines": [], "detail": ""}
    tray: dict[str, Any] = {"available": False, "detail": ""}
    notes: dict[str, Any] = {"available": False, "detail": ""}
    out: dict[str, Any] = {"speech": speech, "tray": tray, "notifications": notes, "display": None}
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.speech.*=false")
    headless = _no_display()
    try:
        if headless:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        if QApplication.instance() is None:
            QApplication([sys.argv[0] if sys.argv else "mindful-clinic"])
        platform = QApplication.platformName()
        out["display"] = platform
    except Exception as exc:
        reason = f"Qt could not start ({exc})"
        speech["detail"] = tray["detail"] = notes["detail"] = reason
        return out
    _speech(speech)
    if platform in ("offscreen", "minimal"):
        tray["detail"] = notes["detail"] = "no desktop session (command line only)"
        return out
    tray["available"] = bool(QSystemTrayIcon.isSystemTrayAvailable())
    if not tray["available"]:
        tray["detail"] = "the desktop shows no tray; the app keeps running in its window"
    notes.update(_notifications(tray["available"]))
    return out


def _no_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _speech(speech: dict[str, Any]) -> None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError) as exc:
        speech["detail"] = f"Qt's speech module cannot load ({exc}); captions only"
        return
    engines = [str(e) for e in QTextToSpeech.availableEngines() if e != "mock"]
    speech["engines"] = engines
    for name in engines:
        tts = QTextToSpeech(name)
        if tts.state() != QTextToSpeech.State.Error:
            speech.update(found=True, engine=name, detail="")
            tts.deleteLater()
            return
        message = tts.errorString() if hasattr(tts, "errorString") else ""
        speech["detail"] = f"{name} did not start{': ' + message if message else ''}"
        tts.deleteLater()
    if not engines:
        speech["detail"] = "no speech engine is installed; captions only"


def _notifications(tray_available: bool) -> dict[str, Any]:
    if sys.platform.startswith("linux"):
        try:
            from PySide6.QtDBus import QDBusConnection

            bus = QDBusConnection.sessionBus()
            if not bus.isConnected():
                return {"available": False, "detail": "no session D-Bus"}
            registered = bus.interface().isServiceRegistered("org.freedesktop.Notifications")
            if bool(registered.value() if hasattr(registered, "value") else registered):
                return {"available": True, "detail": ""}
            return {"available": False, "detail": "no notification service on the session bus"}
        except Exception as exc:
            return {"available": False, "detail": f"D-Bus check failed ({exc})"}
    if tray_available:
        return {"available": True, "detail": ""}
    return {"available": False, "detail": "needs the tray"}


def _admin_defaults() -> dict[str, Any]:
    from mindful_clinic.services.admin.defaults import load

    return load().to_json()
