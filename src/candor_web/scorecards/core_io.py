"""Between scorecard rows and the core: ratings, pool scoring and language screening."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import F

from candor.plans import Plan
from candor.scoring import Rating, ScoringResult, score
from candor_web.hiring.core_io import plan_of
from candor_web.hiring.models import Application, PlanVersion
from candor_web.scorecards.models import ScorecardRating


@dataclass(frozen=True, slots=True)
class PoolScore:
    """The core's result for every application rated under one plan version."""

    plan: Plan
    result: ScoringResult
    refs: dict[int, str]
    """Application pk to the candidate ID used in the core's result."""
    names: dict[str, str]
    """Rater ID (username) to display name."""

    def for_application(self, application: Application) -> Any:
        ref = self.refs.get(application.pk)
        if ref is None:
            return None
        return self.result.candidate(ref)


def pool_score(plan_version: PlanVersion) -> PoolScore:
    """Score every application on ``plan_version`` with the core.

    The panel is per application here, not the plan's: each assigned
    interviewer's current scorecard revision gives ratings; an interviewer who
    has not submitted counts as missing, unless the recruiter closed the round,
    in which case the application is scored on the scorecards that are in (the
    missing ones are recorded on the application and the decision).
    """
    plan = dataclasses.replace(plan_of(plan_version), panel=())
    applications = list(
        Application.objects.filter(
            organisation_id=plan_version.organisation_id, plan_version=plan_version
        )
        .select_related("candidate")
        .prefetch_related("panel__interviewer")
    )
    query = ScorecardRating.objects.filter(
        organisation_id=plan_version.organisation_id,
        revision__scorecard__plan_version=plan_version,
        revision__scorecard__current_revision=F("revision"),
    ).values_list(
        "revision__scorecard__application_id",
        "revision__scorecard__interviewer__username",
        "criterion_id",
        "level",
        "evidence",
    )
    rows = list(query)
    ratings: list[Rating] = []
    rated: dict[int, set[str]] = {}
    refs: dict[int, str] = {}
    for app_id, username, *_ in rows:
        rated.setdefault(app_id, set()).add(username)
    names: dict[str, str] = {}
    for app in applications:
        for a in app.panel.all():
            names[a.interviewer.username] = a.interviewer.display_name
    for app_id, username, criterion, level, evidence in rows:
        ratings.append(Rating(str(app_id), username, criterion, level, evidence))
    for app in applications:
        submitted = rated.get(app.pk, set())
        panel = [a.interviewer.username for a in app.panel.all()]
        if not submitted and not panel:
            continue
        refs[app.pk] = str(app.pk)
        if app.round_closed_at is not None:
            continue
        for username in panel:
            if username not in submitted:
                ratings.extend(Rating(str(app.pk), username, c.id, None) for c in plan.criteria)
    result = score(plan, ratings, candidates=sorted(refs.values(), key=int))
    return PoolScore(plan, result, refs, names)


def screen(text: str, *, requirements: Sequence[str] = ()) -> Any:
    """Run the core's language screening on one note; returns its ``LintReport``."""
    from candor.language import lint

    return lint(text, requirements=tuple(requirements))
