"""``mindful-clinic sync``: keep the log in a folder your own sync tool keeps in step.

- ``sync folder PATH``: use PATH (moving this computer's log into it, crash-safe). PATH must exist
  (README: a folder that does not exist is one line and exit 2; a slip is never made a folder).
- ``sync folder --off``: stop; a complete copy of the merged log stays on this computer. It also
  gives up a switch that never finished.
- ``sync name TEXT``: this computer's name, as the others show it.
- ``sync status [--json]``: the folder, this device, every device seen (id, name, last write,
  records), conflict copies merged and problems. JSON keys: folder, device, devices, conflicts,
  problems.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="keep your log in step between your computers")
    actions = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    folder = actions.add_parser("folder", help="choose the synced folder, or --off to stop")
    folder.add_argument("path", metavar="PATH", nargs="?")
    folder.add_argument("--off", action="store_true", help="stop; keep a complete local copy")
    folder.set_defaults(func=run_folder)
    name = actions.add_parser("name", help="this computer's name, as your other computers show it")
    name.add_argument("name", metavar="TEXT")
    name.set_defaults(func=run_name)
    status = actions.add_parser("status", help="the synced folder, devices, conflicts, problems")
    status.add_argument("--json", action="store_true", help="print it as JSON")
    status.set_defaults(func=run_status)
    from mindful_clinic.cli.log_edit import one_line_errors

    for parser in (p, folder, name, status):
        one_line_errors(parser)


def run_folder(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.time.clock import SystemClock
    from mindful_clinic.services.sync.switch import SyncSetupError, switch_off, switch_on

    if args.off == bool(args.path):
        raise UsageError(w.translate("cli", "give either a folder (sync folder PATH) or --off"))
    if args.off:
        was = switch_off(SystemClock())
        if was is None:
            print(w.translate("cli", "No synced folder was set; your log is on this computer."))
        elif not was.is_dir():
            gone = w.translate(
                "cli",
                "Stopped using %1, which cannot be found now. Your practices saved there are "
                "still in it; choose it again when it is back to see them.",
            )
            print(w.say(gone, was))
        else:
            stopped = w.translate(
                "cli", "Stopped using %1. A complete copy of your log is on this computer."
            )
            print(w.say(stopped, was))
        return 0
    if not Path(args.path).expanduser().exists():  # a typing slip: never made, never used
        missing = w.translate(
            "cli",
            "%1 does not exist. Choose the folder your sync service keeps in step, or make it "
            "first.",
        )
        raise UsageError(w.say(missing, Path(args.path).expanduser().absolute()))
    try:
        folder = switch_on(args.path, SystemClock())
    except SyncSetupError as exc:
        raise UsageError(str(exc)) from None
    kept = w.translate(
        "cli", "Your log is now kept in %1, under devices/ (one folder per computer)."
    )
    print(w.say(kept, folder))
    return 0


def run_name(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.services.sync.device import rename_device
    from mindful_clinic.services.sync.follow import synced_folder
    from mindful_clinic.services.sync.layout import write_device_card

    try:
        device = rename_device(args.name)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    folder = synced_folder()
    if folder is not None:
        write_device_card(folder, device.id, device.name)
    print(w.say(w.translate("cli", "This computer is now called %1."), device.name))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from mindful_clinic.core.time.clock import SystemClock
    from mindful_clinic.services.sync.status import sync_status
    from mindful_clinic.services.sync.switch import resume

    resume(SystemClock())
    info = sync_status(SystemClock())
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return 0
    from mindful_clinic.cli import words as w

    device = info["device"]
    if info["folder"] is None:
        alone = w.translate("cli", "Not syncing. This computer: %1 (%2).")
        print(w.say(alone, device["name"], device["id"]))
        if info["problems"]:  # a switch on that has not finished
            _print_problems(info["problems"])
        return 0
    print(w.say(w.translate("cli", "Synced folder: %1"), info["folder"]))
    print(w.say(w.translate("cli", "This computer: %1 (%2)"), device["name"], device["id"]))
    print(w.translate("cli", "Computers:"))
    for d in info["devices"]:
        when = _when(d["last_write"]) if d["last_write"] else w.translate("cli", "never")
        mark = "  " + w.translate("cli", "(this computer)") if d["this_device"] else ""
        line = w.translate("cli", "%1 (%2): %3 records, last write %4")
        print("  " + w.say(line, d["name"], d["id"][:8], d["records"], when) + mark)
    print(w.say(w.translate("cli", "Conflict copies merged: %1"), len(info["conflicts"])))
    for name in info["conflicts"]:
        print(f"  {name}")
    _print_problems(info["problems"])
    return 0


def _print_problems(messages: list[str]) -> None:
    from mindful_clinic.cli import words as w

    print(w.say(w.translate("cli", "Problems: %1"), len(messages) or w.translate("cli", "none")))
    for message in messages:
        print(f"  {message}")


def _when(text: str) -> str:
    """An ISO time from the status (``--json`` keeps it) as the locale writes it."""
    from mindful_clinic.cli import words as w

    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return text
    if at.tzinfo is not None:
        at = at.astimezone()
    return w.moment(at)
