"""A device's edits and deletions: ``devices/<id>/log/changes.json``, written only by that device.

    {"version": 1, "device": "<id>", "changes": {"<record id>": {"at": "...", "device": "<id>",
                                                                 "record": {...} | null}}}

Only the latest version per record is kept (a device's own later edit always supersedes its
earlier one: core/sync/versions.next_stamp). Written atomically with a backup, like the log.
"""

from __future__ import annotations

import json
from pathlib import Path

from mindful_clinic.core.sync.versions import Version
from mindful_clinic.services.storage.atomic import atomic_write_bytes

FORMAT_VERSION = 1


class ChangesUnreadable(Exception):
    """``pending``: the file looks cut short (still arriving); otherwise it is damaged."""

    def __init__(self, reason: str, pending: bool) -> None:
        self.reason = reason
        self.pending = pending
        super().__init__(reason)


def parse_changes(data: bytes) -> list[Version]:
    if not data.strip():
        raise ChangesUnreadable("the file is empty", pending=True)
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ChangesUnreadable("the file is not text", pending=False) from None
    except json.JSONDecodeError as exc:
        text = exc.doc.strip()
        cut = text.startswith("{") and not text.endswith("}")
        raise ChangesUnreadable(f"the file is not valid JSON ({exc.msg})", pending=cut) from None
    except (RecursionError, ValueError):
        raise ChangesUnreadable("the file cannot be read", pending=False) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("changes"), dict):
        raise ChangesUnreadable("it does not look like a list of changes", pending=False)
    if doc.get("version") != FORMAT_VERSION:
        raise ChangesUnreadable("it was written by a newer version of the app", pending=False)
    out: list[Version] = []
    for record_id, entry in doc["changes"].items():
        try:
            out.append(Version.from_json(record_id, entry))
        except ValueError:
            continue  # one bad entry does not hide the rest
    return out


def read_changes(path: Path) -> list[Version]:
    """Versions in the file ([] if it does not exist); ChangesUnreadable if unusable."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise ChangesUnreadable(
            f"it cannot be read ({exc.strerror or exc})", pending=False
        ) from None
    return parse_changes(data)


def write_changes(path: Path, device: str, versions: dict[str, Version]) -> None:
    doc = {
        "version": FORMAT_VERSION,
        "device": device,
        "changes": {rid: v.to_json() for rid, v in sorted(versions.items())},
    }
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    atomic_write_bytes(path, text.replace('},"', '},\n"').encode("utf-8"))
