"""Reads of the outbox for staff."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.outbox.models import OutboxMessage, Status


def outbox_list(*, user: User, limit: int = 200) -> QuerySet[OutboxMessage]:
    """Messages not yet sent (waiting, being sent, failed), oldest first, then the last sent."""
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    return OutboxMessage.objects.filter(organisation=organisation).order_by("-created_at", "-pk")[
        :limit
    ]


def outbox_failed_count(*, user: User) -> int:
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    return OutboxMessage.objects.filter(organisation=organisation, status=Status.FAILED).count()


def outbox_get(*, user: User, pk: int) -> OutboxMessage:
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    message = OutboxMessage.objects.filter(organisation=organisation, pk=pk).first()
    if message is None:
        raise Http404
    return message
