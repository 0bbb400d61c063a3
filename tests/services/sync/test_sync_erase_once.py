"""A "delete everywhere" is carried out at most once per computer, whatever happens to the
computer's own card (``device.json``) in the synced folder: a card that is damaged, lost or brought
back as an older copy is written again from what the computer remembers in its local folder (QA:
the card was rewritten without "erased", and the old erase then deleted everything saved since)."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.services.reflect.store import ReflectionStore
from mindful_clinic.services.storage.paths import local_dir
from mindful_clinic.services.sync.erase import honoured
from mindful_clinic.services.sync.layout import device_dir
from mindful_clinic.services.sync.personal import PersonalFile
from tests.log_fakes import CET, series
from tests.sync_fakes import Computer, computer, sync_both

MAR = datetime(2026, 3, 2, 9, 0, tzinfo=CET)


def reflections(c: Computer) -> ReflectionStore:
    return ReflectionStore(
        c.root / "data", PersonalFile(c.synced, c.device, "reflections", c.clock)
    )


def card(c: Computer) -> Path:
    return device_dir(c.synced, c.device.id) / "device.json"


def erased_on_a_then_saved_on_b(tmp_path: Path) -> tuple[Computer, Computer, str, str]:
    """A deletes everywhere; B carries it out, then saves a practice and a reflection: the
    practice's id, and B's card as it was before the erase."""
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    with b.log() as log:
        for r in series(2, MAR):
            log.add(r)
    before = card(b).read_text(encoding="utf-8")
    sync_both(a, b)
    a.clock.advance(60)
    with a.log() as log:
        log.delete_all()  # "Delete everywhere" on A
    sync_both(a, b)
    b.clock.advance(120)
    fresh = series(1, MAR.replace(day=20))[0]
    with b.log() as log:  # opening carries out the erase...
        assert log.all() == []
        log.add(fresh)  # ...and what is saved afterwards is kept
    reflections(b).add(make_reflection("after the erase", "win", date(2026, 3, 20)))
    return a, b, fresh.id, before


DAMAGE = {
    "cut short": lambda c, before: card(c).write_text('{"id": "', encoding="utf-8"),
    "not a card": lambda c, before: card(c).write_text("[1]", encoding="utf-8"),
    "lost": lambda c, before: card(c).unlink(),
    "an older copy": lambda c, before: card(c).write_text(before, encoding="utf-8"),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_an_erase_already_carried_out_is_not_carried_out_again(tmp_path: Path, damage: str) -> None:
    a, b, fresh, before = erased_on_a_then_saved_on_b(tmp_path)
    DAMAGE[damage](b, before)
    b.clock.advance(60)
    with b.log() as log:  # opening the log again: the old erase is not carried out again
        assert [r.id for r in log.all()] == [fresh]
    assert [r.text for r in reflections(b).all()] == ["after the erase"]
    latest = honoured(a.synced, a.device.id)
    assert latest and honoured(b.synced, b.device.id) == latest  # the card says so again
    sync_both(a, b)
    with a.log() as log:  # so the other computers read B's files again
        assert [r.id for r in log.all()] == [fresh]


def test_an_erase_carried_out_before_it_was_kept_locally_is_not_carried_out_again(
    tmp_path: Path,
) -> None:
    """A computer that carried out an erase with an earlier version (only its card knew)."""
    _a, b, fresh, before = erased_on_a_then_saved_on_b(tmp_path)
    shutil.rmtree(local_dir())  # an earlier version kept nothing about erases there
    with b.log() as log:  # the card is read as before, and now kept locally too
        assert [r.id for r in log.all()] == [fresh]
    DAMAGE["an older copy"](b, before)
    with b.log() as log:
        assert [r.id for r in log.all()] == [fresh]


def test_the_erasing_computer_s_damaged_card_is_put_right_so_its_request_still_counts(
    tmp_path: Path,
) -> None:
    """C was away during the erase; A's card was damaged meanwhile. A's request must still count
    when C returns, or C's old practices would come back on every computer."""
    a, c = computer(tmp_path, "a"), computer(tmp_path, "c")
    with c.log() as log:
        for r in series(2, MAR):
            log.add(r)
    sync_both(a, c)
    a.clock.advance(60)
    with a.log() as log:
        log.delete_all()
    card(a).write_text("{", encoding="utf-8")  # A's own card is damaged
    with a.log() as log:  # A opens its log again
        assert log.all() == []
    assert json.loads(card(a).read_text(encoding="utf-8"))["erased"]
    sync_both(a, c)  # C returns
    with c.log() as log:
        assert log.all() == []
    assert not list((c.synced / "devices" / c.device.id).rglob("log-*.json"))
