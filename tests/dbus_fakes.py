"""A private D-Bus session bus with a fake notification server and screensaver, for tests.

``private_bus()`` starts ``dbus-daemon --session`` (skips the test cleanly when it is missing) and
``FakeNotificationServer`` answers on it from a thread, with jeepney, as a desktop would:
GetCapabilities, Notify (recording each call), CloseNotification, the ``Inhibited`` property, and it
sends ActionInvoked / NotificationClosed / PropertiesChanged / ActiveChanged when the test says so.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

jeepney = pytest.importorskip("jeepney")
from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402

NOTIF = "org.freedesktop.Notifications"
NOTIF_PATH = "/org/freedesktop/Notifications"
SAVER = "org.freedesktop.ScreenSaver"
SAVER_PATH = "/org/freedesktop/ScreenSaver"
LOGIN = "org.freedesktop.login1"
LOGIN_SESSION = "org.freedesktop.login1.Session"
SESSION_PATH = "/org/freedesktop/login1/session/_31"


@contextmanager
def private_bus() -> Iterator[str]:
    exe = shutil.which("dbus-daemon")
    if exe is None:
        pytest.skip("dbus-daemon is not installed (apt package dbus)")
    out = subprocess.run(
        [exe, "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout.split()
    address, pid = out[0], int(out[1])
    try:
        yield address
    finally:
        subprocess.run(["kill", str(pid)], check=False)


@dataclass
class FakeNotificationServer:
    address: str
    capabilities: list[str] = field(default_factory=lambda: ["actions", "body", "persistence"])
    inhibited: bool = False
    screensaver: bool = True
    logind: bool = False
    """Also answer as logind (the test passes this bus as the system bus)."""
    locked: bool = False
    notifications: list[dict[str, Any]] = field(default_factory=list)
    closed_ids: list[int] = field(default_factory=list)

    def start(self) -> FakeNotificationServer:
        self._conn = open_dbus_connection(bus=self.address)
        from jeepney.bus_messages import message_bus

        self._conn.send_and_get_reply(message_bus.RequestName(NOTIF))
        if self.screensaver:
            self._conn.send_and_get_reply(message_bus.RequestName(SAVER))
        if self.logind:
            self._conn.send_and_get_reply(message_bus.RequestName(LOGIN))
        self._ready = threading.Event()
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop = True
        self._emit(NOTIF_PATH, "org.example.Stop", "Stop", "", ())
        self._thread.join(5)
        self._conn.close()

    # -- what a desktop does ------------------------------------------------------------------
    def press(self, nid: int, key: str) -> None:
        self._emit(NOTIF_PATH, NOTIF, "ActionInvoked", "us", (nid, key))

    def dismiss(self, nid: int) -> None:
        self._emit(NOTIF_PATH, NOTIF, "NotificationClosed", "uu", (nid, 2))

    def send_garbled(self, member: str, signature: str, body: tuple[Any, ...]) -> None:
        """A notification signal with the wrong types, as a broken desktop might send."""
        self._emit(NOTIF_PATH, NOTIF, member, signature, body)

    def set_inhibited(self, on: bool) -> None:
        self.inhibited = on
        body = (NOTIF, {"Inhibited": ("b", on)}, [])
        self._emit(
            NOTIF_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged", "sa{sv}as", body
        )

    def set_locked(self, on: bool) -> None:
        """The fake lock signal: the screensaver's ActiveChanged, or logind's LockedHint."""
        self.locked = on
        if self.screensaver:
            self._emit(SAVER_PATH, SAVER, "ActiveChanged", "b", (on,))
        if self.logind:
            body = (LOGIN_SESSION, {"LockedHint": ("b", on)}, [])
            props = "org.freedesktop.DBus.Properties"
            self._emit(SESSION_PATH, props, "PropertiesChanged", "sa{sv}as", body)

    def _emit(self, path: str, iface: str, member: str, sig: str, body: tuple[Any, ...]) -> None:
        self._conn.send(new_signal(DBusAddress(path, interface=iface), member, sig, body))

    def _serve(self) -> None:
        while not self._stop:
            try:
                msg = self._conn.receive(timeout=0.2)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            iface = msg.header.fields.get(HeaderFields.interface)
            try:
                reply = self._answer(msg, iface, member)
            except Exception:
                reply = new_error(msg, "org.example.Failed")
            self._conn.send(reply)

    def _answer(self, msg: Any, iface: str, member: str) -> Any:
        body = msg.body
        if member == "GetCapabilities":
            return new_method_return(msg, "as", (self.capabilities,))
        if member == "Notify":
            nid = len(self.notifications) + 1
            app, _replaces, _icon, title, text, actions, hints, timeout = body
            self.notifications.append(
                {
                    "id": nid,
                    "title": title,
                    "body": text,
                    "actions": list(actions),
                    "hints": {k: v[1] for k, v in hints.items()},
                    "timeout": timeout,
                    "app": app,
                }
            )
            return new_method_return(msg, "u", (nid,))
        if member == "CloseNotification":
            self.closed_ids.append(body[0])
            return new_method_return(msg)
        if member == "Get" and iface == "org.freedesktop.DBus.Properties":
            if tuple(body) == (NOTIF, "Inhibited"):
                return new_method_return(msg, "v", (("b", self.inhibited),))
            if self.logind and tuple(body) == (LOGIN_SESSION, "LockedHint"):
                return new_method_return(msg, "v", (("b", self.locked),))
            return new_error(msg, "org.freedesktop.DBus.Error.UnknownProperty")
        if member == "GetSession" and self.logind and body[0] == "auto":
            return new_method_return(msg, "o", (SESSION_PATH,))
        if member == "GetActive" and self.screensaver:
            return new_method_return(msg, "b", (self.locked,))
        return new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod")
