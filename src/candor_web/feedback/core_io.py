"""Between feedback rows and the core's letters: policy, decision record, letters, rendering.

The only module of the feedback app that builds core objects. Letters are
stored as ``Letter.to_dict()`` and rebuilt here; nothing here decides what a
letter says (the core does).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import asdict
from functools import lru_cache
from typing import Any

from candor.candidates import Candidate as CoreCandidate
from candor.letters import (
    DEFAULT_POLICY,
    Item,
    Letter,
    LetterFinding,
    Override,
    Policy,
    Provenance,
    ReleasedLetter,
    Screening,
    Section,
    Sentence,
    Signature,
    compose_feedback,
    compose_third_party_decline,
    compose_verification,
    decision_record,
    letter_release,
    letter_screen,
    parse_policy,
)
from candor.letters.incidents import Incident
from candor.letters.render import render_html, render_pdf, render_text
from candor.plans import Plan
from candor_web.decisions.models import Decision
from candor_web.feedback.models import FeedbackLetter, FeedbackPolicy, ProcessIncident
from candor_web.hiring.core_io import plan_of
from candor_web.hiring.models import Application
from candor_web.organisations.models import Organisation
from candor_web.scorecards.core_io import pool_score


@lru_cache(maxsize=64)
def _parse_policy(text: str, organisation: str) -> Policy:
    policy = parse_policy(text, source="policy.yaml")
    if not policy.organisation:
        policy = dataclasses.replace(policy, organisation=organisation)
    return policy


def policy_of(organisation: Organisation) -> Policy:
    """The organisation's policy (parsed once per process and text), else the default."""
    row = FeedbackPolicy.objects.filter(organisation=organisation).first()
    if row is None:
        return dataclasses.replace(DEFAULT_POLICY, organisation=organisation.name)
    return _parse_policy(row.source_yaml, organisation.name)


def second_approval_required(organisation: Organisation) -> bool:
    return FeedbackPolicy.objects.filter(organisation=organisation, second_approval=True).exists()


def core_candidate(application: Application) -> CoreCandidate:
    c = application.candidate
    return CoreCandidate(id=str(application.pk), name=c.name, internal=c.internal, email=c.email)


def plan_for(application: Application) -> Plan:
    return plan_of(application.plan_version)


def compose_feedback_letter(*, application: Application, date: dt.date) -> Letter:
    """The core's feedback letter for a decided application (raises the core's InputError)."""
    from candor.errors import InputError

    decision = Decision.objects.filter(application=application).first()
    if decision is None:
        raise InputError("no decision has been recorded for this candidate yet")
    pool = pool_score(application.plan_version)
    result = pool.for_application(application)
    if result is None:
        raise InputError("this candidate has no ratings")
    incidents = [
        Incident(candidate=str(application.pk), kind=i.kind, date=i.date, description=i.description)
        for i in ProcessIncident.objects.filter(
            organisation_id=application.organisation_id, application=application
        ).order_by("pk")
    ]
    record = decision_record(pool.plan, result, core_candidate(application), incidents=incidents)
    # The recorded decision, not the rule's suggestion, is what the letter explains.
    record = dataclasses.replace(record, outcome=decision.outcome)
    policy = policy_of(application.organisation)
    return compose_feedback(record, pool.plan, policy, date=date)


def compose_decline_letter(
    *, organisation: Organisation, name: str, email: str, date: dt.date
) -> Letter:
    return compose_third_party_decline(
        policy_of(organisation),
        organisation=organisation.name,
        date=date,
        requester_name=name,
        requester_email=email,
    )


def compose_verification_letter(*, application: Application, link: str, date: dt.date) -> Letter:
    return compose_verification(
        policy_of(application.organisation),
        candidate=core_candidate(application),
        position_title=application.position.title,
        organisation=application.organisation.name,
        link=link,
        date=date,
    )


# Stored letters --------------------------------------------------------------


def _sentence(data: dict[str, Any]) -> Sentence:
    return Sentence(text=data["text"], provenance=Provenance(**data["provenance"]))


def letter_from_dict(data: dict[str, Any]) -> Letter:
    """Rebuild a core ``Letter`` from ``Letter.to_dict()``."""
    return Letter(
        kind=data["kind"],
        method_id=data["method_id"],
        date=dt.date.fromisoformat(data["date"]),
        organisation=data["organisation"],
        subject=data["subject"],
        recipient_name=data["recipient_name"],
        recipient_email=data["recipient_email"],
        salutation=_sentence(data["salutation"]),
        sections=tuple(
            Section(
                id=s["id"],
                items=tuple(
                    Item(tuple(_sentence(x) for x in i["sentences"]), i.get("title"))
                    for i in s["items"]
                ),
                heading=s.get("heading"),
                style=s.get("style", "prose"),
            )
            for s in data["sections"]
        ),
        closing=_sentence(data["closing"]),
        signature=Signature(**data["signature"]),
        candidate_id=data.get("candidate_id"),
        audience=data.get("audience", "external"),
        level=data.get("level"),
        policy_version=data.get("policy_version", ""),
        plan_version=data.get("plan_version", ""),
        language=data.get("language", "en"),
    )


def letter_with_texts(letter: Letter, texts: dict[int, str]) -> Letter:
    """The letter with sentence ``i`` (reading order, as ``Letter.sentences()``) replaced."""
    counter = iter(range(10**9))

    def swap(s: Sentence) -> Sentence:
        i = next(counter)
        if i in texts:
            return Sentence(text=texts[i], provenance=s.provenance)
        return s

    salutation = swap(letter.salutation)
    sections = tuple(
        dataclasses.replace(
            sec,
            items=tuple(
                dataclasses.replace(it, sentences=tuple(swap(s) for s in it.sentences))
                for it in sec.items
            ),
        )
        for sec in letter.sections
    )
    closing = swap(letter.closing)
    return dataclasses.replace(letter, salutation=salutation, sections=sections, closing=closing)


def screening_to_dict(screening: Screening) -> dict[str, Any]:
    return asdict(screening)


def screening_from_dict(data: dict[str, Any]) -> Screening:
    return Screening(
        method_id=data.get("method_id", ""),
        findings=tuple(LetterFinding(**f) for f in data.get("findings", [])),
    )


def screen_letter(letter: Letter, *, application: Application | None) -> Screening:
    requirements = plan_for(application).requirements if application is not None else ()
    return letter_screen(letter, requirements=requirements)


def released(row: FeedbackLetter) -> ReleasedLetter:
    """The stored, approved letter through the core's gate (with its recorded override)."""
    letter = letter_from_dict(row.letter)
    screening = screening_from_dict(row.screening)
    override = None
    if screening.has_errors:
        override = Override(
            reason=row.override_reason or "approved",
            by=row.approved_by.username if row.approved_by else "candor",
            at=row.approved_at,
        )
    return letter_release(letter, screening=screening, override=override)


def release_system_letter(letter: Letter) -> ReleasedLetter:
    """Fixed-wording letters (verification, third-party decline) pass the same gate,
    with no override: if screening ever flags the core's own wording, sending
    stops with ``LetterBlocked`` and the tests that send these letters fail."""
    return letter_release(letter)


def render_email(rel: ReleasedLetter, organisation: Organisation) -> tuple[str, str]:
    letterhead = policy_of(organisation).letterhead
    return render_text(rel, letterhead=letterhead), render_html(rel, letterhead=letterhead)


def render_letter_pdf(rel: ReleasedLetter, organisation: Organisation) -> bytes:
    return render_pdf(rel, letterhead=policy_of(organisation).letterhead)
