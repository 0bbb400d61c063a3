"""A private list of small records in one JSON file: shared by reflections and self-checks.

Writes are atomic with a ``.bak`` of the previous version (0600, via ``atomic``). Loading never
fails: a file that is not readable JSON is moved aside and the list starts empty; single items that
cannot be read are quarantined (the original file is copied aside, the readable items are kept and
the file rewritten without the bad ones). Either way ``problem`` says so once, in plain words.

A synced list (``shared``) is every computer's, so nothing in it is set aside or rewritten: an item
this computer cannot read (a newer app's, a damaged one) is left out of use and written back
untouched by every save, so it is never deleted everywhere by a computer that could not show it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from mindful_clinic.services.storage.atomic import (
    aside_name,
    move_aside,
    read_json_list,
    read_problem,
    write_json_list,
)


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)


class SharedList(Protocol):
    """The same list kept in step across the person's computers (services/sync/personal.py)."""

    problems: list[Any]

    def items(self) -> Mapping[str, Mapping[str, Any]]: ...

    def write(self, wanted: Mapping[str, Mapping[str, Any]]) -> None: ...


class PrivateList(Generic[T]):
    def __init__(
        self,
        path: Path,
        key: str,
        schema_version: int,
        read: Callable[[object], T],
        write: Callable[[T], Mapping[str, Any]],
        what: str,
        shared: SharedList | None = None,
    ) -> None:
        """With ``shared`` (a synced folder is set) the list is read from and written to every
        computer's copy instead of ``path``; nothing else changes for the caller."""
        self.path = Path(path)
        self.shared = shared
        self._key, self._version = key, schema_version
        self._read, self._write_item = read, write
        self._what = what
        self.problem: str | None = None
        self.items: list[T] = []
        self._docs: dict[str, tuple[T, Mapping[str, Any]]] = {}
        """Synced: each item as read, with the document it was read from. An item saved back
        unchanged is written as that document, so a field only a newer version of the app
        knows is never dropped (which would change the item on every computer)."""
        self._unread: dict[str, Mapping[str, Any]] = {}
        """Synced: items this computer could not read, as their raw documents. They are not
        shown, and every save writes them back untouched: a list written without them would
        delete them on every computer."""
        self._load()

    def add(self, item: T) -> None:
        self.replace_all([*self.items, item])

    def delete(self, item_id: str) -> None:
        self.replace_all([i for i in self.items if i.id != item_id])

    def replace_all(self, items: list[T]) -> None:
        """Write ``items`` as the whole list (the old file is kept as .bak); raises OSError."""
        if self.shared is not None:
            docs: dict[str, Mapping[str, Any]] = dict(self._unread)
            for i in items:
                seen = self._docs.get(i.id)
                docs[i.id] = seen[1] if seen is not None and seen[0] == i else self._write_item(i)
            self.shared.write(docs)
            self.items = list(items)
            self._docs = {i.id: (i, docs[i.id]) for i in items}
            return
        write_json_list(self.path, self._key, [self._write_item(i) for i in items], self._version)
        self.items = list(items)

    def delete_all(self) -> None:
        """Remove the file and its backup: nothing of the list is left on disk (synced: every
        item is deleted on every computer)."""
        from mindful_clinic.services.storage.atomic import backup_path

        if self.shared is not None:
            self.shared.write({})
            self._docs, self._unread = {}, {}

        for p in (self.path, backup_path(self.path)):
            p.unlink(missing_ok=True)
        self.items = []

    def _load_shared(self, shared: SharedList) -> None:
        """Items from every computer. One the folder already left out (its check failed,
        services/sync/personal.py ``CHECKS``) is said in the folder's words; one that cannot be
        read here all the same is kept as its raw document (``_unread``). Neither is ever
        rewritten or deleted by a save here: it may be another computer's."""
        bad: list[str] = []
        for item_id, doc in shared.items().items():
            try:
                item = self._read(dict(doc))
            except (ValueError, TypeError, KeyError) as exc:
                bad.append(f"item {item_id}: {exc}")
                self._unread[item_id] = doc
                continue
            self.items.append(item)
            self._docs[item.id] = (item, doc)
        files = [p.message for p in shared.problems if not getattr(p, "item", "")]
        said = [p.message for p in shared.problems if getattr(p, "item", "")]
        if bad or files:
            said.insert(
                0, f"Some of your {self._what} could not be read ({'; '.join(bad + files)})."
            )
        if said:
            self.problem = " ".join(said)

    def _load(self) -> None:
        if self.shared is not None:
            self._load_shared(self.shared)
            return
        if not self.path.exists():
            return
        try:
            raw = read_json_list(self.path, self._key)
        except (OSError, ValueError) as exc:
            reason = read_problem(exc)
            try:
                moved = move_aside(self.path)
            except OSError:
                self.problem = f"Your {self._what} could not be read ({reason})."
                return
            self.problem = (
                f"Your {self._what} could not be read ({reason}). The file was kept as {moved.name} "
                "and a new one was started."
            )
            return
        good: list[T] = []
        bad: list[str] = []
        for i, item in enumerate(raw, 1):
            try:
                good.append(self._read(item))
            except (ValueError, TypeError, KeyError) as exc:
                bad.append(f"item {i}: {exc}")
        self.items = good
        if bad:
            kept = aside_name(self.path)
            try:
                shutil.copy2(self.path, kept)
                self.replace_all(good)
            except OSError:
                self.problem = f"Some of your {self._what} could not be read ({'; '.join(bad)})."
                return
            self.problem = (
                f"Some of your {self._what} could not be read ({'; '.join(bad)}). The others are "
                f"kept; the original file was saved as {kept.name}."
            )
