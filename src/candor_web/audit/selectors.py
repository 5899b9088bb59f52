"""Reading and verifying the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.chain import canonical_content, link_hash
from candor_web.audit.models import GENESIS, AuditChainHead, AuditEvent
from candor_web.organisations.models import Organisation


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of verifying one organisation's chain."""

    organisation_id: int
    organisation: str
    events: int
    ok: bool
    broken_at: int | None = None
    """Sequence number of the first event that does not verify."""
    problem: str = ""


def audit_event_list(*, user: User, limit: int = 200) -> QuerySet[AuditEvent]:
    organisation = require(user, Perm.VIEW_AUDIT)
    return AuditEvent.objects.filter(organisation=organisation).order_by("-sequence")[:limit]


def audit_chain_verify(*, organisation: Organisation) -> ChainReport:
    """Recompute every link of the organisation's chain; report the first broken one."""
    prev = GENESIS
    expected = 1
    count = 0
    events = (
        AuditEvent.objects.filter(organisation=organisation).order_by("sequence").iterator(2000)
    )
    for event in events:
        count += 1

        def broken(problem: str, event: AuditEvent = event, count: int = count) -> ChainReport:
            return ChainReport(
                organisation.pk, organisation.name, count, False, event.sequence, problem
            )

        if event.sequence != expected:
            return broken(f"expected event #{expected}, found #{event.sequence} (a gap)")
        if event.prev_hash != prev:
            return broken("its previous-hash does not match the event before it")
        content = canonical_content(
            organisation_id=event.organisation_id,
            sequence=event.sequence,
            action=event.action,
            actor_id=event.actor_id,
            actor_name=event.actor_name,
            object_type=event.object_type,
            object_id=event.object_id,
            payload=event.payload,
            created_at=event.created_at,
        )
        if link_hash(prev, content) != event.hash:
            return broken("its content does not match its hash (the event was altered)")
        prev = event.hash
        expected += 1
    head = AuditChainHead.objects.filter(organisation=organisation).first()
    if head is not None and (head.sequence != count or head.last_hash != prev):
        return ChainReport(
            organisation.pk,
            organisation.name,
            count,
            False,
            count + 1 if head.sequence > count else count,
            f"the chain head records {head.sequence} events but {count} were found "
            "(events were deleted)",
        )
    return ChainReport(organisation.pk, organisation.name, count, True)


def audit_chain_verify_all() -> list[ChainReport]:
    """Verify every organisation's chain (used by ``candor web audit verify``)."""
    return [audit_chain_verify(organisation=o) for o in Organisation.objects.order_by("pk")]


def audit_chain_verify_for(*, user: User) -> ChainReport:
    organisation = require(user, Perm.VIEW_AUDIT)
    return audit_chain_verify(organisation=organisation)
