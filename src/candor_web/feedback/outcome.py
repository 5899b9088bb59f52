"""The outcome e-mail: tells a not-selected candidate the outcome, with an "Ask for feedback" link.

Sent once per application, by a person (recruiter or administrator) from the
decision page. The link is signed over the application and the address on
file (``tokens.make_outcome_token``); the request it creates is handled in
``intake.feedback_request_outcome_link``.

The core has no letter kind for this message, so its fixed wording is the
template ``candor/email/outcome.txt``; ``tests/web/feedback/test_outcome.py``
screens it with ``candor.language.lint`` (it must have no findings). It states
the outcome and thanks the candidate: no reasons, no comparisons, no promises.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from candor.letters import Policy
from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.decisions.models import Decision, Outcome
from candor_web.errors import ServiceError
from candor_web.feedback import core_io
from candor_web.feedback.services import public_base
from candor_web.feedback.tokens import make_outcome_token
from candor_web.hiring.models import Application
from candor_web.outbox.models import OutboxMessage
from candor_web.outbox.services import outbox_enqueue

KIND = "feedback.outcome"
TEMPLATE = "candor/email/outcome.txt"

ALREADY_SENT = "The outcome e-mail has already been sent to this candidate; nothing was sent."
NOT_REJECTED = "The outcome e-mail is for a candidate with a recorded decision of not selected."
NO_EMAIL = "This candidate has no e-mail address on file. Add the address to the candidate first."


def outcome_key(application_id: int) -> str:
    """The outbox idempotency key: one outcome e-mail per application, ever."""
    return f"feedback-outcome:{application_id}"


def outcome_link(application: Application, *, base_url: str | None) -> str:
    token = make_outcome_token(application_id=application.pk, email=application.candidate.email)
    return public_base(base_url) + reverse("feedback_outcome", args=[token])


def retention_sentence(policy: Policy) -> str:
    """The policy's retention sentence, worded as the core's letters word it; "" when none."""
    if policy.retention_months is None:
        return ""
    if policy.retention_text:
        return policy.retention_text
    n = policy.retention_months
    return f"We keep applications for {n} month{'' if n == 1 else 's'}."


def outcome_text(*, application: Application, link: str, days: int) -> tuple[str, str]:
    """(subject, body) of the outcome e-mail for ``application``."""
    policy = core_io.policy_of(application.organisation)
    organisation = policy.organisation or application.organisation.name
    signature = policy.signature
    lines = (
        [x for x in (signature.name, signature.title, signature.organisation or organisation) if x]
        if signature is not None
        else ["The hiring team", organisation]
    )
    title = application.position.title
    raw = render_to_string(
        TEMPLATE,
        {
            "name": application.candidate.name,
            "title": title,
            "organisation": organisation,
            "retention": retention_sentence(policy),
            "link": link,
            "days": days,
            "signature": lines,
        },
    )
    body = "\n".join(line.rstrip() for line in raw.strip().splitlines()) + "\n"
    return f"The outcome of your application for {title}", body


@transaction.atomic
def outcome_notice_send(
    *, actor: User, application: Application, base_url: str | None
) -> OutboxMessage:
    """Queue the outcome e-mail (with its "Ask for feedback" link) to the address on file.

    Once per application: a second call is refused (``already_sent``). The
    message and the audit event ``candor.feedback.outcome_sent`` are written in
    this transaction.
    """
    organisation = require(actor, Perm.HANDLE_FEEDBACK)
    found = (
        Application.objects.select_for_update(of=("self",))
        .select_related("organisation", "candidate", "position")
        .filter(organisation=organisation, pk=application.pk)
        .first()
    )
    if found is None:
        raise ServiceError("No such application.", code="not_found")
    application = found
    decision = Decision.objects.filter(application=application).first()
    if decision is None or decision.outcome != Outcome.NOT_SELECTED:
        raise ServiceError(NOT_REJECTED, code="not_rejected")
    if not application.candidate.email:
        raise ServiceError(NO_EMAIL, code="no_email")
    key = outcome_key(application.pk)
    if OutboxMessage.objects.filter(organisation=organisation, idempotency_key=key).exists():
        raise ServiceError(ALREADY_SENT, code="already_sent")
    days = settings.CANDOR_OUTCOME_LINK_DAYS
    subject, body = outcome_text(
        application=application, link=outcome_link(application, base_url=base_url), days=days
    )
    message = outbox_enqueue(
        organisation=organisation,
        key=key,
        kind=KIND,
        to=application.candidate.email,
        subject=subject,
        body_text=body,
        ref=application,
    )
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.feedback.outcome_sent",
        obj=application,
        payload={
            "application": application.pk,
            "candidate": application.candidate.ref,
            "decision": decision.pk,
            "message": message.pk,
            "link_expires": (timezone.localdate() + dt.timedelta(days=days)).isoformat(),
        },
    )
    return message
