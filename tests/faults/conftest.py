"""The ``faults`` fixture (tests/faults/fault_tools.py): faults injected into the app's own code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.faults.fault_tools import Faults


@pytest.fixture
def faults() -> Iterator[Faults]:
    injected = Faults()
    yield injected
    injected.clear()
