"""A real SMTP server on 127.0.0.1 (aiosmtpd) that records what it accepts.

``stall_on`` makes the server hang in DATA for messages whose subject contains
that text, until ``release`` is set; ``refuse`` answers 550 to every message.
"""

from __future__ import annotations

import email
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Sink:
    port: int = 0
    messages: list[Message] = field(default_factory=list)
    refuse: bool = False
    stall_on: str = ""
    record_stalled: bool = False
    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.original_content or envelope.content)
        if self.refuse:
            return "550 5.7.1 Refused by the test"
        if (
            self.stall_on
            and self.stall_on in str(msg.get("Subject", ""))
            and not self.stalled.is_set()
        ):
            self.stalled.set()
            while not self.release.is_set():  # blocks this server; the test releases it
                time.sleep(0.05)
            if self.record_stalled:
                self.messages.append(msg)
            return "451 4.3.0 Stalled by the test"
        self.messages.append(msg)
        return "250 OK"

    def message_ids(self) -> list[str]:
        return [str(m.get("Message-ID", "")) for m in self.messages]


@pytest.fixture
def smtp_sink() -> Iterator[Sink]:
    sink = Sink()
    sink.port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port)
    controller.start()
    try:
        yield sink
    finally:
        sink.release.set()
        controller.stop()


def use_smtp(settings: Any, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
