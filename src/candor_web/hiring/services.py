"""Writes for positions, plans, candidates, applications and panels.

Each service runs in one transaction with its audit event and raises
:class:`~candor_web.errors.ServiceError` (writing nothing) when it refuses.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone

from candor.errors import InputError
from candor.plans import Plan
from candor_web.accounts.models import Role, User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.errors import FieldProblem, ServiceError
from candor_web.hiring.core_io import candidates_parse, field_problems, plan_parse
from candor_web.hiring.models import (
    Application,
    Candidate,
    PanelAssignment,
    PlanVersion,
    Position,
)

PLAN_INVALID = "The plan has problems; nothing was saved."
PLAN_STALE = (
    "The plan was changed by someone else after you opened it. "
    "Reload the page to see the current version, then make your edit again."
)
IMPORT_INVALID = "The file has problems; no candidate was added. Fix them and import again."
ROUND_HAS_DECISION = "A decision has been recorded for this candidate; the panel cannot change."


def _plan_or_error(text: str, source: str) -> Plan:
    try:
        return plan_parse(text, source=source)
    except InputError as exc:
        raise ServiceError(
            PLAN_INVALID, code="plan_invalid", field="plan_yaml", problems=field_problems(exc)
        ) from None


@transaction.atomic
def position_create(*, actor: User, plan_yaml: str, source: str = "plan.yaml") -> Position:
    """Create a position from a plan (YAML text); the plan becomes version 1."""
    organisation = require(actor, Perm.MANAGE_HIRING)
    plan = _plan_or_error(plan_yaml, source)
    if Position.objects.filter(organisation=organisation, ref=plan.position.id).exists():
        raise ServiceError(
            f"A position with the ID {plan.position.id!r} exists already; "
            "edit its plan instead, or give the new plan another position.id.",
            code="position_exists",
            field="plan_yaml",
        )
    position = Position.objects.create(
        organisation=organisation, ref=plan.position.id, title=plan.position.title
    )
    version = PlanVersion.objects.create(
        organisation=organisation,
        position=position,
        number=1,
        content_hash=plan.version,
        source_yaml=plan_yaml,
        created_by=actor,
    )
    position.current_plan = version
    position.save(update_fields=["current_plan"])
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.position.created",
        obj=position,
        payload={"ref": position.ref, "title": position.title},
    )
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.plan.created",
        obj=version,
        payload={"position": position.ref, "number": 1, "content_hash": plan.version},
    )
    return position


@transaction.atomic
def plan_update(*, actor: User, position: Position, plan_yaml: str, base_hash: str) -> PlanVersion:
    """Change a position's plan.

    A version that nobody has rated against changes in place; a version with
    scorecards against it is kept as it is and the edit becomes a new version.
    Applications not yet rated move to the new version; rated ones stay on the
    version they were rated under. ``base_hash`` is the content hash the editor
    started from: if the plan changed meanwhile, the edit is refused.
    """
    from candor_web.scorecards.models import Scorecard

    organisation = require(actor, Perm.MANAGE_HIRING)
    position = Position.objects.select_for_update().get(pk=position.pk, organisation=organisation)
    assert position.current_plan_id is not None
    current = PlanVersion.objects.get(pk=position.current_plan_id)
    if current.content_hash != base_hash:
        raise ServiceError(PLAN_STALE, code="plan_stale")
    plan = _plan_or_error(plan_yaml, "plan.yaml")
    if plan.position.id != position.ref:
        raise ServiceError(
            f"The plan's position.id is {plan.position.id!r} but this position's ID is "
            f"{position.ref!r}; keep the ID (create a new position for a different role).",
            code="plan_position_changed",
            field="plan_yaml",
        )
    if plan.version == current.content_hash and plan_yaml == current.source_yaml:
        return current
    rated = Scorecard.objects.filter(organisation=organisation, plan_version=current).exists()
    if not rated:
        old_hash = current.content_hash
        current.source_yaml = plan_yaml
        current.content_hash = plan.version
        current.save(update_fields=["source_yaml", "content_hash", "updated_at"])
        if position.title != plan.position.title:
            position.title = plan.position.title
            position.save(update_fields=["title"])
        audit_record(
            organisation=organisation,
            actor=actor,
            action="candor.plan.updated",
            obj=current,
            payload={
                "position": position.ref,
                "number": current.number,
                "from_hash": old_hash,
                "content_hash": plan.version,
            },
        )
        return current
    version = PlanVersion.objects.create(
        organisation=organisation,
        position=position,
        number=current.number + 1,
        content_hash=plan.version,
        source_yaml=plan_yaml,
        created_by=actor,
    )
    position.current_plan = version
    position.title = plan.position.title
    position.save(update_fields=["current_plan", "title"])
    moved = list(
        Application.objects.filter(
            organisation=organisation, position=position, plan_version=current
        )
        .exclude(scorecards__isnull=False)
        .values_list("pk", flat=True)
    )
    Application.objects.filter(pk__in=moved).update(plan_version=version)
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.plan.versioned",
        obj=version,
        payload={
            "position": position.ref,
            "number": version.number,
            "previous": current.number,
            "content_hash": plan.version,
            "moved_applications": moved,
        },
    )
    return version


def _next_ref(organisation_id: int) -> str:
    refs = Candidate.objects.filter(organisation_id=organisation_id, ref__regex=r"^C[0-9]+$")
    numbers = [int(r[1:]) for r in refs.values_list("ref", flat=True)]
    return f"C{(max(numbers) + 1 if numbers else 1):02d}"


def _application_create(
    *, actor: User, position: Position, candidate: Candidate, line: int | None = None
) -> Application:
    assert position.current_plan_id is not None
    application = Application.objects.create(
        organisation_id=position.organisation_id,
        position=position,
        candidate=candidate,
        plan_version_id=position.current_plan_id,
    )
    payload: dict[str, object] = {"position": position.ref, "candidate": candidate.ref}
    if line is not None:
        payload["line"] = line
    audit_record(
        organisation=position.organisation,
        actor=actor,
        action="candor.application.created",
        obj=application,
        payload=payload,
    )
    return application


@transaction.atomic
def candidate_add(
    *,
    actor: User,
    position: Position,
    name: str,
    email: str = "",
    internal: bool = False,
    ref: str = "",
) -> Application:
    """Add a candidate to a position (an application under its current plan)."""
    organisation = require(actor, Perm.MANAGE_HIRING)
    if position.organisation_id != organisation.pk:
        raise ServiceError("Unknown position.", code="not_found")
    ref = ref.strip() or _next_ref(organisation.pk)
    candidate = Candidate.objects.filter(organisation=organisation, ref=ref).first()
    if candidate is None:
        candidate = Candidate.objects.create(
            organisation=organisation, ref=ref, name=name.strip(), email=email, internal=internal
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="candor.candidate.created",
            obj=candidate,
            payload={"ref": ref, "internal": internal},
        )
    elif Application.objects.filter(position=position, candidate=candidate).exists():
        raise ServiceError(
            f"Candidate {ref} has already applied for this position.",
            code="application_exists",
            field="ref",
        )
    try:
        with transaction.atomic():
            return _application_create(actor=actor, position=position, candidate=candidate)
    except IntegrityError:
        raise ServiceError(
            "This candidate was added a moment ago (another tab?); nothing more was added.",
            code="application_exists",
        ) from None


@transaction.atomic
def candidates_import(
    *, actor: User, position: Position, data: bytes, filename: str
) -> list[Application]:
    """Import a candidates CSV (``candidate, name, internal, email``) into a position.

    The whole file is validated first; one bad row means nothing is written,
    and every problem is reported with its line and field.
    """
    organisation = require(actor, Perm.MANAGE_HIRING)
    if position.organisation_id != organisation.pk:
        raise ServiceError("Unknown position.", code="not_found")
    try:
        table, parsed = candidates_parse(data, source=filename)
    except InputError as exc:
        raise ServiceError(
            IMPORT_INVALID, code="import_invalid", field="file", problems=field_problems(exc)
        ) from None
    problems: list[FieldProblem] = []
    existing = {
        c.ref: c for c in Candidate.objects.filter(organisation=organisation, ref__in=list(parsed))
    }
    applied = set(
        Application.objects.filter(position=position, candidate__ref__in=list(parsed)).values_list(
            "candidate__ref", flat=True
        )
    )
    id_col = next(c for c in ("candidate", "candidate_id", "id") if c in table.columns)
    lines: dict[str, int] = {}
    for row in table.rows:
        ref = row.get(id_col)
        lines.setdefault(ref, row.line)
        if not row.get("name") and ref not in existing:
            problems.append(FieldProblem("is empty", "name", row.line))
        email = row.get("email")
        if email:
            try:
                validate_email(email)
            except ValidationError:
                problems.append(
                    FieldProblem(f"not an e-mail address: {email!r}", "email", row.line)
                )
        if ref in applied:
            problems.append(
                FieldProblem(
                    f"candidate {ref!r} has already applied for this position", id_col, row.line
                )
            )
    if problems:
        raise ServiceError(IMPORT_INVALID, code="import_invalid", field="file", problems=problems)
    applications = []
    for ref, core in parsed.items():
        candidate = existing.get(ref)
        if candidate is None:
            candidate = Candidate.objects.create(
                organisation=organisation,
                ref=ref,
                name=core.name,
                email=core.email,
                internal=core.internal,
            )
            audit_record(
                organisation=organisation,
                actor=actor,
                action="candor.candidate.created",
                obj=candidate,
                payload={"ref": ref, "internal": core.internal, "source": filename},
            )
        applications.append(
            _application_create(
                actor=actor, position=position, candidate=candidate, line=lines.get(ref)
            )
        )
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.candidate.imported",
        obj=position,
        payload={"file": filename, "rows": len(applications)},
    )
    return applications


@transaction.atomic
def panel_set(*, actor: User, application: Application, interviewers: Sequence[User]) -> None:
    """Make the application's panel exactly ``interviewers``.

    Interviewers who have submitted a scorecard stay on the panel; after a
    decision the panel is fixed.
    """
    from candor_web.decisions.models import Decision
    from candor_web.scorecards.models import Scorecard

    organisation = require(actor, Perm.MANAGE_HIRING)
    application = Application.objects.select_for_update().get(
        pk=application.pk, organisation=organisation
    )
    if Decision.objects.filter(application=application).exists():
        raise ServiceError(ROUND_HAS_DECISION, code="decided")
    wanted = {u.pk: u for u in interviewers}
    for user in wanted.values():
        if user.organisation_id != organisation.pk or user.role != Role.INTERVIEWER:
            raise ServiceError(
                f"{user.username} is not an interviewer of your organisation.",
                code="panel_not_interviewer",
                field="interviewers",
            )
    current = {a.interviewer_id: a for a in application.panel.all()}
    submitted = set(
        Scorecard.objects.filter(application=application).values_list("interviewer_id", flat=True)
    )
    removed = [pk for pk in current if pk not in wanted]
    kept_submitted = [pk for pk in removed if pk in submitted]
    if kept_submitted:
        raise ServiceError(
            "An interviewer who has submitted a scorecard cannot be taken off the panel.",
            code="panel_remove_submitted",
            field="interviewers",
        )
    for pk in removed:
        current[pk].delete()
        audit_record(
            organisation=organisation,
            actor=actor,
            action="candor.panel.removed",
            obj=application,
            payload={"interviewer": pk},
        )
    for pk, user in wanted.items():
        if pk in current:
            continue
        PanelAssignment.objects.create(
            organisation=organisation, application=application, interviewer=user
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="candor.panel.assigned",
            obj=application,
            payload={"interviewer": pk, "username": user.username},
        )


@transaction.atomic
def application_close_round(*, actor: User, application: Application) -> Application:
    """Close the scorecard round; missing scorecards are recorded and scoring goes on without them."""
    from candor_web.scorecards.models import Scorecard

    organisation = require(actor, Perm.MANAGE_HIRING)
    application = Application.objects.select_for_update().get(
        pk=application.pk, organisation=organisation
    )
    if application.round_closed_at is not None:
        return application
    submitted = set(
        Scorecard.objects.filter(application=application).values_list("interviewer_id", flat=True)
    )
    panel = list(application.panel.select_related("interviewer"))
    if not submitted:
        raise ServiceError(
            "No scorecard has been submitted yet; a round cannot close without any.",
            code="round_empty",
        )
    missing = sorted(a.interviewer.username for a in panel if a.interviewer_id not in submitted)
    application.round_closed_at = timezone.now()
    application.round_closed_by = actor
    application.missing_at_close = missing
    application.save(update_fields=["round_closed_at", "round_closed_by", "missing_at_close"])
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.application.round_closed",
        obj=application,
        payload={"missing": missing, "submitted": len(submitted)},
    )
    return application
