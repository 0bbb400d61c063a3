"""The ``mindful-clinic`` command: the desktop app, or a command-line action when one is named.

Sub-commands live in their own modules and register themselves below; each imports its heavy
dependencies only when run, so ``mindful-clinic`` with no arguments starts the window quickly and the
command line works with no display at all.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mindful_clinic import __version__

# The sub-command modules are imported only when a command is given: with no arguments the
# window opens, and that start-up should not wait for them.

COMMAND_MODULES = ("practices", "group", "calendar", "reminders", "log")
"""Modules in mindful_clinic.cli that define ``register(subparsers)``."""


class UsageError(Exception):
    """A one-line message for the user; exits with status 2 and no traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mindful-clinic",
        description="Short practices for clinicians between appointments. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"mindful-clinic {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"mindful_clinic.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0].startswith("-")
        and args_list[0]
        not in (
            "--version",
            "-h",
            "--help",
        )
    ):
        from mindful_clinic.app.root import run

        return run(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from mindful_clinic.app.root import run

        return run([])
    try:
        result: int = args.func(args)
        return result
    except UsageError as exc:
        print(f"mindful-clinic: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
