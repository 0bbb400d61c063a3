"""Benchmarks: prints one JSON object with every figure the issues ask for.

Each area keeps its measurements in ``scripts/bench_<area>.py`` with a ``measure() -> dict`` function;
this script runs them all (or those named: ``python scripts/bench.py startup log``) and merges the keys.
``--quick`` asks the long areas for a shorter run (``frames``: 15 s instead of 60 s).
Figures are measured, never asserted in tests: compare them with the targets in the README.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = (
    "startup",
    "pacer",
    "log",
    "history",
    "sound",
    "idle",
    "calendar",
    "sync",
    "frames",
    "start",
)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    if "--quick" in argv:
        os.environ["MC_BENCH_QUICK"] = "1"
        argv = [a for a in argv if a != "--quick"]
    wanted = argv or list(AREAS)
    result: dict[str, object] = {}
    for area in wanted:
        if not (HERE / f"bench_{area}.py").exists():
            print(f"bench: no scripts/bench_{area}.py yet, skipped", file=sys.stderr)
            continue
        module = importlib.import_module(f"bench_{area}")
        result.update(module.measure())
        print(f"bench: {area} done", file=sys.stderr)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
