"""The feedback workflow end to end through the services and views (locmem mail)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from candor_web.audit.models import AuditEvent
from candor_web.audit.selectors import audit_chain_verify
from candor_web.errors import ServiceError
from candor_web.feedback.intake import feedback_request_public, feedback_request_record
from candor_web.feedback.models import FeedbackLetter, FeedbackPolicy, SecurityEvent, State
from candor_web.feedback.selectors import feedback_figures, letter_review
from candor_web.feedback.services import (
    feedback_approve,
    feedback_letter_edit,
    feedback_survey_answer,
)
from candor_web.outbox.models import OutboxMessage, Status
from candor_web.outbox.worker import outbox_run_batch
from tests.web.factories import World
from tests.web.feedback.helpers import decide_not_selected, last_message, request_of, token_in


@pytest.fixture
def decided(world: World) -> World:
    decide_not_selected(world.a)
    return world


def verified(world: World, client: Client | None = None) -> Any:
    assert feedback_request_public(email="DANIEL@example.net", base_url="http://testserver/") == 1
    token = token_in(last_message("feedback.verification"))
    response = (client or Client()).post(reverse("feedback_verify", args=[token]))
    assert response.status_code == 200, response.content
    return request_of(world.a)


def test_public_form_answers_the_same_for_known_and_unknown_addresses(decided: World) -> None:
    client = Client()
    known = client.post(reverse("feedback_ask"), {"email": "daniel@example.net"})
    unknown = client.post(reverse("feedback_ask"), {"email": "nobody@example.net"})
    assert known.status_code == unknown.status_code == 200
    csrf = re.compile(rb'"X-CSRFToken": "[^"]*"')
    assert csrf.sub(b"", known.content) == csrf.sub(b"", unknown.content)
    assert OutboxMessage.objects.filter(kind="feedback.verification").count() == 1
    assert OutboxMessage.objects.get().to == "daniel@example.net"


def test_verification_link_works_once_and_drafts_the_letter(decided: World) -> None:
    feedback_request_public(email="daniel@example.net", base_url="http://testserver/")
    req = request_of(decided.a)
    assert req.state == State.RECEIVED and req.due_date is not None
    token = token_in(last_message("feedback.verification"))
    client = Client()
    page = client.get(reverse("feedback_verify", args=[token]))
    assert page.status_code == 200 and b"Confirm" in page.content
    request_of(decided.a).refresh_from_db()
    assert request_of(decided.a).state == State.RECEIVED  # opening the page consumes nothing
    done = client.post(reverse("feedback_verify", args=[token]))
    assert done.status_code == 200 and b"/portal/" in done.content
    req = request_of(decided.a)
    assert req.state == State.DRAFTED and req.verify_nonce == ""
    again = client.post(reverse("feedback_verify", args=[token]))
    assert again.status_code == 404 and b"cannot be used" in again.content
    actions = list(
        AuditEvent.objects.filter(
            object_type="feedback.feedbackrequest", object_id=str(req.pk)
        ).values_list("action", flat=True)
    )
    assert actions[:4] == [
        "candor.feedback.received",
        "candor.feedback.verification_sent",
        "candor.feedback.verified",
        "candor.feedback.drafted",
    ]
    assert "candor.feedback.verify_link_refused" in actions


def test_tampered_and_expired_links_fail_safely(decided: World, monkeypatch: Any) -> None:
    feedback_request_public(email="daniel@example.net", base_url="http://testserver/")
    token = token_in(last_message("feedback.verification"))
    client = Client()
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    response = client.post(reverse("feedback_verify", args=[forged]))
    assert response.status_code == 404
    assert SecurityEvent.objects.filter(kind="verify.forged").exists()
    # 49 hours later (the policy gives 48).
    import time

    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 49 * 3600)
    response = client.post(reverse("feedback_verify", args=[token]))
    assert response.status_code == 404
    monkeypatch.setattr(time, "time", real)
    assert request_of(decided.a).state == State.RECEIVED
    event = AuditEvent.objects.filter(action="candor.feedback.verify_link_refused").last()
    assert event is not None and event.payload["reason"] == "expired"
    # A second request re-sends a new link; the old one stops working.
    feedback_request_public(email="daniel@example.net", base_url="http://testserver/")
    assert client.post(reverse("feedback_verify", args=[token])).status_code == 404
    fresh = token_in(last_message("feedback.verification"))
    assert client.post(reverse("feedback_verify", args=[fresh])).status_code == 200


def test_review_edit_approve_send_portal_pdf_survey(decided: World) -> None:
    req = verified(decided)
    review = letter_review(request=req)
    assert review is not None and not review.has_errors
    assert any(s.sentence.provenance.criterion_id for s in review.sentences)
    staff = Client()
    staff.force_login(decided.a["recruiter"])
    page = staff.get(reverse("feedback_request", args=[req.pk]))
    assert page.status_code == 200 and b"feedback.outcome" in page.content
    assert AuditEvent.objects.filter(action="candor.feedback.letter_viewed").count() == 1

    # An edit with risky wording is screened and blocks approval without a reason.
    row = FeedbackLetter.objects.get(request=req)
    feedback_letter_edit(
        actor=decided.a["recruiter"],
        request=req,
        texts={1: "We preferred a younger candidate for this role."},
        version=row.version,
    )
    row.refresh_from_db()
    assert row.version == 2 and row.edited == [1]
    assert letter_review(request=req).has_errors  # type: ignore[union-attr]
    with pytest.raises(ServiceError) as blocked:
        feedback_approve(actor=decided.a["recruiter"], request=req, version=2)
    assert blocked.value.code == "blocked"
    with pytest.raises(ServiceError) as stale:
        feedback_approve(actor=decided.a["recruiter"], request=req, version=1, override_reason="x")
    assert stale.value.code == "stale"
    original = review.sentences[1].sentence.text
    feedback_letter_edit(actor=decided.a["recruiter"], request=req, texts={1: original}, version=2)

    response = staff.post(reverse("feedback_approve", args=[req.pk]), {"version": 3})
    assert response.status_code == 302
    req.refresh_from_db()
    assert req.state == State.APPROVED
    again = staff.post(reverse("feedback_approve", args=[req.pk]), {"version": 3}, follow=True)
    assert b"already been approved" in again.content
    assert OutboxMessage.objects.filter(kind="feedback.letter").count() == 1

    mail.outbox.clear()
    report = outbox_run_batch()
    assert report.sent == 2  # the verification e-mail and the letter
    req.refresh_from_db()
    assert req.state == State.SENT
    letter_mail = next(m for m in mail.outbox if m.subject.startswith("Your application"))
    assert letter_mail.to == ["daniel@example.net"]
    queued = OutboxMessage.objects.get(kind="feedback.letter")
    assert letter_mail.extra_headers["Message-ID"] == queued.message_id
    assert "/portal/" in letter_mail.body
    assert outbox_run_batch().claimed == 0  # nothing is sent twice

    portal_token = token_in(OutboxMessage.objects.get(kind="feedback.letter"), "portal")
    candidate = Client()
    portal = candidate.get(reverse("portal", args=[portal_token]))
    assert portal.status_code == 200 and b"Was this feedback useful" in portal.content
    pdf = candidate.get(reverse("portal_pdf", args=[portal_token]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    candidate.post(reverse("portal_survey", args=[portal_token]), {"useful": "4", "comment": "ok"})
    req.refresh_from_db()
    assert req.state == State.CLOSED
    with pytest.raises(ServiceError):
        feedback_survey_answer(request=req, useful=5, comment="")
    (figures,) = feedback_figures(user=decided.a["analyst"])
    assert (figures.requests, figures.answered, figures.survey_n, figures.survey_mean) == (
        1,
        1,
        1,
        4.0,
    )
    assert figures.on_time_share == 1.0
    assert audit_chain_verify(organisation=decided.a.organisation).ok


def test_edit_after_approval_cancels_the_queued_letter(decided: World) -> None:
    req = verified(decided)
    feedback_approve(actor=decided.a["recruiter"], request=req, version=1)
    review = letter_review(request=req)
    assert review is not None
    feedback_letter_edit(
        actor=decided.a["admin"],
        request=req,
        texts={0: review.sentences[0].sentence.text + " "},  # whitespace only: no change
        version=1,
    )
    req.refresh_from_db()
    assert req.state == State.APPROVED
    feedback_letter_edit(
        actor=decided.a["admin"],
        request=req,
        texts={len(review.sentences) - 1: "With best wishes."},
        version=1,
    )
    req.refresh_from_db()
    assert req.state == State.DRAFTED
    assert OutboxMessage.objects.get(kind="feedback.letter").status == Status.CANCELLED
    outbox_run_batch()
    req.refresh_from_db()
    assert req.state == State.DRAFTED  # nothing was sent


def test_second_approval_needs_another_person(decided: World) -> None:
    FeedbackPolicy.objects.create(
        organisation=decided.a.organisation, source_yaml="policy: 1\n", second_approval=True
    )
    req = verified(decided)
    feedback_approve(actor=decided.a["recruiter"], request=req, version=1)
    req.refresh_from_db()
    assert req.state == State.DRAFTED
    with pytest.raises(ServiceError) as same:
        feedback_approve(actor=decided.a["recruiter"], request=req, version=1)
    assert same.value.code == "same_person"
    feedback_approve(actor=decided.a["admin"], request=req, version=1)
    req.refresh_from_db()
    assert req.state == State.APPROVED


def test_third_party_request_is_declined_and_discloses_nothing(decided: World) -> None:
    req = feedback_request_record(
        actor=decided.a["recruiter"],
        application=decided.a.applications["C02"],
        asked_by="parent",
        requester_name="Grace Okafor",
        requester_email="grace@example.org",
        message="How did my son do?",
    )
    assert req.state == State.DECLINED
    message = last_message("feedback.third_party_decline")
    assert message.to == "grace@example.org"
    body = message.body_text + message.body_html + message.subject
    for secret in ("Daniel", "Okafor", "Production", "not selected", "C02"):
        assert secret.lower() not in body.replace("Grace Okafor", "").lower(), secret
    assert not OutboxMessage.objects.filter(to="daniel@example.net").exists()
    assert AuditEvent.objects.filter(
        action="candor.feedback.declined", payload__reason="third_party"
    ).exists()


def test_other_organisations_cannot_reach_a_request(decided: World) -> None:
    req = verified(decided)
    foreign = Client()
    foreign.force_login(decided.b["recruiter"])
    assert foreign.get(reverse("feedback_request", args=[req.pk])).status_code == 404
    assert (
        foreign.post(reverse("feedback_approve", args=[req.pk]), {"version": 1}).status_code == 404
    )
    with pytest.raises(ServiceError):
        feedback_approve(actor=decided.b["recruiter"], request=req, version=1)
    interviewer = Client()
    interviewer.force_login(decided.a["i1"])
    assert interviewer.get(reverse("feedback_request", args=[req.pk])).status_code == 403


def test_public_form_is_rate_limited(decided: World, settings: Any) -> None:
    settings.CANDOR_RATE_LIMIT_FORM = 3
    client = Client()
    codes = [
        client.post(reverse("feedback_ask"), {"email": f"x{i}@example.net"}).status_code
        for i in range(5)
    ]
    assert codes == [200, 200, 200, 429, 429]
    # Per address too: one address cannot be mail-bombed from many clients.
    settings.CANDOR_RATE_LIMIT_FORM = 100
    codes = [
        Client(REMOTE_ADDR=f"10.0.0.{i}")
        .post(reverse("feedback_ask"), {"email": "daniel@example.net"})
        .status_code
        for i in range(5)
    ]
    assert codes == [200, 200, 200, 429, 429]


def test_refused_links_are_rate_limited(decided: World, settings: Any) -> None:
    settings.CANDOR_RATE_LIMIT_FAILURES = 2
    client = Client()
    codes = [client.get(reverse("portal", args=[f"nonsense{i}"])).status_code for i in range(4)]
    assert codes == [404, 404, 429, 429]


def test_staff_views_of_all_scorecards_are_recorded(decided: World) -> None:
    staff = Client()
    staff.force_login(decided.a["analyst"])
    app = decided.a.applications["C02"]
    assert staff.get(reverse("consensus", args=[app.pk])).status_code == 200
    event = AuditEvent.objects.get(action="candor.scorecards.viewed")
    assert event.actor_id == decided.a["analyst"].pk and event.object_id == str(app.pk)
    assert event.payload["ratings"] == 15
