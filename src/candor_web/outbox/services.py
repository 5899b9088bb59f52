"""Writing to the outbox (inside the caller's transaction) and retrying failed messages."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.errors import ServiceError
from candor_web.organisations.models import Organisation
from candor_web.outbox.models import OutboxMessage, Status


def message_id_for(*, organisation: Organisation, key: str) -> str:
    """The RFC 5322 Message-ID of a message: the same for every attempt to send it.

    A receiving system that sees the same Message-ID twice (after a worker was
    killed between the server's acceptance and the database commit) can tell
    it is one message; see docs/feedback.md.
    """
    digest = hashlib.sha256(f"{organisation.pk}:{key}".encode()).hexdigest()[:32]
    sender = str(settings.DEFAULT_FROM_EMAIL)
    domain = sender.rsplit("@", 1)[-1].strip(" >") or "candor.invalid"
    return f"<{digest}.candor@{domain}>"


def outbox_enqueue(
    *,
    organisation: Organisation,
    key: str,
    kind: str,
    to: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    ref: models.Model | None = None,
) -> OutboxMessage:
    """Add one message to the outbox, or return the one already there under ``key``.

    Call inside the transaction of the change the message follows: both are
    committed, or neither.
    """
    existing = OutboxMessage.objects.filter(organisation=organisation, idempotency_key=key).first()
    if existing is not None:
        return existing
    return OutboxMessage.objects.create(
        organisation=organisation,
        idempotency_key=key,
        kind=kind,
        ref_type=ref._meta.label_lower if ref is not None else "",
        ref_id=str(ref.pk) if ref is not None else "",
        to=to,
        subject=subject[:300],
        body_text=body_text,
        body_html=body_html,
        message_id=message_id_for(organisation=organisation, key=key),
        next_attempt_at=timezone.now(),
    )


@transaction.atomic
def outbox_retry(*, actor: User, message: OutboxMessage) -> OutboxMessage:
    """Put a failed message back in the queue (a person decided to try again)."""
    organisation = require(actor, Perm.HANDLE_FEEDBACK)
    message = OutboxMessage.objects.select_for_update().get(
        pk=message.pk, organisation=organisation
    )
    if message.status != Status.FAILED:
        raise ServiceError("Only a failed message can be retried.", code="not_failed")
    message.status = Status.PENDING
    message.attempts = 0
    message.next_attempt_at = timezone.now()
    message.save(update_fields=["status", "attempts", "next_attempt_at"])
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.outbox.retried",
        obj=message,
        payload={"kind": message.kind, "key": message.idempotency_key},
    )
    return message
