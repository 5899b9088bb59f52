"""Submitting and correcting scorecards.

A submitted revision is never changed: a correction is a new revision with a
reason. Submitting twice (two tabs, a double click) is refused with
``already_submitted`` and writes nothing; the row lock on the panel assignment
and the unique constraint on (organisation, application, interviewer) back it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from candor.plans import Plan
from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.errors import FieldProblem, ServiceError
from candor_web.hiring.core_io import plan_of
from candor_web.hiring.models import Application, PanelAssignment, PlanVersion
from candor_web.scorecards.core_io import screen
from candor_web.scorecards.models import Scorecard, ScorecardRating, ScorecardRevision

ALREADY_SUBMITTED = (
    "You have already submitted this scorecard; it is locked. "
    "Use 'Correct my scorecard' to record a correction."
)
NOT_ON_PANEL = "You are not on this candidate's panel."
STALE_PLAN = (
    "The selection plan changed after you opened this form, so your ratings may not fit it. "
    "Nothing was saved. Copy your notes, reload the page and rate against the current plan."
)
STALE_REVISION = (
    "Your scorecard was corrected in another tab or window after you opened this form. "
    "Nothing was saved; reload to see the latest revision."
)
ROUND_CLOSED = "The recruiter has closed this round; scorecards can no longer be submitted."
DECIDED = "A decision has been recorded for this candidate; scorecards can no longer change."
INCOMPLETE = "Some ratings or notes are missing or invalid; nothing was submitted."
SCREENING_BLOCKS = (
    "flagged wording that must be rephrased before you can submit: {messages} "
    "Describe what the candidate said or did, against the criterion."
)


@dataclass(frozen=True, slots=True)
class Entry:
    """What the interviewer entered for one criterion (``level`` as typed, unparsed)."""

    level: str
    evidence: str


def rating_field(criterion_id: str) -> str:
    return f"rating_{criterion_id}"


def evidence_field(criterion_id: str) -> str:
    return f"evidence_{criterion_id}"


def _validate(
    plan: Plan, entries: Mapping[str, Entry]
) -> tuple[dict[str, int], list[FieldProblem]]:
    problems: list[FieldProblem] = []
    levels: dict[str, int] = {}
    lo, hi = plan.scale.min, plan.scale.max
    unknown = sorted(set(entries) - set(plan.criterion_ids))
    for cid in unknown:
        problems.append(FieldProblem(f"unknown criterion {cid!r}", rating_field(cid)))
    for c in plan.criteria:
        entry = entries.get(c.id, Entry("", ""))
        raw = entry.level.strip()
        if not raw:
            problems.append(FieldProblem(f"Choose a rating for {c.name}.", rating_field(c.id)))
        else:
            try:
                level = int(raw)
            except ValueError:
                level = None
            if level is None or not lo <= level <= hi:
                problems.append(
                    FieldProblem(
                        f"The rating for {c.name} must be a whole number on the scale {lo}-{hi}.",
                        rating_field(c.id),
                    )
                )
            else:
                levels[c.id] = level
        if not entry.evidence.strip():
            problems.append(
                FieldProblem(
                    f"Write the evidence for {c.name}: what the candidate said or did.",
                    evidence_field(c.id),
                )
            )
            continue
        report = screen(entry.evidence, requirements=plan.requirements)
        errors = [f for f in report.findings if f.severity == "error"]
        if errors:
            messages = " ".join(f"“{f.match}”: {f.message}" for f in errors)
            problems.append(
                FieldProblem(
                    f"The note on {c.name} has " + SCREENING_BLOCKS.format(messages=messages),
                    evidence_field(c.id),
                )
            )
    return levels, problems


def _write_revision(
    *,
    scorecard: Scorecard,
    number: int,
    levels: Mapping[str, int],
    entries: Mapping[str, Entry],
    plan: Plan,
    reason: str = "",
) -> ScorecardRevision:
    now = timezone.now()
    revision = ScorecardRevision.objects.create(
        organisation_id=scorecard.organisation_id,
        scorecard=scorecard,
        number=number,
        submitted_at=now,
        reason=reason,
    )
    ScorecardRating.objects.bulk_create(
        ScorecardRating(
            organisation_id=scorecard.organisation_id,
            revision=revision,
            criterion_id=c.id,
            level=levels[c.id],
            evidence=entries[c.id].evidence.strip(),
        )
        for c in plan.criteria
    )
    scorecard.current_revision = revision
    scorecard.submitted_at = now
    scorecard.save(update_fields=["current_revision", "submitted_at"])
    return revision


def _check_open(application: Application) -> None:
    from candor_web.decisions.models import Decision

    if Decision.objects.filter(application=application).exists():
        raise ServiceError(DECIDED, code="decided")


@transaction.atomic
def scorecard_submit(
    *, actor: User, application: Application, plan_hash: str, entries: Mapping[str, Entry]
) -> Scorecard:
    """Submit the interviewer's scorecard for one application (locks it)."""
    organisation = require(actor, Perm.RATE)
    assignment = (
        PanelAssignment.objects.select_for_update()
        .filter(organisation=organisation, application_id=application.pk, interviewer=actor)
        .first()
    )
    if assignment is None:
        raise ServiceError(NOT_ON_PANEL, code="not_on_panel")
    application = Application.objects.select_related("plan_version").get(pk=application.pk)
    if Scorecard.objects.filter(application=application, interviewer=actor).exists():
        raise ServiceError(ALREADY_SUBMITTED, code="already_submitted")
    _check_open(application)
    if application.round_closed_at is not None:
        raise ServiceError(ROUND_CLOSED, code="round_closed")
    plan_version: PlanVersion = application.plan_version
    if plan_version.content_hash != plan_hash:
        raise ServiceError(STALE_PLAN, code="stale_plan")
    plan = plan_of(plan_version)
    levels, problems = _validate(plan, entries)
    if problems:
        raise ServiceError(INCOMPLETE, code="invalid", problems=problems)
    try:
        with transaction.atomic():
            scorecard = Scorecard.objects.create(
                organisation=organisation,
                application=application,
                interviewer=actor,
                plan_version=plan_version,
                submitted_at=timezone.now(),
            )
    except IntegrityError:
        raise ServiceError(ALREADY_SUBMITTED, code="already_submitted") from None
    revision = _write_revision(
        scorecard=scorecard, number=1, levels=levels, entries=entries, plan=plan
    )
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.scorecard.submitted",
        obj=scorecard,
        payload={
            "application": application.pk,
            "revision": revision.number,
            "plan_version": plan_version.number,
            "plan_hash": plan_version.content_hash,
            "ratings": levels,
        },
    )
    return scorecard


@transaction.atomic
def scorecard_correct(
    *,
    actor: User,
    scorecard: Scorecard,
    base_revision: int,
    entries: Mapping[str, Entry],
    reason: str,
) -> ScorecardRevision:
    """Record a correction as a new revision; earlier revisions stay as they were."""
    organisation = require(actor, Perm.RATE)
    locked = (
        Scorecard.objects.select_for_update(of=("self",))
        .select_related("current_revision", "plan_version", "application")
        .filter(organisation=organisation, pk=scorecard.pk, interviewer=actor)
        .first()
    )
    if locked is None:
        raise ServiceError(NOT_ON_PANEL, code="not_on_panel")
    scorecard = locked
    _check_open(scorecard.application)
    current = scorecard.current_revision
    assert current is not None
    if current.number != base_revision:
        raise ServiceError(STALE_REVISION, code="stale_revision")
    if not reason.strip():
        raise ServiceError(
            "Say why you are correcting the scorecard.",
            code="invalid",
            problems=[FieldProblem("Say why you are correcting the scorecard.", "reason")],
        )
    plan = plan_of(scorecard.plan_version)
    levels, problems = _validate(plan, entries)
    if problems:
        raise ServiceError(INCOMPLETE, code="invalid", problems=problems)
    before = dict(current.ratings.values_list("criterion_id", "level"))
    revision = _write_revision(
        scorecard=scorecard,
        number=current.number + 1,
        levels=levels,
        entries=entries,
        plan=plan,
        reason=reason.strip(),
    )
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.scorecard.corrected",
        obj=scorecard,
        payload={
            "application": scorecard.application_id,
            "revision": revision.number,
            "reason": reason.strip(),
            "changed": {
                cid: [before.get(cid), level]
                for cid, level in levels.items()
                if before.get(cid) != level
            },
        },
    )
    return revision


def scorecards_viewed(*, actor: User, application: Application, ratings: int) -> None:
    """A member of staff opened every rating of an application (the consensus view).

    Reading other people's scorecards is a view of sensitive data: it goes on
    the audit log. The selector that showed them has already checked access.
    """
    assert application.organisation_id is not None
    audit_record(
        organisation=application.organisation,
        actor=actor,
        action="candor.scorecards.viewed",
        obj=application,
        payload={"candidate": application.candidate.ref, "ratings": ratings},
    )
