"""Merge rules: the latest version of a record wins, the same on every computer."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone

from mindful_clinic.core.sync.names import classify, is_temporary
from mindful_clinic.core.sync.versions import Version, next_stamp, stamp, winners

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def v(rid: str, minutes: int, device: str, deleted: bool = False) -> Version:
    doc = None if deleted else {"note": f"{device}@{minutes}"}
    return Version(rid, stamp(T0 + timedelta(minutes=minutes)), device, doc)


def test_the_same_winner_whatever_order_versions_arrive_in() -> None:
    versions = [v("r1", 1, "aa"), v("r1", 5, "bb"), v("r1", 5, "aa"), v("r1", 3, "cc", True)]
    results = {
        tuple((k, w.key) for k, w in sorted(winners(p).items()))
        for p in itertools.permutations(versions)
    }
    assert len(results) == 1
    (only,) = results
    assert dict(only)["r1"][1] == "bb"  # same minute: the device id settles it


def test_a_later_deletion_beats_an_earlier_edit_and_a_later_edit_beats_it() -> None:
    assert winners([v("r", 1, "aa"), v("r", 2, "bb", True)])["r"].deleted
    assert not winners([v("r", 3, "aa"), v("r", 2, "bb", True)])["r"].deleted


def test_an_edit_made_on_a_computer_whose_clock_is_behind_still_wins_locally() -> None:
    seen = v("r", 60, "zz")
    text = next_stamp(T0, seen)  # this clock says an hour earlier than the edit it replaces
    assert text > seen.edited_at
    assert next_stamp(T0 + timedelta(hours=2), seen) == stamp(T0 + timedelta(hours=2))


def test_edit_times_are_utc_text_that_sorts() -> None:
    cet = timezone(timedelta(hours=1))
    assert stamp(datetime(2026, 3, 1, 10, 0, tzinfo=cet)) == "2026-03-01T09:00:00.000000+00:00"
    assert Version.from_json("r", v("r", 1, "aa").to_json()) == v("r", 1, "aa")


def test_sync_tools_file_names() -> None:
    assert classify("log-2026-03.json") == classify("log-2026-03.json")
    plain = classify("log-2026-03.json")
    assert plain is not None and plain.month == "2026-03" and not plain.conflict
    for name in (
        "log-2026-03.sync-conflict-20260301-101500-ABCDEFG.json",
        "log-2026-03 (Anna's conflicted copy 2026-03-01).json",
        "log-2026-03 (conflicted copy 2026-03-01 101500).json",
        "log-2026-03-DESKTOP-7Q1.json",
        "changes.sync-conflict-20260301-101500-ABCDEFG.json",
        "changes-LAPTOP.json",
    ):
        kind = classify(name)
        assert kind is not None and kind.conflict, name
    for name in (
        ".syncthing.log-2026-03.json.tmp",
        "~syncthing~log-2026-03.json.tmp",
        "~$log-2026-03.json",
        ".log-2026-03.json.1234.tmp",
    ):
        assert is_temporary(name) and classify(name) is None, name
    for name in ("log-2026-03.json.bak", "log-2026-03.damaged-20260301-101500.json", "index.json"):
        assert classify(name) is None, name
