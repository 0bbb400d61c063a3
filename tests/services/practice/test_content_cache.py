"""The cache of checked shipped content: same practices as reading the files, never stale, never trusted."""

from __future__ import annotations

import marshal
import os
import stat
from enum import Enum
from pathlib import Path

import pytest

from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.services.practice import library
from mindful_clinic.services.practice.library import CACHE_FILE, shipped_entries
from mindful_clinic.services.storage.paths import ENV_CACHE_DIR


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(ENV_CACHE_DIR, str(folder))
    return folder


def same(a: object, b: object, where: str = "entries") -> None:
    """Equal values of the same types all the way down (an enum is not its string)."""
    assert type(a) is type(b), where
    if isinstance(a, CatalogEntry):
        assert isinstance(b, CatalogEntry)
        for name in ("id", "title", "category", "summary", "durations_s", "default_duration_s",
                     "kind", "custom", "item"):  # fmt: skip
            same(getattr(a, name), getattr(b, name), f"{where}.{name}")
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), where  # type: ignore[arg-type]
        for i, (x, y) in enumerate(zip(a, b, strict=True)):  # type: ignore[call-overload]
            same(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), where  # type: ignore[call-overload]
        for key in a:
            same(a[key], b[key], f"{where}.{key}")  # type: ignore[index]
    elif hasattr(a, "__dict__") and not isinstance(a, Enum):
        same(vars(a), vars(b), where)
    else:
        assert a == b, where


def test_cached_practices_are_the_ones_read_from_the_files(cache: Path) -> None:
    first = shipped_entries()  # reads the files, writes the cache
    assert (cache / CACHE_FILE).is_file()
    again = shipped_entries()  # reads the cache
    same(library._load_shipped_entries(), again)
    same(first, again)
    assert stat.S_IMODE(os.stat(cache / CACHE_FILE).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700


def test_a_second_start_does_not_read_the_files(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = shipped_entries()

    def no_files() -> list[object]:
        raise AssertionError("the content files were read again")

    monkeypatch.setattr(library, "_load_shipped_entries", no_files)
    same(expected, shipped_entries())


def test_a_changed_file_is_read_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped_entries()
    monkeypatch.setattr(library, "_content_key", lambda: "another version of the content")
    read: list[int] = []
    real = library._load_shipped_entries

    def counting() -> list[object]:
        read.append(1)
        return real()  # type: ignore[return-value]

    monkeypatch.setattr(library, "_load_shipped_entries", counting)
    shipped_entries()
    assert read == [1]
    shipped_entries()
    assert read == [1]  # the new cache is used from then on


def test_start_up_reads_summaries_and_each_practice_only_when_opened(cache: Path) -> None:
    expected = {e.id: e for e in library._load_shipped_entries()}
    shipped_entries()  # writes the cache
    decoded: list[object] = []
    real = library._decode

    def counting(value: object) -> object:
        decoded.append(value)
        return real(value)

    library._decode = counting  # type: ignore[assignment]
    try:
        entries = shipped_entries()
        assert [e.title for e in entries] == [e.title for e in expected.values()]
        assert decoded == []  # the home screen needs no practice models
        first = entries[0]
        same(expected[first.id].item, first.item)
        calls = len(decoded)
        assert calls > 0
        assert first.item is first.item  # made once, then kept
        assert len(decoded) == calls
    finally:
        library._decode = real  # type: ignore[assignment]


def test_a_damaged_practice_in_the_cache_is_read_from_its_file(cache: Path) -> None:
    expected = {e.id: e for e in library._load_shipped_entries()}
    key = library._content_key()
    shipped_entries()
    _key, values = marshal.loads((cache / CACHE_FILE).read_bytes())
    values[0] = (values[0][0], ("o", "os", "system", {"command": "false"}))
    values[1] = (
        values[1][0],
        ("o", "mindful_clinic.core.breath.pattern", "BreathPattern", {"id": "x"}),
    )
    (cache / CACHE_FILE).write_bytes(marshal.dumps((key, values)))
    entries = shipped_entries()
    for entry in entries[:2]:
        same(expected[entry.id].item, entry.item)


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all",
        "truncated",
        "foreign class",
        "not entries",
        "bad summary",
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(cache: Path, damage: object) -> None:
    expected = shipped_entries()
    path = cache / CACHE_FILE
    key = library._content_key()
    if damage == "truncated":
        data = path.read_bytes()[: len(path.read_bytes()) // 2]
    elif damage == "foreign class":
        data = marshal.dumps((key, [("o", "os", "system", {"command": "false"})]))
    elif damage == "not entries":
        data = marshal.dumps((key, [1, 2, 3]))
    elif damage == "bad summary":
        data = marshal.dumps((key, [(["id", "title", "breathing", "", [60], "5 min", "breath",
                                      False], None)]))  # fmt: skip
    else:
        assert isinstance(damage, bytes)
        data = damage
    path.write_bytes(data)
    same(expected, shipped_entries())
    same(expected, library._read_cache(key))  # written again, readable


def test_an_unwritable_cache_folder_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(ENV_CACHE_DIR, str(blocker / "cache"))
    same(library._load_shipped_entries(), shipped_entries())
