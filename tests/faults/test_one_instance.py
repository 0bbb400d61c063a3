"""One instance, one writer: two launches at once give one window; nobody else's socket counts."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mindful_clinic.services.desktop.instance_lock import claim_instance, server_name
from mindful_clinic.services.desktop.single_instance import InstanceServer, notify_running_instance

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the POSIX socket and lock")

LAUNCH = """
import sys, time
from PySide6.QtCore import QCoreApplication, QTimer
from mindful_clinic.services.desktop.instance_lock import claim_instance
from mindful_clinic.services.desktop.single_instance import InstanceServer, quit_on_sigterm
app = QCoreApplication([])
start_at = float(sys.argv[1])
while time.time() < start_at:  # both launches decide at the same moment
    time.sleep(0.001)
claim = claim_instance(wait_s=20)
if not claim.first:
    print("second", claim.answered, flush=True)
    sys.exit(0)
time.sleep(0.5)  # a slow start: the window takes a moment to build
server = InstanceServer(claim=claim)
quit_on_sigterm(app)
app.aboutToQuit.connect(server.close)
server.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
QTimer.singleShot(int(sys.argv[2]), app.quit)
print("first", server.name, flush=True)
app.exec()
"""


def launch(start_at: float, linger_ms: int = 20000) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(start_at), str(linger_ms)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ},
    )  # fmt: skip


@pytest.mark.parametrize("attempt", range(3))
def test_two_launches_at_the_same_moment_give_one_window(attempt: int, data_dir: Path) -> None:
    start_at = time.time() + 1.5
    procs = [launch(start_at), launch(start_at)]
    outs = [p.communicate(timeout=60) for p in procs]
    stdout = sorted(out for out, _err in outs)
    assert all(p.returncode == 0 for p in procs), [err for _out, err in outs]
    firsts = [o for o in stdout if o.startswith("first")]
    seconds = [o for o in stdout if o.startswith("second")]
    assert len(firsts) == 1 and len(seconds) == 1, stdout
    assert "raised" in firsts[0]  # the second brought the first forward
    assert seconds[0].strip() == "second True"
    assert "Traceback" not in "".join(err for _out, err in outs)


def test_without_xdg_runtime_dir_the_socket_is_in_a_private_folder_of_the_data_folder(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    name = Path(server_name())
    assert name.parent == data_dir / "run"
    assert stat.S_IMODE(name.parent.stat().st_mode) == 0o700


def test_a_shared_runtime_folder_is_not_used(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp: anyone could put a socket there
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    assert Path(server_name()).parent == data_dir / "run"


def test_something_else_at_the_socket_path_never_silences_the_app(data_dir: Path) -> None:
    path = Path(server_name())
    path.write_text("not a socket")
    assert notify_running_instance() is False
    claim = claim_instance(wait_s=0.2)
    assert claim.first
    claim.release()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_another_users_socket_is_never_believed(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    name = server_name()
    squatter = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    squatter.bind(name)
    squatter.listen(1)  # it even answers
    os.chown(name, 12345, 12345)
    try:
        assert notify_running_instance() is False
        claim = claim_instance(wait_s=0.2)
        assert claim.first
        server = InstanceServer(claim=claim)
        try:
            assert server.listening and os.stat(name).st_uid == os.getuid()
            with qtbot.waitSignal(server.raise_requested, timeout=5000):
                assert notify_running_instance() is True
        finally:
            server.close()
    finally:
        squatter.close()


def test_sigterm_removes_the_socket(data_dir: Path) -> None:
    proc = launch(time.time(), linger_ms=30000)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("first"):
        proc.kill()
        pytest.fail(proc.communicate()[1])
    path = Path(line.split(" ", 1)[1].strip())
    assert path.exists()
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0 and "Traceback" not in err
    assert not path.exists()
