"""Two real Syncthing instances on 127.0.0.1 sharing one folder, for the integration test.

Each has its own --home (keys, config, database), a generated device id and API key, a GUI/API on
a loopback port, a static address for the other, and no discovery, relays, NAT or usage reports:
nothing leaves the machine.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

FOLDER_ID = "mindful-clinic"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    home: Path
    folder: Path
    device_id: str = ""
    port: int = 0
    gui_port: int = 0
    apikey: str = field(default_factory=lambda: secrets.token_hex(16))
    proc: subprocess.Popen[bytes] | None = None
    log: IO[bytes] | None = None


def generate(inst: Instance, binary: str) -> None:
    out = subprocess.run(
        [binary, "generate", f"--home={inst.home}", "--no-default-folder", "--skip-port-probing"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    match = re.search(r"Device ID:\s*([A-Z0-9-]{50,})", out.stdout + out.stderr)
    assert match, out.stdout + out.stderr
    inst.device_id = match.group(1)
    inst.port, inst.gui_port = free_port(), free_port()


def _set(parent: ET.Element, tag: str, text: str) -> None:
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    node.text = text


def configure(inst: Instance, other: Instance) -> None:
    path = inst.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    assert options is not None
    for tag, value in {
        "listenAddress": f"tcp://127.0.0.1:{inst.port}",
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "false",
        "relaysEnabled": "false",
        "natEnabled": "false",
        "startBrowser": "false",
        "urAccepted": "-1",
        "autoUpgradeIntervalH": "0",
        "crashReportingEnabled": "false",
        "reconnectionIntervalS": "1",
    }.items():
        _set(options, tag, value)
    gui = root.find("gui")
    assert gui is not None
    _set(gui, "address", f"127.0.0.1:{inst.gui_port}")
    _set(gui, "apikey", inst.apikey)
    for dev in (inst, other):
        node = root.find(f"device[@id='{dev.device_id}']")
        if node is None:
            node = ET.SubElement(root, "device", id=dev.device_id)
        node.set("name", dev.home.name)
        node.set("compression", "metadata")
        node.set("introducer", "false")
        for address in node.findall("address"):
            node.remove(address)
        ET.SubElement(node, "address").text = (
            "dynamic" if dev is inst else f"tcp://127.0.0.1:{dev.port}"
        )
    folder = ET.SubElement(
        root,
        "folder",
        id=FOLDER_ID,
        label="Mindful Clinic",
        path=str(inst.folder),
        type="sendreceive",
        rescanIntervalS="2",
        fsWatcherEnabled="true",
        fsWatcherDelayS="1",
        ignorePerms="false",
    )
    for dev in (inst, other):
        ET.SubElement(folder, "device", id=dev.device_id)
    ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
    inst.folder.mkdir(parents=True, exist_ok=True)
    (inst.folder / ".stfolder").mkdir(exist_ok=True)
    tree.write(path)


def start(inst: Instance, binary: str) -> None:
    env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1"}
    inst.log = open(inst.home / "syncthing.log", "wb")  # noqa: SIM115  (closed in stop)
    inst.proc = subprocess.Popen(
        [binary, "serve", f"--home={inst.home}", "--no-browser", "--no-restart", "--no-upgrade"],
        stdout=inst.log,
        stderr=subprocess.STDOUT,
        env=env,
    )


def stop(inst: Instance) -> None:
    if inst.proc is not None and inst.proc.poll() is None:
        inst.proc.terminate()
        try:
            inst.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            inst.proc.kill()
            inst.proc.wait(timeout=15)
    if inst.log is not None:
        inst.log.close()


def pair(root: Path) -> tuple[Instance, Instance]:
    binary = shutil.which("syncthing")
    assert binary
    a = Instance(root / "st-a", root / "a" / "Sync")
    b = Instance(root / "st-b", root / "b" / "Sync")
    for inst in (a, b):
        generate(inst, binary)
    configure(a, b)
    configure(b, a)
    for inst in (a, b):
        start(inst, binary)
    return a, b
