"""The cache of the home screen's summaries: same as the files say, never stale, never trusted."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.services.practice import library
from mindful_clinic.services.practice.library import CACHE_FILE, SUMMARY_FIELDS, shipped_entries
from mindful_clinic.services.storage.paths import ENV_CACHE_DIR

SUMMARY = (
    "id",
    "title",
    "category",
    "summary",
    "durations_s",
    "default_duration_s",
    "kind",
    "custom",
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(ENV_CACHE_DIR, str(folder))
    return folder


def from_files() -> list[CatalogEntry]:
    return [entry for _source, entry in library._read_shipped()]


def summaries(entries: list[CatalogEntry]) -> list[tuple[object, ...]]:
    return [tuple(getattr(e, name) for name in SUMMARY) for e in entries]


def test_cached_summaries_are_the_ones_read_from_the_files(cache: Path) -> None:
    first = shipped_entries()  # reads the files, writes the cache
    assert (cache / CACHE_FILE).is_file()
    again = shipped_entries()  # reads the cache
    assert summaries(again) == summaries(from_files()) == summaries(first)
    assert all(type(e.durations_s) is tuple for e in again)
    assert stat.S_IMODE(os.stat(cache / CACHE_FILE).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700


def test_the_cache_keeps_only_what_the_home_screen_shows_as_plain_json(cache: Path) -> None:
    shipped_entries()
    doc = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))
    assert set(doc) == {"key", "practices"}
    assert len(doc["practices"]) == len(from_files())
    for kept in doc["practices"]:
        assert set(kept) == set(SUMMARY_FIELDS)  # no phases, steps, cautions or sources
        assert kept["source"].endswith(".toml")


def test_a_second_start_does_not_read_the_files(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = shipped_entries()

    def no_files() -> list[object]:
        raise AssertionError("the content files were read again")

    monkeypatch.setattr(library, "_read_shipped", no_files)
    assert summaries(shipped_entries()) == summaries(expected)


def test_a_changed_file_is_read_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped_entries()
    monkeypatch.setattr(library, "_content_key", lambda: "another version of the content")
    read: list[int] = []
    real = library._read_shipped

    def counting() -> list[tuple[str, CatalogEntry]]:
        read.append(1)
        return real()

    monkeypatch.setattr(library, "_read_shipped", counting)
    shipped_entries()
    assert read == [1]
    shipped_entries()
    assert read == [1]  # the new cache is used from then on


def test_a_practice_is_read_from_its_own_file_when_first_opened(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = {e.id: e.item for e in from_files()}
    shipped_entries()  # writes the cache
    entries = shipped_entries()
    opened: list[str] = []
    real = library._open_shipped

    def counting(kind: str, source: str, practice_id: str) -> object:
        opened.append(source)
        return real(kind, source, practice_id)

    monkeypatch.setattr(library, "_open_shipped", counting)
    assert opened == []  # the home screen needs no practice models
    for entry in (entries[0], entries[-1]):  # a breath pattern and a guided practice
        assert entry.item == expected[entry.id]
        assert entry.item is entry.item  # read once, then kept
    assert len(opened) == 2
    assert opened[0].startswith("breathing/") and opened[1].startswith("guided/")


def test_a_practice_whose_file_was_moved_is_found_by_reading_them_all(cache: Path) -> None:
    expected = {e.id: e.item for e in from_files()}
    shipped_entries()
    path = cache / CACHE_FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["practices"][0]["source"] = "breathing/no_such_file.toml"
    doc["practices"][1]["source"] = doc["practices"][2]["source"]  # another practice's file
    path.write_text(json.dumps(doc), encoding="utf-8")
    entries = shipped_entries()
    for entry in entries[:2]:
        assert entry.item == expected[entry.id]


@pytest.mark.parametrize(
    "damage",
    [
        "",
        "not json at all",
        "truncated",
        "not an object",
        "not entries",
        "bad summary",
        "extra field",
        "unknown kind",
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(cache: Path, damage: str) -> None:
    expected = summaries(shipped_entries())
    path = cache / CACHE_FILE
    key = library._content_key()
    good = json.loads(path.read_text(encoding="utf-8"))["practices"][0]
    if damage == "truncated":
        data = path.read_text(encoding="utf-8")[: len(path.read_text(encoding="utf-8")) // 2]
    elif damage == "not an object":
        data = json.dumps([key, []])
    elif damage == "not entries":
        data = json.dumps({"key": key, "practices": [1, 2, 3]})
    elif damage == "bad summary":
        data = json.dumps({"key": key, "practices": [{**good, "default_duration_s": "5 min"}]})
    elif damage == "extra field":
        data = json.dumps({"key": key, "practices": [{**good, "phases": []}]})
    elif damage == "unknown kind":
        data = json.dumps({"key": key, "practices": [{**good, "kind": "os.system"}]})
    else:
        data = damage
    path.write_text(data, encoding="utf-8")
    assert summaries(shipped_entries()) == expected
    assert library._read_cache(key) is not None  # written again, readable


def test_an_unwritable_cache_folder_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(ENV_CACHE_DIR, str(blocker / "cache"))
    assert summaries(shipped_entries()) == summaries(from_files())


def test_a_frozen_bundle_without_source_folders_still_gets_a_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """PyInstaller keeps the core's code inside the executable: no folder to list, no crash."""
    real = library.resources.files

    def frozen(package: str) -> object:
        return tmp_path / "not-on-disk" if package == "mindful_clinic.core" else real(package)

    monkeypatch.setattr(library.resources, "files", frozen)
    key = library._content_key()
    assert "content/" in key and "core/" not in key
