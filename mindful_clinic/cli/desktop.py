"""``mindful-clinic desktop install|uninstall``: the app in the desktop's menu, with its icons."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser(
        "desktop",
        help="add the app to (or remove it from) your desktop's menu",
        description="Put the menu entry, the icons and the app description into your data folder "
        "($XDG_DATA_HOME, usually ~/.local/share), pointing at this copy of the app; or take "
        "them out again. Nothing outside your own folders is touched.",
    )
    actions = p.add_subparsers(dest="desktop_command", metavar="ACTION", required=True)
    actions.add_parser("install", help="add the menu entry and icons").set_defaults(
        func=run_install
    )
    actions.add_parser("uninstall", help="remove them").set_defaults(func=run_uninstall)


def run_install(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.services.desktop import integration

    if sys.platform in ("win32", "darwin"):
        raise UsageError(
            w.translate(
                "cli",
                "the menu entry is for Linux desktops; on Windows and macOS the installer adds it",
            )
        )
    try:
        written = integration.install()
    except OSError as exc:
        problem = w.translate("cli", "could not add the menu entry: %1")
        raise UsageError(w.say(problem, exc.strerror or exc)) from None
    added = w.translate("cli", "Added Mindful Clinic to your menu (%1 files under %2).")
    print(w.say(added, len(written), integration.data_home()))
    return 0


def run_uninstall(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.services.desktop import integration

    try:
        removed = integration.uninstall()
    except OSError as exc:
        problem = w.translate("cli", "could not remove the menu entry: %1")
        raise UsageError(w.say(problem, exc.strerror or exc)) from None
    if removed:
        gone = w.translate("cli", "Removed Mindful Clinic from your menu (%1 files).")
        print(w.say(gone, len(removed)))
    else:
        print(w.translate("cli", "Mindful Clinic was not in your menu; nothing to remove."))
    return 0
