"""Parsing inbound e-mail (.eml files or a Maildir) into plain message records.

Candidates often answer the outcome e-mail with "how did I do?". The web app's
``ingest-mail`` command matches each message's sender to a candidate; this
module only parses, defensively: a malformed or oversized message becomes a
:class:`~candor.errors.Problem` naming the file, never a crash.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from candor.errors import InputError, Problem

__all__ = ["MAX_MESSAGE_BYTES", "InboundMessage", "parse_message", "read_mailbox"]

#: Messages larger than this are refused (attachments are not feedback requests).
MAX_MESSAGE_BYTES = 5_000_000
#: Text kept from a body; the rest is cut with a note.
MAX_TEXT_CHARS = 20_000

_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACE = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True, slots=True)
class InboundMessage:
    source: str
    message_id: str
    from_name: str
    from_address: str
    reply_to: str
    subject: str
    date: dt.datetime | None
    text: str
    auto_submitted: bool
    """True for out-of-office and other automatic replies (RFC 3834), which are not requests."""


def _body_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        content = html.unescape(_TAG.sub(" ", content))
    lines = [_SPACE.sub(" ", line).strip() for line in content.splitlines()]
    text = "\n".join(lines).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS] + "\n[… message cut at 20,000 characters]"
    return text


def parse_message(data: bytes, *, source: str) -> InboundMessage:
    """Parse one RFC 5322 message; raise :class:`InputError` naming ``source`` if unusable."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise InputError(
            Problem(
                f"message is {len(data):,} bytes, over the {MAX_MESSAGE_BYTES:,}-byte limit",
                source=source,
            )
        )
    if not data.strip():
        raise InputError(Problem("the message is empty", source=source))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(msg, EmailMessage):  # pragma: no cover - policy.default always gives one
        raise InputError(Problem("not an e-mail message", source=source))
    try:
        from_header = str(msg.get("From", ""))
        reply_header = str(msg.get("Reply-To", ""))
        subject = str(msg.get("Subject", "")).strip()
    except (ValueError, IndexError, TypeError) as exc:
        raise InputError(Problem(f"malformed header: {exc}", source=source)) from None
    addresses = [(n, a) for n, a in getaddresses([from_header]) if "@" in a]
    if not addresses:
        raise InputError(
            Problem("no sender address in the From header", source=source, field="From")
        )
    name, address = addresses[0]
    replies = [a for _, a in getaddresses([reply_header]) if "@" in a]
    date = None
    raw_date = msg.get("Date")
    if raw_date:
        try:
            date = parsedate_to_datetime(str(raw_date))
        except (TypeError, ValueError, IndexError):
            date = None
    auto = str(msg.get("Auto-Submitted", "no")).strip().lower() not in ("", "no") or bool(
        msg.get("X-Autoreply") or msg.get("X-Autorespond")
    )
    return InboundMessage(
        source=source,
        message_id=str(msg.get("Message-ID", "")).strip(),
        from_name=name.strip(),
        from_address=address.strip().lower(),
        reply_to=replies[0].strip().lower() if replies else "",
        subject=subject[:300],
        date=date,
        text=_body_text(msg),
        auto_submitted=auto,
    )


def read_mailbox(path: str | Path) -> Iterator[InboundMessage | Problem]:
    """Yield each message under ``path``: one .eml file, a folder of .eml files, or a
    Maildir (``cur/`` and ``new/``). Unusable messages are yielded as problems so
    that one bad file never stops the rest."""
    root = Path(path)
    if root.is_file():
        files = [root]
    elif root.is_dir():
        if (root / "cur").is_dir() or (root / "new").is_dir():
            files = sorted(
                f
                for sub in ("new", "cur")
                if (root / sub).is_dir()
                for f in (root / sub).iterdir()
                if f.is_file()
            )
        else:
            files = sorted(f for f in root.iterdir() if f.is_file() and f.suffix.lower() == ".eml")
    else:
        yield Problem("no such file or folder", source=str(root))
        return
    for file in files:
        try:
            if file.stat().st_size > MAX_MESSAGE_BYTES:
                yield Problem(
                    f"message is {file.stat().st_size:,} bytes, over the {MAX_MESSAGE_BYTES:,}-byte limit",
                    source=str(file),
                )
                continue
            data = file.read_bytes()
        except OSError as exc:
            yield Problem(f"cannot read the file: {exc.strerror}", source=str(file))
            continue
        try:
            yield parse_message(data, source=str(file))
        except InputError as exc:
            yield from exc.problems
