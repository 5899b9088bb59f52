"""The outbox worker: claim due messages, send them over SMTP, record the result.

Delivery is *at least once* towards the SMTP server and exactly once in the
database:

1. **Claim** (one short transaction): due rows (``pending`` whose
   ``next_attempt_at`` has come, or ``sending`` whose lease ran out because a
   worker died) become ``sending`` with ``locked_until = now + lease`` and
   ``attempts + 1``. On PostgreSQL the candidates are read with
   ``SELECT ... FOR UPDATE SKIP LOCKED`` so that many workers share the queue
   without waiting on each other; on both databases the claim itself is a
   conditional ``UPDATE ... WHERE status = <what we read> AND attempts = <what we
   read>``, so two workers can never both claim one row.
2. **Send** outside any transaction, with the Message-ID derived from the
   idempotency key (the same on every attempt).
3. **Record** (one transaction): ``sent`` plus the audit event plus the follow-up
   state change (a feedback letter becomes *sent*), or, on error, back to
   ``pending`` with exponential backoff, ``failed`` after ``max_attempts``.

A worker killed during 1 or 3 loses nothing (the transaction rolls back; the
lease runs out; another run picks the row up). Killed during 2 before the
server accepted the message, nothing was delivered and the retry delivers it
once. Killed after the server accepted but before 3 committed, the retry
delivers it again *with the same Message-ID*: SMTP offers no way to ask a server
whether it already has a message, so that narrow window can only be closed by
the receiving side de-duplicating on Message-ID. docs/feedback.md says so, and
tests/web/outbox/ test each case.
"""

from __future__ import annotations

import logging
import signal
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from candor_web.audit.services import audit_record
from candor_web.outbox.models import OutboxMessage, Status

log = logging.getLogger("candor.worker")

#: Seconds a claimed message stays reserved for the worker that claimed it.
DEFAULT_LEASE = 120
#: First retry after this many seconds, doubling each attempt, capped at BACKOFF_CAP.
BACKOFF_BASE = 30
BACKOFF_CAP = 3600


def backoff(attempts: int) -> timedelta:
    """Delay before the next attempt after ``attempts`` failed ones: 30 s, 60 s, 120 s ... 1 h."""
    return timedelta(seconds=min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP))


@dataclass
class BatchReport:
    claimed: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _due(now: Any) -> Q:
    return Q(status=Status.PENDING, next_attempt_at__lte=now) | Q(
        status=Status.SENDING, locked_until__lt=now
    )


def outbox_claim(*, limit: int = 20, lease: int = DEFAULT_LEASE) -> list[OutboxMessage]:
    """Reserve up to ``limit`` due messages for this worker (see the module docstring)."""
    now = timezone.now()
    claimed: list[int] = []
    with transaction.atomic():
        query = OutboxMessage.objects.filter(_due(now)).order_by("next_attempt_at", "pk")
        if db_connection.features.has_select_for_update_skip_locked:
            query = query.select_for_update(skip_locked=True)
        for pk, status, attempts in query.values_list("pk", "status", "attempts")[:limit]:
            won = (
                OutboxMessage.objects.filter(pk=pk, status=status, attempts=attempts)
                .filter(_due(now))
                .update(
                    status=Status.SENDING,
                    locked_until=now + timedelta(seconds=lease),
                    attempts=attempts + 1,
                )
            )
            if won:
                claimed.append(pk)
    return list(OutboxMessage.objects.filter(pk__in=claimed).order_by("pk"))


def _email(message: OutboxMessage, connection: Any) -> EmailMultiAlternatives:
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        headers={"Message-ID": message.message_id, "Auto-Submitted": "auto-generated"},
        connection=connection,
    )
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    return email


def outbox_deliver(message: OutboxMessage, *, connection: Any = None) -> str:
    """Send one claimed message and record the outcome: ``sent``, ``retrying`` or ``failed``."""
    if message.attempts > message.max_attempts:
        return _record_failure(message, "gave up: too many attempts (the worker kept dying?)")
    try:
        _email(message, connection).send(fail_silently=False)
    except Exception as exc:
        return _record_failure(message, f"{type(exc).__name__}: {exc}")
    _record_sent(message)
    return "sent"


@transaction.atomic
def _record_sent(message: OutboxMessage) -> None:
    now = timezone.now()
    updated = OutboxMessage.objects.filter(
        pk=message.pk, status=Status.SENDING, attempts=message.attempts
    ).update(status=Status.SENT, sent_at=now, locked_until=None, last_error="")
    if not updated:
        # Another worker took the row over after our lease ran out, and may have sent it too.
        log.warning("outbox message %s was sent after its lease ran out", message.pk)
        return
    audit_record(
        organisation=message.organisation,
        actor=None,
        action="candor.outbox.sent",
        obj=message,
        payload={
            "kind": message.kind,
            "to": message.to,
            "message_id": message.message_id,
            "attempts": message.attempts,
            "ref": [message.ref_type, message.ref_id],
        },
    )
    _after_sent(message)


def _after_sent(message: OutboxMessage) -> None:
    """The explicit next step of a delivered message (no signals)."""
    if message.kind == "feedback.letter" and message.ref_id:
        from candor_web.feedback.services import feedback_mark_sent

        feedback_mark_sent(request_id=int(message.ref_id), message=message)


@transaction.atomic
def _record_failure(message: OutboxMessage, error: str) -> str:
    now = timezone.now()
    final = message.attempts >= message.max_attempts
    fields: dict[str, Any] = {"last_error": error[:2000], "locked_until": None}
    if final:
        fields["status"] = Status.FAILED
    else:
        fields["status"] = Status.PENDING
        fields["next_attempt_at"] = now + backoff(message.attempts)
    updated = OutboxMessage.objects.filter(
        pk=message.pk, status=Status.SENDING, attempts=message.attempts
    ).update(**fields)
    if updated and final:
        audit_record(
            organisation=message.organisation,
            actor=None,
            action="candor.outbox.failed",
            obj=message,
            payload={"kind": message.kind, "to": message.to, "error": error[:500]},
        )
    log.warning("outbox message %s: %s", message.pk, error)
    return "failed" if final else "retrying"


def outbox_run_batch(
    *, limit: int = 20, lease: int = DEFAULT_LEASE, connection: Any = None
) -> BatchReport:
    """Claim and deliver one batch of due messages."""
    report = BatchReport()
    for message in outbox_claim(limit=limit, lease=lease):
        report.claimed += 1
        outcome = outbox_deliver(message, connection=connection)
        if outcome == "sent":
            report.sent += 1
        elif outcome == "retrying":
            report.retrying += 1
        else:
            report.failed += 1
    return report


def housekeeping() -> dict[str, int]:
    """Expire unverified requests and queue reminders (each run of the worker loop)."""
    from candor_web.feedback.ratelimit import rate_prune
    from candor_web.feedback.services import feedback_expire_unverified, feedback_queue_reminders

    rate_prune()
    return {
        "expired": feedback_expire_unverified(),
        "reminders": feedback_queue_reminders(),
    }


def run_worker(
    *,
    once: bool = False,
    batch: bool = False,
    interval: float = 5.0,
    limit: int = 20,
    lease: int = DEFAULT_LEASE,
    out: Any = None,
) -> int:
    """The ``candor web worker`` loop.

    ``once``: one housekeeping pass and one batch, then return. ``batch``: send
    until nothing is due, then return. Otherwise: run until SIGTERM/SIGINT,
    polling every ``interval`` seconds when idle.
    """
    stop = {"now": False}

    def _stop(signum: int, frame: Any) -> None:
        stop["now"] = True

    if not (once or batch):
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    total = BatchReport()
    while True:
        done = housekeeping()
        report = outbox_run_batch(limit=limit, lease=lease)
        for name in ("claimed", "sent", "retrying", "failed"):
            setattr(total, name, getattr(total, name) + getattr(report, name))
        if out is not None and (report.claimed or any(done.values())):
            out(
                f"sent {report.sent}, retrying {report.retrying}, failed {report.failed}; "
                f"expired {done['expired']} request(s), queued {done['reminders']} reminder(s)"
            )
        if once or stop["now"]:
            break
        if batch and report.claimed == 0:
            break
        if report.claimed == 0:
            slept = 0.0
            while slept < interval and not stop["now"]:
                time.sleep(0.2)
                slept += 0.2
            if stop["now"]:
                break
    return 0 if total.failed == 0 else 1
