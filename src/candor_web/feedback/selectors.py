"""Reads for feedback requests, and who may see them."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from candor.feedback import business_days_between
from candor.letters import LetterFinding, Sentence
from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.models import AuditEvent
from candor_web.feedback import core_io
from candor_web.feedback.models import (
    OPEN_STATES,
    FeedbackLetter,
    FeedbackRequest,
    InboundMail,
    InboundOutcome,
    ProcessIncident,
    State,
)
from candor_web.feedback.outcome import outcome_key
from candor_web.hiring.models import Application
from candor_web.outbox.models import OutboxMessage


def request_queue(*, user: User, view: str = "open") -> QuerySet[FeedbackRequest]:
    """The organisation's requests: open ones by due date (overdue first), or all, newest first."""
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    query = FeedbackRequest.objects.filter(organisation=organisation).select_related(
        "application__candidate", "application__position", "owner"
    )
    if view == "open":
        return query.filter(state__in=OPEN_STATES).order_by("due_date", "pk")
    return query.order_by("-received_at", "-pk")


def request_get(*, user: User, pk: int) -> FeedbackRequest:
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    request = (
        FeedbackRequest.objects.filter(organisation=organisation, pk=pk)
        .select_related(
            "organisation",
            "application__candidate",
            "application__position",
            "application__plan_version",
            "owner",
        )
        .first()
    )
    if request is None:
        raise Http404
    return request


def application_for_request(*, user: User, pk: int) -> Application:
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    application = (
        Application.objects.filter(organisation=organisation, pk=pk)
        .select_related("candidate", "position")
        .first()
    )
    if application is None:
        raise Http404
    return application


def application_by_ref(*, user: User, ref: str) -> list[Application]:
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    return list(
        Application.objects.filter(organisation=organisation, candidate__ref=ref.strip())
        .select_related("candidate", "position")
        .order_by("pk")
    )


@dataclass(frozen=True, slots=True)
class ReviewSentence:
    index: int
    sentence: Sentence
    section: str
    edited: bool
    findings: tuple[LetterFinding, ...]


@dataclass(frozen=True, slots=True)
class Review:
    """A letter as the reviewer sees it: each sentence with provenance and findings."""

    row: FeedbackLetter
    subject: str
    sentences: tuple[ReviewSentence, ...]
    other_findings: tuple[LetterFinding, ...]
    has_errors: bool
    waiting_for_second: bool


def letter_review(*, request: FeedbackRequest) -> Review | None:
    row = (
        FeedbackLetter.objects.filter(organisation_id=request.organisation_id, request=request)
        .select_related("first_approved_by", "approved_by")
        .first()
    )
    if row is None:
        return None
    letter = core_io.letter_from_dict(row.letter)
    screening = core_io.screening_from_dict(row.screening)
    by_segment: dict[str, list[LetterFinding]] = {}
    for f in screening.findings:
        by_segment.setdefault(f.segment, []).append(f)
    sections: list[str] = ["salutation"]
    for section in letter.sections:
        for item in section.items:
            sections += [section.heading or section.id] * len(item.sentences)
    sections.append("closing")
    edited = set(row.edited)
    out = tuple(
        ReviewSentence(i, s, sections[i], i in edited, tuple(by_segment.pop(f"sentence[{i}]", [])))
        for i, s in enumerate(letter.sentences())
    )
    rest = tuple(f for fs in by_segment.values() for f in fs)
    return Review(
        row=row,
        subject=letter.subject,
        sentences=out,
        other_findings=rest,
        has_errors=screening.has_errors,
        waiting_for_second=row.first_approved_by_id is not None and row.approved_by_id is None,
    )


def request_timeline(*, request: FeedbackRequest) -> list[AuditEvent]:
    return list(
        AuditEvent.objects.filter(
            organisation_id=request.organisation_id,
            object_type="feedback.feedbackrequest",
            object_id=str(request.pk),
        ).order_by("sequence")
    )


def triage_list(*, user: User) -> QuerySet[InboundMail]:
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    return (
        InboundMail.objects.filter(organisation=organisation, resolved_at__isnull=True)
        .exclude(outcome=InboundOutcome.REQUEST)
        .order_by("-created_at", "-pk")
    )


def triage_get(*, user: User, pk: int) -> InboundMail:
    mail = triage_list(user=user).filter(pk=pk).first()
    if mail is None:
        raise Http404
    return mail


def triage_count(*, user: User) -> int:
    return triage_list(user=user).count()


@dataclass(frozen=True, slots=True)
class PositionFigures:
    position: str
    requests: int
    answered: int
    median_days: float | None
    on_time_share: float | None
    survey_n: int
    survey_mean: float | None
    third_party: int


def feedback_figures(*, user: User) -> list[PositionFigures]:
    """Per position: requests, answered, median business days to answer, share on time, survey."""
    organisation = require(user, Perm.VIEW_HIRING)
    rows = FeedbackRequest.objects.filter(organisation=organisation).values_list(
        "application__position__title",
        "asked_by",
        "state",
        "received_at",
        "sent_at",
        "due_date",
        "survey__useful",
    )
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        groups.setdefault(row[0], []).append(row)
    out = []
    for title in sorted(groups):
        items = groups[title]
        own = [r for r in items if r[1] == "candidate"]
        sent = [r for r in own if r[4] is not None]
        days = [
            business_days_between(timezone.localdate(r[3]), timezone.localdate(r[4])) for r in sent
        ]
        on_time = [timezone.localdate(r[4]) <= r[5] for r in sent]
        scores = [r[6] for r in own if r[6] is not None]
        out.append(
            PositionFigures(
                position=title,
                requests=len(own),
                answered=len(sent),
                median_days=statistics.median(days) if days else None,
                on_time_share=sum(on_time) / len(on_time) if on_time else None,
                survey_n=len(scores),
                survey_mean=statistics.fmean(scores) if scores else None,
                third_party=len(items) - len(own),
            )
        )
    return out


def is_overdue(request: FeedbackRequest) -> bool:
    return request.state in OPEN_STATES and request.due_date < timezone.localdate()


__all__ = ["State"]


def incidents_for_application(*, user: User, application: Application) -> list[ProcessIncident]:
    """The incidents recorded for one application of the user's organisation."""
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    return list(
        ProcessIncident.objects.filter(organisation=organisation, application=application)
        .select_related("recorded_by")
        .order_by("-created_at")
    )


def outcome_notice_get(*, user: User, application: Application) -> OutboxMessage | None:
    """The outcome e-mail queued for ``application`` (one at most), for staff who handle feedback."""
    organisation = require(user, Perm.HANDLE_FEEDBACK)
    return OutboxMessage.objects.filter(
        organisation=organisation,
        idempotency_key=outcome_key(application.pk),
    ).first()


def sent_letter(*, request: FeedbackRequest) -> FeedbackLetter | None:
    """The letter a candidate may read in the portal: only once it has been sent."""
    if request.state not in (State.SENT, State.CLOSED):
        return None
    return FeedbackLetter.objects.filter(
        organisation_id=request.organisation_id, request=request
    ).first()
