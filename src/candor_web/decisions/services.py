"""Recording the decision under the plan's rule, with reasons tied to criteria."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from django.db import IntegrityError, transaction
from django.utils import timezone

from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.decisions.models import Decision, Outcome
from candor_web.errors import FieldProblem, ServiceError
from candor_web.hiring.models import Application
from candor_web.scorecards.core_io import pool_score, screen

ALREADY_DECIDED = "A decision has already been recorded for this candidate; it was not changed."
NOT_READY = (
    "Not every scorecard is in. Wait for the panel, or close the round to decide "
    "on the scorecards that are in (the missing ones are recorded)."
)
STALE_PLAN = "The plan changed after you opened this page; nothing was recorded. Reload and check."
INCOMPLETE_RESULT = "The scores are incomplete, so the plan's rule gives no outcome yet."
OVERRIDE_NEEDS_REASON = (
    "The outcome differs from the plan's rule (or breaks a tie): name the criteria it rests on "
    "and explain it in the note."
)


@transaction.atomic
def decision_record(
    *,
    actor: User,
    application: Application,
    outcome: str,
    criteria: Sequence[str],
    note: str,
    plan_hash: str,
) -> Decision:
    """Record the decision for one application; refuses a second one."""
    organisation = require(actor, Perm.DECIDE)
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("plan_version", "candidate")
        .get(pk=application.pk, organisation=organisation)
    )
    if Decision.objects.filter(application=application).exists():
        raise ServiceError(ALREADY_DECIDED, code="already_decided")
    if application.plan_version.content_hash != plan_hash:
        raise ServiceError(STALE_PLAN, code="stale_plan")
    panel = set(application.panel.values_list("interviewer_id", flat=True))
    submitted = set(application.scorecards.values_list("interviewer_id", flat=True))
    if not panel or (panel - submitted and application.round_closed_at is None):
        raise ServiceError(NOT_READY, code="not_ready")
    pool = pool_score(application.plan_version)
    result = pool.for_application(application)
    if result is None or result.outcome == "incomplete":
        raise ServiceError(INCOMPLETE_RESULT, code="incomplete")
    if outcome not in Outcome.values:
        raise ServiceError(
            "Choose an outcome.",
            code="invalid",
            problems=[FieldProblem("Choose selected or not selected.", "outcome")],
        )
    known = set(pool.plan.criterion_ids)
    unknown = [c for c in criteria if c not in known]
    if unknown:
        raise ServiceError(
            f"Unknown criteria: {', '.join(unknown)}.",
            code="invalid",
            problems=[FieldProblem("Choose criteria of this plan.", "criteria")],
        )
    overridden = outcome != result.outcome
    problems: list[FieldProblem] = []
    if overridden and (not criteria or not note.strip()):
        if not criteria:
            problems.append(FieldProblem(OVERRIDE_NEEDS_REASON, "criteria"))
        if not note.strip():
            problems.append(FieldProblem(OVERRIDE_NEEDS_REASON, "note"))
    if note.strip():
        report = screen(note, requirements=pool.plan.requirements)
        errors = [f for f in report.findings if f.severity == "error"]
        if errors:
            problems.append(
                FieldProblem(
                    "The note has flagged wording that must be rephrased: "
                    + " ".join(f"“{f.match}”: {f.message}" for f in errors),
                    "note",
                )
            )
    if problems:
        raise ServiceError(
            "The decision needs changes; nothing was recorded.", code="invalid", problems=problems
        )
    # Reasons always rest on criteria: the ones the recruiter named, plus, when
    # following the rule, the criteria its reasons name (all of them when the
    # reason is "met the bar on every criterion").
    rule_criteria = [r.criterion_id for r in result.reasons if r.criterion_id] or list(
        pool.plan.criterion_ids
    )
    chosen = list(dict.fromkeys([*criteria, *([] if overridden else rule_criteria)]))
    try:
        with transaction.atomic():
            decision = Decision.objects.create(
                organisation=organisation,
                application=application,
                plan_version=application.plan_version,
                outcome=outcome,
                rule_outcome=result.outcome,
                overridden=overridden,
                rule_method=pool.result.rule_method,
                aggregation_method=pool.result.aggregation_method,
                overall_method=pool.result.overall_method,
                overall=result.overall,
                criteria=chosen,
                reasons=[
                    {"code": r.code, "text": r.text, "criterion_id": r.criterion_id}
                    for r in result.reasons
                ],
                result=asdict(result),
                note=note.strip(),
                decided_by=actor,
                decided_at=timezone.now(),
            )
    except IntegrityError:
        raise ServiceError(ALREADY_DECIDED, code="already_decided") from None
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.decision.recorded",
        obj=decision,
        payload={
            "application": application.pk,
            "candidate": application.candidate.ref,
            "outcome": outcome,
            "rule_outcome": result.outcome,
            "overridden": overridden,
            "rule": pool.result.rule_method,
            "overall": result.overall,
            "criteria": chosen,
            "missing_at_close": application.missing_at_close,
            "plan_hash": application.plan_version.content_hash,
        },
    )
    return decision
