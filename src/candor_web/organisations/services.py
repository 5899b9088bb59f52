"""Writes for organisations (tenants)."""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify

from candor_web.accounts.models import User
from candor_web.audit.models import AuditChainHead
from candor_web.audit.services import audit_record
from candor_web.errors import ServiceError
from candor_web.organisations.models import Organisation


@transaction.atomic
def organisation_create(*, name: str, slug: str = "", actor: User | None = None) -> Organisation:
    """Create an organisation and the head of its audit chain."""
    slug = slug or slugify(name)[:64]
    if not name.strip() or not slug:
        raise ServiceError("An organisation needs a name.", code="organisation_name", field="name")
    if Organisation.objects.filter(slug=slug).exists():
        raise ServiceError(
            f"An organisation with the short name {slug!r} exists already.",
            code="organisation_exists",
            field="slug",
        )
    organisation = Organisation.objects.create(name=name.strip(), slug=slug)
    AuditChainHead.objects.create(organisation=organisation)
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.organisation.created",
        obj=organisation,
        payload={"name": organisation.name, "slug": slug},
    )
    return organisation
