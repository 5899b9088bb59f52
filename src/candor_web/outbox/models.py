"""The transactional outbox: every outgoing e-mail is a row written with the change it follows.

A service that decides to send something writes an :class:`OutboxMessage` in
its own transaction, so the message exists exactly when the change does. The
worker (``candor web worker``) delivers it; see ``candor_web.outbox.worker``.
"""

from __future__ import annotations

from django.db import models

from candor_web.organisations.models import Organisation


class Status(models.TextChoices):
    PENDING = "pending", "Waiting to be sent"
    SENDING = "sending", "Being sent"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled (the letter was changed or withdrawn)"


class OutboxMessage(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    idempotency_key = models.CharField(
        max_length=200, help_text="Stable per message; the Message-ID is derived from it"
    )
    kind = models.CharField(max_length=60, help_text="What the message is (feedback.letter, ...)")
    ref_type = models.CharField(max_length=50, blank=True)
    ref_id = models.CharField(max_length=64, blank=True)
    to = models.CharField(max_length=320)
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    message_id = models.CharField(max_length=250)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField(default=8)
    next_attempt_at = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "idempotency_key"], name="outbox_org_idempotency_key"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def __str__(self) -> str:
        return f"{self.kind} to {self.to} ({self.status})"
