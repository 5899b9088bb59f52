"""The demo shows feedback requests: pending with a deadline, a declined parent, a closed one."""

from __future__ import annotations

from candor_web.audit.selectors import audit_chain_verify_all
from candor_web.demo import demo_load
from candor_web.feedback.models import FeedbackRequest, State
from candor_web.outbox.models import OutboxMessage, Status
from tests.conftest import DEMO


def test_demo_feedback_requests(db: None) -> None:
    demo_load(DEMO)
    rows = {
        (r.application.candidate.ref, r.asked_by): r
        for r in FeedbackRequest.objects.select_related("application__candidate")
    }
    assert set(rows) == {("C04", "candidate"), ("C04", "parent"), ("C06", "candidate")}
    robert = rows["C04", "candidate"]
    assert robert.state == State.DRAFTED and robert.due_date is not None
    assert "concerns" in robert.message
    assert rows["C04", "parent"].state == State.DECLINED
    aisha = rows["C06", "candidate"]
    assert aisha.state == State.CLOSED and aisha.survey.useful == 4
    assert any(s["id"] == "incident" for s in aisha.letter.letter["sections"])
    pending = OutboxMessage.objects.get(status=Status.PENDING)
    assert pending.to == "helen.kowalski@example.net"
    demo_load(DEMO)  # idempotent
    assert FeedbackRequest.objects.count() == 3
    assert all(r.ok for r in audit_chain_verify_all())
