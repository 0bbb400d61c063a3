"""A second launch brings the running window forward and exits with status 0."""

from __future__ import annotations

import os
import subprocess
import sys

from mindful_clinic.services.single_instance import InstanceServer


def test_second_launch_raises_the_first_and_exits_zero(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer()
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=15000):
            proc = subprocess.Popen(
                [sys.executable, "-m", "mindful_clinic"],
                env={**os.environ},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        out, _err = proc.communicate(timeout=30)
        assert proc.returncode == 0
        assert "already running" in out
    finally:
        server.close()
