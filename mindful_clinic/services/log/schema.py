"""Versions of the practice-log file layout and the numbered steps that upgrade one to the next.

Every log file carries its version in a ``_meta`` table (``{"_meta": {"1": {"schema_version": 2}}}``)
beside the ``practices`` table of records. An older file is upgraded one step at a time, after a copy
of it is kept (``NAME.vN.bak``), so an upgrade can never cost a user a record; each step has a test.

- Version 1 (the first development builds): records had no ``scale_id`` and no ``app_version``.
- Version 2: every record names its rating scale (``stress_nrs11``, content-spec §4.1-4.2) so that
  ratings on another scale (a 0-100 VAS, say) can never be mixed into the same statistics, and the
  app version that wrote it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

META_TABLE = "_meta"
RECORDS_TABLE = "practices"
CURRENT_VERSION = 2

Tables = dict[str, Any]


class SchemaProblem(ValueError):
    """The file is JSON but not a practice log this app can read."""


class NewerSchema(SchemaProblem):
    """Written by a newer version of the app: left alone, never 'repaired'."""

    def __init__(self, version: int) -> None:
        self.version = version
        super().__init__(f"it was written by a newer version of the app (layout {version})")


def schema_version(tables: object) -> int:
    """The layout version of a parsed log file, or SchemaProblem in plain words."""
    if not isinstance(tables, dict):
        raise SchemaProblem("it holds no tables")
    meta = tables.get(META_TABLE)
    if not isinstance(meta, dict) or not isinstance(meta.get("1"), dict):
        raise SchemaProblem("it has no version information")
    version = meta["1"].get("schema_version")
    if type(version) is not int or version < 1:
        raise SchemaProblem(f"its version is not a positive whole number ({version!r})")
    if version > CURRENT_VERSION:
        raise NewerSchema(version)
    records = tables.get(RECORDS_TABLE, {})
    if not isinstance(records, dict):
        raise SchemaProblem("its practices table is not a table of documents")
    return version


def step_1_to_2(tables: Tables) -> Tables:
    """Name the scale of every rating (all version-1 ratings were Stress NRS-11) and the writer."""
    for doc in tables.get(RECORDS_TABLE, {}).values():
        if isinstance(doc, dict):
            doc.setdefault("scale_id", "stress_nrs11")
            doc.setdefault("app_version", "")
    return tables


STEPS: dict[int, Callable[[Tables], Tables]] = {1: step_1_to_2}
"""STEPS[n] upgrades a version-n file to version n+1."""


def upgrade(tables: Tables, version: int) -> Tables:
    """Apply every step from ``version`` up to CURRENT_VERSION (in place) and stamp the version."""
    for step in range(version, CURRENT_VERSION):
        tables = STEPS[step](tables)
        tables[META_TABLE] = {"1": {"schema_version": step + 1}}
    return tables


def empty_tables() -> Tables:
    return {META_TABLE: {"1": {"schema_version": CURRENT_VERSION}}, RECORDS_TABLE: {}}
