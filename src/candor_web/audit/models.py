"""The append-only, hash-chained audit log (one chain per organisation)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from candor_web.organisations.models import Organisation

#: ``prev_hash`` of the first event of every chain.
GENESIS = "0" * 64


class AuditChainHead(models.Model):
    """The last link of one organisation's chain.

    Appending locks this row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's
    IMMEDIATE transactions serialise writers), so two concurrent appends can
    never take the same sequence number or previous hash.
    """

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="audit_head"
    )
    sequence = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS)

    def __str__(self) -> str:
        return f"{self.organisation_id}#{self.sequence}"


class AuditEvent(models.Model):
    """One event: who did what to which object, when; never updated or deleted.

    ``hash`` is sha256 over ``prev_hash`` and the canonical JSON of the event's
    own content (see ``candor_web.audit.chain``).
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="audit_events"
    )
    sequence = models.PositiveBigIntegerField()
    action = models.CharField(max_length=100)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_name = models.CharField(max_length=150, blank=True)
    object_type = models.CharField(max_length=50, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["organisation_id", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "sequence"], name="audit_event_org_sequence"
            )
        ]
        indexes = [
            models.Index(
                fields=["organisation", "object_type", "object_id"], name="audit_event_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.action} #{self.sequence}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Append-only: an existing event is never rewritten.
        if self.pk is not None:
            raise RuntimeError("audit events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("audit events are append-only")
