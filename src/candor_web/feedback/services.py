"""The feedback workflow: every state change goes through :func:`feedback_transition`.

Each service runs in one transaction that writes the change, its audit event
and any outgoing message (the outbox), so none exists without the others.
Intake and identity verification are in ``intake.py``; this module drafts,
edits, approves, sends, declines, withdraws, closes, surveys and does the
worker's housekeeping (expiry, reminders).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from candor.errors import CandorError
from candor.feedback import TransitionError, add_business_days, check_transition
from candor.letters import Override, letter_release
from candor_web.accounts.models import Role, User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.errors import FieldProblem, ServiceError
from candor_web.feedback import core_io
from candor_web.feedback.models import (
    OPEN_STATES,
    FeedbackLetter,
    FeedbackRequest,
    State,
    SurveyResponse,
)
from candor_web.feedback.tokens import PORTAL_SALT, make_token, new_secret
from candor_web.organisations.models import Organisation
from candor_web.outbox.models import OutboxMessage
from candor_web.outbox.models import Status as OutboxStatus
from candor_web.outbox.services import outbox_enqueue

ALREADY_APPROVED = "This letter has already been approved; nothing was changed."
STALE_LETTER = (
    "The letter changed after you opened this page (someone edited it); nothing was "
    "recorded. Reload, read it again and approve the current text."
)
BLOCKED = (
    "The letter has flagged wording that must be rephrased, or approved with an override "
    "and a reason."
)
ALREADY_SENDING = "The letter is already being sent, so it can no longer be changed."


def feedback_transition(
    *,
    request: FeedbackRequest,
    target: str,
    actor: User | None,
    action: str,
    payload: Mapping[str, Any] | None = None,
    fields: Mapping[str, Any] | None = None,
) -> FeedbackRequest:
    """Move ``request`` to ``target`` (allowed by the core's state machine) and record it.

    The only function that writes ``FeedbackRequest.state``. ``fields`` are
    further columns to set in the same save. Call inside a transaction, with
    the request row locked.
    """
    try:
        check_transition(request.state, target)
    except TransitionError as exc:
        raise ServiceError(
            f"This request is {request.get_state_display().lower()}; {exc}.", code="transition"
        ) from None
    previous = request.state
    request.state = target
    for name, value in (fields or {}).items():
        setattr(request, name, value)
    request.save(update_fields=["state", *(fields or {})])
    audit_record(
        organisation=request.organisation,
        actor=actor,
        action=action,
        obj=request,
        payload={"from": previous, "to": target, **(payload or {})},
    )
    return request


def due_date_from(start: dt.datetime, organisation: Organisation) -> dt.date:
    policy = core_io.policy_of(organisation)
    return add_business_days(timezone.localdate(start), policy.response_days)


def lock(request: FeedbackRequest) -> FeedbackRequest:
    return (
        FeedbackRequest.objects.select_for_update(of=("self",))
        .select_related("organisation", "application__candidate", "application__position")
        .get(pk=request.pk)
    )


def public_base(base_url: str | None) -> str:
    return (settings.CANDOR_PUBLIC_URL or base_url or "http://127.0.0.1:8000").rstrip("/")


def portal_link(request: FeedbackRequest, *, base_url: str | None) -> str:
    token = make_token(
        salt=PORTAL_SALT,
        request_id=request.pk,
        email=request.application.candidate.email,
        secret=request.portal_key,
    )
    return public_base(base_url) + reverse("portal", args=[token])


def _require_request(actor: User, request: FeedbackRequest) -> Organisation:
    organisation = require(actor, Perm.HANDLE_FEEDBACK)
    if request.organisation_id != organisation.pk:
        raise ServiceError("No such request.", code="not_found")
    return organisation


# Drafting -----------------------------------------------------------------------


def _write_draft(request: FeedbackRequest, actor: User | None) -> FeedbackLetter:
    application = request.application
    letter = core_io.compose_feedback_letter(application=application, date=timezone.localdate())
    screening = core_io.screen_letter(letter, application=application)
    row, _ = FeedbackLetter.objects.update_or_create(
        request=request,
        defaults={
            "organisation_id": request.organisation_id,
            "kind": letter.kind,
            "letter": letter.to_dict(),
            "screening": core_io.screening_to_dict(screening),
            "edited": [],
            "version": 1,
        },
    )
    feedback_transition(
        request=request,
        target=State.DRAFTED,
        actor=actor,
        action="candor.feedback.drafted",
        payload={
            "method": letter.method_id,
            "policy": letter.policy_version,
            "plan": letter.plan_version,
            "level": letter.level,
            "findings": [f.rule_id for f in screening.findings],
        },
    )
    return row


def feedback_draft_auto(*, request: FeedbackRequest) -> bool:
    """Draft right after verification when the decision allows it; never fails the caller."""
    try:
        with transaction.atomic():
            _write_draft(lock(request), None)
    except (CandorError, ServiceError):
        return False
    return True


@transaction.atomic
def feedback_draft(*, actor: User, request: FeedbackRequest) -> FeedbackLetter:
    """Compose the letter with the core under the policy (verified → drafted)."""
    _require_request(actor, request)
    request = lock(request)
    if request.state != State.VERIFIED:
        raise ServiceError("Only a verified request can be drafted.", code="transition")
    try:
        return _write_draft(request, actor)
    except CandorError as exc:
        raise ServiceError(
            f"The letter cannot be written yet: {exc}", code="cannot_draft"
        ) from None


def _cancel_queued_letter(request: FeedbackRequest) -> None:
    """Take an approved letter out of the outbox before it is sent, or refuse."""
    queued = OutboxMessage.objects.select_for_update().filter(
        organisation_id=request.organisation_id,
        kind="feedback.letter",
        ref_id=str(request.pk),
        status__in=[OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED],
    )
    for message in queued:
        cancelled = OutboxMessage.objects.filter(
            pk=message.pk, status__in=[OutboxStatus.PENDING, OutboxStatus.FAILED]
        ).update(status=OutboxStatus.CANCELLED, locked_until=None)
        if not cancelled:
            raise ServiceError(ALREADY_SENDING, code="already_sending")


@transaction.atomic
def feedback_letter_edit(
    *, actor: User, request: FeedbackRequest, texts: Mapping[int, str], version: int
) -> FeedbackLetter:
    """Replace sentences of the draft; re-screen; an approved letter goes back to review."""
    _require_request(actor, request)
    request = lock(request)
    row = FeedbackLetter.objects.select_for_update().get(request=request)
    if row.version != version:
        raise ServiceError(STALE_LETTER, code="stale")
    if request.state not in (State.DRAFTED, State.APPROVED):
        raise ServiceError(
            f"A {request.get_state_display().lower()} letter cannot be edited.", code="transition"
        )
    letter = core_io.letter_from_dict(row.letter)
    current = [s.text for s in letter.sentences()]
    changed = {
        i: " ".join(t.split())
        for i, t in texts.items()
        if 0 <= i < len(current) and " ".join(t.split()) != current[i]
    }
    if any(not t for t in changed.values()):
        raise ServiceError(
            "A sentence cannot be empty.",
            code="invalid",
            problems=[FieldProblem("Write the sentence, or keep its text.", None)],
        )
    if not changed:
        return row
    if request.state == State.APPROVED:
        _cancel_queued_letter(request)
    letter = core_io.letter_with_texts(letter, changed)
    screening = core_io.screen_letter(letter, application=request.application)
    row.letter = letter.to_dict()
    row.screening = core_io.screening_to_dict(screening)
    row.edited = sorted(set(row.edited) | set(changed))
    row.version += 1
    row.first_approved_by = None
    row.approved_by = None
    row.approved_version = None
    row.approved_at = None
    row.override_reason = ""
    row.save()
    feedback_transition(
        request=request,
        target=State.DRAFTED,
        actor=actor,
        action="candor.feedback.letter_edited",
        payload={
            "version": row.version,
            "sentences": sorted(changed),
            "findings": [f.rule_id for f in screening.findings],
        },
    )
    return row


# Approval and sending -------------------------------------------------------------


@transaction.atomic
def feedback_approve(
    *,
    actor: User,
    request: FeedbackRequest,
    version: int,
    override_reason: str = "",
    base_url: str | None = None,
) -> FeedbackRequest:
    """Approve the letter version the reviewer read; queue the e-mail in the same transaction.

    A letter with ``error`` findings needs ``override_reason`` (recorded). Where
    the policy asks for a second approval, the first approval is recorded and
    the letter waits for a different person.
    """
    organisation = _require_request(actor, request)
    request = lock(request)
    if request.state in (State.APPROVED, State.SENT, State.CLOSED):
        raise ServiceError(ALREADY_APPROVED, code="already_approved")
    if request.state != State.DRAFTED:
        raise ServiceError(
            f"A {request.get_state_display().lower()} request has no letter to approve.",
            code="transition",
        )
    row = FeedbackLetter.objects.select_for_update().get(request=request)
    if row.version != version:
        raise ServiceError(STALE_LETTER, code="stale")
    letter = core_io.letter_from_dict(row.letter)
    screening = core_io.screening_from_dict(row.screening)
    reason = " ".join(override_reason.split())
    if screening.has_errors and not reason:
        raise ServiceError(
            BLOCKED, code="blocked", problems=[FieldProblem(BLOCKED, "override_reason")]
        )
    if core_io.second_approval_required(organisation):
        if row.first_approved_by_id is None:
            row.first_approved_by = actor
            row.override_reason = reason
            row.save(update_fields=["first_approved_by", "override_reason", "updated_at"])
            audit_record(
                organisation=organisation,
                actor=actor,
                action="candor.feedback.first_approval",
                obj=request,
                payload={"version": row.version, "override": reason},
            )
            return request
        if row.first_approved_by_id == actor.pk:
            raise ServiceError(
                "The policy asks for a second person to approve this letter.", code="same_person"
            )
    now = timezone.now()
    override = Override(reason=reason, by=actor.username, at=now) if screening.has_errors else None
    rel = letter_release(letter, screening=screening, override=override)
    text, html = core_io.render_email(rel, organisation)
    link = portal_link(request, base_url=base_url)
    text += f"\nYou can also read this letter, and download it as a PDF, here:\n{link}\n"
    html = html.replace(
        "</body>",
        f'<p style="font-family:sans-serif">You can also read this letter, and download it as '
        f'a PDF, <a href="{link}">on your feedback page</a>.</p></body>',
    )
    row.approved_by = actor
    row.approved_version = row.version
    row.approved_at = now
    row.override_reason = reason if screening.has_errors else ""
    row.save()
    feedback_transition(
        request=request,
        target=State.APPROVED,
        actor=actor,
        action="candor.feedback.approved",
        payload={
            "version": row.version,
            "first_approval": row.first_approved_by.username if row.first_approved_by else None,
            "override": row.override_reason,
            "findings": [f.rule_id for f in screening.findings],
        },
    )
    outbox_enqueue(
        organisation=organisation,
        key=f"feedback-letter:{request.pk}:v{row.version}",
        kind="feedback.letter",
        to=request.application.candidate.email,
        subject=letter.subject,
        body_text=text,
        body_html=html,
        ref=request,
    )
    return request


def feedback_mark_sent(*, request_id: int, message: OutboxMessage) -> None:
    """Called by the worker in the transaction that records a delivered letter."""
    request = FeedbackRequest.objects.select_for_update().select_related("organisation")
    req = request.filter(pk=request_id, organisation_id=message.organisation_id).first()
    if req is None or req.state != State.APPROVED:
        return
    feedback_transition(
        request=req,
        target=State.SENT,
        actor=None,
        action="candor.feedback.sent",
        payload={"message_id": message.message_id, "to": message.to},
        fields={"sent_at": message.sent_at or timezone.now()},
    )


# Ending a request ------------------------------------------------------------------


@transaction.atomic
def feedback_decline(*, actor: User, request: FeedbackRequest, reason: str) -> FeedbackRequest:
    _require_request(actor, request)
    request = lock(request)
    reason = " ".join(reason.split())
    if not reason:
        raise ServiceError(
            "Say why the request is declined.",
            code="invalid",
            problems=[FieldProblem("Say why.", "reason")],
        )
    return feedback_transition(
        request=request,
        target=State.DECLINED,
        actor=actor,
        action="candor.feedback.declined",
        payload={"reason": reason},
        fields={"decline_reason": reason[:300], "closed_at": timezone.now()},
    )


@transaction.atomic
def feedback_withdraw(*, request: FeedbackRequest, actor: User | None = None) -> FeedbackRequest:
    """The candidate (from the portal) or staff on their behalf withdraws the request."""
    if actor is not None:
        _require_request(actor, request)
    request = lock(request)
    if request.state == State.APPROVED:
        _cancel_queued_letter(request)
    return feedback_transition(
        request=request,
        target=State.WITHDRAWN,
        actor=actor,
        action="candor.feedback.withdrawn",
        payload={"by": "staff" if actor else "candidate"},
        fields={"closed_at": timezone.now()},
    )


@transaction.atomic
def feedback_close(*, actor: User, request: FeedbackRequest) -> FeedbackRequest:
    _require_request(actor, request)
    request = lock(request)
    return feedback_transition(
        request=request,
        target=State.CLOSED,
        actor=actor,
        action="candor.feedback.closed",
        fields={"closed_at": timezone.now()},
    )


@transaction.atomic
def feedback_survey_answer(
    *, request: FeedbackRequest, useful: int, comment: str
) -> SurveyResponse:
    """The candidate's one-question survey; answering closes the request."""
    request = lock(request)
    if request.state != State.SENT or hasattr(request, "survey"):
        raise ServiceError("Thank you: this survey has already been answered.", code="answered")
    if not 1 <= useful <= 5:
        raise ServiceError(
            "Choose 1 to 5.", code="invalid", problems=[FieldProblem("Choose 1 to 5.", "useful")]
        )
    response = SurveyResponse.objects.create(
        organisation_id=request.organisation_id,
        request=request,
        useful=useful,
        comment=comment.strip()[:2000],
    )
    feedback_transition(
        request=request,
        target=State.CLOSED,
        actor=None,
        action="candor.feedback.survey_answered",
        payload={"useful": useful, "comment": bool(response.comment)},
        fields={"closed_at": timezone.now()},
    )
    return response


# Staff reads that are recorded -------------------------------------------------------


def feedback_letter_viewed(*, actor: User, request: FeedbackRequest) -> None:
    """A member of staff opened a request's letter: recorded in the audit log."""
    organisation = _require_request(actor, request)
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.feedback.letter_viewed",
        obj=request,
        payload={"application": request.application_id, "state": request.state},
    )


# The worker's housekeeping -------------------------------------------------------------


def feedback_expire_unverified() -> int:
    """Requests never verified before their link expired become ``expired``."""
    now = timezone.now()
    count = 0
    for pk in FeedbackRequest.objects.filter(
        state=State.RECEIVED, verify_expires_at__lt=now
    ).values_list("pk", flat=True)[:500]:
        with transaction.atomic():
            req = lock(FeedbackRequest(pk=pk))
            if (
                req.state != State.RECEIVED
                or not req.verify_expires_at
                or req.verify_expires_at >= now
            ):
                continue
            feedback_transition(
                request=req,
                target=State.EXPIRED,
                actor=None,
                action="candor.feedback.expired",
                fields={"verify_nonce": "", "closed_at": now},
            )
            count += 1
    return count


def _reminder_recipients(request: FeedbackRequest) -> list[str]:
    if request.owner is not None and request.owner.email and request.owner.is_active:
        return [request.owner.email]
    return list(
        User.objects.filter(
            organisation_id=request.organisation_id,
            role__in=[Role.RECRUITER, Role.ADMIN],
            is_active=True,
        )
        .exclude(email="")
        .values_list("email", flat=True)
    )


def feedback_queue_reminders(*, today: dt.date | None = None) -> int:
    """One reminder to the owner when an open request is due within a business day."""
    today = today or timezone.localdate()
    horizon = add_business_days(today, 1)
    count = 0
    due = FeedbackRequest.objects.filter(
        state__in=[s for s in OPEN_STATES if s != State.RECEIVED],
        due_date__lte=horizon,
        reminder_sent_at__isnull=True,
    ).select_related("organisation", "owner", "application__candidate", "application__position")
    for req in due[:500]:
        with transaction.atomic():
            updated = FeedbackRequest.objects.filter(pk=req.pk, reminder_sent_at__isnull=True)
            if not updated.update(reminder_sent_at=timezone.now()):
                continue
            link = public_base(None) + reverse("feedback_request", args=[req.pk])
            overdue = req.due_date < today
            subject = (
                f"{'Overdue' if overdue else 'Due soon'}: feedback for "
                f"{req.application.candidate.name} ({req.application.position.title})"
            )
            body = (
                f"The feedback request of {req.application.candidate.name} for "
                f"{req.application.position.title} is {req.get_state_display().lower()} and "
                f"due on {req.due_date:%A %d %B %Y}.\n\nOpen it: {link}\n"
            )
            for to in _reminder_recipients(req):
                outbox_enqueue(
                    organisation=req.organisation,
                    key=f"feedback-reminder:{req.pk}:{to}",
                    kind="feedback.reminder",
                    to=to,
                    subject=subject,
                    body_text=body,
                    ref=req,
                )
            audit_record(
                organisation=req.organisation,
                actor=None,
                action="candor.feedback.reminder_queued",
                obj=req,
                payload={"due": req.due_date.isoformat(), "overdue": overdue},
            )
            count += 1
    return count


def new_portal_key() -> str:
    return new_secret()
