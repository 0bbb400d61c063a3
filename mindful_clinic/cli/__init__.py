"""The ``mindful-clinic`` command: the desktop app, or a command-line action when one is named.

Sub-commands live in their own modules and register themselves below; each imports its heavy
dependencies only when run, so ``mindful-clinic`` with no arguments starts the window quickly and the
command line works with no display at all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from mindful_clinic import __version__

# The sub-command modules are imported only when a command is given: with no arguments the
# window opens, and that start-up should not wait for them.

COMMAND_MODULES = (
    "practices",
    "group",
    "calendar",
    "reminders",
    "log",
    "sync",
    "selfcheck",
    "reflect",
    "doctor",
    "desktop",
)
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
    parser.add_argument(
        "--start",
        metavar="ID[:SECONDS]",
        help="open the app and start a practice (e.g. resonance_5_5:60)",
    )
    parser.add_argument(
        "--open", metavar="PAGE", help="open the app on a page (e.g. support)", dest="open_page"
    )
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
        return start_window(args_list)
    from mindful_clinic.cli import words

    words.reset()  # the language is chosen afresh for each command (Settings may have changed)
    parser = build_parser()
    args, unknown = parser.parse_known_args(args_list)
    if unknown:  # bad input is one line, not the usage text
        problem = words.translate("cli", "unrecognised arguments: %1")
        print(f"mindful-clinic: {words.say(problem, ' '.join(unknown))}", file=sys.stderr)
        return 2
    if args.command is None:
        return start_window([])
    try:
        result: int = args.func(args)
        return result
    except UsageError as exc:
        print(f"mindful-clinic: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk, a read-only folder, a disk error: one plain line
        from mindful_clinic.services.storage.atomic import write_problem

        print(f"mindful-clinic: {write_problem(exc)}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        from mindful_clinic.core.ports import LogStoreError
        from mindful_clinic.services.log.lock import LogBusyError

        if not isinstance(exc, LogStoreError | LogBusyError):
            raise
        print(f"mindful-clinic: {exc}", file=sys.stderr)  # already in plain words
        return 2


def split_window_options(args: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """``--start ID[:SECONDS]`` and ``--open PAGE`` taken out of the window's arguments.

    What is left goes to Qt (``-platform offscreen``, say). A flag with no value is a usage error.
    """
    rest: list[str] = []
    options: dict[str, str] = {}
    names = {"--start": "start", "--open": "open_page"}
    it = iter(args)
    for arg in it:
        flag, eq, value = arg.partition("=")
        if flag in names:
            if not eq:
                value = next(it, "")
            if not value or value.startswith("-"):
                from mindful_clinic.cli import words

                raise UsageError(words.say(words.translate("cli", "%1 needs a value"), flag))
            options[names[flag]] = value
        else:
            rest.append(arg)
    return rest, options


def no_display_problem(qt_args: Sequence[str], platform: str = sys.platform) -> str | None:
    """One sentence when the window cannot open here (Qt would abort), else None.

    On Linux and the BSDs a window needs an X11 or Wayland display, unless Qt is told which
    platform to use (``QT_QPA_PLATFORM``, ``-platform``). Windows and macOS always have one.
    """
    if platform.startswith(("win", "darwin", "cygwin")) or "-platform" in qt_args:
        return None
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    from mindful_clinic.cli import words

    return words.translate(
        "cli",
        "no display found, so the window cannot open (DISPLAY and WAYLAND_DISPLAY are not set); "
        "the commands, such as 'mindful-clinic log summary', work without one.",
    )


def start_window(args: Sequence[str]) -> int:
    """The desktop app; ``--start`` and ``--open`` go to ``run``, the rest to Qt."""
    try:
        rest, options = split_window_options(args)
    except UsageError as exc:
        print(f"mindful-clinic: {exc}", file=sys.stderr)
        return 2
    problem = no_display_problem(rest)
    if problem:
        print(f"mindful-clinic: {problem}", file=sys.stderr)
        return 2
    from mindful_clinic.app import run

    return run(rest, open_page=options.get("open_page"), start=options.get("start"))


if __name__ == "__main__":
    sys.exit(main())
