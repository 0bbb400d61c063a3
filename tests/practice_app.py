"""The built app as the practice tests meet it: a fixed manual clock, the holds caution already
seen and check-ins off, so a test goes from Start straight to the practice.

Shared by the pacer, focus-mode and announcement tests (registered in ``tests/conftest.py``); a
module that needs another app or clock defines its own ``app`` or ``clock`` fixture, which wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from mindful_clinic.app import App, build
from mindful_clinic.core.time.clock import ManualClock
from tests.qt_cleanup import stop_timers


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def app(qtbot: QtBot, clock: ManualClock) -> Iterator[App]:
    built = build(clock)
    qtbot.addWidget(built.window)
    built.prefs.seen_notices.append("holds_caution")
    built.flow.checkin_factory = None
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)
