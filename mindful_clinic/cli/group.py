"""``mindful-clinic group export``: the group sessions' aggregate records, for a team lead.

Only what the group store holds is exported (dates, practices, numbers of answers, medians and
distributions); no personal log data is read. Without ``-o`` (or with ``-o -``) the export goes to
standard output. A file is written as the log's export is (``cli/log.write_export``): all or
nothing, through a symbolic link, never into a folder it would have to make, never over a device.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("group", help="group sessions on a shared screen")
    group_sub = p.add_subparsers(dest="group_command", metavar="ACTION")
    exp = group_sub.add_parser(
        "export", help="export the group sessions' anonymous totals as CSV or JSON"
    )
    exp.add_argument("--format", required=True, choices=("csv", "json"), help="csv or json")
    exp.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout (-: stdout)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.services.group.store import GroupStore
    from mindful_clinic.services.storage.paths import data_dir

    if getattr(args, "group_command", None) != "export":
        raise UsageError(
            w.translate("cli", "say what to do, e.g. 'mindful-clinic group export --format csv'")
        )
    from mindful_clinic.cli.reminders import note_damaged_settings
    from mindful_clinic.services.sync.follow import personal_file

    store = GroupStore(data_dir(), personal_file("group"))
    note_damaged_settings()
    if store.problem:
        print(f"mindful-clinic: {store.problem}", file=sys.stderr)
    text = render(store.records(), args.format)
    if args.output and args.output != "-":  # "-": standard output, as for the log's export
        from mindful_clinic.cli.log import write_export

        target = Path(args.output).expanduser()
        write_export(target, [text])  # the same refusals: no folder made, no device replaced
        wrote = w.translate("cli", "Wrote %1 group session(s) to %2")
        print(w.say(wrote, len(store.records()), target), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def render(records: list[Any], fmt: str) -> str:
    from mindful_clinic.core.group.records import CSV_COLUMNS, csv_row, json_rows

    if fmt == "json":
        return json.dumps(json_rows(records), indent=2, ensure_ascii=False) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(csv_row(record))
    return buf.getvalue()
