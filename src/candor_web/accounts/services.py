"""Writes for staff accounts."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from candor_web.accounts.models import Role, User
from candor_web.audit.services import audit_record
from candor_web.errors import FieldProblem, ServiceError
from candor_web.organisations.models import Organisation


@transaction.atomic
def user_create(
    *,
    organisation: Organisation,
    username: str,
    password: str,
    role: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    job_title: str = "",
    actor: User | None = None,
    validate: bool = True,
) -> User:
    """Create a staff account in ``organisation`` with one role (Argon2 password hash).

    ``validate=False`` skips Django's password validators (the demo's shared
    password only).
    """
    if role not in Role.values:
        raise ServiceError(f"Unknown role {role!r}.", code="user_role", field="role")
    if actor is not None and actor.organisation_id != organisation.pk:
        raise ServiceError("You can only add people to your own organisation.", code="user_org")
    if User.objects.filter(username__iexact=username).exists():
        raise ServiceError(
            "That username is taken; choose another.", code="user_exists", field="username"
        )
    user = User(
        organisation=organisation,
        username=username,
        role=role,
        first_name=first_name,
        last_name=last_name,
        email=email,
        job_title=job_title,
    )
    if validate:
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise ServiceError(
                " ".join(exc.messages),
                code="user_password",
                field="password",
                problems=[FieldProblem(m, "password") for m in exc.messages],
            ) from None
    user.set_password(password)
    user.save()
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.user.created",
        obj=user,
        payload={"username": user.username, "role": role},
    )
    return user
