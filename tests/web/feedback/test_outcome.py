"""The outcome e-mail and its "Ask for feedback" link (docs/feedback.md, Intake)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from candor.language import lint
from candor_web.audit.models import AuditEvent
from candor_web.errors import ServiceError
from candor_web.feedback.intake import feedback_request_public
from candor_web.feedback.models import (
    Channel,
    FeedbackPolicy,
    FeedbackRequest,
    SecurityEvent,
    State,
)
from candor_web.feedback.outcome import outcome_notice_send
from candor_web.feedback.services import feedback_withdraw
from candor_web.outbox.models import OutboxMessage
from tests.web.factories import World
from tests.web.feedback.helpers import decide_not_selected, last_message, token_in

BASE = "http://testserver/"
OUTCOME = "feedback/outcome"


@pytest.fixture
def decided(world: World) -> World:
    decide_not_selected(world.a)
    return world


def send(world: World) -> OutboxMessage:
    return outcome_notice_send(
        actor=world.a["recruiter"], application=world.a.applications["C02"], base_url=BASE
    )


def outcome_token(world: World) -> str:
    send(world)
    return token_in(last_message("feedback.outcome"), OUTCOME)


def requests_of(world: World) -> list[FeedbackRequest]:
    return list(FeedbackRequest.objects.filter(application=world.a.applications["C02"]))


def actions_on(obj: Any) -> list[str]:
    return list(
        AuditEvent.objects.filter(
            object_type=obj._meta.label_lower, object_id=str(obj.pk)
        ).values_list("action", flat=True)
    )


def test_send_from_the_decision_page_queues_the_email_once(decided: World) -> None:
    app = decided.a.applications["C02"]
    staff = Client()
    staff.force_login(decided.a["recruiter"])
    page = staff.get(reverse("consensus", args=[app.pk]))
    assert b"Send the outcome e-mail" in page.content
    response = staff.post(reverse("outcome_notice_send", args=[app.pk]))
    assert response.status_code == 302 and response["Location"].endswith("#decision")
    message = OutboxMessage.objects.get(kind="feedback.outcome")
    assert message.to == "daniel@example.net"
    assert message.idempotency_key == f"feedback-outcome:{app.pk}"
    assert "not to offer you this position" in message.body_text
    assert f"/{OUTCOME}/" in message.body_text and token_in(message, OUTCOME)
    event = AuditEvent.objects.get(action="candor.feedback.outcome_sent")
    assert event.actor_id == decided.a["recruiter"].pk and event.object_id == str(app.pk)
    assert event.payload["message"] == message.pk

    # The page now says it was sent, and when; a second send is refused.
    page = staff.get(reverse("consensus", args=[app.pk]))
    assert b"Send the outcome e-mail" not in page.content
    assert b"The outcome e-mail to daniel@example.net was queued on" in page.content
    again = staff.post(reverse("outcome_notice_send", args=[app.pk]), follow=True)
    assert b"already been sent" in again.content
    with pytest.raises(ServiceError) as refused:
        outcome_notice_send(actor=decided.a["admin"], application=app, base_url=BASE)
    assert refused.value.code == "already_sent"
    assert OutboxMessage.objects.filter(kind="feedback.outcome").count() == 1
    assert AuditEvent.objects.filter(action="candor.feedback.outcome_sent").count() == 1


def test_only_for_a_recorded_not_selected_decision(decided: World) -> None:
    undecided = decided.a.applications["C01"]
    with pytest.raises(ServiceError) as refused:
        outcome_notice_send(actor=decided.a["recruiter"], application=undecided, base_url=BASE)
    assert refused.value.code == "not_rejected"
    staff = Client()
    staff.force_login(decided.a["recruiter"])
    page = staff.get(reverse("consensus", args=[undecided.pk]))
    assert b"Send the outcome e-mail" not in page.content
    assert not OutboxMessage.objects.filter(kind="feedback.outcome").exists()


def test_wording_is_plain_and_screened_clean(decided: World) -> None:
    FeedbackPolicy.objects.create(
        organisation=decided.a.organisation,
        source_yaml="policy: 1\nretention:\n  months: 12\n",
    )
    message = send(decided)
    body = message.body_text
    assert "We keep applications for 12 months." in body
    assert "Dear Daniel Okafor," in body and "Production" in message.subject
    for absent in ("because", "other candidates", "score", "will send", "future"):
        assert absent not in body.lower(), absent
    report = lint(message.subject + "\n\n" + body)
    assert report.findings == (), report.findings


def test_link_creates_one_verified_drafted_request(decided: World) -> None:
    token = outcome_token(decided)
    candidate = Client()
    page = candidate.get(reverse("feedback_outcome", args=[token]))
    assert page.status_code == 200 and b"Ask for feedback" in page.content
    assert requests_of(decided) == []  # opening the page consumes nothing
    done = candidate.post(reverse("feedback_outcome", args=[token]))
    assert done.status_code == 200 and b"/portal/" in done.content
    (req,) = requests_of(decided)
    assert req.state == State.DRAFTED and req.channel == Channel.LINK
    assert req.verified_at is not None and req.verify_nonce == ""
    assert not OutboxMessage.objects.filter(kind="feedback.verification").exists()
    assert actions_on(req) == [
        "candor.feedback.received",
        "candor.feedback.verified",
        "candor.feedback.drafted",
    ]
    verified = AuditEvent.objects.get(action="candor.feedback.verified")
    assert verified.payload["via"] == "outcome_link"
    assert verified.payload["from"] == "received"

    # The link again (page or button): the same request, nothing new.
    shown = candidate.get(reverse("feedback_outcome", args=[token]))
    assert shown.status_code == 200 and b"already asked" in shown.content
    again = candidate.post(reverse("feedback_outcome", args=[token]))
    assert again.status_code == 200 and b"already asked" in again.content
    assert len(requests_of(decided)) == 1
    assert actions_on(req)[3:] == []


def test_link_verifies_a_request_waiting_for_its_verification_link(decided: World) -> None:
    feedback_request_public(email="daniel@example.net", base_url=BASE)
    (waiting,) = requests_of(decided)
    assert waiting.state == State.RECEIVED
    token = outcome_token(decided)
    done = Client().post(reverse("feedback_outcome", args=[token]))
    assert done.status_code == 200
    (req,) = requests_of(decided)
    assert req.pk == waiting.pk and req.state == State.DRAFTED and req.verify_nonce == ""


def test_a_withdrawn_request_does_not_stop_a_new_one(decided: World) -> None:
    token = outcome_token(decided)
    Client().post(reverse("feedback_outcome", args=[token]))
    (first,) = requests_of(decided)
    feedback_withdraw(request=first)
    Client().post(reverse("feedback_outcome", args=[token]))
    states = sorted(r.state for r in requests_of(decided))
    assert states == [State.DRAFTED, State.WITHDRAWN]


def test_tampered_expired_and_readdressed_links_fail_safely(
    decided: World, monkeypatch: Any
) -> None:
    token = outcome_token(decided)
    client = Client()
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    for method in (client.get, client.post):
        response = method(reverse("feedback_outcome", args=[forged]))
        assert response.status_code == 404 and b"cannot be used" in response.content
    assert SecurityEvent.objects.filter(kind="outcome.forged").count() == 2
    # A verification link's token is no outcome link (distinct salts).
    feedback_request_public(email="daniel@example.net", base_url=BASE)
    verify_token = token_in(last_message("feedback.verification"))
    assert client.post(reverse("feedback_outcome", args=[verify_token])).status_code == 404

    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 61 * 86400)  # the setting gives 60
    assert client.post(reverse("feedback_outcome", args=[token])).status_code == 404
    monkeypatch.setattr(time, "time", real)
    event = AuditEvent.objects.filter(action="candor.feedback.outcome_link_refused").last()
    assert event is not None and event.payload["reason"] == "expired"
    assert event.object_id == str(decided.a.applications["C02"].pk)

    candidate = decided.a.applications["C02"].candidate
    candidate.email = "daniel.okafor@example.net"
    candidate.save(update_fields=["email"])
    assert client.post(reverse("feedback_outcome", args=[token])).status_code == 404
    event = AuditEvent.objects.filter(action="candor.feedback.outcome_link_refused").last()
    assert event is not None and event.payload["reason"] == "wrong_address"
    assert [r.state for r in requests_of(decided)] == [State.RECEIVED]  # the form's, unverified


def test_link_days_setting(decided: World, settings: Any, monkeypatch: Any) -> None:
    settings.CANDOR_OUTCOME_LINK_DAYS = 90
    token = outcome_token(decided)
    assert "works for 90 days" in last_message("feedback.outcome").body_text
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 61 * 86400)
    assert Client().get(reverse("feedback_outcome", args=[token])).status_code == 200


def test_refused_outcome_links_are_rate_limited(decided: World, settings: Any) -> None:
    settings.CANDOR_RATE_LIMIT_FAILURES = 2
    token = outcome_token(decided)
    client = Client()
    codes = [
        client.get(reverse("feedback_outcome", args=[f"nonsense{i}"])).status_code for i in range(3)
    ]
    assert codes == [404, 404, 429]
    assert client.post(reverse("feedback_outcome", args=[token])).status_code == 429
    assert requests_of(decided) == []


def test_other_organisations_and_interviewers_cannot_send(decided: World) -> None:
    app = decided.a.applications["C02"]
    with pytest.raises(ServiceError) as foreign:
        outcome_notice_send(actor=decided.b["recruiter"], application=app, base_url=BASE)
    assert foreign.value.code == "not_found"
    for who in ("i1", "analyst"):
        with pytest.raises(PermissionDenied):
            outcome_notice_send(actor=decided.a[who], application=app, base_url=BASE)
    url = reverse("outcome_notice_send", args=[app.pk])
    other = Client()
    other.force_login(decided.b["recruiter"])
    assert other.post(url).status_code == 404
    interviewer = Client()
    interviewer.force_login(decided.a["i1"])
    assert interviewer.post(url).status_code == 403
    page = interviewer.get(reverse("consensus", args=[app.pk]))
    assert b"Send the outcome e-mail" not in page.content
    assert not OutboxMessage.objects.filter(kind="feedback.outcome").exists()
