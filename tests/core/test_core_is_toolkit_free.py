"""The core never imports Qt, pygame, pydub or tinydb (STYLE.md: a core without the toolkit)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import mindful_clinic.core

FORBIDDEN = ("PySide6", "shiboken6", "pygame", "pydub", "tinydb")
CORE = Path(mindful_clinic.core.__file__).parent


def test_no_core_module_imports_a_toolkit() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.name}:{node.lineno} imports {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_toolkit() -> None:
    modules = sorted(
        ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.stem != "__init__"
    )
    assert "time.clock" in modules and len(modules) > 30  # every feature folder, not the top only
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module('mindful_clinic.core.' + m)\n"
        f"print(sorted(k for k in sys.modules if k.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
