"""The consensus view and decision records: reads and who may see them."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from candor.plans import Criterion, Plan
from candor.scoring import CandidateResult, CriterionResult, ScoringResult
from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.decisions.models import Decision
from candor_web.hiring.models import Application
from candor_web.hiring.selectors import PanelMember, application_panel
from candor_web.scorecards.core_io import pool_score
from candor_web.scorecards.selectors import HiddenUntilSubmitted, can_see_all_scorecards


@dataclass(frozen=True, slots=True)
class Cell:
    rater: str
    name: str
    level: int | None
    evidence: str


@dataclass(frozen=True, slots=True)
class CriterionRow:
    criterion: Criterion
    result: CriterionResult
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Consensus:
    application: Application
    plan: Plan
    panel: list[PanelMember]
    raters: tuple[tuple[str, str], ...]
    """(username, display name) in column order."""
    rows: tuple[CriterionRow, ...]
    result: CandidateResult | None
    pool: ScoringResult
    missing: tuple[str, ...]
    """Display names of panel members whose scorecard is not in."""
    ready: bool
    """Every assigned scorecard is in, or the round was closed."""
    decision: Decision | None
    others_incomplete: int

    @property
    def decision_criteria(self) -> list[str]:
        """Names of the criteria the recorded decision rests on."""
        if self.decision is None:
            return []
        names = {c.id: c.name for c in self.plan.criteria}
        return [names.get(cid, cid) for cid in self.decision.criteria]

    @property
    def closed_with_missing(self) -> bool:
        return self.application.round_closed_at is not None and bool(
            self.application.missing_at_close
        )


def consensus_get(*, user: User, application: Application) -> Consensus:
    """Every rating side by side with the core's aggregate, flags and outcome."""
    if not can_see_all_scorecards(user=user, application=application):
        raise HiddenUntilSubmitted
    panel = application_panel(application=application)
    pool = pool_score(application.plan_version)
    result = pool.for_application(application)
    names = {m.user.username: m.user.display_name for m in panel}
    names.update(pool.names)
    rows: list[CriterionRow] = []
    raters: tuple[tuple[str, str], ...] = ()
    if result is not None:
        raters = tuple((r, names.get(r, r)) for r in result.panel)
        for c in pool.plan.criteria:
            cr = result.criterion(c.id)
            rows.append(
                CriterionRow(
                    criterion=c,
                    result=cr,
                    cells=tuple(
                        Cell(r.rater, names.get(r.rater, r.rater), r.level, r.evidence)
                        for r in cr.ratings
                    ),
                )
            )
    missing = tuple(m.user.display_name for m in panel if not m.submitted)
    ready = bool(panel) and (not missing or application.round_closed_at is not None)
    decision = Decision.objects.filter(application=application).select_related("decided_by").first()
    others = sum(
        1
        for c in pool.result.candidates
        if c.outcome == "incomplete" and c.candidate != str(application.pk)
    )
    return Consensus(
        application=application,
        plan=pool.plan,
        panel=panel,
        raters=raters,
        rows=tuple(rows),
        result=result,
        pool=pool.result,
        missing=missing,
        ready=ready,
        decision=decision,
        others_incomplete=others,
    )


def decision_list(*, user: User) -> QuerySet[Decision]:
    organisation = require(user, Perm.VIEW_HIRING)
    return (
        Decision.objects.filter(organisation=organisation)
        .select_related("application__candidate", "application__position", "decided_by")
        .order_by("-decided_at")
    )
