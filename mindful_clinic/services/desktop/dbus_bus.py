"""A small D-Bus session-bus client on the Qt event loop (Linux), for notifications and presence.

Qt's own QtDBus cannot be used from Python for these interfaces: PySide6 sends every Python int as a
signed ``i``, and the notification server's ``Notify`` takes an unsigned ``u`` (``replaces_id``), so
real servers refuse the call. ``jeepney`` (pure Python) writes exact signatures; this module gives it
Qt's event loop: a ``QSocketNotifier`` on the bus socket hands incoming signals to the handlers
subscribed with ``subscribe``. Calls are short blocking round-trips with a timeout (the bus is local).
Nothing here touches the network: the session bus is a local socket.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

CALL_TIMEOUT_S = 1.0
Handler = Callable[[tuple[Any, ...]], None]


class BusError(Exception):
    """The bus or the service is not there, or the call failed; the message says which."""


class SessionBus(QObject):
    """A connection to the session bus (or, with ``address="SYSTEM"``, the system bus)."""

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            from jeepney.io.blocking import open_dbus_connection
        except ImportError as exc:  # not installed (only a Linux dependency)
            raise BusError("D-Bus support (jeepney) is not installed") from exc
        if address is None and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            raise BusError("no session bus")
        try:
            self._conn = open_dbus_connection(bus=address or "SESSION")
        except (OSError, KeyError, ValueError) as exc:
            raise BusError(f"cannot reach the session bus ({exc})") from exc
        from jeepney import MatchRule

        self._queue: deque[Any] = deque(maxlen=256)
        # signals arriving while a call waits for its reply are kept here, not lost
        self._filter = self._conn.filter(MatchRule(type="signal"), queue=self._queue)
        self._handlers: list[tuple[Any, Handler]] = []
        self._closed = False
        self._notifier = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        if self._closed:
            raise BusError("the session bus connection is closed")
        from jeepney import DBusAddress, MessageType, new_method_call

        msg = new_method_call(DBusAddress(path, service, interface), member, signature, body)
        try:
            reply = self._conn.send_and_get_reply(msg, timeout=CALL_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            raise BusError(f"{service} did not answer") from exc
        QTimer.singleShot(0, self._drain)  # signals that came in while waiting
        if reply.header.message_type == MessageType.error:
            name = reply.header.fields.get(4, "error")  # HeaderFields.error_name
            raise BusError(f"{service}.{member}: {name}")
        return tuple(reply.body)

    def get_property(self, service: str, path: str, interface: str, name: str) -> Any:
        body = self.call(
            service, path, "org.freedesktop.DBus.Properties", "Get", "ss", (interface, name)
        )
        value = body[0]
        return value[1] if isinstance(value, tuple) and len(value) == 2 else value

    def has_owner(self, service: str) -> bool:
        try:
            body = self.call(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "NameHasOwner",
                "s",
                (service,),
            )
        except BusError:
            return False
        return bool(body[0])

    def subscribe(
        self, interface: str, member: str, handler: Handler, path: str | None = None
    ) -> None:
        """Call ``handler(body)`` for each signal ``interface.member`` (optionally only on ``path``)."""
        from jeepney import MatchRule

        rule = MatchRule(type="signal", interface=interface, member=member, path=path)
        self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "AddMatch",
            "s",
            (rule.serialise(),),
        )
        self._handlers.append((rule, handler))

    def _drain(self, *_args: object) -> None:
        if self._closed:
            return
        while True:
            try:
                msg = self._conn.receive(timeout=0)
            except TimeoutError:
                break
            except (OSError, ValueError):  # the bus went away
                self._notifier.setEnabled(False)
                break
            self._queue.append(msg)
        while self._queue:
            msg = self._queue.popleft()
            for rule, handler in list(self._handlers):
                if rule.matches(msg):
                    handler(tuple(msg.body))

    def close(self) -> None:
        self._closed = True
        self._notifier.setEnabled(False)
        self._conn.close()
