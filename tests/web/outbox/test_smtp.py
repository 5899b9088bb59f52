"""The outbox worker against a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from candor_web.audit.models import AuditEvent
from candor_web.outbox import worker
from candor_web.outbox.models import OutboxMessage, Status
from candor_web.outbox.services import outbox_enqueue
from candor_web.outbox.worker import backoff, outbox_run_batch
from tests.web.factories import World
from tests.web.smtp_sink import Sink, free_port, smtp_sink, use_smtp

__all__ = ["smtp_sink"]


def enqueue(world: World, n: int = 1) -> list[OutboxMessage]:
    return [
        outbox_enqueue(
            organisation=world.a.organisation,
            key=f"test:{i}",
            kind="test",
            to=f"person{i}@example.net",
            subject=f"Message {i}",
            body_text=f"Hello {i}",
            body_html=f"<p>Hello {i}</p>",
        )
        for i in range(n)
    ]


def test_messages_are_delivered_over_smtp_with_a_stable_message_id(
    world: World, smtp_sink: Sink, settings: Any
) -> None:
    use_smtp(settings, smtp_sink.port)
    queued = enqueue(world, 3)
    assert enqueue(world, 3)[0].pk == queued[0].pk  # the idempotency key de-duplicates
    report = outbox_run_batch()
    assert (report.sent, report.failed) == (3, 0)
    assert sorted(smtp_sink.message_ids()) == sorted(m.message_id for m in queued)
    assert smtp_sink.messages[0].is_multipart()  # text and HTML
    assert OutboxMessage.objects.filter(status=Status.SENT).count() == 3
    assert AuditEvent.objects.filter(action="candor.outbox.sent").count() == 3
    assert outbox_run_batch().claimed == 0


def test_a_refusing_server_is_retried_with_backoff_then_failed_and_shown(
    world: World, smtp_sink: Sink, settings: Any
) -> None:
    use_smtp(settings, smtp_sink.port)
    smtp_sink.refuse = True
    (message,) = enqueue(world)
    message.max_attempts = 2
    message.save()
    before = timezone.now()
    assert outbox_run_batch().retrying == 1
    message.refresh_from_db()
    assert message.status == Status.PENDING and "550" in message.last_error
    assert message.next_attempt_at >= before + backoff(1) - timedelta(seconds=1)
    assert outbox_run_batch().claimed == 0  # not due yet
    OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    assert outbox_run_batch().failed == 1
    message.refresh_from_db()
    assert message.status == Status.FAILED
    assert AuditEvent.objects.filter(action="candor.outbox.failed").count() == 1
    staff = Client()
    staff.force_login(world.a["recruiter"])
    assert b"1 failed" in staff.get(reverse("feedback_requests")).content
    page = staff.get(reverse("outbox")).content
    assert b"Refused by the test" in page and b"Retry" in page
    staff.post(reverse("outbox_retry", args=[message.pk]))
    smtp_sink.refuse = False
    assert outbox_run_batch().sent == 1
    assert len(smtp_sink.messages) == 1


def test_a_server_that_is_down_loses_nothing(world: World, settings: Any) -> None:
    use_smtp(settings, free_port())  # nothing listens there
    (message,) = enqueue(world)
    assert outbox_run_batch().retrying == 1
    message.refresh_from_db()
    assert message.status == Status.PENDING and message.attempts == 1
    assert "Connection refused" in message.last_error or "Errno" in message.last_error


def test_crash_after_acceptance_resends_with_the_same_message_id(
    world: World, smtp_sink: Sink, settings: Any, monkeypatch: Any
) -> None:
    """The one window SMTP cannot close: the server accepted, the worker died before its
    commit. The retry sends the same Message-ID, so the recipient sees one message."""
    use_smtp(settings, smtp_sink.port)
    (message,) = enqueue(world)

    def die(_: OutboxMessage) -> None:
        raise KeyboardInterrupt  # the process is killed between send and commit

    monkeypatch.setattr(worker, "_record_sent", die)
    with pytest.raises(KeyboardInterrupt):
        outbox_run_batch(lease=60)
    monkeypatch.undo()
    message.refresh_from_db()
    assert message.status == Status.SENDING  # leased, not lost
    assert outbox_run_batch().claimed == 0  # the lease holds
    OutboxMessage.objects.filter(pk=message.pk).update(
        locked_until=timezone.now() - timedelta(seconds=1)
    )
    assert outbox_run_batch().sent == 1
    assert smtp_sink.message_ids() == [message.message_id, message.message_id]
    assert len(set(smtp_sink.message_ids())) == 1
    assert AuditEvent.objects.filter(action="candor.outbox.sent").count() == 1
