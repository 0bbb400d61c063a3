"""The few Qt enum values the first screen sets, by number, through Qt's property system.

PySide6 builds every enum of the ``Qt`` namespace (93 enums, about 1,200 members) the first time any
one of them is touched: about 13 ms, a fifth of everything the app adds to a bare window's start-up.
The screens built before the window first appears (home, main window, theme) therefore set these
through ``QObject.setProperty`` by value, and import ``Qt`` only inside handlers that run later (a
click, a key). ``tests/ui/test_start_up.py`` checks both that the values match Qt's and that the
first screen leaves the namespace alone.
"""

from __future__ import annotations

STRONG_FOCUS = 0x0B
"""``Qt.FocusPolicy.StrongFocus``: reached with Tab and by clicking."""

NO_FOCUS = 0
"""``Qt.FocusPolicy.NoFocus``: never a Tab stop (a scroll area: Tab goes to what it holds)."""

SCROLL_BAR_ALWAYS_OFF = 1
"""``Qt.ScrollBarPolicy.ScrollBarAlwaysOff``."""

SCROLL_BAR_ALWAYS_ON = 2
"""``Qt.ScrollBarPolicy.ScrollBarAlwaysOn``."""

TEXT_SELECTABLE_BY_MOUSE = 1
"""``Qt.TextInteractionFlag.TextSelectableByMouse``."""

ALIGN_LEFT = 0x0001
"""``Qt.AlignmentFlag.AlignLeft``."""

ALIGN_TOP = 0x0020
"""``Qt.AlignmentFlag.AlignTop``."""

ALIGN_BOTTOM = 0x0040
"""``Qt.AlignmentFlag.AlignBottom``."""

WORD_WRAP = 0x1000
"""``Qt.TextFlag.TextWordWrap``: text drawn or measured with these flags wraps at word breaks."""
