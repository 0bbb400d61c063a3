"""Fill a Qt .ts file with the translations kept in a TOML file (issue #17).

``mindful_clinic/i18n/<lang>.toml`` is the source of truth, written by translators: English source
text -> translation, in ``[messages]``, with ``[contexts.<Context>]`` tables for the rare text that
needs different words in one place. A plural (``tr("I have %n minutes", "", n)``) takes a list: one
text per plural form of the language (German and English: one, then more). ``pyside6-lupdate``
re-extracts the .ts whenever strings change; this script then puts every known translation back,
marks the rest unfinished, and reports them.

    python scripts/fill_translations.py mindful_clinic/i18n/mindful_clinic_de.ts mindful_clinic/i18n/de.toml
    python scripts/fill_translations.py --check ...   (exit 1 if anything is untranslated)
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%\d+|%[-.\d]*[sdf]|\{[a-z_]+\}|%n")


Text = str | list[str]


def load(path: Path) -> tuple[dict[str, Text], dict[str, dict[str, Text]]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return dict(data.get("messages", {})), {k: dict(v) for k, v in data.get("contexts", {}).items()}


def fill(ts: Path, table: Path) -> tuple[int, list[tuple[str, str]], list[str]]:
    """(translated, [(context, source) untranslated], [problems]); writes the .ts back."""
    messages, contexts = load(table)
    tree = ET.parse(ts)
    done, missing, problems = 0, [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = contexts.get(name, {}).get(source, messages.get(source))
            if text is None:
                translation.text = translation.text or None
                translation.set("type", "unfinished")
                missing.append((name, source))
                continue
            forms = text if isinstance(text, list) else [text]
            for form in forms:
                if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f"{name}: placeholders differ: {source!r} -> {form!r}")
            if message.get("numerus") == "yes":
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif isinstance(text, list):
                problems.append(f"{name}: {source!r} is not a plural but has a list")
                continue
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done, missing, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("table", type=Path)
    parser.add_argument("--check", action="store_true", help="fail if anything is untranslated")
    args = parser.parse_args(argv)
    done, missing, problems = fill(args.ts, args.table)
    print(f"{args.ts}: {done} translated, {len(missing)} untranslated")
    for context, source in missing[:40]:
        print(f"  untranslated [{context}] {source!r}")
    if len(missing) > 40:
        print(f"  ...and {len(missing) - 40} more")
    for problem in problems:
        print(f"  problem: {problem}", file=sys.stderr)
    return 1 if problems or (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
