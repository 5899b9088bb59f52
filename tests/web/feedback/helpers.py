"""Builders for feedback tests: a decided, not-selected candidate and link extraction."""

from __future__ import annotations

import re

from candor_web.decisions.services import decision_record
from candor_web.feedback.models import FeedbackRequest
from candor_web.outbox.models import OutboxMessage
from tests.web.factories import Org, submit

LINK = re.compile(r"https?://[^\s<>\"']+/(feedback/verify|feedback/outcome|portal)/([^/\s<>\"']+)/")


def decide_not_selected(org: Org, ref: str = "C02") -> None:
    for who in ("i1", "i2", "i3"):
        submit(org, who, ref, 2)
    decision_record(
        actor=org["recruiter"],
        application=org.applications[ref],
        outcome="not_selected",
        criteria=[],
        note="",
        plan_hash=org.plan_hash,
    )


def token_in(message: OutboxMessage, kind: str = "feedback/verify") -> str:
    for found in LINK.finditer(message.body_text):
        if found.group(1) == kind:
            return found.group(2)
    raise AssertionError(f"no {kind} link in {message.body_text!r}")


def last_message(kind: str) -> OutboxMessage:
    message = OutboxMessage.objects.filter(kind=kind).order_by("-pk").first()
    assert message is not None, f"no {kind} message in the outbox"
    return message


def request_of(org: Org, ref: str = "C02") -> FeedbackRequest:
    return FeedbackRequest.objects.get(application=org.applications[ref])
