"""A second launch brings the running window forward and exits with status 0."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mindful_clinic.services.desktop.instance_lock import server_name
from mindful_clinic.services.desktop.single_instance import InstanceServer, notify_running_instance

posix_only = pytest.mark.skipif(os.name != "posix", reason="the socket is a file on POSIX only")


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


def test_nobody_running_means_no_knock_answered(data_dir) -> None:  # type: ignore[no-untyped-def]
    assert notify_running_instance() is False


@posix_only
def test_a_stale_socket_from_a_crash_is_replaced(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(server_name())
    stale.close()  # the file stays behind, as after a crash; nobody answers on it
    assert notify_running_instance() is False
    server = InstanceServer()
    try:
        assert server.listening
        with qtbot.waitSignal(server.raise_requested, timeout=5000):
            assert notify_running_instance() is True
    finally:
        server.close()


@posix_only
def test_the_socket_is_the_users_alone_and_goes_away_on_close(data_dir) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer()
    path = Path(server_name())
    try:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
    finally:
        server.close()
    assert not path.exists()


@posix_only
def test_a_message_in_pieces_still_raises_and_noise_does_not(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer()
    seen: list[bool] = []
    server.raise_requested.connect(lambda: seen.append(True))

    def closed_by_server(sock: socket.socket) -> bool:
        try:
            return sock.recv(1) == b""
        except BlockingIOError:
            return False

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as noise:
            noise.connect(server_name())
            noise.sendall(b"hello\n")
            noise.setblocking(False)
            qtbot.waitUntil(lambda: closed_by_server(noise), timeout=5000)  # read and turned away
        assert seen == []
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as knock:
            knock.connect(server_name())
            knock.sendall(b"ra")
            qtbot.waitUntil(
                lambda: any(buffer == b"ra" for _conn, buffer in server._peers.values()),
                timeout=5000,
            )  # the first piece has been read on its own
            knock.sendall(b"ise\n")
            qtbot.waitUntil(lambda: seen == [True], timeout=5000)
    finally:
        server.close()
