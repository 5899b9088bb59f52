"""Reads for scorecards, including the rule that keeps colleagues' ratings hidden.

An interviewer sees other panel members' scorecards only once her own is
submitted; staff who view hiring (recruiters, administrators, analysts) see
them all. The decision is made here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch

from candor.plans import Plan
from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, has_perm
from candor_web.hiring.models import Application
from candor_web.hiring.selectors import is_on_panel
from candor_web.scorecards.core_io import screen
from candor_web.scorecards.models import Scorecard, ScorecardRating, ScorecardRevision


class HiddenUntilSubmitted(PermissionDenied):
    """The user is on the panel but has not submitted her own scorecard."""


def scorecard_own(*, user: User, application: Application) -> Scorecard | None:
    return (
        Scorecard.objects.filter(
            organisation_id=application.organisation_id, application=application, interviewer=user
        )
        .select_related("current_revision", "plan_version")
        .prefetch_related("current_revision__ratings")
        .first()
    )


def can_see_all_scorecards(*, user: User, application: Application) -> bool:
    if has_perm(user, Perm.VIEW_HIRING):
        return True
    if not has_perm(user, Perm.RATE):
        return False
    if not is_on_panel(user=user, application=application):
        return False
    return Scorecard.objects.filter(application=application, interviewer=user).exists()


def scorecards_visible(*, user: User, application: Application) -> list[Scorecard]:
    """All scorecards of the application, or ``HiddenUntilSubmitted``."""
    if not can_see_all_scorecards(user=user, application=application):
        raise HiddenUntilSubmitted
    return list(
        Scorecard.objects.filter(
            organisation_id=application.organisation_id, application=application
        )
        .select_related("interviewer", "current_revision")
        .prefetch_related(
            Prefetch(
                "current_revision__ratings",
                queryset=ScorecardRating.objects.order_by("pk"),
            )
        )
        .order_by("interviewer__last_name", "interviewer__username")
    )


def scorecard_revisions(*, user: User, scorecard: Scorecard) -> list[ScorecardRevision]:
    """Every revision of a scorecard its author or hiring staff may read."""
    if scorecard.interviewer_id != user.pk and not has_perm(user, Perm.VIEW_HIRING):
        raise PermissionDenied
    return list(
        ScorecardRevision.objects.filter(scorecard=scorecard)
        .prefetch_related("ratings")
        .order_by("-number")
    )


@dataclass(frozen=True, slots=True)
class NoteFinding:
    """A core finding, with the text split around the flagged words for display."""

    rule_id: str
    category: str
    severity: str
    match: str
    message: str
    suggestion: str
    before: str
    after: str


def note_findings(*, text: str, plan: Plan) -> list[NoteFinding]:
    """Screen one note with the core's linter (the plan's requirements are exempt)."""
    if not text.strip():
        return []
    report = screen(text, requirements=plan.requirements)
    out = []
    for f in report.findings:
        out.append(
            NoteFinding(
                rule_id=f.rule_id,
                category=f.category,
                severity=f.severity,
                match=f.match,
                message=f.message,
                suggestion=f.suggestion,
                before=("…" if f.start > 60 else "") + text[max(0, f.start - 60) : f.start],
                after=text[f.end : f.end + 60] + ("…" if len(text) > f.end + 60 else ""),
            )
        )
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda f: order.get(f.severity, 3))
