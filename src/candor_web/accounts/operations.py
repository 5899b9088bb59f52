"""Operator tasks behind ``candor web createuser`` (thin shells over the services)."""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify

from candor_web.accounts.models import User
from candor_web.accounts.services import user_create
from candor_web.organisations.models import Organisation
from candor_web.organisations.services import organisation_create


@transaction.atomic
def staff_create(
    *,
    organisation_name: str,
    username: str,
    password: str,
    role: str,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
) -> User:
    """Create a staff account, creating the organisation first if it is new."""
    slug = slugify(organisation_name)[:64]
    organisation = Organisation.objects.filter(slug=slug).first() or organisation_create(
        name=organisation_name, slug=slug
    )
    return user_create(
        organisation=organisation,
        username=username,
        password=password,
        role=role,
        email=email,
        first_name=first_name,
        last_name=last_name,
    )
