"""Who may do what: the one place where roles become permissions.

Role-level checks live here; object-level checks (is this interviewer on this
panel, has she submitted her own scorecard) live in the selectors that fetch
the object, and all of them call :func:`require`. Each condition is on its own
line so that tests can cover every case (the Zulip ``access_*`` style).
"""

from __future__ import annotations

from enum import StrEnum

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from candor_web.accounts.models import Role, User
from candor_web.organisations.models import Organisation


class Perm(StrEnum):
    MANAGE_PEOPLE = "manage_people"
    """Create staff accounts in one's organisation."""
    MANAGE_HIRING = "manage_hiring"
    """Positions, plans, candidates, panels, closing a round."""
    VIEW_HIRING = "view_hiring"
    """Every position, candidate, scorecard and decision of the organisation."""
    DECIDE = "decide"
    """Record a decision."""
    RATE = "rate"
    """Fill in scorecards for applications on one's panel."""
    VIEW_AUDIT = "view_audit"
    """Read and verify the audit log."""
    HANDLE_FEEDBACK = "handle_feedback"
    """Feedback requests: record, read letters, edit, approve, decline; the outbox."""


ROLE_PERMS: dict[str, frozenset[Perm]] = {
    Role.ADMIN: frozenset(
        {
            Perm.MANAGE_PEOPLE,
            Perm.MANAGE_HIRING,
            Perm.VIEW_HIRING,
            Perm.DECIDE,
            Perm.VIEW_AUDIT,
            Perm.HANDLE_FEEDBACK,
        }
    ),
    Role.RECRUITER: frozenset(
        {Perm.MANAGE_HIRING, Perm.VIEW_HIRING, Perm.DECIDE, Perm.HANDLE_FEEDBACK}
    ),
    Role.INTERVIEWER: frozenset({Perm.RATE}),
    Role.ANALYST: frozenset({Perm.VIEW_HIRING, Perm.VIEW_AUDIT}),
}


def has_perm(user: User, perm: Perm) -> bool:
    if not user.is_authenticated:
        return False
    if user.organisation_id is None:
        return False
    if not user.is_active:
        return False
    return perm in ROLE_PERMS.get(user.role, frozenset())


def require(user: User, perm: Perm) -> Organisation:
    """Return the user's organisation, or raise ``PermissionDenied``."""
    if not has_perm(user, perm):
        raise PermissionDenied
    organisation = user.organisation
    assert organisation is not None
    return organisation


def organisation_of(user: User) -> Organisation:
    """The user's organisation; platform operators without one are refused."""
    if not user.is_authenticated or user.organisation is None:
        raise PermissionDenied
    return user.organisation


def user_of(request: HttpRequest) -> User:
    """The signed-in user of a request (LoginRequiredMiddleware guarantees one)."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user
