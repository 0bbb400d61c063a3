"""Every keyboard shortcut in the app, in one table: Settings -> Keyboard and the README both show it.

Keys are written the way ``QKeySequence`` reads them ("Ctrl+1", "F1"); the words are translated in the
``Shortcuts`` context. The screens install their own keys; tests/ui/shell/test_shortcuts.py checks
that every key the main window installs is listed here, so the table cannot drift from the app.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QKeySequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate finds it by this name); returns it."""
    return text


def key_text(keys: str) -> str:
    """A key as this system writes it, in the window's language ("Ctrl+1" is "Strg+1" in German;
    on a Mac, "⌘1"), for tool tips, screen readers and Settings -> Keyboard."""
    sequence = QKeySequence(keys)
    shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return shown if shown and not sequence.isEmpty() else keys


class Shortcut(NamedTuple):
    where: str
    keys: tuple[str, ...]
    what: str


ANYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere")
SUPPORT_KEY = "F1"
"""Opens "If you are struggling" from anywhere in the main window, also during a practice."""

PAGE_KEYS = {
    "practise": "Ctrl+1",
    "history": "Ctrl+2",
    "group": "Ctrl+3",
    "insights": "Ctrl+4",
    "settings": "Ctrl+,",
    "support": SUPPORT_KEY,
}
"""The key that opens each page of the main window (``MainWindow.add_page``)."""

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        ANYWHERE,
        (SUPPORT_KEY,),
        QT_TRANSLATE_NOOP("Shortcuts", "If you are struggling: support contacts"),
    ),
    Shortcut(ANYWHERE, ("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "Practise (the home screen)")),
    Shortcut(ANYWHERE, ("Ctrl+2",), QT_TRANSLATE_NOOP("Shortcuts", "History")),
    Shortcut(ANYWHERE, ("Ctrl+3",), QT_TRANSLATE_NOOP("Shortcuts", "Group session")),
    Shortcut(ANYWHERE, ("Ctrl+4",), QT_TRANSLATE_NOOP("Shortcuts", "Insights")),
    Shortcut(ANYWHERE, ("Ctrl+,",), QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    Shortcut(ANYWHERE, ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    Shortcut(
        ANYWHERE,
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the reminder waiting for an answer"),
    ),
    Shortcut(
        ANYWHERE,
        ("Tab", "Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move to the next or previous control"),
    ),
    Shortcut(
        ANYWHERE, ("Space", "Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Press the focused button")
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Home screen"),
        ("Enter", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the focused practice"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Before a practice"),
        ("Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "Start"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Before a practice"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Back to all practices"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Check-in"),
        ("0", "1", "…", "9", "1 0"),
        QT_TRANSLATE_NOOP("Shortcuts", "Rate how stressed you feel (1 then 0 gives 10)"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Check-in"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip the check-in"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "During a practice"),
        ("Space",),
        QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "During a practice"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "During a practice"),
        ("F11",),
        QT_TRANSLATE_NOOP("Shortcuts", "Focus mode: full screen, the shape and the words only"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Focus mode"),
        ("Esc", "F11"),
        QT_TRANSLATE_NOOP("Shortcuts", "Leave focus mode (the practice carries on)"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Breathing at your own pace"),
        ("Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "Mark a breath"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Guided practice"),
        ("Left", "Right"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous or next step"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "After stopping"),
        ("Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "I'm ready to go on"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "History"),
        ("F2", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected practice"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "History"),
        ("Del",),
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected practice"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "History"),
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("Shortcuts", "Undo the delete"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Group session"),
        ("F5", "Shift+F5"),
        QT_TRANSLATE_NOOP("Shortcuts", "Start the shared screen"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Group session"),
        ("Page Down", "Right"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next stage"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Group session"),
        ("Page Up", "Left"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous stage"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Group session"),
        ("B", "."),
        QT_TRANSLATE_NOOP("Shortcuts", "Blank the shared screen"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Group session"),
        ("Space",),
        QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Group session"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "End the shared screen"),
    ),
)


def markdown_table() -> str:
    """The table for the README, in English (``python -m mindful_clinic.ui.shell.shortcuts``)."""
    rows = ["| Where | Keys | What it does |", "| --- | --- | --- |"]
    for s in SHORTCUTS:
        keys = ", ".join(f"`{k}`" for k in s.keys)
        rows.append(f"| {s.where} | {keys} | {s.what} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
