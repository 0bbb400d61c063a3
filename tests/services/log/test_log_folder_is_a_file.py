"""A file where the log's folder should be: the log opens empty with one plain problem, refuses
changes in words, and the file is left as it is (it may be the user's)."""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path

import pytest

from mindful_clinic.core.ports import LogStoreError
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.shards import keep_backup
from mindful_clinic.services.log.store import LogStore
from mindful_clinic.services.storage.atomic import WriteError
from tests.faults.fault_tools import Faults, plain
from tests.log_fakes import CET, at


def test_a_file_named_log_gives_an_empty_log_and_one_problem(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    folder.write_text("x")
    clock = ManualClock(datetime(2026, 3, 2, 12, 0, tzinfo=CET))
    store = LogStore(folder, clock)  # the old code: NotADirectoryError from shard_months
    assert store.all() == [] and store.months() == []
    assert [p.kind for p in store.problems] == ["folder"]
    assert str(folder) in store.problems[0].message and plain(store.problems[0].message)
    with pytest.raises(LogStoreError, match="is a file"):
        store.add(at(datetime(2026, 3, 2, 9, 0, tzinfo=CET)))
    store.close()
    assert folder.read_text() == "x"


def test_a_refused_backup_names_the_month_not_a_helper_file(tmp_path: Path) -> None:
    month = tmp_path / "log-2026-03.json"
    month.write_text("{}")
    faults = Faults()
    faults.read_only(tmp_path, errno.EROFS)
    try:
        with pytest.raises(WriteError) as caught:
            keep_backup(month)
    finally:
        faults.clear()
    text = str(caught.value)
    assert "log-2026-03.json" in text and ".tmp" not in text and ".bak" not in text
