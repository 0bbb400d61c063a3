"""Spare PySide6 from reading the source of every module the app imports after it.

Once PySide6 is imported it replaces Python's ``__import__``. After each ``import`` statement that
names a module it has not seen, it reads that module's whole source text (``inspect.getsource``) to
look for the word "PySide6", and files the module in its ``__feature__`` table: 0 for a module that
uses PySide, -1 for one to leave alone. The table only matters to modules that switch on
``from __feature__ import snake_case`` or ``true_property``, which this app never does; yet filing
the 70 or so modules named during start-up costs about 4 ms, a tenth of what the app adds to a bare
window's start-up (measured on the machine in ``../shared/PLATFORM.md``, PySide6 6.11).

``file_known_modules`` fills the table in advance with the answers the scan would give: -1 for the
modules already loaded (the standard library and the toolkit-free core, none of which names
PySide6), 0 for the app's Qt side (``ui`` and ``wiring``, which all do). Entries PySide has made
are never changed. The table is reached through ``PySide6.support.feature``; if a later PySide
moves or drops it this does nothing, and ``tests/ui/test_start_up.py`` says so.
"""

from __future__ import annotations

import os
import sys

QT_SIDE = ("ui", "wiring")
"""The app's packages built on Qt: their modules are filed as users of PySide."""


def feature_table() -> dict[str, int] | None:
    """PySide's table of modules and their ``__feature__`` selection, or None if it is not there."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def file_known_modules() -> int:
    """File the loaded modules and the app's Qt-side modules in PySide's table; how many were new."""
    table = feature_table()
    if table is None:
        return 0
    before = len(table)
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for sub in QT_SIDE:
        table.setdefault(f"mindful_clinic.{sub}", 0)
        for name in os.listdir(os.path.join(package, sub)):
            if name.endswith(".py") and name != "__init__.py":
                table.setdefault(f"mindful_clinic.{sub}.{name[:-3]}", 0)
    for name, module in list(sys.modules.items()):
        if name not in table:
            source = getattr(module, "__file__", None) or ""
            uses = name.partition(".")[0] == "PySide6" and source.endswith(".py")
            table[name] = 0 if uses else -1
    return len(table) - before
