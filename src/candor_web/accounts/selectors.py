"""Reads for staff accounts."""

from __future__ import annotations

from django.db.models import QuerySet

from candor_web.accounts.models import Role, User
from candor_web.accounts.permissions import Perm, require
from candor_web.organisations.models import Organisation


def user_list(*, user: User) -> QuerySet[User]:
    organisation = require(user, Perm.MANAGE_PEOPLE)
    return User.objects.filter(organisation=organisation).order_by("role", "username")


def interviewer_choices(*, organisation: Organisation) -> QuerySet[User]:
    """Active interviewers of the organisation, who may sit on a panel."""
    return User.objects.filter(
        organisation=organisation, role=Role.INTERVIEWER, is_active=True
    ).order_by("last_name", "first_name", "username")
