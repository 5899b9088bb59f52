"""How requests arrive and become verified: the public form, staff, inbound e-mail, the link.

No path tells an outsider whether an address belongs to an application: the
public form answers the same either way, and a refused link shows the same
neutral page whatever the reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from candor.errors import Problem
from candor.feedback import InboundMessage, read_mailbox
from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.decisions.models import Decision, Outcome
from candor_web.errors import FieldProblem, ServiceError
from candor_web.feedback import core_io
from candor_web.feedback.models import (
    OPEN_STATES,
    AskedBy,
    Channel,
    FeedbackLetter,
    FeedbackRequest,
    InboundMail,
    InboundOutcome,
    SecurityEvent,
    State,
)
from candor_web.feedback.services import (
    due_date_from,
    feedback_draft_auto,
    feedback_transition,
    lock,
    portal_link,
    public_base,
)
from candor_web.feedback.tokens import (
    PORTAL_SALT,
    VERIFY_SALT,
    email_hash,
    make_token,
    new_secret,
    read_outcome_token,
    read_token,
)
from candor_web.hiring.models import Application
from candor_web.organisations.models import Organisation
from candor_web.outbox.services import outbox_enqueue


def client_digest(client: str) -> str:
    return hashlib.sha256(client.encode("utf-8")).hexdigest()[:16]


def _decided_applications(organisation: Organisation | None, email: str) -> list[Application]:
    query = Application.objects.filter(
        candidate__email__iexact=email.strip(), decision__outcome="not_selected"
    ).select_related("organisation", "candidate", "position", "decision")
    if organisation is not None:
        query = query.filter(organisation=organisation)
    return list(query.order_by("pk"))


def _send_verification(request: FeedbackRequest, *, base_url: str | None) -> None:
    """A fresh single-use link (the previous one stops working) in the outbox."""
    policy = core_io.policy_of(request.organisation)
    nonce = new_secret()
    request.verify_nonce = nonce
    request.verify_expires_at = timezone.now() + timedelta(hours=policy.verification_hours)
    request.save(update_fields=["verify_nonce", "verify_expires_at"])
    token = make_token(
        salt=VERIFY_SALT,
        request_id=request.pk,
        email=request.application.candidate.email,
        secret=nonce,
    )
    link = public_base(base_url) + reverse("feedback_verify", args=[token])
    letter = core_io.compose_verification_letter(
        application=request.application, link=link, date=timezone.localdate()
    )
    text, html = core_io.render_email(core_io.release_system_letter(letter), request.organisation)
    outbox_enqueue(
        organisation=request.organisation,
        key=f"feedback-verify:{request.pk}:{nonce[:12]}",
        kind="feedback.verification",
        to=request.application.candidate.email,
        subject=letter.subject,
        body_text=text,
        body_html=html,
        ref=request,
    )
    audit_record(
        organisation=request.organisation,
        actor=None,
        action="candor.feedback.verification_sent",
        obj=request,
        payload={"expires": request.verify_expires_at.isoformat()},
    )


def _open_request(application: Application) -> FeedbackRequest | None:
    return (
        FeedbackRequest.objects.select_for_update()
        .filter(
            organisation_id=application.organisation_id,
            application=application,
            asked_by=AskedBy.CANDIDATE,
            state__in=OPEN_STATES,
        )
        .first()
    )


def _create(
    *,
    application: Application,
    channel: str,
    asked_by: str = AskedBy.CANDIDATE,
    actor: User | None = None,
    name: str = "",
    email: str = "",
    message: str = "",
    inbound_message_id: str = "",
) -> FeedbackRequest:
    now = timezone.now()
    decision = getattr(application, "decision", None)
    owner = decision.decided_by if decision is not None else None
    request = FeedbackRequest.objects.create(
        organisation_id=application.organisation_id,
        application=application,
        channel=channel,
        asked_by=asked_by,
        requester_name=name[:200],
        requester_email=email[:254],
        message=message[:20000],
        owner=owner if owner is not None and owner.is_active else None,
        received_at=now,
        due_date=due_date_from(now, application.organisation),
        portal_key=new_secret(),
        inbound_message_id=inbound_message_id[:300],
    )
    audit_record(
        organisation=application.organisation,
        actor=actor,
        action="candor.feedback.received",
        obj=request,
        payload={
            "application": application.pk,
            "candidate": application.candidate.ref,
            "channel": channel,
            "asked_by": asked_by,
            "due": request.due_date.isoformat(),
        },
    )
    return request


def _candidate_request(
    application: Application,
    *,
    channel: str,
    base_url: str | None,
    actor: User | None = None,
    message: str = "",
    inbound_message_id: str = "",
) -> FeedbackRequest:
    """Create the candidate's request, or re-send the link of the one still unverified."""
    existing = _open_request(application)
    if existing is not None:
        existing = lock(existing)
        if existing.state == State.RECEIVED:
            _send_verification(existing, base_url=base_url)
        return existing
    request = _create(
        application=application,
        channel=channel,
        actor=actor,
        email=application.candidate.email,
        name=application.candidate.name,
        message=message,
        inbound_message_id=inbound_message_id,
    )
    request = lock(request)
    _send_verification(request, base_url=base_url)
    return request


def feedback_request_public(*, email: str, message: str = "", base_url: str | None) -> int:
    """The public form: a link to every matching not-selected application's address on file.

    Returns the number of links queued (for tests); the view shows the same
    page whatever it is.
    """
    count = 0
    for application in _decided_applications(None, email):
        with transaction.atomic():
            _candidate_request(
                application, channel=Channel.FORM, base_url=base_url, message=message
            )
            count += 1
    if not count:
        # Keep the timing of an unknown address close to a known one.
        make_token(salt=VERIFY_SALT, request_id=0, email=email, secret=new_secret())
    return count


@transaction.atomic
def feedback_request_record(
    *,
    actor: User,
    application: Application,
    asked_by: str,
    requester_name: str = "",
    requester_email: str = "",
    message: str = "",
    base_url: str | None = None,
) -> FeedbackRequest:
    """Staff record a request that came by phone or e-mail.

    From the candidate: a verification link goes to the address on file (never
    to an address given on the phone). From a third party: the request is
    declined at once and the third-party letter, which discloses nothing, goes
    to the requester's address if one was given.
    """
    organisation = require(actor, Perm.HANDLE_FEEDBACK)
    found = (
        Application.objects.select_related("organisation", "candidate", "position")
        .filter(organisation=organisation, pk=application.pk)
        .first()
    )
    if found is None:
        raise ServiceError("No such application.", code="not_found")
    application = found
    if asked_by not in AskedBy.values:
        raise ServiceError(
            "Say who asked.", code="invalid", problems=[FieldProblem("Say who asked.", "asked_by")]
        )
    if asked_by == AskedBy.CANDIDATE:
        if not application.candidate.email:
            raise ServiceError(
                "This candidate has no e-mail address on file, so their identity cannot be "
                "verified. Add the address to the candidate first.",
                code="no_email",
            )
        return _candidate_request(
            application, channel=Channel.STAFF, base_url=base_url, actor=actor, message=message
        )
    request = _create(
        application=application,
        channel=Channel.STAFF,
        asked_by=asked_by,
        actor=actor,
        name=requester_name,
        email=requester_email,
        message=message,
    )
    return third_party_decline(request=lock(request), actor=actor)


def third_party_decline(*, request: FeedbackRequest, actor: User | None) -> FeedbackRequest:
    letter = core_io.compose_decline_letter(
        organisation=request.organisation,
        name=request.requester_name,
        email=request.requester_email,
        date=timezone.localdate(),
    )
    rel = core_io.release_system_letter(letter)
    FeedbackLetter.objects.create(
        organisation_id=request.organisation_id,
        request=request,
        kind=letter.kind,
        letter=letter.to_dict(),
        screening=core_io.screening_to_dict(rel.screening),
    )
    if request.requester_email:
        text, html = core_io.render_email(rel, request.organisation)
        outbox_enqueue(
            organisation=request.organisation,
            key=f"feedback-decline:{request.pk}",
            kind="feedback.third_party_decline",
            to=request.requester_email,
            subject=letter.subject,
            body_text=text,
            body_html=html,
            ref=request,
        )
    return feedback_transition(
        request=request,
        target=State.DECLINED,
        actor=actor,
        action="candor.feedback.declined",
        payload={"reason": "third_party", "asked_by": request.asked_by},
        fields={"decline_reason": "Asked by a third party", "closed_at": timezone.now()},
    )


# The links ----------------------------------------------------------------------------


class LinkRefusal(StrEnum):
    FORGED = "forged"
    EXPIRED = "expired"
    USED = "used"
    WRONG_ADDRESS = "wrong_address"
    WRONG_STATE = "wrong_state"


@dataclass(frozen=True, slots=True)
class LinkCheck:
    request: FeedbackRequest | None
    refusal: LinkRefusal | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


def _record_refusal(
    refusal: LinkRefusal,
    *,
    target: FeedbackRequest | Application | None,
    purpose: str,
    client: str,
) -> None:
    """Record a refused link: in the organisation's audit log when the signature was
    genuine, else as a platform security event (a forged link names no one we can trust)."""
    if target is None:
        SecurityEvent.objects.create(
            kind=f"{purpose}.{refusal}", client=client_digest(client), detail=""
        )
    else:
        audit_record(
            organisation=target.organisation,
            actor=None,
            action=f"candor.feedback.{purpose}_link_refused",
            obj=target,
            payload={"reason": str(refusal), "client": client_digest(client)},
        )


def _refuse(
    refusal: LinkRefusal, *, request: FeedbackRequest | None, purpose: str, client: str
) -> LinkCheck:
    _record_refusal(refusal, target=request, purpose=purpose, client=client)
    return LinkCheck(None, refusal)


def _check(
    token: str, *, salt: str, max_age: int, purpose: str, client: str, for_update: bool
) -> LinkCheck:
    claim = read_token(token, salt=salt, max_age=max_age)
    if claim is None:
        return _refuse(LinkRefusal.FORGED, request=None, purpose=purpose, client=client)
    query = FeedbackRequest.objects.select_related(
        "organisation", "application__candidate", "application__position"
    )
    if for_update:
        query = query.select_for_update(of=("self",))
    request = query.filter(pk=claim.request_id).first()
    if request is None:
        return _refuse(LinkRefusal.FORGED, request=None, purpose=purpose, client=client)
    secret = request.verify_nonce if salt == VERIFY_SALT else request.portal_key
    if claim.expired:
        return _refuse(LinkRefusal.EXPIRED, request=request, purpose=purpose, client=client)
    if not secret or claim.secret != secret:
        return _refuse(LinkRefusal.USED, request=request, purpose=purpose, client=client)
    if claim.email_hash != email_hash(request.application.candidate.email):
        return _refuse(LinkRefusal.WRONG_ADDRESS, request=request, purpose=purpose, client=client)
    return LinkCheck(request)


def _verify_max_age(token: str) -> int:
    claim = read_token(token, salt=VERIFY_SALT, max_age=10**9)
    request = (
        FeedbackRequest.objects.select_related("organisation").filter(pk=claim.request_id).first()
        if claim is not None
        else None
    )
    hours = core_io.policy_of(request.organisation).verification_hours if request else 48
    return hours * 3600


@transaction.atomic
def verify_link_check(*, token: str, client: str) -> LinkCheck:
    """Is this verification link usable? (The page before the candidate confirms.)"""
    check = _check(
        token,
        salt=VERIFY_SALT,
        max_age=_verify_max_age(token),
        purpose="verify",
        client=client,
        for_update=False,
    )
    if check.request is not None and check.request.state != State.RECEIVED:
        return _refuse(LinkRefusal.USED, request=check.request, purpose="verify", client=client)
    return check


@dataclass(frozen=True, slots=True)
class Verified:
    request: FeedbackRequest
    portal_url: str


def feedback_verify(*, token: str, client: str, base_url: str | None) -> Verified | LinkCheck:
    """Use a verification link: received → verified, the nonce consumed in the same transaction.

    Then the letter is drafted (in its own transaction) when the decision allows.
    """
    with transaction.atomic():
        check = _check(
            token,
            salt=VERIFY_SALT,
            max_age=_verify_max_age(token),
            purpose="verify",
            client=client,
            for_update=True,
        )
        if check.request is None:
            return check
        request = check.request
        if request.state != State.RECEIVED:
            return _refuse(
                LinkRefusal.WRONG_STATE, request=request, purpose="verify", client=client
            )
        now = timezone.now()
        feedback_transition(
            request=request,
            target=State.VERIFIED,
            actor=None,
            action="candor.feedback.verified",
            payload={"client": client_digest(client)},
            fields={
                "verified_at": now,
                "verify_nonce": "",
                "due_date": due_date_from(now, request.organisation),
            },
        )
    feedback_draft_auto(request=request)
    return Verified(request, portal_link(request, base_url=base_url))


def portal_link_check(*, token: str, client: str, max_days: int) -> LinkCheck:
    with transaction.atomic():
        return _check(
            token,
            salt=PORTAL_SALT,
            max_age=max_days * 86400,
            purpose="portal",
            client=client,
            for_update=False,
        )


# The link in the outcome e-mail ------------------------------------------------------------
#
# Sent to the address on file and bound to it (``outcome.outcome_notice_send``), so
# using it counts as verifying the candidate's identity: the request it creates goes
# received → verified at once, through ``feedback_transition`` like any other.

#: A candidate's earlier request in these states does not stop a new one.
_ASK_AGAIN = (State.WITHDRAWN, State.EXPIRED)


@dataclass(frozen=True, slots=True)
class OutcomeLink:
    """An outcome link checked: its application, and the candidate's request if one exists."""

    application: Application | None
    request: FeedbackRequest | None = None
    refusal: LinkRefusal | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


def _refuse_outcome(
    refusal: LinkRefusal, *, application: Application | None, client: str
) -> OutcomeLink:
    _record_refusal(refusal, target=application, purpose="outcome", client=client)
    return OutcomeLink(None, None, refusal)


def _outcome_check(token: str, *, client: str, for_update: bool) -> OutcomeLink:
    claim = read_outcome_token(token, max_age=settings.CANDOR_OUTCOME_LINK_DAYS * 86400)
    if claim is None:
        return _refuse_outcome(LinkRefusal.FORGED, application=None, client=client)
    query = Application.objects.select_related("organisation", "candidate", "position")
    if for_update:
        query = query.select_for_update(of=("self",))
    application = query.filter(pk=claim.application_id).first()
    if application is None:
        return _refuse_outcome(LinkRefusal.FORGED, application=None, client=client)
    if claim.expired:
        return _refuse_outcome(LinkRefusal.EXPIRED, application=application, client=client)
    if claim.email_hash != email_hash(application.candidate.email):
        return _refuse_outcome(LinkRefusal.WRONG_ADDRESS, application=application, client=client)
    if not Decision.objects.filter(application=application, outcome=Outcome.NOT_SELECTED).exists():
        return _refuse_outcome(LinkRefusal.WRONG_STATE, application=application, client=client)
    existing = (
        FeedbackRequest.objects.select_related(
            "organisation", "application__candidate", "application__position"
        )
        .filter(
            organisation_id=application.organisation_id,
            application=application,
            asked_by=AskedBy.CANDIDATE,
        )
        .exclude(state__in=_ASK_AGAIN)
        .order_by("-pk")
        .first()
    )
    return OutcomeLink(application, existing)


@transaction.atomic
def outcome_link_check(*, token: str, client: str) -> OutcomeLink:
    """Is this outcome link usable, and has the candidate asked already? (Reads only.)"""
    return _outcome_check(token, client=client, for_update=False)


@dataclass(frozen=True, slots=True)
class OutcomeAsked:
    request: FeedbackRequest
    portal_url: str
    existing: bool
    """The candidate had asked already: nothing new was created."""


def feedback_request_outcome_link(
    *, token: str, client: str, base_url: str | None
) -> OutcomeAsked | OutcomeLink:
    """Use the outcome e-mail's link: the candidate's request, created verified.

    A request the candidate already made (and did not withdraw, and that did not
    expire) is shown instead of a new one; one still awaiting its verification
    link is verified now (its link stops working). Then the letter is drafted
    (in its own transaction) when the decision allows, as after a verification.
    """
    with transaction.atomic():
        check = _outcome_check(token, client=client, for_update=True)
        if check.application is None:
            return check
        application = check.application
        existing = check.request is not None
        if check.request is None:
            request = _create(
                application=application,
                channel=Channel.LINK,
                email=application.candidate.email,
                name=application.candidate.name,
            )
        else:
            request = check.request
        request = lock(request)
        verified = request.state == State.RECEIVED
        if verified:
            now = timezone.now()
            feedback_transition(
                request=request,
                target=State.VERIFIED,
                actor=None,
                action="candor.feedback.verified",
                payload={"client": client_digest(client), "via": "outcome_link"},
                fields={
                    "verified_at": now,
                    "verify_nonce": "",
                    "due_date": due_date_from(now, request.organisation),
                },
            )
    if verified:
        feedback_draft_auto(request=request)
        request.refresh_from_db(fields=["state"])
    return OutcomeAsked(request, portal_link(request, base_url=base_url), existing)


# Inbound e-mail ---------------------------------------------------------------------------


@dataclass
class IngestReport:
    requests: int = 0
    triage: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)


def _message_key(msg: InboundMessage) -> str:
    if msg.message_id:
        return msg.message_id[:300]
    basis = f"{msg.from_address}\n{msg.subject}\n{msg.date}\n{msg.text}"
    return "<sha256:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40] + ">"


def _ingest_one(
    msg: InboundMessage, *, organisation: Organisation, base_url: str | None, report: IngestReport
) -> None:
    key = _message_key(msg)
    with transaction.atomic():
        if InboundMail.objects.filter(organisation=organisation, message_id=key).exists():
            report.duplicates += 1
            return
        matches = (
            [] if msg.auto_submitted else _decided_applications(organisation, msg.from_address)
        )
        if msg.auto_submitted:
            outcome = InboundOutcome.AUTO_REPLY
        elif len(matches) == 1:
            outcome = InboundOutcome.REQUEST
        elif matches:
            outcome = InboundOutcome.AMBIGUOUS
        else:
            outcome = InboundOutcome.UNMATCHED
        request = None
        if outcome == InboundOutcome.REQUEST:
            request = _candidate_request(
                matches[0],
                channel=Channel.EMAIL,
                base_url=base_url,
                message=f"{msg.subject}\n\n{msg.text}".strip(),
                inbound_message_id=key,
            )
            report.requests += 1
        else:
            report.triage += 1
        mail = InboundMail.objects.create(
            organisation=organisation,
            message_id=key,
            source=msg.source[:500],
            from_name=msg.from_name[:200],
            from_address=msg.from_address[:320],
            subject=msg.subject[:300],
            text=msg.text,
            date=msg.date,
            outcome=outcome,
            request=request,
            resolved_at=timezone.now() if request is not None else None,
        )
        audit_record(
            organisation=organisation,
            actor=None,
            action="candor.feedback.mail_ingested",
            obj=mail,
            payload={"outcome": str(outcome), "message_id": key, "request": request and request.pk},
        )


def feedback_ingest_mail(
    *, organisation: Organisation, path: str | Path, base_url: str | None = None
) -> IngestReport:
    """Read .eml files or a Maildir; each message once (by Message-ID).

    A sender matching exactly one not-selected application's address on file
    becomes that candidate's request (a verification link still goes to the
    address on file). Unmatched, ambiguous and automatic messages go to the
    triage queue. Unreadable messages are reported and the rest processed.
    """
    report = IngestReport()
    for item in read_mailbox(path):
        if isinstance(item, Problem):
            report.problems.append(item)
            continue
        _ingest_one(item, organisation=organisation, base_url=base_url, report=report)
    return report


@transaction.atomic
def inbound_resolve(
    *,
    actor: User,
    mail: InboundMail,
    application: Application | None,
    asked_by: str = AskedBy.CANDIDATE,
    base_url: str | None = None,
) -> InboundMail:
    """Take a message off the triage queue: make it a request, or dismiss it (no application)."""
    organisation = require(actor, Perm.HANDLE_FEEDBACK)
    mail = InboundMail.objects.select_for_update().get(pk=mail.pk, organisation=organisation)
    if mail.resolved_at is not None:
        raise ServiceError("This message has already been dealt with.", code="resolved")
    request = None
    if application is not None:
        request = feedback_request_record(
            actor=actor,
            application=application,
            asked_by=asked_by,
            requester_name=mail.from_name,
            requester_email=mail.from_address,
            message=f"{mail.subject}\n\n{mail.text}".strip(),
            base_url=base_url,
        )
    mail.request = request
    mail.resolved_at = timezone.now()
    mail.resolved_by = actor
    mail.save(update_fields=["request", "resolved_at", "resolved_by"])
    audit_record(
        organisation=organisation,
        actor=actor,
        action="candor.feedback.mail_triaged",
        obj=mail,
        payload={"request": request.pk if request else None, "asked_by": asked_by},
    )
    return mail
