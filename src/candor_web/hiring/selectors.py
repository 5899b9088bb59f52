"""Reads for hiring, with every permission decision about positions and applications.

An object of another organisation, or an application whose panel an
interviewer is not on, is reported as not found (404), so its existence does
not leak. A page a role may never use is refused (403).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, QuerySet
from django.http import Http404

from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, has_perm, require
from candor_web.hiring.models import Application, Candidate, PanelAssignment, PlanVersion, Position


def position_list(*, user: User) -> QuerySet[Position]:
    organisation = require(user, Perm.VIEW_HIRING)
    return (
        Position.objects.filter(organisation=organisation)
        .select_related("current_plan")
        .annotate(
            n_applications=Count("applications", distinct=True),
            n_decided=Count("applications__decision", distinct=True),
        )
        .order_by("title", "pk")
    )


def position_get(*, user: User, pk: int, perm: Perm = Perm.VIEW_HIRING) -> Position:
    organisation = require(user, perm)
    position = (
        Position.objects.filter(organisation=organisation, pk=pk)
        .select_related("current_plan")
        .first()
    )
    if position is None:
        raise Http404
    return position


def plan_version_list(*, position: Position) -> QuerySet[PlanVersion]:
    return PlanVersion.objects.filter(
        organisation_id=position.organisation_id, position=position
    ).order_by("-number")


def position_applications(*, position: Position) -> QuerySet[Application]:
    """The position's applications with panel size, scorecards in and decision."""
    from candor_web.scorecards.models import Scorecard

    return (
        Application.objects.filter(organisation_id=position.organisation_id, position=position)
        .select_related("candidate", "plan_version", "decision")
        .annotate(
            n_panel=Count("panel", distinct=True),
            n_submitted=Count("scorecards", distinct=True),
            has_correction=Exists(
                Scorecard.objects.filter(application=OuterRef("pk"), current_revision__number__gt=1)
            ),
        )
        .order_by("candidate__name", "pk")
    )


def candidate_list(*, user: User) -> QuerySet[Candidate]:
    organisation = require(user, Perm.VIEW_HIRING)
    return (
        Candidate.objects.filter(organisation=organisation)
        .annotate(n_applications=Count("applications"))
        .order_by("name", "pk")
    )


def application_get(*, user: User, pk: int) -> Application:
    """An application the user may open: staff who view hiring, or a panel member."""
    if not user.is_authenticated or user.organisation_id is None:
        raise Http404
    application = (
        Application.objects.filter(organisation_id=user.organisation_id, pk=pk)
        .select_related("candidate", "position", "plan_version", "round_closed_by")
        .first()
    )
    if application is None:
        raise Http404
    if has_perm(user, Perm.VIEW_HIRING):
        return application
    if has_perm(user, Perm.RATE) and is_on_panel(user=user, application=application):
        return application
    raise Http404


def is_on_panel(*, user: User, application: Application) -> bool:
    return PanelAssignment.objects.filter(
        organisation_id=application.organisation_id, application=application, interviewer=user
    ).exists()


@dataclass(frozen=True, slots=True)
class PanelMember:
    user: User
    submitted: bool
    revision: int | None


def application_panel(*, application: Application) -> list[PanelMember]:
    from candor_web.scorecards.models import Scorecard

    cards = {
        s.interviewer_id: s
        for s in Scorecard.objects.filter(application=application).select_related(
            "current_revision"
        )
    }
    members = []
    for a in application.panel.select_related("interviewer").order_by(
        "interviewer__last_name", "interviewer__username"
    ):
        card = cards.get(a.interviewer_id)
        revision = card.current_revision.number if card and card.current_revision else None
        members.append(PanelMember(a.interviewer, card is not None, revision))
    return members


def interview_list(*, user: User) -> QuerySet[PanelAssignment]:
    """The applications on whose panel the interviewer sits, with her scorecard status."""
    from candor_web.scorecards.models import Scorecard

    organisation = require(user, Perm.RATE)
    return (
        PanelAssignment.objects.filter(organisation=organisation, interviewer=user)
        .select_related("application__candidate", "application__position")
        .annotate(
            submitted=Exists(
                Scorecard.objects.filter(application=OuterRef("application"), interviewer=user)
            ),
            n_panel=Count("application__panel", distinct=True),
            n_submitted=Count("application__scorecards", distinct=True),
        )
        .order_by("application__position__title", "application__candidate__name")
    )
