"""Two real Syncthing instances keep two computers' logs in step (issue #20).

Skipped when the ``syncthing`` program is missing (Debian: ``apt-get install -y syncthing``).
Everything stays on 127.0.0.1; the wait for the two logs to agree is bounded.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from tests.log_fakes import series
from tests.services.sync.syncthing_pair import pair, stop
from tests.services.sync.test_sync_simulated import MAR
from tests.sync_fakes import Computer, computer

pytestmark = pytest.mark.skipif(shutil.which("syncthing") is None, reason="syncthing is missing")

WAIT_MS = 90_000


def ready(inst: object) -> bool:
    """Syncthing has started (its log says the folder is being watched or scanned)."""
    log = inst.home / "syncthing.log"  # type: ignore[attr-defined]
    return log.exists() and b"Ready to synchronize" in log.read_bytes()


def view(c: Computer) -> list[tuple[str, int | None, str]]:
    with c.log() as log:
        return [(r.id, r.stress_after, r.note) for r in log.all()]


def test_two_computers_agree_through_real_syncthing(tmp_path: Path, qtbot: object) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b", minute=1)
    st_a, st_b = pair(tmp_path)
    try:
        qtbot.waitUntil(lambda: ready(st_a) and ready(st_b), timeout=WAIT_MS)  # type: ignore[attr-defined]
        assert (a.synced, b.synced) == (st_a.folder, st_b.folder)
        log_a, log_b = a.log(), b.log()
        from_a, from_b = series(30, MAR), series(20, MAR + timedelta(hours=3))
        log_a.import_records(from_a)  # both computers write at once
        log_b.import_records(from_b[:10])
        for r in from_b[10:]:
            log_b.add(r)
        expected_ids = {r.id for r in from_a + from_b}
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: {i for i, _, _ in view(a)} == {i for i, _, _ in view(b)} == expected_ids,
            timeout=WAIT_MS,
        )
        # edits and deletions of each other's records, and of the same record on both
        log_a.update(from_b[0].id, note="edited on A")
        log_b.delete(from_a[0].id)
        log_a.update(from_a[1].id, stress_after=2, note="A's version")
        b.clock.advance(120)
        log_b.update(from_a[1].id, stress_after=1, note="B's later version")
        log_a.delete(from_b[1].id)
        qtbot.waitUntil(lambda: view(a) == view(b), timeout=WAIT_MS)  # type: ignore[attr-defined]
        final = {i: (after, note) for i, after, note in view(a)}
        assert len(final) == 48
        assert from_a[0].id not in final and from_b[1].id not in final
        assert final[from_b[0].id][1] == "edited on A"
        assert final[from_a[1].id] == (1, "B's later version")
        assert log_a.problems == [] and log_b.problems == []
    finally:
        stop(st_a)
        stop(st_b)
