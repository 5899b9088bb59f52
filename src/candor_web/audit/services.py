"""Appending to the audit log. Call from inside the service's transaction."""

from __future__ import annotations

import json
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from candor_web.accounts.models import User
from candor_web.audit.chain import canonical_content, link_hash
from candor_web.audit.models import AuditChainHead, AuditEvent
from candor_web.organisations.models import Organisation


def audit_record(
    *,
    organisation: Organisation,
    actor: User | None,
    action: str,
    obj: models.Model | None = None,
    payload: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the organisation's chain.

    ``action`` is a stable dotted code (``candor.scorecard.submitted``). The
    caller's transaction makes the event and the change it records atomic:
    both are written, or neither.
    """
    if not action.startswith("candor.") or action.count(".") < 2:
        raise ValueError(f"audit action must be a dotted code like candor.x.y, got {action!r}")
    # Round-trip the payload so the stored JSON is exactly what is hashed.
    data = json.loads(json.dumps(payload or {}, allow_nan=False, default=str))
    with transaction.atomic():
        head = AuditChainHead.objects.select_for_update().filter(organisation=organisation).first()
        if head is None:
            head = AuditChainHead.objects.create(organisation=organisation)
        sequence = head.sequence + 1
        created_at = timezone.now()
        actor_id = actor.pk if actor is not None and actor.pk is not None else None
        actor_name = actor.username if actor is not None else ""
        object_type = obj._meta.label_lower if obj is not None else ""
        object_id = str(obj.pk) if obj is not None else ""
        content = canonical_content(
            organisation_id=organisation.pk,
            sequence=sequence,
            action=action,
            actor_id=actor_id,
            actor_name=actor_name,
            object_type=object_type,
            object_id=object_id,
            payload=data,
            created_at=created_at,
        )
        digest = link_hash(head.last_hash, content)
        event = AuditEvent.objects.create(
            organisation=organisation,
            sequence=sequence,
            action=action,
            actor_id=actor_id,
            actor_name=actor_name,
            object_type=object_type,
            object_id=object_id,
            payload=data,
            created_at=created_at,
            prev_hash=head.last_hash,
            hash=digest,
        )
        head.sequence = sequence
        head.last_hash = digest
        head.save(update_fields=["sequence", "last_hash"])
    return event
