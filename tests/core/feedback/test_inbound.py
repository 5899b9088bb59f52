"""Parsing inbound e-mail defensively."""

from pathlib import Path

import pytest

from candor.errors import InputError, Problem
from candor.feedback import InboundMessage, parse_message, read_mailbox
from candor.feedback.inbound import MAX_MESSAGE_BYTES

PLAIN = (
    b"From: Robert Kowalski <Rob.Kowalski@example.net>\r\n"
    b"To: careers@northfield.example\r\n"
    b"Subject: Re: Production Supervisor\r\n"
    b"Date: Fri, 27 Nov 2026 09:14:00 -0500\r\n"
    b"Message-ID: <abc@example.net>\r\n"
    b"\r\n"
    b"Hi, how did I interview? Did you have any concerns about me?\r\n"
)


def test_plain_message() -> None:
    msg = parse_message(PLAIN, source="a.eml")
    assert msg.from_address == "rob.kowalski@example.net"
    assert msg.from_name == "Robert Kowalski"
    assert msg.subject == "Re: Production Supervisor"
    assert msg.date is not None and msg.date.utcoffset() is not None
    assert "how did I interview?" in msg.text
    assert not msg.auto_submitted


def test_html_only_and_encoded_headers() -> None:
    data = (
        b"From: =?utf-8?q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.org>\r\n"
        b"Subject: =?utf-8?b?RmVlZGJhY2s/?=\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Could I have <b>feedback</b> &amp; advice?</p><script>x</script>"
    )
    msg = parse_message(data, source="h.eml")
    assert msg.from_name == "José García"
    assert msg.subject == "Feedback?"
    assert "Could I have feedback & advice?" in " ".join(msg.text.split())


def test_auto_reply_is_marked() -> None:
    msg = parse_message(
        PLAIN.replace(b"Subject:", b"Auto-Submitted: auto-replied\r\nSubject:"), source="o.eml"
    )
    assert msg.auto_submitted


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the message is empty"),
        (b"Subject: hi\r\n\r\nno sender", "no sender address in the From header"),
        (b"From: not an address\r\n\r\nbody", "no sender address"),
    ],
)
def test_unusable_messages(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_message(data, source="bad.eml")


def test_huge_message_refused_without_parsing() -> None:
    with pytest.raises(InputError, match="over the 5,000,000-byte limit"):
        parse_message(b"x" * (MAX_MESSAGE_BYTES + 1), source="big.eml")


def test_garbage_bytes_do_not_crash() -> None:
    data = b"From: a@b.example\r\nContent-Type: text/plain; charset=bogus-charset\r\n\r\n\xff\xfe\x00garbage"
    msg = parse_message(data, source="g.eml")
    assert msg.from_address == "a@b.example"


def test_maildir_yields_messages_and_problems(tmp_path: Path) -> None:
    (tmp_path / "new").mkdir()
    (tmp_path / "cur").mkdir()
    (tmp_path / "new" / "1.host").write_bytes(PLAIN)
    (tmp_path / "cur" / "2.host").write_bytes(b"Subject: none\r\n\r\nbody")
    out = list(read_mailbox(tmp_path))  # sorted by path: cur/ before new/
    assert [type(x) for x in out] == [Problem, InboundMessage]
    assert isinstance(out[0], Problem) and out[0].source.endswith("2.host")


def test_folder_of_eml_files_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(PLAIN)
    (tmp_path / "notes.txt").write_text("ignored")
    assert [m.subject for m in read_mailbox(tmp_path) if isinstance(m, InboundMessage)] == [
        "Re: Production Supervisor"
    ]
    (problem,) = list(read_mailbox(tmp_path / "missing"))
    assert isinstance(problem, Problem) and problem.message == "no such file or folder"
